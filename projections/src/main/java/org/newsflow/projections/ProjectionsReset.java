package org.newsflow.projections;

import org.newsflow.runtime.Directories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;

/**
 * Rebuilds the projections from the log: with every projections instance stopped, it deletes the app's consumer
 * group (its committed input offsets; the app then starts from the earliest offsets again), the app's internal
 * changelog and repartition topics (the stores' backups), and this machine's local state directory of the app.
 * The next start replays {@code news.paragraphs.enriched} and {@code news.articles} into empty stores. This is what
 * Kafka's {@code kafka-streams-application-reset} tool does for input topics reset to the earliest offset, plus the
 * local cleanup, done through the Admin API.
 */
public final class ProjectionsReset {

    /** What a reset did (or, in a dry run, would do). */
    public record Result(String applicationId, boolean groupDeleted, List<String> topicsDeleted, Path stateDir,
                         boolean stateDirDeleted) {
    }

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ProjectionsReset() {
    }

    public static Result run(NewsflowConfig config, boolean dryRun) {
        String appId = config.get(ConfigKeys.PROJECTIONS_APPLICATION_ID);
        Path stateDir = Path.of(config.get(ConfigKeys.STATE_DIR)).resolve(appId);
        try (Admin admin = Admin.create(KafkaClientProperties.admin(config))) {
            long ms = TIMEOUT.toMillis();
            boolean groupExists;
            try {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(appId)).all()
                        .get(ms, TimeUnit.MILLISECONDS).get(appId);
                if (group != null && !group.members().isEmpty()) {
                    throw new IllegalStateException("The projections group '" + appId + "' still has "
                            + group.members().size() + " member(s): stop every projections instance first");
                }
                groupExists = group != null;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
                groupExists = false;
            }
            Set<String> names = admin.listTopics().names().get(ms, TimeUnit.MILLISECONDS);
            List<String> internal = names.stream().filter(n -> isInternalTopic(appId, n)).sorted().toList();
            if (dryRun) {
                return new Result(appId, groupExists, internal, stateDir, Files.exists(stateDir));
            }
            if (groupExists) {
                try {
                    admin.deleteConsumerGroups(List.of(appId)).all().get(ms, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
            }
            if (!internal.isEmpty()) {
                try {
                    admin.deleteTopics(internal).all().get(ms, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                }
                awaitGone(admin, internal);
            }
            boolean deleted = Directories.deleteRecursively(stateDir);
            return new Result(appId, groupExists, internal, stateDir, deleted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resetting the projections", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot reset the projections: " + e.getMessage(), e);
        }
    }

    /** Kafka Streams names its internal topics {@code <application.id>-<name>-changelog|repartition}. */
    static boolean isInternalTopic(String appId, String topic) {
        return topic.startsWith(appId + "-") && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
    }

    /** Topic deletion completes asynchronously on the broker; a restart before it ends would find half a topic. */
    private static void awaitGone(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (topics.stream().noneMatch(names::contains)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new TimeoutException("Internal topics still present after " + TIMEOUT + ": " + topics);
    }

}
