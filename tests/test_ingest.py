"""Ingest: supported formats, sidecars and every bad-input case of the spine issue."""

from __future__ import annotations

import json

import pytest

from graph.errors import InputError
from graph.ingest import read_corpus, read_document
from graph.markup import html_visible_text


def write(folder, name, content):
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def without_undated(warnings, *ids):
    """``warnings`` but the last, which names the documents without a date (``ids``): see
    tests/test_ingest_dates.py. These documents have no date on purpose."""
    assert warnings and warnings[-1].startswith(f"{len(ids)} document") and ", ".join(ids) in warnings[-1], warnings
    return warnings[:-1]


def test_text_markdown_and_sidecar(tmp_path):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "notulen.md", "# Overleg\n\nDe G40 vergaderde.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"title": "Nieuws", "date": "2022-03-01", "source": "G40"}))
    docs, warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "notulen")
    assert [d.id for d in docs] == ["nieuws", "notulen"]
    news = docs[0]
    assert (news.title, news.date, news.source, news.reference_date) == ("Nieuws", "2022-03-01", "G40", "2022-03-01")
    assert news.checksum.startswith("sha256:") and len(news.checksum) == 71
    assert warnings == []


def test_period_sidecar_gives_reference_date(tmp_path):
    write(tmp_path, "jaarverslag.txt", "De pijler vergaderde.")
    write(tmp_path, "jaarverslag.meta.json", json.dumps({"period": {"start": "2021-01-01", "end": "2021-12-31"},
                                                          "date_inferred": True}))
    (doc,), _ = read_corpus([tmp_path])
    assert (doc.period_start, doc.period_end, doc.reference_date, doc.date_inferred) == (
        "2021-01-01", "2021-12-31", "2021-12-31", True)


def test_html_keeps_only_visible_text(tmp_path):
    write(tmp_path, "pagina.html", "<html><head><title>T</title><style>p{}</style></head><body>"
                                   "<p>Wethouder <b>Jansen</b> (Breda)</p><script>alert('x')</script>"
                                   "<ul><li>EZK</li><li>BZK</li></ul><!-- verborgen --></body></html>")
    (doc,), _ = read_corpus([tmp_path])
    assert "alert" not in doc.text and "verborgen" not in doc.text and "p{}" not in doc.text
    assert "Wethouder Jansen (Breda)" in doc.text
    assert "• EZK" in doc.text and "• BZK" in doc.text


def test_an_html_page_opens_with_its_title_when_its_heading_does_not_name_it(tmp_path):
    from tests.extract_facts import facts

    write(tmp_path, "pagina.html", "<html><head><title>Regio Deal Twente</title></head><body><h1>Deelnemers</h1>"
                                   "<p>Aan het programma doen Enschede en Hengelo mee.</p></body></html>")
    write(tmp_path, "tweede.html", "<html><head><title>Regio Deal Twente</title></head><body>"
                                   "<h1>Regio Deal Twente</h1><p>Deelnemers: Enschede.</p></body></html>")
    first, second = sorted(read_corpus([tmp_path])[0], key=lambda d: d.id)
    assert first.text.startswith("Regio Deal Twente\n\nDeelnemers\n\n")
    assert second.text.count("Regio Deal Twente") == 1  # a page that opens with its title: as it is
    assert ("Enschede", "participatesIn", "Regio Deal Twente", None) in facts(first.text)


def test_html_entities_are_decoded():
    assert html_visible_text("<p>Caf&eacute; &amp; co&nbsp;</p>") == "Café & co"


THEMAGROEPEN = """<h2>Pijler Sociaal Domein</h2>
<table>
<caption>Themagroepen</caption>
<thead><tr><th>Themagroep</th><th>Bestuurlijk trekker</th><th>Ambtelijk contact</th></tr></thead>
<tbody>
<tr><td>Armoede en Schulden</td><td>Wethouder Eva Smit (Schiedam)</td><td>Joris Mulder, gemeente Tilburg<br>joris.mulder@tilburg.nl</td></tr>
<tr><td>Jeugd <b>| nieuw</b></td><td><p>Wethouder Ali Kaya (Ede)</p></td><td>Lieke Span</td></tr>
</tbody>
</table>
<p>Vragen? Mail het bureau.</p>"""


