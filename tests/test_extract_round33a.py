"""Round 33a: facts a page's layout states: tables and lists scoped by a title, heading or lead-in."""

from __future__ import annotations

from graph.ingest import html_visible_text
from tests.extract_facts import facts


# --- a table's columns that describe the row's town: "| Gemeente | Provincie |", "| Stad | Bestuurder |" -----------

_PROGRAMME_PAGE = """<html><head><title>Programma Vitale Kernen | Rijksoverheid</title></head><body>
<h1>Programma Vitale Kernen</h1>
<p>Met het Programma Vitale Kernen ondersteunt het ministerie van BZK middelgrote steden bij de aanpak van hun
binnensteden.</p>
<h2>Deelnemende gemeenten</h2>
<table>
<thead><tr><th>Gemeente</th><th>Provincie</th><th>Sinds</th><th>Contactpersoon</th></tr></thead>
<tbody>
<tr><td>Helmond</td><td>Noord-Brabant</td><td>2022</td><td>Eva Smit</td></tr>
<tr><td>Gemeente Vlaardingen</td><td>Zuid-Holland</td><td>2023</td><td>Fatima Yilmaz</td></tr>
</tbody></table>
</body></html>"""


def test_the_towns_of_a_table_take_part_and_their_province_does_not():
    found = facts(html_visible_text(_PROGRAMME_PAGE))
    assert ("Helmond", "participatesIn", "Programma Vitale Kernen", None) in found, found
    assert ("Vlaardingen", "participatesIn", "Programma Vitale Kernen", None) in found, found
    assert ("Eva Smit", "affiliatedWith", "Helmond", None) in found, found
    for province in ("Noord-Brabant", "Zuid-Holland"):
        assert not any(province in (f[0], f[2]) for f in found), found


def test_a_province_column_of_its_own_rows_still_takes_part():
    text = ("Regio Deal Noord\n\nDeelnemers\n\n| Provincie | Gedeputeerde |\n|---|---|\n"
            "| Drenthe | Eva Smit |\n| Friesland | Jan de Kok |\n")
    found = facts(text)
    assert ("Drenthe", "participatesIn", "Regio Deal Noord", None) in found, found
    assert ("Eva Smit", "hasRole", "Drenthe", "gedeputeerde") in found, found


_MEMBER_TABLE = ("Taskforce Warmte\n\nDe taskforce is in 2023 door het G40-bestuur ingesteld.\n\nLeden\n\n"
                 "| Stad | Bestuurder |\n|---|---|\n| Oss | Petra Wolthuis (voorzitter) |\n| Emmen | Kees Brouwer |\n")


def test_a_towns_bestuurder_is_affiliated_with_it_not_given_an_office():
    found = facts(_MEMBER_TABLE)
    assert ("Kees Brouwer", "affiliatedWith", "Emmen", None) in found, found
    assert ("Emmen", "participatesIn", "Taskforce Warmte", None) in found, found
    assert not any(f[3] == "bestuurder" for f in found), found


def test_a_corporations_bestuurder_holds_that_office():
    text = ("Woondeal Rivierenland\n\nPartners\n\n| Organisatie | Bestuurder |\n|---|---|\n"
            "| Woonstichting Nieuw Veld | Eva Smit |\n")
    found = facts(text)
    assert ("Eva Smit", "hasRole", "Woonstichting Nieuw Veld", "bestuurder") in found, found
