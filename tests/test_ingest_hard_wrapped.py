"""A hard-wrapped plain text (an e-mail newsletter, a memo) is read as paragraphs, not as broken lines (round 45a)."""

from __future__ import annotations

from graph.ingest import read_document
from graph.pdftext import unwrap_plain
from tests.extract_facts import facts

MEMO = ("NOTA AAN HET COLLEGE\n\n"
        "Onderwerp:   Deelname City Deal Slimme Daken\n\n"
        "AANLEIDING\n"
        "De City Deal Slimme Daken is gestart door de Themagroep Energie van de G40-pijler\n"
        "Fysiek en het ministerie van BZK. Aan de deal doen verder mee: de provincie Overijssel,\n"
        "Platform31 en de gemeenten Zwolle, Kampen en Deventer. De stuurgroep wordt voorgezeten\n"
        "door wethouder Eva Smit van Zwolle, die ook de themagroep trekt en elk kwartaal aan de\n"
        "pijler rapporteert.\n")


def test_a_hard_wrapped_memo_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "nota.txt"
    path.write_text(MEMO, encoding="utf-8")
    text = read_document(path).text
    assert "G40-pijler Fysiek en het ministerie" in text, text
    assert "Overijssel, Platform31 en de gemeenten Zwolle" in text, text
    assert "Onderwerp:   Deelname City Deal Slimme Daken\n" in text, text  # a field line keeps its break


def test_the_partners_of_a_wrapped_list_take_part():
    found = {f for f in facts(unwrap_plain(MEMO)) if f[1] == "participatesIn"}
    assert {("Overijssel", "participatesIn", "City Deal Slimme Daken", None),
            ("Kampen", "participatesIn", "City Deal Slimme Daken", None),
            ("Deventer", "participatesIn", "City Deal Slimme Daken", None)} <= found, found


def test_text_of_one_paragraph_per_line_and_a_table_keep_their_lines():
    text = ("Breda en Ede doen mee aan de City Deal Zon, die in 2023 werd gesloten met BZK en de VNG en nu loopt tot 2027\n"
            "De VNG ook.\n")
    assert unwrap_plain(text) == text
    table = ("Gemeente       Project                Bedrag\n"
             "Almelo         Kerkelanden Beter      1,2 miljoen euro\n"
             "Arnhem         Presikhaaf Portaal     0,9 miljoen euro\n")
    assert unwrap_plain(table) == table


def test_quoted_lines_of_an_e_mail_run_on_within_the_quote_only():
    text = ("> Beste collega's, de stuurgroep van de City Deal Zon komt op 3 maart bijeen in het\n"
            "> stadhuis van Zwolle om de voortgang te bespreken met de partners van de deal\n"
            "Dank voor je bericht, ik ben er op 3 maart bij namens de gemeente Kampen en ik\n"
            "neem de wethouder mee, die graag wil spreken over de bijdrage van de provincie\n"
            "Overijssel aan de deal en over de planning van de volgende fase van het programma\n"
            "in de wijken van Kampen en Zwolle waar de eerste daken dit voorjaar klaar zijn\n"
            "voor de zomer.\n")
    out = unwrap_plain(text)
    # the quote's lines are its paragraph (round 47x), the reply after it starts a line of its own
    assert out.startswith("> Beste collega's, de stuurgroep van de City Deal Zon komt op 3 maart bijeen in het stadhuis "
                          "van Zwolle om de voortgang te bespreken met de partners van de deal\nDank voor je bericht"), out
    assert "namens de gemeente Kampen en ik neem de wethouder mee, die graag" in out, out
    assert "bijdrage van de provincie Overijssel aan de deal" in out, out


def test_a_word_broken_at_a_lines_end_is_joined_whole():
    text = ("De Pijler Wonen is een van de drie pijlers van het netwerk. Voor-\n"
            "zitter is sinds maart 2022 wethouder Eva Smit (Zwolle); vicevoor-\n"
            "zitter is Jan de Vries (Kampen). De pijler werkt met de G40-\n"
            "pijler Fysiek, met de provincies en het Rijk, en met de directeur-\n"
            "generaal Wonen aan de agenda van de vier themagroepen van de pijler.\n")
    out = unwrap_plain(text)
    assert "Voorzitter is sinds maart 2022" in out and "vicevoorzitter is Jan de Vries" in out, out
    assert "G40-pijler Fysiek" in out and "directeur-generaal Wonen" in out, out
