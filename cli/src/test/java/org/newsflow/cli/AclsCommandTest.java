package org.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import picocli.CommandLine;

/** {@code newsflow acls --for SERVICE}: the table the README shows, and commands an operator can paste. */
class AclsCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = ServiceCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void enrichMayWriteTheEnrichedTopicAndTheReferenceTopicButOnlyReadParagraphs() {
        String table = run("acls", "--for", "enrich");

        assertThat(table).contains("User:enrich");
        assertThat(table.lines().filter(l -> l.contains(" news.paragraphs.enriched ")))
                .singleElement().asString().contains("WRITE").doesNotContain("READ");
        assertThat(table.lines().filter(l -> l.contains(" news.actors.reference ")))
                .singleElement().asString().contains("READ,WRITE");
        assertThat(table.lines().filter(l -> l.contains(" news.paragraphs ")))
                .singleElement().asString().contains("READ").doesNotContain("WRITE");
        assertThat(table).contains("TRANSACTIONAL_ID  PREFIXED  newsflow-enrich-");
    }

    @Test
    void ingestAndProjectionsNeverWriteTheReferenceOrEnrichedTopics() {
        for (String service : new String[] {"ingest", "projections"}) {
            String table = run("acls", "--for", service);
            assertThat(table.lines().filter(l -> l.contains(" news.actors.reference ")
                    || l.contains(" news.paragraphs.enriched ")))
                    .as(service).noneMatch(l -> l.contains("WRITE"));
        }
    }

    @Test
    void commandsFollowTheConfiguredPrefixAndApplicationIds() {
        String commands = run("acls", "--for", "projections", "--commands", "--principal", "User:views",
                "-D", ConfigKeys.TOPIC_PREFIX + "=staging.", "-D", ConfigKeys.PROJECTIONS_APPLICATION_ID + "=views");

        assertThat(commands).contains("--allow-principal User:views --operation Read --topic "
                + "staging.news.paragraphs.enriched");
        assertThat(commands).contains("--operation All --topic views- --resource-pattern-type prefixed");
        assertThat(commands).contains("--transactional-id views- --resource-pattern-type prefixed");
    }
}
