package org.newsflow.local.cli;

import org.newsflow.cli.ServiceCommand;
import picocli.CommandLine;

/**
 * The {@code newsflow} command of the local jar: every command of the service jar plus {@code newsflow local}, the
 * whole pipeline on an embedded broker and registry.
 */
public final class NewsflowCommand {

    private NewsflowCommand() {
    }

    public static CommandLine commandLine() {
        CommandLine root = ServiceCommand.commandLine();
        root.addSubcommand("local", new LocalCommand());
        return root.setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
