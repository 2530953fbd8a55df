"""Walkthrough 9: an analyst preparing a board briefing — corrections that must not silently drop
out, and the answers' faithfulness over time."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.documents import dated_documents as _dated_documents, warning_lines

# ----------------------------------------------------------------------------- C11: remembered corrections

CHAIR = "Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.\n"
SUPPRESSED = ("suppress:\n  - {subject: person/anna-jansen, predicate: hasRole, object: unit/pijler-sociaal, "
              "role: voorzitter, document: a}\n")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder as the README has it: documents, own corrections, and the graph in it."""
    monkeypatch.delenv("G40KG_CURATED", raising=False)
    (tmp_path / "docs").mkdir()
    (tmp_path / "correcties").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(CHAIR, encoding="utf-8")
    (tmp_path / "correcties" / "c.yaml").write_text(SUPPRESSED, encoding="utf-8")
    return tmp_path


def _build(runner, project, *options):
    return runner.invoke(cli, ["--graph", str(project / "kg"), "build", str(project / "docs"), "--format", "json",
                               *options])


def _chairs(runner, project) -> list[str]:
    result = runner.invoke(cli, ["--graph", str(project / "kg"), "export"])
    return [json.loads(line)["subject"] for line in result.stdout.splitlines()
            if json.loads(line).get("role") == "voorzitter"]


def test_a_rebuild_without_curated_applies_the_corrections_of_the_previous_build(runner, project):
    assert _build(runner, project, "--curated", str(project / "correcties")).exit_code == 0
    assert _chairs(runner, project) == []
    again = _build(runner, project)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["corrections"] == str((project / "correcties").resolve())
    assert json.loads(again.stdout)["curation"]["suppressed"] == 1
    assert _chairs(runner, project) == []


def test_the_text_summary_says_which_corrections_it_applied_again(runner, project):
    _build(runner, project, "--curated", str(project / "correcties"))
    again = runner.invoke(cli, ["--graph", str(project / "kg"), "build", str(project / "docs")])
    assert again.exit_code == 0, again.output
    assert again.stderr.splitlines()[0] == (
        f"Correcties uit {(project / 'correcties').resolve()}, zoals bij de vorige bouw van deze graaf "
        "(--curated MAP kiest een andere map, --curated - de meegeleverde correcties).")


def test_curated_dash_goes_back_to_the_bundled_corrections_and_is_remembered(runner, project):
    _build(runner, project, "--curated", str(project / "correcties"))
    back = _build(runner, project, "--curated", "-")
    assert back.exit_code == 0, back.output
    assert json.loads(back.stdout)["corrections"] is None
    assert _chairs(runner, project) == ["Anna Jansen"]
    assert json.loads(_build(runner, project).stdout)["corrections"] is None


