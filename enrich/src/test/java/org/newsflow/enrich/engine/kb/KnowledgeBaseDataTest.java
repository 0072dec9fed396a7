package org.newsflow.enrich.engine.kb;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeBaseDataTest {

    @Test
    void everyBundledEntryIsWellFormedWithUniqueIdsAndValidCountryCodes() {
        List<ActorEntry> all = new ArrayList<>();
        for (String file : BundledKnowledge.ACTOR_FILES) {
            all.addAll(BundledKnowledge.readEntries(file));
        }
        Set<String> ids = new HashSet<>();
        for (ActorEntry e : all) {
            assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
            if (e.country() != null) {
                assertThat(IsoCountries.isValid(e.country())).as("country of %s", e.id()).isTrue();
            }
            if (e.type() == ActorType.PERSON) {
                assertThat(e.role()).as("role of %s", e.id()).isNotNull();
                assertThat(e.cameo()).as("cameo of %s", e.id()).isNotNull();
                assertThat(e.roleFrom()).as("roleFrom of %s", e.id()).isNotNull();
            }
            if (e.roleFrom() != null && e.roleTo() != null) {
                assertThat(e.roleTo()).as("dates of %s", e.id()).isGreaterThanOrEqualTo(e.roleFrom());
            }
        }
        assertThat(all.stream().filter(e -> e.type() == ActorType.COUNTRY)).hasSizeGreaterThan(240);
    }

    @Test
    void demonymsNameExistingCountries() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        BundledKnowledge.readDemonyms().forEach((id, words) ->
                assertThat(kb.get(id)).as("demonyms of %s", id).get().extracting(ActorEntry::type)
                        .isIn(ActorType.COUNTRY, ActorType.LOCATION));
        assertThat(kb.isDemonym("Ukrainian")).isTrue();
    }

    @Test
    void bundledKnowledgeHasCanonicalIds() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.get("marco_rubio")).get().extracting(ActorEntry::name, ActorEntry::country, ActorEntry::cameo)
                .containsExactly("Marco Rubio", "USA", "USAGOV");
        assertThat(kb.get("russia")).get().extracting(ActorEntry::country).isEqualTo("RUS");
        assertThat(kb.get("nato")).get().extracting(ActorEntry::name, ActorEntry::cameo)
                .containsExactly("NATO", "IGOWSTNAT");
        assertThat(kb.entries()).hasSize(kb.size());
    }

    @Test
    void entriesCanBeAddedReplacedAndRemovedAtRunTime() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        ActorEntry jane = new ActorEntry("jane_roe", "Jane Roe", ActorType.PERSON, "CAN", "Mayor of Springfield",
                "CANGOV", List.of("J. Roe"), List.of("Mayor"), "2024-01-01", null, "test");
        kb.put(jane);
        assertThat(kb.get("jane_roe")).contains(jane);
        assertThat(kb.bySurname("Roe")).containsExactly(jane);
        kb.put(new ActorEntry("jane_roe", "Jane Roe", ActorType.PERSON, "USA", null, null, null, null, null, null,
                null));
        assertThat(kb.get("jane_roe")).get().extracting(ActorEntry::country).isEqualTo("USA");
        assertThat(kb.remove("jane_roe")).isTrue();
        assertThat(kb.get("jane_roe")).isEmpty();
        assertThat(kb.bySurname("Roe")).isEmpty();
    }

    @Test
    void malformedEntriesAreRejected() {
        assertThatThrownBy(() -> ActorEntry.of("Not A Slug", "x", ActorType.PERSON, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActorEntry.of("x", "x", ActorType.PERSON, "RU", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugsAreReadable() {
        assertThat(Slugs.of("Andrii Sybiha")).isEqualTo("andrii_sybiha");
        assertThat(Slugs.of("C\u00f4te d'Ivoire")).isEqualTo("cote_divoire");
        assertThat(Slugs.of("Gideon Sa'ar")).isEqualTo("gideon_saar");
    }
}
