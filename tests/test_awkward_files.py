"""Awkward files in a corpus folder: text with a byte order mark, hidden files, links (walkthrough 16)."""

from __future__ import annotations

import codecs
import json

import pytest

from graph.cli import cli
from graph.ingest import read_corpus, read_document
from tests.documents import warning_lines

SENTENCE = "René Öztürk, wethouder van de gemeente Helmond, is benoemd tot voorzitter van de Pijler Fysiek.\n"


@pytest.mark.parametrize("encoded", [
    SENTENCE.encode("utf-16"),  # Windows Notepad's "Unicode": a mark, then little-endian
    codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
    codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
    SENTENCE.encode("utf-32"),
], ids=["utf-16", "utf-16-le", "utf-16-be", "utf-8-bom", "utf-32"])
def test_a_text_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoded):
    (tmp_path / "notitie.txt").write_bytes(encoded)
    document = read_document(tmp_path / "notitie.txt")
    assert document.text == SENTENCE and document.warnings == (), document


def test_utf16_without_a_mark_is_still_a_binary_file(tmp_path):
    (tmp_path / "notitie.txt").write_bytes(SENTENCE.encode("utf-16-le"))
    (tmp_path / "goed.txt").write_text(SENTENCE, encoding="utf-8")
    documents, warnings = read_corpus([tmp_path])
    assert [d.id for d in documents] == ["goed"]
    assert f"{tmp_path / 'notitie.txt'}: overgeslagen, binair bestand" in warnings, warnings


def test_a_utf16_markdown_file_builds_with_its_facts(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notitie.md").write_bytes(("# Benoeming\n\n" + SENTENCE).encode("utf-16"))
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 1 and not any("binair" in w for w in warning_lines(report)), report
    found = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "search", "Öztürk"])
    assert "René Öztürk" in found.output, found.output


def _awkward_folder(root):
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "goed.txt").write_text(SENTENCE, encoding="utf-8")
    (corpus / ".verborgen.md").write_text("Ilse Verbruggen is wethouder van Breda.\n", encoding="utf-8")
    (corpus / ".#goed.txt").symlink_to("iemand@host.1234")  # an Emacs lock: a link to nothing
    (corpus / "._goed.txt").write_bytes(b"\x00\x05\x16\x07 resource fork")  # macOS on a shared drive
    (corpus / "~$jaarverslag.docx").write_bytes(b"PK\x03\x04 lock")  # Word's owner file
    (corpus / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (corpus / "dangling.txt").symlink_to("bestaat-niet.txt")
    (root / "buiten-corpus.txt").write_text("Lotte Brinkman is wethouder van de gemeente Nijmegen.\n", encoding="utf-8")
    (corpus / "link-buiten.txt").symlink_to("../buiten-corpus.txt")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "notitie.txt").write_text(SENTENCE, encoding="utf-8")
    return corpus


def test_a_hidden_document_and_a_dangling_link_get_a_word_editor_files_none(tmp_path):
    corpus = _awkward_folder(tmp_path)
    documents, warnings = read_corpus([corpus])
    assert [d.id for d in documents] == ["goed", "link-buiten"]  # a link leading outside the folder is read
    assert warnings[:2] == [
        f"{corpus / '.verborgen.md'}: overgeslagen, verborgen bestand (de naam begint met een punt); hernoem het om "
        "het mee te lezen",
        f"{corpus / 'dangling.txt'}: overgeslagen, de koppeling wijst naar bestaat-niet.txt, dat er niet is"]
    named = " ".join(warnings)
    for silent in (".#goed", "._goed", "~$jaarverslag", ".DS_Store", ".git"):
        assert silent not in named, warnings


def test_the_build_names_them_in_english_too(runner, tmp_path):
    corpus = _awkward_folder(tmp_path)
    result = runner.invoke(cli, ["--lang", "en", "--graph", str(tmp_path / "kg"), "build", str(corpus),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    warnings = warning_lines(json.loads(result.stdout))
    assert f"{corpus / '.verborgen.md'}: skipped, a hidden file (its name starts with a dot); rename it to have it " \
           "read" in warnings, warnings
    assert f"{corpus / 'dangling.txt'}: skipped, the link points to bestaat-niet.txt, which does not exist" in warnings