def test_a_remembered_folder_that_is_gone_is_a_one_line_error_and_the_graph_stays(runner, project):
    _build(runner, project, "--curated", str(project / "correcties"))
    shutil.rmtree(project / "correcties")
    before = (project / "kg" / "manifest.json").read_bytes()
    result = runner.invoke(cli, ["--graph", str(project / "kg"), "--lang", "en", "build", str(project / "docs")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: this graph's previous build used the corrections in "
                             f"{(project / 'correcties').resolve()}, but that folder is gone; give --curated FOLDER, "
                             "or --curated - for the bundled corrections\n")
    assert (project / "kg" / "manifest.json").read_bytes() == before


def test_a_copied_project_folder_finds_its_corrections_where_it_now_is(runner, project, tmp_path_factory):
    _build(runner, project, "--curated", str(project / "correcties"))
    copy = tmp_path_factory.mktemp("kopie") / "project"
    shutil.copytree(project, copy)
    shutil.rmtree(project)
    again = _build(runner, copy)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["corrections"] == str((copy / "correcties").resolve())


# ----------------------------------------------------------------------------- A1: a person named by initials


@pytest.fixture(scope="module")
def resolve_texts():
    """``resolve_texts({id: text})``: the person mentions of the texts, resolved, as (id, text) → label,
    and the ambiguities."""
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    from graph.resolve import resolve

    gazetteer = load_gazetteer()

    def resolved(texts: dict[str, str]):
        extractions = [extract(doc, text, gazetteer=gazetteer) for doc, text in texts.items()]
        resolution = resolve(extractions, gazetteer)
        labels = {(doc, texts[doc][start:end]): resolution.entities[key].label
                  for (doc, start, end), key in resolution.mention_keys.items() if key.startswith("person/")}
        return labels, resolution.ambiguous

    return resolved


def test_initials_join_the_full_name_in_the_same_letter(resolve_texts):
    labels, _ = resolve_texts({"brief": "Ons aanspreekpunt is Karel Hoekstra, directeur bij het ministerie van BZK."
                                        "\n\nMet vriendelijke groet,\n\ndrs. K.J. Hoekstra"})
    assert labels == {("brief", "Karel Hoekstra"): "Karel Hoekstra", ("brief", "K.J. Hoekstra"): "Karel Hoekstra"}


def test_initials_with_a_tussenvoegsel_join_across_documents(resolve_texts):
    labels, _ = resolve_texts({"a": "Sanne van der Linden is voorzitter van de Pijler Sociaal.",
                               "b": "Aanwezig: S. van der Linden (Deventer), P. Bos (Ede)."})
    assert labels[("b", "S. van der Linden")] == "Sanne van der Linden"
    assert labels[("b", "P. Bos")] == "P. Bos"


def test_initials_never_join_a_name_with_another_tussenvoegsel_or_first_letter(resolve_texts):
    labels, _ = resolve_texts({"a": "Sanne van der Linden is voorzitter van de Pijler Sociaal.",
                               "b": "Aanwezig: S. Linden (Deventer), R. van der Linden (Ede)."})
    assert labels[("b", "S. Linden")] == "S. Linden"
    assert labels[("b", "R. van der Linden")] == "R. van der Linden"


def test_initials_of_two_persons_stay_apart_and_are_reported_unless_the_document_names_one(resolve_texts):
    labels, ambiguous = resolve_texts({"a": "Pieter Smit is wethouder van Breda.",
                                       "b": "Paula Smit is wethouder van Tilburg.",
                                       "c": "Aanwezig: P. Smit (Tilburg), J. Kok (Ede). Daarna sprak P. Smit (Tilburg).",
                                       "d": "Paula Smit opende de dag. Aanwezig: P. Smit (Tilburg), J. Kok (Ede)."})
    assert labels[("c", "P. Smit")] == "P. Smit"
    assert ambiguous == ["c: 'P. Smit' kan Paula Smit, Pieter Smit zijn; niet samengevoegd"]
    assert labels[("d", "P. Smit")] == "Paula Smit"


def test_the_full_name_is_the_preferred_label_and_the_initials_an_alternative():
    from graph.gazetteer import load_gazetteer
    from graph.extract import extract
    from graph.resolve import resolve

    gazetteer = load_gazetteer()
    texts = {"a": "Aanwezig: T.H. Mulder (Zwolle), J. Kok (Ede).", "b": "Thomas Mulder is wethouder van Zwolle."}
    resolution = resolve([extract(doc, text, gazetteer=gazetteer) for doc, text in texts.items()], gazetteer)
    mulder = resolution.entities["person/thomas-mulder"]
    assert (mulder.label, mulder.alt_labels) == ("Thomas Mulder", ("T.H. Mulder",))
    assert "person/t-h-mulder" not in resolution.entities


# ----------------------------------------------------------------------------- A3: two chairs at once


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_chair_of_a_whole_year_ends_where_the_successor_takes_over(runner, tmp_path, engine):
    """A year report's "werd in 2024 voorgezeten door Kees" and a correction's "Lies from 1 October 2024":
    asked in November, only Lies chairs; Kees's row ends on 30 September, said to be inferred, and where from."""
    docs, fixes, kg = tmp_path / "docs", tmp_path / "correcties", tmp_path / "kg"
    docs.mkdir()
    fixes.mkdir()
    (docs / "a.txt").write_text("De Pijler Wonen is een van de pijlers van de G40.\n", encoding="utf-8")
    (fixes / "c.yaml").write_text(
        "entities:\n  person/kees-smit: {type: Person, label: Kees Smit}\n  person/lies-kok: {type: Person, label: Lies Kok}\n"
        "  unit/pijler-wonen: {type: OrganisationalUnit, label: Pijler Wonen}\n"
        "facts:\n  - {subject: person/kees-smit, predicate: hasRole, object: unit/pijler-wonen, role: voorzitter,"
        " valid_from: 2024-01-01, valid_until: 2024-12-31}\n"
        "  - {subject: person/lies-kok, predicate: hasRole, object: unit/pijler-wonen, role: voorzitter,"
        " valid_from: 2024-10-01}\n", encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(docs), "--curated", str(fixes)]).exit_code == 0

    def chairs(*args):
        result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "unit-role-timeline",
                                     "-p", "unit=Pijler Wonen", "--format", "json", *args])
        assert result.exit_code == 0, result.output
        return [(r["personLabel"], r["start"], r["end"], r["endedBy"]) for r in json.loads(result.output)["rows"]]

    assert chairs() == [("Kees Smit", "2024-01-01", "2024-09-30", "c.yaml:7"), ("Lies Kok", "2024-10-01", None, None)]
    assert chairs("--at", "2024-11-01") == [("Lies Kok", "2024-10-01", None, None)]
    assert chairs("--at", "2024-03-01") == [("Kees Smit", "2024-01-01", "2024-09-30", "c.yaml:7")]


