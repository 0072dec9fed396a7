package org.newsflow.bench;

import org.newsflow.runtime.topics.PipelineTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.ingest.IngestApp;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.SchemaRegistration;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.projections.streams.StoreNames;
import org.newsflow.schemas.Topics;

/**
 * The pipeline on the embedded stack ({@link LocalPipeline}: KRaft broker, registry, ingest, enrich and projections
 * in this JVM), measured side by side: throughput of each app alone and of the whole pipeline beside the
 * transactional pass-through; submit→queryable latency at fixed offered loads and at saturation; heap and RSS at
 * idle and under load; and the time to rebuild the projections from logs of N paragraphs.
 */
final class PipelineBench {

    private static final String PASS_THROUGH = "consume→produce pass-through, transactional";
    private static final List<String> CPU_PARTS = List.of("ingest", "enrich", "projections", "broker", "other");

    private final boolean quick;
    private final Set<String> parts;
    private final Path out;
    private final boolean replayMillion;

    private LocalPipeline pipeline;
    private Map<String, Object> kafka;
    private Load load;
    private KafkaProducer<String, byte[]> producer;
    private TopicCounter queryable;
    private List<ParagraphEnriched> templates;
    private double sustained = Double.NaN;

    PipelineBench(boolean quick, Set<String> parts, Path out, boolean replayMillion) {
        this.quick = quick;
        this.parts = parts;
        this.out = out;
        this.replayMillion = replayMillion;
    }

    void run() throws Exception {
        long started = System.nanoTime();
        pipeline = LocalPipeline.start(LocalPipeline.Options.freePorts());
        try {
            kafka = KafkaClientProperties.connection(pipeline.config());
            load = new Load(Corpus.paragraphs());
            producer = Load.producer(kafka);
            queryable = new TopicCounter(kafka, changelog(pipeline.config()));
            System.out.printf("   pipeline started in %s ms%n", pipeline.startMillis());
            // First load: warms the JIT and the stores, and gives the enriched events replayed later.
            double warm = wholeRound("warm", quick ? 1000 : 3000);
            System.out.printf("   first batch through the whole pipeline: %.0f paragraphs/s (cold)%n", warm);
            templates = captureEnriched(pipeline.topics());
            MemoryProbe.Sample idle = MemoryProbe.idle();
            System.out.printf("   idle: heap %.0f MB, RSS %.0f MB%n", idle.heapUsedMb(), idle.rssMb());

            if (parts.contains("pipeline")) {
                write(throughput());
            }
            if (parts.contains("latency") || parts.contains("memory")) {
                Results latency = new Results("latency");
                List<MemoryProbe.Sample> underLoad = latency(latency);
                if (parts.contains("latency")) {
                    write(latency);
                }
                MemoryProbe.Sample idleAfter = MemoryProbe.idle();
                write(memory(idle, underLoad, idleAfter));
            }
            if (parts.contains("replay")) {
                write(replay());
            }
        } finally {
            if (queryable != null) {
                queryable.close();
            }
            if (producer != null) {
                producer.close();
            }
            pipeline.close();
        }
        System.out.printf("   pipeline benchmarks took %.1f min%n", (System.nanoTime() - started) / 60e9);
    }

    private void write(Results results) throws Exception {
        results.print();
        results.write(out);
    }

    // ---------------------------------------------------------------- throughput

