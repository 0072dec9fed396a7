package org.newsflow.enrich.engine.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

/**
 * Sentences (OpenNLP), tokens ({@link Tokenizer}) and lazy part-of-speech tags (OpenNLP) for a paragraph.
 * The OpenNLP models come from the {@code opennlp-models-*-en} jars on the class path; loading them takes a
 * second, so create one pipeline per process. Thread-safe.
 */
public final class NlpPipeline {

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafePOSTaggerME tagger;
    private final Tokenizer tokenizer = new Tokenizer();

    /** Version suffix of the model files of opennlp-models-*-en as pinned in the build. */
    private static final String PINNED_MODEL_VERSION = "1.3-2.5.4";

    private NlpPipeline(SentenceModel sentenceModel, POSModel posModel) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
    }

    /** Loads the English sentence and part-of-speech models from the class path. */
    public static NlpPipeline english() {
        try {
            return new NlpPipeline(new SentenceModel(open("-sentence-")), new POSModel(open("-pos-")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /** Splits {@code original} into sentences and tokens; offsets refer to {@code original}. */
    public List<Sentence> analyse(String original) {
        String text = TypographyNormalizer.normalize(original);
        Span[] spans = sentences.sentPosDetect(text);
        List<Sentence> result = new ArrayList<>(spans.length);
        for (Span span : spans) {
            result.add(new Sentence(span.getStart(), span.getEnd(),
                    tokenizer.tokenize(text, span.getStart(), span.getEnd()), tagger::tag));
        }
        return result;
    }

    /**
     * Each model jar carries a {@code model.properties} naming its model file; look the file up by its kind so a
     * model upgrade needs no code change.
     */
    private static InputStream open(String kind) throws IOException {
        ClassLoader loader = NlpPipeline.class.getClassLoader();
        Enumeration<URL> descriptors = loader.getResources("model.properties");
        while (descriptors.hasMoreElements()) {
            Properties p = new Properties();
            try (InputStream in = descriptors.nextElement().openStream()) {
                p.load(in);
            }
            String name = p.getProperty("model.name", "");
            if (name.startsWith("opennlp-en-") && name.contains(kind)) {
                InputStream model = loader.getResourceAsStream(name);
                if (model != null) {
                    return model;
                }
            }
        }
        // In a single (shaded) jar only one model.properties survives: fall back to the pinned models' file names.
        InputStream pinned = loader.getResourceAsStream("opennlp-en-ud-ewt" + kind + PINNED_MODEL_VERSION + ".bin");
        if (pinned != null) {
            return pinned;
        }
        throw new IOException("no OpenNLP English model with '" + kind + "' on the class path");
    }
}
