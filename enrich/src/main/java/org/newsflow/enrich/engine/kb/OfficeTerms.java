package org.newsflow.enrich.engine.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who held which office when ({@code offices.tsv}): "the president" in an article of a given date is whoever
 * held the office of that country on that date, not whoever holds it today.
 */
public final class OfficeTerms {

    /** One term: the office, the country it belongs to, the holder's actor id and the dates (to null: open). */
    public record Term(String office, String country, String holderId, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    private final Map<String, List<Term>> byOffice = new HashMap<>();

    public OfficeTerms(List<Term> terms) {
        terms.forEach(t -> byOffice.computeIfAbsent(t.office().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(t));
    }

    public static OfficeTerms none() {
        return new OfficeTerms(List.of());
    }

    /** Parses the rows of {@code offices.tsv} (header first): office, country, id, from, to. */
    static OfficeTerms read(List<String[]> rows) {
        List<Term> terms = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] c = rows.get(r);
            try {
                terms.add(new Term(c[0], c[1], c[2], date(c[3]), date(c[4])));
            } catch (RuntimeException e) {
                throw new IllegalStateException("offices.tsv row " + r + ": " + e.getMessage(), e);
            }
        }
        return new OfficeTerms(terms);
    }

    /** The holder of {@code office} ("President") of {@code country} on {@code date}, if known. */
    public Optional<String> holder(String office, String country, LocalDate date) {
        String latest = null;
        LocalDate latestFrom = null;
        for (Term t : byOffice.getOrDefault(office.toLowerCase(Locale.ROOT), List.of())) {
            // terms that meet on a day (inauguration) go to the one that starts that day
            if (t.country().equals(country) && t.covers(date)
                    && (latestFrom == null || (t.from() != null && t.from().isAfter(latestFrom)))) {
                latest = t.holderId();
                latestFrom = t.from();
            }
        }
        return Optional.ofNullable(latest);
    }

    public boolean knows(String office) {
        return byOffice.containsKey(office.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return byOffice.values().stream().mapToInt(List::size).sum();
    }

    private static LocalDate date(String cell) {
        return cell == null || cell.isBlank() ? null : LocalDate.parse(cell.strip());
    }
}
