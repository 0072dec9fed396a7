package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nominal back-references to organisations: "the agency", "the ministry", "the company", "the university" is
 * the most recent organisation of the article that fits the noun — by its name ("Federal Aviation
 * Administration" is an agency, "University of Southern Indiana" a university) or by its kind in the knowledge
 * base (a political party, a company, a football club).
 */
final class OrganisationReferences {

    /** Head noun → words of a name or role that fit it. */
    private static final Map<String, List<String>> FITS = Map.ofEntries(
            Map.entry("agency", List.of("agency", "administration", "bureau", "service", "office", "authority",
                    "commission", "public body")),
            Map.entry("ministry", List.of("ministry")),
            Map.entry("department", List.of("department")),
            Map.entry("council", List.of("council")),
            Map.entry("committee", List.of("committee")),
            Map.entry("commission", List.of("commission")),
            Map.entry("court", List.of("court")),
            Map.entry("company", List.of("company", "inc", "corp", "corporation", "ltd", "plc", "group")),
            Map.entry("firm", List.of("company", "inc", "corp", "corporation", "ltd", "plc", "group", "llp")),
            Map.entry("university", List.of("university")),
            Map.entry("college", List.of("college")),
            Map.entry("school", List.of("school", "academy")),
            Map.entry("party", List.of("party", "political party")),
            Map.entry("club", List.of("club", "football club", "fc")),
            Map.entry("museum", List.of("museum", "gallery")),
            Map.entry("church", List.of("church")),
            Map.entry("bank", List.of("bank")),
            Map.entry("hospital", List.of("hospital")),
            Map.entry("foundation", List.of("foundation")),
            Map.entry("institute", List.of("institute", "institution")),
            Map.entry("union", List.of("union")),
            Map.entry("alliance", List.of("alliance")),
            Map.entry("organization", List.of("organization", "organisation")),
            Map.entry("organisation", List.of("organization", "organisation")),
            Map.entry("newspaper", List.of("newspaper", "times", "post", "journal", "herald", "news")),
            Map.entry("paper", List.of("newspaper", "times", "post", "journal", "herald")));

    private OrganisationReferences() {
    }

    static void link(LinkState s) {
        capitalisedHeads(s);
        for (int si = 0; si < s.sentences.size(); si++) {
            List<Token> tokens = s.sentences.get(si).tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String head = tokens.get(i).text();
                // FITS holds lower-case nouns: a capitalised or non-word token misses without a copy
                List<String> fits = FITS.get(head);
                if (fits == null
                        || !tokens.get(i - 1).text().equalsIgnoreCase("the") || s.covering(si, i) >= 0
                        || namesFollow(tokens, i)) {
                    continue;
                }
                for (ActorEntry e : s.before(si, i)) {
                    if (e.type() == ActorType.ORGANIZATION && fits(e, fits)) {
                        s.addNominal(si, i, e);
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the Court", "this Agency", "the Church": a capitalised head noun alone, which the resolver took for an
     * unknown name, refers back to the organisation it abbreviates.
     */
    private static void capitalisedHeads(LinkState s) {
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            if (m.kind() != MentionKind.NAME || m.endToken() - m.firstToken() != 1 || m.firstToken() == 0
                    || !s.unknown(m.actor())) {
                continue;
            }
            List<Token> tokens = s.sentences.get(m.sentence()).tokens();
            List<String> fits = FITS.get(tokens.get(m.firstToken()).text().toLowerCase(Locale.ROOT));
            String before = tokens.get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT);
            if (fits == null || !(before.equals("the") || before.equals("this"))) {
                continue;
            }
            for (ActorEntry e : s.before(m.sentence(), m.firstToken())) {
                if (e.type() == ActorType.ORGANIZATION && !e.id().equals(m.actor().id()) && fits(e, fits)) {
                    s.remap(m.actor().id(), e);
                    break;
                }
            }
        }
    }

    /** "the agency's", "the company said" refer back; "the company Acme" or "the party of Lenin" name anew. */
    private static boolean namesFollow(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.text().equals("of") || (next.isWord() && next.isCapitalized());
    }

    private static boolean fits(ActorEntry e, List<String> words) {
        String name = " " + e.name().toLowerCase(Locale.ROOT).replace(".", "").replace(",", "") + " ";
        String role = e.role() == null ? "" : e.role().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (name.contains(" " + w + " ") || role.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
