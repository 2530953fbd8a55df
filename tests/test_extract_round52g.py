"""Round 52g: walkthrough 27's wrong and missed facts as rules of Dutch (invented people and wordings)."""

from __future__ import annotations

import pytest

from tests.documents import ask_rows, built_from
from tests.extract_facts import facts, mentions

DOCUMENTS = {
    # finding 1 and 4: an appositive office left for an appointment that starts on the next sentence's day
    "energiedag-2024": ("2024-04-10", "Wethouder Ilse Koster van Almelo opent de energiedag."),
    "benoemingen-2026": ("2026-10-05", "Ilse Koster, wethouder van Almelo, is benoemd tot burgemeester van "
                                       "Oldenzaal. Zij start daar op 1 november 2026."),
    # finding 2: a departure from a ministry ends the earlier attendance-list affiliation there
    "overleg-2025": ("2025-03-01", "Verslag overleg\n\nAanwezig: Iris Smit (gemeente Ede), Tom Brink "
                                   "(ministerie van IenW)\n\nDe agenda wordt vastgesteld."),
    "vertrek-2025": ("2025-05-10", "Tom Brink vertrekt per 1 juni 2025 bij het ministerie van Infrastructuur en "
                                   "Waterstaat. Hij gaat werken bij de VNG."),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("r52g"), DOCUMENTS)


def _roles(runner, kg, person, *args):
    return [(r["relation"], r.get("role"), r["otherLabel"], r.get("start"), r.get("end"))
            for r in ask_rows(runner, kg, "oxigraph", "who-is-who", "-p", f"person={person}", *args)]
    return [(r["relation"], r["roleLabel"] or r["role"], r["otherLabel"], r["start"], r["end"])
            for r in ask_rows(runner, kg, "oxigraph", "who-is-who", "-p", f"person={person}", *args)]


def test_an_appointment_starts_on_the_day_the_next_sentence_says_she_starts(runner, kg):
    assert ("hasRole", "burgemeester", "Oldenzaal", "2026-11-01", None) in _roles(runner, kg, "Ilse Koster")


def test_the_appositive_office_left_for_the_appointment_ends_the_day_before(runner, kg):
    aldermen = [r for r in _roles(runner, kg, "Ilse Koster") if r[2] == "Almelo"]
    assert aldermen and all(r[4] == "2026-10-31" for r in aldermen), aldermen
    assert [r[2] for r in _roles(runner, kg, "Ilse Koster", "--as-of", "2026-12-01")] == ["Oldenzaal"]


def test_a_departure_from_a_ministry_ends_the_earlier_affiliation_there(runner, kg):
    ministry = [r for r in _roles(runner, kg, "Tom Brink") if r[0] == "affiliatedWith" and r[2] == "IenW"]
    assert ministry and all(r[4] == "2025-05-31" for r in ministry), ministry
    assert "IenW" not in [r[2] for r in _roles(runner, kg, "Tom Brink", "--as-of", "2025-08-01")]


@pytest.mark.parametrize("text, role", [
    ("De Regio Deal Achterhoek wordt sinds vorig jaar gecoördineerd door Ruud Wessels, adviseur bij de provincie "
     "Gelderland.", "coördinator"),
    ("De gemeenten starten de City Deal Sterke Wijken. De City Deal wordt geleid door Anna de Bruin, senior "
     "beleidsmedewerker van Arnhem.", "programmaleider"),
    ("De Themagroep Cultuur wordt geleid door wethouder Anna de Bruin.", "voorzitter"),
], ids=["coordinated-by", "programme-led-by", "unit-led-by-chair"])
def test_a_passive_leader_holds_the_role_the_verb_names_not_always_chair(text, role):
    found = {f for f in facts(text, "2024-01-01") if f[1] == "hasRole" and f[2] != "Gelderland" and f[2] != "Arnhem"}
    assert {f[3] for f in found} == {role}, found


