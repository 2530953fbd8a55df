"""Round 46h: a mail's header lines name their persons surname first ("Van: Jansen, P. (BZK) <…>"), and the
address's domain gives the person's ministry, municipality or organisation (fictional people)."""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, facts, mentions

THREAD = """Van: Jansen, P. (BZK) <p.jansen@minbzk.nl>
Aan: Vries, P. de <p.devries@utrecht.nl>
CC: Bos, K.J. <kj.bos@vng.nl>, Meijer, Anouk <anouk.meijer@g40stedennetwerk.nl>
Verzonden: dinsdag 3 maart 2026 10:12
Onderwerp: Werkconferentie wonen

Beste Petra,

De werkconferentie over wonen is op 12 maart in Zwolle.

Met vriendelijke groet,
Pieter Jansen
"""


def test_surname_first_header_names_are_persons_of_their_domains():
    assert_facts(THREAD, {
        ("Pieter Jansen", "affiliatedWith", "BZK", None),  # "Jansen, P." is the Pieter Jansen who signs
        ("P. de Vries", "affiliatedWith", "Utrecht", None),
        ("K.J. Bos", "affiliatedWith", "VNG", None),
        ("Anouk Meijer", "affiliatedWith", "G40", None),
    }, date="2026-03-03")


def test_english_headers_and_a_display_name_in_running_order():
    text = ("From: Petra de Vries <petra.devries@utrecht.nl>\nTo: Jansen, P. <p.jansen@minbzk.nl>\n"
            "Cc: Lotte Bakker <lotte.bakker@minszw.nl>\nSubject: RE: Werkconferentie\n\nHoi Pieter,\n\nIk kom graag.\n")
    assert_facts(text, {
        ("Petra de Vries", "affiliatedWith", "Utrecht", None),
        ("P. Jansen", "affiliatedWith", "BZK", None),
        ("Lotte Bakker", "affiliatedWith", "SZW", None),
    }, date="2026-03-03")


def test_leading_particles_are_part_of_the_surname():
    text = "Van: Van der Meulen, J. <j.vandermeulen@deventer.nl>\nAan: Smit, Eva <eva.smit@ede.nl>\nOnderwerp: X\n\nTekst.\n"
    assert mentions(text, "Person", date="2026-03-03") == ["Van der Meulen, J.", "Smit, Eva"]
    assert_facts(text, {("J. van der Meulen", "affiliatedWith", "Deventer", None),
                        ("Eva Smit", "affiliatedWith", "Ede", None)}, date="2026-03-03")


@pytest.mark.parametrize("text", [
    # a memo's header names bodies, not persons
    "Aan: Bestuur, Leden\nVan: G40-bureau\nDatum: 3 maart 2026\n\nTekst.\n",
    # a function address: no given name, no initials, not spelled by the address
    "Van: Secretariaat, Wonen <secretariaat.wonen@g40stedennetwerk.nl>\nAan: Eva Smit <eva.smit@ede.nl>\n\nTekst.\n",
    # a line of running text, no header block
    "Van: Jansen, P. kregen we een brief.\n\nDe gemeente Ede reageert.\n",
])
def test_no_person_where_no_header_names_one(text):
    assert [m for m in mentions(text, "Person", date="2026-03-03") if "," in m] == []


def test_a_header_name_is_no_subject_or_object_of_the_mails_facts():
    found = facts(THREAD, "2026-03-03")
    assert {f[1] for f in found if "Vries" in f[0] or "Vries" in f[2]} == {"affiliatedWith"}


def test_an_address_that_writes_the_given_name_in_full_names_the_person():
    # "Jansen, P." with petra.jansen@: Petra Jansen, as the address alone named her before (no "P. Jansen")
    text = "Van: Jansen, P. <petra.jansen@ede.nl>\nAan: Kees Bos <k.bos@vng.nl>\nOnderwerp: Afwezig\n\nIk ben afwezig.\n"
    assert_facts(text, {("Petra Jansen", "affiliatedWith", "Ede", None),
                        ("Kees Bos", "affiliatedWith", "VNG", None)}, date="2026-03-03")
