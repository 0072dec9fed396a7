package org.newsflow.enrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnrichCommandTest {

    @Test
    void offersTheSharedConnectionOptions() {
        CommandLine cli = new CommandLine(new EnrichCommand());
        StringWriter help = new StringWriter();
        cli.setOut(new PrintWriter(help));

        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.getCommandName()).isEqualTo("enrich");
        assertThat(help.toString()).contains("--bootstrap-servers", "--schema-registry-url", "--config");
    }
}
