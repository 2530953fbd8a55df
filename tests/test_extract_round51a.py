"""Round 51a: the weakest development sets' larger causes as rules of Dutch (invented people and texts)."""

from __future__ import annotations

from graph.markup import markdown_text
from tests.extract_facts import facts, mentions

AGREEMENT = ("# Samenwerkingsafspraken Sterke Wijken in het Oosten\n\n"
             "Partijen komen het volgende overeen.\n\n"
             "## Uitvoering\n\n"
             "- De werkgroep Uitvoering wordt geleid door programmaleider Wessel Aukema.\n\n"
             "## Ondertekening\n\n"
             "Namens de gemeente Deventer: *H. Brandsma*, wethouder\n"
             "Namens de gemeente Apeldoorn: *T. Olthof-Riemens*, wethouder\n")


def _agreement_facts(text: str) -> set[tuple]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    extraction = extract("t", markdown_text(text), gazetteer=load_gazetteer(), date="2024-03-01")
    return {(r.subject.text, r.predicate, r.object.text) for r in extraction.relations}


def test_an_agreement_the_title_names_is_a_programme_its_signing_parties_join():
    found = _agreement_facts(AGREEMENT)
    title = "Samenwerkingsafspraken Sterke Wijken in het Oosten"
    assert ("Deventer", "participatesIn", title) in found, found
    assert ("Apeldoorn", "participatesIn", title) in found, found


def test_a_unit_led_by_a_programmaleider_keeps_the_role_from_the_titled_agreement():
    found = _agreement_facts(AGREEMENT)
    assert not any(s == "Wessel Aukema" and o.startswith("Samenwerkingsafspraken") for s, _, o in found), found


def test_a_coalition_agreement_or_a_bare_kind_word_names_no_agreement():
    assert "Coalitieakkoord Zwolle 2022-2026" not in mentions("Coalitieakkoord Zwolle 2022-2026\n\nDe partijen willen "
                                                              "samenwerken.", "Programme")
    assert mentions("INTENTIEVERKLARING\n\nDe partijen willen samenwerken.", "Programme") == []


def test_a_titled_course_is_a_programme_and_its_participants_table_takes_part_in_it():
    text = ("# Leergang Wendbaar Bestuur – lijst van deelnemers\n\n"
            "De leergang Wendbaar Bestuur wordt verzorgd door Platform31.\n\n"
            "## Deelnemers\n\n"
            "| Naam | Functie | Gemeente |\n|---|---|---|\n"
            "| Joris Wagemakers | beleidsadviseur wonen | gemeente Emmen |\n"
            "| Silke Brandhorst | teamleider Economie | gemeente Venlo |\n")
    found = {(s, p, o) for s, p, o, _ in facts(markdown_text(text))}
    assert ("Joris Wagemakers", "participatesIn", "Leergang Wendbaar Bestuur") in found, found
    assert ("Silke Brandhorst", "participatesIn", "Leergang Wendbaar Bestuur") in found, found


def test_a_programmes_table_of_persons_under_another_heading_makes_no_participants():
    text = ("# Leergang Wendbaar Bestuur\n\n"
            "## Begeleiding\n\n"
            "| Naam | Functie | Organisatie |\n|---|---|---|\n"
            "| Joris Wagemakers | docent | Platform31 |\n"
            "| Silke Brandhorst | coach | Platform31 |\n")
    found = {(s, p, o) for s, p, o, _ in facts(markdown_text(text))}
    assert not any(p == "participatesIn" and s in ("Joris Wagemakers", "Silke Brandhorst") for s, p, o in found), found


PARTNERSHIPS = ("Overzicht 4.2 Verbonden partijen van de gemeente Zutphen\n\n"
                "| Verbonden partij | Overige deelnemers | Rol van Zutphen |\n|---|---|---|\n"
                "| Regio Deal Achterhoek | provincie Gelderland, Doetinchem | deelnemer |\n"
                "| Stedennetwerk G40 | VNG | geen lid meer |\n"
                "| Regio Deal Twente | Enschede, Hengelo | medeoprichter |\n")


def test_a_partnership_tables_partners_and_the_own_part_of_the_body_its_role_column_names():
    found = {(s, p, o) for s, p, o, _ in facts(PARTNERSHIPS)}
    assert {("Gelderland", "participatesIn", "Regio Deal Achterhoek"), ("Doetinchem", "participatesIn", "Regio Deal Achterhoek"),
            ("Zutphen", "participatesIn", "Regio Deal Achterhoek"), ("Zutphen", "initiated", "Regio Deal Twente"),
            ("Enschede", "participatesIn", "Regio Deal Twente")} <= found, found