def test_an_html_table_with_a_header_row_is_a_markdown_table():
    # its cells stay apart (they used to run together: "Armoede en SchuldenWethouder Eva Smit …")
    assert html_visible_text(THEMAGROEPEN).split("\n") == [
        "Pijler Sociaal Domein", "", "Themagroepen",
        "| Themagroep | Bestuurlijk trekker | Ambtelijk contact |",
        "|---|---|---|",
        # a line break inside a cell is a comma (round 43b), as the cell's lines read
        "| Armoede en Schulden | Wethouder Eva Smit (Schiedam) | Joris Mulder, gemeente Tilburg, joris.mulder@tilburg.nl |",
        "| Jeugd / nieuw | Wethouder Ali Kaya (Ede) | Lieke Span |",
        "", "Vragen? Mail het bureau."]


def test_an_html_table_without_a_header_row_has_a_line_per_cell():
    html = "<table><tr><td>Adres</td><td>Stadhuisplein 1<br>Ede</td></tr><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"
    assert html_visible_text(html).split("\n") == ["Adres", "Stadhuisplein 1, Ede", "x"]  # a line break: a comma (43b)


def test_a_page_s_navigation_and_breadcrumb_trail_are_no_text_of_it():
    html = ('<header><p class="breadcrumb">Home &gt; Programma\'s &gt; Wijk<br>Oost</p><h1>Programma Wijk</h1></header>'
            '<nav><ul><li>Nieuws</li></ul></nav><ol id="kruimelpad"><li><a>Home</a></li><li>Wijk</ol>'
            '<main><p>Het programma loopt tot 2030.</p></main>')
    assert html_visible_text(html).split("\n") == ["Programma Wijk", "", "Het programma loopt tot 2030."]


def test_the_rows_of_an_html_table_give_facts_like_a_markdown_table(tmp_path):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    document = read_document(write(tmp_path, "themagroepen.html", f"<html><body><h1>Themagroepen</h1>{THEMAGROEPEN}</body></html>"))
    relations = extract(document.id, document.text, gazetteer=load_gazetteer()).relations
    found = {(r.subject.label, r.predicate, r.object.label, r.role) for r in relations}
    assert ("Eva Smit", "hasRole", "Themagroep Armoede en Schulden", "bestuurlijk trekker") in found
    assert ("Joris Mulder", "contactFor", "Themagroep Armoede en Schulden", None) in found


def test_pdf_text_is_read(tmp_path, write_pdf):
    write_pdf(tmp_path / "verslag.pdf", "Apeldoorn werkt samen met BZK.")
    (doc,), warnings = read_corpus([tmp_path])
    assert doc.id == "verslag" and "Apeldoorn werkt samen met BZK." in doc.text


#: a news item as a PDF lays it out: sentences wrapped at the page's width (a line broken at a space
#: keeps it, as PDF writers do), a heading, a list
WRAPPED = ("In de middag sprak de minister met een delegatie van de Pijler Fysiek. Pijlervoorzitter \n"
           "Joost van Kessel, wethouder van Breda, schoof aan, evenals de directeur-\n"
           "generaal Volkshuisvesting en de wethouders uit de regio, die het gesprek openden:\n"
           "- Lotte Brouwer (Gouda)\n"
           "Gesprek met de G40\n"
           "Van Kessel vroeg de minister om zekerheid over de financiering van de woningbouw.")


def test_pdf_lines_a_page_wrapped_are_joined_into_their_sentence(tmp_path, write_pdf):
    write_pdf(tmp_path / "werkbezoek.pdf", WRAPPED)
    (doc,), _warnings = read_corpus([tmp_path])
    assert doc.text.split("\n") == [
        "In de middag sprak de minister met een delegatie van de Pijler Fysiek. Pijlervoorzitter Joost van Kessel, "
        "wethouder van Breda, schoof aan, evenals de directeur-generaal Volkshuisvesting en de wethouders uit de "
        "regio, die het gesprek openden:",
        "- Lotte Brouwer (Gouda)",
        "Gesprek met de G40",
        "Van Kessel vroeg de minister om zekerheid over de financiering van de woningbouw.",
    ]


