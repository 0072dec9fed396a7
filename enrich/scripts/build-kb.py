#!/usr/bin/env python3
"""Converts the open reference data of the shared knowledge-base folder into the bundled actor files of the
engine (src/main/resources/org/newsflow/enrich/kb/, generated files only; the hand-written ones are read, never
changed). Standard library only. Run from the module folder:

    python3 scripts/build-kb.py ../../shared/kb

Inputs (unchanged copies; sources, commits and licences in the README of that folder):
- legislators-current.yaml, executive.yaml   unitedstates/congress-legislators (CC0 1.0)
- countries.csv, states.csv                   dr5hn/countries-states-cities-database (ODbL 1.0)
- partyfacts-core-parties.csv, partyfacts-wikidata.csv   hdigital/partyfactsdata (MIT, Party Facts authors)
- world_universities_and_domains.json         Hipo/university-domains-list (MIT, Hipo)
- wikipedia-us-newspapers.tsv                 hearvox/wiki-media-cred (CC0 1.0)
- local_news_dataset_2018.csv                 yinleon/LocalNewsDataset (MIT, Leon Yin)
- publicbodies-eu.csv, publicbodies-gb.csv, publicbodies-us.csv   okfn/publicbodies (ODC-PDDL 1.0)
- sp500-constituents.csv                      datasets/s-and-p-500-companies (ODC-PDDL 1.0)
- football-clubs.tsv                          openfootball/clubs (CC0 1.0), extract

Outputs (each states its sources and licence in its header):
- wikidata-ids.tsv      Wikidata QIDs of the hand-written countries (joined on ISO 3166-1 alpha-3)   ODbL 1.0
- subdivisions.tsv      first-level subdivisions (states, provinces) with QIDs                      ODbL 1.0
- us-officials.tsv      members of Congress, presidents and vice-presidents
- offices.tsv           who held which office when (presidents, vice-presidents, congressional leaders)
- parties.tsv, universities.tsv, news-outlets.tsv, public-bodies.tsv, companies.tsv, football-clubs.tsv

A name is only indexed where it is unambiguous: a surface that the hand-written files already use, that two
generated entries share, or that is a lone common English word, given name or place name (for entries that are
not places) is left out, so that bulk lists never override curated facts or turn ordinary words into actors.
U.S. states are the exception: a state keeps its name when it is also a given name or the name of a club,
outlet or smaller place abroad ("Texas", "Virginia", "Florida"), which then lose it.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/org/newsflow/enrich/kb"
HAND_WRITTEN = ["countries.tsv", "places.tsv", "organisations.tsv", "people.tsv"]
COLUMNS = ["id", "name", "type", "country", "role", "cameo", "aliases", "titles", "roleFrom", "roleTo", "source",
           "wikidata"]
ODBL = ("# Derived from the Countries States Cities Database (dr5hn/countries-states-cities-database,\n"
        "# https://github.com/dr5hn/countries-states-cities-database), Data by Countries States Cities Database,\n"
        "# made available under the Open Database License (ODbL) v1.0: https://opendatacommons.org/licenses/odbl/1-0/\n"
        "# This derived database is itself licensed under the ODbL v1.0 (share-alike); keep this notice with it.\n")


# ---------------------------------------------------------------- minimal YAML (the block style of the inputs)

def parse_yaml(text):
    lines = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        lines.append((len(raw) - len(raw.lstrip(" ")), raw.strip()))
    value, _ = _block(lines, 0, lines[0][0])
    return value


def _scalar(s):
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        inner = s[1:-1]
        return inner.replace("''", "'") if s[0] == "'" else inner.replace('\\"', '"')
    return s


def _block(lines, i, indent):
    if lines[i][1].startswith("- ") or lines[i][1] == "-":
        out = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("-"):
            rest = lines[i][1][1:].strip()
            if not rest:
                value, i = _block(lines, i + 1, lines[i + 1][0])
            elif re.match(r"^[^'\"]+?:( |$)", rest):
                # "- key: value": a mapping whose first key sits on the dash line
                lines[i] = (indent + 2, rest)
                value, i = _block(lines, i, indent + 2)
            else:
                value, i = _scalar(rest), i + 1
            out.append(value)
        return out, i
    out = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
        key, _, rest = lines[i][1].partition(":")
        rest = rest.strip()
        if rest:
            out[key.strip()] = _scalar(rest)
            i += 1
        elif i + 1 < len(lines) and (lines[i + 1][0] > indent
                                     or (lines[i + 1][0] == indent and lines[i + 1][1].startswith("-"))):
            out[key.strip()], i = _block(lines, i + 1, lines[i + 1][0])
        else:
            out[key.strip()] = None
            i += 1
    return out, i


# ---------------------------------------------------------------- names

def slug(name):
    ascii_ = unicodedata.normalize("NFKD", name)
    ascii_ = "".join(c for c in ascii_ if not unicodedata.combining(c)).lower()
    ascii_ = ascii_.replace("'", "").replace("\u2019", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "_", ascii_).strip("_") or "unknown"


def surface_key(s):
    s = s.strip()
    if s.lower().startswith("the "):
        s = s[4:]
    return re.sub(r"\s+", " ", s).lower()


def clean(s):
    return re.sub(r"\s+", " ", (s or "").replace("\t", " ").replace("|", "/")).strip()


def latin(s):
    return all(ord(c) < 0x250 or unicodedata.category(c)[0] in "PZ" for c in s)


class Vocabulary:
    """Words that must not become actor names on their own: curated surfaces, common words, given names, places."""

    def __init__(self):
        self.curated = set()
        self.curated_ids = set()
        for f in HAND_WRITTEN:
            for row in tsv_rows(OUT / f):
                self.curated_ids.add(row["id"])
                for s in [row["name"]] + split(row["aliases"]):
                    self.curated.add(surface_key(s))
        for row in tsv_rows(OUT / "demonyms.tsv"):
            for d in split(row["demonyms"]):
                self.curated.add(surface_key(d))
        self.common = {w.strip() for w in read_lines(OUT / "common-words.txt") if w and not w.startswith("#")}
        self.given = {line.split("\t")[0].lower() for line in read_lines(OUT / "given-names.tsv")
                      if line and not line.startswith("#")}
        self.places = {line.split("\t")[0].lower() for line in read_lines(OUT / "places-gazetteer.tsv")
                       if line and not line.startswith("#")}
        # names of countries, capitals and subdivisions: never the name of a club, party or outlet
        self.regions = {surface_key(r["name"]) for f in ("countries.tsv", "places.tsv") for r in tsv_rows(OUT / f)}

    def usable(self, surface, place=False, us_state=False):
        """us_state: a U.S. state keeps its name when it is also a given name ("Virginia", "Texas"): the given
        names are counted over U.S. births, where children are named after states, and alone in news such a
        word names the state."""
        key = surface_key(surface)
        if len(key) < 3 or key in self.curated or not re.search(r"[A-Za-z]", surface):
            return False
        words = key.split(" ")
        if not place and (key in self.places or key in self.regions):
            return False
        if len(words) == 1:
            if key in self.common or (key in self.given and not us_state):
                return False
        return True


def read_lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def split(cell):
    return [x for x in (cell or "").split("|") if x.strip()]


def tsv_rows(path):
    header = None
    for line in read_lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        yield dict(zip(header, cells))


# ---------------------------------------------------------------- entries

class Entry:
    def __init__(self, name, type_, country=None, role=None, cameo=None, aliases=(), titles=(), role_from=None,
                 role_to=None, source=None, wikidata=None, id_=None, place=False):
        self.name = clean(name)
        self.type = type_
        self.country = country
        self.role = clean(role) if role else None
        self.cameo = cameo
        self.aliases = [clean(a) for a in aliases if a and clean(a) and clean(a) != self.name]
        self.titles = list(titles)
        self.role_from = role_from
        self.role_to = role_to
        self.source = source
        self.wikidata = wikidata if wikidata and re.fullmatch(r"Q[1-9][0-9]*", wikidata) else None
        self.id = id_ or slug(self.name)
        self.place = place

    def row(self):
        cells = [self.id, self.name, self.type, self.country or "", self.role or "", self.cameo or "",
                 "|".join(dict.fromkeys(self.aliases)), "|".join(self.titles), self.role_from or "",
                 self.role_to or "", self.source or "", self.wikidata or ""]
        return "\t".join(c.replace("\t", " ") for c in cells)


def curated_organisation_qids(groups):
    """QIDs of hand-written organisations that a generated entry with a QID names the same, in the same country:
    the curated "Hamas" is Party Facts' Hamas. Only one such entry may match, else the name is ambiguous. Short
    abbreviations never join: "AP" is the Associated Press and also a party's initials."""
    def joinable(surface):
        return not re.fullmatch(r"[A-Z&./-]{1,4}", surface.strip())

    by_surface = {}
    for entries in groups.values():
        for e in entries:
            if e.wikidata and e.type == "ORGANIZATION":
                for x in [e.name] + e.aliases:
                    if joinable(x):
                        by_surface.setdefault(surface_key(x), set()).add((e.wikidata, e.country or ""))
    result = []
    for row in tsv_rows(OUT / "organisations.tsv"):
        found = set()
        for surface in filter(joinable, [row["name"]] + split(row["aliases"])):
            found |= {q for q, c in by_surface.get(surface_key(surface), ()) if c == (row["country"] or "")}
        if len(found) == 1:
            result.append(f"{row['id']}\t{found.pop()}")
    return result


