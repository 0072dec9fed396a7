package org.newsflow.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code bench/run profile FILE.jfr}: where the CPU of a profiled bench run went. Counts Java execution samples plus
 * native samples inside RocksDB (JNI calls are CPU; other native samples are threads waiting on sockets), by app
 * (thread names carry the application id), and for the projections stream threads by what the innermost known
 * frame is doing and by which projector line asked for it.
 */
final class JfrBreakdown {

    /** Innermost frame prefix → what the sample was doing; the first match walking from the leaf wins. */
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("org.rocksdb.", "RocksDB (JNI)");
        CATEGORIES.put("com.fasterxml.jackson.", "JSON serde");
        CATEGORIES.put("org.newsflow.projections.streams.Binary", "binary serde");
        CATEGORIES.put("org.newsflow.projections.streams.ArticleCodecs", "binary serde");
        CATEGORIES.put("org.newsflow.projections.streams.ActorCodecs", "binary serde");
        CATEGORIES.put("org.apache.avro.", "Avro input");
        CATEGORIES.put("org.newsflow.schemas.", "Avro input");
        CATEGORIES.put("org.newsflow.projections.streams.Terms", "search terms (text analysis)");
        CATEGORIES.put("org.apache.kafka.streams.state.internals.ThreadCache", "record cache");
        CATEGORIES.put("org.apache.kafka.streams.state.internals.NamedCache", "record cache");
        CATEGORIES.put("org.apache.kafka.streams.processor.internals.RecordCollectorImpl", "changelog/repartition send");
        CATEGORIES.put("org.apache.kafka.clients.producer.", "changelog/repartition send");
        CATEGORIES.put("org.apache.kafka.common.compress.", "changelog/repartition send");
        CATEGORIES.put("org.apache.kafka.clients.consumer.", "consumer");
        CATEGORIES.put("org.apache.kafka.streams.state.internals.", "store layers (metered, changelogging)");
        CATEGORIES.put("org.apache.kafka.streams.", "Streams runtime");
        CATEGORIES.put("org.newsflow.", "projection logic");
    }

    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Long> byApp = new HashMap<>();
        Map<String, Long> byCategory = new HashMap<>();
        Map<String, Long> byCaller = new HashMap<>();
        Map<String, Long> byMethod = new HashMap<>();
        long projections = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                boolean java = type.equals("jdk.ExecutionSample");
                if (!java && !type.equals("jdk.NativeMethodSample")) {
                    continue;
                }
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                if (!java && !frames.get(0).getMethod().getType().getName().startsWith("org.rocksdb.")) {
                    continue;
                }
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                String app = AppThreads.part(thread == null ? "?" : thread);
                byApp.merge(app, 1L, Long::sum);
                if (!app.startsWith("projections") || !thread.contains("StreamThread")
                        || thread.contains("producer")) {
                    continue;
                }
                projections++;
                byCategory.merge(category(frames), 1L, Long::sum);
                byCaller.merge(caller(frames) + "  [" + category(frames) + "]", 1L, Long::sum);
                byMethod.merge(method(frames.get(0)), 1L, Long::sum);
            }
        }
        print("CPU samples by app (Java + RocksDB native)", byApp, 30);
        print("projections stream threads: by what the innermost known frame does", byCategory, 30);
        print("projections stream threads: by projector line, then category", byCaller, 60);
        print("projections stream threads: innermost method", byMethod, 30);
        System.out.printf("%n%d samples in projections stream threads%n", projections);
    }

    private static String category(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String cls = f.getMethod().getType().getName();
            for (Map.Entry<String, String> c : CATEGORIES.entrySet()) {
                if (cls.startsWith(c.getKey())) {
                    return c.getValue();
                }
            }
        }
        return "JDK / other";
    }

    /** The innermost projector frame: which store call or step of the fold the sample belongs to. */
    private static String caller(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String cls = f.getMethod().getType().getName();
            if (cls.startsWith("org.newsflow.projections.streams.") && (cls.endsWith("Projector")
                    || cls.endsWith("ArticleState") || cls.endsWith("ParagraphViews"))) {
                return cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + ":"
                        + f.getLineNumber();
            }
        }
        return "(outside the projectors: poll, commit, flush, send)";
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, int limit) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n== %s (%d samples) ==%n", title, total);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(en -> System.out.printf("%6d  %5.1f%%  %s%n", en.getValue(), 100.0 * en.getValue() / total,
                        en.getKey()));
    }
}
