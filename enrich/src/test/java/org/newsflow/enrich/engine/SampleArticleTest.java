package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article shows every kind of reference the engine must resolve. */
class SampleArticleTest {

    static final String SAMPLE = "seeds/000_82713d2b37d66114.txt";

    static List<String> paragraphs() throws IOException {
        Path repo = Path.of(System.getProperty("newsflow.repo.dir", ".."));
        Path file = repo.resolve(SAMPLE);
        if (!Files.exists(file)) {
            file = Path.of("..").resolve(SAMPLE);
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void findsTheArticlesActorsWithCanonicalIdentities() throws IOException {
        ArticleContext context = new ArticleContext();
        Map<String, Actor> found = new HashMap<>();
        for (String paragraph : paragraphs()) {
            Enrichment e = TestEngine.get().enrich(paragraph, context);
            for (Actor a : e.actors()) {
                found.putIfAbsent(a.actorId(), a);
                for (Mention m : a.mentions()) {
                    assertThat(m.text()).isEqualTo(paragraph.substring(m.start(), m.end()));
                }
            }
            for (Quote q : e.quotes()) {
                assertThat(q.text()).isEqualTo(paragraph.substring(q.start(), q.end()));
            }
        }
        expect(found, "marco_rubio", "Marco Rubio", ActorType.PERSON, "USA");
        expect(found, "vladimir_putin", "Vladimir Putin", ActorType.PERSON, "RUS");
        expect(found, "donald_trump", "Donald Trump", ActorType.PERSON, "USA");
        expect(found, "steve_witkoff", "Steve Witkoff", ActorType.PERSON, "USA");
        expect(found, "kirill_dmitriev", "Kirill Dmitriev", ActorType.PERSON, "RUS");
        expect(found, "andrii_sybiha", "Andrii Sybiha", ActorType.PERSON, "UKR");
        expect(found, "antony_blinken", "Antony Blinken", ActorType.PERSON, "USA");
        expect(found, "nato", "NATO", ActorType.ORGANIZATION, null);
        expect(found, "russia", "Russia", ActorType.COUNTRY, "RUS");
        expect(found, "ukraine", "Ukraine", ActorType.COUNTRY, "UKR");
        expect(found, "united_states", "United States", ActorType.COUNTRY, "USA");
        assertThat(found).doesNotContainKeys("that", "there", "of", "rubio_ukraine", "skepticism", "time");
    }

    @Test
    void surnameBackReferencesResolveThroughTheContext() throws IOException {
        List<String> paragraphs = paragraphs();
        ArticleContext context = new ArticleContext();
        for (int i = 0; i < 6; i++) {
            TestEngine.get().enrich(paragraphs.get(i), context);
        }
        Enrichment seventh = TestEngine.get().enrich(paragraphs.get(6), context);
        assertThat(TestEngine.actor(seventh, "kirill_dmitriev").mentions()).extracting(Mention::text)
                .containsExactly("Dmitriev");
    }

    private static void expect(Map<String, Actor> found, String id, String name, ActorType type, String country) {
        assertThat(found).containsKey(id);
        Actor a = found.get(id);
        assertThat(a.name()).isEqualTo(name);
        assertThat(a.type()).isEqualTo(type);
        assertThat(a.country()).isEqualTo(country);
    }
}
