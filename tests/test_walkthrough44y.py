"""Round 44y, walkthrough 19 (a wethouder's bestuursadviseur prepares a G40 bestuurlijk overleg).

- finding 4: an e-mail saved from an English-language Outlook ("From:/Sent:/Subject:") takes its date
  from "Sent:" and its title from "Subject:", and an e-mail address never reaches a title, so neither
  the network page nor the explorer shows one;
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.ingest import read_corpus

NEWS = ("Zwolle, 2 mei 2026\n\nAnna Smit is wethouder van Zwolle. Zwolle en Deventer nemen deel aan de "
        "City Deal Klimaatadaptatie.\n")
ENGLISH_MAIL = ("From: Eva Smit <e.smit@zwolle.nl>\n"
                "Sent: Thursday, December 3, 2026 4:47 PM\n"
                "To: Kees Bos <k.bos@zwolle.nl>\n"
                "Subject: RE: voorbereiding overleg Pijler Fysiek\n\n"
                "Hoi Kees,\n\nZwolle werkt met het ministerie van IenW samen in de City Deal Klimaatadaptatie. "
                "De gemeente Zwolle neemt deel aan de City Deal Klimaatadaptatie.\n\nGroet,\nEva\n")


def run(*args, lang="nl"):
    return CliRunner().invoke(cli, ["--lang", lang, *args])


# ----------------------------------------------------------------------------- finding 4

def test_an_english_outlook_mail_takes_its_date_and_title_from_its_headers(tmp_path):
    (tmp_path / "mail.txt").write_text(ENGLISH_MAIL, encoding="utf-8")
    [doc], warnings = read_corpus([tmp_path])
    # the header's date is printed in the mail: not inferred (walkthrough 27, finding 15)
    assert (doc.date, doc.title, doc.date_inferred) == ("2026-12-03", "RE: voorbereiding overleg Pijler Fysiek", False)
    assert not [w for w in warnings if "zonder datum" in w], warnings


@pytest.mark.parametrize("text, title", [
    ("From: Eva Smit <e.smit@zwolle.nl>\n\nZwolle werkt samen met Deventer.", "From: Eva Smit <[e-mailadres]>"),
    ("Van: Eva Smit, 06-12345678\n\nZwolle werkt samen met Deventer.", "Van: Eva Smit, [telefoonnummer]"),
])
def test_a_title_never_shows_an_address(tmp_path, text, title):
    (tmp_path / "mail.txt").write_text(text, encoding="utf-8")
    [doc], _warnings = read_corpus([tmp_path])
    assert doc.title == title


def test_a_sidecar_title_is_masked_as_well(tmp_path):
    (tmp_path / "mail.txt").write_text("Zwolle werkt samen met Deventer.", encoding="utf-8")
    (tmp_path / "mail.meta.json").write_text(json.dumps({"title": "Mail van eva@zwolle.nl"}), encoding="utf-8")
    [doc], _warnings = read_corpus([tmp_path])
    assert doc.title == "Mail van [e-mailadres]"


def test_the_network_page_and_the_explorer_show_no_address_from_a_mail(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "email-voorbereiding.txt").write_text(ENGLISH_MAIL.replace("Subject: RE: voorbereiding overleg Pijler Fysiek\n", ""),
                                                  encoding="utf-8")
    kg = tmp_path / "kg"
    built = run("--graph", str(kg), "build", str(docs))
    assert built.exit_code == 0, built.output
    assert "zonder datum" not in built.output, built.output
    page = tmp_path / "net.html"
    shown = run("--graph", str(kg), "viz", "-o", str(page))
    assert shown.exit_code == 0, shown.output
    site = tmp_path / "site"
    exported = run("--graph", str(kg), "export", "--format", "site", "-o", str(site))
    assert exported.exit_code == 0, exported.output
    leaks = [p.name for p in [page, *site.rglob("*")] if p.is_file() and "e.smit@zwolle.nl" in p.read_text(errors="replace")]
    assert leaks == []
    assert "Eva Smit &lt;[e-mailadres]&gt;" in page.read_text() or "Eva Smit <[e-mailadres]>" in page.read_text()


# ----------------------------------------------------------------------------- finding 2

def test_a_bare_build_names_the_bundled_examples_and_the_documents_here(tmp_path, monkeypatch):
    (tmp_path / "maand").mkdir()
    for name in ("nieuws.txt", "maand/verslag.md", "maand/agenda.html"):
        (tmp_path / name).write_text("Leeuwarden, 3 september 2026\n\nDe G40 werkt samen met BZK.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("--graph", str(tmp_path / "kg"), "build")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == ("Geen documenten opgegeven: ik bouw de meegeleverde voorbeelddocumenten van "
                                             "g40kg. In deze map staan 3 documenten: bedoelt u 'g40kg build .'?")
    (tmp_path / "maand" / "verslag.md").unlink()
    (tmp_path / "maand" / "agenda.html").unlink()
    english = run("--graph", str(tmp_path / "kg"), "build", lang="en")
    assert english.stderr.splitlines()[0] == ("No documents given: building g40kg's bundled example documents. This "
                                              "folder holds 1 document: did you mean 'g40kg build .'?")
    quiet = run("--graph", str(tmp_path / "kg"), "build", "--quiet")
    assert (quiet.exit_code, quiet.output) == (0, "")


def test_a_build_of_given_documents_says_nothing_of_the_examples(tmp_path, monkeypatch):
    (tmp_path / "nieuws.txt").write_text("Leeuwarden, 3 september 2026\n\nDe G40 werkt samen met BZK.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("--graph", str(tmp_path / "kg"), "build", ".")
    assert result.exit_code == 0, result.output
    assert "voorbeelddocumenten" not in result.output


def test_no_graph_names_the_folder_it_looked_in_and_a_graph_one_folder_up(tmp_path, monkeypatch):
    (tmp_path / ".g40kg").mkdir()
    (tmp_path / ".g40kg" / "manifest.json").write_text("{}", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    result = run("--graph", ".g40kg", "ask", "who-does-what")
    assert result.exit_code == 1, result.output
    assert result.output == (f"Fout: geen graaf in {tmp_path}/docs/.g40kg: voer eerst 'g40kg build MAP' uit, met MAP "
                             "de map van uw documenten (of geef --graph); één map hoger staat wel een graaf: geef "
                             "--graph ../.g40kg\n")
    english = run("--graph", ".g40kg", "ask", "who-does-what", lang="en")
    assert english.output == (f"Error: no graph at {tmp_path}/docs/.g40kg: run 'g40kg build FOLDER' first, with FOLDER "
                              "the folder of your documents (or pass --graph); there is one a folder up: pass --graph "
                              "../.g40kg\n")


# ----------------------------------------------------------------------------- finding 3

NEWS_PAGE = ("<html><head><title>Emmen treedt toe</title></head><body><p>18 november 2026</p>"
             "<p>De gemeente Emmen neemt deel aan de City Deal Klimaatadaptatie.</p></body></html>")


def test_of_two_copies_the_build_keeps_the_well_named_one_and_export_names_the_copy(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("nieuws-2026-11-18-emmen-city-deal.html", "Emmen toetreding (1).html"):
        (docs / name).write_text(NEWS_PAGE, encoding="utf-8")
    kg = str(tmp_path / "kg")
    built = run("--graph", kg, "build", str(docs))
    assert built.exit_code == 0, built.output
    assert ("1 kopie overgeslagen (dezelfde inhoud en datum als een ander document): Emmen toetreding (1) "
            "(= nieuws-2026-11-18-emmen-city-deal)") in built.output
    kept = run("--graph", kg, "export", "--format", "csv", "--document", "nieuws-2026-11-18-emmen-city-deal")
    assert kept.exit_code == 0 and "De gemeente Emmen neemt deel" in kept.stdout, kept.output
    copy = run("--graph", kg, "export", "--format", "csv", "--document", "Emmen toetreding (1)")
    assert (copy.exit_code, copy.output) == (2, "Fout: document 'Emmen toetreding (1)' staat niet in de graaf: het is "
                                                "een kopie van 'nieuws-2026-11-18-emmen-city-deal' en de bouw sloeg het "
                                                "over; geef --document nieuws-2026-11-18-emmen-city-deal\n")
    english = run("--graph", kg, "export", "--format", "csv", "--document", "Emmen toetreding (1)", lang="en")
    assert english.output == ("Error: document 'Emmen toetreding (1)' is not in the graph: it is a copy of "
                              "'nieuws-2026-11-18-emmen-city-deal' and the build skipped it; give --document "
                              "nieuws-2026-11-18-emmen-city-deal\n")


# ----------------------------------------------------------------------------- finding 21

def test_the_build_summary_speaks_dutch_without_jargon(tmp_path):
    (tmp_path / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    result = run("--graph", str(tmp_path / "kg"), "build", str(tmp_path / "nieuws.txt"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith("): 1 document, 3 feiten."), lines
    assert lines[1:] == ["Gevonden per soort:", "  Gemeente       2", "  Persoon        1", "  Programma      1",
                         "Feiten per soort:", "  neemt deel aan         2", "  heeft een rol bij      1",
                         "Controle: in orde (het enige document gecontroleerd)."]
    english = run("--graph", str(tmp_path / "kg2"), "build", str(tmp_path / "nieuws.txt"), lang="en")
    assert english.stdout.splitlines()[0].endswith("): 1 document, 3 facts."), english.output
    assert "Found by kind:" in english.stdout and "  participates in" in english.stdout
    data = json.loads(run("--graph", str(tmp_path / "kg3"), "build", str(tmp_path / "nieuws.txt"), "--format", "json").stdout)
    assert data["triples"] > 0 and data["entities"]["Person"] == 1, data  # the keys programs read stay


# ----------------------------------------------------------------------------- finding 22

def test_diff_path_and_programme_kinds_say_relations_in_words_and_keep_keys_in_data(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    kg = str(tmp_path / "kg")
    assert run("--graph", kg, "build", str(docs)).exit_code == 0
    path = run("--graph", kg, "path", "Anna Smit", "City Deal Klimaatadaptatie", "--format", "markdown").stdout
    assert "heeft een rol bij" in path and "neemt deel aan" in path and "hasRole" not in path, path
    assert "hasRole" in run("--graph", kg, "path", "Anna Smit", "City Deal Klimaatadaptatie", "--format", "csv").stdout
    before = tmp_path / "voor.jsonl"
    before.write_text(run("--graph", kg, "export").stdout, encoding="utf-8")
    (docs / "nieuws.txt").write_text(NEWS.replace(" Zwolle en Deventer", " Deventer"), encoding="utf-8")
    assert run("--graph", kg, "build", str(docs)).exit_code == 0
    table = run("--graph", kg, "diff", str(before)).stdout.splitlines()
    assert [" ".join(line.split()) for line in table[3:]] == [
        "- eraf Zwolle neemt deel aan City Deal Klimaatadaptatie nieuws"], table
    english = run("--graph", kg, "diff", str(before), lang="en").stdout.splitlines()
    assert " participates in " in english[3], english
    assert "participatesIn" in run("--graph", kg, "diff", str(before), "--format", "csv").stdout


# ----------------------------------------------------------------------------- finding 23

@pytest.mark.parametrize("lang, lines", [
    ("nl", ["Gebruik: g40kg entity [OPTIES] NAAM", "Zie 'g40kg entity --help' voor hulp.", "",
            "Fout: Ontbrekend argument 'NAAM'."]),
    ("en", ["Usage: g40kg entity [OPTIONS] NAME", "Try 'g40kg entity --help' for help.", "",
            "Error: Missing argument 'NAME'."]),
])
def test_a_usage_error_is_in_one_language(lang, lines):
    # (was 'diff' without OLD, which since round 59w shows what the last build changed)
    result = CliRunner().invoke(cli, ["--lang", lang, "entity"], prog_name="g40kg")
    assert (result.exit_code, result.output.splitlines()) == (2, lines)


@pytest.mark.parametrize("lang, line", [
    ("nl", "Fout: Ongeldige waarde voor --param: 'person': twee keer gegeven"),
    ("en", "Error: Invalid value for --param: 'person': given twice"),
])
def test_a_parameter_given_twice_is_said_in_one_language(tmp_path, lang, line):
    (tmp_path / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    assert run("--graph", str(tmp_path / "kg"), "build", str(tmp_path / "nieuws.txt")).exit_code == 0
    result = run("--graph", str(tmp_path / "kg"), "ask", "who-is-who", "-p", "person=A", "-p", "person=B", lang=lang)
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, line)


# ----------------------------------------------------------------------------- finding 13

@pytest.mark.parametrize("name", ["Binnenlandse Zaken", "ministerie van Binnenlandse Zaken", "binnenlandse zaken", "BZK"])
def test_a_ministry_is_found_by_its_everyday_name(tmp_path, name):
    (tmp_path / "nieuws.txt").write_text("Zwolle, 2 mei 2026\n\nZwolle werkt samen met het ministerie van BZK aan de "
                                         "Woondeal Zwolle.\n", encoding="utf-8")
    assert run("--graph", str(tmp_path / "kg"), "build", str(tmp_path / "nieuws.txt")).exit_code == 0
    result = run("--graph", str(tmp_path / "kg"), "collaborators", name, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [row["label"] for row in json.loads(result.stdout)["rows"]] == ["Zwolle"], result.stdout
    several = run("--graph", str(tmp_path / "kg"), "collaborators", "Zaken")  # part of six names (round 59n)
    assert (several.exit_code, several.output.startswith(
        "Fout: 'Zaken' is deel van de naam van 6 verschillende: Algemene Zaken (AZ, ministerie), ")) == (2, True), \
        several.output


# ----------------------------------------------------------------------------- findings 5 and 25

@pytest.mark.parametrize("written", ["3-12-2026", "3 december 2026", "03/12/2026", "2026-12-3"])
def test_a_sidecar_date_may_be_written_as_people_write_it(tmp_path, written):
    (tmp_path / "mail.txt").write_text("Zwolle werkt samen met Deventer.", encoding="utf-8")
    (tmp_path / "mail.meta.json").write_text(json.dumps({"date": written}), encoding="utf-8")
    [doc], warnings = read_corpus([tmp_path])
    assert (doc.date, warnings) == ("2026-12-03", [])


def test_an_impossible_sidecar_date_is_still_refused(tmp_path):
    (tmp_path / "mail.txt").write_text("Zwolle werkt samen met Deventer.", encoding="utf-8")
    (tmp_path / "mail.meta.json").write_text(json.dumps({"date": "31-2-2026"}), encoding="utf-8")
    [doc], warnings = read_corpus([tmp_path])
    assert doc.date is None
    assert f"{tmp_path / 'mail.meta.json'}: date '31-2-2026' is geen ISO-datum (JJJJ-MM-DD); genegeerd" in warnings


def test_dates_on_the_command_line_are_read_day_first(tmp_path):
    (tmp_path / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    kg = str(tmp_path / "kg")
    assert run("--graph", kg, "build", str(tmp_path / "nieuws.txt")).exit_code == 0
    iso = run("--graph", kg, "ask", "who-does-what", "--as-of", "2026-12-07", "--format", "csv").stdout
    assert "Anna Smit" in iso
    for written in ("7-12-2026", "7 december 2026", "2026-12-7"):
        assert run("--graph", kg, "ask", "who-does-what", "--as-of", written, "--format", "csv").stdout == iso
    wrong = run("--graph", kg, "ask", "who-does-what", "--as-of", "31-2-2026")
    assert (wrong.exit_code, wrong.output) == (2, "Fout: '31-2-2026' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)\n")
    english = run("--graph", kg, "ask", "who-does-what", "--at", "31-2-2026", lang="en")
    assert english.output == "Error: '31-2-2026' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or 31-01-2024)\n"


# ----------------------------------------------------------------------------- finding 7

def test_an_agenda_or_invitation_dated_ahead_is_no_warning(tmp_path):
    (tmp_path / "agenda-overleg-2099-12-07.md").write_text("# Agenda\n\n1. Opening\n", encoding="utf-8")
    (tmp_path / "mail.txt").write_text("Uitnodiging overleg Pijler Fysiek\n7 december 2099\n\nWelkom.\n", encoding="utf-8")
    (tmp_path / "nieuws.txt").write_text("Zwolle, 7 december 2099\n\nZwolle werkt samen met Deventer.\n", encoding="utf-8")
    _docs, warnings = read_corpus([tmp_path])
    assert [w for w in warnings if "gedateerd na vandaag" in w] == [
        "1 document gedateerd na vandaag: nieuws (2099-12-07); klopt die datum? Geef anders de datum in <naam>.meta.json"]
    # round 45y (walkthrough 20, finding 3): named apart, as no typo, with what their facts mean
    assert [w for w in warnings if "agenda" in w] == [
        "2 agenda's of uitnodigingen voor na vandaag: agenda-overleg-2099-12-07 (2099-12-07), mail (2099-12-07); "
        "de feiten erin gelden vanaf die dag (niet in --as-of vandaag)"]


# ----------------------------------------------------------------------------- finding 12

def test_questions_and_parameters_have_dutch_names_and_a_bare_value_gets_a_hint(tmp_path):
    (tmp_path / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    kg = str(tmp_path / "kg")
    assert run("--graph", kg, "build", str(tmp_path / "nieuws.txt")).exit_code == 0
    english = run("--graph", kg, "ask", "who-is-who", "-p", "person=Anna Smit", "--format", "csv")
    dutch = run("--graph", kg, "ask", "wie-is-wie", "-p", "persoon=Anna Smit", "--format", "csv")
    assert english.exit_code == 0 and "wethouder" in english.stdout, english.output
    assert dutch.stdout == english.stdout
    bare = CliRunner().invoke(cli, ["--graph", kg, "ask", "who-is-who", "Anna Smit"], prog_name="g40kg")
    assert (bare.exit_code, bare.output.splitlines()[-1]) == (
        2, 'Fout: Onverwacht extra argument (Anna Smit); bedoelt u -p person="Anna Smit"?')
    bare_en = CliRunner().invoke(cli, ["--lang", "en", "--graph", kg, "ask", "who-is-who", "Anna Smit"])
    assert bare_en.output.splitlines()[-1] == 'Error: Got unexpected extra argument (Anna Smit); did you mean -p person="Anna Smit"?'
    unknown = run("--graph", kg, "ask", "who-is-who", "-p", "stad=Zwolle")
    assert unknown.exit_code == 2 and "kent geen parameter stad" in unknown.output, unknown.output


# ----------------------------------------------------------------------------- finding 26

def test_entity_shows_the_key_a_correction_names_it_by(tmp_path):
    (tmp_path / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    kg = str(tmp_path / "kg")
    assert run("--graph", kg, "build", str(tmp_path / "nieuws.txt")).exit_code == 0
    dutch = run("--graph", kg, "entity", "Anna Smit").stdout.splitlines()
    assert dutch[:2] == ["Anna Smit (Persoon) https://w3id.org/g40kg/id/person/anna-smit",
                         "sleutel voor correcties: person/anna-smit"]
    english = run("--graph", kg, "entity", "Zwolle", lang="en").stdout.splitlines()
    assert english[1] == "key for corrections: municipality/gm0193"