    private Results throughput() throws Exception {
        int batch = quick ? 2000 : 10_000;
        int warmup = quick ? 1 : 3;
        int rounds = quick ? 2 : 3;
        NewsflowConfig base = pipeline.config();
        NewsflowConfig ingestCfg = solo(base, "solo-ingest.");
        NewsflowConfig enrichCfg = solo(base, "solo-enrich.");
        NewsflowConfig projCfg = solo(base, "solo-proj.");
        Topics ingestTopics = prepare(ingestCfg);
        Topics enrichTopics = prepare(enrichCfg);
        Topics projTopics = prepare(projCfg);
        List<Double> passThrough = new ArrayList<>();
        List<Double> ingest = new ArrayList<>();
        List<Double> enrich = new ArrayList<>();
        List<Double> projections = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        Map<String, List<Double>> cpuShare = new HashMap<>();
        List<Double> cpuPerParagraph = new ArrayList<>();
        List<Double> projectionsCpu = new ArrayList<>();
        Map<String, Double> changelogRecords;
        try (IngestApp ingestApp = IngestApp.start(ingestCfg);
             EnrichApp enrichApp = EnrichApp.start(enrichCfg);
             ProjectionsApp projApp = ProjectionsApp.start(projCfg);
             TopicCounter ingestOut = new TopicCounter(kafka, ingestTopics.paragraphs().name());
             TopicCounter enrichOut = new TopicCounter(kafka, enrichTopics.enriched().name());
             TopicCounter projOut = new TopicCounter(kafka, changelog(projCfg))) {
            awaitRunning(ingestApp::isRunning, enrichApp.runner()::isRunning, projApp::isRunning);
            Serializer<ParagraphIngested> paragraphs = enrichTopics.paragraphs().valueSerde().serializer();
            Serializer<ParagraphEnriched> enriched = projTopics.enriched().valueSerde().serializer();
            for (int round = -warmup; round < rounds; round++) {
                String run = "r" + (round + warmup) + "-" + UUID.randomUUID().toString().substring(0, 4);
                double t = passThrough(run, batch, paragraphs);
                double i = articlesRound(ingestTopics.submitted().name(), ingestOut, run, batch);
                List<ParagraphIngested> events = load.paragraphEvents(run, batch);
                double e = eventsRound(enrichTopics.paragraphs().name(), enrichOut,
                        events.stream().map(ParagraphIngested::getArticleId).toList(),
                        events.stream().map(p -> paragraphs.serialize(enrichTopics.paragraphs().name(), p)).toList());
                List<ParagraphEnriched> pe = new ArrayList<>(batch);
                for (int k = 0; k < batch; k++) {
                    pe.add(Load.enriched(templates, run, k));
                }
                // Counted until after the whole-pipeline round, so that the actor views (one repartition behind,
                // not timed) have caught up: thread CPU time is what other work on the cores disturbs least.
                AppThreads projCpu = new AppThreads();
                double p = eventsRound(projTopics.enriched().name(), projOut,
                        pe.stream().map(ParagraphEnriched::getArticleId).toList(),
                        pe.stream().map(x -> enriched.serialize(projTopics.enriched().name(), x)).toList());
                AppThreads cpu = new AppThreads();
                double w = wholeRound(run, batch);
                Map<String, Long> used = cpu.cpuSinceStart();
                long projUsed = projCpu.cpuSinceStart().getOrDefault("projections (alone)", 0L);
                System.out.printf("   throughput round %d: pass-through %.0f, ingest %.0f, enrich %.0f, projections %.0f,"
                        + " whole %.0f paragraphs/s%n", round, t, i, e, p, w);
                if (round >= 0) {
                    passThrough.add(t);
                    ingest.add(i);
                    enrich.add(e);
                    projections.add(p);
                    whole.add(w);
                    long total = used.values().stream().mapToLong(Long::longValue).sum();
                    for (String part : CPU_PARTS) {
                        cpuShare.computeIfAbsent(part, k -> new ArrayList<>())
                                .add(100.0 * used.getOrDefault(part, 0L) / total);
                    }
                    cpuPerParagraph.add(total / 1e3 / batch);
                    projectionsCpu.add(projUsed / 1e3 / batch);
                }
            }
            changelogRecords = changelogRecordsPerParagraph(projCfg, (long) (warmup + rounds) * batch);
        }
        Results results = new Results("pipeline-throughput")
                .input("paragraphsPerRound", batch).input("paragraphsPerArticle", 10)
                .input("warmupRounds", warmup).input("rounds", rounds).input("partitions", 3)
                .input("processingGuarantee", base.get(ConfigKeys.PROCESSING_GUARANTEE))
                .input("avgParagraphChars", Math.round(Corpus.paragraphs().stream().mapToInt(String::length)
                        .average().orElse(0)))
                .input("avgActorsPerEnrichedParagraph", Math.round(100 * templates.stream()
                        .mapToInt(t -> t.getActors().size()).average().orElse(0)) / 100.0)
                .row(PASS_THROUGH, "records/s", passThrough, null)
                .row("ingest alone: submitted → paragraphs", "paragraphs/s", ingest, PASS_THROUGH)
                .row("enrich alone: paragraphs → enriched", "paragraphs/s", enrich, PASS_THROUGH)
                .row("projections alone: enriched → queryable", "paragraphs/s", projections, PASS_THROUGH)
                .row("projections alone: CPU per paragraph, its threads", "µs", projectionsCpu, null)
                .row("whole pipeline: submit → queryable", "paragraphs/s", whole, PASS_THROUGH)
                .row("whole pipeline: CPU per paragraph, all threads of the JVM", "µs", cpuPerParagraph, null);
        for (String part : CPU_PARTS) {
            results.row("whole pipeline: CPU share, " + part, "%", cpuShare.get(part), null);
        }
        changelogRecords.forEach((store, perParagraph) -> results.row(
                "projections alone: changelog records per paragraph, " + store, "records", List.of(perParagraph),
                null));
        results.note("everything in one JVM on 2 cores: embedded broker, registry, the apps and the load generator")
                .note("CPU share: thread CPU time (ThreadMXBean) during the whole-pipeline rounds, by the app the"
                        + " thread works for (stream, producer and consumer threads carry the application id);"
                        + " 'other' is the load generator, the registry, HTTP probes and idle pollers; GC and JIT"
                        + " threads are not Java threads and not counted")
                .note("each round: a fresh batch produced as fast as possible; timed from the first send until the"
                        + " last output record is committed (read_committed); for projections the output is the"
                        + " paragraph store's changelog, i.e. committed to the queryable store; the whole-pipeline"
                        + " batch is also checked over HTTP (last article complete)")
                .note("changelog records per paragraph: the committed records of each store's changelog after"
                        + " all rounds, over the paragraphs sent to projections alone; a store behind the record"
                        + " cache writes a key once per commit however often it changed")
                .note("target: end to end >= 1,000 paragraphs/s on 2 cores with exactly_once_v2");
        sustained = Results.median(whole);
        return results;
    }

