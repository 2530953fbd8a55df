"""Names looked up in the normalised-name map kept with the entity index (round 54n): the same entities
as the scan of every name that it replaces, on the bundled graph and both engines."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from graph import names
from graph.errors import G40Error, InputError
from graph.store import new_dataset, open_dataset
from graph.vocab import G40, G40ID

#: (name, type, day) → (named_entities' keys, resolve_entity's key or its error), measured with the scan
#: before round 54n: exact, accent-folded, case and spaces, abbreviations, type words, everyday ministry
#: names, names several entities bear, unknown names with and without suggestions
CASES = [
    ("EZK", None, None, ["ministry/mnre1045"]),
    ("Zwolle", None, None, ["municipality/gm0193"]),
    ("Raymond Wanders", None, None, ["person/raymond-wanders"]),
    ("City Deal vitale binnensteden", None, None, ["programme/city-deal-vitale-binnensteden"]),
    ("Themagroep Armoede & Schulden", None, None, ["unit/themagroep-armoede-en-schulden"]),
    ("g40id:ministry/mnre1045", None, None, ["ministry/mnre1045"]),
    ("ministry/mnre1045", "Ministry", None, ["ministry/mnre1045"]),
    ("https://w3id.org/g40kg/id/municipality/gm0193", None, None, ["municipality/gm0193"]),
    ("Financien", None, None, ["ministry/mnre1090"]),
    ("Sudwest-Fryslan", None, None, ["municipality/gm1900"]),
    ("rene de heer", None, None, ["person/rene-de-heer"]),
    ("  ezk ", "Ministry", None, ["ministry/mnre1045"]),
    ("ZWOLLE", "Municipality", None, ["municipality/gm0193"]),
    ("raymond   wanders", "Person", None, ["person/raymond-wanders"]),
    ("BiZa", None, None, ["ministry/mnre1034"]),
    ("OC&W", None, None, ["ministry/mnre1109"]),
    ("fin", "Ministry", None, ["ministry/mnre1090"]),
    ("SoZaWe", None, None, ["ministry/mnre1073"]),
    ("gemeente Breda", None, None, ["municipality/gm0758"]),
    ("ministerie van Financiën", None, None, ["ministry/mnre1090"]),
    ("Ministerie van Binnenlandse Zaken", None, None, ["ministry/mnre1034"]),
    ("provincie Groningen", None, None, ["province/pv20"]),
    ("gemeente Groningen", None, None, ["municipality/gm0014"]),
    ("Binnenlandse Zaken", None, None, ["ministry/mnre1034"]),
    ("Volksgezondheid", "Ministry", None, ["ministry/mnre1025"]),
    ("ministerie van Onderwijs", None, None, ["ministry/mnre1109"]),
    ("Groningen", None, None, ["municipality/gm0014"]),  # also the province: the one documents name
    ("Groningen", "Province", None, ["province/pv20"]),
    ("Utrecht", None, None, ["municipality/gm0344"]),
    ("LNV", None, None, ["ministry/mnre1153"]),  # two ministries bore it
    ("LNV", "Ministry", "2020-01-01", ["ministry/mnre1153"]),
    ("EZ", None, None, ["ministry/mnre1045"]),
    ("EZ", None, "2005-01-01", ["ministry/mnre1045"]),
    ("Economische Zaken", "Ministry", "2015-06-01", ["ministry/mnre1045"]),
    ("Zwolle", "Person", None, "onbekende naam 'Zwolle'"),
    ("EZK", ("OrganisationalUnit", "Organisation"), None, "onbekende naam 'EZK'"),
    ("Amsterdm", None, None, "onbekende naam 'Amsterdm'; bedoelt u 'Amsterdam'?"),
    ("Zwole", "Municipality", None, "onbekende naam 'Zwole'; bedoelt u 'Zwolle', 'Zeewolde'?"),
    ("Raymond Wandrs", "Person", None, "onbekende naam 'Raymond Wandrs'; bedoelt u 'Raymond Wanders'?"),
    ("bkz", None, None, "onbekende naam 'bkz'; bedoelt u 'BZK', 'BZ'?"),
    ("xyzzy", None, None, "onbekende naam 'xyzzy'"),
    ("ministerie van Toerisme", "Ministry", None, "onbekende naam 'ministerie van Toerisme'"),
    ("gemeente Atlantis", None, None, "onbekende naam 'gemeente Atlantis'"),
]


def _keys(entries) -> list[str]:
    return [e.iri.split("/id/")[-1] for e in entries]


def _outcome(dataset, name, type_, on):
    found = _keys(names.named_entities(dataset, name, type_, on=on))
    try:
        resolved = str(names.resolve_entity(dataset, name, type_, on=on)).split("/id/")[-1]
    except G40Error as error:
        return found, str(error)
    return found, [resolved]


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def datasets(request, seed_graph):
    """A dataset of the bundled graph that built its index, and one that read it as kept (both engines)."""
    first = open_dataset(seed_graph, engine=request.param)
    names.entity_index(first)
    return first, open_dataset(seed_graph, engine=request.param)


@pytest.mark.parametrize("name, type_, on, expected", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_names_resolve_as_before(datasets, name, type_, on, expected):
    for dataset in datasets:
        found, resolved = _outcome(dataset, name, type_, on)
        assert resolved == expected
        assert found == ([] if isinstance(expected, str) else expected)


#: names.normalise remembered per text, for the scan below: a pure function of its text, so the scan finds
#: what it found when it normalised every name again for each lookup (5 million calls: 84 of the test's
#: 108 s under cProfile)
_normalised = cache(names.normalise)


def _scanned(dataset, name: str, type_=None) -> list[str]:
    """named_entities as it was before round 54n: every name of the index normalised for each lookup
    (:data:`_normalised` remembers each text's normal form, the scan still compares every name)."""
    index = names.entity_index(dataset)
    candidates = [e for e in index.values() if names.of_type(e.type, type_)]
    iri = names._expand(name.strip())
    if iri in index and names.of_type(index[iri].type, type_):
        return _keys([index[iri]])
    wanted = _normalised(name)
    hits = [e for e in candidates if any(_normalised(n) == wanted for n in e.names)]
    typed, rest = names.type_word(wanted)
    if not hits and typed and names.of_type(typed, type_):
        hits = [e for e in candidates if e.type == typed and any(_normalised(n) == rest for n in e.names)]
    if not hits and names.of_type("Ministry", type_):
        short = rest if typed == "Ministry" else wanted
        hits = [e for e in candidates
                if e.type == "Ministry" and any(names.everyday_name(_normalised(n)) == short for n in e.names)]
    if len(hits) > 1:
        hits = names._in_documents(dataset, hits) or hits
    if len(hits) > 1 and all(e.type == "Ministry" for e in hits):
        hits = names._holders_on(dataset, hits, wanted, date.today().isoformat()) or hits
    if len(hits) > 1:
        hits = [e for e in hits if _normalised(e.label) == wanted] or hits
    return _keys(sorted(hits, key=lambda e: e.iri))


def test_every_name_of_the_bundled_graph_finds_what_the_scan_found(datasets):
    """Every name of the index as written, in capitals, after "gemeente" and after "ministerie van",
    with no type and with its own type: the entities the scan found."""
    first, kept = datasets
    index = names.entity_index(kept)
    assert index == names.entity_index(first)
    tried = 0
    for entry in index.values():
        for written in entry.names:
            for form in (written, written.upper(), f"gemeente {written}", f"ministerie van {written}"):
                for type_ in (None, entry.type):
                    assert _keys(names.named_entities(kept, form, type_)) == _scanned(first, form, type_), form
                    tried += 1
    assert tried == 8 * sum(len(e.names) for e in index.values()) > 5000


def test_the_name_map_is_built_once_per_dataset(seed_graph, monkeypatch):
    """A second lookup normalises only the name looked up, not the index's names."""
    dataset = open_dataset(seed_graph, engine="oxigraph")
    names.named_entities(dataset, "EZK")
    calls = []
    normalise = names.normalise
    monkeypatch.setattr(names, "normalise", lambda text: calls.append(text) or normalise(text))
    assert _keys(names.named_entities(dataset, "Binnenlandse Zaken")) == ["ministry/mnre1034"]
    assert calls == ["Binnenlandse Zaken"]


def test_a_name_two_entities_bear_is_ambiguous():
    dataset = new_dataset()
    for key in ("person/jan-smit", "person/jan-smit-gouda"):
        dataset.add((G40ID[key], RDF.type, G40.Person)).add((G40ID[key], SKOS.prefLabel, Literal("Jan Smít")))
    assert _keys(names.named_entities(dataset, "JAN SMIT")) == ["person/jan-smit", "person/jan-smit-gouda"]
    with pytest.raises(InputError, match="'JAN SMIT' kan meerdere dingen zijn: Jan Smít \\(persoon, "):
        names.resolve_entity(dataset, "JAN SMIT")
    assert names.search_entities(dataset, "jan smid", limit=1)[0]["matched"] == "Jan Smít"



def test_an_entitys_names_come_in_one_order_on_both_engines(seed_graph):
    """Each label query's rows are read sorted, so an entity's names, and the search box's "matched" name (the
    first name of the best score), do not follow an engine's row order: "de" matched the G40's
    "Stedennetwerk G40" on Oxigraph and "G40 Stedennetwerk" on rdflib."""
    from graph.serve.explore_home import search

    on = {engine: open_dataset(seed_graph, engine=engine) for engine in ("oxigraph", "rdflib")}
    index = {engine: names.entity_index(dataset) for engine, dataset in on.items()}
    assert {iri: entry.names for iri, entry in index["oxigraph"].items()} \
        == {iri: entry.names for iri, entry in index["rdflib"].items()}
    matched = {engine: {hit["iri"]: hit["matched"] for hit in search(dataset, "de")} for engine, dataset in on.items()}
    assert matched["oxigraph"] == matched["rdflib"]
    assert matched["oxigraph"][str(G40ID["organisation/g40"])] == "G40 Stedennetwerk"
