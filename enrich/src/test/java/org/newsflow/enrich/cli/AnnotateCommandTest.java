package org.newsflow.enrich.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.enrich.engine.TestEngine;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotateCommandTest {

    @Test
    void printsOneContractLinePerParagraphWithNullsWritten(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Rubio emphasized, \u201CIt\u2019s pretty short.\u201D\n\n"
                + "Russian diplomats and Zorblax Quennic attended.\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        int code = new CommandLine(new AnnotateCommand(TestEngine::get)).setOut(new PrintWriter(out))
                .execute(article.toString());
        assertThat(code).isZero();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(fieldNames(first)).containsExactly("file", "index", "text", "actors", "tone", "sentiment",
                "quotes");
        assertThat(first.get("file").asText()).isEqualTo(article.toString());
        assertThat(first.get("index").asInt()).isEqualTo(1);
        JsonNode actor = first.get("actors").get(0);
        assertThat(fieldNames(actor)).containsExactly("id", "name", "type", "country", "role", "wikidata",
                "sentiment", "mentions");
        assertThat(actor.get("id").asText()).isEqualTo("marco_rubio");
        assertThat(actor.get("wikidata").isNull()).as("the knowledge base has no QID for him").isTrue();
        assertThat(fieldNames(actor.get("sentiment"))).containsExactly("score", "label");
        assertThat(fieldNames(actor.get("mentions").get(0))).containsExactly("start", "end", "text", "kind");
        assertThat(actor.get("mentions").get(0).get("kind").asText()).isEqualTo("name");
        assertThat(lines.get(1).get("actors").get(0).get("mentions").get(0).get("kind").asText())
                .isEqualTo("demonym");
        assertThat(fieldNames(first.get("tone"))).containsExactly("tone", "positive", "negative", "polarity",
                "wordCount");
        assertThat(fieldNames(first.get("quotes").get(0))).containsExactly("start", "end", "text", "speaker");

        JsonNode second = lines.get(1);
        assertThat(second.get("index").asInt()).isEqualTo(2);
        JsonNode unknown = second.get("actors").get(1);
        assertThat(unknown.get("id").asText()).isEqualTo("zorblax_quennic");
        assertThat(unknown.has("country")).isTrue();
        assertThat(unknown.get("country").isNull()).isTrue();
        assertThat(unknown.get("role").isNull()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
