package org.newsflow.enrich.engine.sentiment;

import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.tone.ToneLexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Features of a sentence as seen from one target (the actor whose portrayal is asked) or as a whole. Word
 * features carry where the word stands relative to the target (side and distance), whether it sits in a
 * negation's scope, behind a contrast, inside a quotation, or nearer another actor than the target; lexicon
 * valences are pooled the same way. Thread-safe.
 */
public final class SentimentFeatures {

    /** Token roles: the target's own mention, another actor's mention, anything else. */
    public static final byte OTHER = 0;
    public static final byte TARGET = 1;
    public static final byte OTHER_ACTOR = 2;

    private static final int NEAR = 3;
    private static final int WINDOW = 8;

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "without", "cannot", "hardly", "barely", "lack", "lacks", "lacked", "refused",
            "refuses", "failed", "fails");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "although", "though", "despite",
            "while", "whereas");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "wrote",
            "tweeted", "stated", "argued", "claimed", "insisted", "warned", "noted", "explained", "declared",
            "according", "asked", "replied", "responded", "suggested", "announced", "acknowledged", "admitted");

    private final ToneLexicon lexicon;

    public SentimentFeatures(ToneLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Features of {@code tokens} about the target whose tokens have role {@link #TARGET}. */
    public FeatureVector target(List<Token> tokens, byte[] roles) {
        return target(prepare(tokens), roles);
    }

    /** Like {@link #target(List, byte[])} over a sentence prepared once for all its actors. */
    public FeatureVector target(Prepared p, byte[] roles) {
        List<Token> tokens = p.tokens;
        FeatureVector f = new FeatureVector();
        f.add("bias");
        int n = tokens.size();
        int first = -1;
        int last = -1;
        int targets = 0;
        boolean targetQuoted = false;
        boolean pronoun = true;
        for (int i = 0; i < n; i++) {
            if (roles[i] == TARGET) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                targets++;
                targetQuoted |= p.quoted[i];
                pronoun &= p.lower[i] != null && PRONOUNS.contains(p.lower[i]);
            }
        }
        if (first < 0) {
            return sentence(p);
        }
        if (first <= 1) {
            f.add("t:first");
        }
        if (targetQuoted) {
            f.add("t:quoted");
        }
        if (pronoun) {
            f.add("t:pronoun");
        }
        int[] distance = new int[n];
        int[] otherDistance = new int[n];
        for (int i = 0; i < n; i++) {
            distance[i] = Integer.MAX_VALUE;
            otherDistance[i] = Integer.MAX_VALUE;
        }
        sweep(roles, TARGET, distance);
        sweep(roles, OTHER_ACTOR, otherDistance);
        boolean speaker = false;
        double[] pooled = new double[12];
        for (int i = 0; i < n; i++) {
            if (roles[i] != OTHER || p.lower[i] == null) {
                if (roles[i] == TARGET && i + 1 < n && tokens.get(i + 1).isPossessiveMarker()) {
                    f.add("t:possessive");
                }
                continue;
            }
            String w = p.lower[i];
            boolean left = i < first;
            int d = distance[i];
            if (d <= 2 && SAYING.contains(w)) {
                speaker = true;
            }
            boolean nearerOther = otherDistance[i] < d;
            boolean crossesContrast = crosses(p, i, left ? first : last);
            String scoped = p.scoped[i];
            if (d <= NEAR) {
                f.add(left ? FeatureVector.NEAR_LEFT : FeatureVector.NEAR_RIGHT, scoped, 1f);
            } else if (d <= WINDOW && !nearerOther) {
                f.add(left ? FeatureVector.MID_LEFT : FeatureVector.MID_RIGHT, scoped, 1f);
            }
            boolean quotedApart = p.quoted[i] && !targetQuoted;
            if (quotedApart) {
                f.add(FeatureVector.QUOTED, scoped, 1f);
            }
            f.add(FeatureVector.WORD, scoped, 1f);
            float near = d <= WINDOW ? 1f / d : 0f;
            boolean inClause = p.clause[i] == p.clause[first] || p.clause[i] == p.clause[last];
            f.addWord(w, left ? near : 0f, left ? 0f : near, 1f, d <= NEAR ? 1f : 0f, inClause ? 1f : 0f);
            double v = p.valence[i];
            if (v != 0) {
                int bucket = d <= NEAR ? 0 : d <= WINDOW ? 1 : 2;
                int slot = (nearerOther ? 6 : 0) + (crossesContrast ? 3 : 0) + bucket;
                pooled[slot] += v;
                f.add(LEXICON_NAMES[left ? 0 : 1][bucket][nearerOther ? 1 : 0][quotedApart ? 1 : 0][v > 0 ? 1 : 0]);
                if (d <= NEAR) {
                    f.add(left ? FeatureVector.VALENCE_LEFT : FeatureVector.VALENCE_RIGHT, scoped, 1f);
                }
            }
        }
        boolean othersPresent = false;
        for (byte r : roles) {
            othersPresent |= r == OTHER_ACTOR;
        }
        for (int k = 0; k < pooled.length; k++) {
            if (pooled[k] != 0) {
                f.add(POOL_NAMES[k], (float) squash(pooled[k]));
            }
        }
        if (speaker) {
            f.add("t:speaker");
        }
        if (othersPresent) {
            f.add("t:others");
        }
        if (targets > 1) {
            f.add("t:repeated");
        }
        bigrams(p, roles, f);
        sentenceTone(p, f);
        return f;
    }

    /** Features of the whole sentence, for the tone of sentences and paragraphs. */
    public FeatureVector sentence(List<Token> tokens) {
        return sentence(prepare(tokens));
    }

    /** Like {@link #sentence(List)} over a prepared sentence. */
    public FeatureVector sentence(Prepared p) {
        List<Token> tokens = p.tokens;
        FeatureVector f = new FeatureVector();
        f.add("bias");
        byte[] none = new byte[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String w = p.lower[i];
            if (w == null) {
                continue;
            }
            f.add(FeatureVector.WORD, p.scoped[i], 1f);
            if (p.quoted[i]) {
                f.add(FeatureVector.QUOTED, p.scoped[i], 1f);
            }
            f.addWord(w, 0f, 0f, 1f);
            if (p.valence[i] != 0) {
                f.add(p.valence[i] > 0 ? "lx+" : "lx-");
            }
        }
        bigrams(p, none, f);
        sentenceTone(p, f);
        return f;
    }

    private static void bigrams(Prepared p, byte[] roles, FeatureVector f) {
        String previous = "<s>";
        boolean previousPlain = true;
        for (int i = 0; i < p.lower.length; i++) {
            boolean plain = roles[i] == OTHER;
            String w = roles[i] == TARGET ? "<T>" : roles[i] == OTHER_ACTOR ? "<A>" : p.lower[i];
            if (w == null) {
                continue;
            }
            if (plain && previousPlain) {
                f.add(p.plainBigram[i]); // both words as they are: the name is the same for every target
            } else if (!w.equals(previous) || !w.startsWith("<")) {
                f.add("b:" + previous + "_" + w);
            }
            previous = w;
            previousPlain = plain;
        }
    }

    private static void sentenceTone(Prepared p, FeatureVector f) {
        double sum = 0;
        double pos = 0;
        double neg = 0;
        for (double v : p.valence) {
            sum += v;
            pos += Math.max(v, 0);
            neg += Math.min(v, 0);
        }
        f.add("s:tone", (float) squash(sum));
        f.add("s:pos", (float) squash(pos));
        f.add("s:neg", (float) squash(neg));
    }

    private static double squash(double x) {
        return x / Math.sqrt(x * x + 15.0);
    }

    private static void sweep(byte[] roles, byte role, int[] distance) {
        int n = roles.length;
        int lastSeen = -1;
        for (int i = 0; i < n; i++) {
            if (roles[i] == role) {
                lastSeen = i;
            } else if (lastSeen >= 0) {
                distance[i] = Math.min(distance[i], i - lastSeen);
            }
        }
        lastSeen = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (roles[i] == role) {
                lastSeen = i;
            } else if (lastSeen >= 0) {
                distance[i] = Math.min(distance[i], lastSeen - i);
            }
        }
    }

    private static boolean crosses(Prepared p, int from, int to) {
        int a = Math.min(from, to);
        int b = Math.max(from, to);
        for (int k = a + 1; k < b; k++) {
            if (p.contrast[k]) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation and words that open a new clause: the target's clause is the region its own predicate spans. */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "--", "-");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "yet", "although", "though",
            "despite", "while", "whereas", "who", "which", "whom", "whose", "because", "after", "before", "when",
            "since", "if", "unless", "as");

    /** Names of the pooled-valence features by slot, and of the lexicon-cue features by side, distance bucket,
     * nearer another actor, quoted apart from the target, and polarity: built once, not for every target. */
    private static final String[] POOL_NAMES = new String[12];
    private static final String[][][][][] LEXICON_NAMES = new String[2][3][2][2][2];

    static {
        for (int k = 0; k < POOL_NAMES.length; k++) {
            POOL_NAMES[k] = "pool" + k;
        }
        for (int side = 0; side < 2; side++) {
            for (int bucket = 0; bucket < 3; bucket++) {
                for (int other = 0; other < 2; other++) {
                    for (int quoted = 0; quoted < 2; quoted++) {
                        for (int positive = 0; positive < 2; positive++) {
                            LEXICON_NAMES[side][bucket][other][quoted][positive] = "lx" + (side == 0 ? "L" : "R")
                                    + bucket + (other == 1 ? "o" : "") + (quoted == 1 ? "q" : "")
                                    + (positive == 1 ? "+" : "-");
                        }
                    }
                }
            }
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "we", "us", "our", "i", "me", "my", "you", "your");

    /**
     * Lower-case words (null for punctuation), negation scope, quotation, contrast words and valences, and the
     * names of the features that do not depend on the target, built once per sentence.
     */
    public Prepared prepare(List<Token> tokens) {
        int n = tokens.size();
        Prepared p = new Prepared(tokens);
        String previousWord = "<s>";
        int negationLeft = 0;
        boolean quoted = false;
        int clause = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (text.equals("\"")) {
                quoted = !quoted;
                negationLeft = 0;
                p.clause[i] = ++clause;
                continue;
            }
            p.quoted[i] = quoted;
            if (!t.isWord()) {
                if (CLAUSE_MARKS.contains(text)) {
                    clause++;
                }
                p.clause[i] = clause;
                if (text.equals(",") || text.equals(";") || text.equals(":")) {
                    negationLeft = 0;
                }
                continue;
            }
            String w = text.toLowerCase(Locale.ROOT);
            if (CLAUSE_WORDS.contains(w)) {
                clause++;
            }
            p.clause[i] = clause;
            p.lower[i] = w;
            p.contrast[i] = CONTRASTS.contains(w);
            p.negated[i] = negationLeft > 0;
            double v = lexicon.valence(w);
            p.valence[i] = p.negated[i] ? -0.74 * v : v;
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                negationLeft = 3;
            } else if (negationLeft > 0) {
                negationLeft--;
            }
            p.scoped[i] = p.negated[i] ? "~" + w : w;
            p.plainBigram[i] = "b:" + previousWord + "_" + w;
            previousWord = w;
        }
        return p;
    }

    /** A sentence read once, for the features of each of its targets. */
    public static final class Prepared {
        final List<Token> tokens;
        /** The lower-case word, marked "~" in a negation's scope. */
        final String[] scoped;
        final String[] plainBigram;
        final String[] lower;
        final boolean[] negated;
        final boolean[] quoted;
        final boolean[] contrast;
        final double[] valence;
        final int[] clause;
        /** The attention reader's {@link AttentionSentimentModel#wordInputs}, computed for the first target. */
        float[] attentionInputs;
        /** The per-actor linear model's lookups for this sentence's targets. */
        final LinearSentimentModel.Lookups actorLookups = new LinearSentimentModel.Lookups();

        Prepared(List<Token> tokens) {
            int n = tokens.size();
            this.tokens = tokens;
            scoped = new String[n];
            plainBigram = new String[n];
            lower = new String[n];
            negated = new boolean[n];
            quoted = new boolean[n];
            contrast = new boolean[n];
            valence = new double[n];
            clause = new int[n];
        }
    }
}
