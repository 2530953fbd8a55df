"""Tables for the terminal and for scripts: wrapping to the terminal's width, and plain TSV."""

import pytest

from graph.cli.output import MIN_COLUMN, fitted_widths, render

QUOTE = ("Sinds 1 januari 2023 is Karin Dijkstra, wethouder van Deventer, voorzitter van de Pijler Sociaal "
         "van de G40; zij volgde Henk Mulder op.")
ROWS = [{"relatie": "hasRole", "ander": "Pijler Sociaal", "citaat": QUOTE, "document": "nieuws-pijler-sociaal-2023"}]
COLUMNS = ["relatie", "ander", "citaat", "document"]


@pytest.mark.parametrize("width", [60, 80, 100])
def test_a_table_fits_the_width_and_keeps_every_word(width):
    text = render(COLUMNS, ROWS, "table", width=width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width, text
    assert " ".join(text.split()).count("Henk Mulder op.") == 1, text  # wrapped, nothing cut off
    assert "…" not in text
    assert lines[0].split() == COLUMNS


def test_a_table_that_fits_is_not_wrapped():
    text = render(["a", "b"], [{"a": "x", "b": "kort"}], "table", width=80)
    assert text == "a  b\n-  ----\nx  kort\n"


def test_no_column_is_narrowed_below_its_heading_or_the_minimum():
    widths = fitted_widths([30, 30, 30, 30], [14, 3, 3, 3], 20)
    assert widths == [14, MIN_COLUMN, MIN_COLUMN, MIN_COLUMN]


def test_tsv_has_no_quoting_and_no_line_breaks_inside_a_field():
    rows = [{"citaat": '"Met deze deal," zegt zij, "gaan we\tverder"\nen meer.', "n": 2}]
    assert render(["citaat", "n"], rows, "tsv") == 'citaat\tn\n"Met deze deal," zegt zij, "gaan we verder" en meer.\t2\n'


def test_csv_still_quotes_what_needs_quoting():
    assert render(["a"], [{"a": 'zegt "ja", nee'}], "csv") == 'a\n"zegt ""ja"", nee"\n'


def test_csv_of_a_question_shows_a_formula_as_text_and_numbers_as_numbers():
    rows = [{"quote": "=HYPERLINK(\"http://x\") zei de wethouder", "n": -3, "date": "-0001-01-01"}]
    assert render(["quote", "n", "date"], rows, "csv") == \
        'quote,n,date\n"\'=HYPERLINK(""http://x"") zei de wethouder",-3,-0001-01-01\n'
    assert render(["quote"], rows, "tsv").splitlines()[1].startswith("=HYPERLINK")  # TSV is for scripts
