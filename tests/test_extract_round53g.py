"""Round 53g: walkthrough 28's extraction findings, as rules of Dutch, each with a right case and a near miss
(invented text and people).

F3 towns that start (a phase of) a programme take part in it; F4 a unit's name stops before a participle,
conjunction or adverb; F5 the absent chair of "Omdat voorzitter X afwezig is, zit Y … voor als waarnemend
voorzitter" is no acting chair; F6 a guest's own office ("Zij is … accountmanager bij het ministerie van X") is
no evidence of the body's work with the ministry; F12 an office before the name of one who is the contact
"namens" a ministry, a member of a body in a verb-last relative clause, and no role "namens" a network for one
whose own employer follows the name.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(text: str, gazetteer, predicate: str | None = None, doc_id: str = "d") -> list[tuple]:
    ex = extract(doc_id, text, gazetteer=gazetteer)
    return sorted((r.subject.label, r.predicate, r.object.label, r.role) for r in ex.relations
                  if predicate is None or r.predicate == predicate)


@pytest.mark.parametrize("text, expected", [
    ("Breda, Ede en Venlo starten met de tweede fase van de City Deal Zon.",
     [("Breda", "City Deal Zon"), ("Ede", "City Deal Zon"), ("Venlo", "City Deal Zon")]),
    ("Vanaf januari beginnen Breda en Ede aan de City Deal Zon.", [("Breda", "City Deal Zon"), ("Ede", "City Deal Zon")]),
    ("Venlo gaat in 2031 van start met de City Deal Zon.", [("Venlo", "City Deal Zon")]),
    # near misses: a person's town, something else started, a denial, a programme that starts somewhere
    ("Wethouder Piet Klaasen van Ede start met de City Deal Zon.", []),
    ("Breda en Ede starten met een onderzoek naar de City Deal Zon.", []),
    ("Breda en Ede starten niet met de City Deal Zon.", []),
    ("De City Deal Zon start in Breda en Ede.", []),
], ids=["phase", "inverted", "van-start", "person-town", "other-thing", "denied", "programme-starts"])
def test_towns_that_start_a_programme_take_part(gazetteer, text, expected):
    found = [(s, o) for s, _p, o, _r in _facts(text, gazetteer, "participatesIn")]
    assert found == expected, found


@pytest.mark.parametrize("text, unit", [
    ("Wethouder Rosa Brink van Ede heeft op 3 mei 2030 haar eerste overleg als voorzitter van de Themagroep "
     "Zonne-energie geleid.", "Themagroep Zonne-energie"),
    ("Kees Vlot (Ede) is waarnemend voorzitter van de Pijler Ruimte zolang Jan Oudeman met verlof is.", "Pijler Ruimte"),
    ("Kees Vlot is inmiddels voorzitter van de themagroep Water nu.", "Themagroep Water"),
    # near misses: a noun in lower case ending in -heid keeps its place in the name
    ("Kees Vlot is voorzitter van de themagroep Leefomgeving en gezondheid.", "Themagroep Leefomgeving en gezondheid"),
    ("Kees Vlot is voorzitter van de themagroep Jonge gezinnen.", "Themagroep Jonge gezinnen"),
], ids=["participle", "conjunction", "adverb", "noun-kept", "plural-kept"])
def test_a_units_name_stops_before_the_clause(gazetteer, text, unit):
    units = [m.label for m in extract("d", text, gazetteer=gazetteer).mentions if m.type == "OrganisationalUnit"]
    assert units == [unit], units


def test_the_absent_chair_is_no_acting_chair(gazetteer):
    text = ("Omdat voorzitter Jan Oudeman afwezig is, zit Kees Vlot het overleg voor als waarnemend voorzitter "
            "van de Pijler Ruimte.")
    acting = [(s, o) for s, _p, o, r in _facts(text, gazetteer, "hasRole") if r == "waarnemend voorzitter"]
    assert acting == [("Kees Vlot", "Pijler Ruimte")], acting


def test_both_before_the_role_still_hold_it(gazetteer):
    # near miss: no subordinate clause, two subjects: both go on as trekker
    text = "Jan Oudeman en Kees Vlot gaan door als trekker van de Pijler Ruimte."
    holders = [s for s, _p, _o, r in _facts(text, gazetteer, "hasRole") if r == "trekker"]
    assert holders == ["Jan Oudeman", "Kees Vlot"], holders


MINUTES = """Verslag overleg Pijler Ruimte, 4 maart 2031

Aanwezig: Jan Oudeman (Ede, voorzitter), Kees Vlot (Venlo), Mira Haddad (ministerie van Binnenlandse Zaken en Koninkrijksrelaties)

1. Opening

Voorzitter Jan Oudeman heet Mira Haddad welkom. Zij is sinds 1 januari 2031 accountmanager bij het ministerie van Binnenlandse Zaken en Koninkrijksrelaties.

2. Wonen

