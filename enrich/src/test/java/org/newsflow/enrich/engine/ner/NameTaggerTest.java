package org.newsflow.enrich.engine.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.train.NewsMtscLines;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameTaggerTest {

    private static final NameTagger BUNDLED = NameTagger.bundled(KnowledgeBase.bundled());

    private static List<String> names(String text) {
        Sentence s = NlpPipeline.english().analyse(text).get(0);
        return BUNDLED.tag(s.tokens()).stream()
                .map(n -> text(s.tokens(), n) + "/" + n.type()).toList();
    }

    private static String text(List<Token> tokens, TaggedName n) {
        StringBuilder b = new StringBuilder();
        for (int k = n.from(); k < n.to(); k++) {
            b.append(k > n.from() ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }

    @Test
    void theBundledModelFindsPeopleOrganisationsAndPlaces() {
        assertThat(names("Angela Merkel met the chief executive of Siemens in Munich on Tuesday."))
                .containsExactly("Angela Merkel/PER", "Siemens/ORG", "Munich/LOC");
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        assertThat(names("Teachers say the plan will fail.")).isEmpty();
    }

    @Test
    void aModelWrittenAndReadBackTagsTheSame() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BUNDLED.write(out);
        NameTagger back = NameTagger.read(BUNDLED.featureExtractor(), new ByteArrayInputStream(out.toByteArray()));
        Sentence s = NlpPipeline.english().analyse("Officials in Nairobi said Kenya Airways would resume flights.")
                .get(0);
        assertThat(back.tag(s.tokens())).isEqualTo(BUNDLED.tag(s.tokens()));
    }

    @Test
    void trainingIsDeterministicAndLearnsFromItsData(@TempDir Path dir) throws Exception {
        List<String> common = trainingData(dir, "the talks ended .");
        Files.writeString(dir.resolve("ner").resolve("test.iob2"), "Nobody\tO\n", StandardCharsets.UTF_8);
        byte[][] models = new byte[2][];
        for (int run = 0; run < 2; run++) {
            Path out = dir.resolve("out" + run);
            List<String> args = new ArrayList<>(common);
            args.addAll(List.of("--exclude", "test.iob2", "--runs", "2", "--out", out.toString()));
            NerTrainer.main(args.toArray(String[]::new));
            models[run] = Files.readAllBytes(out.resolve(NameTagger.MODEL));
        }
        assertThat(models[1]).isEqualTo(models[0]);
        NameTagger trained = NameTagger.read(BUNDLED.featureExtractor(), new ByteArrayInputStream(models[0]));
        List<TaggedName> found = trained.tag(NerTrainer.tokens(List.of("Maria", "Lopez", "visited", "Acme", "Corp",
                "in", "Lisbon", ".")));
        assertThat(found).extracting(TaggedName::type).containsExactly(NameType.PER, NameType.ORG, NameType.LOC);
    }

    @Test
    void namesPeopleMarkedInNewsAreLearntThoughTheRestIsUnlabelled(@TempDir Path dir) throws Exception {
        List<String> common = trainingData(dir, "Reporters asked about the vote .");
        StringBuilder news = new StringBuilder(NewsMtscLines.line("Anna Qarvenko smiled .", "Anna Qarvenko"))
                .append('\n');
        for (int k = 0; k < 10; k++) {
            news.append(NewsMtscLines.line("Reporters asked Qarvenko about the vote .", "Qarvenko")).append('\n')
                    .append(NewsMtscLines.line("the vote came before Qarvenko spoke .", "Qarvenko")).append('\n');
        }
        Path partial = Files.writeString(dir.resolve("news.jsonl"), news, StandardCharsets.UTF_8);
        List<String> withNews = new ArrayList<>(common);
        withNews.addAll(List.of("--partial", partial.toString(), "--out", dir.resolve("with").toString()));
        List<String> without = new ArrayList<>(common);
        without.addAll(List.of("--out", dir.resolve("without").toString()));
        NerTrainer.main(withNews.toArray(String[]::new));
        NerTrainer.main(without.toArray(String[]::new));
        List<Token> sentence = NerTrainer.tokens(List.of("Reporters", "asked", "Qarvenko", "about", "the", "vote",
                "."));
        assertThat(trained(dir.resolve("with")).tag(sentence)).extracting(n -> text(sentence, n) + "/" + n.type())
                .contains("Qarvenko/PER");
        assertThat(trained(dir.resolve("without")).tag(sentence)).extracting(n -> text(sentence, n) + "/" + n.type())
                .doesNotContain("Qarvenko/PER");
    }

    /**
     * Writes a small labelled corpus (a sentence with a person, an organisation and a place, and {@code other},
     * a sentence without names, 30 times each) and the word lists the trainer reads; returns the trainer's
     * arguments for them, three epochs.
     */
    private static List<String> trainingData(Path dir, String other) throws Exception {
        Path data = Files.createDirectories(dir.resolve("ner"));
        StringBuilder iob = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            iob.append("# text = Maria Lopez visited Acme Corp in Lisbon .\n")
                    .append("Maria\tB-PER\nLopez\tI-PER\nvisited\tO\nAcme\tB-ORG\nCorp\tI-ORG\nin\tO\nLisbon\tB-LOC\n.\tO\n\n")
                    .append("# text = ").append(other).append('\n');
            for (String w : other.split(" ")) {
                iob.append(w).append("\tO\n");
            }
            iob.append('\n');
        }
        Files.writeString(data.resolve("train.iob2"), iob, StandardCharsets.UTF_8);
        Path glove = Files.writeString(dir.resolve("vectors.txt"),
                "the 0.1 0.2\nvisited 0.3 0.1\nin 0.2 0.2\ntalks 0.5 0.4\nended 0.1 0.9\n", StandardCharsets.UTF_8);
        Path census = Files.writeString(dir.resolve("surnames"), "LOPEZ 0.5 0.5 1\n", StandardCharsets.US_ASCII);
        Path kb = Files.createDirectories(dir.resolve("kb"));
        return List.of("--data", data.toString(), "--glove", glove.toString(), "--surnames", census.toString(),
                "--kb", kb.toString(), "--epochs", "3");
    }

    private static NameTagger trained(Path out) throws Exception {
        return NameTagger.read(BUNDLED.featureExtractor(),
                new ByteArrayInputStream(Files.readAllBytes(out.resolve(NameTagger.MODEL))));
    }
}
