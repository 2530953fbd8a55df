"""Every named question on the fixture graph, with exact expected answers, on both engines."""

from __future__ import annotations

import pytest
from fixture_graph import ENGINES, EZK, small_dataset
from rdflib import Literal

from graph.errors import InputError, UnknownName
from graph.query import code_only, get_question, load_questions, question_text, run_question, term_value
from graph.shortcuts import collaboration_matrix, collaborators, entity_profile, question_rows
from graph.timefilter import TimeWindow, ministry_label_at

PROBE = 'EZK" } ; DROP ALL ; #'


@pytest.fixture(scope="module")
def both_engines():
    """The fixture graph on each engine, once per module (read-only: no test here changes it)."""
    return {engine: small_dataset(engine) for engine in ENGINES}


@pytest.fixture(scope="module", params=ENGINES)
def dataset(request, both_engines):
    return both_engines[request.param]


def pick(rows, *columns):
    return [tuple(row[c] for c in columns) for row in rows]


# (question, params, columns to compare, expected rows in order)
CASES = [
    ("collaborations-matrix", {}, ("actorLabel", "ministryLabel", "documents", "evidence"), [
        ("Almere", "SZW", 1, 1),
        ("Breda", "EZK", 1, 1),
        ("pijler Sociale Stad", "EZK", 1, 1),
        ("pijler Sociale Stad", "OCW", 1, 1),
        ("taskforce Energietransitie", "BZK", 1, 1),
        ("taskforce Energietransitie", "EZK", 2, 2),
    ]),
    ("collaborations-matrix", {"at": "2021-06-01"}, ("actorLabel", "ministryLabel", "documents"), [
        ("taskforce Energietransitie", "BZK", 1),
        ("taskforce Energietransitie", "EZK", 1),
    ]),
    ("collaborations-matrix", {"at": "1990-01-01"}, ("actorLabel",), []),
    # doc-a is a year report over 2021 (a period, no dcterms:date), doc-b a news item of 2022-10-06
    ("collaborations-per-year", {}, ("year", "collaborations", "documents", "evidence"), [(2021, 2, 1, 2), (2022, 5, 1, 5)]),
    ("collaborations-per-year", {"actor": "EZK", "min_confidence": "0.6"}, ("year", "collaborations", "evidence"), [
        (2021, 1, 1), (2022, 2, 2)]),
    ("collaborations-per-year", {"at": "1990-01-01"}, ("year",), []),
    # Breda–EZK rests on one passage of confidence 0.5 (on Oxigraph the filter once sat where
    # the parameter was not in scope and kept every pair)
    ("collaborations-matrix", {"min_confidence": "0.6"}, ("actorLabel", "ministryLabel", "documents"), [
        ("Almere", "SZW", 1),
        ("pijler Sociale Stad", "EZK", 1),
        ("pijler Sociale Stad", "OCW", 1),
        ("taskforce Energietransitie", "BZK", 1),
        ("taskforce Energietransitie", "EZK", 2),
    ]),
    ("collaborations-with-ministry", {"ministry": "ezk"}, ("actorLabel", "documentId", "start", "confidence"), [
        ("Breda", "doc-b", "2022-10-06", 0.5),
        ("pijler Sociale Stad", "doc-b", "2022-10-06", 0.7),
        ("taskforce Energietransitie", "doc-a", "2021-01-01", 0.85),
        ("taskforce Energietransitie", "doc-b", "2022-10-06", 0.9),
    ]),
    ("collaborations-with-ministry", {"ministry": "EZK", "min_confidence": "0.6"}, ("actorLabel", "documentId"), [
        ("pijler Sociale Stad", "doc-b"),
        ("taskforce Energietransitie", "doc-a"),
        ("taskforce Energietransitie", "doc-b"),
    ]),
    ("collaborations-with-ministry", {"ministry": "Economische Zaken en Klimaat", "at": "2021-06-01"},
     ("actorLabel", "quote"), [
        ("taskforce Energietransitie",
         "In 2021 werkte de taskforce Energietransitie samen met de ministeries van EZK en BZK."),
    ]),
    ("who-is-who", {"person": "carla smit"}, ("relation", "direction", "role", "otherLabel", "start", "end", "documentId"), [
        ("hasRole", "out", "voorzitter", "pijler Sociale Stad", "2021-07-01", "2021-12-31", "doc-a"),
        ("succeeded", "out", None, "Bram Jansen", "2021-07-01", "2021-12-31", "doc-a"),
        ("hasRole", "out", "voorzitter", "pijler Sociale Stad", "2022-10-06", None, "doc-b"),
    ]),
    # one row per fact (Carla Smit's chair: two documents, the later one restates it after its end)
    ("who-does-what", {}, ("personLabel", "role", "bodyLabel", "since", "end", "curated", "documentId", "documents"), [
        ("Anna de Vries", "voorzitter", "taskforce Energietransitie", "2021-03-01", "", False, "doc-a", 1),
        ("Bram Jansen", "voorzitter", "pijler Sociale Stad", "2021-01-01", "2021-06-30", False, "doc-a", 1),
        ("Carla Smit", "voorzitter", "pijler Sociale Stad", "2021-07-01", "", False, "doc-a", 2),
    ]),
    ("who-does-what", {"as_of": "2021-06-01"}, ("personLabel", "since", "end"), [
        ("Anna de Vries", "2021-03-01", ""), ("Bram Jansen", "2021-01-01", "2021-06-30")]),
    ("who-is-who", {"person": "Bram Jansen"}, ("relation", "direction", "otherLabel", "past"), [
        ("hasRole", "out", "pijler Sociale Stad", True),
        ("succeeded", "in", "Carla Smit", None),
    ]),
    ("members", {"target": "pijler Sociale Stad"}, ("memberLabel", "relation", "role", "start"), [
        ("Bram Jansen", "hasRole", "voorzitter", "2021-01-01"),
        ("Carla Smit", "hasRole", "voorzitter", "2021-07-01"),
        ("Carla Smit", "hasRole", "voorzitter", "2022-10-06"),
        ("themagroep Armoede en Schulden", "partOf", None, "2022-10-06"),
    ]),
    ("members", {"target": "City Deal Zicht op Ondermijning"}, ("memberLabel", "memberType", "relation"), [
        ("Breda", "Municipality", "participatesIn"),
        ("Zwolle", "Municipality", "participatesIn"),
    ]),
    ("g40-cities-programmes", {}, ("cityLabel", "programmeLabel", "programmeKind", "relation", "documents"), [
        ("Breda", "City Deal Zicht op Ondermijning", "citydeal", "participatesIn", 1),
        ("Zwolle", "City Deal Zicht op Ondermijning", "citydeal", "participatesIn", 1),
    ]),
    ("g40-cities-programmes", {"kind": "fund"}, ("cityLabel",), []),
    # nothing in the window: no row (rdflib groups no rows into one unbound group)
    ("g40-cities-programmes", {"at": "1990-01-01"}, ("cityLabel",), []),
    ("city-involvement", {"city": "Breda"}, ("relation", "direction", "otherLabel", "documentId"), [
        ("affiliatedWith", "in", "Anna de Vries", "doc-a"),
        ("collaboratesWith", "out", "EZK", "doc-b"),
        ("participatesIn", "out", "City Deal Zicht op Ondermijning", "doc-a"),
    ]),
    # round 45q: the fixture's G40 cities reach ministries only directly (no ministry takes part in a
    # programme), and it has no contact of a ministry; tests/test_city_ministry_questions.py has both
    ("city-ministry", {}, ("cityLabel", "ministryLabel", "programmeLabel", "relation", "documents", "documentId"), [
        ("Almere", "SZW", None, "collaboratesWith", 1, "doc-b"), ("Breda", "EZK", None, "collaboratesWith", 1, "doc-b")]),
    ("city-ministry", {"city": "Breda", "ministry": "SZW"}, ("cityLabel",), []),
    ("ministry-contacts", {}, ("personLabel",), []),
    # round 53c (walkthrough 28, finding 9): every unit's chairs, by unit
    ("unit-chairs", {}, ("bodyLabel", "role", "personLabel", "since", "documentId"), [
        ("pijler Sociale Stad", "voorzitter", "Bram Jansen", "2021-01-01", "doc-a"),
        ("pijler Sociale Stad", "voorzitter", "Carla Smit", "2021-07-01", "doc-a"),
        ("taskforce Energietransitie", "voorzitter", "Anna de Vries", "2021-03-01", "doc-a"),
    ]),
    ("themagroep-contacts", {}, ("themagroepLabel", "personLabel", "relation", "start"), [
        ("themagroep Armoede en Schulden", "Dirk Bakker", "contactFor", "2022-10-06"),
    ]),
    ("ministries-per-theme", {}, ("themeLabel", "ministryLabel", "viaLabel", "documents"), [
        ("energietransitie", "BZK", "taskforce Energietransitie", 1),
        ("energietransitie", "EZK", "taskforce Energietransitie", 2),
    ]),
    ("ministries-per-theme", {"theme": "armoede"}, ("ministryLabel",), []),
    ("ministry-gap", {"ministry": "EZK"}, ("cityLabel", "provinceLabel"), [
        ("Almere", "Flevoland"),
        ("Zwolle", "Overijssel"),
    ]),
    ("ministry-gap", {"ministry": "EZK", "at": "2021-06-01"}, ("cityLabel",), [("Almere",), ("Breda",), ("Zwolle",)]),
    ("ministry-gap", {"ministry": "szw"}, ("cityLabel",), [("Breda",), ("Zwolle",)]),
    ("g40-cities-not-taking-part", {}, ("cityLabel", "provinceLabel"), [("Almere", "Flevoland")]),
    # Breda is a member since 2010-01-01 in the fixture: no G40 city in 1990 (round 58k)
    ("g40-cities-not-taking-part", {"as_of": "1990-01-01"}, ("cityLabel",), [("Almere",), ("Zwolle",)]),
    ("unit-role-timeline", {"unit": "pijler Sociale Stad"}, ("start", "end", "role", "personLabel", "past", "documentId"), [
        ("2021-01-01", "2021-06-30", "voorzitter", "Bram Jansen", True, "doc-a"),
        ("2021-07-01", "2021-12-31", "voorzitter", "Carla Smit", False, "doc-a"),
        ("2022-10-06", None, "voorzitter", "Carla Smit", False, "doc-b"),
    ]),
    ("unit-role-timeline", {"unit": "pijler Sociale Stad", "at": "2021-03-01"}, ("personLabel",), [("Bram Jansen",)]),
    ("unit-role-timeline", {"unit": "pijler Sociale Stad", "from": "2021-09-01", "until": "2022-12-31"},
     ("personLabel", "documentId"), [("Carla Smit", "doc-a"), ("Carla Smit", "doc-b")]),
    ("unit-role-timeline", {"unit": "taskforce Energietransitie", "role": "voorzitter"}, ("personLabel", "start", "end"), [
        ("Anna de Vries", "2021-03-01", None),
    ]),
    ("entity-facts", {"entity": "Dirk Bakker"}, ("relation", "otherLabel", "confidence"), [
        ("affiliatedWith", "Zwolle", 0.8),
        ("contactFor", "themagroep Armoede en Schulden", 0.9),
    ]),
]


