"""The chamber of a court's ruling: "Aldus vastgesteld door A, voorzitter, en B en C, leden, in tegenwoordigheid van D, griffier".

A Dutch administrative or civil court ends its ruling (uitspraak) with the chamber that decided it::

    Aldus vastgesteld door mr. A, voorzitter, en mr. B en mr. C, leden, in tegenwoordigheid van mr. D, griffier.

Each judge holds the role after their name in the court the ruling names as deciding (the "Afdeling
bestuursrechtspraak van de Raad van State", a "rechtbank", the "Centrale Raad van Beroep"): "leden" after two names
makes each of them "lid"; the griffier is the court's too, whatever town the ruling is about (a role the rules of
roles would give that town's griffier is dropped). The court is the last one the text names before the formula, its
division where it names one ("de Afdeling bestuursrechtspraak van de Raad van State").
(Round 57r.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De Afdeling bestuursrechtspraak van de Raad van State verklaart het beroep van Ede gegrond.\\n\\n"
...         "Aldus vastgesteld door mr. Henk Bos, voorzitter, en mr. Eva Kok en mr. Tom Wit, leden, "
...         "in tegenwoordigheid van mr. Anna Smit, griffier.\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole")
[('Anna Smit', 'Afdeling bestuursrechtspraak', 'griffier'), ('Eva Kok', 'Afdeling bestuursrechtspraak', 'lid'), ('Henk Bos', 'Afdeling bestuursrechtspraak', 'voorzitter'), ('Tom Wit', 'Afdeling bestuursrechtspraak', 'lid')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_ruling_chambers"]

#: the formula's opening: "Aldus vastgesteld door", "Aldus gedaan door", "Aldus beslist door"
_FORMULA = re.compile(r"\bAldus\s+(?:vastgesteld|gedaan|beslist|gewezen)\s+door\s+")
#: a court's name: the bodies that decide a ruling
_COURT = re.compile(r"\b(?:afdeling|rechtbank|hof|raad\s+van\s+state|centrale\s+raad|college\s+van\s+beroep|kamer)\b",
                    re.IGNORECASE)
#: the role after a name or a list of names: ", voorzitter", ", leden", ", griffier"
_ROLE_AFTER = re.compile(r",\s+(?P<role>voorzitter|lid|leden|griffier|rechter|raadsheer|raadsheren)\b", re.IGNORECASE)
#: between two names that share the role after the second: " en mr. ", ", mr. "
_AND = re.compile(r"\s*(?:,|\ben\b)\s*(?:mr\.\s*|dr\.\s*|prof\.\s*)*")
_SINGULAR = {"leden": "lid", "raadsheren": "raadsheer"}


def find_ruling_chambers(ctx: DocContext) -> None:
    """Add the roles of a ruling's chamber in its court (see the module)."""
    if "Aldus" not in ctx.text:
        return
    for formula in _FORMULA.finditer(ctx.text):
        sentence = ctx.sentence_at(formula.start())
        if sentence is None:
            continue
        courts = [m for m in ctx.mentions if m.end <= formula.start() and m.type in ("OrganisationalUnit", "Organisation")
                  and _COURT.search(m.text)]
        if not courts:
            continue
        # "De Afdeling bestuursrechtspraak van de Raad van State": the division decides, not the council it is of
        court = next((m for m in reversed(courts) if m.type == "OrganisationalUnit"), courts[-1])
        persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person" and m.start >= formula.end()]
        waiting = []
        chamber = set()
        for person in persons:
            waiting.append(person)
            role = _ROLE_AFTER.match(ctx.text, person.end, sentence.end)
            if role is None:
                if not _AND.match(ctx.text, person.end, sentence.end):
                    waiting = []
                continue
            label = _SINGULAR.get(role.group("role").lower(), role.group("role").lower())
            for holder in waiting if label in ("lid", "raadsheer") else waiting[-1:]:
                ctx.add(holder, "hasRole", court, sentence, "roles.ruling-chamber", 0.8, role=label)
                chamber.add(holder.label)
            waiting = []
        # the chamber's roles are the court's: not the town's griffier the rules of roles would make of "X, griffier"
        ctx.relations[:] = [r for r in ctx.relations if not (
            r.predicate == "hasRole" and r.subject.label in chamber and r.rule != "roles.ruling-chamber"
            and r.object.label != court.label and sentence.start <= r.evidence_start < sentence.end)]
