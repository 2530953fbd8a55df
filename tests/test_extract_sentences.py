"""Dutch sentence and section splitting (graph.extract.sentences)."""

from __future__ import annotations

import pytest

from graph.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Het register, o.l.v. BZK, is klaar. Daarna volgt meer.", ["Het register, o.l.v. BZK, is klaar.", "Daarna volgt meer."]),
        ("Afspraken m.b.t. wonen, bijv. Deventer. Klaar.", ["Afspraken m.b.t. wonen, bijv. Deventer.", "Klaar."]),
        ("Aanwezig waren dhr. Jansen en mevr. De Vries e.d. Zij spraken.", ["Aanwezig waren dhr. Jansen en mevr. De Vries e.d. Zij spraken."]),
        ("Mail naar jan.jansen@breda.nl of bel. Dank!", ["Mail naar jan.jansen@breda.nl of bel.", "Dank!"]),
        ("De ministeries (EZK< OCW< SZW) doen mee. Goed zo.", ["De ministeries (EZK< OCW< SZW) doen mee.", "Goed zo."]),
        ("Gesprek met J. Visser over de City Deal. Volgende keer meer.", ["Gesprek met J. Visser over de City Deal.", "Volgende keer meer."]),
        ("Het kost € 100 mln. en dat is veel.", ["Het kost € 100 mln. en dat is veel."]),
    ],
)
def test_sentence_ends(text, expected):
    assert texts(text) == expected


def test_offsets_are_exact():
    text = "Kop\n\nEen zin. Nog een zin.\n • item één\n • item twee"
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text


def test_short_lines_without_punctuation_are_headings_that_set_the_section():
    text = "Breed MKB\n\nIn april is er overleg. Het ging goed.\n\nThemagroep Smart Cities\n\nDe themagroep kwam bijeen."
    sentences = split_sentences(text)
    assert [(s.text, s.is_heading) for s in sentences if s.is_heading] == [("Breed MKB", True), ("Themagroep Smart Cities", True)]
    assert [s.section for s in sentences if not s.is_heading] == ["Breed MKB", "Breed MKB", "Themagroep Smart Cities"]


def test_a_line_broken_off_mid_sentence_is_not_a_heading():
    sentences = split_sentences("Er kwam geld vrij voor\n\ntransformatie van binnensteden en kernen.")
    assert not any(s.is_heading for s in sentences)


def test_bullets_make_list_items_and_indented_lines_continue_them():
    text = ("De pijler werkt met twee themagroepen:\n\n • Wonen, met als trekker Anna Smit (Delft)\n"
            " • Werk. Piet Bos is trekker\n\nnetwerken\n\n • Wonen\n  Meer informatie: Anna Smit")
    sentences = split_sentences(text)
    items = [(s.text, s.bullet_list, s.bullet_item, s.item_start) for s in sentences if s.bullet_list]
    assert items == [
        ("Wonen, met als trekker Anna Smit (Delft)", 1, 0, True),
        ("Werk.", 1, 1, True),
        ("Piet Bos is trekker", 1, 1, False),
        ("Wonen", 2, 0, True),
        ("Meer informatie: Anna Smit", 2, 0, False),
    ]
    # a bullet followed by an indented paragraph is a sub-heading: its paragraph is its section
    assert sentences[-1].section == "Wonen" and sentences[-2].is_heading
