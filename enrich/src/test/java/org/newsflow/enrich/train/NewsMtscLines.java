package org.newsflow.enrich.train;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lines of NewsMTSC's JSON format for tests. */
public final class NewsMtscLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsMtscLines() {
    }

    /** One NewsMTSC line: the sentence and its marked mentions (each at its first occurrence), each a target. */
    public static String line(String sentence, String... mentions) throws Exception {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String m : mentions) {
            int from = sentence.indexOf(m);
            targets.add(Map.of("Input.gid", "t" + targets.size(), "from", from, "to", from + m.length(),
                    "mention", m, "polarity", 4.0));
        }
        return JSON.writeValueAsString(Map.of("primary_gid", sentence.hashCode(), "sentence_normalized", sentence,
                "targets", targets));
    }
}
