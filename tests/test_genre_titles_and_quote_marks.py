"""Walkthrough 19 finding 24 (round 44r): a document whose first line only names its kind ("AGENDA") is
titled with the meeting the next line names, and a quote inside a speaker's quotation is opened and
closed once ("versterken."” was shown)."""

from __future__ import annotations

import pytest

from graph.cli import cli
from graph.cli.listing import in_quotes
from graph.docdate import text_title

NEWS = ("# Nieuwe voorzitter G40 Pijler Fysiek\n\n3 september 2026\n\n"
        "Wethouder Anna de Vries van Breda is benoemd tot voorzitter van de G40 Pijler Fysiek.\n\n"
        'De Vries: "De steden bouwen door. Ik wil de samenwerking met BZK verder versterken."\n')
AGENDA = ("AGENDA\n\nBestuurlijk overleg G40 Pijler Fysiek\nmaandag 2 november 2026, 13.30 uur\n\n"
          "1. Opening\n2. Woningbouw met BZK\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("genre")
    (where / "docs").mkdir()
    (where / "docs" / "nieuws.md").write_text(NEWS, encoding="utf-8")
    (where / "docs" / "agenda.txt").write_text(AGENDA, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(where / "docs")])
    assert result.exit_code == 0, result.output
    return where / "kg"


@pytest.mark.parametrize("text, title", [
    ("AGENDA\n\nBestuurlijk overleg G40 Pijler Fysiek\nmaandag 2 november 2026", "Agenda – Bestuurlijk overleg G40 Pijler Fysiek"),
    ("notulen\nStuurgroep Regio Deal\nAanwezig: …", "Notulen – Stuurgroep Regio Deal"),
    ("Verslag:\nAmbtelijk voorportaal\n23 november 2026", "Verslag – Ambtelijk voorportaal"),
    ("UITNODIGING\nUitnodiging bestuurlijk overleg\nBeste collega's,", "Uitnodiging bestuurlijk overleg"),
    ("Nieuwsbrief\n12 mei 2025\nDe G40 werkt samen.", "Nieuwsbrief"),  # a date, not a meeting: as before
    ("MEMO\nAan: het bestuur van de G40\nVan: het bureau", "MEMO"),      # a header field, not a name
    ("Agenda voor de toekomst\nDe G40 werkt samen.", "Agenda voor de toekomst"),  # more than the word
])
def test_a_bare_genre_word_is_joined_to_the_line_that_names_the_meeting(text, title):
    assert text_title(text) == title


def test_the_agenda_is_listed_with_its_meeting(runner, built, tmp_path):
    import json

    out = tmp_path / "facts.jsonl"
    result = runner.invoke(cli, ["--graph", str(built), "export", "--format", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    titles = {row["document"]: row["document_title"] for row in map(json.loads, lines)}
    assert titles["agenda"] == "Agenda – Bestuurlijk overleg G40 Pijler Fysiek", titles
    assert titles["nieuws"] == "Nieuwe voorzitter G40 Pijler Fysiek", titles


@pytest.mark.parametrize("lang, heading", [("nl", "Samenwerkingen met BZK"), ("en", "Collaborations with BZK")])
def test_a_quote_cut_inside_a_speakers_quotation_is_closed_once(runner, built, lang, heading):
    result = runner.invoke(cli, ["--graph", str(built), "--lang", lang, "collaborators", "BZK"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == heading
    assert "“Ik wil de samenwerking met BZK verder versterken.” (nieuws, 2026-09-03)" in result.output, result.output
    assert '."”' not in result.output


@pytest.mark.parametrize("quote, shown", [
    ('Ik wil dat versterken."', "“Ik wil dat versterken.”"),
    ("Ik wil dat versterken.”", "“Ik wil dat versterken.”"),
    ("„We bouwen door.", "“We bouwen door.”"),
    ('Zij zei: "We bouwen."', '“Zij zei: "We bouwen."”'),  # its own quotation, opened and closed in it
    ("De G40 werkt samen met BZK.", "“De G40 werkt samen met BZK.”"),
    ("", "“”"),
])
def test_in_quotes(quote, shown):
    assert in_quotes(quote) == shown
