"""Gold scoring follows the matching rules of FORMAT.md exactly."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import InputError
from graph.evaluate import evaluate, load_gold, normalise_label

GOLD = {
    "documents": {
        "d": {
            "entities": {
                "g40": {"type": "Organisation", "names": ["G40", "Stedennetwerk G40"]},
                "pijler": {"type": "OrganisationalUnit", "names": ["Pijler Economie & Werk"]},
                "jan": {"type": "Person", "names": ["Jan de Vries"]},
                "breda": {"type": "Municipality", "names": ["Breda"]},
                "ezk": {"type": "Ministry", "names": ["EZK"]},
            },
            "optional_entities": ["brede welvaart"],
            "facts": [
                ["pijler", "partOf", "g40"],
                ["jan", "hasRole", "pijler", ["vice-voorzitter"]],
                ["jan", "affiliatedWith", "breda"],
                {"any": [["breda", "collaboratesWith", "ezk"], ["ezk", "participatesIn", "pijler"]]},
            ],
            "optional_facts": [["g40", "*", "*"]],
        }
    }
}


def row(subject, predicate, obj, role=None, document="d"):
    return {"document": document, "subject": subject, "predicate": predicate, "object": obj, "role": role,
            "evidence": "..."}


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Pijler Economie & Werk", "pijler economie en werk"),
        ("De taskforce", "taskforce"),
        ("het Rijk", "rijk"),
        ("René de Heer", "rene de heer"),
        ("Sittard-Geleen", "sittard geleen"),
        ("'s-Hertogenbosch", "s hertogenbosch"),
    ],
)
def test_normalise_label(label, expected):
    assert normalise_label(label) == expected


def test_perfect_export_scores_one():
    facts = [
        row("Pijler Economie en Werk", "partOf", "Stedennetwerk G40"),
        row("Jan de Vries", "hasRole", "pijler economie & werk", role="vicevoorzitter"),
        row("Jan de Vries", "affiliatedWith", "Breda"),
        row("EZK", "collaboratesWith", "Breda"),  # symmetric
        *[row("d", "mentions", name) for name in ("G40", "Pijler Economie en Werk", "Jan de Vries", "Breda", "EZK",
                                                   "brede welvaart")],
    ]
    result = evaluate(GOLD, facts).overall
    assert (result.relations.precision, result.relations.recall) == (1.0, 1.0)
    assert (result.entities.precision, result.entities.recall) == (1.0, 1.0)


def test_wrong_role_and_direction_count_as_misses_and_wrong_facts():
    facts = [
        row("G40", "partOf", "Pijler Economie en Werk"),  # optional (g40, *, *) — not wrong
        row("Jan de Vries", "hasRole", "Pijler Economie en Werk", role="secretaris"),  # wrong role
        row("Breda", "partOf", "EZK"),  # wrong
    ]
    doc = evaluate(GOLD, facts).documents[0]
    assert doc.relations.predicted == 3 and doc.relations.correct == 1
    assert doc.relations.found == 0 and doc.relations.gold == 4
    assert any("secretaris" in w for w in doc.wrong_facts)
    assert "pijler | partOf | g40" in doc.missed_facts


def test_has_role_satisfies_affiliated_with():
    doc = evaluate(GOLD, [row("Jan de Vries", "hasRole", "Breda", role="wethouder")]).documents[0]
    assert doc.relations.found == 1 and doc.missed_facts[0] == "pijler | partOf | g40"


def test_unknown_entities_lower_entity_precision():
    facts = [row("d", "mentions", "Breda"), row("d", "mentions", "Onzin BV")]
    doc = evaluate(GOLD, facts).documents[0]
    assert (doc.entities.correct, doc.entities.predicted, doc.entities.found) == (1, 2, 1)
    assert doc.wrong_entities == ["Onzin BV"]


def test_load_gold_errors_name_the_file(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text("documents: [unclosed", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.yaml: ongeldige YAML op regel 1"):
        load_gold(bad)
    bad.write_text("facts: []", encoding="utf-8")
    with pytest.raises(InputError, match="begint met 'documents:'"):
        load_gold(bad)
    from graph.messages import language

    with language("en"), pytest.raises(InputError, match="needs a top-level 'documents:' mapping"):
        load_gold(bad)
    bad.write_text("documents: []", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.yaml: onder 'documents:' staat een lijst; verwacht: per document-id "
                                         r"een mapping"):
        load_gold(bad)
    bad.write_text("documents:\n", encoding="utf-8")
    with language("en"), pytest.raises(InputError, match="'documents:' holds nothing; expected a mapping"):
        load_gold(bad)


def test_a_gold_file_without_documents_or_without_any_built_is_an_error_not_a_score(runner, tmp_path):
    from graph.cli import cli

    empty = tmp_path / "leeg.yaml"
    empty.write_text("documents: {}\n", encoding="utf-8")
    result = runner.invoke(cli, ["evaluate", str(empty)])
    assert (result.exit_code, result.output) == (
        2, f"Fout: {empty}: de goudstandaard noemt geen documenten; er valt niets te meten\n")
    gold, facts = tmp_path / "gold.yaml", tmp_path / "facts.jsonl"
    gold.write_text("documents:\n  nieuws: {}\n", encoding="utf-8")
    facts.write_text('{"document": "ander", "subject": "Breda", "predicate": "collaboratesWith", "object": "EZK"}\n',
                     encoding="utf-8")
    result = runner.invoke(cli, ["--lang", "en", "evaluate", str(gold), "--facts", str(facts)])
    assert (result.exit_code, result.output) == (
        2, "Error: no facts from the gold file's 1 documents (ids: nieuws); are they in the folders built or in "
           "--facts?\n")


# round 39g: a gold fact may give its time ({fact: [...], from:, until:, past:}); list facts score as before
DATED_GOLD = {
    "documents": {
        "d": {
            "entities": {"jan": {"type": "Person", "names": ["Jan de Vries"]},
                         "pijler": {"type": "OrganisationalUnit", "names": ["Pijler Fysiek"]},
                         "breda": {"type": "Municipality", "names": ["Breda"]},
                         "ezk": {"type": "Ministry", "names": ["EZK"]}},
            "facts": [
                {"fact": ["jan", "hasRole", "pijler", ["voorzitter"]], "from": 2019, "until": None},
                {"any": [["breda", "collaboratesWith", "ezk"]], "from": "2024-01", "until": date(2024, 6, 30)},
                {"fact": ["jan", "affiliatedWith", "breda"], "past": True},
                {"fact": ["breda", "partOf", "pijler"], "from": 2020},  # dated but not found
                ["pijler", "collaboratesWith", "ezk"],  # no time: never checked
            ],
        }
    }
}


def timed(subject, predicate, obj, valid_from, valid_until, past=False, role=None):
    return {**row(subject, predicate, obj, role=role), "valid_from": valid_from, "valid_until": valid_until,
            "past": past}


def test_gold_times_are_checked_at_the_gold_precision():
    facts = [
        timed("Jan de Vries", "hasRole", "Pijler Fysiek", "2019-07-01", None, role="voorzitter"),  # 2019: right
        timed("Breda", "collaboratesWith", "EZK", None, "2025-06-30"),  # start open, end a year late: wrong
        timed("Jan de Vries", "hasRole", "Breda", "2018-01-01", None, past=False, role="wethouder"),  # not past
        timed("Pijler Fysiek", "collaboratesWith", "EZK", "1999-01-01", None),
    ]
    result = evaluate(DATED_GOLD, facts)
    time = result.overall.time
    assert (time.dated, time.checked, time.correct, time.accuracy) == (4, 3, 1, 1 / 3)
    assert result.overall.relations.recall == 4 / 5 and result.has_time
    assert result.documents[0].wrong_dates == [
        "breda | collaboratesWith | ezk: van: verwacht 2024-01, gevonden (open); tot: verwacht 2024-06-30, "
        "gevonden 2025-06-30",
        "jan | affiliatedWith | breda: past: verwacht true, gevonden false",
    ]


def test_a_fact_found_twice_has_the_right_time_when_one_row_has_it():
    facts = [timed("Jan de Vries", "hasRole", "Pijler Fysiek", "2018-05-01", None, role="voorzitter"),
             timed("Jan de Vries", "hasRole", "Pijler Fysiek", "2019-12-31", None, role="voorzitter")]
    assert (evaluate(DATED_GOLD, facts).overall.time.correct, evaluate(DATED_GOLD, facts[:1]).overall.time.correct) == (1, 0)


def test_list_facts_have_no_time_and_score_as_before():
    result = evaluate(GOLD, [row("Pijler Economie en Werk", "partOf", "G40")])
    assert not result.has_time and (result.overall.time.dated, result.overall.time.checked) == (0, 0)
    assert result.overall.relations.found == 1


@pytest.mark.parametrize("fact, message", [
    ({"fact": ["jan", "partOf", "pijler"], "from": "juli 2019"},
     "'juli 2019' is geen gouden datum (JJJJ, JJJJ-MM of JJJJ-MM-DD, of null/open) (document d)"),
    ({"fact": ["jan", "partOf", "pijler"], "tot": 2020},
     "onbekende sleutel(s) tot bij een feit; bekend: fact, any, from, until, past (document d)"),
    ({"from": 2020}, "een feit als mapping heeft 'fact: [onderwerp, relatie, object]' of 'any: [...]' "
                     "(gevonden: from) (document d)"),
    ({"fact": ["jan", "partOf", "pijler"], "past": "ja"}, "past: 'ja' moet true of false zijn (document d)"),
])
def test_a_malformed_gold_time_is_a_one_line_error(fact, message):
    with pytest.raises(InputError) as error:
        evaluate({"documents": {"d": {"facts": [fact]}}}, [row("a", "partOf", "b")])
    assert str(error.value) == message


def test_evaluate_prints_the_time_line_and_lists_wrong_times(runner, tmp_path):
    import json

    from graph.cli import cli

    gold, facts = tmp_path / "gold.yaml", tmp_path / "facts.jsonl"
    gold.write_text("documents:\n  d:\n    entities:\n      jan: {type: Person, names: [Jan de Vries]}\n"
                    "      breda: {type: Municipality, names: [Breda]}\n"
                    "    facts:\n      - {fact: [jan, hasRole, breda, [wethouder]], from: 2019-07-01, until: 2023}\n",
                    encoding="utf-8")
    facts.write_text(json.dumps(timed("Jan de Vries", "hasRole", "Breda", "2019-07-01", None, role="wethouder")) + "\n",
                     encoding="utf-8")
    result = runner.invoke(cli, ["evaluate", str(gold), "--facts", str(facts), "-v"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[4] == ("Tijd: 0 van 1 gevonden feiten met een gouden tijd hebben die goed (0.00); een gouden '2019' "
                        "klopt bij elke datum in 2019, '2019-07' bij elke in juli 2019")
    assert lines[-2:] == [
        "d — gevonden feiten met een verkeerde tijd (1):",
        "  - jan | hasRole | breda | ['wethouder']: tot: verwacht 2023, gevonden (open)",
    ]
    result = runner.invoke(cli, ["evaluate", str(gold), "--facts", str(facts), "--format", "json"])
    overall = json.loads(result.output)["overall"]
    assert (overall["time"], overall["relations"]["recall"]) == (
        {"dated": 1, "checked": 1, "correct": 0, "accuracy": 0.0}, 1.0)
    assert json.loads(result.output)["documents"][0]["wrong_dates"] == [
        "jan | hasRole | breda | ['wethouder']: tot: verwacht 2023, gevonden (open)"]


def test_evaluate_json_has_no_time_keys_for_a_gold_file_without_times(runner, tmp_path):
    import json

    from graph.cli import cli

    gold, facts = tmp_path / "gold.yaml", tmp_path / "facts.jsonl"
    gold.write_text("documents:\n  d:\n    entities:\n      breda: {type: Municipality, names: [Breda]}\n"
                    "    facts:\n      - [breda, collaboratesWith, '*']\n", encoding="utf-8")
    facts.write_text(json.dumps(row("Breda", "collaboratesWith", "EZK")) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["evaluate", str(gold), "--facts", str(facts), "--format", "json"])
    assert set(json.loads(result.output)["overall"]) == {
        "document", "entities", "relations", "missed_entities", "wrong_entities", "missed_facts", "wrong_facts"}
    text = runner.invoke(cli, ["evaluate", str(gold), "--facts", str(facts)]).output
    assert "Tijd" not in text and text.splitlines()[-1].startswith("totaal")
