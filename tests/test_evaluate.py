"""Gold scoring follows the matching rules of FORMAT.md exactly."""

from __future__ import annotations

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
