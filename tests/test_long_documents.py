"""A long document gives the facts of its parts, and a document over the size limit is left out with a warning.

Extraction rules that look back at the relations of a sentence read them from an index
(:mod:`graph.extract.relation_index`), not from a scan of the whole document: a long file must give the
same facts as its paragraphs read one by one (no timing is asserted: the equality guards the index).
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.extract.relation_index import RelationList
from graph.extract.model import Mention, Relation
from graph.gazetteer import load_gazetteer
from tests.documents import warning_lines

GIVEN = ["Eva", "Jan", "Sanne", "Pieter", "Lotte"]
FAMILY = ["Kok", "de Wit", "Bakker", "Visser"]
TOWNS = ["Zwolle", "Helmond", "Emmen", "Deventer", "Tilburg"]


def _paragraph(k: int) -> str:
    """Four sentences of their own (an apposition, a gapped list of roles, a collaboration, a role)."""
    a = f"{GIVEN[k % 5]} {FAMILY[k % 4]}"
    b = f"{GIVEN[(k + 2) % 5]} {FAMILY[(k + 1) % 4]}"
    town = TOWNS[k % 5]
    return (f"{a}, wethouder van de gemeente {town}, werkt samen met het ministerie van Economische Zaken. "
            f"{a} is voorzitter van de Pijler Fysiek en {b} van de Pijler Sociaal. "
            f"De gemeente {town} werkt samen met de VNG. "
            f"{b} is wethouder van de gemeente {TOWNS[(k + 1) % 5]}.")


def _facts(text: str, gazetteer) -> set[tuple]:
    return {(r.subject.text, r.predicate, r.object.text, r.role, r.rule)
            for r in extract("d", text, gazetteer=gazetteer).relations}


def test_a_long_document_gives_the_facts_of_its_parts():
    gazetteer = load_gazetteer()
    parts = [_paragraph(k) for k in range(20)]
    facts_of_parts = set().union(*(_facts(part, gazetteer) for part in parts))
    assert any(fact[4] == "ellipsis.gapped-role" for fact in facts_of_parts), facts_of_parts  # the rule that scanned
    long_text = "\n\n".join(parts * 25)  # 2,000 sentences
    assert _facts(long_text, gazetteer) == facts_of_parts


def test_relation_list_answers_as_a_scan_after_every_kind_of_change():
    a, b = Mention(0, 1, "A", "Person", "", 1.0), Mention(4, 5, "B", "Municipality", "", 1.0)
    relations = RelationList(Relation(a, "hasRole", b, start, start + 9, f"r{start}", 0.8) for start in (0, 10, 10, 20))

    def scan(start):
        return [r for r in relations if r.evidence_start == start]

    assert relations.stated_at(10) == scan(10) and len(scan(10)) == 2
    changes = [lambda: relations.append(Relation(a, "x", b, 10, 19, "new", 0.8)),
               lambda: relations.__setitem__(1, Relation(a, "y", b, 20, 29, "moved", 0.8)),
               lambda: relations.__setitem__(slice(None), [r for r in relations if r.rule != "r10"]),
               lambda: relations.extend([Relation(a, "z", b, 0, 9, "more", 0.8)]),
               lambda: relations.insert(0, Relation(a, "w", b, 10, 19, "first", 0.8)),
               lambda: relations.sort(key=lambda r: r.rule),
               lambda: relations.remove(relations[0]),
               lambda: relations.pop(),
               lambda: relations.__delitem__(0),
               relations.clear]
    for change in changes:
        change()
        for start in (0, 10, 20):
            assert relations.stated_at(start) == scan(start), (change, start)


@pytest.mark.parametrize("limit, env, kept", [(None, None, True), ("0.001", None, False), ("0", None, True),
                                              (None, "0.001", False)])
def test_a_document_over_the_size_limit_is_left_out_with_a_warning(runner, tmp_path, monkeypatch, limit, env, kept):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "klein.txt").write_text("Eva Kok is voorzitter van de Pijler Fysiek.\n", encoding="utf-8")
    (docs / "export.txt").write_text((_paragraph(0) * 10)[:2_600], encoding="utf-8")
    if env is not None:
        monkeypatch.setenv("G40KG_MAX_DOCUMENT_SIZE", env)
    args = ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json", "--no-validate"]
    result = runner.invoke(cli, args + (["--max-document-size", limit] if limit is not None else []))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    warning = (f"{docs / 'export.txt'}: overgeslagen, 0,003 miljoen tekens tekst is meer dan de grens van 0,001 "
               "miljoen (ruimer of zonder grens: build --max-document-size 1 of 0)")
    assert (warning in warning_lines(report)) is not kept, warning_lines(report)
    assert report["documents"] == (2 if kept else 1), report


def test_only_documents_over_the_limit_is_a_usage_error(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "export.txt").write_text((_paragraph(0) * 10)[:2_600], encoding="utf-8")
    result = runner.invoke(cli, ["--lang", "en", "--graph", str(tmp_path / "kg"), "build", str(docs),
                                 "--max-document-size", "0.001"])
    assert result.exit_code == 2, result.output
    line = result.output.strip().splitlines()[-1]
    assert line == (  # round 58q: the left-out document no longer gets an 'undated' warning as well
        f"Error: nothing to build: no usable document in {docs} ({docs / 'export.txt'}: skipped, 0.003 million "
        "characters of text is more than the limit of 0.001 million (a larger one or none: build "
        "--max-document-size 1 or 0)); the previous graph is unchanged"), line
    assert "Traceback" not in result.output, result.output
    assert not (tmp_path / "kg").exists()


@pytest.mark.parametrize("text, phrase, start", [
    ("Dekker, Dekkers, ter-Dekker en Dekker.", "Dekker", 0),
    ("Oulad Ali … Oulad Alikan; Oulad Ali-Bos, Oulad Ali.", "Oulad Ali", 3),
    ("aba aba-aba ababa aba", "aba", 1),
    ("Pronk-Schouten en Pronk-Schouten", "Pronk-Schouten", 0),
    ("Éva Kok\nÉva Kok", "Éva Kok", 0),
])
def test_whole_word_matches_are_those_of_the_regex_they_replace(text, phrase, start):
    import re

    from graph.extract.surname_repeats import _whole_word_matches

    regex = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
    assert [m.span() for m in _whole_word_matches(text, phrase, start)] == \
        [m.span() for m in regex.finditer(text, start)]
