"""Who made a correction rule and when (by:, date:), one name for a fact's reason, a split on the
entity page (walkthrough 17, findings 19 and 7)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli

DOC = ("# Verslag 15 januari 2026\n\nAanwezig: A. El Amrani (BZK), K. Visser (Zwolle)\n\n"
       "Ahmed El Amrani is adviseur bij het ministerie van BZK. Sanne Bakker, wethouder van Enschede, opende. Sanne Bakker van Leeuwarden sprak ook.\n")
RULES = ("facts:\n  - {subject: person/ahmed-el-amrani, predicate: hasRole, object: ministry/mnre1034, role: adviseur, "
         "valid_until: 2026-02-28, past: true, reason: naar de VNG, by: Kennismanager, date: 2026-03-02}\n"
         "merge:\n  - {from: person/k-visser, into: person/ahmed-el-amrani, reason: test, by: Kees, date: 2026-03-03}\n"
         "split:\n  - {entity: person/sanne-bakker, where: {municipality: Leeuwarden}, as: person/sanne-bakker-leeuwarden,"
         " reason: twee mensen}\n")


def g40kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def build(where, rules):
    docs, corr = where / "docs", where / "corr"
    docs.mkdir(exist_ok=True), corr.mkdir(exist_ok=True)
    (docs / "verslag-2026-01-15.md").write_text(DOC, encoding="utf-8")
    (corr / "c.yaml").write_text(rules, encoding="utf-8")
    return g40kg("--graph", where / "g", "build", docs, "--curated", corr)


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    where = tmp_path_factory.mktemp("signed")
    built = build(where, RULES)
    assert built.exit_code == 0, built.output
    return where / "g"


def test_curation_lists_who_and_when(kg):
    result = g40kg("--graph", kg, "curation", "--format", "json")
    rows = json.loads(result.output)["rows"]
    assert sorted((r["ruleKind"], r["reason"], r["by"], r["date"]) for r in rows) == [
        ("fact", "naar de VNG", "Kennismanager", "2026-03-02"), ("merge", "test", "Kees", "2026-03-03"),
        ("split", "twee mensen", None, None)]
    assert json.loads(result.output)["columns"][3:6] == ["reason", "by", "date"]


def test_the_entity_page_shows_who_merged_and_the_split(kg):
    result = g40kg("--graph", kg, "entity", "Ahmed El Amrani")
    assert "gecureerd: samengevoegd uit person/k-visser (c.yaml:4; reden: test; door Kees; 2026-03-03; 1 feit)" in result.output
    page = g40kg("--graph", kg, "serve", "--get", "/entity/person/sanne-bakker-leeuwarden").output
    assert ("gecureerd: gesplitst: person/sanne-bakker → person/sanne-bakker-leeuwarden (municipality/gm0080) (c.yaml:6; "
            "reden: twee mensen; 1 feit)") in page.replace("&gt;", ">"), page
    text = g40kg("--graph", kg, "entity", "https://w3id.org/g40kg/id/person/sanne-bakker").output
    assert "gecureerd: gesplitst: person/sanne-bakker → person/sanne-bakker-leeuwarden (municipality/gm0080) (c.yaml:6;" in text


@pytest.mark.parametrize("rules, message", [
    # a day as Dutch writes it is read (walkthrough 21, finding 10); one that does not exist is refused
    ("merge:\n  - {from: person/a, into: person/b, date: 30-02-2026}\n",
     "c.yaml:2: date '30-02-2026' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)"),
    ("merge:\n  - {from: person/a, into: person/b, date: 2026-04}\n",
     "c.yaml:2: date '2026-04' is geen datum"),
    ("facts:\n  - {subject: person/a, predicate: partOf, object: unit/b, note: x, reason: y}\n",
     "c.yaml:2: geef note: of reason: (hetzelfde veld), niet allebei"),
    ("distinct:\n  - {entities: [person/a, person/b], author: x}\n",
     "kies uit entities, reason, by, date"),
    ("suppress:\n  - {entity: person/a, reason: AVG, by: x, date: 2026-01-01, wie: y}\n",
     "een entiteit verwijderen kent alleen entity, reason, by en date, niet wie"),
])
def test_a_bad_signature_is_an_error_with_file_and_line(tmp_path, rules, message):
    result = build(tmp_path, rules)
    assert result.exit_code == 2 and message in result.output, result.output
