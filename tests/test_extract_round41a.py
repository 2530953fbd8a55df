"""Round 41a: participation and collaboration, and the rules that were wrong on unseen text."""

from __future__ import annotations

from tests.extract_facts import facts


def _taking_part(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith")}


# --- "Ook A en B zijn partner": partners of what the passage is about, not of a programme named before it --

def test_partners_without_a_target_take_part_in_the_passages_programme():
    found = _taking_part("De City Deal Zon loopt sinds 2022. Ook Aedes en Platform31 zijn partner.")
    assert found == {("Aedes", "participatesIn", "City Deal Zon", None),
                     ("Platform31", "participatesIn", "City Deal Zon", None)}, found


def test_partners_after_a_body_named_since_the_programme_are_no_partners_of_the_programme():
    text = ("De City Deal Zon loopt sinds 2022.\n\nHet consortium Stichting Wijkkennis voert het onderzoek uit. "
            "Ook Aedes en Platform31 zijn partner.")
    assert not _taking_part(text), _taking_part(text)
    text = "De City Deal Zon loopt sinds 2022.\n\nDe Werkgroep Data verzamelt de cijfers. Verder zijn Aedes en Platform31 partner."
    assert not _taking_part(text), _taking_part(text)


def test_a_body_named_later_but_not_as_its_sentences_subject_leaves_the_programme():
    text = ("De City Deal Zon loopt sinds 2022. Drie ministeries nemen deel aan de Werkgroep Data. "
            "Ook Aedes en Platform31 zijn partner.")
    found = _taking_part(text)
    assert ("Aedes", "participatesIn", "City Deal Zon", None) in found, found
