package org.newsflow.enrich.engine.identity;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.TestEngine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.enrich.engine.TestEngine.actor;

/** Made-up sentences, one identity class each. */
class IdentityLinkerTest {

    /** Enriches the paragraphs of one article in order; returns each paragraph's enrichment. */
    private static List<Enrichment> article(ArticleContext context, String... paragraphs) {
        List<Enrichment> result = new ArrayList<>();
        for (String p : paragraphs) {
            result.add(TestEngine.get().enrich(p, context));
        }
        return result;
    }

    private static List<Enrichment> article(String... paragraphs) {
        return article(new ArticleContext(), paragraphs);
    }

    private static String idOf(Enrichment e, String mentionText) {
        for (Actor a : e.actors()) {
            for (Mention m : a.mentions()) {
                if (m.text().equals(mentionText)) {
                    return a.actorId();
                }
            }
        }
        return null;
    }

    @Test
    void anAcronymIntroducedInBracketsIsTheNamedOrganisationForTheRestOfTheArticle() {
        List<Enrichment> e = article(
                "The Quorvian Maritime Safety Board (QMSB) opened an inquiry on Tuesday.",
                "A spokesman said the QMSB expected a report within weeks.");
        String board = idOf(e.get(0), "Quorvian Maritime Safety Board");
        assertThat(board).isNotNull();
        assertThat(idOf(e.get(0), "QMSB")).isEqualTo(board);
        assertThat(idOf(e.get(1), "QMSB")).isEqualTo(board);
    }

    @Test
    void anUnknownAcronymSpellingAnOrganisationOfTheArticleIsThatOrganisation() {
        List<Enrichment> e = article(
                "The University of Northern Quorvia announced new scholarships.",
                "UNQ said the first students would arrive in autumn.");
        assertThat(idOf(e.get(1), "UNQ")).isEqualTo(idOf(e.get(0), "University of Northern Quorvia"));
    }

    @Test
    void aShortFormOfAnOrganisationOrPersonNamedEarlierIsTheSameActor() {
        List<Enrichment> e = article(
                "Greenleaf International and Marta Quenby published a report on Monday.",
                "Greenleaf said the findings were alarming, and Marta agreed.");
        assertThat(idOf(e.get(1), "Greenleaf")).isEqualTo(idOf(e.get(0), "Greenleaf International"));
        assertThat(idOf(e.get(1), "Marta")).isEqualTo("marta_quenby");
        assertThat(actor(e.get(1), "marta_quenby").name()).isEqualTo("Marta Quenby");
    }

    @Test
    void theLongestFormInAParagraphIsTheCanonicalName() {
        Enrichment e = article("Quenby spoke first; later Marta Quenby took questions.").get(0);
        assertThat(e.actors()).extracting(Actor::actorId).contains("marta_quenby").doesNotContain("quenby");
        assertThat(actor(e, "marta_quenby").mentions()).extracting(Mention::text)
                .containsExactly("Quenby", "Marta Quenby");
    }

    @Test
    void placesNestRatherThanAbbreviate() {
        List<Enrichment> e = article("Visitors crowd Port Quarle Historic Park every summer.",
                "The ferry to Port Quarle leaves at noon.");
        assertThat(idOf(e.get(1), "Port Quarle")).isNotEqualTo(idOf(e.get(0), "Port Quarle Historic Park"));
    }

    @Test
    void aPersonIsNotTheBodyNamedAfterThem() {
        Enrichment e = article("Republicans renewed their efforts to probe the Clinton Foundation, after tax "
                + "documents showed a plunge in donations after Clinton's failed 2016 presidential campaign.").get(0);
        assertThat(idOf(e, "Clinton")).isNotNull().isNotEqualTo(idOf(e, "Clinton Foundation"));
        assertThat(e.actors()).filteredOn(a -> a.actorId().equals(idOf(e, "Clinton"))).extracting(Actor::type)
                .containsExactly(ActorType.PERSON);
    }

    @Test
    void aTitleGluedToANameIsTheRoleAndItsOrganisationASeparateActor() {
        Enrichment e = article("NASA Administrator Jim Brevard said the launch would go ahead.").get(0);
        Actor person = actor(e, "jim_brevard");
        assertThat(person).isNotNull();
        assertThat(person.type()).isEqualTo(ActorType.PERSON);
        assertThat(person.role()).contains("Administrator");
        assertThat(idOf(e, "NASA")).isNotNull().isNotEqualTo("jim_brevard");
    }

    @Test
    void anOrganisationNamedAfterAPersonIsReportedAsTheOrganisationOnly() {
        Enrichment e = article("Crowds queued outside the Andy Quarrel Museum on Sunday.").get(0);
        assertThat(e.actors()).extracting(Actor::type).containsOnly(ActorType.ORGANIZATION);
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Andy Quarrel Museum");
    }