# ----------------------------------------------------------------------------- C16, C17, B10: the explorer


@pytest.fixture(scope="module")
def explorer_graph(tmp_path_factory):
    """Two documents (one of 2017, naming a municipality dissolved at the end of 2018) and a correction
    that merges a misspelt person into the right one."""
    where = tmp_path_factory.mktemp("explorer")
    docs, fixes = where / "docs", where / "correcties"
    docs.mkdir()
    fixes.mkdir()
    (docs / "a.txt").write_text("Anna Jansen is voorzitter van de Pijler Sociaal.\n", encoding="utf-8")
    (docs / "b.txt").write_text("Anna Janssen is wethouder van de gemeente Haren.\n", encoding="utf-8")
    (docs / "b.meta.json").write_text(json.dumps({"date": "2017-05-01"}), encoding="utf-8")
    (fixes / "c.yaml").write_text("merge:\n  - {from: person/anna-janssen, into: person/anna-jansen}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(docs), "--curated", str(fixes)])
    assert result.exit_code == 0, result.output
    return where / "kg"


def _page(runner, graph, path):
    result = runner.invoke(cli, ["--graph", str(graph), "serve", "--get", path])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_an_entity_merged_away_is_linked_to_its_page_here_not_on_the_web(runner, explorer_graph):
    page = _page(runner, explorer_graph, "/entity/person/anna-jansen")
    assert ('Zelfde als: <a href="/entity/person/anna-janssen">https://w3id.org/g40kg/id/person/anna-janssen</a>'
            in page), page


def test_the_properties_of_an_entity_read_as_the_ontology_names_them(runner, explorer_graph):
    page = _page(runner, explorer_graph, "/entity/municipality/gm0017")
    assert ('<tr><th title="g40:cbsCode">CBS-code</th><td>GM0017</td></tr>'
            '<tr><th title="g40:dissolvedOn">opgeheven op</th><td>2018-12-31</td></tr>') in page, page
    english = _page(runner, explorer_graph, "/entity/municipality/gm0017?lang=en")
    assert '<th title="g40:dissolvedOn">dissolved on</th>' in english


@pytest.mark.parametrize("lang, labels", [
    ("nl", ["Onderdeel of organisatie *", "Rol", "Op datum", "Vanaf", "Tot en met", "Stand per"]),
    ("en", ["Unit or organisation *", "Role", "On date", "From", "Until", "As of"]),
])
def test_a_question_s_form_names_its_fields_in_words(runner, explorer_graph, lang, labels):
    import re

    page = _page(runner, explorer_graph, f"/questions/unit-role-timeline?lang={lang}")
    assert [text.strip() for text in re.findall(r'<label>([^<]*)', page)] == labels, page


def test_every_page_opens_with_a_link_past_the_menu(runner, explorer_graph):
    page = _page(runner, explorer_graph, "/")
    assert page.index('<a class="skip" href="#main">Naar de inhoud</a>') < page.index("<nav")
    assert '<main id="main" tabindex="-1">' in page


# ----------------------------------------------------------------------------- B10, C13: warnings a build gives


def test_a_municipality_named_after_it_was_dissolved_is_reported_not_dropped_in_silence(runner, tmp_path):
    docs = _dated_documents(tmp_path, {"cd": ("De gemeente Haren neemt deel aan de City Deal Kennis Maken.", "2024-03-01"),
                                       "oud": ("De gemeente Haren neemt deel aan de City Deal Kennis Maken.", "2017-03-01")})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [w for w in warning_lines(json.loads(result.stdout)) if "Haren" in w] == [
        "cd: 'gemeente Haren' niet als gemeente gelezen: Haren is opgeheven op 2018-12-31, voor de datum van het "
        "document (2024-03-01); bedoelt het de gemeente waarin Haren opging, voeg dat feit dan toe als correctie"]


def test_a_document_dated_after_today_is_reported(runner, tmp_path):
    docs = _dated_documents(tmp_path, {"nieuws": ("Breda werkt samen met het ministerie van BZK.", "2099-03-01"),
                                       "verslag": ("Tilburg werkt samen met het ministerie van OCW.", "2023-03-01")})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "build", str(docs),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert warning_lines(json.loads(result.stdout)) == [
        "1 document dated after today: nieuws (2099-03-01); is that date right? If not, give the date in "
        "<name>.meta.json"]


# ----------------------------------------------------------------------------- C14, C18: path and brokers


@pytest.fixture(scope="module")
def years_graph(tmp_path_factory):
    """A person of 2018 and a person of 2024 linked through a City Deal both are named with."""
    where = tmp_path_factory.mktemp("years")
    docs = _dated_documents(where, {
        "oud": ("Wethouder Gerrit Dekker van Deventer is contactpersoon voor de City Deal Kennis Maken.", "2018-09-12"),
        "nieuw": ("Wethouder Sara Bos van Zwolle is contactpersoon voor de City Deal Kennis Maken.", "2024-11-12")})
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(docs)])
    assert result.exit_code == 0, result.output
    return where / "kg"