def test_a_leading_role_in_an_apposition_without_a_body_is_the_role_in_what_is_led():
    text = "Het Programmabureau Regio Deal Twente wordt geleid door Karin Smit, projectleider, die bij Almelo werkt."
    assert ("Karin Smit", "hasRole", "Programmabureau Regio Deal Twente", "projectleider") in facts(text, "2024-01-01")


@pytest.mark.parametrize("text", [
    "De Pijler Sociaal werkt samen met het ministerie van SZW aan het armoedeprogramma.",
    "De Themagroep Sport werkt samen met het ministerie van VWS aan de sportregeling voor kleine gemeenten.",
], ids=["programma", "regeling"])
def test_a_lower_case_programme_compound_is_a_kind_of_work_not_a_programme(text):
    assert mentions(text, "Programme", "2024-01-01") == []
    assert not {f for f in facts(text, "2024-01-01") if f[1] == "participatesIn" and f[2] in ("SZW", "VWS")}


def test_a_lower_case_compound_that_points_back_to_a_named_programme_stays_it():
    text = "Het Actieprogramma Wijkvernieuwing start in Ede. Het actieprogramma loopt vier jaar."
    assert mentions(text, "Programme", "2024-01-01") == ["Actieprogramma Wijkvernieuwing", "actieprogramma"]


_WELCOMED = ("Verslag Themagroep Mobiliteit\n3 juni 2025\n\nAanwezig: Anna Smit (gemeente Breda), Karel Dijk "
             "(ministerie van IenW)\n\n1. Opening\nDe voorzitter opent het overleg en verwelkomt Karel Dijk van IenW.\n")


def test_a_welcomed_guest_makes_no_collaboration_with_the_guests_ministry():
    assert not {f for f in facts(_WELCOMED, "2025-06-03") if f[1] == "collaboratesWith"}


def test_the_minutes_speaking_of_the_guests_ministry_after_the_welcome_do():
    text = _WELCOMED + "\n2. Fietsroutes\nIenW licht de subsidie voor snelfietsroutes toe.\n"
    assert ("Themagroep Mobiliteit", "collaboratesWith", "IenW", None) in facts(text, "2025-06-03")


def test_a_pdf_line_that_ends_in_a_preposition_runs_on_into_the_next_line():
    from graph.pdftext import document_text

    page = ("Jaarbericht Themagroep Cultuur\n"
            "In 2023 werd de themagroep voorgezeten door Eva Smit, wethouder Cultuur van\n"
            "Almelo. Zij werkte samen met het ministerie van Onderwijs, Cultuur en Wetenschap en met de\n"
            "Raad voor Cultuur aan een nieuwe agenda voor de middelgrote steden in het hele land.\n"
            "Leden")
    assert document_text([page]).split("\n") == [
        "Jaarbericht Themagroep Cultuur",
        "In 2023 werd de themagroep voorgezeten door Eva Smit, wethouder Cultuur van Almelo. Zij werkte samen met het "
        "ministerie van Onderwijs, Cultuur en Wetenschap en met de Raad voor Cultuur aan een nieuwe agenda voor de "
        "middelgrote steden in het hele land.",
        "Leden"]


def test_a_page_that_is_mostly_a_table_of_names_is_judged_by_its_sentences():
    from graph.language import foreign_language

    rows = "".join(f"| Regio Deal {name} | {towns} | {ministry} |\n" for name, towns, ministry in [
        ("Twente", "Almelo, Enschede, Hengelo, Oldenzaal", "LVVN"), ("Zeeland", "Middelburg, Vlissingen, Goes", "BZK"),
        ("Noord-Limburg", "Venlo, Venray, Weert", "EZ"), ("Parkstad", "Heerlen, Kerkrade, Landgraaf", "BZK"),
        ("Friesland", "Leeuwarden, Sneek, Heerenveen", "LVVN"), ("Achterhoek", "Doetinchem, Winterswijk", "EZ")])
    page = ("Overzicht Regio Deals\n\nStand op 1 maart 2025. In de tabel staan de steden die meedoen.\n\n"
            "| Regio Deal | Steden | Ministerie |\n|---|---|---|\n" + rows)
    assert foreign_language(page) is None

