package org.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.ingest.testing.SeedArticle;
import picocli.CommandLine;

class SubmitCommandTest {

    @TempDir
    Path dir;

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final StringWriter out = new StringWriter();

    private int run(SubmitCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(new SubmitCommand(config -> producer), args);
    }

    @Test
    void submitsEveryArticleOfADirectoryAndSkipsOtherFiles() throws Exception {
        Files.copy(SeedArticle.path(), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\",\"body\":\"B.\"}");
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"c1\",\"body\":\"C1.\"}\r\n\n{\"id\":\"c2\",\"body\":\"C2.\"}\n");
        Files.writeString(dir.resolve("README.md"), "not an article");

        int exit = run("-D", "topic.prefix=test.", dir.toString());

        assertThat(exit).isZero();
        assertThat(producer.history()).extracting(ProducerRecord::key).hasSize(4).contains("b", "c1", "c2");
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsOnly("test.news.articles.submitted");
        assertThat(out.toString()).contains("Submitted 4 articles to test.news.articles.submitted; skipped 1 file;"
                + " failed 0.").contains("README.md: not a .txt, .json or .jsonl file");
    }

    @Test
    void badArticlesAreReportedNotSentAndTheExitCodeSaysSo() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"body\": ");
        Files.writeString(dir.resolve("nobody.json"), "{\"title\": \"t\"}");
        Files.write(dir.resolve("latin1.txt"), "Caf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"ok\",\"body\":\"fine\"}\n{\"id\":\"x\"}\n");

        int exit = run(dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("ok");
        assertThat(out.toString()).contains("Submitted 1 article").contains("failed 4.")
                .contains("bad.json: The article is not valid JSON")
                .contains("nobody.json: The JSON article has no \"body\" field")
                .contains("latin1.txt: The article is not valid UTF-8")
                .contains("lines.jsonl:2: The JSON article has no \"body\" field");
    }

    @Test
    void readsOneArticleFromStandardInput() {
        SubmitCommand command = new SubmitCommand(config -> producer);
        command.stdin = new ByteArrayInputStream(SeedArticle.bytes());

        assertThat(run(command, "-")).isZero();
        assertThat(producer.history()).hasSize(1);
        assertThat(producer.history().get(0).value()).isEqualTo(SeedArticle.bytes());
    }

    @Test
    void aMissingFileFails() {
        assertThat(run(dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("missing.txt: cannot read");
    }
}
