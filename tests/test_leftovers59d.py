"""Round 59d: the leftovers of walkthroughs 36 (the data steward, round 58m) and 37 (the security officer, 58w).

* where a municipality a redivision dissolved went up in, and what a new one was before (36, finding 6's rest):
  ``municipalities_dissolved.csv``'s ``opgegaan_in``, said by ``entity``, ``ask`` (row labels and notes) and the
  entity page (``graph/dissolved_municipalities.py``);
* ``entity CITY --at/--between/--as-of`` and the entity page on a day say whether the city was a G40 member then,
  as the four G40 questions count it (36, finding 2's rest; ``graph.g40_membership.membership_of``);
* a document's title, author and case number are cut at 500, 200 and 100 characters with a warning naming the
  file (37, finding 8; ``graph.ingest._capped``);
* the RTF reader's own reasons in the interface's language (37, finding 10).

Every text here is invented; the municipalities are the register's (Hellevoetsluis, Brielle and Westvoorne became
Voorne aan Zee on 2023-01-01; Haren and Ten Boer went up in Groningen on 2019-01-01; Amstelveen joined the G40 on
2022-07-01).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.documents import ask_rows, dated_documents

NEWS_2021 = ("Nieuwsbrief Kuststeden\n\nWethouder Ria Ploegmakers van Hellevoetsluis is voorzitter van de themagroep "
             "Kustgemeenten.\n\nDe gemeente Hellevoetsluis neemt deel aan de City Deal Kansrijke Wijken.\n\n"
             "Wethouder Joost Verbiest van Breda is lid van de themagroep Kustgemeenten.\n\n"
             "De gemeente Amstelveen neemt deel aan de City Deal Kansrijke Wijken.\n")
NEWS_2025 = ("Nieuwsbrief Kuststeden\n\nWethouder Ria Ploegmakers van Voorne aan Zee is voorzitter van de themagroep "
             "Kustgemeenten.\n\nDe gemeente Voorne aan Zee neemt deel aan de City Deal Kansrijke Wijken.\n")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    where = tmp_path_factory.mktemp("leftovers59d")
    docs = dated_documents(where, {"nieuws-2021": (NEWS_2021, "2021-05-12"), "nieuws-2025": (NEWS_2025, "2025-03-18")})
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(docs)])
    assert result.exit_code == 0, result.output
    return where / "kg"


def _entity(runner, kg, *args, lang="nl") -> list[str]:
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "entity", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def _ask(runner, kg, *args, lang="nl"):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", *args])
    assert result.exit_code == 0, result.output
    return result


# ---- 1. a dissolved municipality's successor -------------------------------------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("nl", "opgegaan in Voorne aan Zee per 2023-01-01 (register)"),
    ("en", "merged into Voorne aan Zee on 2023-01-01 (register)"),
])
def test_entity_of_a_dissolved_municipality_names_where_it_went(runner, kg, lang, line):
    """Walkthrough 36, finding 6: `entity Hellevoetsluis` said it was dissolved, never where it went."""
    lines = _entity(runner, kg, "Hellevoetsluis", lang=lang)
    assert lines[2].startswith(("opgeheven:", "dissolved:")) and lines[3] == line, lines[:5]


@pytest.mark.parametrize("name, lang, line", [
    ("Voorne aan Zee", "nl", "voorheen: Brielle, Hellevoetsluis en Westvoorne (tot en met 2022-12-31; register)"),
    ("Voorne aan Zee", "en", "formerly: Brielle, Hellevoetsluis and Westvoorne (up to and including 2022-12-31; register)"),
    # near miss: Groningen was no new municipality; it took two in and stays itself
    ("Groningen", "nl", "hierin opgegaan: Haren en Ten Boer per 2019-01-01 (register)"),
])
def test_entity_of_the_successor_says_what_it_was_before(runner, kg, name, lang, line):
    assert _entity(runner, kg, name, lang=lang)[2] == line


def test_entity_of_a_municipality_no_redivision_touched_says_nothing_of_one(runner, kg):
    """Near miss: Breda, Hoevelaken (dissolved in 1999; the list names no successor for it)."""
    breda = _entity(runner, kg, "Breda")
    assert not any(line.startswith(("opgegaan", "voorheen", "hierin")) for line in breda[:4]), breda[:4]
    from graph.dissolved_municipalities import MUNICIPALITY, redivision_lines

    assert redivision_lines(MUNICIPALITY + "gm0253") == []  # Hoevelaken: dissolved, no successor in the list


@pytest.mark.parametrize("window, label", [
    ((), "Hellevoetsluis (opgegaan in Voorne aan Zee per 2023-01-01)"),
    (("--as-of", "2025-06-01"), None),  # her role there ended with it: no row
    (("--as-of", "2022-06-01"), "Hellevoetsluis"),  # near miss: before the redivision it was a municipality of its own
])
def test_a_table_row_names_where_the_dissolved_municipality_went(runner, kg, window, label):
    result = _ask(runner, kg, "who-does-what", "-p", "person=Ria Ploegmakers", *window)
    bodies = [line for line in result.stdout.splitlines() if " wethouder " in line]
    shown = [body for body in bodies if "Hellevoetsluis" in body]
    if label is None:
        assert not shown, result.stdout
    else:
        assert len(shown) == 1 and f" {label} " in shown[0] and (label != "Hellevoetsluis" or "opgegaan" not in shown[0])
    assert all("Voorne aan Zee (" not in body for body in bodies)  # the successor's own label stays plain


def test_json_rows_keep_the_plain_label(runner, kg):
    rows = ask_rows(runner, kg, "oxigraph", "who-does-what", "-p", "person=Ria Ploegmakers")
    assert {r["bodyLabel"] for r in rows if r["role"] == "wethouder"} == {"Hellevoetsluis", "Voorne aan Zee"}


@pytest.mark.parametrize("args, lang, note", [
    (("-p", "city=Voorne aan Zee"), "nl", "Voorne aan Zee bestaat sinds 2023-01-01; voorheen: Brielle, Hellevoetsluis "
                                          "en Westvoorne."),
    (("-p", "city=Voorne aan Zee"), "en", "Voorne aan Zee exists since 2023-01-01; formerly: Brielle, Hellevoetsluis "
                                          "and Westvoorne."),
    (("-p", "city=Hellevoetsluis", "--as-of", "2025-06-01"), "nl", "Hellevoetsluis is opgegaan in Voorne aan Zee per "
                                                                   "2023-01-01."),
    (("-p", "city=Groningen", "--between", "2018-01-01", "2020-12-31"), "nl",
     "Per 2019-01-01 opgegaan in Groningen: Haren en Ten Boer."),
])
def test_a_question_about_either_says_the_redivision(runner, kg, args, lang, note):
    result = _ask(runner, kg, "city-involvement", *args, lang=lang)
    assert note in result.output.splitlines(), result.output


@pytest.mark.parametrize("args", [
    ("-p", "city=Hellevoetsluis", "--as-of", "2022-06-01"),  # the time asked lies before the redivision
    ("-p", "city=Groningen", "--at", "2021-06-01"),  # after Haren and Ten Boer went up in it: their facts are older
    ("-p", "city=Breda",),
])
def test_no_redivision_note_where_it_does_not_help(runner, kg, args):
    result = _ask(runner, kg, "city-involvement", *args)
    assert not any(word in result.output for word in ("opgegaan", "voorheen")), result.output


def test_the_python_api_gives_the_same_note(kg):
    import g40kg

    answer = g40kg.ask(g40kg.open(kg), "city-involvement", city="Voorne aan Zee")
    assert "Voorne aan Zee bestaat sinds 2023-01-01; voorheen: Brielle, Hellevoetsluis en Westvoorne." in answer.notes


def test_the_entity_page_says_where_it_went_and_what_it_was(runner, kg):
    def page(path):
        result = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", path])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert '<p class="redivision">opgegaan in Voorne aan Zee per 2023-01-01 (register)</p>' in page(
        "/entity/municipality/gm0530")
    assert json.loads(page("/entity/municipality/gm1992.json"))["redivision"] == [
        "voorheen: Brielle, Hellevoetsluis en Westvoorne (tot en met 2022-12-31; register)"]
    assert 'class="redivision"' not in page("/entity/municipality/gm0758")  # Breda


def test_a_successor_that_is_no_municipality_of_the_lists_is_a_one_line_error(tmp_path):
    import shutil

    from graph.errors import InputError
    from graph.gazetteer import load_gazetteer
    from graph.resources import data_path

    copy = tmp_path / "gazetteer"
    shutil.copytree(str(data_path("gazetteer")), copy)
    path = copy / "municipalities_dissolved.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    where = next(n for n, line in enumerate(lines) if line.startswith("GM0530,"))
    lines[where] = lines[where].rsplit(",", 1)[0] + ",GM9999"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gazetteer(copy)
    assert str(caught.value) == (f"{path}:{where + 1}: opgegaan_in 'GM9999' is geen gemeentecode uit de lijsten; "
                                 "schrijf de CBS-code (GMxxxx) van de gemeente waarin zij opging, meer dan één "
                                 "gescheiden door ';'")


def test_the_bundled_list_names_the_successors_of_the_recent_redivisions():
    from graph.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    named = {m.preferred: [gazetteer.municipality_by_code[c].preferred for c in m.successors]
             for m in gazetteer.dissolved if m.successors}
    assert named["Winsum"] == ["Het Hogeland", "Westerkwartier"]  # divided between two
    assert named["Weesp"] == ["Amsterdam"] and named["Beemster"] == ["Purmerend"]
    assert all(m.successors for m in gazetteer.dissolved if m.dissolved >= "2017-12-31")
    assert all(gazetteer.municipality_by_code[c].code != m.code for m in gazetteer.dissolved for c in m.successors)


# ---- 2. entity and G40 membership by date ------------------------------------------------------------------------

@pytest.mark.parametrize("args, lang, line", [
    (("--at", "2021-06-01"), "nl", "G40-lid op 2021-06-01: nee (lid sinds 2022-07-01; g40_members.csv)"),
    (("--as-of", "2023-01-01"), "nl", "G40-lid op 2023-01-01: ja (lid sinds 2022-07-01; g40_members.csv)"),
    (("--between", "2022-01-01", "2022-12-31"), "nl",
     "G40-lid in 2022-01-01 – 2022-12-31: ja, een deel van die tijd (lid sinds 2022-07-01; g40_members.csv)"),
    (("--at", "2021-06-01"), "en", "G40 member on 2021-06-01: no (a member since 2022-07-01; g40_members.csv)"),
])
def test_entity_of_a_city_under_a_time_says_whether_it_was_a_member(runner, kg, args, lang, line):
    assert line in _entity(runner, kg, "Amstelveen", *args, lang=lang)[:4]


def test_no_membership_line_without_a_time_or_for_a_city_never_a_member(runner, kg):
    """Near misses: without a time option the heading is as before; Hellevoetsluis was never a G40 member."""
    assert not any(line.startswith("G40-lid") for line in _entity(runner, kg, "Amstelveen"))
    assert not any(line.startswith("G40-lid") for line in _entity(runner, kg, "Hellevoetsluis", "--at", "2021-06-01"))


def test_the_entity_page_of_a_day_says_whether_the_city_was_a_member(runner, kg):
    def page(day):
        result = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", f"/entity/municipality/gm0362?as_of={day}"])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert '<p class="g40-membership">G40-lid op 1 juni 2021: nee (lid sinds 2022-07-01; g40_members.csv)</p>' in page(
        "2021-06-01")
    assert '<p class="g40-membership">G40-lid op 1 januari 2023: ja (lid sinds 2022-07-01; g40_members.csv)</p>' in page(
        "2023-01-01")
    result = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", "/entity/municipality/gm0362"])
    assert "g40-membership" not in result.stdout  # no day: no line


def test_entity_json_of_a_municipality_carries_both(runner, kg):
    def profile(*args):
        result = runner.invoke(cli, ["--graph", str(kg), "entity", *args, "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["rows"][0]

    assert profile("Hellevoetsluis")["redivision"] == {"into": {
        "label": "Voorne aan Zee", "day": "2023-01-01", "iris": ["https://w3id.org/g40kg/id/municipality/gm1992"]},
        "formerly": []}
    assert profile("Amstelveen", "--at", "2021-06-01")["g40Membership"] == {
        "since": "2022-07-01", "until": None, "today": True, "member": False, "whole": False}
    breda = profile("Breda")  # near miss: no redivision, no time: the keys as before
    assert "redivision" not in breda and "g40Membership" not in breda


@pytest.fixture(scope="module")
def left(tmp_path_factory):
    """Round 58k's graph: Helmond left the G40 on 2022-06-30, Tilburg joins on 2027-01-01, Breda a member always."""
    from test_g40_membership_58k import built_with_members

    return built_with_members(tmp_path_factory.mktemp("left59d"))


