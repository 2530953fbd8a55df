"""A curation rule may name its entities by name, where the name is one entity's (walkthrough 19,
finding 26; round 45l): "object: BZK" instead of "object: ministry/mnre1034"."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli

DOC = ("# Verslag 15 januari 2026\n\nAanwezig: A. El Amrani (BZK), K. Visser (Zwolle)\n\n"
       "Ahmed El Amrani is adviseur bij het ministerie van BZK. Sanne Bakker, wethouder van Enschede, opende. "
       "Sanne Bakker van Leeuwarden sprak ook.\n")
RULES = ("facts:\n"
         "  - {subject: Ahmed El Amrani, predicate: hasRole, object: BZK, role: directeur}\n"
         "  - {subject: ahmed el amrani, predicate: affiliatedWith, object: Gemeente Heerlen}\n"
         "merge:\n  - {from: K. Visser, into: person/ahmed-el-amrani}\n")


def g40kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def build(where, rules, *options):
    docs, corr = where / "docs", where / "corr"
    docs.mkdir(exist_ok=True), corr.mkdir(exist_ok=True)
    (docs / "verslag-2026-01-15.md").write_text(DOC, encoding="utf-8")
    (corr / "c.yaml").write_text(rules, encoding="utf-8")
    return g40kg(*options, "--graph", where / "g", "build", docs, "--curated", corr)


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    where = tmp_path_factory.mktemp("names")
    built = build(where, RULES)
    assert built.exit_code == 0, built.output
    assert "Correcties: 2 feiten toegevoegd, 1 samengevoegd" in built.output, built.output
    return where / "g"


def test_a_rule_by_name_adds_its_facts_to_the_entity_of_that_name(kg):
    rows = json.loads(g40kg("--graph", kg, "entity", "person/ahmed-el-amrani", "--format", "json").output)["rows"][0]
    facts = {(relation, fact["otherLabel"], fact["role"]) for relation, found in rows["relations"].items()
             for fact in found if fact["curated"]}
    assert facts == {("hasRole", "BZK", "directeur"),
                     ("affiliatedWith", "Heerlen", None)}, facts
    # merged away: followed to the entity it went into (walkthrough 36, finding 7; it was exit status 2)
    followed = g40kg("--graph", kg, "entity", "person/k-visser")
    assert followed.exit_code == 0 and followed.stdout.startswith("Ahmed El Amrani (Persoon)"), followed.output
    assert followed.stderr.startswith("person/k-visser is samengevoegd in person/ahmed-el-amrani (c.yaml:"), followed.stderr


def test_curation_shows_the_rule_as_written_and_the_key_it_named(kg):
    rows = json.loads(g40kg("--graph", kg, "curation", "--format", "json").output)["rows"]
    assert sorted((r["ruleKind"], r["rule"], r["ruleSource"].rsplit("/", 1)[-1]) for r in rows) == [
        ("fact", "Ahmed El Amrani (= person/ahmed-el-amrani) hasRole BZK (= ministry/mnre1034) (directeur)",
         "c.yaml:2"),
        ("fact", "ahmed el amrani (= person/ahmed-el-amrani) affiliatedWith Gemeente Heerlen (= municipality/gm0917)",
         "c.yaml:3"),
        ("merge", "K. Visser (= person/k-visser) → person/ahmed-el-amrani", "c.yaml:5")]
    history = (kg / "curation-log.jsonl").read_text(encoding="utf-8")
    assert "BZK (= ministry/mnre1034)" in history, history


def test_a_name_and_a_key_of_one_entity_are_one_rule(tmp_path):
    rules = ("facts:\n  - [person/ahmed-el-amrani, affiliatedWith, municipality/gm0917]\n"
             "  - [Ahmed El Amrani, affiliatedWith, Heerlen]\n")
    result = build(tmp_path, rules)
    assert result.exit_code == 0, result.output
    assert "Correcties: 1 feit toegevoegd" in result.output and "c.yaml:3" in result.output, result.output


@pytest.mark.parametrize("rules, lang, message", [
    ("facts:\n  - {subject: Sanne Bakker, predicate: affiliatedWith, object: Heerlen}\n", "nl",
     "corr/c.yaml:2: 'Sanne Bakker' noemt 2 entiteiten: person/sanne-bakker (Sanne Bakker), "
     "person/sanne-bakker-leeuwarden (Sanne Bakker); geef de sleutel"),
    ("facts:\n  - {subject: Sanne Bakker, predicate: affiliatedWith, object: Heerlen}\n", "en",
     "corr/c.yaml:2: 'Sanne Bakker' names 2 entities: person/sanne-bakker (Sanne Bakker), "
     "person/sanne-bakker-leeuwarden (Sanne Bakker); give the key"),
    ("merge:\n  - [Ahmad El Amrani, person/k-visser]\n", "nl",
     "corr/c.yaml:2: 'Ahmad El Amrani' noemt geen entiteit van deze build (bedoelt u 'Ahmed El Amrani' "
     "(person/ahmed-el-amrani)?); geef een naam zoals g40kg entity hem kent, of de sleutel (soort/sleutel)"),
    ("merge:\n  - [K. Visser, person/k-visser]\n", "nl", "corr/c.yaml:2: kan een entiteit niet met zichzelf samenvoegen"),
])
def test_a_name_of_several_entities_or_of_none_is_a_one_line_error(tmp_path, rules, lang, message):
    result = build(tmp_path, rules, "--lang", lang)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output, result.output
    assert not (tmp_path / "g").exists()


def test_every_name_error_of_a_run_is_said_at_once(tmp_path):
    rules = "distinct:\n  - [Sanne Bakker, Nergenshuizen]\n"
    result = build(tmp_path, rules)
    assert result.exit_code == 2, result.output
    assert "'Sanne Bakker' noemt 2 entiteiten" in result.output
    assert "'Nergenshuizen' noemt geen entiteit van deze build" in result.output
    assert "2 fouten in 1 correctiebestand" in result.output, result.output


def test_a_removal_by_name_removes_that_person(tmp_path):
    result = build(tmp_path, "suppress:\n  - {entity: Ahmed El Amrani, reason: AVG}\n")
    assert result.exit_code == 0, result.output
    search = json.loads(g40kg("--graph", tmp_path / "g", "search", "Ahmed El Amrani", "--format", "json").output)
    assert not [row for row in search["rows"] if row["label"] == "Ahmed El Amrani"], search


@pytest.mark.parametrize("name", ["BZK", "ministerie van BZK", "Binnenlandse Zaken", "ministry/mnre1034"])
def test_a_ministry_by_any_of_its_names(name):
    from graph.curation_files import parse_yaml_text
    from graph.curation_names import names_dataset, with_names
    from graph.gazetteer import load_gazetteer
    from graph.resolve import Resolution
    from graph.vocab import mint

    curation = parse_yaml_text(f"aliases:\n  {name}: [het departement]\n", "c.yaml")
    named = with_names(curation, names_dataset(Resolution({}, {}), load_gazetteer(), curation))
    assert named.aliases[0].iri == mint("ministry", "mnre1034")
