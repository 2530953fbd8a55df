"""A plain text wrapped at a fixed width reads as whole sentences (round 45b).

A memo or newsletter sent as plain text, or the text a PDF viewer saves, breaks its sentences wherever
the line was full: "voorgezeten door wethouder" / "Jorrit Bos van Ede", "De Voor-" / "zitter". Its
lines are joined again when the document is read (:func:`graph.pdftext.unwrap_plain`, round 45a's, which the merge kept), so the role before the
line break reaches the name after it; a text with a paragraph a line, a table's rows and a header of
fields keep their breaks.
"""

from __future__ import annotations

from graph.pdftext import unwrap_plain

MEMO = ("AMBTELIJKE NOTA AAN HET COLLEGE\n\n"
        "Aan:          College van burgemeester en wethouders\n"
        "Via:          Directeur Ruimte, ir. A.B. Hakvoort\n\n"
        "AANLEIDING\n"
        "De City Deal Slimme Bedrijventerreinen is opgezet door de Themagroep Werklocaties\n"
        "en Ruimte van de G40-pijler Economie en Werk. Aan de deal doen verder mee: de\n"
        "provincie Gelderland en de gemeenten Ede en Apeldoorn. De stuurgroep wordt voor-\n"
        "gezeten door wethouder Jorrit Bos van Ede, die ook de themagroep trekt; namens\n"
        "de provincie neemt gedeputeerde Marieke Hulst zitting in de stuurgroep. Het G40-\n"
        "secretariaat ondersteunt de stuurgroep sinds dit voorjaar met een secretaris.\n\n"
        "Themagroep            Trekker          Ministerie\n"
        "Werklocaties          J. Bos           EZK\n")


def test_a_wrapped_memo_is_read_as_whole_sentences(tmp_path):
    from graph.ingest import read_document

    path = tmp_path / "nota.txt"
    path.write_text(MEMO, encoding="utf-8")
    text = read_document(path).text
    assert "De stuurgroep wordt voorgezeten door wethouder Jorrit Bos van Ede, die ook" in text, text
    assert "Het G40-secretariaat ondersteunt" in text, text
    assert "Via:          Directeur Ruimte, ir. A.B. Hakvoort\n" in text, text
    assert "Werklocaties          J. Bos           EZK" in text.splitlines(), text


def test_the_role_before_a_line_break_reaches_the_name_after_it(tmp_path):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    from graph.ingest import read_document

    path = tmp_path / "nota.txt"
    path.write_text(MEMO, encoding="utf-8")
    ex = extract("nota", read_document(path).text, gazetteer=load_gazetteer())
    roles = {(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"}
    assert ("Jorrit Bos", "Ede", "wethouder") in roles, roles


def test_a_paragraph_a_line_is_not_wrapped():
    text = ("De G40 en het ministerie van BZK spraken in maart over de woningbouw in de middelgrote steden"
            " en over de middelen die daarvoor nodig zijn.\nEde en Apeldoorn waren erbij.\n")
    assert unwrap_plain(text) == text
