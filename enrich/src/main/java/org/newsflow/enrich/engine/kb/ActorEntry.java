package org.newsflow.enrich.engine.kb;

import org.newsflow.enrich.engine.model.ActorType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One canonical actor of the knowledge base. Validated on construction: a malformed entry from a data file or
 * from the reference topic fails fast instead of resolving wrongly.
 *
 * @param id       readable slug of the canonical identity ({@code marco_rubio})
 * @param country  ISO 3166-1 alpha-3 code, or null
 * @param aliases  other names and surface forms
 * @param titles   role titles that refer to the actor while its role is current ("Foreign Minister")
 * @param roleFrom ISO date the role began, or null
 * @param roleTo   ISO date the role ended, or null while current
 * @param wikidata Wikidata QID ({@code Q159}), or null where unknown
 */
public record ActorEntry(String id, String name, ActorType type, String country, String role, String cameo,
                         List<String> aliases, List<String> titles, String roleFrom, String roleTo, String source,
                         String wikidata) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public ActorEntry {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("actor id must be a lower-case slug: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor " + id + " has no name");
        }
        Objects.requireNonNull(type, () -> "actor " + id + " has no type");
        country = blankToNull(country);
        if (country != null && !ISO3.matcher(country).matches()) {
            throw new IllegalArgumentException("actor " + id + ": country must be ISO 3166-1 alpha-3: " + country);
        }
        role = blankToNull(role);
        cameo = blankToNull(cameo);
        roleFrom = checkDate(id, blankToNull(roleFrom));
        roleTo = checkDate(id, blankToNull(roleTo));
        source = blankToNull(source);
        wikidata = blankToNull(wikidata);
        if (wikidata != null && !QID.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("actor " + id + ": not a Wikidata QID: " + wikidata);
        }
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> !a.isBlank()).map(String::strip).toList();
        titles = titles == null ? List.of() : titles.stream().filter(a -> !a.isBlank()).map(String::strip).toList();
    }

    /** An entry without a Wikidata identity. */
    public ActorEntry(String id, String name, ActorType type, String country, String role, String cameo,
                      List<String> aliases, List<String> titles, String roleFrom, String roleTo, String source) {
        this(id, name, type, country, role, cameo, aliases, titles, roleFrom, roleTo, source, null);
    }

    /** The same actor under another canonical name and type (the longer form an article gave it). */
    public ActorEntry renamed(String newName, ActorType newType) {
        return new ActorEntry(id, newName, newType, country, role, cameo, aliases, titles, roleFrom, roleTo, source,
                wikidata);
    }

    /** An entry with only the essentials, as made for names the knowledge base does not know. */
    public static ActorEntry of(String id, String name, ActorType type, String country, String role) {
        return new ActorEntry(id, name, type, country, role, null, List.of(), List.of(), null, null, null);
    }

    /** True while the role is held (no end date); titles refer only to current holders. */
    public boolean current() {
        return roleTo == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String checkDate(String id, String date) {
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("actor " + id + ": not an ISO date: " + date, e);
            }
        }
        return date;
    }
}
