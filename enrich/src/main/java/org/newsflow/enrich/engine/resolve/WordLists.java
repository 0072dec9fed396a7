package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Closed word classes that name detection and reference resolution rely on. */
public final class WordLists {

    private WordLists() {
    }

    /** Capitalised only because they start a sentence: never the start of a name there. */
    static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "this", "that", "these", "those", "in",
            "on", "at", "for", "from", "with", "by", "of", "to", "as", "after", "before", "during", "since", "until",
            "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "if", "but", "and", "or",
            "so", "yet", "although", "though", "because", "however", "meanwhile", "moreover", "furthermore",
            "still", "also", "then", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his",
            "her", "their", "our", "my", "your", "some", "many", "most", "several", "all", "both", "each", "every",
            "any", "no", "not", "one", "two", "three", "amid", "among", "despite", "under", "over", "about",
            "against", "between", "within", "without", "following", "according", "instead", "indeed", "overall",
            "ultimately", "notably", "recently", "earlier", "later", "now", "today", "yesterday", "last", "next",
            "such", "other", "another", "more", "less", "even", "only", "just", "perhaps", "maybe", "nevertheless",
            "nonetheless", "thus", "therefore", "hence", "additionally", "similarly", "likewise", "unlike", "like",
            "once", "whether", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "let", "please", "yes", "oh", "well",
            "through", "throughout", "across", "around", "near", "into", "onto", "upon", "via", "per", "toward",
            "towards", "beyond", "behind", "below", "above", "inside", "outside", "up", "down", "out", "off");

    /** Regnal numbers and generational suffixes: part of a name ("World War II"), never a name alone. */
    static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "Jr.", "Sr.");

    /** Participles that make "X-led" an attribute of X, not a name ("Saudi-led", "Kremlin-backed"). */
    static final Set<String> ATTRIBUTIVE_PARTICIPLES = Set.of("led", "backed", "based", "born", "owned", "run",
            "funded", "allied", "aligned", "controlled", "sponsored", "supported", "dominated", "occupied", "held",
            "brokered", "made", "linked", "affiliated", "leaning", "appointed", "installed", "imposed", "annexed",
            "trained", "armed", "financed", "operated", "friendly", "focused");

    /** Words that join the parts of a name ("Bank of England") and so never end one. */
    static final Set<String> JOINING_WORDS = Set.of("of", "for", "and", "the", "in", "on", "at", "to", "with",
            "by", "from", "&");

    /** Days of the week: never part of a name ("Lindqvist Monday attacked" is Lindqvist, on Monday). */
    static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    /** Members of a party after the place they represent ("the Ohio Democrat", "a Texas Republican"). */
    static final Set<String> PARTY_MEMBERS = Set.of("Republican", "Republicans", "Democrat", "Democrats", "Tory",
            "Tories");

    /** Titles that take "of" and a place inside a person's name ("Prince William of Wales"). */
    static final Set<String> TITLES_OF_PLACE = Set.of("King", "Queen", "Prince", "Princess", "Duke", "Duchess",
            "Earl", "Count", "Countess", "Lord", "Lady", "Emperor", "Empress", "Archduke", "Grand", "Sultan", "Emir");

    /** Capitalised words that are not actors wherever they stand. */
    /** Months as news abbreviates them in dates. */
    static final Set<String> MONTH_ABBREVIATIONS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
            "Oct.", "Nov.", "Dec.");

    /** Words that stand before a common noun, seldom before a person's name. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your",
            "our", "their", "its", "every", "each", "any", "some", "no");

    /** Nouns of companies, clubs, bands and parties, which a name in apposition to them is. */
    private static final Set<String> BODY_NOUNS = Set.of("band", "company", "firm", "label", "studio", "club",
            "newspaper", "magazine", "airline", "broadcaster", "carmaker", "automaker", "retailer", "publisher",
            "charity", "conglomerate", "startup", "start-up", "manufacturer", "insurer", "lender", "militia", "party",
            "network", "chain", "brewer");

    /** Nouns right before a name that make it an organisation: "the Icelandic band X", "the carmaker X". */
    static final Set<String> ORGANIZATION_NOUNS_BEFORE = union(BODY_NOUNS, "supergroup", "duo", "trio", "quartet",
            "ensemble", "choir", "rebels", "faction", "tabloid", "daily", "weekly", "giant", "bands", "companies",
            "firms", "labels", "clubs", "newspapers", "magazines", "airlines", "parties");

    /** Nouns of bodies that make a name in apposition before them one: "Nihon Hidankyo, a group of survivors". */
    static final Set<String> ORGANIZATION_NOUNS = union(BODY_NOUNS, "group", "groups", "organisation",
            "organization", "movement", "coalition", "alliance", "agency", "bank", "union", "foundation", "nonprofit",
            "non-profit", "institute", "association", "federation", "league", "subsidiary", "watchdog",
            "consultancy", "outlet");

    /** Words that may follow a body's noun at the end of an apposition: ", a group of", ", a bank that". */
    static final Set<String> AFTER_A_BODY = Set.of("of", "that", "which", "whose", "in", "from", "with", "for",
            "based", "founded", "known", "owned", "backed", "led", "run", "and", "at", "on", "to", "by", "since");

    /** Capitalised articles, which open a name's words but name no one alone. */
    public static final Set<String> ARTICLES = Set.of("The", "A", "An", "THE");

    public static final Set<String> NEVER_NAMES = Set.of("I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.", "OK", "TV", "AM", "PM",
            "Christmas", "Easter", "Ramadan", "God", "Internet", "COVID", "COVID-19", "BC", "AD", "BCE", "CE", "No.",
            "Islam", "Christianity", "Judaism", "Buddhism", "Hinduism", "English", "Latin", "B.C.", "A.D.",
            "B.C.E.", "C.E.", "M.A.", "B.A.", "M.Sc.", "Ph.D.", "PhD", "MBA", "AIDS", "HIV", "DNA", "GDP", "CEO",
            "ATM", "ATMs", "UFO", "DVD", "CD", "LGBT", "LGBTQ", "Brexit", "Ebola", "Emeritus", "Emerita", "EST",
            "EDT", "CST", "CDT", "PST", "PDT", "GMT", "UTC");

    /** The months' names, which after a given name may be a surname ("Theresa May"). */
    static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /**
     * Peoples, ethnic and religious groups named alone: not actors (a nationality word, not an organisation);
     * nationality adjectives come from the knowledge base and word endings.
     */
    static final Set<String> PEOPLES = Set.of("Jews", "Arabs", "Arab", "Kurds", "Kurd", "Slavs", "Slav", "Roma",
            "Sami", "Berbers", "Tamils", "Tamil", "Pashtuns", "Pashtun", "Uyghurs", "Uighurs", "Rohingya",
            "Hazaras", "Baloch", "Druze", "Alawites", "Sunnis", "Shiites", "Shias", "Muslims", "Muslim",
            "Christians", "Christian", "Hindus", "Hindu", "Sikhs", "Sikh", "Buddhists", "Catholics", "Catholic",
            "Protestants", "Protestant", "Orthodox", "Aborigines", "Aboriginals", "Maori", "Inuit", "Bantu",
            "Zulu", "Xhosa", "Yoruba", "Igbo", "Hausa", "Fulani", "Tutsi", "Tutsis", "Hutu", "Hutus", "Amhara",
            "Oromo", "Tigrayans", "Bedouin", "Bedouins", "Celts", "Vikings", "Huns", "Goths", "Visigoths",
            "Franks", "Saxons", "Normans", "Moors", "Mongols", "Turks", "Tatars", "Cossacks", "Gypsies", "Yazidis",
            "Copts", "Maronites", "Sephardim", "Ashkenazim", "Latinos", "Hispanics", "Aztecs", "Incas", "Mayans",
            "Cherokee", "Navajo", "Sioux", "Apache");

    /** Words that begin a longer place name and so must not be split from it ("Northern Ireland", "Mount Kenya"). */
    static final Set<String> NAME_PREFIXES = Set.of("Northern", "Southern", "Eastern", "Western", "North", "South",
            "East", "West", "Upper", "Lower", "Great", "Greater", "Central", "New", "Mount", "Lake", "Cape", "Port",
            "Fort", "Saint", "St.", "San", "Santa", "Gulf", "Isle", "Federal", "Democratic", "Islamic");

    /** Heads that take an "of" phrase inside the name: "Department of Labor", "Gulf of Mexico". */
    static final Set<String> OF_HEADS = Set.of("Department", "Ministry", "Council", "Office", "Court", "Bank",
            "University", "Institute", "Republic", "Kingdom", "Principality", "Duchy", "Empire", "Gulf", "Bay",
            "Isle", "Strait", "Sea", "Cape", "Church", "Board", "Bureau", "House", "Museum", "Academy",
            "Federation", "Union", "League", "Commonwealth", "Province", "City", "Party", "Organization",
            "Organisation", "Association", "Society", "College", "School", "Chamber", "Committee", "Commission");

    /** Heads of names that are events, documents or eras, not actors ("Franco-Monegasque Treaty"). */
    static final Set<String> NON_ACTOR_HEADS = Set.of("Treaty", "War", "Wars", "Period", "Age", "Era",
            "Revolution", "Act", "Accord", "Accords", "Olympics", "Games", "Cup", "Championship", "Championships",
            "Prize", "Award", "Awards", "Festival", "Day", "Religion", "Protocol", "Convention", "Declaration",
            "Doctrine", "Plan", "Initiative", "Summit", "Conference", "Crisis", "Uprising", "Battle", "Siege",
            "Massacre", "Bible", "Quran", "Koran", "Law", "Amendment", "Constitution", "Index", "Medal", "Trophy",
            "Series", "Show", "Album", "Film", "Novel", "Language", "Languages", "Dialect", "Script", "Ages",
            "Renaissance", "Reformation", "Enlightenment", "Universiade", "Revolt", "Rebellion", "Year", "Testament",
            "Gospel", "Expedition", "Campaign", "Offensive", "Election", "Elections", "Referendum", "Pandemic",
            "Epidemic", "Earthquake", "Storm", "Century", "Reign", "Compromise");

    /** Event heads whose "of" names the place where it happened: "the Battle of Marengo". */
    static final Set<String> PLACE_EVENT_HEADS = Set.of("Battle", "Siege", "Massacre", "Uprising", "Earthquake",
            "Summit", "Conference");

    /** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman"). */
    public static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "della", "di", "van", "von", "der", "den",
            "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ben", "y");

    /** Words before the given name of a storm. */
    static final Set<String> STORMS = Set.of("Hurricane", "Typhoon", "Cyclone", "hurricane", "typhoon", "cyclone",
            "storm");

    /** Titles of courtesy, with or without their period, always followed by a surname. */
    public static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.");

    /** Offices addressed after a title of courtesy: "Mr. President", "Madam Speaker", "Mr. Chairman". */
    static final Set<String> OFFICES_ADDRESSED = Set.of("President", "Speaker", "Chairman", "Chairwoman", "Chair",
            "Secretary", "Mayor", "Ambassador", "Justice", "Minister", "Prime", "Vice", "Governor", "Senator",
            "Commissioner", "Director", "Attorney", "Deputy", "Chief", "Premier", "Chancellor");

    /** Particles that can open a surname written without the given name: "de Blasio", "von der Leyen". */
    static final Set<String> SURNAME_PARTICLES = Set.of("de", "del", "della", "di", "da", "dos", "das", "du", "van",
            "von", "bin", "ibn");
    /** The second word of a two-word particle: "von der", "van den", "de la". */
    static final Set<String> SURNAME_PARTICLE_TAILS = Set.of("der", "den", "de", "la", "le");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "himself",
            "herself");

    /** Role nouns that refer back (or ahead) to an actor: "the envoy", "the official", "Russia's leader". */
    static final Set<String> NOMINAL_HEADS = Set.of("envoy", "official", "minister", "president", "diplomat",
            "spokesman", "spokeswoman", "spokesperson", "negotiator", "ambassador", "secretary", "chancellor",
            "premier", "leader", "general", "commander", "senator", "governor", "mayor", "king", "queen", "prince",
            "aide", "adviser", "advisor", "chief", "predecessor", "successor", "representative",
            "lawmaker", "prosecutor", "judge", "chairman", "chairwoman", "director", "emissary", "monarch");

    /** Plural role nouns after an organisation or nationality ("NATO officials", "Russian diplomats"). */
    static final Set<String> GROUP_HEADS = Set.of("officials", "leaders", "diplomats", "ministers", "negotiators",
            "envoys", "lawmakers", "authorities", "representatives", "spokesmen", "officers", "commanders");

    /** A place name after one of these is a place, not an agent ("talks in Moscow"). */
    static final Set<String> LOCATIVE_WORDS = Set.of("in", "to", "at", "from", "into", "near", "visiting",
            "visit", "via", "toward", "towards", "across", "around", "outside", "inside", "through", "throughout",
            "between", "reached", "leaving", "left", "arrived", "flew", "traveled", "travelled", "traveling",
            "travelling", "returned", "returning", "of", "on", "over", "within", "back", "embassy");

    /** Holdings in a company, before "of" or "in" and its name: "shares of Rivian", "a stake in Klarna". */
    static final Set<String> HOLDINGS = Set.of("shares", "stake", "stakes", "stock", "shareholders", "shareholder");

    /** What only a company has, after its possessive: "Klarna's shareholders", "Rivian's CEO". */
    static final Set<String> COMPANY_NOUNS = Set.of("shares", "stock", "shareholders", "ceo", "headquarters",
            "subsidiary", "subsidiaries", "revenue", "revenues", "earnings", "profits", "valuation");

    /** Buildings whose names stand for the governments that sit in them ("the White House said"). */
    static final Set<String> SEATS_OF_GOVERNMENT = Set.of("White House", "Kremlin", "Pentagon", "Downing Street",
            "Elysee", "Elysee Palace", "\u00c9lys\u00e9e", "\u00c9lys\u00e9e Palace", "Zhongnanhai", "Bankova",
            "Capitol Hill", "Whitehall", "Chancellery", "Quai d'Orsay");

    /** Words after which a building is where something happens: "outside the White House". */
    static final Set<String> AT_A_PLACE = Set.of("at", "inside", "outside", "near", "around", "into");

    /**
     * Words after which a name that may be a place or a person's surname is the place ("performed in Houston");
     * narrower than {@link #LOCATIVE_WORDS}: "a portrait of Washington" is the person. "to" only after a verb or
     * noun of going ({@link #placeAfter}): "flew to Austin" is the city, "awarded to Dvorak" the person.
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "into", "near", "across",
            "outside", "inside", "through", "throughout", "via", "toward", "towards", "around", "visiting",
            "visited", "reached");
    private static final Set<String> GOING_WORDS = Set.of("flew", "fly", "flies", "flying", "traveled",
            "travelled", "travel", "travels", "went", "go", "goes", "going", "gone", "returned", "return",
            "returns", "returning", "moved", "move", "moves", "came", "come", "comes", "headed", "heads", "trip",
            "trips", "journey", "visit", "visits", "back", "way", "sent", "drove", "sailed", "fled", "arrived");

    /** Whether the words before token {@code i} make a name there a place rather than a person. */
    public static boolean placeAfter(List<Token> tokens, int i) {
        if (i < 1) {
            return false;
        }
        String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        return PLACE_PREPOSITIONS.contains(before) || (before.equals("to") && i >= 2
                && GOING_WORDS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * Head words of places and bodies named after a person ("George Washington Bridge", "Clinton Foundation",
     * "Kennedy Space Center"); not words such as "Administration" or "Government", after which the person's name
     * stands for whom they lead.
     */
    public static final Set<String> NAMED_AFTER_HEADS = Set.of("Bridge", "Airport", "Station", "Park", "Street",
            "Avenue", "Boulevard", "Square", "Center", "Centre", "Foundation", "Institute", "Museum", "Library",
            "School", "College", "University", "Hospital", "Academy", "Memorial", "Stadium", "Arena", "Tower",
            "Tunnel", "Building", "Highway", "Expressway", "Trust", "Institution", "Terminal", "Hall", "Theatre",
            "Theater", "Fund");
    /** Words between the person and the head word: "Kennedy Space Center", "Reagan National Airport". */
    static final Set<String> NAMED_AFTER_MODIFIERS = Set.of("Space", "Presidential", "Medical", "International",
            "National", "Memorial", "Bus", "Regional", "Municipal", "Community", "Research", "Performing", "Arts");

    /** Words that make an unknown name an organisation. */
    public static final Set<String> ORGANIZATION_WORDS = Set.of("Ministry", "Council", "Party", "Bank", "Fund", "Agency",
            "Organization", "Organisation", "Association", "University", "College", "Company", "Corp.", "Corp",
            "Inc.", "Inc", "Ltd", "Group", "Committee", "Commission", "Institute", "Forces", "Army", "Navy",
            "Court", "Parliament", "Assembly", "Union", "Department", "Office", "Service", "Times", "News", "Post",
            "Foundation", "League", "Federation", "Movement", "Front", "Church", "Club", "Airlines", "Airways",
            "Press", "Journal", "Films", "Pictures", "Entertainment", "Media", "Guard", "Corps", "Brigade", "Battalion", "Police", "Bureau", "Board", "Authority",
            "Center", "Centre", "Society", "Network", "Alliance", "Coalition", "Congress", "Senate", "Cabinet",
            "Government", "Administration", "Reuters", "Industries", "Holdings", "Technologies",
            "Systems", "Motors", "Oil", "Telegraph", "Gazette", "Tribune", "Herald", "Radio", "Television",
            "Records", "Studios", "Team", "Academy", "School", "Hospital", "Museum", "Library", "Orchestra",
            "Empire", "Dynasty", "Caliphate", "Sultanate", "Khanate", "Shogunate");

    /** Words that make an unknown name a place. */
    public static final Set<String> LOCATION_WORDS = Set.of("River", "Mountain", "Mountains", "Mount", "Mt.", "Lake",
            "Sea", "Ocean", "Island", "Islands", "Street", "Avenue", "Road", "Square", "Province", "Region",
            "County", "City", "Valley", "Bay", "Gulf", "Desert", "Peninsula", "Strait", "Airport", "Port",
            "District", "State", "Oblast", "Park", "Bridge", "Canal", "Coast", "Hills", "Forest", "Falls",
            "Village", "Town", "Station", "Harbor", "Harbour", "Cape", "Basin", "Plateau", "Prefecture", "Delta",
            "Rift", "Republic", "Kingdom", "Principality", "Duchy", "Oasis", "Glacier", "Canyon", "Highlands",
            "Lowlands", "Plains", "Heights", "Archipelago", "Reef", "Fjord", "Territory", "Territories");

    /** Endings typical of place names ("Siberia", "Krasnoyarsk", "Flensburg"), for a lone unknown name. */
    static final List<String> PLACE_ENDINGS = List.of("ia", "sk", "burg", "bourg", "berg", "grad", "stan", "land",
            "shire", "ville", "polis", "ovo", "evo", "abad", "pur", "holm", "fjord", "dorf");

    /** Endings of nationality and group adjectives ("Germanic", "Achaemenid", "Phoenicians"). */
    static final List<String> ADJECTIVE_ENDINGS = List.of("ian", "ians", "ic", "ish", "ese", "ean", "eans", "id",
            "ans", "ist", "ists", "ism");

    /** Nouns that a person's surname modifies in news: "the Reagan administration", "the Ryan camp". */
    static final Set<String> NOUNS_AFTER_A_PERSON = Set.of("administration", "campaign", "presidency", "government",
            "era", "family", "years", "cabinet", "team", "doctrine", "camp", "aides", "allies");

    /** Further endings of group adjectives, counted only before a common noun ("Canaanite city"). */
    static final List<String> MODIFIER_ENDINGS = List.of("ite", "an", "ine", "ic", "ist");

    /** Nouns after which a capitalised phrase is the title of a work, not an actor ("the film Looper"). */
    static final Set<String> WORK_NOUNS = Set.of("film", "films", "movie", "movies", "album", "albums", "song",
            "songs", "single", "singles", "novel", "novels", "book", "books", "play", "plays", "musical", "opera",
            "series", "sitcom", "show", "poem", "poems", "painting", "paintings", "essay", "documentary", "video",
            "anthology", "fragrance", "track", "tracks", "episode", "ballad", "hymn", "symphony", "sculpture",
            "memoir", "comic", "comics", "game", "games", "programme", "program", "titled", "entitled");

    /** Auxiliaries and modals that follow a subject: "Sessions has", "Pence will". */
    static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "did", "does", "shall");

    /** Verbs of saying: the name before or after them is likely a person or an organisation speaking. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "states", "announced", "announces", "emphasized", "emphasised", "stressed", "noted", "warned",
            "argued", "insisted", "claimed", "claims", "asserted", "explained", "declared", "countered", "replied",
            "wrote", "writes", "reiterated", "suggested", "acknowledged", "conceded", "admitted", "continued",
            "remarked", "observed", "cautioned", "urged", "asked", "answered", "confirmed", "denied", "elaborated",
            "mentioned", "according");

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
