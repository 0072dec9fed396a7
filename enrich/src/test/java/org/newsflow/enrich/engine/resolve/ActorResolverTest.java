package org.newsflow.enrich.engine.resolve;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.TestEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.newsflow.enrich.engine.TestEngine.actor;

class ActorResolverTest {

    private static Enrichment enrich(String text) {
        return TestEngine.get().enrich(text, new ArticleContext());
    }

    @Test
    void titlePatternsResolveTheNameAndTheTitleCountry() {
        Enrichment e = enrich("U.S. Secretary of State Marco Rubio met Russian President Vladimir Putin.");
        assertThat(e.actors()).extracting(Actor::actorId)
                .containsExactly("united_states", "marco_rubio", "russia", "vladimir_putin");
        assertThat(actor(e, "marco_rubio").role()).isEqualTo("U.S. Secretary of State");
    }

    @Test
    void nationalityAdjectivesAreDemonymMentionsOfTheirCountry() {
        Enrichment e = enrich("U.S. Secretary of State Marco Rubio met Russian President Vladimir Putin.");
        Mention russian = actor(e, "russia").mentions().get(0);
        assertThat(russian.text()).isEqualTo("Russian");
        assertThat(russian.kind()).isEqualTo(MentionKind.DEMONYM);
        assertThat(actor(e, "united_states").mentions().get(0).kind()).isEqualTo(MentionKind.NAME);
    }

