"""The curation guides' YAML blocks do what the guides say (walkthrough 19, finding 26; round 45l): the Dutch
``data/curated/README.md`` (six recipes for a policy officer; the fifth since round 50t, the sixth since walkthrough 26) and the English ``README.en.md`` (the
reference), each block built on a small fixture, as ``docs/aan-de-slag.md``'s commands are checked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DUTCH, ENGLISH = ROOT / "data" / "curated" / "README.md", ROOT / "data" / "curated" / "README.en.md"
DOCUMENTS = {
    "verslag-2026-01-15.md": "# Verslag bestuurlijk overleg 15 januari 2026\n\nJan Jansen is wethouder van Breda. "
                             "Petra de Wit is voorzitter van de themagroep Wonen.\n"
                             "Jan Jansen is adviseur bij het ministerie van BZK.\n",
    "nieuws-2026-02-10.md": "# Nieuws 10 februari 2026\n\nWethouder Jan Janssen van Breda sprak over de woningbouw. "
                            "Kees Voorbeeld van de VNG was erbij.\n",
}


def blocks(path: Path) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def g40kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def build(where: Path, rules: str):
    docs, corr = where / "docs", where / "corr"
    docs.mkdir(), corr.mkdir()
    for name, text in DOCUMENTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    (corr / "regels.yaml").write_text(rules, encoding="utf-8")
    built = g40kg("--graph", where / "g", "build", docs, "--curated", corr)
    assert built.exit_code == 0, built.output
    return built.output


def facts(graph: Path, name: str) -> set[tuple]:
    """(relation, other, role, end, curated) of each fact of the entity ``name``."""
    result = g40kg("--graph", graph, "entity", name, "--format", "json")
    assert result.exit_code == 0, result.output
    relations = json.loads(result.output)["rows"][0]["relations"]
    return {(relation, fact["otherLabel"], fact["role"], fact["end"], bool(fact["curated"]))
            for relation, found in relations.items() for fact in found}


def test_the_guides_are_linked_and_the_dutch_one_has_six_recipes():
    assert "data/curated/README.md" in (ROOT / "docs" / "aan-de-slag.md").read_text(encoding="utf-8")
    assert "README.en.md" in DUTCH.read_text(encoding="utf-8")
    assert len(blocks(DUTCH)) == 6 and len(blocks(ENGLISH)) == 1


def test_recipe_a_wrong_fact_away(tmp_path):
    output = build(tmp_path, blocks(DUTCH)[0])
    assert "Correcties: 1 onderdrukt" in output, output
    assert ("hasRole", "BZK", "adviseur", None, False) not in facts(tmp_path / "g", "Jan Jansen")
    assert ("hasRole", "Breda", "wethouder", None, False) in facts(tmp_path / "g", "Jan Jansen")


def test_recipe_a_role_that_ended(tmp_path):
    output = build(tmp_path, blocks(DUTCH)[1])
    assert "Correcties: 1 feit toegevoegd" in output, output
    found = {fact for fact in facts(tmp_path / "g", "Petra de Wit") if fact[0] == "hasRole"}
    assert found == {("hasRole", "Themagroep Wonen", "voorzitter", "2026-03-31", False),
                     ("hasRole", "Themagroep Wonen", "voorzitter", "2026-03-31", True)}, found


def test_recipe_two_names_that_are_one(tmp_path):
    output = build(tmp_path, blocks(DUTCH)[2])
    assert "Correcties: 1 samengevoegd" in output, output
    # the merged-away key is followed to the kept person (walkthrough 36, finding 7; it was exit status 2)
    followed = g40kg("--graph", tmp_path / "g", "entity", "person/jan-janssen")
    assert followed.exit_code == 0 and followed.stdout.startswith("Jan Jansen (Persoon)"), followed.output
    assert followed.stderr.startswith("person/jan-janssen is samengevoegd in person/jan-jansen ("), followed.stderr
    wethouder = {fact[:3] for fact in facts(tmp_path / "g", "Jan Janssen")}  # the old name finds him
    assert wethouder == {("hasRole", "Breda", "wethouder"), ("hasRole", "BZK", "adviseur")}, wethouder


def test_recipe_a_fact_the_text_does_not_state(tmp_path):
    output = build(tmp_path, blocks(DUTCH)[3])
    assert "Correcties: 1 feit toegevoegd" in output, output
    assert ("hasRole", "VNG", "beleidsadviseur", None, True) in facts(tmp_path / "g", "Kees Voorbeeld")


def test_recipe_something_that_is_no_person(tmp_path):
    """The recipe's name is a table's header; on this fixture a name the extraction did take for a person."""
    block = blocks(DUTCH)[4]
    assert "not_entity: Periode Ambtelijk" in block
    output = build(tmp_path, block.replace("Periode Ambtelijk", "Kees Voorbeeld"))
    assert "Correcties: 1 naam weggehaald die geen entiteit is." in output and "rm -r" not in output, output
    assert g40kg("--graph", tmp_path / "g", "entity", "Kees Voorbeeld").exit_code == 2  # gone
    assert ("hasRole", "Breda", "wethouder", None, False) in facts(tmp_path / "g", "Jan Jansen")


def test_recipe_one_name_two_people(tmp_path):
    """The fixture's report names Jan Jansen as wethouder of Breda and as adviser at BZK (walkthrough 26)."""
    output = build(tmp_path, blocks(DUTCH)[5])
    assert "Correcties: 1 persoon afgesplitst." in output, output
    assert {fact[:3] for fact in facts(tmp_path / "g", "person/jan-jansen-bzk") if fact[0] == "hasRole"} == {
        ("hasRole", "BZK", "adviseur")}
    assert {fact[:3] for fact in facts(tmp_path / "g", "person/jan-jansen") if fact[0] == "hasRole"} == {
        ("hasRole", "Breda", "wethouder")}


def test_the_english_reference_block(tmp_path):
    output = build(tmp_path, blocks(ENGLISH)[0])
    # four facts: the block's wethouder with a portfolio (round 45m) beside the three of round 45l's copy
    assert "Correcties: 1 entiteit toegevoegd, 1 alias toegevoegd, 4 feiten toegevoegd, 1 entiteit verwijderd" \
        in output, output
    assert g40kg("--graph", tmp_path / "g", "entity", "Kees Voorbeeld").exit_code == 2  # removed
    assert ("hasRole", "Werkgroep X", "voorzitter", None, True) in facts(tmp_path / "g", "person/jan-jansen")
    assert ("partOf", "VNG", None, None, True) in facts(tmp_path / "g", "Werkgroep X")
    assert "Jan Jansen" in {row["label"] for row in json.loads(g40kg(
        "--graph", tmp_path / "g", "search", "J. Jansen", "--format", "json").output)["rows"]}


@pytest.mark.parametrize("path", [DUTCH, ENGLISH], ids=["nl", "en"])
def test_every_block_reads_without_error(path):
    from graph.curation_files import parse_yaml_text

    for block in blocks(path):
        assert len(parse_yaml_text(block, "regels.yaml")) >= 1
