package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.resolve.Resolution;
import org.newsflow.enrich.engine.tone.ToneResult;

import java.util.List;

/** The enrichment together with the intermediate results it was built from (for evaluation and debugging). */
public record Analysis(List<Sentence> sentences, Resolution resolution, ToneResult tone, Enrichment enrichment) {
}
