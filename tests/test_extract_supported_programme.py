""""Het programma X wordt ondersteund door het ministerie van EZ (tot juli 2024: EZK) en Platform31": the
actors listed after "ondersteund door" take part in the programme opening the sentence, the former name in
the bracket is no actor and its date no time of the fact. A person supporting, a unit supported and a
sentence that opens with something else state nothing."""

from __future__ import annotations

import pytest


def supported(text: str) -> list[tuple[str, str, str | None]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.label, r.valid_until)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-09-15").relations
                  if r.rule == "relations.ondersteund-door")


def test_the_supporters_after_door_take_part_and_a_former_name_is_neither_actor_nor_time():
    text = ("Het programma Stille Wijken is in 2022 gestart. Het programma wordt ondersteund door het ministerie van "
            "Economische Zaken (tot juli 2024: EZK) en Platform31.")
    found = supported(text)
    assert found == [("Economische Zaken", "Stille Wijken", None),
                     ("Platform31", "Stille Wijken", None)], found


@pytest.mark.parametrize("text", [
    "Het programma Stille Wijken wordt ondersteund door Eva Smit van Platform31.",  # a person
    "De themagroep Wonen wordt ondersteund door Platform31.",  # a unit, not a programme
    "Voor het programma Stille Wijken wordt Ede ondersteund door Platform31.",  # the town is supported
], ids=["person", "unit", "other-subject"])
def test_no_participation_from_a_person_a_unit_or_another_subject(text):
    assert supported(text) == [], supported(text)
