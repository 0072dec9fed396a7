package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a capitalised name the knowledge base does not know, from the evidence around it: a title before it,
 * organisation or place words inside it, the name it is coordinated with ("Kentucky and Indiana"), a preposition
 * of place before it, a verb of saying after it, the ending of a lone word ("Krasnoyarsk", "Siberia").
 */
final class UnknownNameTyper {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "into", "across",
            "outside", "through", "throughout", "via", "toward", "towards", "around");
    private static final Set<String> PLACE_NOUNS = Set.of("district", "city", "town", "region", "province", "state",
            "village", "county", "island", "capital", "port", "coast", "kingdom", "area", "suburb", "municipality",
            "republic", "valley", "peninsula", "river");
    /** Place nouns right before a name in apposition ("the river Nestus", "the colony Byzantium"). */
    private static final Set<String> PLACE_APPOSITION_NOUNS = Set.of("city", "town", "village", "river", "island",
            "colony", "port", "province", "region", "kingdom", "fortress", "settlement", "pass", "cities", "towns",
            "villages", "islands", "provinces", "regions", "colonies", "capital", "state", "states", "county");
    /** Verbs whose object is a place: "conquered Thrace", "returned to Kirriemuir" (with {@link #MOTION_VERBS}). */
    private static final Set<String> PLACE_VERBS = Set.of("conquered", "conquer", "conquering", "captured",
            "capture", "capturing", "invaded", "invade", "invading", "occupied", "occupy", "annexed", "annex",
            "besieged", "besiege", "reached", "reach", "reaching", "visited", "visit", "visiting", "settled",
            "colonised", "colonized", "liberated", "bombed", "shelled", "entered", "past", "beyond", "between");
    private static final Set<String> MOTION_VERBS = Set.of("returned", "return", "returning", "moved", "move",
            "went", "go", "travelled", "traveled", "sailed", "fled", "flee", "came", "emigrated", "migrated",
            "marched", "retreated", "withdrew", "relocated", "headed", "exiled", "deported", "back");
    /** Rulers and inhabitants "of" a place: "the kings of X", "the people of X". */
    private static final Set<String> RULER_NOUNS = Set.of("king", "kings", "queen", "queens", "emperor",
            "emperors", "ruler", "rulers", "sultan", "khan", "pharaoh", "governor", "governors", "mayor",
            "people", "inhabitants", "citizens", "residents", "population", "bishop", "archbishop", "prince");
    /** Direction adjectives before a name: "northern Amurru", "the oriental Basilicata". */
    private static final Set<String> DIRECTION_ADJECTIVES = Set.of("northern", "southern", "eastern", "western",
            "central", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "coastal", "oriental", "occidental",
            "inland", "rural", "downtown", "suburban");

    /** A given name borne by fewer people is too rare to type a name by itself. */
    private static final int MIN_GIVEN = 2000;

    private UnknownNameTyper() {
    }

    /**
     * @param coordinated type of the name this one is joined to by "and", "or" or a comma, or null
     */
    static ActorType type(List<Token> tokens, int from, int to, String name, boolean titled,
                          ActorType coordinated) {
        if (titled) {
            return ActorType.PERSON;
        }
        String first = tokens.get(from).text();
        String last = tokens.get(to - 1).text();
        if (WordLists.ORGANIZATION_WORDS.contains(last)) {
            return ActorType.ORGANIZATION;
        }
        if (WordLists.LOCATION_WORDS.contains(last) || WordLists.LOCATION_WORDS.contains(first)) {
            return ActorType.LOCATION;
        }
        for (int i = from; i < to; i++) {
            if (WordLists.ORGANIZATION_WORDS.contains(tokens.get(i).text())) {
                return ActorType.ORGANIZATION;
            }
        }
        if (to - from > 1 && WordLists.NAME_PREFIXES.contains(first)) {
            return ActorType.LOCATION;
        }
        boolean single = to - from == 1;
        if (single && tokens.get(from).isAllCaps() && first.length() >= 2) {
            return ActorType.ORGANIZATION;
        }
        String before = from > 0 ? lower(tokens.get(from - 1)) : "";
        String before2 = from > 1 ? lower(tokens.get(from - 2)) : "";
        String after = to < tokens.size() ? lower(tokens.get(to)) : "";
        String after2 = to + 1 < tokens.size() ? lower(tokens.get(to + 1)) : "";
        if (WordLists.SPEECH_VERBS.contains(after) || after.equals("who")
                || (after.equals(",") && (after2.equals("who") || WordLists.SPEECH_VERBS.contains(after2)))) {
            return ActorType.PERSON;
        }
        if (WordLists.ORGANIZATION_NOUNS_BEFORE.contains(before)) {
            return ActorType.ORGANIZATION;
        }
        NameData data = NameData.bundled();
        int population = data.placePopulation(name);
        int given = data.givenName(first);
        if (population >= 0 && (!single || population >= given)) {
            return ActorType.LOCATION;
        }
        if (!single && given >= MIN_GIVEN) {
            return ActorType.PERSON;
        }
        if (coordinated != null) {
            return coordinated == ActorType.COUNTRY ? ActorType.LOCATION : coordinated;
        }
        if (PLACE_PREPOSITIONS.contains(before) || (before.equals("of") && PLACE_NOUNS.contains(before2))) {
            return ActorType.LOCATION;
        }
        if (placeContext(tokens, from, before, before2)) {
            return ActorType.LOCATION;
        }
        if (before.equals("the")) {
            // "the Democrats", "the Ottomans": a plural name is a group, unless a preposition of place says
            // otherwise ("in the Balkans"); "the Crimea" is a place
            if (single && plural(first)) {
                return PLACE_PREPOSITIONS.contains(before2) ? ActorType.LOCATION : ActorType.ORGANIZATION;
            }
            return single ? ActorType.LOCATION : ActorType.ORGANIZATION;
        }
        if (single && given >= MIN_GIVEN) {
            return ActorType.PERSON;
        }
        if (population >= 0) {
            return ActorType.LOCATION;
        }
        if (single) {
            String lower = first.toLowerCase(Locale.ROOT);
            for (String ending : WordLists.PLACE_ENDINGS) {
                if (lower.endsWith(ending)) {
                    return ActorType.LOCATION;
                }
            }
        }
        return ActorType.PERSON;
    }

    /**
     * Syntactic evidence of a place before the name: a place noun in apposition, a direction adjective, the object
     * of a verb of conquest or arrival, or "to" after a verb of motion.
     */
    private static boolean placeContext(List<Token> tokens, int from, String before, String before2) {
        if (from > 0 && Character.isUpperCase(tokens.get(from - 1).text().charAt(0))) {
            return false;
        }
        if (PLACE_APPOSITION_NOUNS.contains(before) || DIRECTION_ADJECTIVES.contains(before)
                || PLACE_VERBS.contains(before)) {
            return true;
        }
        if (before.equals("of") && (PLACE_APPOSITION_NOUNS.contains(before2) || RULER_NOUNS.contains(before2))) {
            return true;
        }
        return before.equals("to") && MOTION_VERBS.contains(before2);
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && Character.isLowerCase(word.charAt(word.length() - 2));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