    @Test
    void aKnownPlaceOrganisationOrPersonInsideTheNameOfAnotherActorIsReportedBesideItAsNested() {
        Enrichment e = article("The Texas Quarlton Institute and the Kyoto Quorvian Society signed an accord "
                + "with the United Nations Office for Quorvian Affairs.").get(0);
        assertThat(nested(e)).containsExactlyInAnyOrder("Texas", "Kyoto", "United Nations");
        assertThat(e.actors()).filteredOn(a -> a.name().equals("Kyoto")).extracting(Actor::type)
                .containsExactly(ActorType.LOCATION);
        // the outer names stay whole name mentions of their own actors
        assertThat(idOf(e, "Texas Quarlton Institute")).isNotNull().isNotEqualTo(idOf(e, "Texas"));
        assertThat(idOf(e, "United Nations Office for Quorvian Affairs")).isNotNull()
                .isNotEqualTo(idOf(e, "United Nations"));
    }

    @Test
    void aPersonNamedOnlyInsideAnotherNameIsNoPersonALaterSurnameRefersTo() {
        List<Enrichment> e = article("Students of the George Washington University protested on Monday.",
                "Washington said the talks would go on.");
        assertThat(nested(e.get(0))).containsExactly("George Washington");
        assertThat(idOf(e.get(1), "Washington")).isNotNull().isNotEqualTo(idOf(e.get(0), "George Washington"));
    }

    @Test
    void smallPlacesUnknownNamesAndPlacesInsideAPlacesNameAreNotNested() {
        Enrichment e = article("Crowds queued outside the Andy Quarrel Museum, the Quarlton Brewing Company and "
                + "the Nashua Chamber Orchestra.").get(0);
        assertThat(nested(e)).isEmpty();
        Enrichment places = article("Flights from New York City and Kansas City to South Carolina were delayed.")
                .get(0);
        assertThat(nested(places)).isEmpty();
    }

    /** The texts of the nested mentions. */
    private static List<String> nested(Enrichment e) {
        List<String> texts = new ArrayList<>();
        for (Actor a : e.actors()) {
            for (Mention m : a.mentions()) {
                if (m.kind() == MentionKind.NESTED) {
                    texts.add(m.text());
                }
            }
        }
        return texts;
    }

    @Test
    void inASportsReportACountryIsItsTeamAndAPlaceStaysAPlace() {
        Enrichment e = article("Brazil beat Croatia 2-1 in Qatar on Friday.").get(0);
        assertThat(idOf(e, "Brazil")).isEqualTo("brazil_national_team");
        assertThat(actor(e, "brazil_national_team").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(e, "brazil_national_team").country()).isEqualTo("BRA");
        assertThat(idOf(e, "Croatia")).isEqualTo("croatia_national_team");
        assertThat(idOf(e, "Qatar")).isEqualTo("qatar");
        Enrichment politics = article("Brazil signed a trade agreement with Croatia.").get(0);
        assertThat(idOf(politics, "Brazil")).isEqualTo("brazil");
    }

