package org.newsflow.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code bench/run [kafka|engine|pipeline|all] [--quick]}: runs benchmarks, prints tables, writes JSON. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> argList = List.of(args);
        boolean quick = argList.contains("--quick");
        Set<String> which = Set.copyOf(argList.stream().filter(a -> !a.startsWith("--")).toList());
        boolean all = which.isEmpty() || which.contains("all");
        Path out = Path.of("bench", "results");
        if (all || which.contains("kafka")) {
            Results results = new KafkaPathBench(quick ? 20_000 : 100_000, quick ? 2 : 3).run();
            results.print();
            results.write(out);
        }
        System.exit(0);
    }
}
