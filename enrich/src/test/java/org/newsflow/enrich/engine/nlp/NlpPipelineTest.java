package org.newsflow.enrich.engine.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NlpPipelineTest {

    private static final NlpPipeline NLP = NlpPipeline.english();

    @Test
    void titleAbbreviationsAndInitialsDoNotEndASentence() {
        String text = "He met Gen. Mark Hale at St. Mary's church with John F. Kennedy's aide. Then he left.";
        List<Sentence> sentences = NLP.analyse(text);
        assertThat(sentences).hasSize(2);
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("Then he left.");
    }

    @Test
    void personsInitialsDoNotEndASentence() {
        String text = "The novel by J.K. Rowling sold well. The author was pleased.";
        List<Sentence> sentences = NLP.analyse(text);
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("The novel by J.K. Rowling sold well.", "The author was pleased.");
    }

    @Test
    void aPeriodBeforeALowerCaseWordEndsNoSentence() {
        String text = "He said the N.F.L. had become too concerned. Then he left.";
        List<Sentence> sentences = NLP.analyse(text);
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("He said the N.F.L. had become too concerned.", "Then he left.");
    }
}
