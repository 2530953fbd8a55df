"""A memo on one programme: "Dat programma … wordt geleid door X en wordt uitgevoerd samen met Y" (the
demonstrative points back; the leader's list ends at the next verb), and "- Deelnemende steden in de pilotfase:
A, B" under a heading that names nothing (the one programme named before)."""

from __future__ import annotations

import pytest


def facts(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.label, r.predicate, r.object.label)
                  for r in extract("d", text, gazetteer=load_gazetteer()).relations)


def test_dat_programma_points_back_and_the_leaders_list_ends_at_the_next_verb():
    text = ("Het gaat om het Programma Stille Pleinen. Dat programma is in 2024 gestart, wordt geleid door het ministerie "
            "van VRO en wordt uitgevoerd samen met de G40.")
    found = facts(text)
    led = [f for f in found if f[1] == "ledBy"]
    assert led == [("Programma Stille Pleinen", "ledBy", "VRO")], found


MEMO = "Nota\n\nHet Programma Stille Pleinen is in 2024 gestart.\n\nAchtergrond\n- {field}\n"


def test_towns_taking_part_in_a_phase_of_the_one_programme_named_before():
    found = facts(MEMO.format(field="Deelnemende steden in de pilotfase: Tilburg, Zwolle en Venlo."))
    assert [(s, o) for s, p, o in found if p == "participatesIn"] == [
        ("Tilburg", "Programma Stille Pleinen"), ("Venlo", "Programma Stille Pleinen"),
        ("Zwolle", "Programma Stille Pleinen")], found


@pytest.mark.parametrize("field", [
    "Deelnemende steden in de pilotfase: Tilburg, Zwolle en de VNG.",  # not towns only
    "Betrokken partijen: Tilburg en Zwolle.",  # not a label of towns taking part
    "Deelnemende steden in de gemeenteraad: Tilburg en Zwolle.",  # no phase
], ids=["not-towns-only", "other-label", "no-phase"])
def test_no_subjectless_field_other_than_towns_taking_part(field):
    found = facts(MEMO.format(field=field))
    assert [f for f in found if f[1] == "participatesIn"] == [], found


def test_two_programmes_named_before_leave_the_field_without_subject():
    text = ("Nota\n\nHet Programma Stille Pleinen en het Programma Groene Daken zijn gestart.\n\nAchtergrond\n"
            "- Deelnemende steden: Tilburg en Zwolle.\n")
    assert [f for f in facts(text) if f[1] == "participatesIn"] == [], facts(text)
