package org.newsflow.projections.cli;

import java.util.concurrent.Callable;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.projections.ProjectionsReset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow reset projections}: rebuild every projection by replaying the log. */
@Command(name = "reset", mixinStandardHelpOptions = true, description = "Reset derived state so it is rebuilt.",
        subcommands = ResetCommand.Projections.class)
public class ResetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return CommandLine.ExitCode.USAGE;
    }

    @Command(name = "projections", mixinStandardHelpOptions = true,
            description = {"Rebuild the projections from the log. Stop every projections instance first.",
                    "Deletes the projections consumer group (committed offsets), its internal changelog and "
                            + "repartition topics, and the local state directory; the next start replays "
                            + "news.paragraphs.enriched and news.articles from the beginning.",
                    "Other machines running projections keep their own local state directory: delete it there "
                            + "too, or start them with a fresh state.dir."})
    public static class Projections implements Callable<Integer> {

        @Mixin
        ConfigOptions config;

        @Option(names = "--dry-run", description = "Only print what would be deleted.")
        boolean dryRun;

        @Override
        public Integer call() {
            try {
                ProjectionsReset.Result r = ProjectionsReset.run(config.load(), dryRun);
                String verb = dryRun ? "would delete" : "deleted";
                System.out.println("application.id " + r.applicationId() + ": "
                        + verb + " consumer group: " + r.groupDeleted() + "; "
                        + verb + " internal topics: " + r.topicsDeleted() + "; "
                        + verb + " local state " + r.stateDir() + ": " + r.stateDirDeleted());
                return 0;
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