    @Test
    void aNominalBackReferenceIsTheMostRecentFittingOrganisation() {
        List<Enrichment> e = article(
                "The Quorvian Fisheries Agency and Marlin Holdings Company signed a deal.",
                "The agency said quotas would rise, while the company declined to comment.");
        Actor agency = e.get(1).actors().stream()
                .filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals("agency"))).findFirst()
                .orElseThrow();
        assertThat(agency.actorId()).isEqualTo(idOf(e.get(0), "Quorvian Fisheries Agency"));
        assertThat(agency.mentions()).extracting(Mention::kind).containsOnly(MentionKind.NOMINAL);
        assertThat(idOf(e.get(1), "company")).isEqualTo(idOf(e.get(0), "Marlin Holdings Company"));
    }

    @Test
    void thePresidentIsTheHolderOnTheArticlesDate() {
        ArticleContext in2010 = new ArticleContext();
        in2010.setDate(LocalDate.parse("2010-06-01"));
        Enrichment e = article(in2010, "The United States raised tariffs, and the president defended the move.")
                .get(0);
        assertThat(idOf(e, "president")).isEqualTo("barack_obama");
        assertThat(actor(e, "barack_obama").wikidata()).isEqualTo("Q76");

        ArticleContext in1995 = new ArticleContext();
        in1995.setDate(LocalDate.parse("1995-06-01"));
        Enrichment earlier = article(in1995, "The United States raised tariffs, and the president defended it.")
                .get(0);
        assertThat(actor(earlier, "bill_clinton")).isNotNull();
    }

    @Test
    void aNameCutAtAMiddleInitialIsOnePersonWhomTheSurnameLaterFinds() {
        List<Enrichment> e = article("Harold J. Quimby taught at the college for years.",
                "Later Quimby moved to the coast.");
        assertThat(idOf(e.get(0), "Harold J. Quimby")).isEqualTo("harold_j_quimby");
        assertThat(actor(e.get(0), "harold_j_quimby").type()).isEqualTo(ActorType.PERSON);
        assertThat(idOf(e.get(1), "Quimby")).isEqualTo("harold_j_quimby");
    }

    @Test
    void aCapitalisedHeadNounAloneRefersBackToTheOrganisationItAbbreviates() {
        List<Enrichment> e = article("The Supreme Court of Quorvia ruled on Monday.",
                "The Court said the law would stand.");
        assertThat(idOf(e.get(1), "Court")).isEqualTo("supreme_court_of_quorvia");
    }

    @Test
    void actorsTheKnowledgeBaseKnowsCarryTheirWikidataId() {
        Enrichment e = article("Russia and Ohio were mentioned; Chuck Schumer replied.").get(0);
        assertThat(actor(e, "russia").wikidata()).isEqualTo("Q159");
        assertThat(actor(e, "chuck_schumer").wikidata()).isEqualTo("Q380900");
        assertThat(e.actors().stream().filter(a -> a.name().equals("Ohio")).findFirst().orElseThrow().wikidata())
                .isEqualTo("Q1397");
    }
    @Test
    void aPlaceOpeningAnOrganisationsNameIsThePlaceNotTheOrganisation() {
        List<Enrichment> e = article("The Quarlton Symphony Orchestra played in Nashua on Friday.",
                "Nashua has added three concert halls since then.");
        assertThat(idOf(e.get(1), "Nashua")).isNotEqualTo(idOf(e.get(0), "Quarlton Symphony Orchestra"));
        List<Enrichment> named = article("The Nashua Chamber Orchestra gave a concert.",
                "Nashua is a quiet town on the river.");
        String town = idOf(named.get(1), "Nashua");
        assertThat(town).isNotNull().isNotEqualTo(idOf(named.get(0), "Nashua Chamber Orchestra"));
    }

    @Test
    void aUsCityIsNamedAsItsWikipediaArticleWithItsStateAndBigCitiesAndLargerNamesakesKeepTheirName() {
        List<Enrichment> e = article("We drove from Fort Lee to Boston in one day.",
                "Fort Lee has a small film museum, and Cambridge has the university.");
        Actor fortLee = e.get(0).actors().stream().filter(a -> a.name().startsWith("Fort Lee")).findFirst()
                .orElseThrow();
        assertThat(fortLee.name()).isEqualTo("Fort Lee, New Jersey");
        assertThat(fortLee.country()).isEqualTo("USA");
        assertThat(idOf(e.get(1), "Fort Lee")).isEqualTo(fortLee.actorId());
        assertThat(e.get(0).actors()).extracting(Actor::name).contains("Boston");
        assertThat(e.get(1).actors()).extracting(Actor::name).contains("Cambridge");
    }

    @Test
    void newYorkAloneIsTheCityUnlessTheWordsAroundItNameTheState() {
        Enrichment city = article("The talks resumed in New York on Monday.").get(0);
        assertThat(city.actors()).extracting(Actor::name).contains("New York City");
        Enrichment state = article("Floods closed roads across upstate New York.").get(0);
        assertThat(state.actors()).extracting(Actor::name).contains("New York").doesNotContain("New York City");
    }

    @Test
    void usPlaceTitlesLeaveOutTheStateOfCitiesTitledAlone() {
        UsPlaceTitles titles = UsPlaceTitles.of(java.util.Map.of("Quarlton", "Ohio", "Chicago", "Illinois"));
        assertThat(titles.title("Quarlton")).isEqualTo("Quarlton, Ohio");
        assertThat(titles.title("Chicago")).isNull();
        assertThat(titles.title("Nowhere")).isNull();
    }

    @Test
    void aFootballClubIsNotTheCityItIsNamedAfterOutsideSportsReports() {
        Enrichment e = article("After a brief period in Frankfurt the family moved to Basel.").get(0);
        assertThat(e.actors()).extracting(Actor::type).doesNotContain(ActorType.ORGANIZATION);
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("Eintracht Frankfurt");
    }

    @Test
    void aPlaceNameThatIsTheSurnameOfAPersonTheArticleNamedIsThatPersonUnlessOnlyAPlaceFits() {
        List<Enrichment> e = article(
                "Mayor Dolores Quimby and Senator Edwin Washington met at the harbour on Monday.",
                "Washington said the port would reopen. Later he flew to Washington for talks.");
        String senator = idOf(e.get(0), "Edwin Washington");
        assertThat(senator).isNotNull();
        Enrichment second = e.get(1);
        List<String> ids = new ArrayList<>();
        for (Actor a : second.actors()) {
            for (Mention m : a.mentions()) {
                if (m.text().equals("Washington")) {
                    ids.add(a.actorId());
                }
            }
        }
        // "Washington said" is the senator; "flew to Washington" the city
        assertThat(ids).hasSize(2).contains(senator).anyMatch(id -> !id.equals(senator));
    }

    @Test
    void aPlaceAfterACapitalisedWordAndOfStaysThePlace() {
        Enrichment e = article("Edwin Jordan met King Abdullah of Jordan in the capital.").get(0);
        assertThat(actor(e, "jordan")).isNotNull();
        assertThat(actor(e, "jordan").type()).isEqualTo(ActorType.COUNTRY);
    }

    @Test
    void aPlaceTheTextQualifiesWithAUsStateIsTitledWithThatStateAndItsShortFormLaterIsTheSamePlace() {
        List<Enrichment> e = article(
                "Flooding closed the main road of Quillby Springs, Arkansas, on Sunday.",
                "Residents of Quillby Springs said the water was receding.");
        Actor town = e.get(0).actors().stream().filter(a -> a.name().startsWith("Quillby Springs")).findFirst()
                .orElseThrow();
        assertThat(town.name()).isEqualTo("Quillby Springs, Arkansas");
        assertThat(town.type()).isEqualTo(ActorType.LOCATION);
        assertThat(e.get(0).actors()).extracting(Actor::name).contains("Arkansas");
        assertThat(idOf(e.get(1), "Quillby Springs")).isEqualTo(town.actorId());
    }

    @Test
    void aBigCityTitledAloneKeepsItsNameDespiteTheStateAfterIt() {
        Enrichment e = article("The convention opened in Chicago, Illinois, on Monday.").get(0);
        assertThat(e.actors()).extracting(Actor::name).contains("Chicago").doesNotContain("Chicago, Illinois");
    }

    @Test
    void aKnownPersonOpeningTheNameOfAPlaceOrBodyNamedAfterThemNamesThatPlaceOrBodyAndIsNestedInIt() {
        Enrichment e = article("Traffic on the George Washington Bridge was slow, and the Clinton Foundation "
                + "said Bill Clinton would speak at the Kennedy Space Center.").get(0);
        assertThat(e.actors()).extracting(Actor::name)
                .contains("George Washington Bridge", "Clinton Foundation", "Kennedy Space Center", "Bill Clinton");
        assertThat(e.actors()).filteredOn(a -> a.name().equals("George Washington")).flatExtracting(Actor::mentions)
                .extracting(Mention::kind).containsOnly(MentionKind.NESTED);
        assertThat(e.actors()).filteredOn(a -> a.name().equals("George Washington Bridge"))
                .extracting(Actor::type).containsExactly(ActorType.LOCATION);
        assertThat(e.actors()).filteredOn(a -> a.name().equals("Clinton Foundation"))
                .extracting(Actor::type).containsExactly(ActorType.ORGANIZATION);
        Enrichment administration = article("Officials of the Trump administration met on Monday.").get(0);
        assertThat(administration.actors()).extracting(Actor::type).doesNotContain(ActorType.LOCATION);
    }

    @Test
    void aPersonNamedWithOrWithoutMiddleNamesIsOnePersonUnderTheFormTheArticleUsedFirst() {
        List<Enrichment> e = article(
                "Antonin Quarlby was born in a small village near the border.",
                "Antonin Leopold Quarlby later moved to the capital.");
        String composer = idOf(e.get(0), "Antonin Quarlby");
        assertThat(composer).isNotNull();
        assertThat(idOf(e.get(1), "Antonin Leopold Quarlby")).isEqualTo(composer);
        List<Enrichment> driver = article(
                "Police named the driver as Harold J. Quimby, 54.",
                "Harold Quimby was released on bail.");
        assertThat(idOf(driver.get(1), "Harold Quimby")).isEqualTo(idOf(driver.get(0), "Harold J. Quimby"));
        Enrichment family = article("Donald Trump Jr. and Donald Trump spoke.").get(0);
        assertThat(idOf(family, "Donald Trump")).isNotEqualTo(idOf(family, "Donald Trump Jr."));
    }

    @Test
    void aFormOfAddressIsTheOfficeHolderOnTheArticlesDate() {
        ArticleContext in2020 = new ArticleContext();
        in2020.setDate(LocalDate.parse("2020-06-01"));
        Enrichment e = article(in2020, "A member of the United States House rose in the debate on the United States "
                + "budget: Madam Speaker, I thank you. Mr. President, the country is waiting.").get(0);
        assertThat(idOf(e, "Speaker")).isEqualTo("nancy_pelosi");
        assertThat(idOf(e, "President")).isEqualTo("donald_trump");
        Enrichment named = article(in2020, "In the United States, Mr. President Quarles spoke.").get(0);
        assertThat(idOf(named, "President")).isNotEqualTo("donald_trump");
    }
}
