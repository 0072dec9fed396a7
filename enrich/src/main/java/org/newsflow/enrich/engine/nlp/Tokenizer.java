package org.newsflow.enrich.engine.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule tokenizer for news English over typographically normalised text. It splits the possessive {@code 's},
 * keeps abbreviations ({@code U.S.}, {@code Gen.}), numbers ({@code 1,000.5}), hyphenated words and contractions
 * ({@code can't}) whole, and reports original offsets. Rules instead of a statistical model because it is several
 * times faster and its behaviour on names and possessives is predictable.
 */
public final class Tokenizer {

    /** Abbreviations whose final period belongs to the word, not to the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Gov", "Sen",
            "Rep", "Rev", "St", "Sr", "Jr", "Pres", "Amb", "Inc", "Corp", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Mt", "Ft");
    /**
     * U.S. states as news style abbreviates them after a city and a comma ("Ashland, Va.", "Boston, Mass."), with
     * the states' names.
     */
    public static final Map<String, String> STATE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("Ala", "Alabama"), Map.entry("Ariz", "Arizona"), Map.entry("Ark", "Arkansas"),
            Map.entry("Calif", "California"), Map.entry("Colo", "Colorado"), Map.entry("Conn", "Connecticut"),
            Map.entry("Del", "Delaware"), Map.entry("Fla", "Florida"), Map.entry("Ga", "Georgia"),
            Map.entry("Ill", "Illinois"), Map.entry("Ind", "Indiana"), Map.entry("Kan", "Kansas"),
            Map.entry("Ky", "Kentucky"), Map.entry("La", "Louisiana"), Map.entry("Mass", "Massachusetts"),
            Map.entry("Md", "Maryland"), Map.entry("Mich", "Michigan"), Map.entry("Minn", "Minnesota"),
            Map.entry("Miss", "Mississippi"), Map.entry("Mo", "Missouri"), Map.entry("Mont", "Montana"),
            Map.entry("Neb", "Nebraska"), Map.entry("Nev", "Nevada"), Map.entry("Okla", "Oklahoma"),
            Map.entry("Ore", "Oregon"), Map.entry("Pa", "Pennsylvania"), Map.entry("Tenn", "Tennessee"),
            Map.entry("Tex", "Texas"), Map.entry("Va", "Virginia"), Map.entry("Vt", "Vermont"),
            Map.entry("Wash", "Washington"), Map.entry("Wis", "Wisconsin"), Map.entry("Wyo", "Wyoming"));

    public List<Token> tokenize(String normalized, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = wordEnd(normalized, i, to);
            } else if (c == '\'' && i + 1 < to && (normalized.charAt(i + 1) == 's' || normalized.charAt(i + 1) == 'S')
                    && (i + 2 == to || !Character.isLetterOrDigit(normalized.charAt(i + 2)))
                    && i > from && Character.isLetterOrDigit(normalized.charAt(i - 1))) {
                end = i + 2;
            } else {
                end = i + 1;
            }
            tokens.add(new Token(tokens.size(), i, end, normalized.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static int wordEnd(String s, int start, int to) {
        // single letters joined by periods: U.S., U.K., e.g.
        if (start + 1 < to && s.charAt(start + 1) == '.' && Character.isLetter(s.charAt(start))) {
            int j = start;
            while (j + 1 < to && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.'
                    && (j == start || !Character.isLetter(s.charAt(j - 1)))) {
                j += 2;
            }
            if (j - start >= 4) {
                return j;
            }
            if (Character.isUpperCase(s.charAt(start)) && start + 3 < to && s.charAt(start + 2) == ' '
                    && Character.isUpperCase(s.charAt(start + 3))) {
                return start + 2; // a middle initial inside a name keeps its period: "Robert E. Lee"
            }
        }
        int i = start;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\u00AD') {
                i++;
            } else if ((c == '-' || c == '&') && i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1))
                    && i > start) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < to && Character.isDigit(s.charAt(i + 1))
                    && Character.isDigit(s.charAt(i - 1))) {
                i++;
            } else if (c == '\'' && i + 1 < to && (isContraction(s, i, to) || isElision(s, start, i, to))) {
                i++;
            } else {
                break;
            }
        }
        if (i < to && s.charAt(i) == '.' && (ABBREVIATIONS.contains(s.substring(start, i))
                || STATE_ABBREVIATIONS.containsKey(s.substring(start, i)) && afterComma(s, start))) {
            i++;
        }
        return i;
    }

    /** The state a token such as "Va." abbreviates, or null. */
    public static String abbreviatedState(String token) {
        return token.length() > 2 && token.endsWith(".")
                ? STATE_ABBREVIATIONS.get(token.substring(0, token.length() - 1)) : null;
    }

    private static boolean afterComma(String s, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k >= 0 && s.charAt(k) == ',';
    }

    /**
     * A one-letter prefix before a capital is part of the name: O'Brien, L'Enfant, d'Alembert, D'Souza (but not
     * "I'M").
     */
    private static boolean isElision(String s, int start, int apostrophe, int to) {
        return apostrophe - start == 1 && "OoDdLl".indexOf(s.charAt(start)) >= 0
                && Character.isUpperCase(s.charAt(apostrophe + 1))
                && apostrophe + 2 < to && Character.isLowerCase(s.charAt(apostrophe + 2));
    }

    /** {@code n't}, {@code 're}, {@code 've}, {@code 'll}, {@code 'd}, {@code 'm} stay with their word. */
    private static boolean isContraction(String s, int apostrophe, int to) {
        int j = apostrophe + 1;
        int k = j;
        while (k < to && Character.isLetter(s.charAt(k))) {
            k++;
        }
        String tail = s.substring(j, k).toLowerCase(java.util.Locale.ROOT);
        if (tail.equals("t") && s.charAt(apostrophe - 1) == 'n') {
            return true;
        }
        return tail.equals("re") || tail.equals("ve") || tail.equals("ll") || tail.equals("d") || tail.equals("m");
    }
}
