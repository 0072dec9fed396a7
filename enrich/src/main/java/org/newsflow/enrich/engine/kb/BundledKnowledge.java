package org.newsflow.enrich.engine.kb;

import org.newsflow.enrich.engine.model.ActorType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated data files bundled under {@code org/newsflow/enrich/kb/}. */
public final class BundledKnowledge {

    static final String FOLDER = "/org/newsflow/enrich/kb/";
    /** Actor files, in load order. */
    public static final List<String> ACTOR_FILES =
            List.of("countries.tsv", "places.tsv", "organisations.tsv", "people.tsv");
    /** Actor files converted from open data by {@code scripts/build-kb.py}, loaded after the hand-written ones. */
    public static final List<String> GENERATED_FILES = List.of("us-officials.tsv", "subdivisions.tsv", "parties.tsv",
            "universities.tsv", "news-outlets.tsv", "public-bodies.tsv", "companies.tsv", "football-clubs.tsv");
    /** Aliases news uses for entries converted from open data, whose sources lack them, by id. */
    static final String NEWS_ALIASES = "news-aliases.tsv";
    /** Wikidata QIDs of hand-written entries, by id. */
    public static final List<String> QID_FILES = List.of("wikidata-ids.tsv", "people-wikidata-ids.tsv");

    private BundledKnowledge() {
    }

    static KnowledgeBase load() {
        return load(true);
    }

    /**
     * The hand-written files alone, without the data converted from open sources or their Wikidata QIDs: the
     * knowledge base as it was before those, kept to report figures side by side.
     */
    public static KnowledgeBase handWritten() {
        return load(false);
    }

    private static KnowledgeBase load(boolean generated) {
        List<ActorEntry> entries = new ArrayList<>();
        for (String file : ACTOR_FILES) {
            entries.addAll(readEntries(file));
        }
        Map<String, List<String>> demonyms = readDemonyms();
        Map<String, String> qids = generated ? readQids() : Map.of();
        List<String> allDemonyms = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ActorEntry e = entries.get(i);
            List<String> words = demonyms.get(e.id());
            List<String> aliases = new ArrayList<>(e.aliases());
            if (words != null) {
                aliases.addAll(words);
                allDemonyms.addAll(words);
            }
            String qid = e.wikidata() != null ? e.wikidata() : qids.get(e.id());
            if (words != null || qid != null) {
                entries.set(i, new ActorEntry(e.id(), e.name(), e.type(), e.country(), e.role(), e.cameo(), aliases,
                        e.titles(), e.roleFrom(), e.roleTo(), e.source(), qid));
            }
        }
        if (!generated) {
            return new KnowledgeBase(entries, allDemonyms);
        }
        Map<String, List<String>> newsAliases = readAliases(NEWS_ALIASES);
        for (String file : GENERATED_FILES) {
            for (ActorEntry e : readEntries(file)) {
                List<String> more = newsAliases.get(e.id());
                entries.add(more == null ? e : withAliases(e, more));
            }
        }
        return new KnowledgeBase(entries, allDemonyms, OfficeTerms.read(rows("offices.tsv")));
    }

    /** Hand-written entry id → Wikidata QID. */
    static Map<String, String> readQids() {
        Map<String, String> result = new HashMap<>();
        for (String file : QID_FILES) {
            List<String[]> rows = rows(file);
            for (int r = 1; r < rows.size(); r++) {
                result.put(rows.get(r)[0], rows.get(r)[1]);
            }
        }
        return result;
    }

    /** Parses one actor file; errors name the file and line. */
    public static List<ActorEntry> readEntries(String file) {
        List<ActorEntry> entries = new ArrayList<>();
        List<String[]> rows = rows(file);
        for (int r = 1; r < rows.size(); r++) {
            String[] c = rows.get(r);
            try {
                // country, role, cameo and source repeat across thousands of rows: share one copy of each
                entries.add(new ActorEntry(c[0], c[1], ActorType.valueOf(c[2]), c[3].intern(), c[4].intern(),
                        c[5].intern(), list(c[6]), list(c[7]), c[8], c[9], c[10].intern(),
                        c.length > 11 ? c[11] : null));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " row " + r + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** Country id → its demonyms. */
    public static Map<String, List<String>> readDemonyms() {
        return readAliases("demonyms.tsv");
    }

    /** Id → words, from a file of two columns: an id and its words separated by '|'. */
    static Map<String, List<String>> readAliases(String file) {
        Map<String, List<String>> result = new HashMap<>();
        List<String[]> rows = rows(file);
        for (int r = 1; r < rows.size(); r++) {
            result.put(rows.get(r)[0], list(rows.get(r)[1]));
        }
        return result;
    }

    private static ActorEntry withAliases(ActorEntry e, List<String> more) {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.addAll(more);
        return new ActorEntry(e.id(), e.name(), e.type(), e.country(), e.role(), e.cameo(), aliases, e.titles(),
                e.roleFrom(), e.roleTo(), e.source(), e.wikidata());
    }

    /** Role words from {@code role-titles.txt}. */
    public static List<String> roleTitles() {
        List<String> titles = new ArrayList<>();
        for (String line : lines("role-titles.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                titles.add(line.strip());
            }
        }
        return titles;
    }

    static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        int width = -1;
        for (String line : lines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (width < 0) {
                width = cells.length;
            } else if (cells.length != width) {
                throw new IllegalStateException(file + ": expected " + width + " columns, got " + cells.length
                        + " in: " + line);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> lines(String file) {
        try (InputStream in = BundledKnowledge.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + FOLDER + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
    }
}