def disambiguate(groups, vocab):
    """Keeps each entry's usable, unambiguous surfaces; drops entries whose canonical name is not usable."""
    owners = {}
    for entries in groups.values():
        for e in entries:
            for s in {surface_key(x) for x in [e.name] + e.aliases}:
                owners.setdefault(s, set()).add(id(e))
    ids = set(vocab.curated_ids)
    place_names = {surface_key(x) for entries in groups.values() for e in entries if e.place
                   for x in [e.name] + e.aliases}
    # a U.S. state shares its name with clubs, outlets, parties and smaller places abroad named like it ("Texas"
    # a team's alias, "Florida" a department of Uruguay): those lose the name below, so only another state makes
    # a state's name ambiguous
    state_owners = {}
    for entries in groups.values():
        for e in entries:
            if getattr(e, "us_state", False):
                for x in {surface_key(y) for y in [e.name] + e.aliases}:
                    state_owners.setdefault(x, set()).add(id(e))

    def ambiguous(e, surface):
        key = surface_key(surface)
        return len((state_owners if getattr(e, "us_state", False) else owners)[key]) > 1
    result = {}
    for file, entries in groups.items():
        kept = []
        for e in entries:
            if (not vocab.usable(e.name, e.place, getattr(e, "us_state", False)) or ambiguous(e, e.name)
                    or (not e.place and surface_key(e.name) in place_names)):
                continue
            e.aliases = [a for a in e.aliases if vocab.usable(a, e.place) and not ambiguous(e, a)
                         and surface_key(a) != surface_key(e.name)
                         and (e.place or surface_key(a) not in place_names)]
            base = e.id
            if base in ids:
                e.id = base + "_" + (e.country or "x").lower()
            n = 2
            while e.id in ids:
                e.id = f"{base}_{n}"
                n += 1
            ids.add(e.id)
            kept.append(e)
        result[file] = kept
    return result


