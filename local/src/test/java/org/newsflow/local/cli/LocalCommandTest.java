package org.newsflow.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's first command, in-process: {@code newsflow local --once} on the seeds, on free ports. */
class LocalCommandTest {

    private static final Path SEEDS = Path.of(System.getProperty("newsflow.repo.dir", "..")).resolve("seeds");

    @Test
    void onceRunsTheWholePipelineOnTheSeedsAndPrintsOneSummaryLine() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = NewsflowCommand.commandLine().execute("local", "--once", "--input", SEEDS.toString(),
                    "--kafka-port", "0", "--registry-port", "0", "--ingest-port", "0", "--projections-port", "0");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8).trim();

        assertThat(exit).as(out).isZero();
        assertThat(out.lines()).hasSize(1);
        JsonNode summary = new ObjectMapper().readTree(out);
        assertThat(summary.path("articles").asInt()).isEqualTo(1);
        assertThat(summary.path("paragraphs").asInt()).isEqualTo(10);
        assertThat(summary.path("actors").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(summary.path("elapsedMs").asLong()).isPositive();
        List<String> top = new ArrayList<>();
        summary.path("topActors").forEach(a -> top.add(a.path("id").asText()));
        assertThat(top).contains("russia", "marco_rubio", "vladimir_putin", "nato");
    }

    @Test
    void aTakenPortIsAClearErrorNotAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream original = System.err;
            int exit;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exit = NewsflowCommand.commandLine().execute("local", "--once", "--input", SEEDS.toString(),
                        "--kafka-port", "0", "--registry-port", Integer.toString(taken.getLocalPort()),
                        "--ingest-port", "0", "--projections-port", "0");
            } finally {
                System.setErr(original);
            }
            assertThat(exit).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("Port " + taken.getLocalPort() + " (Schema Registry) is already in use")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void everySubcommandOfTheDesignHasHelp() {
        CommandLine root = NewsflowCommand.commandLine();
        for (String name : List.of("local", "ingest", "enrich", "projections", "submit", "tail", "reset",
                "annotate")) {
            assertThat(root.getSubcommands()).as("subcommand " + name).containsKey(name);
            StringBuilder usage = new StringBuilder();
            usage.append(root.getSubcommands().get(name).getUsageMessage());
            assertThat(usage).contains("Usage:").contains(name);
        }
        assertThat(root.getSubcommands().get("reset").getSubcommands()).containsKey("projections");
    }
}
