package org.newsflow.enrich.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one article has said about actors so far, so that later paragraphs can say "Rubio", "the envoy" or "he".
 *
 * <p>One instance per article, used by one thread at a time. It is bounded ({@link #MAX_ACTORS}) because the
 * streaming app keeps one per open article in a state store, and it round-trips through {@link #toBytes()}.
 */
public final class ArticleContext {

    /** Older actors are forgotten first; an article rarely has more distinct actors than this. */
    public static final int MAX_ACTORS = 48;
    private static final int MAX_NOMINALS_PER_ACTOR = 6;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final int MAX_FORMS_PER_ACTOR = 4;

    private int paragraphs;
    private final List<Remembered> actors;
    private LocalDate date;
    /** Forms recorded for actors of the paragraph being read, before the engine remembers them. */
    private final Map<String, List<String>> pendingForms = new HashMap<>();

    public ArticleContext() {
        this(0, new ArrayList<>(), null);
    }

    @JsonCreator
    ArticleContext(@JsonProperty("paragraphs") int paragraphs, @JsonProperty("actors") List<Remembered> actors,
                   @JsonProperty("date") String date) {
        this.paragraphs = paragraphs;
        this.actors = actors == null ? new ArrayList<>() : new ArrayList<>(actors);
        this.date = date == null ? null : LocalDate.parse(date);
    }

    /**
     * The day the article speaks of (its publication date, else the day it was ingested): "the president" is
     * whoever held the office then. Null when unknown; readers then take today.
     */
    public LocalDate date() {
        return date;
    }

    @JsonProperty("date")
    String isoDate() {
        return date == null ? null : date.toString();
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** An actor the article has named, with the role nouns that have referred to it ("envoy", "official"). */
    public record Remembered(String id, String name, ActorType type, String country, String role, String cameo,
                             List<String> nominals, int lastParagraph, String wikidata, List<String> forms) {
        public Remembered {
            Objects.requireNonNull(id, "id");
            nominals = nominals == null ? List.of() : List.copyOf(nominals);
            forms = forms == null ? List.of() : List.copyOf(forms);
        }

        /** Last word of a person's name, the usual back-reference in news ("Rubio"). */
        public String surname() {
            if (type != ActorType.PERSON || name == null) {
                return null;
            }
            int space = name.lastIndexOf(' ');
            return space < 0 ? name : name.substring(space + 1);
        }
    }

    @JsonProperty("paragraphs")
    public int paragraphs() {
        return paragraphs;
    }

    @JsonProperty("actors")
    public List<Remembered> actors() {
        return List.copyOf(actors);
    }

    /** Called by the engine once per paragraph, before remembering that paragraph's actors. */
    public void startParagraph() {
        paragraphs++;
    }

    /** Records (or refreshes) an actor; merges the role nouns already known for it. */
    public void remember(Actor actor, List<String> nominals) {
        Remembered old = find(actor.actorId()).orElse(null);
        List<String> merged = new ArrayList<>(old == null ? List.of() : old.nominals());
        for (String n : nominals) {
            String key = n.toLowerCase(Locale.ROOT);
            merged.remove(key);
            merged.add(key);
        }
        while (merged.size() > MAX_NOMINALS_PER_ACTOR) {
            merged.remove(0);
        }
        actors.removeIf(r -> r.id().equals(actor.actorId()));
        actors.add(new Remembered(actor.actorId(), actor.name(), actor.type(), actor.country(), actor.role(),
                actor.cameo(), merged, paragraphs, actor.wikidata(), old == null ? List.of() : old.forms()));
        while (actors.size() > MAX_ACTORS) {
            actors.remove(0);
        }
        List<String> pending = pendingForms.remove(actor.actorId());
        if (pending != null) {
            pending.forEach(f -> addForm(actor.actorId(), f));
        }
    }

    /**
     * Records another way the article writes an actor's name ("FAA" introduced after "Federal Aviation
     * Administration"), so that later paragraphs resolve it; a few per actor, most recent kept.
     */
    public void addForm(String id, String form) {
        if (find(id).isEmpty()) {
            pendingForms.computeIfAbsent(id, k -> new ArrayList<>()).add(form);
            return;
        }
        for (int i = 0; i < actors.size(); i++) {
            Remembered r = actors.get(i);
            if (r.id().equals(id) && !r.forms().contains(form)) {
                List<String> forms = new ArrayList<>(r.forms());
                forms.add(form);
                while (forms.size() > MAX_FORMS_PER_ACTOR) {
                    forms.remove(0);
                }
                actors.set(i, new Remembered(r.id(), r.name(), r.type(), r.country(), r.role(), r.cameo(),
                        r.nominals(), r.lastParagraph(), r.wikidata(), forms));
            }
        }
    }

    /** The most recently seen actor the article has written as {@code form}. */
    public Optional<Remembered> findByForm(String form) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            if (actors.get(i).forms().contains(form)) {
                return Optional.of(actors.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<Remembered> find(String id) {
        for (Remembered r : actors) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The most recently seen person whose surname is {@code surname}, if any. */
    public Optional<Remembered> findBySurname(String surname) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Remembered r = actors.get(i);
            if (surname.equals(r.surname())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The most recently seen actor that a role noun such as "envoy" or "official" has referred to. */
    public Optional<Remembered> findByNominal(String head) {
        String key = head.toLowerCase(Locale.ROOT);
        for (int i = actors.size() - 1; i >= 0; i--) {
            Remembered r = actors.get(i);
            if (r.nominals().contains(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The most recently seen person, the likeliest antecedent of a paragraph-initial "he" or "she". */
    public Optional<Remembered> lastPerson() {
        for (int i = actors.size() - 1; i >= 0; i--) {
            if (actors.get(i).type() == ActorType.PERSON) {
                return Optional.of(actors.get(i));
            }
        }
        return Optional.empty();
    }

    public byte[] toBytes() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleContext fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new ArticleContext();
        }
        try {
            return JSON.readValue(bytes, ArticleContext.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an article context", e);
        }
    }
}
