"""One text in two formats in one folder (``nota.md`` beside ``nota.pdf``: a PDF kept beside its Markdown
conversion) is one document: the text format is read and the other file is named in a warning, where the
build used to stop on the shared id (walkthrough 21, leftover 4). Invented people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

TEXT = "Datum: 3 november 2026\nAnna Smit is voorzitter van de Pijler Sociaal.\nPiet Kok is trekker van de Themagroep Wonen."

LINE = {"nl": "{pdf} overgeslagen: {md} in dezelfde map heeft dezelfde naam en dezelfde tekst in een ander formaat, "
              "en dat wordt gelezen (een tekstformaat gaat voor)",
        "en": "{pdf} left out: {md} in the same folder has the same name and the same text in another format, "
              "and that one is read (a text format goes first)"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pdf_beside_its_markdown_is_one_document(runner, tmp_path, write_pdf, lang):
    docs = tmp_path / "docs"
    docs.mkdir()
    md = docs / "nota.md"
    md.write_text(TEXT + "\n", encoding="utf-8")
    pdf = write_pdf(docs / "nota.pdf", TEXT)
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [(w["code"], w["document"], w["message"]) for w in report["warnings"]] == [
        ("older_version", "nota", LINE[lang].format(pdf=pdf, md=md))], report["warnings"]
    facts = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "--format", "facts"])
    roles = sorted({(f["subject"], f["role"]) for f in map(json.loads, facts.stdout.splitlines())
                    if f["predicate"] == "hasRole"})
    assert roles == [("Anna Smit", "voorzitter"), ("Piet Kok", "trekker")], roles


def test_two_different_texts_of_one_name_in_one_folder_still_stop_the_build(runner, tmp_path, write_pdf):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nota.md").write_text(TEXT + "\n", encoding="utf-8")
    write_pdf(docs / "nota.pdf", "Een heel andere nota over de begroting van het jaar.")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)])
    assert result.exit_code != 0 and "wordt ook gebruikt door" in result.output, result.output