# ---------------------------------------------------------------- sources

def iso3_by_iso2(kb):
    with open(kb / "countries.csv", encoding="utf-8") as f:
        return {r["iso2"]: r["iso3"] for r in csv.DictReader(f)}


def country_qids(kb):
    with open(kb / "countries.csv", encoding="utf-8") as f:
        by_iso3 = {r["iso3"]: r["wikiDataId"] for r in csv.DictReader(f)}
    rows = []
    for row in tsv_rows(OUT / "countries.tsv"):
        qid = by_iso3.get(row["country"])
        if qid and row["type"] == "COUNTRY":
            rows.append(f"{row['id']}\t{qid}")
    return rows


GAZETTEER = set()


def subdivisions(kb, iso3):
    out = []
    with open(kb / "states.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            # first level only: no parent, and a kind that names a state-like division
            if r["parent_id"] or not r["wikiDataId"] or not latin(r["name"]):
                continue
            # an adjective ("Jewish" for the Jewish Autonomous Oblast) is not the place's name in text
            if " " not in r["name"] and r["name"].endswith("ish"):
                continue
            country = iso3.get(r["country_code"])
            kind = (r["type"] or "").strip()
            us_state = r["country_code"] == "US" and kind == "state"
            # "New York" would cut "New York City" short: the city is the likelier reading of such names; a U.S.
            # state other than New York keeps its name, and "Kansas City" stays whole where the tagger reads it
            if (r["name"] + " city").lower() in GAZETTEER and (not us_state or r["name"] == "New York"):
                continue
            role = f"{kind} of {r['country_name']}" if kind else f"subdivision of {r['country_name']}"
            e = Entry(r["name"], "LOCATION", country, role, None, [], source="countries-states-cities-database (ODbL 1.0)",
                      wikidata=r["wikiDataId"], place=True)
            e.us_state = us_state
            out.append(e)
    return out


US_STATES = {}


def us_officials(kb):
    people, offices = [], []
    today = "2026-11-30"
    with open(kb / "states.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["country_code"] == "US" and r["iso2"]:
                US_STATES[r["iso2"]] = r["name"]
    legislators = parse_yaml((kb / "legislators-current.yaml").read_text(encoding="utf-8"))
    for p in legislators:
        ids, name, terms = p["id"], p["name"], p["terms"]
        last = terms[-1]
        state = US_STATES.get(last.get("state"), last.get("state"))
        chamber = "Senator" if last["type"] == "sen" else "Representative"
        role = f"U.S. {chamber} from {state}"
        canonical = re.sub(r" \(.*\)$", "", ids.get("wikipedia") or name.get("official_full")
                           or f"{name['first']} {name['last']}")
        aliases = [name.get("official_full"), f"{name['first']} {name['last']}"]
        if name.get("nickname"):
            aliases.append(f"{name['nickname']} {name['last']}")
        e = Entry(canonical, "PERSON", "USA", role, "USALEG", aliases, [], last["start"], None,
                  "congress-legislators legislators-current.yaml (CC0 1.0)", ids.get("wikidata"))
        people.append(e)
        for lr in p.get("leadership_roles") or []:
            offices.append((lr["title"], "USA", e, lr.get("start"), lr.get("end")))
    executive = parse_yaml((kb / "executive.yaml").read_text(encoding="utf-8"))
    for p in executive:
        ids, name, terms = p["id"], p["name"], p["terms"]
        first = name.get("nickname") or name["first"]
        full = name.get("official_full")
        canonical = re.sub(r" \(.*\)$", "", ids.get("wikipedia") or f"{first} {name['last']}"
                           + (f" {name['suffix']}" if name.get("suffix") else ""))
        last = terms[-1]
        title = "President of the United States" if last["type"] == "prez" else "Vice President of the United States"
        current = last["start"] <= today < last["end"]
        role = title if current else "Former " + title
        aliases = [full, f"{name['first']} {name['last']}"]
        if name.get("middle"):
            aliases.append(f"{name['first']} {name['middle'][0]}. {name['last']}")
        e = Entry(canonical, "PERSON", "USA", role, "USAGOV", aliases, [], last["start"],
                  None if current else last["end"], "congress-legislators executive.yaml (CC0 1.0)",
                  ids.get("wikidata"))
        people.append(e)
        for t in terms:
            office = "President" if t["type"] == "prez" else "Vice President"
            offices.append((office, "USA", e, t["start"], t["end"]))
    return people, offices


def parties(kb):
    qids = {}
    with open(kb / "partyfacts-wikidata.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            qids[r["partyfacts_id"]] = r["wikidata_id"]
    out = []
    with open(kb / "partyfacts-core-parties.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["technical"]:
                continue
            qid = qids.get(r["partyfacts_id"])
            active = not r["year_last"]
            if not qid and not active:
                continue
            names = [n.strip() for n in (r["name_english"] or "").split(" / ") if n.strip()]
            if not names:
                names = [r["name"]]
            if r["wikipedia"]:
                title = r["wikipedia"].rsplit("/", 1)[-1].replace("_", " ")
                title = re.sub(r" \(.*\)$", "", unquote(title))
                if latin(title) and title:
                    names.insert(0, title)
            names = [n for n in names if latin(n)]
            if not names:
                continue
            aliases = names[1:] + ([r["name"]] if latin(r["name"] or "") else [])
            short = r["name_short"].strip()
            if re.fullmatch(r"[A-Z][A-Za-z0-9]{1,6}", short) and sum(c.isupper() for c in short) >= 2:
                aliases.append(short)
            out.append(Entry(names[0], "ORGANIZATION", r["country"], "political party", r["country"] + "PTY",
                             aliases, source="Party Facts (MIT)", wikidata=qid))
    return out


def unquote(s):
    from urllib.parse import unquote as u
    return u(s)


def universities(kb, iso3):
    out = []
    data = json.loads((kb / "world_universities_and_domains.json").read_text(encoding="utf-8"))
    for u in data:
        name = clean(u["name"])
        if not latin(name) or len(name.split()) < 2:
            continue
        out.append(Entry(name, "ORGANIZATION", iso3.get(u["alpha_two_code"]), "university", None, [],
                         source="university-domains-list (MIT, Hipo)"))
    return out


def news_outlets(kb):
    out, seen = [], set()
    with open(kb / "wikipedia-us-newspapers.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            name = re.sub(r" \(.*\)$", "", clean(r["WP-title"]))
            if len(surface_key(name).split()) < 2 and not r["qid"]:
                continue
            seen.add(surface_key(name))
            out.append(Entry(name, "ORGANIZATION", "USA", f"newspaper ({r['state']})", "USAMED", [],
                             source="wiki-media-cred (CC0 1.0)", wikidata=r["qid"]))
    # the state press associations, with their Wikidata items
    with open(kb / "wd-press-assoc.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            name = clean(r["press-assoc"])
            if not name or surface_key(name) in seen:
                continue
            seen.add(surface_key(name))
            out.append(Entry(name, "ORGANIZATION", "USA", f"press association ({r['list']})", "USAMED", [],
                             source="wiki-media-cred (CC0 1.0)", wikidata=r["qid"] or None))
    with open(kb / "local_news_dataset_2018.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["medium"] == "TV station" or surface_key(r["name"]) in seen:
                continue
            name = clean(r["name"])
            if len(surface_key(name).split()) < 2:
                continue
            seen.add(surface_key(name))
            out.append(Entry(name, "ORGANIZATION", "USA", f"{r['medium'].lower()} ({r['state']})", "USAMED", [],
                             source="LocalNewsDataset (MIT, Leon Yin)"))
    return out


# U.S. federal bodies whose Wikipedia article is titled "United States <name>" (the list gives "Air Force")
US_PREFIXED = {"Access Board", "Air Force", "Army", "Army Corps of Engineers", "Botanic Garden", "Census Bureau",
               "Coast Guard", "Copyright Office", "Fish and Wildlife Service", "Forest Service", "Geological Survey",
               "Holocaust Memorial Museum", "House of Representatives", "Institute of Peace", "Marine Corps",
               "Marshals Service", "Navy", "Postal Service", "Secret Service", "Tax Court",
               "Court of International Trade", "Court of Federal Claims", "Court of Appeals for the Federal Circuit",
               "Court of Appeals for the Armed Forces", "Court of Appeals for Veterans Claims",
               "Agency for International Development", "Environmental Protection Agency", "Commission of Fine Arts",
               "Commission on Civil Rights", "Trade and Development Agency", "Northern Command", "Southern Command",
               "Central Command", "Strategic Command", "Transportation Command", "Merchant Marine Academy"}


def us_body_title(name):
    """The Wikipedia title of a U.S. federal body listed by its short form: "Justice Department" → "United States
    Department of Justice", "Air Force" → "United States Air Force"."""
    m = re.fullmatch(r"([A-Z][A-Za-z ]+) Department", name)
    if m:
        subject = m.group(1)
        return "United States Department of " + ("the " if subject in ("Interior", "Treasury") else "") + subject
    if re.fullmatch(r"Department of [A-Z][A-Za-z ]+", name) or name in US_PREFIXED:
        return "United States " + name
    return name


def public_bodies(kb):
    out = []
    for code, country, cameo in (("eu", None, "IGOEEC"), ("gb", "GBR", "GBRGOV"), ("us", "USA", "USAGOV")):
        with open(kb / f"publicbodies-{code}.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                name = clean(r["name"])
                name = re.sub(r"\s*\(([A-Z][A-Za-z]{1,8})\)$", "", name)
                aliases = []
                abbr = clean(r["abbreviation"])
                if re.fullmatch(r"[A-Z][A-Za-z&]{1,8}", abbr) and sum(c.isupper() for c in abbr) >= 2:
                    aliases.append(abbr)
                aliases += [clean(x) for x in (r["other_names"] or "").split("|") if clean(x)]
                if not latin(name):
                    continue
                if code == "us":
                    title = us_body_title(name)
                    if title != name:
                        aliases.insert(0, name)
                        name = title
                        # "Energy Department" and "Department of Energy" are one body
                        same = next((e for e in out if e.name == name), None)
                        if same:
                            same.aliases += [a for a in aliases if a not in same.aliases]
                            continue
                out.append(Entry(name, "ORGANIZATION", country, "public body", cameo, aliases,
                                 source="publicbodies.org (ODC-PDDL 1.0)"))
    return out


COMPANY_SUFFIX = re.compile(r"[, ]+(Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|Company|plc|PLC|Ltd\.?|"
                            r"Holdings|Group|N\.V\.|S\.A\.|AG|& Co\.)$")


COMPANY_TRADE = re.compile(r" (Energy|Petroleum|Oil|Gas|Resources|Pharmaceuticals|Therapeutics|Biosciences|"
                           r"Financial|Bancorp|Bankshares|Technologies|Technology|Systems|Software|Semiconductor|"
                           r"Networks|Communications|Entertainment|Brands|Foods|Industries|Motors|Motor|Airlines|"
                           r"Air Lines|Healthcare|Health|Insurance|Chemical|Materials|Properties|Realty|Capital|"
                           r"Solutions|Services|Enterprises|Instruments|Laboratories|Scientific|Worldwide|"
                           r"International)$")


def companies(kb):
    out = []
    with open(kb / "census-1990-dist.all.last", encoding="utf-8") as f:
        common_surnames = {line.split()[0] for line in f if int(line.split()[3]) <= 5000}
    with open(kb / "sp500-constituents.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = re.sub(r" \(Class [A-Z]\)$", "", clean(r["Security"]))
            # the index files a leading word last: "Coca-Cola Company (The)", "Lilly (Eli)"
            name = re.sub(r"^(.+) \(([^()]+)\)$", r"\2 \1", name)
            short = name.removeprefix("The ")
            while COMPANY_SUFFIX.search(short):
                short = COMPANY_SUFFIX.sub("", short).strip()
            short = short.removesuffix(" &")  # "Deere & Company"
            aliases = [short] if short != name.removeprefix("The ") else []
            # News names a company by its distinctive word ("Valero" for Valero Energy); the checks on every
            # alias below drop a word that is common, a given name or a place ("General", "Duke", "Texas").
            trade = COMPANY_TRADE.sub("", short).strip()
            # An acronym ("CMS" of CMS Energy) would take the name from a public body or party that news means by
            # it: both lose an ambiguous alias.
            # A frequent surname alone ("Jacobs") is more often a person.
            if (trade != short and re.fullmatch(r"[A-Z][a-z][A-Za-z]+", trade)
                    and trade.upper() not in common_surnames):
                aliases.append(trade)
            out.append(Entry(name, "ORGANIZATION", "USA", "company (S&P 500)", "USABUS", aliases,
                             source="s-and-p-500-companies (ODC-PDDL 1.0)", id_=slug(name.removeprefix("The "))))
    # a company with two share classes appears twice
    return list({e.name: e for e in out}.values())


def names_city(alias, city):
    """Whether an alias is the club's city or the first words of its name ("Frankfurt" of "Frankfurt am Main")."""
    words, city_words = surface_key(alias).split(" "), surface_key(city).split(" ")
    return bool(city) and city_words[:len(words)] == words


def football_clubs(kb, country_names):
    out = []
    with open(kb / "football-clubs.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            alts = [re.sub(r"\s*\[[a-z]{2}\]$", "", a).strip() for a in (r["alt_names"] or "").split("|")]
            english = [re.sub(r"\s*\[en\]$", "", a).strip() for a in (r["alt_names"] or "").split("|") if "[en]" in a]
            name = english[0] if english else clean(r["name"])
            country = country_names.get(r["country"].split("•")[0].strip().lower())
            city = r["city"].split("›")[0].strip() if r["city"] else ""
            role = f"football club ({city})" if city else "football club"
            # "Frankfurt" of a club of "Frankfurt am Main" names the city; in a match report the identity
            # passes read it as the club
            aliases = [a for a in [clean(r["name"])] + alts if a and not names_city(a, city)]
            out.append(Entry(name, "ORGANIZATION", country, role, (country or "") + "SPT" if country else None,
                             aliases, source="openfootball/clubs (CC0 1.0)"))
    return out


def country_names(kb):
    names = {}
    with open(kb / "countries.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names[r["name"].lower()] = r["iso3"]
    names.update({"england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
                  "usa": "USA", "united states": "USA", "congo dr": "COD", "south korea": "KOR",
                  "czech republic": "CZE", "russia": "RUS", "turkey": "TUR"})
    return names


# ---------------------------------------------------------------- output

HEADERS = {
    "subdivisions.tsv": ODBL + "# First-level subdivisions (states, provinces, regions) with their Wikidata QIDs.\n",
    "us-officials.tsv": "# Members of the U.S. Congress (current) and every U.S. president and vice-president.\n"
                        "# Source: unitedstates/congress-legislators (CC0 1.0): legislators-current.yaml, executive.yaml.\n",
    "parties.tsv": "# Political parties (active, or with a Wikidata QID) of 216 countries.\n"
                   "# Source: Party Facts (hdigital/partyfactsdata), MIT licence, Copyright (c) 2022 Party Facts authors;\n"
                   "# cite Doring & Regel 2019, Party Politics 25(2). The licence text is in NOTICE at the repository root.\n",
    "universities.tsv": "# Universities and colleges.\n# Source: Hipo/university-domains-list, MIT licence, Copyright (c) 2014-2025 Hipo;\n"
                        "# the licence text is in NOTICE at the repository root.\n",
    "news-outlets.tsv": "# U.S. newspapers, magazines and college newspapers.\n"
                        "# Sources: hearvox/wiki-media-cred (CC0 1.0); yinleon/LocalNewsDataset, MIT licence,\n"
                        "# Copyright (c) 2018 Leon Yin (licence text in NOTICE); outlet data of 2018.\n",
    "public-bodies.tsv": "# Public bodies of the European Union, the United Kingdom and the United States.\n"
                         "# Source: okfn/publicbodies (publicbodies.org), ODC-PDDL 1.0.\n",
    "companies.tsv": "# Companies of the S&P 500 index.\n# Source: datasets/s-and-p-500-companies, ODC-PDDL 1.0.\n",
    "football-clubs.tsv": "# Football clubs with their alternative names; role gives the club's city (for sports reports).\n"
                          "# Source: openfootball/clubs (CC0 1.0).\n",
}
NOTE = ("# Generated by scripts/build-kb.py; do not edit. Columns: see README.md in this folder.\n")


def valid_countries():
    return {r["country"] for r in tsv_rows(OUT / "countries.tsv") if r["country"]}


def write(file, entries):
    valid = valid_countries()
    for e in entries:
        # codes outside ISO 3166-1 (Kosovo's XKX, historic states) are not the engine's countries
        if e.country not in valid:
            e.country = None
            if e.cameo and len(e.cameo) == 6 and not e.cameo.startswith("IGO"):
                e.cameo = None
    lines = [HEADERS[file].rstrip("\n"), NOTE.rstrip("\n"), "\t".join(COLUMNS)]
    lines += [e.row() for e in sorted(entries, key=lambda e: e.id)]
    (OUT / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{file}: {len(entries)} entries", file=sys.stderr)


def main():
    kb = Path(sys.argv[1] if len(sys.argv) > 1 else "../../shared/kb")
    vocab = Vocabulary()
    GAZETTEER.update(vocab.places)
    iso3 = iso3_by_iso2(kb)
    people, offices = us_officials(kb)
    groups = {
        "us-officials.tsv": people,
        "subdivisions.tsv": subdivisions(kb, iso3),
        "parties.tsv": parties(kb),
        "universities.tsv": universities(kb, iso3),
        "news-outlets.tsv": news_outlets(kb),
        "public-bodies.tsv": public_bodies(kb),
        "companies.tsv": companies(kb),
        "football-clubs.tsv": football_clubs(kb, country_names(kb)),
    }
    # a president or legislator the hand-written files already know keeps its curated entry, gains its QID
    curated_people = {r["id"]: r for r in tsv_rows(OUT / "people.tsv")}
    curated_qids = []
    for e in people:
        if e.id in curated_people and surface_key(e.name) == surface_key(curated_people[e.id]["name"]):
            e.curated = True
            if e.wikidata:
                curated_qids.append(f"{e.id}\t{e.wikidata}")
    groups["us-officials.tsv"] = [e for e in people if not getattr(e, "curated", False)]
    curated_qids += curated_organisation_qids(groups)
    kept = disambiguate(groups, vocab)
    for file, entries in kept.items():
        write(file, entries)
    (OUT / "wikidata-ids.tsv").write_text(
        ODBL + "# Wikidata QIDs of the countries of countries.tsv, joined on the ISO 3166-1 alpha-3 code.\n" + NOTE
        + "id\twikidata\n" + "\n".join(country_qids(kb)) + "\n", encoding="utf-8")
    (OUT / "people-wikidata-ids.tsv").write_text(
        "# Wikidata QIDs of hand-written entries (people.tsv, organisations.tsv) that open data names the same way:\n"
        "# people from unitedstates/congress-legislators (CC0 1.0), parties from Party Facts (MIT).\n" + NOTE
        + "id\twikidata\n" + "\n".join(sorted(curated_qids)) + "\n", encoding="utf-8")
    kept_people = {id(e) for e in kept["us-officials.tsv"]} | {id(e) for e in people if getattr(e, "curated", False)}
    rows = sorted({(o, c, e.id, s or "", t or "") for o, c, e, s, t in offices if id(e) in kept_people})
    (OUT / "offices.tsv").write_text(
        "# Who held which office when: \"the president\" in an article of a given date is the holder on that date.\n"
        "# Source: unitedstates/congress-legislators (CC0 1.0): executive.yaml terms, legislators' leadership roles.\n"
        + NOTE + "office\tcountry\tid\tfrom\tto\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    print(f"offices.tsv: {len(rows)} terms", file=sys.stderr)


if __name__ == "__main__":
    main()