def test_a_partnership_the_role_column_denies_states_nothing_of_the_body():
    found = {(s, p, o) for s, p, o, _ in facts(PARTNERSHIPS)}
    assert not any(s == "Zutphen" and "G40" in o for s, p, o in found), found


def test_a_column_of_what_the_aldermen_represent_the_named_town_in_with_a_field_in_brackets():
    text = ("| Wethouder | Portefeuille | Vertegenwoordigt Zwolle in |\n|---|---|---|\n"
            "| Wendel Koopmans | Wonen | G40 Pijler Fysiek Domein; Regio Zwolle (wonen) |\n"
            "| Otto Stegeman | Zorg | Regio Zwolle (lid, vanaf 2025) |\n")
    found = {(s, p, o) for s, p, o, _ in facts(text) if p == "participatesIn"}
    assert found == {("Wendel Koopmans", "participatesIn", "Pijler Fysiek Domein"),
                     ("Wendel Koopmans", "participatesIn", "Regio Zwolle")}, found


def test_a_named_team_is_a_unit_and_common_phrases_with_team_are_none():
    text = ("Vanaf maandag neemt Gijs Wolterink van het team Wonen en Wijken het dossier over. Ons team is klein; "
            "het team komt elke week bij elkaar. Teamleider Marloes Bakkum stuurt de teamleden aan.")
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    units = [m for m in extract("t", text, gazetteer=load_gazetteer()).mentions if m.type == "OrganisationalUnit"]
    assert units[0].text == "team Wonen en Wijken", units
    assert {m.label for m in units} == {"Team Wonen en Wijken"}, units  # "het team" may only refer back to it
    assert not any(m.text.lower().startswith(("ons team", "teamleider", "teamleden")) for m in units), units


def test_a_partnerships_actions_are_its_projects_each_led_by_its_trekker():
    text = ("Partnerschap Circulaire Wijken\n\nHet partnerschap werkt aan drie acties.\n\n"
            "| Actie | Trekker | Bijdragers |\n|---|---|---|\n"
            "| 1. Handboek circulair slopen | Almere | Deventer, VNG |\n"
            "| 2. Monitor hergebruik bouwmaterialen | ministerie van BZK | Zwolle |\n")
    found = {(s, p, o) for s, p, o, _ in facts(text)}
    assert {("Handboek circulair slopen", "ledBy", "Almere"), ("Deventer", "participatesIn", "Handboek circulair slopen"),
            ("VNG", "participatesIn", "Handboek circulair slopen"),
            ("Monitor hergebruik bouwmaterialen", "ledBy", "BZK"),
            ("Zwolle", "participatesIn", "Monitor hergebruik bouwmaterialen")} <= found, found


def test_an_actielijst_of_to_dos_names_no_projects():
    text = ("Actielijst werkgroep Zorg\n\n| actie | eigenaar | deadline |\n|---|---|---|\n"
            "| Notitie opstellen | Breda | 1 mei |\n")
    assert mentions(text, "Programme") == []


def test_a_governance_role_line_with_a_salutation_before_the_initialled_name():
    text = ("Startnotitie Programma Sterke Kernen\n\nRegiegroep (voorzitter: P. Lindhout)\n"
            "- wethouder Wonen Assen: mevrouw T. Veldhuis-Mulder\n- wethouder Zorg Emmen: de heer drs. B. Kremer\n")
    found = {(s, p, o, r) for s, p, o, r in facts(text) if p == "hasRole"}
    assert {("T. Veldhuis-Mulder", "hasRole", "Assen", "wethouder"), ("B. Kremer", "hasRole", "Emmen", "wethouder")} <= found, found


def test_a_session_host_on_a_programme_line_takes_part_in_the_session_above_no_role_in_a_body():
    text = ("WERKBEZOEK STAATSSECRETARIS AAN DEVENTER\n\n"
            "14:00  Werksessie \"Samen bouwen aan de binnenstad\"\n"
            "       Moderator: Ilse Vreeburg, Platform31\n")
    found = facts(text)
    assert any(s == "Ilse Vreeburg" and p == "participatesIn" and "Samen bouwen" in o for s, p, o, _ in found), found
    assert not any(s == "Ilse Vreeburg" and p == "hasRole" for s, p, o, _ in found), found


def test_a_speech_thanking_our_dagvoorzitter_makes_the_host_take_part_in_the_titled_event():
    text = ("Openingswoord van de voorzitter op het G40 Stedencongres 2024\n\n"
            "Dank aan onze dagvoorzitter, Merel Huijbregts van de VNG, die ons vandaag door de dag leidt.")
    found = {(s, p, o) for s, p, o, _ in facts(text)}
    assert any(s == "Merel Huijbregts" and p == "participatesIn" and "Stedencongres" in o for s, p, o in found), found