@pytest.mark.parametrize("name, params, columns, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_named_question_answers(dataset, name, params, columns, expected):
    result = run_question(dataset, name, params)
    rows = [{c: term_value(row.get(c)) for c in result.columns} for row in result.rows]
    assert pick(rows, *columns) == expected, f"{name} {params} returned {pick(rows, *columns)}"


def test_every_question_is_covered_and_documented():
    questions = load_questions()
    assert {case[0] for case in CASES} == set(questions)
    for name, question in questions.items():
        assert question.title_in("nl") and question.title_in("en") and question.title_in("nl") != question.title_in("en")
        assert question.description_in("nl") and question.description_in("en"), name
        assert question.columns, name
        if question.parameters:
            assert "# @parameters" in question.text, name
        for parameter in question.parameters:
            assert parameter.help("nl") and parameter.help("en"), (name, parameter.name)


@pytest.mark.parametrize("engine, keyword", [("rdflib", "OPTIONAL"), ("endpoint", "")])
def test_questions_without_lateral_are_sparql_1_1(engine, keyword):
    """rdflib gets each question's LATERAL groups as OPTIONAL groups, SPARQL 1.1 servers as plain ones."""
    from rdflib.plugins.sparql import prepareQuery

    from graph.vocab import sparql_prologue

    questions = load_questions()
    lateral = question_text(questions["collaborations-matrix"], {})
    assert lateral.count("LATERAL {") == 2
    rewritten = question_text(questions["collaborations-matrix"], {}, engine=engine)
    changed = [(a, b) for a, b in zip(lateral.splitlines(), rewritten.splitlines()) if a != b]
    assert len(changed) == 2 and all(a.startswith("  LATERAL {") for a, _ in changed)
    assert all(b == a.replace("LATERAL", keyword) for a, b in changed)
    for name, question in questions.items():
        text = question_text(question, {}, engine=engine)
        assert "LATERAL" not in code_only(text), name
        prepareQuery(sparql_prologue() + text)  # raises on a parse error


# the required parameters, and a value per optional parameter type that filters the fixture
REQUIRED = {"city-involvement": {"city": "Breda"}, "collaborations-with-ministry": {"ministry": "EZK"},
            "entity-facts": {"entity": "EZK"}, "members": {"target": "pijler Sociale Stad"},
            "ministry-gap": {"ministry": "EZK"}, "unit-role-timeline": {"unit": "pijler Sociale Stad"},
            "who-is-who": {"person": "Bram Jansen"}}
SAMPLES = {"at": ["2021-06-01", "2022-10-06"], "from": ["2022-01-01"], "until": ["2021-06-30"],
           "as_of": ["2021-06-01", "2022-10-06", "2030-01-01"],
           "min_confidence": ["0.6", "0.8"], "kind": ["citydeal"], "role": ["voorzitter"], "theme": ["armoede"],
           "themagroep": ["pijler Sociale Stad"], "person": ["Bram Jansen"], "body": ["pijler Sociale Stad"],
           "city": ["Breda"], "ministry": ["EZK"], "actor": ["BZK"]}
SWEEP = [(name, parameter.name, value) for name, question in sorted(load_questions().items())
         for parameter in question.parameters if not parameter.required for value in SAMPLES[parameter.name]]


@pytest.mark.parametrize("name, parameter, value", SWEEP, ids=[f"{n}-{p}={v}" for n, p, v in SWEEP])
def test_every_optional_parameter_gives_the_same_rows_on_both_engines(both_engines, name, parameter, value):
    """A parameter filter inside a nested group where the parameter is not in scope does nothing on
    Oxigraph (evaluation is bottom-up) but filters on rdflib (it leaks bindings inward): that
    difference hid a min_confidence that collaborations-matrix ignored on Oxigraph."""
    params = {**REQUIRED.get(name, {}), parameter: value}
    found = {engine: sorted(repr(sorted((k, term_value(v)) for k, v in row.items()))
                            for row in run_question(dataset, name, params).rows)
             for engine, dataset in both_engines.items()}
    assert found["oxigraph"] == found["rdflib"], params


def test_at_changes_the_answer(dataset):
    all_rows = run_question(dataset, "collaborations-with-ministry", {"ministry": "EZK"}).rows
    at_rows = run_question(dataset, "collaborations-with-ministry", {"ministry": "EZK", "at": "2021-06-01"}).rows
    later = run_question(dataset, "collaborations-with-ministry", {"ministry": "EZK", "at": "2022-10-06"}).rows
    assert (len(all_rows), len(at_rows), len(later)) == (4, 1, 3)


def test_injection_probe_is_just_a_name(dataset):
    before = len(dataset)
    rows = run_question(dataset, "unit-role-timeline", {"unit": "pijler Sociale Stad", "role": PROBE}).rows
    assert rows == []
    with pytest.raises(UnknownName) as caught:
        run_question(dataset, "collaborations-with-ministry", {"ministry": PROBE})
    assert caught.value.name == PROBE
    assert len(dataset) == before
    text = question_text(get_question("unit-role-timeline"), {"role": Literal(PROBE)})
    assert 'VALUES (?unit ?role ?at ?from ?until ?as_of) { (UNDEF "EZK\\" } ; DROP ALL ; #" UNDEF UNDEF UNDEF UNDEF) }' in text


def test_unknown_ministry_suggests_close_names(dataset):
    with pytest.raises(UnknownName) as caught:
        run_question(dataset, "ministry-gap", {"ministry": "EZKK"})
    assert caught.value.suggestions[0] == "EZK"
    assert "EZK" in str(caught.value)


@pytest.mark.parametrize("kind, dutch, english", [
    ("programme", "onbekend programma 'X'", "unknown programme 'X'"),
    ("organisation", "onbekende organisatie 'X'", "unknown organisation 'X'"),
    ("gazetteer", "gazetteer 'X' niet gevonden", "gazetteer 'X' not found"),  # a kind without its own text
])
def test_unknown_name_text_per_kind(kind, dutch, english):
    from graph import names  # noqa: F401  (registers the texts per kind)
    from graph.messages import language

    assert str(UnknownName(kind, "X")) == dutch
    with language("en"):
        assert str(UnknownName(kind, "X", ["Y"])) == english + "; did you mean 'Y'?"


@pytest.mark.parametrize("bad", [{"ministry": "EZK", "at": "gisteren"}, {}, {"ministry": "EZK", "nope": "1"}])
def test_bad_parameters_are_input_errors(dataset, bad):
    with pytest.raises(InputError):
        run_question(dataset, "collaborations-with-ministry", bad)


def test_ministry_names_follow_tooi_periods(dataset):
    assert [ministry_label_at(dataset, EZK, d) for d in ("2016-05-01", "2021-06-01", "2025-01-01", "2026-03-01")] == [
        "EZ", "EZK", "EZ", "EZK"]
    matrix = collaboration_matrix(dataset, window=TimeWindow(between=("2022-01-01", "2025-01-01")))
    assert matrix["ministries"] == ["EZK/EZ", "OCW", "SZW"], matrix  # both names of the period
    _, rows = question_rows(dataset, "collaborations-matrix", {}, window=TimeWindow(at="2021-06-01"))
    assert {r["ministryLabel"] for r in rows} == {"BZK", "EZK"}


def test_collaborators_groups_evidence_by_actor(dataset):
    found = collaborators(dataset, "ezk")
    assert found["ministry"] == {"iri": EZK, "label": "EZK"}
    assert [(a["label"], a["documents"], len(a["evidence"])) for a in found["actors"]] == [
        ("taskforce Energietransitie", ["doc-a", "doc-b"], 2),
        ("Breda", ["doc-b"], 1),
        ("pijler Sociale Stad", ["doc-b"], 1),
    ]
    assert found["actors"][0]["evidence"][1] == {
        "quote": "Ook de taskforce Energietransitie sprak met EZK.", "document": "doc-b",
        "title": "Nieuwsbericht netwerkdag 2022", "start": "2022-10-06", "end": None, "confidence": 0.9}


def test_entity_profile_groups_by_relation(dataset):
    profile = entity_profile(dataset, "anna de vries")
    assert (profile["label"], profile["type"]) == ("Anna de Vries", "Person")
    assert sorted(profile["relations"]) == ["affiliatedWith", "hasRole"]
    assert profile["relations"]["hasRole"][0]["role"] == "voorzitter"
    assert "De Vries" in profile["names"]
