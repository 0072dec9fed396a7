package org.newsflow.enrich.engine.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.NlpPipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.enrich.train.NewsMtscLines.line;

class PartialNamesTest {

    /** The marked names of the lines' sentences, "[" where a name begins at its first word, "]" where it ends. */
    private static List<String> names(Path dir, String... lines) throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (PartialNames.PartialSentence s : PartialNames.fromNewsMtsc(file, NlpPipeline.english(),
                Lexicon.bundled(KnowledgeBase.bundled()))) {
            for (PartialNames.MarkedName n : s.names()) {
                StringBuilder name = new StringBuilder(n.begins() ? "[" : "");
                for (int k = n.first(); k <= n.last(); k++) {
                    name.append(k > n.first() ? " " : "").append(s.tokens().get(k).text());
                }
                names.add(name.append(n.ends() ? "]" : "") + "/" + n.type());
            }
        }
        return names;
    }

    @Test
    void aPersonsMarkedNameEndsAtTheSurnameWithoutItsPossessiveAndHoldsTheGivenName(@TempDir Path dir)
            throws Exception {
        assertThat(names(dir, line("Attorney General Jeff Kowalczykiewicz’s lawyers met Mr. Qarvenko on Monday.",
                "Attorney General Jeff Kowalczykiewicz’s", "Mr. Qarvenko")))
                .containsExactly("Jeff Kowalczykiewicz]/PER", "Qarvenko]/PER");
    }

    @Test
    void aLoneSurnameIsAPersonWhereAnotherMarkNamesThePersonInFull(@TempDir Path dir) throws Exception {
        assertThat(names(dir, line("Kowalczykiewicz spoke.", "Kowalczykiewicz"),
                line("Anna Kowalczykiewicz smiled.", "Anna Kowalczykiewicz"),
                line("Qarvenko spoke.", "Qarvenko")))
                .containsExactly("[Kowalczykiewicz]/PER", "[Anna Kowalczykiewicz]/PER");
    }

    @Test
    void knownOrganisationsAreTypedAndPlacesLeftToTheLabelledData(@TempDir Path dir) throws Exception {
        assertThat(names(dir, line("Officials in Germany say Google and the FBI agreed.", "Germany", "Google",
                "the FBI"))).containsExactly("[Google]/ORG");
    }

    @Test
    void aMarkBeforeACapitalisedWordMayBePartOfALongerName(@TempDir Path dir) throws Exception {
        assertThat(names(dir, line("Donald Trump Jr. spoke.", "Donald Trump"))).containsExactly("[Donald Trump/PER");
    }

    @Test
    void mentionsNotWrittenAsNamesTeachNothing(@TempDir Path dir) throws Exception {
        assertThat(names(dir,
                line("The former president said on Thursday that She agreed.", "The former president",
                        "Thursday", "She"),
                line("Mr. Gowdy, 49, left.", "Mr. Gowdy, 49"))).isEmpty();
    }
}