def test_pdf_running_headers_go_and_a_sentence_runs_on_over_the_page_break(tmp_path, write_pdf):
    header = "G40 Jaarverslag 2023 - Pijler Sociaal"
    write_pdf(tmp_path / "jaarverslag.pdf", [
        f"{header}\nIn 2023 werkte de pijler aan armoede en schulden, samen met het ministerie van SZW en\nPagina 1",
        f"{header}\nde VNG. Voorzitter was Fatima el Amrani, wethouder van Zaanstad, die de pijler leidde.\nPagina 2",
        f"{header}\nBijlage: deelnemende steden\n- Zaanstad\nPagina 3",
    ])
    (doc,), _warnings = read_corpus([tmp_path])
    assert doc.text.split("\n") == [
        "In 2023 werkte de pijler aan armoede en schulden, samen met het ministerie van SZW en de VNG. Voorzitter was "
        "Fatima el Amrani, wethouder van Zaanstad, die de pijler leidde.",
        "", "Bijlage: deelnemende steden", "- Zaanstad"]


def test_a_wrapped_pdf_gives_the_facts_of_its_text(tmp_path, write_pdf):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    (tmp_path / "pdf").mkdir()
    (tmp_path / "txt").mkdir()
    write_pdf(tmp_path / "pdf" / "werkbezoek.pdf", WRAPPED)
    # the text as the page's wrapping undone gives it (test_pdf_lines_a_page_wrapped_are_joined_into_their_sentence):
    # the sentence whole, the list item on a line of its own
    (tmp_path / "txt" / "werkbezoek.txt").write_text(WRAPPED.replace("-\n", "-").replace(" \n", " ", 1),
                                                    encoding="utf-8")

    def facts(folder):
        (doc,), _warnings = read_corpus([folder])
        found = extract(doc.id, doc.text, gazetteer=load_gazetteer())
        return sorted((r.subject.text, r.predicate, r.object.text) for r in found.relations)

    assert facts(tmp_path / "pdf") == facts(tmp_path / "txt")
    assert ("Joost van Kessel", "hasRole", "Pijler Fysiek") in facts(tmp_path / "pdf")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("leeg.txt", "", "leeg.txt: overgeslagen, geen tekst"),
        ("spaties.txt", "  \n\n ", "spaties.txt: overgeslagen, geen tekst"),
        ("binair.txt", b"\x00\x01\x02PNG", "binair.txt: overgeslagen, binair bestand"),
        ("plaatje.png", b"\x89PNG", "plaatje.png: overgeslagen, bestandstype .png wordt niet ondersteund"),
        ("kapot.pdf", b"%PDF-1.4 this is not a pdf", "kapot.pdf: overgeslagen, onleesbare PDF"),
    ],
)
def test_unusable_files_are_skipped_with_a_warning_naming_them(tmp_path, name, content, message):
    write(tmp_path, "goed.txt", "De G40 vergaderde in Breda.")
    write(tmp_path, name, content)
    docs, warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "goed")
    assert [d.id for d in docs] == ["goed"]
    assert len(warnings) == 1 and message in warnings[0], warnings


def test_invalid_utf8_falls_back_to_cp1252_with_warning(tmp_path):
    write(tmp_path, "oud.txt", "Caf\xe9 in Zo\xebtermeer".encode("cp1252"))
    (doc,), warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "oud")
    assert doc.text == "Café in Zoëtermeer"
    assert warnings == [f"{tmp_path / 'oud.txt'}: geen geldige UTF-8, gelezen als cp1252"]


def test_malformed_sidecar_is_ignored_with_warning(tmp_path):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", "{title: kapot")
    (doc,), warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "nieuws")
    assert doc.title is None
    assert len(warnings) == 1 and "nieuws.meta.json: metadata genegeerd, ongeldige JSON" in warnings[0]


def test_bad_date_in_sidecar_is_ignored_with_warning(tmp_path):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"date": "maart 2022"}))
    (doc,), warnings = read_corpus([tmp_path])
    assert doc.date is None and "'maart 2022' is geen ISO-datum" in warnings[0]



def test_unknown_field_in_sidecar_is_named_with_the_field_it_may_mean(tmp_path):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"title": "Nieuws", "datum": "2025-03-03", "auteur": "X"}))
    (doc,), warnings = read_corpus([tmp_path])
    sidecar = tmp_path / "nieuws.meta.json"
    known = "title, date, period, source, language, date_inferred, date_note"
    assert doc.title == "Nieuws" and doc.date is None
    assert without_undated(warnings, "nieuws") == [
        f"{sidecar}: onbekend veld 'datum' genegeerd (bekend zijn: {known}); bedoelt u 'date'?",
        f"{sidecar}: onbekend veld 'auteur' genegeerd (bekend zijn: {known})"]

