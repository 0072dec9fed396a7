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
import java.util.BitSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

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
        int start = -1;
        for (int k = 0; k < spans.length; k++) {
            if (start < 0) {
                start = spans[k].getStart();
            }
            int end = spans[k].getEnd();
            if (k + 1 < spans.length && (endsWithNameAbbreviation(text, start, end)
                    || initialsBeforeName(text, start, end, spans[k + 1].getStart())
                    || abbreviationBeforeLowerCase(text, end, spans[k + 1].getStart()))) {
                // "Gen. Smith", "St. Michael", "John F. Kennedy", "J.K. Rowling", "the N.F.L. had": one sentence
                continue;
            }
            List<Token> tokens = tokenizer.tokenize(text, start, end);
            result.add(new Sentence(start, end, tokens, breaks(original, tokens), tagger::tag));
            start = -1;
        }
        return result;
    }

    /** The tokens after a dash or a line break in the original text. */
    private static BitSet breaks(String original, List<Token> tokens) {
        BitSet breaks = new BitSet(tokens.size());
        for (int k = 1; k < tokens.size(); k++) {
            for (int c = tokens.get(k - 1).end(); c < tokens.get(k).start(); c++) {
                char ch = original.charAt(c);
                if (ch == '\n' || ch == '\u2013' || ch == '\u2014' || ch == '\u2015') {
                    breaks.set(k);
                }
            }
        }
        return breaks;
    }

    /** Abbreviations that stand before a name and so never end a sentence. */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.",
            "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "Hon.",
            "Pres.", "Supt.", "Det.", "Brig.", "Cpl.", "Pvt.", "Fr.", "St.", "Mt.", "Ft.", "No.", "vs.", "v.");

    /** Initials that end sentences: places and times ("in the U.S. The", "at 9 A.M. Police"). */
    private static final Set<String> SENTENCE_FINAL_INITIALS = Set.of("U.S.", "U.K.", "U.N.", "E.U.", "D.C.",
            "L.A.", "N.Y.", "U.S.A.", "A.M.", "P.M.", "B.C.", "A.D.");
    /** Words that open sentences and are no surname. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
            "I", "You", "But", "And", "Or", "So", "In", "On", "At", "For", "This", "That", "These", "Those", "There",
            "His", "Her", "Its", "Their", "Our", "My", "If", "When", "While", "As", "After", "Before", "Yet", "Now");
    private static final Pattern MULTIPLE_INITIALS = Pattern.compile("(\\p{Lu}\\.){2,3}");

    /**
     * Whether the span ends with initials of a person ("J.K.", "H.R.", not "U.S.") and the next span opens with a
     * capitalised word that is no usual sentence opener: the surname after them ("J.K. Rowling").
     */
    private static boolean initialsBeforeName(String text, int start, int end, int next) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > start && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, e);
        if (!MULTIPLE_INITIALS.matcher(word).matches() || SENTENCE_FINAL_INITIALS.contains(word)) {
            return false;
        }
        int n = next;
        while (n < text.length() && Character.isLetter(text.charAt(n))) {
            n++;
        }
        String following = text.substring(next, n);
        return following.length() >= 2 && Character.isUpperCase(following.charAt(0))
                && !SENTENCE_OPENERS.contains(following);
    }

    /** A period followed by a lower-case word ends an abbreviation, not a sentence: "the N.F.L. had". */
    private static boolean abbreviationBeforeLowerCase(String text, int end, int next) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && text.charAt(e - 1) == '.' && Character.isLowerCase(text.charAt(next));
    }

    /** Whether the span ends with a title abbreviation or a single-letter initial ("F."). */
    private static boolean endsWithNameAbbreviation(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - start < 2 || text.charAt(e - 1) != '.') {
            return false;
        }
        int b = e - 1;
        while (b > start && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, e);
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0))) {
            return e - b < e - start; // an initial after other words, not a whole one-letter sentence
        }
        return NAME_ABBREVIATIONS.contains(word);
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
