"""Round 43g, walkthrough 18 (a city data team loads g40kg's answers into its platform).

- finding 13: the listings' data formats (csv, tsv, json) are made for loading: numbers as numbers, an IRI
  beside every entity, no sentence that changes with ``--lang``; ``collaborators --long`` has fixed columns;
- finding 15: next to the Dutch ``role`` key, a ``roleLabel`` in the ``--lang`` language;
- finding 17: an attendance list is no collaboration between the meeting's body and a guest's ministry.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from graph.cli import cli

from tests.documents import dated_documents

MINUTES = ("Verslag overleg Pijler Sociaal\n\n"
           "Aanwezig: Anna Smit (Breda, voorzitter), Karel de Graaf (Apeldoorn), Henk Bos (ministerie van SZW), "
           "Ria Mol (ministerie van BZK)\n\n"
           "1. Opening\nDe voorzitter opent de vergadering.\n\n"
           "2. Armoede\nHenk Bos licht de nieuwe regeling toe.")
NEWS = ("Breda, 2 mei 2025 - Anna Smit is voorzitter van de Pijler Sociaal. De Pijler Sociaal werkt samen met het "
        "ministerie van EZK aan de City Deal Zon. Breda en Apeldoorn nemen deel aan de City Deal Zon.")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    where = tmp_path_factory.mktemp("w43g")
    docs = dated_documents(where, {"verslag-pijler": (MINUTES, "2025-06-03"), "nieuws": (NEWS, "2025-05-02")})
    result = cli_run(where / "kg", "build", str(docs))
    assert result.exit_code == 0, result.output
    return where / "kg"


def cli_run(kg, *args, lang="nl"):
    from click.testing import CliRunner

    return CliRunner().invoke(cli, ["--graph", str(kg), "--lang", lang, *args])


def out(kg, *args, lang="nl") -> str:
    result = cli_run(kg, *args, lang=lang)
    assert result.exit_code == 0, result.output
    return result.stdout


def rows_of(text: str, delimiter=",") -> list[dict]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


# ----------------------------------------------------------------------------- finding 17

def test_a_ministry_only_listed_in_the_attendance_makes_no_collaboration(kg):
    """BZK's official is only listed; SZW's official speaks in the minutes: that sentence is the evidence."""
    found = json.loads(out(kg, "collaborators", "--long", "--format", "json"))["rows"]
    assert sorted((r["actor"], r["ministry"]) for r in found) == [("Pijler Sociaal", "EZK"), ("Pijler Sociaal", "SZW")]
    [szw] = json.loads(out(kg, "collaborators", "SZW", "--format", "json"))["rows"]
    assert [e["quote"] for e in szw["evidence"]] == ["Henk Bos licht de nieuwe regeling toe."], szw
    # the affiliations the list gives stay
    facts = rows_of(out(kg, "export", "--format", "csv"))
    assert {(f["subject"], f["object"]) for f in facts if f["predicate"] == "affiliatedWith"} >= {
        ("Henk Bos", "SZW"), ("Ria Mol", "BZK")}


# ----------------------------------------------------------------------------- finding 13

@pytest.mark.parametrize("command", [["rank", "--top", "3"], ["brokers"]])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_the_data_formats_are_the_same_in_both_languages(kg, command, fmt):
    dutch = out(kg, *command, "--format", fmt)
    english = out(kg, *command, "--format", fmt, lang="en")
    if fmt == "json":  # meta holds the command line, whose --lang differs
        dutch, english = json.loads(dutch)["rows"], json.loads(english)["rows"]
    assert dutch == english
    assert "meer" not in str(dutch) and "more" not in str(english)


def test_rank_lists_the_strongest_ties_with_their_iris(kg):
    rows = rows_of(out(kg, "rank", "--format", "csv"))
    pijler = next(r for r in rows if r["label"] == "Pijler Sociaal")
    names, iris = pijler["strongest"].split(" | "), pijler["strongestIris"].split(" | ")
    assert len(names) == len(iris) == 3 and all(i.startswith("https://w3id.org/g40kg/id/") for i in iris), pijler
    assert pijler["iri"] == "https://w3id.org/g40kg/id/unit/pijler-sociaal"
    table = out(kg, "rank")  # people read the prose: names and how many more
    assert "meer" in table


def test_brokers_give_the_pairs_as_two_numbers(kg):
    [row] = [r for r in rows_of(out(kg, "brokers", "--format", "tsv"), "\t") if r["label"] == "Pijler Sociaal"]
    assert float(row["pairs"]) >= 0 and int(row["pairsTotal"]) > 0 and "/" not in row["pairs"], row
    assert "/" + row["pairsTotal"] in out(kg, "brokers")  # the table keeps "x/y"


def test_entity_rows_carry_the_iri_of_the_other_end_and_no_words(kg):
    rows = rows_of(out(kg, "entity", "Pijler Sociaal", "--format", "csv", "--as-of", "2025-12-31"))
    chair = next(r for r in rows if r["relation"] == "hasRole")
    assert (chair["otherLabel"], chair["other"], chair["role"], chair["roleLabel"]) == (
        "Anna Smit", "https://w3id.org/g40kg/id/person/anna-smit", "voorzitter", "voorzitter")
    assert list(rows[0])[-2:] == ["other", "curation"]
    assert "zonder datum" not in out(kg, "entity", "Pijler Sociaal", "--format", "csv", "--at", "2025")


def test_collaborators_wide_gains_the_actor_iri_and_long_has_fixed_columns(kg):
    wide = out(kg, "collaborators", "--format", "csv")
    assert wide.splitlines()[0] == "actor,actorType,EZK,SZW,total,actorIri"
    assert rows_of(wide)[0]["actorIri"] == "https://w3id.org/g40kg/id/unit/pijler-sociaal"
    long = rows_of(out(kg, "collaborators", "--long", "--format", "csv"))
    assert list(long[0]) == ["actor", "actorIri", "actorType", "ministry", "ministryIri", "documents", "curated"]
    assert [(r["ministry"], r["ministryIri"].rsplit("/", 1)[-1], r["documents"]) for r in long] == [
        ("EZK", "mnre1045", "1"), ("SZW", "mnre1073", "1")]
    assert "actorIri" not in out(kg, "collaborators")  # the table people read stays as it was


def test_long_goes_with_the_matrix_only(kg):
    result = cli_run(kg, "collaborators", "SZW", "--long")
    assert result.exit_code == 2 and "--long hoort bij de matrix" in result.output, result.output
    result = cli_run(kg, "collaborators", "SZW", "--long", lang="en")
    assert "--long goes with the matrix" in result.output, result.output


# ----------------------------------------------------------------------------- finding 15

def test_role_label_beside_the_dutch_role(kg):
    english = rows_of(out(kg, "ask", "who-does-what", "--format", "csv", lang="en"))
    dutch = rows_of(out(kg, "ask", "who-does-what", "--format", "csv"))
    assert [(r["role"], r["roleLabel"]) for r in english] == [("voorzitter", "chair")]
    assert [(r["role"], r["roleLabel"]) for r in dutch] == [("voorzitter", "voorzitter")]
    columns = json.loads(out(kg, "ask", "who-does-what", "--format", "json", lang="en"))["columns"]
    assert columns[columns.index("role") + 1] == "roleLabel"
    [profile] = json.loads(out(kg, "entity", "Anna Smit", "--format", "json", lang="en"))["rows"]
    assert {(f["role"], f["roleLabel"]) for f in profile["relations"]["hasRole"]} == {("voorzitter", "chair")}
    assert "roleLabel" not in out(kg, "ask", "who-does-what", lang="en")  # the table shows the English role as role


def test_path_and_communities_give_iris_in_csv(kg):
    steps = rows_of(out(kg, "path", "Breda", "Apeldoorn", "--format", "csv"))
    assert [s["sourceIri"].rsplit("/", 1)[-1] for s in steps][:1] == ["gm0758"], steps
    assert all(s["targetIri"].startswith("https://w3id.org/g40kg/id/") for s in steps), steps
    groups = rows_of(out(kg, "communities", "--format", "csv"))
    assert all(len(g["members"].split(" | ")) == len(g["iris"].split(" | ")) == int(g["size"]) for g in groups), groups
