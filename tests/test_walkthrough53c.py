"""Walkthrough 28 (round 53c): the command, page and message findings — ministry contacts beyond the
contactFor facts (2), a writing command into a folder it cannot write (8), a removal on request in
``diff`` and in ``forget``'s message (11), on small graphs of invented text."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli

REPORT = ("Verslag Pijler Werk, 10 april 2025\n\n"
          "Jolanda Brouwer, beleidsadviseur bij het ministerie van OCW, is contactpersoon voor de City Deal Leren Werken.\n"
          "Ruud Hagen is sinds 1 maart 2025 accountmanager G40 bij het ministerie van Economische Zaken en Klimaat.\n"
          "Programmamanager van de City Deal Slimme Straten is Nina Bos van het ministerie van VWS.\n"
          "Minister Kees Dekker van BZK opende de bijeenkomst.\n"
          "Tom Verhoef is beleidsmedewerker bij de gemeente Zwolle. Hij werkte eerder bij het ministerie van Financiën.\n"
          "Zwolle neemt deel aan de Woondeal Regio Zwolle en aan de City Deal Leren Werken.\n")


def _invoke(*args, lang="nl"):
    return CliRunner().invoke(cli, [str(a) for a in args], env={"G40KG_LANG": lang})


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    root = tmp_path_factory.mktemp("w53c")
    (root / "docs").mkdir()
    (root / "docs" / "verslag-pijler-2025-04-10.txt").write_text(REPORT, encoding="utf-8")
    (root / "docs" / "verslag-pijler-2025-04-10.meta.json").write_text('{"date": "2025-04-10"}', encoding="utf-8")
    built = _invoke("--graph", root / "kg", "build", root / "docs")
    assert built.exit_code == 0, built.output
    return root / "kg"


# ----------------------------------------------------------------------------- finding 2: ministry contacts

@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("options, expected", [
    # the contact by the text, and whoever works at or for a ministry: not the minister, not a former tie
    ((), [("EZ", "Ruud Hagen", "accountmanager", None, None, "2025-03-01", 1),
          ("OCW", "Jolanda Brouwer", "beleidsadviseur", "City Deal Leren Werken", "Programme", "2025-04-10", 1),
          ("VWS", "Nina Bos", None, "City Deal Slimme Straten", "Programme", "2025-04-10", 1)]),
    (("--as-of", "2025-03-15"), [("EZ", "Ruud Hagen", "accountmanager", None, None, "2025-03-01", 1)]),
    (("-p", "ministry=VWS"), [("VWS", "Nina Bos", None, "City Deal Slimme Straten", "Programme", "2025-04-10", 1)]),
    (("-p", "ministry=BZK"), []),
])
def test_ministry_contacts_lists_everyone_working_at_a_ministry(kg, engine, options, expected):
    result = _invoke("--graph", kg, "--engine", engine, "ask", "ministry-contacts", *options, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(r["ministryLabel"], r["personLabel"], r["role"], r["dossierLabel"], r["dossierType"], r["since"],
             r["documents"]) for r in rows] == expected, rows


def test_the_overview_lists_the_ministries_people(kg, tmp_path):
    out = tmp_path / "stand.html"
    result = _invoke("--graph", kg, "export", "--format", "overzicht", "--as-of", "2025-05-01", "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert all(name in page for name in ("Ruud Hagen", "Nina Bos", "Jolanda Brouwer")), page
    assert "Kees Dekker" not in page.split("Contactpersonen van ministeries", 1)[1]


# ----------------------------------------------------------------------------- finding 8: a folder it cannot write

UNWRITABLE = "/proc/g40kg-w53c"  # not even root may make anything in /proc


@pytest.mark.parametrize("command", [
    ["export", "--format", "site", "-o", UNWRITABLE + "-site"],
    ["export", "--format", "overzicht", "-o", UNWRITABLE + ".html"],
    ["export", "--format", "csv", "-o", UNWRITABLE + ".csv"],
    ["export", "--format", "facts", "-o", UNWRITABLE + ".jsonl"],
    ["export", "--format", "turtle", "-o", UNWRITABLE + ".ttl"],
    ["export", "--format", "graphml", "-o", UNWRITABLE + ".graphml"],
    ["viz", "-o", UNWRITABLE + ".html"],
    ["forget", "Ruud Hagen", "--to", UNWRITABLE + ".yaml"],
])
def test_a_writing_command_says_it_cannot_write_in_one_line(kg, command):
    result = _invoke("--graph", kg, *command)
    assert result.exit_code == 1, result.output
    last = result.stderr.strip().splitlines()[-1]
    target = command[-1]
    assert last == f"Fout: kan {target} niet schrijven (No such file or directory)", result.stderr
    assert "Traceback" not in result.output


def test_a_build_into_a_folder_it_cannot_write_says_so(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(REPORT, encoding="utf-8")
    result = _invoke("--graph", UNWRITABLE + "-kg", "build", tmp_path / "docs")
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"Fout: kan {UNWRITABLE}-kg niet schrijven (No such file or directory)"), result.stderr



def test_demo_into_a_file_it_cannot_write_says_so(tmp_path):
    result = _invoke("--graph", tmp_path / "kg", "demo", "-o", UNWRITABLE + "-demo.html")
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"Fout: kan {UNWRITABLE}-demo.html niet schrijven (No such file or directory)"), result.stderr

# ----------------------------------------------------------------------------- finding 11: a removal on request

@pytest.mark.parametrize("lang, line, tail", [
    ("nl", "- eraf, verwijderd op verzoek (avg.yaml:2)", "Oude kopieën houden de naam nog: een bewaarde graafmap "
                                                          "(bijv. vorige-graaf voor diff)"),
    ("en", "- removed, on request (avg.yaml:2)", "Old copies still hold the name: a kept graph folder "
                                                          "(e.g. vorige-graaf for diff)"),
])
def test_diff_against_an_old_copy_does_not_show_a_removed_person(kg, tmp_path, lang, line, tail):
    import shutil

    graph = tmp_path / "kg"
    shutil.copytree(kg, graph)
    old = tmp_path / "vorige-graaf"
    shutil.copytree(kg, old)
    (tmp_path / "correcties").mkdir()
    forgot = _invoke("--graph", graph, "forget", "Ruud Hagen", "--reason", "AVG-verzoek",
                     "--to", tmp_path / "correcties" / "avg.yaml", lang=lang)
    assert forgot.exit_code == 0, forgot.output
    assert tail in forgot.stderr, forgot.stderr
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "verslag-pijler-2025-04-10.txt").write_text(REPORT, encoding="utf-8")
    (docs / "verslag-pijler-2025-04-10.meta.json").write_text('{"date": "2025-04-10"}', encoding="utf-8")
    built = _invoke("--graph", graph, "build", docs, "--curated", tmp_path / "correcties")
    assert built.exit_code == 0, built.output
    table = _invoke("--graph", graph, "diff", old, lang=lang)
    assert table.exit_code == 0, table.output
    removed = [row for row in table.stdout.splitlines() if row.startswith("- ")]
    assert len(removed) == 1 and removed[0].startswith(line) and " EZ " in removed[0], table.stdout
    assert "Hagen" not in table.stdout
    as_json = _invoke("--graph", graph, "diff", old, "--format", "json")
    assert "hagen" not in as_json.stdout.lower(), as_json.stdout
    assert [r["erased"] for r in json.loads(as_json.stdout)["removed"] if r.get("erased")] == ["avg.yaml:2"]


# ----------------------------------------------------------------------------- finding 16: a predicate's capitals

@pytest.mark.parametrize("lang, expected", [
    ("nl", "Fout: {file}:2: onbekend predicaat 'hasrole' (bedoelt u hasRole?); kies uit hasRole, affiliatedWith,"),
    ("en", "Error: {file}:2: unknown predicate 'hasrole' (did you mean hasRole?); choose from hasRole, affiliatedWith,"),
])
def test_a_predicate_in_other_capitals_gets_a_suggestion(tmp_path, lang, expected):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "c").mkdir()
    rules = tmp_path / "c" / "x.yaml"
    rules.write_text("suppress:\n  - {subject: Ruud Hagen, predicate: hasrole, object: EZ, role: accountmanager}\n",
                     encoding="utf-8")
    result = _invoke("--graph", tmp_path / "kg", "build", tmp_path / "docs", "--curated", tmp_path / "c", lang=lang)
    assert result.exit_code != 0 and "Traceback" not in result.output, result.output
    assert result.stderr.strip().splitlines()[-1].startswith(expected.format(file=rules)), result.stderr


# ----------------------------------------------------------------------------- finding 15: kinds of programme

@pytest.mark.parametrize("lang, expected", [
    ("nl", [["Zwolle", "City Deal Leren Werken", "City Deal"], ["Zwolle", "Woondeal Regio Zwolle", "Woondeal"]]),
    ("en", [["Zwolle", "City Deal Leren Werken", "City Deal"], ["Zwolle", "Woondeal Regio Zwolle", "Housing Deal"]]),
])
def test_the_kinds_of_deal_are_written_alike(kg, lang, expected):
    import re

    result = _invoke("--graph", kg, "ask", "g40-cities-programmes", lang=lang)
    assert result.exit_code == 0, result.output
    rows = [re.split(r"\s{2,}", line)[:3] for line in result.stdout.splitlines()[3:]]
    assert rows == expected, result.stdout


# ----------------------------------------------------------------------------- finding 14: accents in a page name

def test_a_document_page_name_folds_accents():
    from graph.serve.site import page_file
    from graph.vocab import safe_id

    assert safe_id("Notitie overleg Één City Deal – Zwolle") == "Notitie-overleg-Een-City-Deal-Zwolle"
    assert page_file("/document/" + safe_id("Notitie overleg Één City Deal – Zwolle")) == (
        "document/notitie-overleg-een-city-deal-zwolle-be3ffd.html")


# ----------------------------------------------------------------------------- finding 13: one zone on a page

def test_the_day_of_a_page_and_its_build_time_are_in_one_zone():
    from datetime import datetime, timezone

    from graph.reading_dates import local_date, time_words, today

    built = "2026-12-06T23:30:00+00:00"  # half past midnight in The Hague
    assert (today(datetime(2026, 12, 6, 23, 30, tzinfo=timezone.utc)), local_date(built), time_words(built)) == (
        "2026-12-07", "2026-12-07", "7 december 2026, 00.30 uur")



# ----------------------------------------------------------------------------- finding 17: a copied graph folder

@pytest.mark.parametrize("lang, expected", [
    ("nl", "Fout: de vorige bouw van deze graaf verwijderde iemand op verzoek (AVG) met een correctiemap die hier niet "
           "bestaat ({gone}: de graafmap is gekopieerd of verplaatst); "),
    ("en", "Error: this graph's previous build removed someone on request (GDPR) with a corrections folder that does "
           "not exist here ({gone}: the graph folder was copied or moved); "),
])
def test_a_copied_graph_folder_names_no_corrections_folder_to_edit_that_is_not_there(kg, tmp_path, lang, expected):
    import shutil

    project = tmp_path / "werk"
    project.mkdir()
    shutil.copytree(kg, project / "kg")
    (project / "correcties").mkdir()
    (project / "correcties" / "avg.yaml").write_text("suppress:\n  - {entity: person/ruud-hagen, reason: AVG}\n",
                                                     encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "verslag-pijler-2025-04-10.txt").write_text(REPORT, encoding="utf-8")
    built = _invoke("--graph", project / "kg", "build", docs, "--curated", project / "correcties")
    assert built.exit_code == 0, built.output
    (tmp_path / "elders").mkdir()
    shutil.copytree(project / "kg", tmp_path / "elders" / "kg")
    refused = _invoke("--graph", tmp_path / "elders" / "kg", "build", docs, "--curated", "-", lang=lang)
    assert refused.exit_code == 1, refused.output
    assert refused.stderr.startswith(expected.format(gone=(tmp_path / "elders" / "correcties").resolve())), refused.stderr


# ----------------------------------------------------------------------------- finding 7: a settled rectification

def test_a_rectification_the_corrections_settled_is_said_once_then_quiet(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, date, text in (
            ("nieuws-2025-03-03", "2025-03-03", "Breda neemt deel aan de City Deal Slimme Straten.\n"),
            ("correctie-2025-03-10", "2025-03-10", "Correctie\n\nIn ons bericht van 3 maart 2025 stond abusievelijk dat "
                                                   "Breda deelneemt aan de City Deal Slimme Straten. Het gaat om een "
                                                   "andere stad.\n")):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    (fixes / "a.yaml").write_text("suppress: []\n", encoding="utf-8")

    def warnings():
        result = _invoke("--graph", tmp_path / "kg", "build", docs, "--curated", fixes, "--format", "json")
        assert result.exit_code == 0, result.output
        return [w["message"] for w in json.loads(result.stdout)["warnings"] if w["message"].startswith("correctie-2025")]

    first = warnings()
    assert len(first) == 1 and "kan g40kg niet aanwijzen" in first[0], first
    (fixes / "a.yaml").write_text("suppress:\n  - {subject: Breda, predicate: participatesIn, object: City Deal Slimme "
                                  "Straten}\n", encoding="utf-8")
    assert warnings() == [f"correctie-2025-03-10: de correctie is rechtgezet door {fixes / 'a.yaml'}:2"]
    assert warnings() == []


# ----------------------------------------------------------------------------- finding 9: who chairs what

CHAIRS = ("Verslag Pijler Werk\n\nAnna Vermeulen is sinds 1 januari 2025 voorzitter van de Pijler Werk. Bram Kok is "
          "voorzitter van de Themagroep Groen. Carla Mulder is wethouder van Zwolle.\n")


@pytest.fixture(scope="module")
def chairs_kg(tmp_path_factory):
    root = tmp_path_factory.mktemp("w53c-chairs")
    (root / "docs").mkdir()
    (root / "docs" / "verslag-2025-03-01.txt").write_text(CHAIRS, encoding="utf-8")
    (root / "docs" / "verslag-2025-03-01.meta.json").write_text('{"date": "2025-03-01"}', encoding="utf-8")
    built = _invoke("--graph", root / "kg", "build", root / "docs")
    assert built.exit_code == 0, built.output
    return root / "kg"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name, options, expected", [
    ("unit-chairs", (), [("Pijler Werk", "voorzitter", "Anna Vermeulen", "2025-01-01", True, "verslag-2025-03-01"),
                         ("Themagroep Groen", "voorzitter", "Bram Kok", "2025-03-01", False, "verslag-2025-03-01")]),
    ("wie-zit-wat-voor", ("--as-of", "2025-02-01"),
     [("Pijler Werk", "voorzitter", "Anna Vermeulen", "2025-01-01", True, "verslag-2025-03-01")]),
    ("unit-chairs", ("-p", "body=Themagroep Groen"),
     [("Themagroep Groen", "voorzitter", "Bram Kok", "2025-03-01", False, "verslag-2025-03-01")]),
])
def test_unit_chairs_lists_every_units_chair_since_when(chairs_kg, engine, name, options, expected):
    result = _invoke("--graph", chairs_kg, "--engine", engine, "ask", name, *options, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(r["bodyLabel"], r["role"], r["personLabel"], r["since"], r["sinceStated"], r["documentId"])
            for r in rows] == expected, rows


@pytest.mark.parametrize("lang, title", [
    ("nl", "Wie zit wat voor, sinds wanneer (voorzitters van pijlers, themagroepen en andere onderdelen)"),
    ("en", "Who chairs what, since when (chairs of pijlers, themagroepen and other units)"),
])
def test_unit_chairs_in_both_languages_and_as_an_endpoint_reads_it(chairs_kg, lang, title):
    from graph.query import get_question, question_text

    table = _invoke("--graph", chairs_kg, "ask", "unit-chairs", lang=lang)
    assert table.exit_code == 0 and table.stdout.splitlines()[0] == title, table.output
    text = question_text(get_question("unit-chairs"), {}, engine="endpoint")  # SPARQL 1.1: no LATERAL
    assert "LATERAL" not in text
    asked = _invoke("--graph", chairs_kg, "query", text, "--format", "json")
    assert asked.exit_code == 0, asked.output
    assert [r["personLabel"] for r in json.loads(asked.stdout)["rows"]] == ["Anna Vermeulen", "Bram Kok"]


@pytest.mark.parametrize("lang, line", [
    ("nl", "Let op: g40:hasrole is geen term van de g40-ontologie (bedoelt u g40:hasRole?); de vraag vindt daar niets mee"),
    ("en", "Note: g40:hasrole is no term of the g40 ontology (did you mean g40:hasRole?); the query finds nothing with it"),
])
def test_a_query_with_a_relation_in_other_capitals_says_which_was_meant(chairs_kg, lang, line):
    result = _invoke("--graph", chairs_kg, "query", "SELECT ?s WHERE { ?s g40:hasrole ?o ; a g40:Person }", lang=lang)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [line], result.stderr
    known = _invoke("--graph", chairs_kg, "query", "SELECT ?m WHERE { ?m a g40:Membership ; g40:roleLabel ?r }")
    assert known.exit_code == 0 and known.stderr == "", known.stderr
