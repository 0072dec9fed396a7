package org.newsflow.enrich.engine.kb;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        for (String file : BundledKnowledge.GENERATED_FILES) {
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
        assertThat(all).hasSizeGreaterThan(30_000);
    }

    @Test
    void countriesSubdivisionsAndOfficeHoldersCarryTheirWikidataIds() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.get("russia")).get().extracting(ActorEntry::wikidata).isEqualTo("Q159");
        assertThat(kb.get("donald_trump")).get().extracting(ActorEntry::wikidata).isEqualTo("Q22686");
        assertThat(kb.get("ohio")).get().extracting(ActorEntry::type, ActorEntry::wikidata)
                .containsExactly(ActorType.LOCATION, "Q1397");
        assertThat(kb.get("hamas")).as("a hand-written party, QID from Party Facts").get()
                .extracting(ActorEntry::wikidata).isEqualTo("Q38799");
        assertThat(kb.entries().stream().filter(e -> e.role() != null && e.role().startsWith("press association")))
                .as("state press associations with their QIDs").hasSizeGreaterThan(40)
                .allSatisfy(e -> assertThat(e.wikidata()).isNotNull());
        assertThat(kb.entries().stream().filter(e -> e.type() == ActorType.COUNTRY && e.wikidata() == null)
                .map(ActorEntry::id)).as("countries without a QID").hasSizeLessThan(5);
        assertThatThrownBy(() -> new ActorEntry("x", "X", ActorType.PERSON, null, null, null, null, null, null,
                null, null, "159")).hasMessageContaining("QID");
    }

    @Test
    void officeTermsAnswerWhoHeldAnOfficeOnADay() {
        OfficeTerms terms = KnowledgeBase.bundled().offices();
        assertThat(terms.holder("President", "USA", java.time.LocalDate.parse("2010-06-01"))).contains("barack_obama");
        assertThat(terms.holder("President", "USA", java.time.LocalDate.parse("2017-01-20")))
                .as("inauguration day belongs to the new term").contains("donald_trump");
        assertThat(terms.holder("Vice President", "USA", java.time.LocalDate.parse("2022-01-01")))
                .contains("kamala_harris");
        assertThat(terms.holder("President", "FRA", java.time.LocalDate.parse("2022-01-01"))).isEmpty();
    }

    @Test
    void federalBodiesListedByShortFormsAreNamedByTheirWikipediaTitles() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.get("united_states_department_of_energy")).get().extracting(ActorEntry::aliases)
                .asList().contains("Energy Department", "Department of Energy");
        assertThat(kb.get("united_states_census_bureau")).get().extracting(ActorEntry::name)
                .isEqualTo("United States Census Bureau");
        assertThat(kb.get("united_states_mint")).isPresent();
        assertThat(kb.get("census_bureau")).isEmpty();
    }

    @Test
    void aBulkListOfLegislatorsDoesNotClaimLoneSurnames() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.get("chuck_schumer")).isPresent();
        assertThat(kb.bySurname("Schumer")).isEmpty();
        assertThat(kb.bySurname("Putin")).extracting(ActorEntry::id).containsExactly("vladimir_putin");
    }

    @Test
    void lookupsStartOnlyWhereSomeNameStarts() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        var tokens = new org.newsflow.enrich.engine.nlp.Tokenizer().tokenize("University of Southern Indiana", 0,
                "University of Southern Indiana".length());
        assertThat(kb.maxSurfaceTokens(tokens, 0)).isGreaterThanOrEqualTo(4);
        assertThat(kb.lookup(tokens, 0, 4)).extracting(s -> s.entry().type()).containsExactly(ActorType.ORGANIZATION);
        var word = new org.newsflow.enrich.engine.nlp.Tokenizer().tokenize("Zorblaxian", 0, 10);
        assertThat(kb.maxSurfaceTokens(word, 0)).isZero();
    }

    @Test
    void anOrganisationsCapitalisedWordWrittenInLowerCaseIsNotItsName() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        var tokenizer = new org.newsflow.enrich.engine.nlp.Tokenizer();
        assertThat(kb.lookup(tokenizer.tokenize("Leeds City", 0, 10), 0, 2)).isNotEmpty();
        assertThat(kb.lookup(tokenizer.tokenize("Leeds city", 0, 10), 0, 2)).isEmpty();
        assertThat(kb.lookup(tokenizer.tokenize("Gaza strip", 0, 10), 0, 2)).extracting(s -> s.entry().type())
                .containsOnly(ActorType.LOCATION);
        // unless an alias writes it so
        assertThat(kb.lookup(tokenizer.tokenize("NATO-Ukraine council", 0, 20), 0, 2))
                .extracting(s -> s.entry().id()).containsExactly("nato_ukraine_council");
    }

    @Test
    void newsAliasesNameGeneratedEntriesAndReachThem() {
        Set<String> generated = new HashSet<>();
        for (String file : BundledKnowledge.GENERATED_FILES) {
            BundledKnowledge.readEntries(file).forEach(e -> generated.add(e.id()));
        }
        Map<String, List<String>> aliases = BundledKnowledge.readAliases(BundledKnowledge.NEWS_ALIASES);
        assertThat(generated).containsAll(aliases.keySet());
        KnowledgeBase kb = KnowledgeBase.bundled();
        aliases.forEach((id, words) -> assertThat(kb.get(id)).get().extracting(ActorEntry::aliases)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsAll(words));
    }

    @Test
    void companiesOfTheIndexAreNamedAsNewsNamesThem() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        // the index files a leading word last: "Coca-Cola Company (The)", "Lilly (Eli)", "Deere & Company"
        assertThat(kb.get("coca_cola_company")).get().extracting(ActorEntry::name, ActorEntry::aliases)
                .containsExactly("The Coca-Cola Company", List.of("Coca-Cola"));
        assertThat(kb.get("eli_lilly")).get().extracting(ActorEntry::name).isEqualTo("Eli Lilly");
        assertThat(kb.get("deere_company")).get().extracting(ActorEntry::aliases).asList().contains("Deere")
                .doesNotContain("Deere &");
        var tokenizer = new org.newsflow.enrich.engine.nlp.Tokenizer();
        assertThat(kb.lookup(tokenizer.tokenize("Exxon", 0, 5), 0, 1)).extracting(s -> s.entry().id())
                .containsExactly("exxonmobil");
        assertThat(kb.lookup(tokenizer.tokenize("Congo", 0, 5), 0, 1)).extracting(s -> s.entry().id())
                .containsExactly("democratic_republic_of_the_congo");
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
