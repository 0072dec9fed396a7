package org.newsflow.enrich.engine.resolve;

import java.util.List;
import java.util.regex.Pattern;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Token;

/**
 * The parts of a person's name that neither the tagger nor the knowledge base takes in: the initials before a
 * surname ("H.R. McMaster", "J.K. Rowling") and the lower-case particles that open a surname written without the
 * given name ("von der Leyen", "bin Salman", "de Blasio").
 */
final class NameParts {

    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}");

    private NameParts() {
    }

    /**
     * Where a person's name found at token {@code i} starts: at the initials or particles right before it, unless
     * those words belong to a name read before or the initials are a known name themselves ("U.S.").
     */
    static int start(KnowledgeBase kb, ParagraphState p, int i) {
        List<Token> tokens = p.tokens;
        int free = p.last == null ? 0 : p.last.endToken();
        if (i - 1 >= free && INITIALS.matcher(tokens.get(i - 1).text()).matches()
                && KnownNames.longestMatch(kb, tokens, i - 1) == null) {
            return i - 1;
        }
        if (i - 2 >= free && WordLists.SURNAME_PARTICLE_TAILS.contains(tokens.get(i - 1).text())
                && WordLists.SURNAME_PARTICLES.contains(tokens.get(i - 2).text())) {
            return i - 2;
        }
        if (i - 1 >= free && WordLists.SURNAME_PARTICLES.contains(tokens.get(i - 1).text())) {
            return i - 1;
        }
        return i;
    }

    /** Where a name ending at token {@code j} ends when its last word is initials: at the surname after them. */
    static int afterInitials(List<Token> tokens, int j) {
        if (j < tokens.size() && INITIALS.matcher(tokens.get(j - 1).text()).matches() && tokens.get(j).isWord()
                && tokens.get(j).isCapitalized() && !WordLists.NEVER_NAMES.contains(tokens.get(j).text())
                && !INITIALS.matcher(tokens.get(j).text()).matches()) {
            return j + 1;
        }
        return j;
    }
}
