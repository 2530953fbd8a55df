"""A committee's members listed after "bestond uit", the committee named before by its kind word.

"Die was voorbereid door de vertrouwenscommissie onder voorzitterschap van X. … verder bestond de
commissie uit de raadsleden A, B en C": "de commissie" is the one unit named just before whose name
ends in that kind word (the vertrouwenscommissie), and each person the list names is a member of it
("lid"). The same with the subject first ("De werkgroep bestaat verder uit A en B") and with a
person who supports the body in a role ("Griffier X ondersteunde de commissie als adviseur": X's role
in it). A list of organisations is read by :mod:`graph.extract.consisting_members`. Rules
``units.listed-members`` and ``units.supporting-role``. A body named only as a programme's ("De stuurgroep van het
programma bestaat uit A (voorzitter), B en C") gives its members roles in the programme: "voorzitter stuurgroep",
"lid stuurgroep" (rule ``units.programme-body-members``, round 56o).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Het advies kwam van de rekenkamercommissie onder leiding van raadslid Eva Smit. "
...         "De commissie bestond verder uit de raadsleden Jan Bos en Kees Kok. "
...         "Secretaris Anna de Wit ondersteunde de commissie als adviseur.")
>>> sorted((r.subject.text, r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("units.listed") or r.rule.startswith("units.supporting"))
[('Anna de Wit', 'rekenkamercommissie', 'adviseur'), ('Jan Bos', 'rekenkamercommissie', 'lid'), ('Kees Kok', 'rekenkamercommissie', 'lid')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_committee_members"]

#: the kind words a body is named by when named again: "de commissie", "de werkgroep"
_KINDS = r"(?P<kind>commissie|werkgroep|stuurgroep|klankbordgroep|adviesgroep|begeleidingscommissie|jury|raad)"
#: "bestond de commissie (verder) uit", "De commissie bestaat (verder) uit"
_LISTED = re.compile(r"\b(?:(?:bestaat|bestond)\s+(?:de|het)\s+" + _KINDS + r"|(?:[Dd]e|[Hh]et)\s+" + _KINDS.replace("kind", "kind2")
                     + r"\s+(?:bestaat|bestond))\s+(?:verder\s+|voorts\s+|daarnaast\s+|ook\s+)?uit\s+")
#: "ondersteunde de commissie als adviseur", "ondersteunt de werkgroep als secretaris"
_SUPPORTING = re.compile(r"\b(?:ondersteunt|ondersteunde|ondersteunen|ondersteunden)\s+(?:de|het)\s+" + _KINDS
                         + r"\s+als\s+(?P<role>[\w-]+(?:\s+[\w-]+)?)")


def find_committee_members(ctx: DocContext) -> None:
    """Add the members and supporters of the bodies the sentences name by their kind word (see the module)."""
    for sentence in ctx.sentences:
        if "bestaat" in sentence.text or "bestond" in sentence.text or "ondersteun" in sentence.text:
            _members(ctx, sentence, ctx.in_sentence(sentence))


def _members(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    if "bestaat" in sentence.text or "bestond" in sentence.text:
        if " van " in sentence.text:
            _programme_body_members(ctx, sentence, mentions)
        for match in _LISTED.finditer(ctx.text, sentence.start, sentence.end):
            body = _named_before(ctx, sentence, match.start(), match.group("kind") or match.group("kind2"))
            end = ctx.text.find(";", match.end(), sentence.end)
            persons = [m for m in mentions if m.type == "Person" and match.end() <= m.start and m.end <= (
                end if end >= 0 else sentence.end)]
            if body is None or not persons or not ctx.asserted(sentence, match.start(), match.end()):
                continue
            for person in persons:
                ctx.add(person, "hasRole", body, sentence, "units.listed-members", 0.7, role="lid")
    if "ondersteun" in sentence.text:
        for match in _SUPPORTING.finditer(ctx.text, sentence.start, sentence.end):
            word = role_pattern().match(match.group("role"))
            role = role_of(word.group(0)) if word else None
            persons = [m for m in mentions if m.type == "Person" and m.end <= match.start()]
            body = _named_before(ctx, sentence, match.start(), match.group("kind"))
            if role is not None and body is not None and persons:
                ctx.add(persons[-1], "hasRole", body, sentence, "units.supporting-role", 0.7, role=role.label)


#: "De stuurgroep van (het programma) bestaat uit": a body the text names only as the programme's, then its members
_BODY_OF = re.compile(r"\b(?:[Dd]e|[Hh]et)\s+(?P<kind>stuurgroep|klankbordgroep|adviesgroep|kerngroep)\s+van\s+")
_CONSISTS = re.compile(r"\s+(?:bestaat|bestond)\s+(?:verder\s+|voorts\s+|nu\s+)?uit\s+")
#: a member's role in a bracket of its own: "X, gemeentesecretaris van Venlo (voorzitter)"
_BRACKETED_ROLE = re.compile(r"\((?P<role>[a-z][\w-]*)\)")


def _programme_body_members(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De stuurgroep van het programma bestaat uit A, gemeentesecretaris van Venlo (voorzitter), B en C": the body
    has no name of its own, so each person listed holds a role in the programme named after "van": "voorzitter
    stuurgroep" for the one whose bracket says "voorzitter", "lid stuurgroep" for the others (round 56o; a body
    named before is :func:`_members`')."""
    for match in _BODY_OF.finditer(ctx.text, sentence.start, sentence.end):
        programme = next((m for m in mentions if m.start == match.end()), None)
        verb = _CONSISTS.match(ctx.text, programme.end, sentence.end) if programme is not None \
            and programme.type == "Programme" else None
        if verb is None or not ctx.asserted(sentence, match.start(), verb.end()):
            continue
        end = ctx.text.find(";", verb.end(), sentence.end)
        end = sentence.end if end < 0 else end
        persons = [m for m in mentions if m.type == "Person" and verb.end() <= m.start and m.end <= end]
        kind = match.group("kind")
        for k, person in enumerate(persons):
            stop = persons[k + 1].start if k + 1 < len(persons) else end
            bracket = _BRACKETED_ROLE.search(ctx.text, person.end, stop)
            role = role_of(bracket.group("role")) if bracket else None
            label = f"{role.label} {kind}" if role is not None and role.scope.startswith("unit") else f"lid {kind}"
            ctx.add(person, "hasRole", programme, sentence, "units.programme-body-members", 0.7, role=label)


def _named_before(ctx: DocContext, sentence: Sentence, before: int, kind: str) -> Mention | None:
    """The one unit whose name ends in ``kind`` named in ``sentence`` before ``before``, else in the two
    sentences before it (None when none or two)."""
    spans = ctx.spans_back(sentence, before)
    for start, end in spans:
        found = [m for m in ctx.in_span(start, end) if m.type == "OrganisationalUnit" and m.label.lower().endswith(kind)
                 and m.label.lower() not in (kind, "de " + kind, "het " + kind)]  # a name, not the kind word again
        if found:
            return found[-1] if len({m.label for m in found}) == 1 else None
    return None
