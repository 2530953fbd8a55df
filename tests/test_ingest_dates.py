"""A document's date and title without a sidecar: printed in its head, else in its file name.

QA walkthrough 2, finding 4: documents without ``.meta.json`` had no date, no title and no
warning, so their facts passed every ``--at`` filter.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph.ingest as ingest
from graph.cli import cli
from graph.corpus_cache import CorpusCache, read_corpus_cached
from graph.docdate import head_date, name_date, text_title
from graph.ingest import read_corpus, read_document
from graph.messages import language


def write(folder, name, content):
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


# (file name, content, date or (period start, period end), title): a month or year is a period
DOCUMENTS = [
    ("verslag.txt", "Verslag stuurgroep\n2024-11-05\n\nDe G40 vergaderde.", "2024-11-05", "Verslag stuurgroep"),
    ("nieuws.txt", "Nieuwe trekker\n5 november 2024\n\nSinds 1 maart 2022 …", "2024-11-05", "Nieuwe trekker"),
    ("kort.txt", "Nieuwsbericht\nDinsdag 5 nov. 2024\nDe G40 vergaderde.", "2024-11-05", "Nieuwsbericht"),
    ("cijfers.txt", "Besluitenlijst\n05-11-2024\nAanwezig: Breda.", "2024-11-05", "Besluitenlijst"),
    ("pers.txt", "Utrecht, 12 juni 2024 – De G40 en EZK zetten hun samenwerking voort. " * 3,
     "2024-06-12", None),
    ("dateline.txt", "DEN HAAG – 3 oktober 2024 – De G40 en BZK tekenen vandaag de City Deal. " * 3,
     "2024-10-03", None),
    ("maand.md", "# Nieuwsbrief - december 2024\n\nIn dit nummer: Breda.", ("2024-12-01", "2024-12-31"),
     "Nieuwsbrief - december 2024"),
    ("verfijnd.md", "# Nieuwsbrief - december 2024\n10 december 2024\n\nBreda.", "2024-12-10",
     "Nieuwsbrief - december 2024"),
    ("jaarverslag-2023.txt", "Jaarverslag 2023\n20 maart 2024\n\nDe pijler vergaderde.", "2024-03-20", "Jaarverslag 2023"),
    ("verslag-2023-06-12.md", "# Verslag *overleg*\n\nDe G40 vergaderde.", "2023-06-12", "Verslag overleg"),
    ("besluiten-2026-03.txt", "Besluitenlijst bestuur\n\nDe G40 besloot.", ("2026-03-01", "2026-03-31"),
     "Besluitenlijst bestuur"),
    ("g40-nota-2024.txt", "Nota over wonen\n\nDe G40 schrijft.", ("2024-01-01", "2024-12-31"), "Nota over wonen"),
    ("pagina.html", "<html><head><title>G40 &amp; EZK</title></head><body><h1>Kop</h1>"
                    "<p>Den Haag, 3 oktober 2024 – De G40 sprak met EZK.</p></body></html>", "2024-10-03", "G40 & EZK"),
    ("kop.htm", "<body><h1>Pijler <b>Sociaal</b></h1><p>De pijler vergaderde.</p></body>", None, "Pijler Sociaal"),
]


#: the documents above whose date comes from their file name: only such a date is inferred (walkthrough 27,
#: finding 15: a printed date was shown "(afgeleid)" too)
FROM_FILE_NAME = {"verslag-2023-06-12.md", "besluiten-2026-03.txt", "g40-nota-2024.txt"}


@pytest.mark.parametrize("name, content, date, title", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_date_and_title_without_sidecar(tmp_path, name, content, date, title):
    doc = read_document(write(tmp_path, name, content))
    time = doc.date or (doc.period_start and (doc.period_start, doc.period_end))
    assert (time, doc.title, doc.date_inferred) == (date, title, name in FROM_FILE_NAME), doc


# (text, what is not a document date)
NOT_DATES = [
    ("Contact\nBel 06-12-345678 of 030-1234567.", "phone numbers"),
    ("Programmaplan 2025-2028\nDe regio werkt samen.", "a range of years"),
    ("Jaarverslag 2023\nDe pijler vergaderde.", "a year alone in the head"),
    ("Nieuwe voorzitter\nSinds 1 januari 2023 is zij voorzitter.", "the start of a fact"),
    ("Vacature\nReageren kan tot en met 9 november 2025.", "the end of a fact"),
    ("Verslag\n\nEen\n\nTwee\n\nDrie\n\nVier\n\nOp 12 juni 2024 vergaderde de G40.", "a date below the head"),
    ("Wat een middag! " * 10 + "Op 12 juni 2024 kwam de groep bij elkaar.", "a date inside a paragraph"),
    ("Verslag\n30 februari 2024", "no real day"),
]


@pytest.mark.parametrize("text, why", NOT_DATES, ids=[n[1] for n in NOT_DATES])
def test_not_a_document_date(text, why):
    assert head_date(text) is None, why


@pytest.mark.parametrize("stem, date", [
    ("nota-2024-2028", None), ("tel-0612345678", None), ("rapport-1989", None), ("g40-over-ons", None),
    ("verslag_2023_06_12", "2023-06-12"), ("nota-2024-13", "2024"), ("jaarverslag-2023-pijler-2", "2023"),
])
def test_date_in_file_name(stem, date):
    assert name_date(stem) == date


def test_the_sidecar_wins_and_head_beats_file_name(tmp_path):
    write(tmp_path, "nota-2021.txt", "Nota\n5 mei 2022\n\nDe G40 schrijft.")
    write(tmp_path, "nota-2021.meta.json", json.dumps({"date": "2020-01-01", "title": "Eigen titel"}))
    write(tmp_path, "brief-2021.txt", "Brief\n5 mei 2022\n\nDe G40 schrijft.")
    write(tmp_path, "plan-2021.txt", "Plan\n5 mei 2022\n\nDe G40 schrijft.")
    write(tmp_path, "plan-2021.meta.json", json.dumps({"period": {"start": "2019", "end": "2020"}}))
    brief, nota, plan = read_corpus([tmp_path])[0]
    assert (nota.date, nota.title, nota.date_inferred) == ("2020-01-01", "Eigen titel", False)
    assert (brief.date, brief.title, brief.date_inferred) == ("2022-05-05", "Brief", False)  # printed: its own
    assert (plan.date, plan.reference_date, plan.date_inferred) == (None, "2020", False)
    assert (brief.period_start, nota.period_start) == (None, None)


def test_short_first_line_is_the_title_unless_long_a_date_or_a_sentence():
    assert text_title("12 juni 2024\nDe G40 en EZK werken samen.") is None
    assert text_title("x" * 121 + "\nRest") is None
    assert text_title("\n\n  Over ons  \nRest") == "Over ons"
    assert text_title("Breda werkt samen met EZK.\nMeer tekst.") is None  # a sentence
    assert text_title("Pijler Sociaal") is None  # all there is


def test_a_dateline_above_the_headline_gives_the_headline_as_title():
    assert text_title("Nieuws | 14 juni 2023\n\nZes steden tekenen City Deal\nTekst.") == "Zes steden tekenen City Deal"
    assert text_title("Nieuws, 7 november 2024\nWethouders schrijven Kabinet\nTekst.") == "Wethouders schrijven Kabinet"
    assert text_title("DORDRECHT, 20 maart 2025 - De minister bracht een bezoek.\nMeer.") is None  # no headline
    assert text_title("14 juni 2023\nDe G40 werkt samen.") is None  # the line under the date is a sentence


def test_one_warning_names_the_undated_documents(tmp_path):
    for name in "abcdefg":  # texts of their own: the same bytes twice would be a copy, counted once
        write(tmp_path, f"{name}.txt", f"De G40 werkt samen met EZK (verslag {name}).")
    write(tmp_path, "h-2024.txt", "De G40 werkt samen met EZK.")
    docs, warnings = read_corpus([tmp_path])
    assert warnings == ["7 documenten zonder datum: a, b, c, d, e en 2 andere (hun feiten gelden op elke datum; "
                        "geef een datum in <naam>.meta.json)"], warnings
    with language("en"):
        _docs, warnings = read_corpus([tmp_path / "a.txt"])
    assert warnings == ["1 document without a date: a (its facts hold at every date; give a date in "
                        "<name>.meta.json)"], warnings


def test_a_reused_document_keeps_its_inferred_date(tmp_path):
    text = write(tmp_path, "verslag-2024.txt", "De G40 werkt samen met EZK.")
    os.utime(text, (1e9, 1e9))  # old enough for the cache to trust it
    _docs, _warnings, cache = read_corpus_cached([tmp_path])
    (doc,), warnings, cache = read_corpus_cached([tmp_path], CorpusCache.loads(cache.dumps()))
    assert (cache.reused, doc.period_start, doc.period_end, doc.date_inferred, warnings) == (
        1, "2024-01-01", "2024-12-31", True, [])


def test_the_ingest_fingerprint_covers_the_date_code(monkeypatch):
    """A change to the date code empties the corpus cache, so cached documents get the new dates."""
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    ingest.ingest_fingerprint.cache_clear()
    try:
        ingest.ingest_fingerprint()
    finally:
        ingest.ingest_fingerprint.cache_clear()
    assert {"ingest.py", "corpus_cache.py", "docdate.py", "periods.py"} <= set(read), read


def test_at_filter_leaves_out_a_later_document(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "verslag-2021.txt", "Verslag\n\nDe pijler Sociaal werkt samen met SZW.")
    write(corpus, "nieuws.txt", "Nieuws\nUtrecht, 12 juni 2024\n\nBreda werkt samen met EZK.")
    write(corpus, "notitie.txt", "Notitie\n\nTilburg werkt samen met OCW.")
    write(corpus, "notitie.meta.json", '{"date": "2022"}')  # a year in a sidecar: the whole year too
    kg = tmp_path / "kg"
    runner = CliRunner()
    built = runner.invoke(cli, ["--graph", str(kg), "build", str(corpus)])
    assert built.exit_code == 0, built.output
    assert "zonder datum" not in built.output, built.output
    def collaborators(ministry, at):
        result = runner.invoke(cli, ["--graph", str(kg), "collaborators", ministry, "--at", at, "--format", "json"])
        assert result.exit_code == 0, result.output
        return [(r["label"], r["documents"]) for r in json.loads(result.output)["rows"]]

    # a document's date is a one-day interval; a year in the file name is the whole year
    assert collaborators("szw", "2021-06-01") == [("Pijler Sociaal", ["verslag-2021"])]
    assert collaborators("ezk", "2021-06-01") == []
    assert collaborators("ezk", "2024-06-12") == [("Breda", ["nieuws"])]
    assert collaborators("ocw", "2022-06-01") == [("Tilburg", ["notitie"])]
    assert collaborators("ocw", "2021-06-01") == []
