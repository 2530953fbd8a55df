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

import pytest

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
