"""Named questions that share one text (``# @include _parts/NAME.rq``, round 54q): who-does-what and unit-chairs
read the same part, unit-chairs keeps who-does-what's rows of a chair at a unit, and every form of the question a
user sees or runs is the whole SPARQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixture_graph import ENGINES, small_dataset, small_graph_dir
from rdflib import URIRef

from graph.cli import cli
from graph.errors import G40Error
from graph.query import run_question
from graph.questions import expand_includes, get_question
from graph.resources import ontology_path
from graph.vocab import PREFIXES

QUERIES = ontology_path("queries")
ROLES_PART = QUERIES / "_parts" / "roles.rq"
UNIT = URIRef(str(PREFIXES["g40"]) + "OrganisationalUnit")
KEY = ("person", "role", "body", "since", "end", "curated", "documentId", "documents", "sinceStated")


def _invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def _part_body() -> str:
    lines = ROLES_PART.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("#")) if lines else ""


@pytest.mark.parametrize("name", ["who-does-what", "unit-chairs"])
def test_both_questions_hold_the_whole_part_and_no_include_line(name):
    text = get_question(name).text
    assert "# @include" not in text
    assert _part_body() in text, f"{name} does not hold _parts/roles.rq whole"
    assert "# @include _parts/roles.rq" in (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def _chairs_of(dataset, rows):
    units = {s for s in dataset.subjects(URIRef(str(PREFIXES["rdf"]) + "type"), UNIT)}
    return [row for row in rows if "voorzitter" in str(row["role"]).lower() and row["body"] in units]


def _keyed(rows):
    return sorted(tuple(str(row.get(column)) for column in KEY) for row in rows)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("params", [{}, {"as_of": "2021-06-01"}])
def test_unit_chairs_are_the_chairs_at_a_unit_of_who_does_what_on_the_fixture(engine, params):
    dataset = small_dataset(engine)
    everyone = run_question(dataset, "who-does-what", params).rows
    chairs = run_question(dataset, "unit-chairs", params).rows
    assert chairs, "the fixture has a chair of a unit"
    assert _keyed(chairs) == _keyed(_chairs_of(dataset, everyone))


def test_unit_chairs_are_the_chairs_at_a_unit_of_who_does_what_on_the_bundled_graph(seed_dataset):
    everyone = run_question(seed_dataset, "who-does-what", {}).rows
    chairs = run_question(seed_dataset, "unit-chairs", {}).rows
    assert chairs, "the bundled corpus names a chair of a unit"
    assert _keyed(chairs) == _keyed(_chairs_of(seed_dataset, everyone))


def test_the_shown_question_is_the_whole_sparql():
    shown = _invoke("questions", "unit-chairs")
    assert shown.exit_code == 0, shown.output
    assert "@include" not in shown.output
    assert "GROUP BY ?person ?personLabel ?role ?body ?bodyLabel" in shown.output
    assert 'FILTER(CONTAINS(LCASE(?role), "voorzitter"))' in shown.output


def test_query_on_the_question_file_runs_the_whole_question(tmp_path):
    kg = small_graph_dir(tmp_path)
    from_file = _invoke("--graph", kg, "query", "-f", QUERIES / "unit-chairs.rq", "--format", "json")
    assert from_file.exit_code == 0, from_file.output
    whole = _invoke("--graph", kg, "query", get_question("unit-chairs").text, "--format", "json")
    assert whole.exit_code == 0, whole.output
    assert json.loads(from_file.stdout)["rows"] == json.loads(whole.stdout)["rows"]
    assert json.loads(from_file.stdout)["rows"], "the fixture has a chair of a unit"


def test_an_include_line_without_a_file_is_a_usage_error(tmp_path):
    kg = small_graph_dir(tmp_path)
    text = (QUERIES / "unit-chairs.rq").read_text(encoding="utf-8")
    result = _invoke("--graph", kg, "query", input=text)
    assert result.exit_code == 2, result.output
    assert "Fout: de query neemt een deel op ('# @include _parts/roles.rq'): geef zijn bestand met -f" in result.output
    assert "Traceback" not in result.output


def test_a_missing_part_is_one_line_naming_it(tmp_path):
    kg = small_graph_dir(tmp_path)
    query = tmp_path / "mijn.rq"
    query.write_text("# @include _parts/geen.rq\n}\n", encoding="utf-8")
    result = _invoke("--graph", kg, "query", "-f", query)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        f"Fout: {query}: '# @include _parts/geen.rq': _parts/geen.rq bestaat niet naast {query}"], result.output


@pytest.mark.parametrize("line", ["# @include ../g40.ttl", "# @include /etc/passwd.rq", "# @include _parts/roles.ttl"])
def test_only_a_question_part_beside_the_file_is_taken_in(line):
    assert expand_includes(line + "\n", QUERIES) == line + "\n"  # no part: a comment, as any other


def test_a_part_includes_nothing_itself(tmp_path):
    (tmp_path / "_parts").mkdir()
    (tmp_path / "_parts" / "a.rq").write_text("# @include _parts/a.rq\n", encoding="utf-8")
    with pytest.raises(G40Error, match="een ingevoegd deel kan zelf niets invoegen"):
        expand_includes("# @include _parts/a.rq\n", tmp_path, "q.rq")


def test_the_parts_folder_is_packaged():
    setup = (Path(__file__).resolve().parents[1] / "setup.cfg").read_text(encoding="utf-8")
    assert "queries/_parts/*.rq" in setup
