package org.newsflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.ProjectionsProbe;

/**
 * The cost of replication on one box: the whole pipeline (submit → queryable) on one embedded broker beside the
 * same pipeline on a three-broker cluster ({@code local.brokers=3}: replication factor 3, min.insync.replicas 2,
 * acks=all), both running in this JVM, rounds alternating between them.
 */
final class ClusterBench {

    private static final String ONE = "whole pipeline, 1 broker (replication 1)";
    private static final String THREE = "whole pipeline, 3 brokers (replication 3, min.insync 2)";

    private final int batch;
    private final int warmup;
    private final int rounds;
    private final Load load = new Load(Corpus.paragraphs());

    ClusterBench(int batch, int warmup, int rounds) {
        this.batch = batch;
        this.warmup = warmup;
        this.rounds = rounds;
    }

    Results run() throws Exception {
        List<Double> one = new ArrayList<>();
        List<Double> three = new ArrayList<>();
        try (Side single = new Side(LocalPipeline.Options.freePorts());
             Side cluster = new Side(LocalPipeline.Options.freePorts()
                     .withSettings(Map.of(ConfigKeys.LOCAL_BROKERS, "3")))) {
            for (int round = -warmup; round < rounds; round++) {
                String run = "c" + (round + warmup) + "-" + System.nanoTime() % 10_000;
                double a = single.wholeRound(load, run + "-1", batch);
                double b = cluster.wholeRound(load, run + "-3", batch);
                System.out.printf("   cluster round %d: 1 broker %.0f, 3 brokers %.0f paragraphs/s%n", round, a, b);
                if (round >= 0) {
                    one.add(a);
                    three.add(b);
                }
            }
        }
        return new Results("cluster-throughput")
                .input("paragraphsPerRound", batch).input("paragraphsPerArticle", 10)
                .input("warmupRounds", warmup).input("rounds", rounds).input("partitions", 3)
                .row(ONE, "paragraphs/s", one, null)
                .row(THREE, "paragraphs/s", three, ONE)
                .note("both pipelines in one JVM on 2 cores (brokers, registries, apps, load generator), rounds"
                        + " alternating; each round a fresh batch timed from the first send until the last paragraph"
                        + " is committed to the queryable store (read_committed), last article also checked over HTTP")
                .note("three brokers on one box measure the cost of replication (every write stored three times,"
                        + " acknowledged once two replicas have it), not the gain of more machines");
    }

    /** One pipeline with its producer and a counter of paragraphs made queryable. */
    private static final class Side implements AutoCloseable {

        private final LocalPipeline pipeline;
        private final KafkaProducer<String, byte[]> producer;
        private final TopicCounter queryable;

        Side(LocalPipeline.Options options) {
            pipeline = LocalPipeline.start(options);
            Map<String, Object> kafka = KafkaClientProperties.connection(pipeline.config());
            producer = Load.producer(kafka);
            queryable = new TopicCounter(kafka, PipelineBench.changelog(pipeline.config()));
        }

        double wholeRound(Load load, String run, int paragraphs) throws Exception {
            List<Load.Article> articles = load.articles("cluster-" + run, paragraphs / 10, 10);
            long base = queryable.count();
            long t0 = System.nanoTime();
            Load.sendAll(producer, pipeline.topics().submitted().name(),
                    articles.stream().map(Load.Article::id).toList(),
                    articles.stream().map(Load.Article::json).toList());
            long t1 = queryable.await(base + paragraphs, Duration.ofSeconds(Math.max(180, paragraphs / 50)));
            new ProjectionsProbe(pipeline.projectionsUrl())
                    .awaitComplete(List.of(articles.get(articles.size() - 1).id()), Duration.ofSeconds(60));
            return paragraphs / ((t1 - t0) / 1e9);
        }

        @Override
        public void close() throws InterruptedException {
            queryable.close();
            producer.close();
            pipeline.close();
        }
    }
}
