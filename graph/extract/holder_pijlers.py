"""The pijler of a themagroep, through the person told of both: "Wethouder X vertegenwoordigt Ede in de pijler
Economie en Werk. Sinds september 2023 is hij bovendien trekker van de themagroep MKB" — the themagroep X leads
right after the one pijler X sits in is one of that pijler's (round 58c).

A G40 themagroep belongs to a pijler, and a text about one person goes from the pijler they sit in to the
themagroep they lead in it ("In die rol stond hij aan de wieg van de Themagroep Y"). The themagroep is read as the
pijler's when

- the person holds a role in it, takes part in it or founded it (a fact of the sentence that names it);
- the same person holds a role in, or takes part in, exactly one pijler in the whole document, told in one of
  the two sentences before it (``DocContext.spans_back``; a pijler in the same sentence stands beside it:
  "voorzitter van de themagroep X, maar ook lid van de pijler Y");
- nothing in the document places the themagroep in a unit already (its name, its section, a "van de pijler").

A person in two pijlers says nothing of where the themagroep is, nor does a pijler told of after it.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Wethouder Eva Kok vertegenwoordigt Ede in de pijler Sociaal. "
...         "Sinds 2023 is zij bovendien trekker van de themagroep Armoede.")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "parts.holder-pijler"]
[('themagroep Armoede', 'pijler Sociaal')]
"""

from __future__ import annotations

from .context import DocContext

__all__ = ["find_holder_pijlers"]

#: the person's tie to the themagroep, and to the pijler
_TO_GROUP = frozenset({"hasRole", "participatesIn", "initiated"})
_TO_PIJLER = frozenset({"hasRole", "participatesIn"})


def _kind(mention, kind: str) -> bool:
    return mention.type == "OrganisationalUnit" and mention.kind == kind


def find_holder_pijlers(ctx: DocContext) -> None:
    """Add "themagroep partOf pijler" where one person's ties give it (see the module docstring)."""
    relations = list(ctx.relations)
    placed = {r.subject.label for r in relations if r.predicate == "partOf" and r.object.type == "OrganisationalUnit"}
    pijlers: dict[str, dict[str, list]] = {}  # person → pijler label → the relations that tie them
    for r in relations:
        if r.predicate in _TO_PIJLER and r.subject.type == "Person" and _kind(r.object, "pijler"):
            pijlers.setdefault(r.subject.label, {}).setdefault(r.object.label, []).append(r)
    for r in relations:
        if r.predicate not in _TO_GROUP or r.subject.type != "Person" or not _kind(r.object, "themagroep") \
                or r.object.label in placed:
            continue
        held = pijlers.get(r.subject.label, {})
        if len(held) != 1:
            continue
        sentence = ctx.sentence_at(r.evidence_start)
        if sentence is None:
            continue
        window = ctx.spans_back(sentence, sentence.end)
        ties = next(iter(held.values()))
        # (a sentence before the themagroep's: "… voorzitter van de themagroep X, maar ook lid van de pijler Y"
        # names the pijler beside it, not as the one it belongs to)
        tie = next((t for t in ties if t.evidence_start < sentence.start
                    and any(start <= t.evidence_start < end for start, end in window[1:])), None)
        if tie is None:
            continue
        ctx.add(r.object, "partOf", tie.object, sentence, "parts.holder-pijler", 0.6)
        placed.add(r.object.label)