    /** Each store's committed changelog records over the paragraphs the projections app was fed. */
    private Map<String, Double> changelogRecordsPerParagraph(NewsflowConfig cfg, long paragraphs) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        List<String> stores = new ArrayList<>(StoreNames.ARTICLE_STORES);
        stores.addAll(StoreNames.ACTOR_KEY_VALUE_STORES);
        stores.addAll(StoreNames.WINDOW_STORES);
        stores.remove(StoreNames.SEARCH_INDEX); // no changelog
        for (String store : stores) {
            String topic = cfg.get(ConfigKeys.PROJECTIONS_APPLICATION_ID) + "-" + store + "-changelog";
            out.put(store, (double) TopicCounter.committed(kafka, topic) / paragraphs);
        }
        return out;
    }

    /** Consume→produce with transactions over a fresh topic holding {@code batch} paragraph events. */
    private double passThrough(String run, int batch, Serializer<ParagraphIngested> serializer) throws Exception {
        String in = "bench-pt-" + run;
        pipeline.broker().createTopic(in, 3, Map.of());
        pipeline.broker().createTopic(in + "-out", 3, Map.of());
        pipeline.broker().awaitLeaders(List.of(in, in + "-out"), Duration.ofSeconds(30));
        List<ParagraphIngested> events = load.paragraphEvents(run + "-pt", batch);
        Load.sendAll(producer, in, events.stream().map(ParagraphIngested::getArticleId).toList(),
                events.stream().map(p -> serializer.serialize(in, p)).toList());
        return KafkaPathBench.loop(kafka, in, in + "-out", true, batch);
    }

    private double articlesRound(String topic, TopicCounter output, String run, int paragraphs) throws Exception {
        List<Load.Article> articles = load.articles(run, paragraphs / 10, 10);
        return eventsRound(topic, output, articles.stream().map(Load.Article::id).toList(),
                articles.stream().map(Load.Article::json).toList(), paragraphs);
    }

    private double eventsRound(String topic, TopicCounter output, List<String> keys, List<byte[]> values)
            throws Exception {
        return eventsRound(topic, output, keys, values, values.size());
    }

    /** Sends the values and returns the output records per second until {@code expected} more were counted. */
    private double eventsRound(String topic, TopicCounter output, List<String> keys, List<byte[]> values,
                               int expected) throws Exception {
        long base = output.count();
        long t0 = System.nanoTime();
        Load.sendAll(producer, topic, keys, values);
        long t1 = output.await(base + expected, Duration.ofSeconds(Math.max(180, expected / 50)));
        return expected / ((t1 - t0) / 1e9);
    }

    /** Paragraphs per second from submitting {@code paragraphs} paragraphs until all are in the projections. */
    private double wholeRound(String run, int paragraphs) throws Exception {
        List<Load.Article> articles = load.articles("whole-" + run, paragraphs / 10, 10);
        double rate = eventsRound(pipeline.topics().submitted().name(), queryable,
                articles.stream().map(Load.Article::id).toList(), articles.stream().map(Load.Article::json).toList(),
                paragraphs);
        new ProjectionsProbe(pipeline.projectionsUrl())
                .awaitComplete(List.of(articles.get(articles.size() - 1).id()), Duration.ofSeconds(60));
        return rate;
    }

    // ---------------------------------------------------------------- latency and memory

    private List<MemoryProbe.Sample> latency(Results results) throws Exception {
        Duration duration = Duration.ofSeconds(quick ? 10 : 30);
        int rounds = quick ? 1 : 3;
        if (Double.isNaN(sustained)) {
            sustained = wholeRound("sizing", quick ? 2000 : 5000);
        }
        double saturation = Math.floor(sustained);
        record Offered(String label, double rate, int perArticle) {
        }
        List<Offered> loads = List.of(new Offered("10 paragraphs/s", 10, 2), new Offered("100 paragraphs/s", 100, 5),
                new Offered("saturation (" + Math.round(saturation) + " paragraphs/s offered)", saturation, 10));
        Map<String, List<List<Double>>> percentiles = new HashMap<>();
        List<MemoryProbe.Sample> underLoad = new ArrayList<>();
        LatencyRun runner = new LatencyRun(producer, pipeline.topics().submitted().name(), pipeline.projectionsUrl());
        for (int round = 0; round < rounds; round++) {
            for (Offered l : loads) {
                MemoryProbe memory = MemoryProbe.sampling(500);
                LatencyRun.Outcome o = runner.run(this.load, "lat-" + round + "-" + Math.round(l.rate()), l.rate(),
                        l.perArticle(), duration);
                memory.close();
                if (l.rate() >= 100) {
                    underLoad.addAll(memory.samples());
                }
                System.out.printf("   latency round %d at %s: %d articles, p50 %.0f p95 %.0f p99 %.0f ms, achieved"
                        + " %.0f paragraphs/s%n", round, l.label(), o.latenciesMs().size(), o.p(50), o.p(95), o.p(99),
                        o.achievedRate());
                List<List<Double>> lists = percentiles.computeIfAbsent(l.label(),
                        k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                lists.get(0).add(o.p(50));
                lists.get(1).add(o.p(95));
                lists.get(2).add(o.p(99));
                lists.get(3).add(o.achievedRate());
            }
        }
        results.input("secondsPerLoad", duration.toSeconds()).input("rounds", rounds)
                .input("paragraphsPerArticle", "2 at 10/s, 5 at 100/s, 10 at saturation")
                .input("saturationOffered", saturation);
        for (Offered l : loads) {
            List<List<Double>> lists = percentiles.get(l.label());
            results.row(l.label() + ": p50", "ms", lists.get(0), null)
                    .row(l.label() + ": p95", "ms", lists.get(1), l.label() + ": p50")
                    .row(l.label() + ": p99", "ms", lists.get(2), l.label() + ": p50")
                    .row(l.label() + ": achieved", "paragraphs/s", lists.get(3), null);
        }
        results.note("latency: from sending the article to the ingest topic until GET /api/articles/{id} answers"
                        + " complete with all paragraphs (polled every 5 ms per article in flight)")
                .note("offered load is open loop (articles sent on a fixed schedule); saturation offers the median"
                        + " sustained whole-pipeline throughput measured earlier in the same run")
                .note("target: p99 submit→queryable <= 500 ms at 100 paragraphs/s");
        return underLoad;
    }

    private Results memory(MemoryProbe.Sample idle, List<MemoryProbe.Sample> underLoad, MemoryProbe.Sample after) {
        return new Results("memory")
                .input("jvm", "one JVM: embedded broker + registry + ingest + enrich + projections (+ load generator)")
                .input("maxHeapBytes", Runtime.getRuntime().maxMemory())
                .input("rocksdb.memory.bytes", pipeline.config().get(ConfigKeys.ROCKSDB_MEMORY_BYTES))
                .row("heap used, idle after warm-up (after GC)", "MB", List.of(idle.heapUsedMb()), null)
                .row("RSS, idle after warm-up", "MB", List.of(idle.rssMb()), null)
                .row("heap used, under load (100 paragraphs/s and saturation)", "MB",
                        underLoad.stream().map(MemoryProbe.Sample::heapUsedMb).toList(),
                        "heap used, idle after warm-up (after GC)")
                .row("RSS, under load", "MB", underLoad.stream().map(MemoryProbe.Sample::rssMb).toList(),
                        "RSS, idle after warm-up")
                .row("heap used, idle after load (after GC)", "MB", List.of(after.heapUsedMb()),
                        "heap used, idle after warm-up (after GC)")
                .row("RSS, idle after load", "MB", List.of(after.rssMb()), "RSS, idle after warm-up")
                .note("all three apps, the broker and the registry share this JVM, so the figures are their sum;"
                        + " RocksDB block cache + memtables of all stores are bounded together by rocksdb.memory.bytes"
                        + " (one shared cache per process)")
                .note("under load: sampled every 500 ms; heap used includes garbage not yet collected");
    }

    // ---------------------------------------------------------------- replay

    private Results replay() throws Exception {
        List<Integer> sizes = quick ? List.of(10_000, 30_000)
                : replayMillion ? List.of(100_000, 1_000_000) : List.of(100_000, 300_000);
        Results results = new Results(replayMillion && !quick ? "replay-1m" : "replay").input("sizes", sizes).input("paragraphsPerArticle", 10)
                .input("templates", templates.size());
        List<Double> seconds = new ArrayList<>();
        for (int n : sizes) {
            String prefix = "replay-" + n + ".";
            NewsflowConfig cfg = pipeline.config().with(Map.of(ConfigKeys.TOPIC_PREFIX, prefix,
                    ConfigKeys.PROJECTIONS_APPLICATION_ID, "bench-replay-" + n + "-" + UUID.randomUUID()
                            .toString().substring(0, 4), ConfigKeys.PROJECTIONS_HTTP_PORT, "0"));
            Topics topics = prepare(cfg);
            Serializer<ParagraphEnriched> serializer = topics.enriched().valueSerde().serializer();
            String topic = topics.enriched().name();
            long p0 = System.nanoTime();
            for (int from = 0; from < n; from += 10_000) {
                List<String> keys = new ArrayList<>();
                List<byte[]> values = new ArrayList<>();
                for (long i = from; i < Math.min(n, from + 10_000); i++) {
                    ParagraphEnriched e = Load.enriched(templates, "replay", i);
                    keys.add(e.getArticleId());
                    values.add(serializer.serialize(topic, e));
                }
                Load.sendAll(producer, topic, keys, values);
            }
            System.out.printf("   replay log of %d enriched paragraphs written in %.1f s%n", n,
                    (System.nanoTime() - p0) / 1e9);
            try (TopicCounter counter = new TopicCounter(kafka, changelog(cfg))) {
                long t0 = System.nanoTime();
                try (ProjectionsApp app = ProjectionsApp.start(cfg)) {
                    long t1 = counter.await(n, Duration.ofMinutes(quick ? 10 : 30));
                    new ProjectionsProbe(app.baseUrl().replace(cfg.get(ConfigKeys.PROJECTIONS_ADVERTISED_HOST),
                            "localhost")).awaitComplete(List.of("replay-" + (n / 10 - 1)), Duration.ofSeconds(60));
                    double s = (t1 - t0) / 1e9;
                    seconds.add(s);
                    results.row("rebuild from " + n + " paragraphs", "s", List.of(s), null)
                            .row("rebuild from " + n + " paragraphs: rate", "paragraphs/s", List.of(n / s), null);
                    System.out.printf("   replay of %d paragraphs: %.1f s (%.0f paragraphs/s)%n", n, s, n / s);
                }
            }
            deleteTopics(topics);
        }
        double growth = seconds.get(1) / seconds.get(0);
        double sizeRatio = (double) sizes.get(1) / sizes.get(0);
        results.input("growthTime", growth).input("growthSize", sizeRatio)
                .note(String.format("time grows %.2f× for %.1f× the paragraphs (%.2f of linear)", growth, sizeRatio,
                        growth / sizeRatio))
                .note("timed from starting a projections app with a fresh application.id until the paragraph store"
                        + " has committed every paragraph; includes start-up and the actor views' repartition")
                .note("target: replay of 1M paragraphs <= 5 minutes (300 s)");
        if (!sizes.contains(1_000_000)) {
            double per = seconds.get(1) / sizes.get(1);
            results.note(String.format("1M extrapolated linearly from the largest run: %.0f s", per * 1_000_000));
        }
        return results;
    }

    // ---------------------------------------------------------------- helpers

    /** A copy of the pipeline's settings with its own topics and application ids. */
    private static NewsflowConfig solo(NewsflowConfig base, String prefix) {
        String id = "bench-" + prefix.replace(".", "");
        return base.with(Map.of(ConfigKeys.TOPIC_PREFIX, prefix, ConfigKeys.INGEST_APPLICATION_ID, id + "-ingest",
                ConfigKeys.ENRICH_APPLICATION_ID, id + "-enrich", ConfigKeys.PROJECTIONS_APPLICATION_ID,
                id + "-projections", ConfigKeys.INGEST_HTTP_PORT, "0", ConfigKeys.PROJECTIONS_HTTP_PORT, "0"));
    }

    private Topics prepare(NewsflowConfig cfg) throws Exception {
        Topics topics = PipelineTopics.provision(cfg.with(Map.of(ConfigKeys.TOPIC_PARTITIONS, "3",
                ConfigKeys.TOPIC_REPLICATION, "1"))).names();
        SchemaRegistration.registerAll(topics, topics.registry());
        return topics;
    }

    private void deleteTopics(Topics topics) {
        try (Admin admin = Admin.create(KafkaClientProperties.admin(pipeline.config()))) {
            admin.deleteTopics(topics.allNames()).all().get();
        } catch (Exception e) {
            System.out.println("   (could not delete replay topics: " + e + ")");
        }
    }

    /** The paragraph store's changelog: one committed write per paragraph made queryable. */
    static String changelog(NewsflowConfig cfg) {
        return ProjectionsApp.paragraphViewsChangelog(cfg);
    }

    @SafeVarargs
    private static void awaitRunning(java.util.function.BooleanSupplier... apps) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (java.util.function.BooleanSupplier app : apps) {
            while (!app.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("apps not running after 120 s");
                }
                Thread.sleep(100);
            }
        }
    }

    /** The enriched events the whole pipeline has produced so far (the projections' input, replayed later). */
    private List<ParagraphEnriched> captureEnriched(Topics topics) {
        List<ParagraphEnriched> out = new ArrayList<>();
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-capture-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, ParagraphEnriched> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                topics.enriched().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.enriched().name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int empty = 0;
            while (System.nanoTime() < deadline && (out.isEmpty() || empty < 5)) {
                int n = 0;
                for (ConsumerRecord<String, ParagraphEnriched> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        out.add(r.value());
                    }
                    n++;
                }
                empty = n == 0 ? empty + 1 : 0;
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no enriched events to replay");
        }
        return out;
    }
}
