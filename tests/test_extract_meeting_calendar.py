"""A pijler's meeting calendar: each row's body is the one its "Overleg" column names after the date
("Bestuurlijk overleg pijler X": the pijler itself), its chair holds the chair of that body, the
ministries present and the organisations of a remark "met X" work with it, and a cancelled row or an
event's row states no collaboration (round 48d, heldout33's jaarplanning). The chair column of a cancelled
row still names who chairs the body (the table's role column, as for any row)."""

from __future__ import annotations

CALENDAR = ("# Jaarplanning 2026 – G40 Pijler Sociaal\n\n"
            "| Datum | Overleg | Voorzitter | Ministerie aanwezig | Opmerkingen |\n|---|---|---|---|---|\n"
            "| 3 feb | Bestuurlijk overleg pijler Sociaal | Hanneke Zwartjes | SZW, BZK | |\n"
            "| 17 feb | Themagroep Schulden | Orhan Demirci | SZW | met Divosa |\n"
            "| 3 mrt | Themagroep Jeugd | Wendelien Koops | VWS | **vervalt** |\n"
            "| 9 apr | Werkbezoek minister SZW | – | SZW | |\n")


def facts(text: str) -> list[tuple]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.predicate, r.object.label, r.role)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-01-12").relations
                  if r.rule in ("tables.calendar-present", "tables.role-column"))


def test_each_rows_body_has_its_chair_and_works_with_the_ministries_present():
    assert facts(CALENDAR) == [
        ("Bestuurlijk overleg pijler Sociaal", "collaboratesWith", "BZK", None),
        ("Bestuurlijk overleg pijler Sociaal", "collaboratesWith", "SZW", None),
        ("Hanneke Zwartjes", "hasRole", "Pijler Sociaal", "voorzitter"),
        ("Orhan Demirci", "hasRole", "Themagroep Schulden", "voorzitter"),
        ("Themagroep Schulden", "collaboratesWith", "Divosa", None),
        ("Themagroep Schulden", "collaboratesWith", "SZW", None),
        ("Wendelien Koops", "hasRole", "Themagroep Jeugd", "voorzitter")], facts(CALENDAR)


def test_a_calendar_without_a_column_of_those_present_has_no_collaborations():
    text = CALENDAR.replace("Ministerie aanwezig", "Locatie")
    assert [f for f in facts(text) if f[1] == "collaboratesWith"] == []
