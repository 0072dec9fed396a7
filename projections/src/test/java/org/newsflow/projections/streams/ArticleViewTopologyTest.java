package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.projections.support.Events.article;
import static org.newsflow.projections.support.Events.country;
import static org.newsflow.projections.support.Events.paragraph;
import static org.newsflow.projections.support.Events.person;
import static org.newsflow.projections.support.Events.quote;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.ArticleView;
import org.newsflow.projections.model.Page;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.support.ProjectionsDriver;

class ArticleViewTopologyTest {

    static final Instant PUBLISHED = Instant.parse("2025-03-01T10:15:00Z");
    static final Instant INGESTED = Instant.parse("2025-03-01T11:00:00Z");

    private final ProjectionsDriver driver = new ProjectionsDriver();

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void foldsParagraphsInOrderWithActorsRankedByMentions() {
        driver.pipe(article("a1", "r1", 3, PUBLISHED, INGESTED));
        driver.pipe(paragraph("a1", "r1", 2, 3, PUBLISHED, INGESTED, "Rubio met Lavrov in Riyadh.", -2.0,
                List.of(person("marco_rubio", "Marco Rubio", 1), person("sergei_lavrov", "Sergei Lavrov", 1)),
                List.of()));
        driver.pipe(paragraph("a1", "r1", 1, 3, PUBLISHED, INGESTED, "Russia and the United States talked.", 1.0,
                List.of(country("russia", "Russia", 2), person("marco_rubio", "Marco Rubio", 2)),
                List.of(quote("We talked", "marco_rubio"))));
        driver.pipe(paragraph("a1", "r1", 3, 3, PUBLISHED, INGESTED, "More talks later.", 0.0, List.of(), List.of()));

        ArticleView view = driver.views().article("a1").orElseThrow();
        assertThat(view.paragraphs()).extracting(ParagraphView::index).containsExactly(1, 2, 3);
        assertThat(view.revision()).isEqualTo("r1");
        assertThat(view.complete()).isTrue();
        assertThat(view.title()).isEqualTo("Title of a1");
        assertThat(view.publishedAt()).isEqualTo("2025-03-01T10:15:00.000Z");
        assertThat(view.actors()).extracting(a -> a.id() + "=" + a.mentions())
                .containsExactly("marco_rubio=3", "russia=2", "sergei_lavrov=1");
        assertThat(view.paragraphs().get(0).quotes()).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("marco_rubio"));
        // word-weighted: (1.0*6 + -2.0*5 + 0*3) / 14
        assertThat(view.tone().tone()).isEqualTo(-0.2857);
        assertThat(driver.views().count(StoreNames.COUNT_PARAGRAPHS)).isEqualTo(3);

        Page<ArticleSummary> list = driver.views().articles(0, 10);
        assertThat(list.total()).isEqualTo(1);
        assertThat(list.items()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("a1");
            assertThat(s.topActors().get(0).id()).isEqualTo("marco_rubio");
        });
    }

    @Test
    void newRevisionReplacesTheOldOneCompletely() {
        driver.pipe(paragraph("a1", "r1", 1, 2, PUBLISHED, INGESTED, "Old first paragraph about Paris.", -3.0,
                List.of(person("emmanuel_macron", "Emmanuel Macron", 1)), List.of()));
        driver.pipe(paragraph("a1", "r1", 2, 2, PUBLISHED, INGESTED, "Old second paragraph.", -3.0,
                List.of(), List.of()));
        Instant later = INGESTED.plusSeconds(3600);
        driver.pipe(article("a1", "r2", 1, PUBLISHED, later));
        driver.pipe(paragraph("a1", "r2", 1, 1, PUBLISHED, later, "New text about Berlin.", 2.0,
                List.of(person("olaf_scholz", "Olaf Scholz", 1)), List.of()));

        ArticleView view = driver.views().article("a1").orElseThrow();
        assertThat(view.revision()).isEqualTo("r2");
        assertThat(view.paragraphs()).extracting(ParagraphView::text).containsExactly("New text about Berlin.");
        assertThat(view.actors()).extracting(a -> a.id()).containsExactly("olaf_scholz");
        assertThat(view.paragraphCount()).isEqualTo(1);
        assertThat(driver.views().actor("emmanuel_macron")).isEmpty();
        assertThat(driver.views().actor("olaf_scholz")).isPresent();
        assertThat(driver.views().search("paris", List.of("paris"), 0, 10).hits()).isEmpty();
        assertThat(driver.views().search("berlin", List.of("berlin"), 0, 10).hits()).hasSize(1);
        assertThat(driver.views().count(StoreNames.COUNT_PARAGRAPHS)).isEqualTo(1);
        assertThat(driver.views().count(StoreNames.COUNT_ARTICLES)).isEqualTo(1);
        assertThat(driver.views().articles(0, 10).items()).singleElement()
                .satisfies(s -> assertThat(s.revision()).isEqualTo("r2"));
    }

    @Test
    void lateParagraphOfAnOlderRevisionIsIgnored() {
        Instant later = INGESTED.plusSeconds(60);
        driver.pipe(paragraph("a1", "r2", 1, 1, PUBLISHED, later, "Newer.", 1.0, List.of(), List.of()));
        driver.pipe(paragraph("a1", "r1", 1, 1, PUBLISHED, INGESTED, "Older.", 1.0, List.of(), List.of()));
        driver.pipe(article("a1", "r1", 1, PUBLISHED, INGESTED));

        ArticleView view = driver.views().article("a1").orElseThrow();
        assertThat(view.revision()).isEqualTo("r2");
        assertThat(view.paragraphs()).extracting(ParagraphView::text).containsExactly("Newer.");
    }

    @Test
    void unknownArticleIsEmpty() {
        assertThat(driver.views().article("nope")).isEmpty();
        assertThat(driver.views().articles(0, 10).items()).isEmpty();
    }
}