    @Test
    void namesTheKnowledgeBaseDoesNotKnowAreFoundAndTypedByTheTagger() {
        Enrichment e = enrich("Workers at Zantrix Motors walked out on Monday, union leader Priya Okonkwo-Hale told "
                + "reporters in Tallinn.");
        assertThat(typeOf(e, "Zantrix Motors")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(typeOf(e, "Priya Okonkwo-Hale")).isEqualTo(ActorType.PERSON);
        assertThat(typeOf(e, "Tallinn")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aKnownNameBeforeAnAttributiveParticipleIsThatActorAndTheCompoundNoName() {
        Enrichment e = enrich("The Saudi-led coalition struck again, while a Kremlin-backed group and the "
                + "Republican-led Senate stalled.");
        Mention saudi = actor(e, "saudi_arabia").mentions().get(0);
        assertThat(saudi.text()).isEqualTo("Saudi");
        assertThat(saudi.kind()).isEqualTo(MentionKind.DEMONYM);
        assertThat(actor(e, "russian_government")).isNotNull(); // "the Kremlin"
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("Republican-led", "Saudi-led",
                "Kremlin-backed");
    }

    @Test
    void aLoneUnknownNameThatSpeaksIsAPersonUnlessItIsWhereSomeoneSpeaks() {
        assertThat(typeOfMention(enrich("Bolton said the talks had failed."), "Bolton"))
                .isEqualTo(ActorType.PERSON);
        // the town keeps its place type (and its Wikipedia title as its name)
        assertThat(typeOfMention(enrich("Officials in Henderson said the water was safe."), "Henderson"))
                .isEqualTo(ActorType.LOCATION);
    }

    @Test
    void capitalisedCommonWordsAndContractionsAreNotNames() {
        Enrichment e = enrich("Lawmakers said they've waited. Several teachers agreed, although nothing changed. "
                + "You're right, Teachers said.");
        assertThat(e.actors()).isEmpty();
    }

    @Test
    void unknownNameAfterATitleIsAPersonWithThatRoleAndCountry() {
        Enrichment e = enrich("Ukrainian Foreign Minister Olena Kovalenko arrived on Monday.");
        Actor kovalenko = actor(e, "olena_kovalenko");
        assertThat(kovalenko).isNotNull();
        assertThat(kovalenko.type()).isEqualTo(ActorType.PERSON);
        assertThat(kovalenko.country()).isEqualTo("UKR");
        assertThat(kovalenko.role()).isEqualTo("Ukrainian Foreign Minister");
    }

    @Test
    void titleAloneWithACountryIsItsCurrentHolder() {
        Enrichment e = enrich("Trump spoke with Russia\u2019s leader on Tuesday.");
        Actor putin = actor(e, "vladimir_putin");
        assertThat(putin).isNotNull();
        assertThat(putin.mentions()).extracting(Mention::kind).containsExactly(MentionKind.NOMINAL);
    }

    @Test
    void possessivesAndTheAdministrationOfAHeadOfGovernment() {
        Enrichment e = enrich("Officials within Trump\u2019s administration praised Russia\u2019s sovereign wealth fund.");
        assertThat(e.actors()).extracting(Actor::actorId).contains("donald_trump", "us_government", "russia");
        assertThat(actor(e, "russia").mentions()).extracting(Mention::text).containsExactly("Russia");
    }

    @Test
    void demonymsStandForTheirCountry() {
        Enrichment e = enrich("Ukrainian and Russian negotiators met.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("ukraine", "russia");
    }

    @Test
    void capitalsActingStandForTheirStateAndPlacesStayPlaces() {
        Enrichment e = enrich("Moscow\u2019s objectives are clear. The talks were held in Moscow.");
        assertThat(actor(e, "russia").mentions()).extracting(Mention::text).containsExactly("Moscow");
        assertThat(actor(e, "moscow").type()).isEqualTo(ActorType.LOCATION);
        assertThat(actor(enrich("Skepticism about the Kremlin\u2019s intentions grew."), "russian_government"))
                .isNotNull();
    }

    @Test
    void aCapitalSpeaksForItsStateOnlyWithAVerbOfStatecraftAndIsTheCityOtherwise() {
        assertThat(actor(enrich("Beijing warned against any new tariffs."), "china")).isNotNull();
        assertThat(actor(enrich("Moscow has rejected the proposal."), "russia")).isNotNull();
        Enrichment hosted = enrich("Athens hosted the Games and Athens was a small village once.");
        assertThat(actor(hosted, "greece")).isNull();
        assertThat(actor(hosted, "athens").mentions()).hasSize(2);
        assertThat(actor(enrich("The plan was praised by the Vienna press on Monday."), "austria")).isNull();
    }

    @Test
    void appositionGivesTheRoleNounToTheName() {
        Enrichment e = enrich("Notably, Trump\u2019s envoy, Steve Witkoff, has met Putin twice.");
        assertThat(actor(e, "steve_witkoff").mentions()).extracting(Mention::text, Mention::kind)
                .contains(tuple("envoy", MentionKind.NOMINAL),
                        tuple("Steve Witkoff", MentionKind.NAME));
    }

    @Test
    void adjacentNamesAreNeverMerged() {
        Enrichment e = enrich("Sybiha conveyed to Rubio Ukraine\u2019s concerns.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("andrii_sybiha", "marco_rubio", "ukraine");
        Enrichment unknown = enrich("Jane Roe Ukraine\u2019s ambassador spoke.");
        assertThat(unknown.actors()).extracting(Actor::actorId).containsExactly("jane_roe", "ukraine");
    }

    @Test
    void unknownNamesAreReportedTypedAndSentenceInitialWordsAreNot() {
        Enrichment e = enrich("Meanwhile, analysts said John Brennock, who runs Halvorsen Group, flew to Oslo. "
                + "Skepticism remains.");
        assertThat(e.actors()).extracting(Actor::actorId)
                .containsExactly("john_brennock", "halvorsen_group", "oslo");
        assertThat(actor(e, "john_brennock").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(e, "halvorsen_group").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void surnamesRoleNounsAndPronounsReferBackAcrossParagraphs() {
        ArticleContext context = new ArticleContext();
        TestEngine.get().enrich("Foreign Minister Anna Lindqvist met a senior NATO official.", context);
        Enrichment second = TestEngine.get().enrich("Lindqvist said she was hopeful. The official disagreed.",
                context);
        Actor lindqvist = actor(second, "anna_lindqvist");
        assertThat(lindqvist.mentions()).extracting(Mention::text, Mention::kind).containsExactly(
                tuple("Lindqvist", MentionKind.NAME),
                tuple("she", MentionKind.PRONOUN));
        assertThat(actor(second, "nato").mentions()).extracting(Mention::text).containsExactly("official");
    }

    private static ActorType typeOf(Enrichment e, String name) {
        return e.actors().stream().filter(a -> a.name().equals(name)).findFirst().map(Actor::type).orElse(null);
    }

    private static ActorType typeOfMention(Enrichment e, String text) {
        return e.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .findFirst().map(Actor::type).orElse(null);
    }

    @Test
    void aCityBeforeAnAbbreviatedStateIsAPlaceAndTheStateIsNamed() {
        Enrichment e = enrich("Dan Kildee, a Democrat from Flint, Mich., spoke in Atlanta, Ga.");
        assertThat(typeOf(e, "Flint")).isEqualTo(ActorType.LOCATION);
        assertThat(actor(e, "michigan").mentions()).extracting(Mention::text).containsExactly("Mich.");
        assertThat(actor(e, "georgia_state").type()).isEqualTo(ActorType.LOCATION);
        assertThat(e.actors()).extracting(Actor::actorId).doesNotContain("georgia");
    }

    @Test
    void anHonorificMakesACountrysNameASurname() {
        Enrichment e = enrich("Later, Mr. Jordan pressed Mr. Shulman on whether he had visited the White House.");
        assertThat(typeOfMention(e, "Jordan")).isEqualTo(ActorType.PERSON);
        assertThat(e.actors()).extracting(Actor::type).doesNotContain(ActorType.COUNTRY);
    }

    @Test
    void noTaggedNameEndsInAJoiningWordOrAPersonsPossessive() {
        Enrichment e = enrich("Mr. Reid wants a bill shaped by the Judiciary Committee for floor debate. "
                + "His message was similar to Obama's, speaking about his family.");
        assertThat(e.actors()).flatExtracting(Actor::mentions).extracting(Mention::text)
                .contains("Judiciary Committee", "Obama").doesNotContain("Judiciary Committee for", "Obama's");
        assertThat(typeOfMention(e, "Obama")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aLoneKnownSurnameIsThePersonNotASmallPlaceOfThatName() {
        Enrichment e = enrich("Trump had 28 percent, with Cruz at 23 percent and Rubio at 15 percent.");
        assertThat(typeOfMention(e, "Rubio")).isEqualTo(ActorType.PERSON);
        assertThat(typeOfMention(enrich("A barber in Austin said so."), "Austin")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void initialsWrittenWithPeriodsNameTheKnownOrganisation() {
        Enrichment e = enrich("The F.B.I. and the I.R.S. declined to comment.");
        assertThat(actor(e, "fbi").mentions()).extracting(Mention::text).containsExactly("F.B.I.");
        assertThat(actor(e, "irs").mentions()).extracting(Mention::text).containsExactly("I.R.S.");
    }

    @Test
    void aNationalityInsideAnOrganisationsNameDoesNotCutIt() {
        Enrichment e = enrich("Katherine Kidder, a fellow at the Center for New American Security, remarked on it.");
        assertThat(typeOf(e, "Center for New American Security")).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void anOfficeAfterAPlacesNameIsNoPartOfIt() {
        Enrichment e = enrich("Idleburg said: I am honored to serve as your Lake County Sheriff and am grateful.");
        assertThat(typeOf(e, "Lake County")).isEqualTo(ActorType.LOCATION);
        assertThat(typeOf(e, "Lake County Sheriff")).isNull();
    }

    @Test
    void noNameRunsAcrossADashOrALineBreak() {
        Enrichment e = enrich("It will not bring back Breonna Taylor \u2013 Ahmaud Arbery, or the others.\n"
                + "Their sons are James and Philip\nBack home in Lymington, he was diagnosed.");
        assertThat(e.actors()).flatExtracting(Actor::mentions).extracting(Mention::text)
                .contains("Breonna Taylor", "Ahmaud Arbery", "Philip").doesNotContain("Back", "Philip\nBack");
        assertThat(typeOf(e, "Ahmaud Arbery")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aFaithNamesNoOneThoughAPartysShortNameIsTheSameWord() {
        Enrichment e = enrich("Mr. Trump said the ban could lead Muslim judges to treat him unfairly.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("donald_trump");
    }

    @Test
    void theStateOfTheUnionNamesNoUnion() {
        Enrichment e = enrich("During his State of the Union address, Obama will call on Congress to act.");
        assertThat(e.actors()).extracting(Actor::type).doesNotContainNull()
                .containsExactly(ActorType.PERSON, ActorType.ORGANIZATION);
        assertThat(e.actors()).flatExtracting(Actor::mentions).extracting(Mention::text)
                .containsExactly("Obama", "Congress");
    }

    @Test
    void aGivenNameAndAnOrganisationsShortNameAreOnePerson() {
        Enrichment e = enrich("Among them was Lisa Wagner, a top Midwest fundraiser for Romney in 2012.");
        assertThat(typeOf(e, "Lisa Wagner")).isEqualTo(ActorType.PERSON);
        assertThat(e.actors()).extracting(Actor::actorId).doesNotContain("wagner_group");
    }

    @Test
    void aFrequentSurnameAloneIsAPersonWhereverItStands() {
        Enrichment e = enrich("She later took a jab at Brown while listing her priorities.");
        assertThat(typeOfMention(e, "Brown")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void theUsPartiesAndTheirCommitteesAreKnownByTheirShortNames() {
        Enrichment e = enrich("A GOP lawmaker said the DNC and the RNC disagreed.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("republican_party_us",
                "democratic_national_committee", "republican_national_committee");
    }

    @Test
    void companiesArmedGroupsAndTradeBlocsNewsNamesAreKnown() {
        Enrichment e = enrich("Spotify shares fell after Boko Haram attacks in Nigeria, and Mercosur met in Lima.");
        assertThat(e.actors()).extracting(Actor::actorId, Actor::type).contains(
                tuple("spotify", ActorType.ORGANIZATION), tuple("boko_haram", ActorType.ORGANIZATION),
                tuple("mercosur", ActorType.ORGANIZATION));
    }

    @Test
    void aSurnameBeforeTheNounItModifiesIsThePerson() {
        Enrichment e = enrich("Officials in the Reagan administration knew about the sales near a Canaanite city.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Reagan");
        assertThat(typeOf(e, "Reagan")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aSeatOfGovernmentWhereSomethingHappensIsThePlace() {
        Enrichment e = enrich("Protesters gathered outside the White House, and the White House said nothing.");
        assertThat(e.actors()).extracting(Actor::actorId, Actor::type).containsExactly(
                tuple("white_house", ActorType.LOCATION), tuple("us_government", ActorType.ORGANIZATION));
    }

    @Test
    void aSmallPlaceThatIsTheSurnameOfAKnownPersonIsThePersonAfterAnAim() {
        Enrichment e = enrich("Assad took a shot at Obama, and an encounter between Obama and Castro drew criticism.");
        assertThat(actor(e, "barack_obama").mentions()).extracting(Mention::text).containsExactly("Obama", "Obama");
        assertThat(typeOf(enrich("She grew up in Obama, a town in Japan."), "Obama")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aUsStateAndStateIsItsUniversity() {
        Enrichment e = enrich("Ohio State beat Michigan State, and officials in New York State cheered.");
        assertThat(typeOf(e, "Ohio State")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(typeOf(e, "Michigan State")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(typeOf(e, "New York State")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aPersonsNameIsCutAtALowerCaseWordThatIsNoParticle() {
        Enrichment e = enrich("Merkel and Sarkozy met Berlusconi in Rome, and Ursula von der Leyen met Sisi.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("angela_merkel", "nicolas_sarkozy",
                "silvio_berlusconi", "rome", "ursula_von_der_leyen", "abdel_fattah_el_sisi");
    }

    @Test
    void aMonthAfterAGivenNameIsTheSurname() {
        Enrichment e = enrich("Prime Minister Theresa May met Brian May on Sunday May 5.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Theresa May", "Brian May");
    }

    @Test
    void federalBodiesAreKnownByTheShortFormsNewsUses() {
        Enrichment e = enrich("The DOJ and the CDC disagreed after a ruling of the U.S. Supreme Court.");
        assertThat(e.actors()).extracting(Actor::actorId).contains("united_states_department_of_justice",
                "centers_for_disease_control_and_prevention", "supreme_court_of_the_united_states");
    }

    @Test
    void wordsOnlyACompanyHasMakeTheNameACompany() {
        Enrichment e = enrich("Investors bought shares of Klarna and a stake in Revolut, and Zilch shares fell.");
        assertThat(e.actors()).extracting(Actor::name, Actor::type).containsExactly(
                tuple("Klarna", ActorType.ORGANIZATION), tuple("Revolut", ActorType.ORGANIZATION),
                tuple("Zilch", ActorType.ORGANIZATION));
        assertThat(typeOf(enrich("Musk shares a photo of his rocket."), "Musk")).isEqualTo(ActorType.PERSON);
        assertThat(typeOf(enrich("Quorvix shares fell 4 percent after the company warned."), "Quorvix"))
                .isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void footballClubsAreKnownByTheNamesSportsNewsGivesThem() {
        Enrichment e = enrich("PSG signed a midfielder from Benfica, and Napoli drew with Boca Juniors.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("paris_saint_germain", "sl_benfica",
                "ssc_napoli", "boca_juniors");
    }

    @Test
    void companiesPartiesAndCountriesAreKnownByTheirShortNewsForms() {
        Enrichment e = enrich("Exxon and Lockheed shares rose, Labour said, as fighting went on in eastern Congo.");
        assertThat(e.actors()).extracting(Actor::actorId, Actor::type).containsExactly(
                tuple("exxonmobil", ActorType.ORGANIZATION), tuple("lockheed_martin", ActorType.ORGANIZATION),
                tuple("labour_party_uk", ActorType.ORGANIZATION),
                tuple("democratic_republic_of_the_congo", ActorType.COUNTRY));
        assertThat(enrich("The Vatican said General Electric had paid.").actors()).extracting(Actor::actorId)
                .containsExactly("vatican_city", "ge_aerospace");
    }

    @Test
    void anOrganisationWhoseNameHoldsAnothersIsOneOrganisation() {
        Enrichment e = enrich("Scottish Labour campaigned for a Yes vote, while the Progressive Conservative Party "
                + "of Manitoba opposed it.");
        assertThat(e.actors()).filteredOn(a -> a.type() == ActorType.ORGANIZATION).extracting(Actor::name)
                .containsExactly("Scottish Labour", "Progressive Conservative Party of Manitoba");
        // a known place after "of" inside the name is read whole, not cut at its last word
        assertThat(enrich("It was backed by the Alliance Party of Northern Ireland.").actors())
                .extracting(Actor::name).contains("Alliance Party of Northern Ireland").doesNotContain("Ireland");
        // a modifier before the known name is no part of it
        assertThat(enrich("It must be confirmed by the Republican-led Senate.").actors())
                .extracting(Actor::actorId).containsExactly("us_senate");
    }

    @Test
    void aNameInAppositionToAGroupIsAnOrganisation() {
        Enrichment e = enrich("The Nobel Committee awarded the peace prize to Nihon Hidankyo, a group of atomic "
                + "bomb survivors. It cited Olvan Teague, a company spokesman.");
        assertThat(typeOf(e, "Nihon Hidankyo")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(typeOf(e, "Olvan Teague")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void noNameEndsInAContraction() {
        Enrichment e = enrich("Evidently, Eric hasn’t seen his own father’s film.");
        assertThat(typeOfMention(e, "Eric")).isEqualTo(ActorType.PERSON);
        assertThat(e.actors()).flatExtracting(Actor::mentions).extracting(Mention::text)
                .doesNotContain("Eric hasn’t");
    }

    @Test
    void aPlaceNamedAfterAPersonIsThePlace() {
        Enrichment e = enrich("The meeting at Trump Tower was in June.");
        assertThat(typeOf(e, "Trump Tower")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void timeZonesAndDiseasesNameNoOne() {
        Enrichment e = enrich("The show airs at 9 p.m. EST, after a report on Ebola.");
        assertThat(e.actors()).isEmpty();
    }

    @Test
    void unknownCitiesAndRegionsAreTypedFromTheGazetteer() {
        Enrichment e = enrich("Protests spread from Guangzhou to Hunan, and Kharkiv braced for more.");
        assertThat(typeOf(e, "Guangzhou")).isEqualTo(ActorType.LOCATION);
        assertThat(typeOf(e, "Hunan")).isEqualTo(ActorType.LOCATION);
        assertThat(typeOf(e, "Kharkiv")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aKnownGivenNameMakesAPersonDespiteThePreposition() {
        Enrichment e = enrich("The letter came from Thomas Whitfield and Sydney lay quiet.");
        assertThat(typeOf(e, "Thomas Whitfield")).isEqualTo(ActorType.PERSON);
        assertThat(typeOf(e, "Sydney")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void commonWordsOpeningASentenceAreNotNames() {
        Enrichment e = enrich("Sand and dust storms closed the roads.");
        assertThat(e.actors()).isEmpty();
    }

    @Test
    void titlesOfWorksAreNotActors() {
        Enrichment e = enrich("Jane Keller starred in the 2012 film Quiet Days and sang \"Blue Morning\".");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Jane Keller");
    }

    @Test
    void stackedTitlesAndParticlesBeforeAName() {
        Enrichment e = enrich("The new Prime Minister Lord Ashworth met General de Vries and Reverend John Hale.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Ashworth", "de Vries", "John Hale");
        assertThat(e.actors()).extracting(Actor::type).containsOnly(ActorType.PERSON);
    }

    @Test
    void groupAdjectivesBeforeANounAreNotActors() {
        Enrichment e = enrich("The Canaanite city fell, and the Athenians left.");
        assertThat(e.actors()).isEmpty();
    }

    @Test
    void pluralNamesAfterTheAreGroupsAndEventNamesAreNotActors() {
        Enrichment e = enrich("After the Treaty of Westbury, the Whigs lost ground in the Lowlands.");
        assertThat(typeOf(e, "Whigs")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(typeOf(e, "Westbury")).isNull();
    }

    @Test
    void placeEvidenceBeforeAnUnknownName() {
        Enrichment e = enrich("The army invaded Varnholt, crossed the river Ostra into northern Kelvary and then "
                + "returned to Dunmarsk.");
        assertThat(typeOf(e, "Varnholt")).isEqualTo(ActorType.LOCATION);
        assertThat(typeOf(e, "Ostra")).isEqualTo(ActorType.LOCATION);
        assertThat(typeOf(e, "Kelvary")).isEqualTo(ActorType.LOCATION);
        assertThat(typeOf(e, "Dunmarsk")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void empiresBandsAndRulersOfPlaces() {
        Enrichment e = enrich("The kings of Varnholt paid tribute to the Roman Empire, and the Welsh band Ostra "
                + "Calling played on.");
        assertThat(typeOf(e, "Roman Empire")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(typeOf(e, "Ostra Calling")).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void peoplesBarePlaceWordsNumeralsAndDegreesAreNotActors() {
        Enrichment e = enrich("Kurds and Christians fled along the River in year III, and Anna Berg got an M.A. "
                + "before the AIDS crisis.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Anna Berg");
    }

    @Test
    void aLoneInitialIsNotAnActor() {
        Enrichment e = enrich("P said the talks with Anna Berg went well, and P. agreed.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Anna Berg");
    }

    @Test
    void aPersonsNameGoesOnThroughLowerCaseParticles() {
        Enrichment e = enrich("Dutch historian Pieter van der Quist said nothing, and Anouk van den Broekhof agreed.");
        assertThat(e.actors()).extracting(Actor::name)
                .contains("Pieter van der Quist", "Anouk van den Broekhof")
                .doesNotContain("Pieter", "Pieter van", "Broekhof");
    }

    @Test
    void aKnownOrganisationBeforeATitleIsNotTheStartOfALongerName() {
        Enrichment e = enrich("\"We disagree,\" White House Press Secretary Dana Whitlock said.");
        assertThat(e.actors()).extracting(Actor::name).contains("Dana Whitlock")
                .doesNotContain("White House Press");
        assertThat(typeOf(e, "Dana Whitlock")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aPartyMembersCityOrStateIsThePlace() {
        Enrichment e = enrich("The bombastic Toledo Democrat praised Senator Maria Delgado, Republican of Nevada.");
        assertThat(e.actors()).extracting(Actor::name)
                .contains("Toledo", "Maria Delgado", "Nevada")
                .doesNotContain("Toledo Democrat", "Republican of Nevada");
        assertThat(typeOf(e, "Toledo")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aLoneSurnameAlsoInAnOrganisationsNameIsAPersonAsTheSubjectOfAVerb() {
        Enrichment e = enrich("Witnesses said Brown slammed the car door and ran.");
        assertThat(typeOf(e, "Brown")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aTitledNameGoesOnThroughTheArabicArticle() {
        Enrichment e = enrich("The rebels fought Iraqi President Haidar al-Kazemi on Monday.");
        assertThat(e.actors()).extracting(Actor::name)
                .contains("Haidar al-Kazemi").doesNotContain("Haidar");
    }

    @Test
    void aSurnameWrittenWithItsParticlesAloneKeepsThem() {
        Enrichment e = enrich("The senators praised von der Leyen, and the cells look to bin Laden.");
        assertThat(e.actors()).flatExtracting(Actor::mentions).extracting(Mention::text)
                .contains("von der Leyen", "bin Laden").doesNotContain("Leyen", "Laden");
    }

    @Test
    void initialsOpenAPersonsName() {
        Enrichment e = enrich("The adviser H.R. McMaster met the novelist J.K. Rowling, but the U.S. Senate did not.");
        assertThat(e.actors()).extracting(Actor::name).contains("H.R. McMaster", "J.K. Rowling")
                .doesNotContain("McMaster", "J.K.", "Rowling");
        assertThat(e.actors()).extracting(Actor::type).contains(ActorType.COUNTRY, ActorType.ORGANIZATION);
    }

    @Test
    void aNameRightBeforeAQuotationIsStillAName() {
        Enrichment e = enrich("McConnell said on Sunday that Gorsuch \"deserves to be confirmed\" soon.");
        assertThat(e.actors()).extracting(Actor::name, Actor::type).contains(
                tuple("Gorsuch", ActorType.PERSON));
    }

    @Test
    void anHonorificIsFollowedByASurnameWhateverWordItIs() {
        Enrichment e = enrich("Aides of Mrs May met Dr. King in March.");
        assertThat(e.actors()).extracting(Actor::name, Actor::type).contains(
                tuple("May", ActorType.PERSON),
                tuple("King", ActorType.PERSON));
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("March");
        assertThat(enrich("Mr. President, the country is waiting.").actors()).extracting(Actor::name)
                .doesNotContain("President");
    }

    @Test
    void aPartyMembersWordIsNoActorLikeADemocrat() {
        Enrichment e = enrich("Tory MP Jacob Rees-Mogg and a Democrat, Senator Tim Kaine, spoke.");
        assertThat(e.actors()).extracting(Actor::name).contains("Jacob Rees-Mogg", "Tim Kaine")
                .doesNotContain("Tory", "Democrat");
    }

    @Test
    void aLegislatorsPartyAndStateAreNoActor() {
        Enrichment e = enrich("Rep. Jim Jordan, R-Ohio, and Sen. Bernie Sanders, I-Vt., spoke.");
        assertThat(e.actors()).extracting(Actor::name).contains("Jim Jordan", "Bernie Sanders")
                .doesNotContain("R-Ohio", "I-Vt.", "I-Vt");
    }

    @Test
    void aStormsNameNamesNoOne() {
        Enrichment e = enrich("Hurricane Milton and Tropical Storm Debby hit Florida, where actress Storm Reid lives.");
        assertThat(e.actors()).extracting(Actor::name).contains("Florida", "Storm Reid")
                .doesNotContain("Milton", "Debby", "Storm Debby");
    }

    @Test
    void aWordThatIsNeverANameAloneMayOpenAKnownName() {
        Enrichment e = enrich("Leaders from Latin America and Southeast Asia met in May.");
        assertThat(e.actors()).extracting(Actor::name, Actor::type).containsExactlyInAnyOrder(
                tuple("Latin America", ActorType.LOCATION),
                tuple("Southeast Asia", ActorType.LOCATION));
    }

    @Test
    void aLoneIrishSurnameIsAPerson() {
        Enrichment e = enrich("O'Rourke said he would run again.");
        assertThat(e.actors()).extracting(Actor::name, Actor::type)
                .containsExactly(tuple("O'Rourke", ActorType.PERSON));
    }

    @Test
    void aKnownPlaceAfterAGivenNameIsThatPersonsSurname() {
        Enrichment e = enrich("Basketball star Tyrell Jordan scored 30 points.");
        assertThat(e.actors()).extracting(Actor::name).contains("Tyrell Jordan").doesNotContain("Jordan");
        assertThat(e.actors()).extracting(Actor::type).doesNotContain(ActorType.COUNTRY);
    }

    @Test
    void aCapitalisedArticleBeforeAKnownNameIsNoActor() {
        Enrichment e = enrich("Marta Kolb told The Associated Press that she would run again.");
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("The").contains("Marta Kolb");
        assertThat(e.actors()).filteredOn(a -> a.name().endsWith("Associated Press")).extracting(Actor::type)
                .containsExactly(ActorType.ORGANIZATION);
    }

    @Test
    void aPlaceIsNotTheOnlyKnownPersonWithItsNameUnlessTheArticleNamedThem() {
        Enrichment e = enrich("Her brother opened a small bakery in Austin last spring, the paper reported.");
        assertThat(typeOfMention(e, "Austin")).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aSurnameThatIsAlsoAWordOpensASentenceAsThePersonTheArticleNamedWhenAVerbFollows() {
        ArticleContext context = new ArticleContext();
        TestEngine.get().enrich("Senator Tom Quarrel spoke to reporters on Monday.", context);
        Enrichment said = TestEngine.get().enrich("Quarrel said he would vote against the bill.", context);
        assertThat(said.actors()).extracting(Actor::name).containsExactly("Tom Quarrel");
        assertThat(said.actors().get(0).mentions()).extracting(Mention::text).contains("Quarrel");
        Enrichment noun = TestEngine.get().enrich("Quarrel over the budget delayed the vote.", context);
        assertThat(noun.actors()).isEmpty();
        Enrichment unnamed = enrich("Quarrel has broken out in the party.");
        assertThat(unnamed.actors()).isEmpty();
    }

    @Test
    void aLoneUnknownWordBeforeASpeechVerbOrAnAgeIsAPerson() {
        Enrichment e = enrich("“Taxes are far too high,” Vandergriff said on Monday. Halvorsrud, 53, became the "
                + "city's first mayor.");
        assertThat(typeOf(e, "Vandergriff")).isEqualTo(ActorType.PERSON);
        assertThat(typeOf(e, "Halvorsrud")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aSentenceOpeningWithAKnownPersonsSurnameNamesThem() {
        Enrichment e = enrich("Netanyahu is facing new questions over the budget.");
        assertThat(e.actors()).extracting(Actor::actorId).containsExactly("benjamin_netanyahu");
    }

    @Test
    void handlesDatesContractionsAndPeoplesOfPlacesAreNoActors() {
        Enrichment e = enrich("“I’ll say it again,” wrote @Jim_Jordan on 30 Jun 2016, and Alaskans agreed with "
                + "Marta Kolb.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Marta Kolb");
    }

    @Test
    void anOrganisationsNameGoesOnPastAKnownNameInsideIt() {
        Enrichment e = enrich("Marta Kolb chairs the Republican National Committee.");
        assertThat(typeOf(e, "Republican National Committee")).isEqualTo(ActorType.ORGANIZATION);
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("National Committee");
    }

    @Test
    void aListedLegislatorsSurnameAloneNamesThemOnlyWhenTheWordCanBeNothingElse() {
        Enrichment e = enrich("Asked about the bill, Hickenlooper's office said he would vote for it.");
        assertThat(e.actors()).extracting(Actor::actorId).contains("john_hickenlooper");
        Enrichment lee = enrich("Asked about the bill, Lee said he would vote for it.");
        assertThat(lee.actors()).extracting(Actor::actorId).doesNotContain("mike_lee");
    }

    @Test
    void aGovernmentDescribedByItsCountryOrLeaderIsNoNameButItsWordsAre() {
        Enrichment e = enrich("The Trump administration objected, and the Iranian government said it would wait.");
        assertThat(actor(e, "donald_trump").mentions()).extracting(Mention::text, Mention::kind)
                .containsExactly(tuple("Trump", MentionKind.NAME));
        assertThat(actor(e, "iran").mentions()).extracting(Mention::kind).containsExactly(MentionKind.DEMONYM);
        assertThat(actor(e, "iranian_government").mentions()).extracting(Mention::text, Mention::kind)
                .containsExactly(tuple("government", MentionKind.NOMINAL));
        assertThat(actor(e, "us_government").mentions()).extracting(Mention::kind)
                .containsExactly(MentionKind.NOMINAL);
    }

    @Test
    void aGivenNameGoesOnToTheSurnameTheTaggerLeftOut() {
        Enrichment e = enrich("The mayor thanked Jeff Sessions for his help.");
        assertThat(typeOf(e, "Jeff Sessions")).isEqualTo(ActorType.PERSON);
    }

    @Test
    void anUnknownSurnameInsideASentenceIsAPersonButNotAfterAnArticle() {
        assertThat(typeOf(enrich("The website mocked Hennessey with a headline."), "Hennessey"))
                .isEqualTo(ActorType.PERSON);
        assertThat(enrich("She bought a Hennessey at the shop.").actors()).isEmpty();
    }
}
