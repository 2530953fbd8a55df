"""Synthetic G40-style corpus with known facts, for scale benchmarks and recall at scale.

A seeded "world" is drawn first — people with a city and a role, themagroepen in pijlers,
programmes, ministries and organisations from the bundled gazetteer — and every document then
reports a few of its facts in Dutch sentences of the kinds policy staff write (news items,
meeting notes), padded with neutral policy prose to about ``--size`` bytes. Each document gets
a ``.meta.json`` sidecar; ``gold.yaml`` (format: ``../shared/gold/FORMAT.md``) lists the
entities and facts of every document, so ``g40kg evaluate gold.yaml CORPUS`` measures
extraction recall on thousands of unseen documents.

People are made up from common Dutch first names and surnames; municipalities, ministries and
organisations come from ``data/gazetteer``.

Usage::

    python benchmarks/generate.py --docs 1000 --out /tmp/g40-1k
    g40kg --graph /tmp/kg build /tmp/g40-1k/corpus
    g40kg evaluate /tmp/g40-1k/gold.yaml /tmp/g40-1k/corpus

Examples
--------
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> stats = generate(3, out, seed=1)
>>> stats["documents"], len(list((out / "corpus").glob("*.txt"))), (out / "gold.yaml").is_file()
(3, 3, True)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.resources import data_path  # noqa: E402
from graph.vocab import slugify  # noqa: E402

__all__ = ["generate", "World"]

FIRST = ("Anna Bram Carla Daan Eva Fleur Gerrit Hanna Iris Jeroen Karin Lars Marieke Niels Olga Pieter "
         "Roos Sander Tessa Ruud Wouter Yara Joost Linda Maarten Sanne Thijs Esther Bas Nadia Koen Ilse "
         "Mohamed Fatima Dirk Ingrid Hans Monique Rik Lotte Erik Saskia Tom Judith Vincent Petra Arjen "
         "Mirjam Stefan Charlotte Hugo Femke Jan Marloes Sem Rianne Ahmed Yvette Kees Nicole").split()
SURNAMES = ("Jansen,de Vries,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,"
            "Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,"
            "van der Linden,Kok,Jacobs,de Haan,Vermeulen,van den Heuvel,van der Veen,van den Broek,"
            "de Bruijn,de Jong,Schouten,van Beek,Willems,van Dijk,Hoekstra,Maas,Verhoeven,Koster,"
            "Prins,Blom,Huisman,Peeters,de Ruiter,Kuipers,Veenstra,Kramer,van Wijk,Postma,Bosman,"
            "Timmermans,Groen,Gerritsen,Hermans,Wolters,Boersma,Martens,Verbeek,Kuijpers").split(",")
THEMES = ["Wonen en leefomgeving", "Duurzaamheid en klimaat", "Sociaal domein", "Digitalisering",
          "Mobiliteit en bereikbaarheid", "Arbeidsmarkt en onderwijs", "Cultuur en erfgoed",
          "Gezondheid en zorg", "Veiligheid", "Innovatie en kennis", "Energietransitie",
          "Jeugd en onderwijs", "Armoede en schulden", "Binnensteden en retail", "Circulaire economie"]
PIJLERS = ["Economie en Werk", "Fysiek Domein", "Sociaal Domein", "Bestuur en Financiën"]
PROGRAMMES = [("City Deal", "Inclusieve Stad"), ("City Deal", "Kennis maken"), ("City Deal", "Slimme Mobiliteit"),
              ("City Deal", "Circulaire Stad"), ("City Deal", "Energieke Binnensteden"),
              ("City Deal", "Eenvoudig Maatwerk"), ("City Deal", "Warme Wijken"),
              ("City Deal", "Zicht op Ondermijning"), ("City Deal", "Lokaal Klimaatbeleid"),
              ("City Deal", "Digitale Stad")]
TOPICS = ["de woningbouwopgave", "betaalbare bedrijfsruimte", "de aanpak van laaggeletterdheid",
          "de regionale arbeidsmarkt", "de verduurzaming van maatschappelijk vastgoed",
          "bestaanszekerheid", "schuldhulpverlening", "de vitaliteit van binnensteden",
          "een leven lang ontwikkelen", "de transitie naar een circulaire economie"]
FILLER = [
    "De steden wisselden ervaringen uit over hun lokale aanpak en keken naar wat elders al werkt.",
    "Daarbij is brede welvaart het uitgangspunt: economie, welzijn en leefomgeving hangen samen.",
    "Het netwerk wil de komende periode vooral concreet aan de slag met de opgaven in de regio.",
    "Veel gemeenten zien dezelfde uitdagingen, al verschilt de schaal van stad tot stad.",
    "Er is afgesproken om de resultaten in het najaar opnieuw te bespreken in het bestuurlijk overleg.",
    "De bijeenkomst werd afgesloten met een rondgang door de stad en een gezamenlijke lunch.",
    "Volgens de deelnemers is kennisdeling tussen middelgrote steden onmisbaar voor goed beleid.",
    "In de discussie kwam naar voren dat regelgeving soms belemmerend werkt voor maatwerk.",
    "De komende maanden worden de plannen verder uitgewerkt met ambtenaren uit de verschillende steden.",
    "Ook de financiële positie van gemeenten kwam aan de orde, met zorgen over de jaren na 2025.",
    "Een aantal wethouders pleitte voor meer ruimte voor experimenten in wijken en buurten.",
    "De uitkomsten worden gedeeld via de nieuwsbrief en op de website van het stedennetwerk.",
]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    city: str  # municipality id
    role: str


class World:
    """The facts every generated document draws from (seeded, so runs are reproducible)."""

    def __init__(self, seed: int = 40, people: int = 2000):
        rng = random.Random(seed)
        self.cities = _g40_cities()
        self.ministries = _ministries()
        self.organisations = _organisations()
        self.entities: dict[str, dict] = {"g40": {"type": "Organisation", "names": ["G40", "Stedennetwerk G40"]}}
        for city in self.cities.values():
            self.entities[city["id"]] = {"type": "Municipality", "names": [city["name"]]}
        for ministry in self.ministries:
            self.entities[ministry["id"]] = {"type": "Ministry", "names": [ministry["abbr"], ministry["name"],
                                                                          "ministerie van " + ministry["name"]]}
        for org in self.organisations:
            self.entities[org["id"]] = {"type": "Organisation", "names": [org["abbr"], org["name"]]}
        self.pijlers = []
        for name in PIJLERS:
            pid = "pijler-" + slugify(name)
            self.pijlers.append(pid)
            self.entities[pid] = {"type": "OrganisationalUnit", "names": [f"Pijler {name}", name, f"pijler {name}"]}
        self.themagroepen = []
        for i, theme in enumerate(THEMES):
            tid = "themagroep-" + slugify(theme)
            self.themagroepen.append((tid, self.pijlers[i % len(self.pijlers)]))
            self.entities[tid] = {"type": "OrganisationalUnit", "names": [f"Themagroep {theme}", theme,
                                                                          f"themagroep {theme}"]}
        self.programmes = []
        for kind, name in PROGRAMMES:
            gid = slugify(f"{kind} {name}")
            self.programmes.append(gid)
            self.entities[gid] = {"type": "Programme", "names": [f"{kind} {name}", f"Citydeal {name}", name]}
        self.people: list[Person] = []
        self.iri = {"g40": ("organisation", "g40")}  # entity id → (kind, key) for graph.vocab.mint
        self.iri.update({c["id"]: ("municipality", c["code"].lower()) for c in self.cities.values()})
        self.iri.update({m["id"]: ("ministry", m["id"]) for m in self.ministries})
        self.iri.update({o["id"]: ("organisation", o["id"]) for o in self.organisations})
        self.iri.update({u: ("unit", u) for u in self.pijlers + [t for t, _ in self.themagroepen]})
        self.iri.update({g: ("programme", g) for g in self.programmes})
        seen = set()
        city_ids = sorted(self.cities)
        while len(self.people) < people and len(seen) < len(FIRST) * len(SURNAMES):
            name = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
            if name in seen:
                continue
            seen.add(name)
            person = Person(slugify(name), name, rng.choice(city_ids), rng.choice(["wethouder", "wethouder",
                                                                                    "burgemeester", "beleidsadviseur"]))
            self.people.append(person)
            self.iri[person.id] = ("person", person.id)
            self.entities[person.id] = {"type": "Person", "names": [name]}


def _g40_cities() -> dict:
    with open(data_path("gazetteer", "g40_members.csv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {slugify(r["naam"]): {"id": slugify(r["naam"]), "name": r["naam"], "code": r["gemeentecode"]} for r in rows}


def _ministries() -> list[dict]:
    with open(data_path("gazetteer", "ministries.csv"), encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if not r["geldig_tot"] and r["afkorting_tooi"] not in ("AZ",)]
    return [{"id": r["tooi_code"], "abbr": r["afkorting_tooi"], "name": r["naam"]} for r in rows]


def _organisations() -> list[dict]:
    with open(data_path("gazetteer", "organisations.csv"), encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["afkorting"] not in ("G40",)]
    return [{"id": slugify(r["afkorting"]), "abbr": r["afkorting"], "name": r["naam"]} for r in rows[:12]]


def _document(world: World, rng: random.Random, number: int, size: int):
    """(text, meta, gold entry) for one document."""
    city_name = {c["id"]: c["name"] for c in world.cities.values()}
    facts, used = [], set()
    sentences = []

    def person():
        p = rng.choice(world.people)
        used.update((p.id, p.city))
        return p

    templates = list(range(8))
    rng.shuffle(templates)
    for kind in templates[: rng.randint(4, 6)]:
        if kind == 0:
            p, (unit, pijler) = person(), rng.choice(world.themagroepen)
            used.add(unit)
            theme = world.entities[unit]["names"][1]
            sentences.append(f"{p.name} ({city_name[p.city]}) is trekker van de themagroep {theme}.")
            facts += [[p.id, "hasRole", unit, ["trekker"]], [p.id, "affiliatedWith", p.city]]
        elif kind == 1:
            p, pijler = person(), rng.choice(world.pijlers)
            used.add(pijler)
            sentences.append(f"Wethouder {p.name} van {city_name[p.city]} is voorzitter van de "
                             f"{world.entities[pijler]['names'][0]}.")
            facts += [[p.id, "hasRole", pijler, ["voorzitter"]],
                      {"any": [[p.id, "hasRole", p.city, ["wethouder"]], [p.id, "affiliatedWith", p.city]]}]
        elif kind == 2:
            city, ministry = rng.choice(sorted(world.cities)), rng.choice(world.ministries)
            used.update((city, ministry["id"]))
            sentences.append(f"De gemeente {city_name[city]} werkt samen met het ministerie van {ministry['name']} "
                             f"aan {rng.choice(TOPICS)}.")
            facts.append([city, "collaboratesWith", ministry["id"]])
        elif kind == 3:
            a, b = rng.sample(sorted(world.cities), 2)
            programme = rng.choice(world.programmes)
            used.update((a, b, programme))
            sentences.append(f"{city_name[a]} en {city_name[b]} doen mee aan de {world.entities[programme]['names'][0]}.")
            facts += [[a, "participatesIn", programme], [b, "participatesIn", programme]]
        elif kind == 4:
            unit, pijler = rng.choice(world.themagroepen)
            used.update((unit, pijler))
            sentences.append(f"De {world.entities[unit]['names'][0]} valt onder de {world.entities[pijler]['names'][0]}.")
            facts.append([unit, "partOf", pijler])
        elif kind == 5:
            p, (unit, _pijler) = person(), rng.choice(world.themagroepen)
            used.add(unit)
            sentences.append(f"Meer informatie over de {world.entities[unit]['names'][0]}: {p.name} "
                             f"({city_name[p.city]}).")
            facts += [[p.id, "contactFor", unit], [p.id, "affiliatedWith", p.city]]
        elif kind == 6:
            org = rng.choice(world.organisations)
            used.update((org["id"], "g40"))
            sentences.append(f"De G40 werkt samen met {org['abbr']} aan {rng.choice(TOPICS)}.")
            facts.append([["g40"], "collaboratesWith", org["id"]])
        else:
            ministry, programme = rng.choice(world.ministries), rng.choice(world.programmes)
            used.update((ministry["id"], programme))
            sentences.append(f"De {world.entities[programme]['names'][0]} is een initiatief van het ministerie van "
                             f"{ministry['name']}.")
            facts.append([ministry["id"], "initiated", programme])
    body, filler = [], list(FILLER)
    rng.shuffle(filler)
    paragraphs = [sentences[i : i + 2] for i in range(0, len(sentences), 2)]
    text = ""
    for i, paragraph in enumerate(paragraphs):
        body.append(" ".join(paragraph + [filler[i % len(filler)]]))
    while len("\n\n".join(body).encode("utf-8")) < size - 120:
        at = rng.randrange(len(body) + 1)
        extra = " ".join(rng.sample(FILLER, 2))
        body.insert(at, extra)
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    title = f"Nieuws uit het stedennetwerk G40 ({day.isoformat()}, nr. {number})"
    text = title + "\n\n" + "\n\n".join(body) + "\n"
    meta = {"title": title, "date": day.isoformat(), "source": "synthetisch (benchmarks/generate.py)", "language": "nl"}
    # the title names the G40, and a pijler is the G40's: true, though no sentence says it
    pijlers = sorted(key for key in used if key in world.pijlers)
    used.add("g40")
    entities = {key: world.entities[key] for key in sorted(used)}
    return text, meta, {"entities": entities, "facts": facts,
                        "optional_facts": [[pijler, "partOf", "g40"] for pijler in pijlers]}


def generate(n: int, out: Path, *, seed: int = 40, size: int = 2048) -> dict:
    """Write ``n`` documents of about ``size`` bytes into ``out/corpus`` and ``out/gold.yaml``."""
    out = Path(out)
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    world = World(seed, people=max(50, min(4000, n // 2)))
    rng = random.Random(seed + 1)
    gold = {"documents": {}}
    total = 0
    for number in range(1, n + 1):
        doc_id = f"g40-synth-{number:05d}"
        text, meta, entry = _document(world, rng, number, size)
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (corpus / f"{doc_id}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        gold["documents"][doc_id] = entry
        total += len(text.encode("utf-8"))
    with open(out / "gold.yaml", "w", encoding="utf-8") as handle:
        handle.write("# Synthetic gold (benchmarks/generate.py); format: ../shared/gold/FORMAT.md\n")
        yaml.dump(gold, handle, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=120)
    return {"documents": n, "bytes": total, "facts": sum(len(d["facts"]) for d in gold["documents"].values())}


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (100..10000)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=40)
    parser.add_argument("--size", type=int, default=2048, help="approximate bytes per document")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    stats = generate(args.docs, args.out, seed=args.seed, size=args.size)
    print(json.dumps({**stats, "seconds": round(time.perf_counter() - started, 2)}))


if __name__ == "__main__":
    main()
