package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticMembershipTest {

    @TempDir
    Path state;

    @Test
    void anInstanceKeepsItsIdAcrossRestartsAndAnotherStateDirectoryIsAnotherInstance(@TempDir Path other) {
        String first = StaticMembership.instanceId(state, "newsflow-enrich");

        assertThat(first).startsWith("newsflow-enrich-");
        assertThat(StaticMembership.instanceId(state, "newsflow-enrich")).isEqualTo(first);
        assertThat(StaticMembership.instanceId(other, "newsflow-enrich")).isNotEqualTo(first);
        assertThat(StaticMembership.instanceId(state, "newsflow-ingest")).isNotEqualTo(first);
    }
}