@pytest.mark.parametrize("value", ["2023-13-01", "2023-02-30", "2023-00", "2023-13"])
def test_impossible_date_in_sidecar_is_ignored_with_warning(tmp_path, value):
    # it has the form of a date: without this check it reached the graph as an invalid xsd:date
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"date": value}))
    (doc,), warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "nieuws")
    assert doc.date is None, doc
    assert warnings == [f"{tmp_path / 'nieuws.meta.json'}: date {value!r} is geen ISO-datum (JJJJ-MM-DD); genegeerd"]


def test_impossible_period_in_sidecar_is_ignored_with_warning(tmp_path):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"period": {"start": "2021-01-01", "end": "2021-12-32"}}))
    (doc,), warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "nieuws")
    assert (doc.period_start, doc.period_end) == (None, None), doc
    assert len(warnings) == 1 and "period moet" in warnings[0], warnings


@pytest.mark.parametrize("start, end", [("2022-01-01", "2021-12-31"), ("2022", "2021-06"), ("2021-07", "2021-06-30")])
def test_period_that_starts_after_its_end_is_ignored_with_warning(tmp_path, start, end):
    from graph.messages import language

    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"period": {"start": start, "end": end}}))
    sidecar = tmp_path / "nieuws.meta.json"
    (doc,), warnings = read_corpus([tmp_path])
    warnings = without_undated(warnings, "nieuws")
    assert (doc.period_start, doc.period_end) == (None, None), doc
    assert warnings == [f"{sidecar}: period begint ({start}) na zijn einde ({end}); genegeerd"], warnings
    with language("en"):
        _, english = read_corpus([tmp_path])
        english = without_undated(english, "nieuws")
    assert english == [f"{sidecar}: period starts ({start}) after it ends ({end}); ignored"], english


@pytest.mark.parametrize("start, end", [("2021-01-01", "2021-01-01"), ("2021-06", "2021"), ("2021", "2021-03-31")])
def test_period_of_one_day_or_given_less_precisely_is_kept(tmp_path, start, end):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"period": {"start": start, "end": end}}))
    (doc,), warnings = read_corpus([tmp_path])
    assert (doc.period_start, doc.period_end, warnings) == (start, end, []), (doc, warnings)


@pytest.mark.parametrize("value", ["2023", "2023-05", "2024-02-29"])
def test_partial_and_leap_dates_in_sidecar_are_kept(tmp_path, value):
    write(tmp_path, "nieuws.txt", "Breda werkt samen met EZK.")
    write(tmp_path, "nieuws.meta.json", json.dumps({"date": value}))
    (doc,), warnings = read_corpus([tmp_path])
    assert (doc.date, warnings) == (value, [])


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="bestaat-niet: bestand of map bestaat niet"):
        read_corpus([tmp_path / "bestaat-niet"])


def test_duplicate_document_ids_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", "nieuws.txt", "Breda.")
    write(tmp_path / "b", "nieuws.md", "Tilburg.")
    with pytest.raises(InputError, match="document-id 'nieuws' wordt ook gebruikt door"):
        read_corpus([tmp_path])


def test_sidecar_alone_is_not_a_document(tmp_path):
    path = write(tmp_path, "x.meta.json", "{}")
    assert read_document(path) is None


def test_messages_in_english_on_request(tmp_path):
    from graph.messages import language

    with language("en"), pytest.raises(InputError, match="nergens: no such file or folder"):
        read_corpus([tmp_path / "nergens"])


def test_markdown_is_read_as_its_reader_sees_it(tmp_path):
    """Emphasis around a name hid its bracket ("**X** (Oss)"), a link put its address in the quote."""
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    (tmp_path / "nieuws.md").write_text(
        "# Nieuws\n\n**Frank de Bruin** (Oss) is voorzitter van de [Pijler Economie en Werk](http://x.nl).\n",
        encoding="utf-8")
    docs, _ = read_corpus([tmp_path])
    assert docs[0].text == "Nieuws\n\nFrank de Bruin (Oss) is voorzitter van de Pijler Economie en Werk.\n"
    extraction = extract("nieuws", docs[0].text, gazetteer=load_gazetteer())
    assert {(r.subject.text, r.predicate, r.object.text) for r in extraction.relations} >= {
        ("Frank de Bruin", "affiliatedWith", "Oss"), ("Frank de Bruin", "hasRole", "Pijler Economie en Werk")}
