"""Members of the Tweede Kamer in its own documents (round 49d, from heldout34's motie): "het lid X",
"de leden X en Y" and the indieners of a motie's status are members ("lid") of the Kamer, bare surnames
included; outside a Kamer document "het lid" says nothing of the Kamer. All people are invented.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer

MOTIE = """Tweede Kamer der Staten-Generaal

Nr. 12   MOTIE VAN HET LID VAN DER ZANDEN C.S.

De Kamer, gehoord de beraadslaging, constaterende dat de pijler Fysiek van de G40 samenwerkt met het IPO;

Indieners:      P.J. van der Zanden (CDA), eerste indiener
                R. Okafor-Kramer (D66)
Stemming:       11 november 2025 – aangenomen

Gerelateerd:
Nr. 14   Motie van het lid Hagedoorn over een fonds. Verworpen.
Nr. 15   Motie van de leden Okafor-Kramer en Van Wijk over een kennisteam.
"""


def members(text: str) -> set[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date="2025-11-12").relations
    return {(r.subject.text, r.object.text, r.role) for r in found if r.predicate == "hasRole"}


def test_indieners_and_named_members_are_members_of_the_kamer():
    kamer = "Tweede Kamer der Staten-Generaal"
    assert members(MOTIE) == {("P.J. van der Zanden", kamer, "lid"), ("R. Okafor-Kramer", kamer, "lid"),
                              ("Hagedoorn", kamer, "lid"), ("Okafor-Kramer", kamer, "lid"), ("Van Wijk", kamer, "lid")}


def test_het_lid_outside_a_kamer_document_is_no_kamer_member():
    text = "# Verslag pijler Fysiek\n\nHet lid Hagedoorn vraagt naar de planning.\n"
    found = extract("t", text, gazetteer=load_gazetteer(), date="2025-11-12").relations
    assert not [r for r in found if r.rule == "kamer.lid"]