@pytest.mark.parametrize("option, day", [("--as-of", "2021-06-01"), ("--as-of", "2025-06-01"), ("--at", "2021-05-01"),
                                         ("--at", "2025-05-01")])
def test_entity_agrees_with_the_g40_questions(runner, left, option, day):
    """What `entity CITY` says of a day is whether `g40-cities-programmes` counts the city that day."""
    from graph.query import run_question
    from graph.store import open_dataset

    parameter = {"--as-of": "as_of", "--at": "at"}[option]
    dataset = open_dataset(left)
    counted = {str(row["cityLabel"]) for row in run_question(dataset, "g40-cities-programmes", {parameter: day}).rows}
    said = {}
    for city in ("Breda", "Helmond", "Tilburg"):
        line = next(line for line in _entity(runner, left, city, option, day) if line.startswith("G40-lid"))
        said[city] = line.split(": ", 1)[1].startswith("ja")
    assert {city for city, member in said.items() if member} == counted, (said, counted)
    assert said["Breda"] and not said["Tilburg"] and said["Helmond"] == (day < "2022-07-01")


def test_entity_of_a_city_that_left_names_its_last_day(runner, left):
    lines = _entity(runner, left, "Helmond", "--between", "2022-01-01", "2022-12-31")
    assert ("G40-lid in 2022-01-01 – 2022-12-31: ja, een deel van die tijd (lid tot en met 2022-06-30; "
            "g40_members.csv)") in lines[:5], lines[:5]


