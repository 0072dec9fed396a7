package org.newsflow.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsflow.enrich.eval.Evaluation;

/**
 * {@code bench/run [engine|kafka|pipeline|latency|memory|replay|query|cluster|all] [--quick] [--corenlp] [--replay-1m]}:
 * runs the benchmarks, prints tables and writes {@code bench/results/<name>.json}. {@code bench/run ner [--corenlp]}
 * scores the names found by the engine, the previous engine and CoreNLP side by side (not part of {@code all}). {@code bench/run profile FILE.jfr}
 * tells where the CPU of a run recorded with JFR went.
 */
public final class BenchMain {

    private static final Set<String> PIPELINE_PARTS = Set.of("pipeline", "latency", "memory", "replay");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("profile")) {
            JfrBreakdown.main(new String[] {args[1]});
            return;
        }
        List<String> argList = List.of(args);
        boolean quick = argList.contains("--quick");
        Set<String> which = new HashSet<>(argList.stream().filter(a -> !a.startsWith("--")).toList());
        if (which.isEmpty() || which.remove("all")) {
            which.addAll(List.of("engine", "kafka", "pipeline", "latency", "memory", "replay", "query", "cluster"));
        }
        Path out = Path.of("bench", "results");
        long start = System.nanoTime();
        if (which.contains("engine")) {
            Results results = quick ? new EngineBench(1, 3, 1.0).run() : new EngineBench(3, 5, 3.0).run();
            results.print();
            results.write(out);
        }
        if (which.contains("ner")) {
            // Other IOB2 files: -Dnewsflow.ner.files=A,B (with a tagger trained without them first on the class path).
            Path shared = Path.of(System.getProperty("newsflow.shared.dir", "../shared"));
            List<Path> files = System.getProperty("newsflow.ner.files") != null
                    ? Arrays.stream(System.getProperty("newsflow.ner.files").split(",")).map(Path::of).toList()
                    : List.of(shared.resolve("eval").resolve(Evaluation.NER),
                            shared.resolve("train").resolve("ner").resolve(Evaluation.NER_TEST));
            new NerComparison(files, shared.resolve("train").resolve("sentiment")
                    .resolve(Evaluation.TARGET_SENTIMENT)).run(out);
        }
        if (which.contains("kafka")) {
            Results results = new KafkaPathBench(quick ? 20_000 : 100_000, quick ? 2 : 3).run();
            results.print();
            results.write(out);
        }
        Set<String> pipelineParts = new HashSet<>(which);
        pipelineParts.retainAll(PIPELINE_PARTS);
        if (!pipelineParts.isEmpty()) {
            new PipelineBench(quick, pipelineParts, out, argList.contains("--replay-1m")).run();
        }
        if (which.contains("query")) {
            Results results = quick ? new QueryLatencyBench(2_000, 100, 3, 100).run()
                    : new QueryLatencyBench(10_000, 500, 5, 400).run();
            results.print();
            results.write(out);
        }
        if (which.contains("cluster")) {
            Results results = quick ? new ClusterBench(2000, 1, 2).run() : new ClusterBench(5000, 2, 3).run();
            results.print();
            results.write(out);
        }
        System.out.printf("%nbench finished in %.1f min%n", (System.nanoTime() - start) / 60e9);
        System.exit(0);
    }
}
