"""Masking of contact details, account numbers and home addresses (walkthrough 15, finding 1):
the Dutch forms with spaced hyphens, disguised e-mail addresses, IBAN, a grouped BSN and an
address after a cue of living there, and the near-misses that must stay as written."""

from __future__ import annotations

import pytest

from graph.privacy import contact_spans, home_address_spans, iban_valid, mask_contacts


@pytest.mark.parametrize("text, masked", [
    ("telefoon 0570 - 69 39 11.", "telefoon [telefoonnummer]."),
    ("telefoon 033 - 469 49 49", "telefoon [telefoonnummer]"),
    ("telefoon 06 - 41 23 45 67.", "telefoon [telefoonnummer]."),
    ("telefoon (038) 498 91 11 of 0384989111", "telefoon [telefoonnummer] of [telefoonnummer]"),
    ("mail p.jansen(at)voorbeeld.nl.", "mail [e-mailadres]."),
    ("mail p.jansen [at] voorbeeld [dot] nl.", "mail [e-mailadres]."),
    ("mail p.jansen [at] voorbeeld.nl", "mail [e-mailadres]"),
    ("IBAN NL91ABNA0417164300.", "IBAN [rekeningnummer]."),
    ("IBAN NL91 ABNA 0417 1643 00.", "IBAN [rekeningnummer]."),
    ("BSN 111 222 333.", "BSN [nummer]."),
    ("BSN 111.222.333.", "BSN [nummer]."),
    ("BSN 1234.56.782", "BSN [nummer]"),
    ("geboren 3 mei 1972, woont Dorpsstraat 12, 1234 AB Voorbeeld.", "geboren 3 mei 1972, woont [adres]."),
    ("Zij woont aan de Lange Laan 3a in Voorbeeld.", "Zij woont aan de [adres] in Voorbeeld."),
    ("Het adres van burgemeester Jansen, Oranjelaan 3, 1234 AA Voorbeeld, werd gepubliceerd.",
     "Het adres van burgemeester Jansen, [adres], werd gepubliceerd."),
    # an office's number in a signature is still a phone number
    ("Gemeente Voorbeeld, afdeling Zorg, T 038 - 498 91 11", "Gemeente Voorbeeld, afdeling Zorg, T [telefoonnummer]"),
])
def test_the_dutch_forms_are_masked(text, masked):
    assert mask_contacts(text) == masked


@pytest.mark.parametrize("text", [
    "Van 2019 - 2023 liep het programma, open van 08.30 - 12.00 uur.",  # year range, opening hours
    "Op 12-03-2025 en 01 - 05 - 2025 vergaderde de raad.",  # dates
    "Het kostte € 111.222.333 en 111.222.333 euro, of 1.234.567,00.",  # amounts (111222333 passes the eleven-test)
    "Gemeente Voorbeeld, Markt 15, 1234 PK Voorbeeld, telefoon 14 038.",  # an organisation's address line
    "Zij woont al twintig jaar in Voorbeeld-Zuid.",  # a neighbourhood, no street
    "Het adres van de gemeente is Markt 15.",  # a public body's address
    "NL91ABNA0417164301 is geen geldig rekeningnummer.",  # mod-97 fails
    "zaak 123 456 789",  # eleven-test fails
    "Schrijf naar info (at) het kantoor.",  # no domain
])
def test_near_misses_stay_as_written(text):
    assert mask_contacts(text) == text, contact_spans(text)


def test_english_marks():
    assert mask_contacts("IBAN NL91ABNA0417164300, woont Dorpsstraat 1", lang="en") == \
        "IBAN [account number], woont [address]"


def test_iban_check_and_home_address_spans():
    assert iban_valid("NL91 ABNA 0417 1643 00") and not iban_valid("NL91ABNA0417164301")
    text = "Zij woont Dorpsstraat 2. Het stadhuis staat aan de Markt 1."
    assert [text[s:e] for s, e, _ in home_address_spans(text)] == ["Dorpsstraat 2"]


# ------------------------------------------------------------------ finding 4: a quote that is only a mask

LETTER = ("Brief aan het ministerie\n15 april 2026\n\nGeachte heer,\n\nWij sturen u het verslag.\n\n"
          "Met vriendelijke groet,\n\nKees Mulder\nBeleidsadviseur\nT 038 498 91 11\nE k.mulder@zwolle.nl\n")


@pytest.mark.parametrize("quote, readable", [
    ("E [e-mailadres]", "E [e-mailadres] (afgeleid uit het domein van het gemaskeerde e-mailadres)"),
    ("Mail: [e-mailadres] | [telefoonnummer]",
     "Mail: [e-mailadres] | [telefoonnummer] (afgeleid uit het domein van het gemaskeerde e-mailadres)"),
    ("Contact: Kees Mulder, [e-mailadres]", "Contact: Kees Mulder, [e-mailadres]"),
    ("T [telefoonnummer]", "T [telefoonnummer]"),
])
def test_a_quote_that_is_only_a_masked_email_says_where_the_fact_comes_from(quote, readable):
    from graph.privacy import readable_quote

    assert readable_quote(quote) == readable


def test_an_email_domain_affiliation_has_a_readable_quote(runner, tmp_path):
    import json

    from graph.cli import cli

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "brief.txt").write_text(LETTER, encoding="utf-8")
    graph = tmp_path / "kg"
    result = runner.invoke(cli, ["--graph", str(graph), "build", str(docs)])
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in runner.invoke(cli, ["--graph", str(graph), "export"]).output.splitlines()]
    quotes = [(f["subject"], f["predicate"], f["object"], f["evidence"]) for f in facts if f["subject"] == "Kees Mulder"]
    assert quotes == [("Kees Mulder", "affiliatedWith", "Zwolle",
                       "E [e-mailadres] (afgeleid uit het domein van het gemaskeerde e-mailadres)")], quotes
