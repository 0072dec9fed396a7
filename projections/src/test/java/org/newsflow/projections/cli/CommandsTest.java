package org.newsflow.projections.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {

    @Test
    void projectionsCommandTakesTheSharedConfigOptions() {
        CommandLine cli = new CommandLine(new ProjectionsCommand());
        assertThat(cli.getCommandName()).isEqualTo("projections");
        assertThat(cli.getCommandSpec().optionsMap()).containsKeys("--config", "--bootstrap-servers",
                "--schema-registry-url", "-D");
    }

    @Test
    void resetHasAProjectionsSubcommandWithADryRun() {
        CommandLine cli = new CommandLine(new ResetCommand());
        assertThat(cli.getCommandName()).isEqualTo("reset");
        CommandLine projections = cli.getSubcommands().get("projections");
        assertThat(projections).isNotNull();
        assertThat(projections.getCommandSpec().optionsMap()).containsKeys("--dry-run", "--bootstrap-servers");
        StringWriter usage = new StringWriter();
        projections.usage(new PrintWriter(usage));
        assertThat(usage.toString()).contains("Stop every projections instance first");
    }
}
