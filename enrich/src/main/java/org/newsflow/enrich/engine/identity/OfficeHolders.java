package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.nlp.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The president" that no name in the article explains is whoever held the presidency of the article's country
 * on the article's date (its publication date, else the day it was ingested): the dated terms of
 * {@code offices.tsv}, else a knowledge-base entry carrying the title whose role dates cover that day. The
 * article's country is that of the most recent country, government or person it named. Forms of address, "Mr.
 * President", "Madam Speaker", likewise.
 */
final class OfficeHolders {

    private static final Set<String> ADDRESS = Set.of("Mr.", "Mr", "Mister", "Madam", "Madame", "Mrs.", "Ms.");

    private OfficeHolders() {
    }

    static void link(LinkState s) {
        for (int si = 0; si < s.sentences.size(); si++) {
            List<Token> tokens = s.sentences.get(si).tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (ADDRESS.contains(tokens.get(i - 1).text()) && s.covering(si, i) < 0) {
                    addressed(s, si, i);
                    continue;
                }
                if (!tokens.get(i).text().equalsIgnoreCase("president") || s.covering(si, i) >= 0) {
                    continue;
                }
                boolean vice = tokens.get(i - 1).text().equalsIgnoreCase("vice");
                int article = vice ? i - 2 : i - 1;
                if (article < 0 || !tokens.get(article).text().equalsIgnoreCase("the") || nameFollows(tokens, i)) {
                    continue;
                }
                String office = vice ? "Vice President" : "President";
                String country = articleCountry(s, si, i);
                if (country == null) {
                    continue;
                }
                Optional<ActorEntry> holder = holder(s, office, country, s.date());
                if (holder.isPresent()) {
                    s.addNominal(si, i, holder.get());
                }
            }
        }
    }

    /**
     * A form of address, "Mr. President", "Madam Speaker": the holder of the office the article's country has on
     * the article's date, as for "the president" (the Speaker only for the U.S. House, the office the knowledge
     * base dates).
     */
    private static void addressed(LinkState s, int sentence, int i) {
        List<Token> tokens = s.sentences.get(sentence).tokens();
        String word = tokens.get(i).text();
        boolean vice = word.equals("Vice") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("President");
        int head = vice ? i + 1 : i;
        if (!(word.equals("President") || word.equals("Speaker") || vice) || nameFollows(tokens, head)) {
            return;
        }
        String country = articleCountry(s, sentence, i);
        if (country == null || (word.equals("Speaker") && !"USA".equals(country))) {
            return;
        }
        String office = word.equals("Speaker") ? "Speaker of the House" : vice ? "Vice President" : "President";
        holder(s, office, country, s.date()).ifPresent(h -> s.addNominal(sentence, head, h));
    }

    static Optional<ActorEntry> holder(LinkState s, String office, String country, LocalDate date) {
        Optional<ActorEntry> dated = s.kb.offices().holder(office, country, date).flatMap(s.kb::get);
        if (dated.isPresent() || s.kb.offices().knows(office) && "USA".equals(country)) {
            return dated;
        }
        ActorEntry found = null;
        for (ActorEntry e : s.kb.byTitleAnyTime(office)) {
            if (country.equals(e.country()) && covers(e, date)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean covers(ActorEntry e, LocalDate date) {
        return (e.roleFrom() == null || !date.isBefore(LocalDate.parse(e.roleFrom())))
                && (e.roleTo() == null || date.isBefore(LocalDate.parse(e.roleTo())));
    }

    /** "the president of France" or "the President, Emmanuel Macron" say who it is; the resolver reads those. */
    private static boolean nameFollows(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.text().equals("of") || next.text().equals("-elect") || (next.isWord() && next.isCapitalized());
    }

    private static String articleCountry(LinkState s, int sentence, int token) {
        for (ActorEntry e : s.before(sentence, token)) {
            if (e.country() != null && (e.type() == ActorType.COUNTRY || e.type() == ActorType.PERSON
                    || "Government".equals(e.role()))) {
                return e.country();
            }
        }
        return null;
    }
}
