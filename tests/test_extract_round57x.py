"""Round 57x: the helpers the rules ask again for each fact answer from what they found once (invented text).

A sentence's clauses are found once and looked up (:meth:`PeriodContext._clause_at`): a comma inside brackets
still cuts no clause, also after a closed bracket and in nested ones; the lines of a text's tables are read once
(:func:`graph.extract.table_layout.header_rows`), the section of each row still the one of its own line; the
stretch without its periods is kept per text and year (:func:`graph.extract.periods.without_periods`), so the
same words read with another document's year are not answered from the first.
"""

from __future__ import annotations

from graph.extract.context import DocContext
from graph.extract.model import Mention, Sentence
from graph.extract.periods import without_periods
from graph.extract.sentences import split_sentences
from graph.extract.table_layout import header_rows


def _context(text: str) -> tuple[DocContext, Sentence]:
    sentence = Sentence(0, len(text), text)
    return DocContext("d", text, [sentence], [Mention(0, 7, "Eva Kok", "Person", "", 1.0)]), sentence


def _clause(ctx: DocContext, sentence: Sentence, word: str) -> str:
    start, end = ctx._clause_at(sentence, ctx.text.index(word))
    return ctx.text[start:end]


def test_clauses_cut_at_commas_outside_brackets_only():
    text = "Eva Kok (Zwolle, wethouder) is sinds 2022 voorzitter, en Jan de Vries (Ede, (oud-)burgemeester, lid) is trekker."
    ctx, sentence = _context(text)
    assert _clause(ctx, sentence, "voorzitter") == "Eva Kok (Zwolle, wethouder) is sinds 2022 voorzitter"
    assert _clause(ctx, sentence, "trekker") == ", en Jan de Vries (Ede, (oud-)burgemeester, lid) is trekker."
    assert _clause(ctx, sentence, "wethouder") == _clause(ctx, sentence, "Zwolle")  # inside the bracket: the same clause
    # asked again, in another order: the same answers
    assert _clause(ctx, sentence, "trekker") == ", en Jan de Vries (Ede, (oud-)burgemeester, lid) is trekker."
    assert ctx._clause_at(sentence, 0) == (0, text.index(", en"))


def test_an_unclosed_bracket_keeps_its_commas():
    text = "Eva Kok (wethouder, Zwolle is sinds 2022 voorzitter, en trekker."
    ctx, sentence = _context(text)
    assert ctx._clause_at(sentence, text.index("trekker")) == (0, len(text))


def test_table_rows_read_once_keep_their_own_sections():
    text = ("Leden\n| Naam | Rol |\n|---|---|\n| Eva Kok | voorzitter |\n\n"
            "Partners\n| Partner | Stad |\n|---|---|\n| Aedes | Ede |\n| VNG | Den Haag |\n")
    second = text.index("Partners")
    sentences = [Sentence(0, 5, "Leden", True, "Leden", 0), Sentence(second, second + 8, "Partners", True, "Partners", second)]
    first = header_rows(text, sentences)
    assert header_rows(text, sentences) == first
    assert [(header.text, [row.text for row in rows]) for header, rows in first] == [
        ("| Naam | Rol |", ["| Eva Kok | voorzitter |"]),
        ("| Partner | Stad |", ["| Aedes | Ede |", "| VNG | Den Haag |"])]
    assert [(header.section, rows[-1].section) for header, rows in first] == [("Leden", "Leden"), ("Partners", "Partners")]
    # the same text with other sentences: the rows' sections are those sentences'
    assert [header.section for header, _ in header_rows(text, sentences[:1])] == ["Leden", "Leden"]
    assert header_rows("Geen tabel | hier.", split_sentences("Geen tabel | hier.")) == []


def test_without_periods_kept_per_text_and_year():
    # with the document's year "per 1 juni" is a date; without one it is not: each answer is its own
    assert without_periods("is per 1 juni voorzitter", year="2024-05-01") == "is" + " " * 12 + "voorzitter"
    assert without_periods("is per 1 juni voorzitter") == "is per 1 juni voorzitter"
    assert without_periods("is per 1 juni voorzitter", year="2024-05-01") == "is" + " " * 12 + "voorzitter"
    assert without_periods("van 2019 tot 2021 lid") == " " * 18 + "lid"
