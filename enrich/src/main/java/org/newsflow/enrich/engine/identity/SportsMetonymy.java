package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * In a sports report a country or a city usually stands for its team: "Brazil beat Croatia 2-1" is two national
 * teams, "Barcelona won the league" a club. Such a mention is typed ORGANIZATION and linked to the team (the
 * national team of the country; the club of the city when the knowledge base knows exactly one), so the
 * country's own timeline keeps only the country. "In Brazil", "to Barcelona" stay places.
 */
final class SportsMetonymy {

    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013\u2014:]\\d{1,3}");
    private static final Set<String> SPORTS_WORDS = Set.of("match", "goal", "goals", "scored", "striker",
            "midfielder", "defender", "goalkeeper", "league", "cup", "tournament", "qualifier", "qualifiers",
            "fixture", "squad", "penalty", "stadium", "football", "soccer", "rugby", "cricket", "basketball",
            "semi-final", "quarter-final", "semifinal", "quarterfinal", "kick-off", "innings", "wicket", "derby",
            "playoff", "play-off");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "to", "from", "into", "near", "across",
            "visiting", "around", "of");
    private static final Pattern CLUB_CITY = Pattern.compile("football club \\((.+)\\)");

    private final Map<String, ActorEntry> clubByCity = new HashMap<>();

    SportsMetonymy(KnowledgeBase kb) {
        Map<String, Integer> clubs = new HashMap<>();
        for (ActorEntry e : kb.entries()) {
            if (e.role() != null && e.type() == ActorType.ORGANIZATION) {
                var m = CLUB_CITY.matcher(e.role());
                if (m.matches()) {
                    String city = m.group(1).toLowerCase(Locale.ROOT);
                    clubs.merge(city, 1, Integer::sum);
                    clubByCity.put(city, e);
                }
            }
        }
        // a city with several clubs ("London") names none of them
        clubs.forEach((city, n) -> {
            if (n > 1) {
                clubByCity.remove(city);
            }
        });
    }

    void link(LinkState s) {
        Boolean[] sportsSentence = new Boolean[s.sentences.size()];
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            ActorType type = m.actor().type();
            if (m.kind() != MentionKind.NAME || m.form() == Form.DEMONYM
                    || (type != ActorType.COUNTRY && type != ActorType.LOCATION)) {
                continue;
            }
            List<Token> tokens = s.sentences.get(m.sentence()).tokens();
            if (sportsSentence[m.sentence()] == null) {
                sportsSentence[m.sentence()] = sports(tokens);
            }
            if (!sportsSentence[m.sentence()] || (m.firstToken() > 0
                    && LOCATIVES.contains(tokens.get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            ActorEntry team = type == ActorType.COUNTRY ? nationalTeam(m.actor())
                    : clubByCity.get(m.actor().name().toLowerCase(Locale.ROOT));
            if (team != null) {
                s.replace(k, team, Form.NAME);
            }
        }
    }

    static boolean sports(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.text();
            boolean score = Character.isDigit(w.charAt(0)) && SCORE.matcher(w).matches();
            if (score || (t.isWord() && SPORTS_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    static ActorEntry nationalTeam(ActorEntry country) {
        return new ActorEntry(country.id() + "_national_team", country.name() + " national team",
                ActorType.ORGANIZATION, country.country(), "national sports team", null, List.of(), List.of(),
                null, null, LinkState.INFERRED);
    }
}
