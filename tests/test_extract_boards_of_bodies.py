"""Whose board "het algemeen bestuur" is, and project titles that are no persons (round 45b).

A city's page on its partnerships names, paragraph by paragraph, a body the city takes part in and then
who sits "in het algemeen bestuur": without an owner named after it, the board is that body's (a
gemeenschappelijke regeling, a samenwerkingsorgaan), not the G40's board, even where the page names the
G40 elsewhere. A subsidy overview heads each project "Transformatie Binnenstad Oost (Leiden)": a
capitalised title closed by its town in brackets is a project, not a person from that town.
"""

from __future__ import annotations


def facts(text: str) -> list[tuple[str, str, str, str | None]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.predicate, r.object.label, r.role)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-03-01").relations)


def persons(text: str) -> list[str]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return [m.text for m in extract("d", text, gazetteer=load_gazetteer()).mentions if m.type == "Person"]


PAGE = ("Samenwerkingsverbanden\n\n"
        "Almelo is sinds 2015 lid van de G40.\n\n"
        "{body}\n\n")


def test_the_board_of_the_body_the_paragraph_names():
    text = PAGE.format(body="Voor de jeugdzorg is Almelo aangesloten bij de GGD Twente. "
                            "Wethouder Anna Kuipers is lid van het algemeen bestuur.")
    found = facts(text)
    assert ("Anna Kuipers", "hasRole", "GGD Twente", "lid") in found, found
    assert not [f for f in found if f[2] == "G40-bestuur"], found


def test_a_samenwerkingsorgaan_is_an_organisation_and_its_board_its_own():
    text = PAGE.format(body="Almelo is lid van het samenwerkingsorgaan Twentse Poort. "
                            "Wethouder Anna Kuipers is lid van het algemeen bestuur.")
    found = facts(text)
    assert ("Anna Kuipers", "hasRole", "Twentse Poort", "lid") in found, found
    assert ("Almelo", "participatesIn", "Twentse Poort", None) in found, found


def test_the_network_board_where_the_paragraph_names_no_other_body():
    text = "Nieuws van de G40\n\nEva Smit (Ede) treedt toe tot het bestuur als lid."
    assert ("Eva Smit", "hasRole", "G40-bestuur", "lid") in facts(text)


def test_a_project_title_closed_by_its_town_is_no_person():
    text = ("## Toegekende projecten\n\n"
            "### 1. Transformatie Binnenstad Oost (Leiden)\n\n"
            "| Contactpersoon | Noor Jansen (gemeente Leiden) |\n\n"
            "### 2. Vitale Kern Noord (Zaanstad)\n\n"
            "Volgens Dekker (VNG) is de regeling een succes.\n")
    found = persons(text)
    assert "Binnenstad Oost" not in found and "Kern Noord" not in found, found
    assert "Noor Jansen" in found, found


def test_a_role_word_before_a_surname_and_its_town_is_a_person():
    assert persons("Wethouder Dekker (Zaanstad)\n") == ["Dekker"]


def test_a_steering_group_chaired_in_prose_is_a_body_of_its_own():
    # round 45b: "De stuurgroep wordt voorgezeten door …" named no body when no heading named it
    text = ("Deelname City Deal Sterke Kernen\n\nAan de deal doen Ede en Zwolle mee. De stuurgroep wordt "
            "voorgezeten door wethouder Anna Kuipers van Zwolle.\n")
    found = facts(text)
    assert ("Anna Kuipers", "hasRole", "stuurgroep", "voorzitter") in found, found


def test_a_steering_group_whose_owner_is_named_is_left_to_that_owner():
    text = ("Deelname City Deal Sterke Kernen\n\nEde treedt toe tot de stuurgroep van de City Deal Sterke Kernen. "
            "De stuurgroep wordt voorgezeten door wethouder Anna Kuipers van Zwolle.\n")
    found = facts(text)
    assert ("Anna Kuipers", "hasRole", "stuurgroep", "voorzitter") not in found, found
