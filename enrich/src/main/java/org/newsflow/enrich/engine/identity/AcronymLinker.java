package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Acronyms: one introduced in brackets after a name ("the Federal Aviation Administration (FAA)") is that
 * actor from then on, in this paragraph and the rest of the article; an unknown acronym that spells the initials
 * of an organisation the article has named ("USI" after "University of Southern Indiana") is that organisation.
 * Acronyms the knowledge base knows ("FBI", "NATO") are resolved before this pass.
 */
final class AcronymLinker {

    private AcronymLinker() {
    }

    static void link(LinkState s) {
        Map<String, ActorEntry> introduced = new HashMap<>();
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            if (m.kind() != MentionKind.NAME || m.actor().type() == ActorType.PERSON) {
                continue;
            }
            List<Token> tokens = s.sentences.get(m.sentence()).tokens();
            int open = m.endToken();
            if (open + 2 < tokens.size() && tokens.get(open).text().equals("(")
                    && tokens.get(open + 2).text().equals(")") && isAcronym(tokens.get(open + 1).text())) {
                String acronym = tokens.get(open + 1).text();
                introduced.put(acronym, m.actor());
                s.context.addForm(m.actor().id(), acronym);
                int inside = s.covering(m.sentence(), open + 1);
                if (inside < 0) {
                    s.addName(m.sentence(), open + 1, open + 2, m.actor());
                } else if (s.unknown(s.mentions.get(inside).actor())) {
                    s.remap(s.mentions.get(inside).actor().id(), m.actor());
                }
            }
        }
        for (int k = 0; k < s.mentions.size(); k++) {
            ResolvedMention m = s.mentions.get(k);
            String text = m.actor().name();
            if (m.kind() != MentionKind.NAME || !s.unknown(m.actor()) || !isAcronym(text)) {
                continue;
            }
            ActorEntry target = introduced.get(text);
            if (target == null) {
                target = expansion(s, text, m.sentence(), m.firstToken()).orElse(null);
            }
            if (target != null && !target.id().equals(m.actor().id())) {
                s.remap(m.actor().id(), target);
            }
        }
    }

    private static Optional<ActorEntry> expansion(LinkState s, String acronym, int sentence, int token) {
        Optional<ActorEntry> introducedBefore = s.context.findByForm(acronym).map(s::fromContext);
        if (introducedBefore.isPresent()) {
            return introducedBefore;
        }
        for (ActorEntry e : s.before(sentence, token)) {
            if (e.type() != ActorType.PERSON && !e.name().equals(acronym) && spells(acronym, e.name())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** "FAA" spells "Federal Aviation Administration"; "NASA" "National Aeronautics and Space Administration". */
    static boolean spells(String acronym, String name) {
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            all.append(Character.toUpperCase(word.charAt(0)));
            if (Character.isUpperCase(word.charAt(0))) {
                capitals.append(word.charAt(0));
            }
        }
        String a = acronym.replace(".", "").toUpperCase(Locale.ROOT);
        return a.length() >= 2 && (a.contentEquals(capitals) || a.contentEquals(all));
    }

    static boolean isAcronym(String text) {
        if (text.length() < 2 || text.length() > 8 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '&' && c != '.') {
                return false;
            }
        }
        return upper >= 2;
    }
}
