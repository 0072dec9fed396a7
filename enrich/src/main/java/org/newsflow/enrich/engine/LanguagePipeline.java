package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;

/**
 * The engine's language pipeline on its own: sentence split, tokens and part-of-speech tags, without finding
 * actors, tone or quotes. What the engine cannot be faster than, so benchmarks measure it beside the engine.
 */
public final class LanguagePipeline {

    private final NlpPipeline nlp = NlpPipeline.english();

    /** Splits, tokenises and tags {@code text}; returns the number of sentences. */
    public int analyse(String text) {
        int sentences = 0;
        for (Sentence sentence : nlp.analyse(text)) {
            if (sentence.size() > 0) {
                sentence.tag(0); // tags the whole sentence
            }
            sentences++;
        }
        return sentences;
    }
}
