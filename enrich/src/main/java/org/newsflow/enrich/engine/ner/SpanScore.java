package org.newsflow.enrich.engine.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Exact-span precision, recall and F1 of the tagger alone on labelled sentences, typed and untyped. */
record SpanScore(int tp, int fp, int fn, int untypedTp, int untypedFp, int untypedFn) {

    static SpanScore of(NameTagger tagger, List<IobCorpus.Sentence> sentences) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int utp = 0;
        int ufp = 0;
        int ufn = 0;
        for (IobCorpus.Sentence s : sentences) {
            Set<String> gold = gold(s.tags());
            Set<String> goldSpans = strip(gold);
            Set<String> predicted = new HashSet<>();
            for (TaggedName n : tagger.tag(NerTrainer.tokens(s.tokens()))) {
                predicted.add(n.from() + ":" + n.to() + ":" + n.type());
            }
            Set<String> predictedSpans = strip(predicted);
            for (String p : predicted) {
                if (gold.contains(p)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += (int) gold.stream().filter(g -> !predicted.contains(g)).count();
            for (String p : predictedSpans) {
                if (goldSpans.contains(p)) {
                    utp++;
                } else {
                    ufp++;
                }
            }
            ufn += (int) goldSpans.stream().filter(g -> !predictedSpans.contains(g)).count();
        }
        return new SpanScore(tp, fp, fn, utp, ufp, ufn);
    }

    static Set<String> gold(List<String> tags) {
        Set<String> spans = new HashSet<>();
        int t = 0;
        while (t < tags.size()) {
            int label = Labels.parse(tags.get(t));
            if (label == Labels.O) {
                t++;
                continue;
            }
            NameType type = Labels.type(label);
            int end = t + 1;
            while (end < tags.size() && Labels.parse(tags.get(end)) == Labels.inside(type)) {
                end++;
            }
            spans.add(t + ":" + end + ":" + type);
            t = end;
        }
        return spans;
    }

    private static Set<String> strip(Set<String> typed) {
        Set<String> spans = new HashSet<>();
        for (String s : typed) {
            spans.add(s.substring(0, s.lastIndexOf(':')));
        }
        return spans;
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "typed P/R/F1 %.3f / %.3f / %.3f, untyped F1 %.3f",
                tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), f1(tp, fp, fn),
                f1(untypedTp, untypedFp, untypedFn));
    }
}
