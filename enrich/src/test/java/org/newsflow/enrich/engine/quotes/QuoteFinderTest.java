package org.newsflow.enrich.engine.quotes;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Quote;
import org.newsflow.enrich.engine.TestEngine;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {

    @Test
    void speakerBeforeTheQuotation() {
        String text = "Rubio emphasized, \u201CThat time is coming. It\u2019s pretty short,\u201D indicating urgency.";
        Enrichment e = TestEngine.get().enrich(text, new ArticleContext());
        assertThat(e.quotes()).hasSize(1);
        Quote q = e.quotes().get(0);
        assertThat(q.text()).isEqualTo(text.substring(q.start(), q.end()))
                .isEqualTo("That time is coming. It\u2019s pretty short,");
        assertThat(q.speaker()).isEqualTo("marco_rubio");
    }

    @Test
    void speakerAfterTheQuotationAndStraightQuotes() {
        ArticleContext context = new ArticleContext();
        TestEngine.get().enrich("A senior NATO official spoke to reporters.", context);
        Enrichment e = TestEngine.get().enrich("\"Russia is ready to talk,\" the official added.", context);
        assertThat(e.quotes()).singleElement().extracting(Quote::text, Quote::speaker)
                .containsExactly("Russia is ready to talk,", "nato");
    }

    @Test
    void quotationWithoutSpeaker() {
        Enrichment e = TestEngine.get().enrich("It was called \u201Cthe deal of the century\u201D.",
                new ArticleContext());
        assertThat(e.quotes()).singleElement().extracting(Quote::speaker).isNull();
    }
}
