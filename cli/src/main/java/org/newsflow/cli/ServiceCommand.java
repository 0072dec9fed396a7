package org.newsflow.cli;

import org.newsflow.enrich.cli.AnnotateCommand;
import org.newsflow.enrich.cli.EnrichCommand;
import org.newsflow.ingest.cli.IngestCommand;
import org.newsflow.ingest.cli.SubmitCommand;
import org.newsflow.projections.cli.ProjectionsCommand;
import org.newsflow.projections.cli.ResetCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command of the service jar: every service and tool of the pipeline against a Kafka cluster
 * and Schema Registry named in the configuration. The local jar adds {@code newsflow local} to the same commands.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Event-sourced news pipeline on Apache Kafka: ingest, enrich, project.",
        subcommands = {
            IngestCommand.class,
            EnrichCommand.class,
            ProjectionsCommand.class,
            SubmitCommand.class,
            TailCommand.class,
            AclsCommand.class,
            ResetCommand.class,
            AnnotateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ServiceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ServiceCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
