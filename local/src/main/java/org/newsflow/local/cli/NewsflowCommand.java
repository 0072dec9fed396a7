package org.newsflow.local.cli;

import java.util.Map;
import org.newsflow.cli.ServiceCommand;
import org.newsflow.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command of the local jar: {@code newsflow local} (the whole pipeline on an embedded broker
 * and registry) followed by every command of the service jar.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Event-sourced news pipeline on Apache Kafka: ingest, enrich, project.",
        subcommands = LocalCommand.class)
public final class NewsflowCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine root = new CommandLine(new NewsflowCommand());
        for (Map.Entry<String, CommandLine> service : ServiceCommand.commandLine().getSubcommands().entrySet()) {
            root.addSubcommand(service.getKey(), service.getValue());
        }
        return root.setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
