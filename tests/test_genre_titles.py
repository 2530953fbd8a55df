"""A document that opens with a bare genre word ("Agenda", "Notulen", "Verslag", "Uitnodiging") is titled
"Agenda – <the line under it>" in Markdown, HTML and Word as in plain text (round 44r's rule; round 45l)."""

from __future__ import annotations

import pytest

from graph.ingest import read_document
from tests.test_ingest_round31d import make_docx  # noqa: F401 (a fixture)

MEETING = "Bestuurlijk overleg Pijler Fysiek"


@pytest.mark.parametrize("name, text", [
    ("agenda.txt", f"Agenda\n\n{MEETING}\n\n1. Opening\n"),
    ("agenda.md", f"# Agenda\n\n{MEETING}\n\n1. Opening\n"),
    ("agenda.html", f"<html><body><h1>Agenda</h1><p>{MEETING}</p><p>1. Opening</p></body></html>"),
])
def test_a_bare_genre_heading_takes_the_line_under_it(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_document(tmp_path / name).title == f"Agenda – {MEETING}"


def test_a_word_documents_bare_genre_heading_takes_the_line_under_it(tmp_path, make_docx):
    path = make_docx(tmp_path / "notulen.docx", [("Heading 1", "Notulen"), ("p", MEETING), ("p", "Aanwezig: …")])
    assert read_document(path).title == f"Notulen – {MEETING}"


@pytest.mark.parametrize("name, text, title", [
    ("v.md", "# Verslag\n\nVerslag van de stuurgroep\n\nTekst.\n", "Verslag van de stuurgroep"),
    ("u.md", "# Uitnodiging\n\nDatum: 7 december 2026\n\nTekst.\n", "Uitnodiging"),
    ("w.md", "# Agenda BO Wonen\n\nTekst van de agenda.\n", "Agenda BO Wonen"),
])
def test_a_heading_that_says_more_or_a_field_under_it_stays(tmp_path, name, text, title):
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_document(tmp_path / name).title == title