# ---- 3. length caps on a document's title, author and case number ----------------------------------------------

def test_a_metadata_file_s_long_author_and_case_number_are_cut_with_a_warning(tmp_path):
    from graph.ingest import read_corpus

    export = tmp_path / "export"
    export.mkdir()
    (export / "nota.txt").write_text("De gemeente Breda neemt deel aan de City Deal Kansrijke Wijken.\n", encoding="utf-8")
    (export / "metadata.csv").write_text("Bestandsnaam;Titel;Datum;Auteur;Zaaknummer\nnota.txt;Nota wijken;2024-03-01;"
                                         + "A. de Wit " * 5000 + ";Z-2025-" + "7" * 100_000 + "\n", encoding="utf-8")
    documents, warnings = read_corpus([export])
    (document,) = documents
    assert len(document.author) == 196 and document.author.endswith(" A. de…")  # cut at a space
    assert len(document.case) == 100 and document.case.startswith("Z-2025-777") and document.case.endswith("…")
    assert document.title == "Nota wijken"  # near miss: a title of normal length stays whole
    cut = sorted(str(w) for w in warnings if "ingekort" in str(w))
    assert cut == [f"{export / 'nota.txt'}: auteur van 49999 tekens ingekort tot 200 ({export / 'metadata.csv'}:2)",
                   f"{export / 'nota.txt'}: zaaknummer van 100007 tekens ingekort tot 100 ({export / 'metadata.csv'}:2)"]