def test_a_path_whose_steps_lie_years_apart_says_so(runner, years_graph):
    result = runner.invoke(cli, ["--graph", str(years_graph), "path", "Gerrit Dekker", "Sara Bos"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == ("Let op: de stappen komen uit 2018 tot 2024; --at of --between zoekt een "
                                              "verbinding binnen één periode.")
    within = runner.invoke(cli, ["--graph", str(years_graph), "path", "Gerrit Dekker", "Deventer"])
    assert "Let op" not in within.stdout, within.stdout


def test_brokers_say_what_their_score_is(runner, years_graph):
    result = runner.invoke(cli, ["--graph", str(years_graph), "--lang", "en", "brokers"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "Brokers between ministries and municipalities (score: the share of the shortest connections between a "
        "ministry and a municipality that run through the node, 0–1)")


def test_a_question_s_form_offers_the_names_the_documents_use_not_the_whole_register(runner, explorer_graph):
    import re

    page = _page(runner, explorer_graph, "/questions/unit-role-timeline")
    offered = re.findall(r'<option value="([^"]*)">', page.split('<datalist id="choices-unit">')[1].split("</datalist>")[0])
    assert offered == ["Haren", "Pijler Sociaal"], offered


# ----------------------------------------------------------------------------- A2 after the merges


def test_the_chair_who_announces_her_stepping_down_is_not_the_last_person_named_before():
    """"De voorzitter deelt mee dat zij … terugtreedt als voorzitter": "zij" is the voorzitter (the
    subordinate clause's subject refers to the main clause's), not the last person of the attendance
    list, whom a pronoun-then-"als" rule made the chair after the round-34 merges."""
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    text = ("# Verslag Pijler Wonen, 15 januari 2025\n\n"
            "**Aanwezig:** R. Koster (Deventer, voorzitter), Sanne Brouwer (ministerie van BZK)\n\n"
            "De voorzitter deelt mee dat zij per 1 maart 2025 terugtreedt als voorzitter van de pijler.\n")
    extraction = extract("notulen", text, gazetteer=load_gazetteer(), date="2025-01-15")
    chairs = {(r.subject.text, r.role) for r in extraction.relations if r.predicate == "hasRole"}
    assert ("Sanne Brouwer", "voorzitter") not in chairs, chairs
    assert ("R. Koster", "voorzitter") in chairs, chairs


# ----------------------------------------------------------------------------- A5: a post taken up "in" a time


@pytest.mark.parametrize("sentence, start", [
    ("In maart 2024 werd Kees Smit voorzitter van de Pijler Wonen.", "2024-03-01"),
    ("In het voorjaar trad Lotte Bos (Ede) toe als lid van de Pijler Wonen.", "2024-03-01"),  # the document's year
    ("Kees Smit werd in 2023 gekozen tot voorzitter van de Pijler Wonen.", "2023-01-01"),
    ("In 2025 wordt Kees Smit voorzitter van de Pijler Wonen.", None),  # a plan
    ("In 2023 trad Kees Smit af als voorzitter van de Pijler Wonen.", None),  # leaving: no start
])
def test_a_post_taken_up_in_a_time_starts_then_and_goes_on(sentence, start):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    extraction = extract("jaarverslag", sentence, gazetteer=load_gazetteer(), date="2024-12-31")
    [role] = [(r.valid_from, r.valid_until) for r in extraction.relations if r.predicate == "hasRole"]
    assert role == (start, None)


def test_a_path_step_names_a_renamed_ministry_as_its_quotes_did(runner, tmp_path):
    docs = _dated_documents(tmp_path, {
        "oud": ("De gemeente Breda werkt samen met het ministerie van LNV.", "2021-05-01"),
        "nieuw": ("Wethouder Piet Kok van Breda opende de markt.", "2025-02-01")})
    assert runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)]).exit_code == 0
    table = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "path", "Piet Kok", "LVVN"])
    assert table.exit_code == 0, table.output
    assert [line.split()[:4] for line in table.stdout.splitlines() if line.startswith("2 ")] == [
        ["2", "Breda", "LVVN", "(toen"]], table.stdout
    data = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "path", "Piet Kok", "LVVN", "--format", "json"])
    assert [row["to"] for row in json.loads(data.stdout)["rows"]] == ["Breda", "LVVN"], data.stdout
