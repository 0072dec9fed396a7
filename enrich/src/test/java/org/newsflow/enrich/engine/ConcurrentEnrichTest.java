package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentEnrichTest {

    @Test
    void concurrentCallsWithTheirOwnContextsGiveTheSameResultsAsOneThread() throws Exception {
        List<String> paragraphs = SampleArticleTest.paragraphs();
        List<Enrichment> expected = run(paragraphs);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Enrichment>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> run(paragraphs)));
            }
            for (Future<List<Enrichment>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Enrichment> run(List<String> paragraphs) {
        ArticleContext context = new ArticleContext();
        return paragraphs.stream().map(p -> TestEngine.get().enrich(p, context)).toList();
    }
}