def test_an_rtf_info_title_of_a_megabyte_is_cut_with_a_warning(tmp_path):
    from graph.ingest import read_document
    from graph.warning_codes import warning_record

    path = tmp_path / "brief.rtf"
    path.write_bytes(rb"{\rtf1{\info{\title " + b"Brief over de wijkaanpak " * 40_000
                     + rb"}}\pard De gemeente Tilburg neemt deel aan de City Deal Kansrijke Wijken.\par}")
    document = read_document(path)
    assert len(document.title) <= 500 and document.title.startswith("Brief over de wijkaanpak") and document.title.endswith("…")
    (warning,) = [w for w in document.warnings if "ingekort" in str(w)]
    assert str(warning) == f"{path}: titel van 999999 tekens ingekort tot 500"
    assert warning_record(warning)["code"] == "field_cut"
    short = tmp_path / "kort.rtf"  # near miss: a title of 500 characters exactly is kept whole, without a warning
    short.write_bytes(rb"{\rtf1{\info{\title " + b"x" * 500 + rb"}}\pard De gemeente Tilburg werkt mee.\par}")
    document = read_document(short)
    assert document.title == "x" * 500 and not any("ingekort" in str(w) for w in document.warnings)


def test_the_cut_warning_in_english(tmp_path):
    from graph.ingest import read_document
    from graph.messages import language

    path = tmp_path / "brief.rtf"
    path.write_bytes(rb"{\rtf1{\info{\title " + b"Brief " * 200 + rb"}}\pard De gemeente Tilburg werkt mee.\par}")
    with language("en"):
        document = read_document(path)
    assert [str(w) for w in document.warnings if "cut" in str(w)] == [f"{path}: title of 1199 characters cut to 500"]


# ---- 4. the RTF reader's own reasons in the interface's language ------------------------------------------------

@pytest.mark.parametrize("lang, reason", [("nl", "onleesbaar RTF-bestand (groepen meer dan 1000 diep genest)"),
                                          ("en", "unreadable RTF file (groups nested more than 1000 deep)")])
def test_the_rtf_reader_s_reason_is_in_the_interface_s_language(tmp_path, lang, reason):
    from graph.errors import InputError
    from graph.ingest import read_document
    from graph.messages import language

    deep = tmp_path / "diep.rtf"
    deep.write_bytes(rb"{\rtf1 " + b"{" * 5000 + b"x" + b"}" * 5001)
    with language(lang), pytest.raises(InputError) as caught:
        read_document(deep)
    assert reason in str(caught.value)