{second}
"""


def test_a_guests_own_office_is_no_evidence_of_the_bodys_work(gazetteer):
    text = MINUTES.format(second="De pijler werkt daarin samen met het ministerie van BZK.")
    ex = extract("verslag", text, gazetteer=gazetteer, date="2031-03-04")
    work = [(r.subject.label, r.object.label, text[r.evidence_start:r.evidence_end], r.valid_from)
            for r in ex.relations if r.predicate == "collaboratesWith"]
    assert work and all(sentence == "De pijler werkt daarin samen met het ministerie van BZK." for _s, _o, sentence, _f in work), work
    assert all(start != "2031-01-01" for _s, _o, _e, start in work), work


def test_a_guest_the_minutes_do_not_speak_of_again_gives_no_work(gazetteer):
    # near miss: only the guest's own office names the ministry after the list
    text = MINUTES.format(second="Kees Vlot licht de plannen toe.")
    ex = extract("verslag", text, gazetteer=gazetteer, date="2031-03-04")
    assert [r for r in ex.relations if r.predicate == "collaboratesWith"] == []


@pytest.mark.parametrize("text, expected", [
    ("Directeur Stedelijke Ontwikkeling Kees Vlot is namens BZK het aanspreekpunt.", [("Kees Vlot", "BZK", "directeur")]),
    # near miss: the chair of a unit is no office at the ministry
    ("Voorzitter Kees Vlot is namens BZK het aanspreekpunt.", []),
], ids=["office", "unit-role"])
def test_the_office_of_a_contact_on_behalf_of_a_ministry(gazetteer, text, expected):
    found = [(s, o, r) for s, _p, o, r in _facts(text, gazetteer, "hasRole")]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ('"Groen bouwen loont," zegt wethouder Rosa Brink van Ede, die namens de G40 in de stuurgroep van de City Deal '
     "Zon zit.", [("Rosa Brink", "Stuurgroep City Deal Zon")]),
    # near miss: the relative clause says nothing of sitting in the body
    ("Wethouder Rosa Brink van Ede, die namens de G40 in de stuurgroep van de City Deal Zon sprak, vertrekt.", []),
], ids=["sits", "spoke"])
def test_a_member_in_a_verb_last_relative_clause(gazetteer, text, expected):
    found = [(s, o) for s, _p, o, _r in _facts(text, gazetteer, "participatesIn") if s == "Rosa Brink"]
    assert [s for s, _o in found] == [s for s, _o in expected], found


@pytest.mark.parametrize("text, expected", [
    ("Projectleider namens de G40 is Eva Smit van de gemeente Ede.", []),
    # near miss: no employer of her own after the name, the role for the G40 stays
    ("Projectleider namens de G40 is Eva Smit.", [("Eva Smit", "G40", "projectleider")]),
], ids=["own-employer", "no-employer"])
def test_no_role_on_behalf_of_a_network_for_one_with_an_employer(gazetteer, text, expected):
    found = [(s, o, r) for s, _p, o, r in _facts(text, gazetteer, "hasRole")]
    assert found == expected, found


def test_the_overview_names_a_merged_ministry_as_merged(runner, tmp_path):
    """F10: "De ministeries aan tafel" names KGG, gone up in EZK per 2026-02-23, as the tables do; before the
    merger it is KGG (invented text)."""
    import json
    import re

    from graph.cli import cli
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nieuws.md").write_text("De Themagroep Zon werkt samen met het ministerie van Klimaat en Groene Groei. "
                                    "Contactpersoon bij het ministerie is Anna de Wit.\n", encoding="utf-8")
    (docs / "nieuws.meta.json").write_text(json.dumps({"date": "2025-05-12"}), encoding="utf-8")
    build_graph([docs], tmp_path / "kg")
    lines = {}
    for day in ("2026-12-06", "2025-06-01"):
        out = tmp_path / f"stand-{day}.html"
        result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "--format", "overzicht",
                                     "--as-of", day, "-o", str(out)])
        assert result.exit_code == 0, result.output
        summary = out.read_text(encoding="utf-8").split("De ministeries aan tafel", 1)[-1].split("</table>", 1)[0]
        lines[day] = re.findall(r"<tr><td>([^<]*)</td>", summary)
    assert lines == {"2026-12-06": ["KGG (opgegaan in EZK per 2026-02-23)"], "2025-06-01": ["KGG"]}, lines


@pytest.mark.parametrize("text, expected", [
    ("De Themagroep Zon werkt samen met het ministerie van Klimaat en Groene Groei. Contactpersoon bij het ministerie "
     "is Anna de Wit.", ["Themagroep Zon", "het ministerie"]),
    # near misses: the ministry named again (no reference back), a town as the partner
    ("De Themagroep Zon werkt samen met het ministerie van BZK. Contactpersoon bij BZK is Anna de Wit.", ["BZK"]),
    ("Ede werkt samen met het ministerie van BZK. Contactpersoon bij het ministerie is Anna de Wit.", ["het ministerie"]),
], ids=["partner", "named-again", "town"])
def test_the_contact_at_the_ministry_is_the_partners_contact_too(gazetteer, text, expected):
    """F10: "Contactpersoon bij het ministerie is X" after "De themagroep werkt samen met het ministerie van Y"."""
    ex = extract("d", text, gazetteer=gazetteer, date="2025-05-12")
    found = sorted(r.object.text for r in ex.relations if r.predicate == "contactFor")
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Breda en Ede starten met de tweede fase van de City Deal Zon. Het CBS en het ministerie van BZK ondersteunen "
     "de steden.", ["BZK", "Breda", "CBS", "Ede"]),
    # near misses: the towns of the sentence before take part in nothing named; no towns in it
    ("Breda en Ede starten met een onderzoek. Het CBS en het ministerie van BZK ondersteunen de steden.", []),
    ("De City Deal Zon gaat door. Het ministerie van BZK ondersteunt de steden.", []),
], ids=["towns-in-programme", "no-programme", "no-towns"])
def test_who_supports_the_towns_of_a_programme_takes_part(gazetteer, text, expected):
    found = sorted(s for s, _p, o, _r in _facts(text, gazetteer, "participatesIn"))
    assert found == expected, found
