"""Appointments in a decision: "Tot voorzitter wordt benoemd: X", "Tot leden worden benoemd:" and its items.

An instellingsbesluit (in the Staatscourant, of a college or of a board) sets up a body and appoints
its members in the fixed wording of Dutch decisions, the role fronted with "tot" or "als" and the
verb in the passive:

- "Tot voorzitter wordt benoemd: mr. A.F. de Wit." / "Tot secretaris wordt benoemd drs. T. Kok, werkzaam bij …":
  the person after the verb;
- "Tot leden worden benoemd:" / "Als adviserende leden, zonder stemrecht, worden benoemd:" and then one item
  per member ("a. drs. K. (Kees) van Dalen, wethouder van de gemeente Tilburg;", "- J. Smit, directeur …"):
  the person opening each item (what follows the comma is that person's own office, read by the rules
  of roles).

An aanwijzingsbesluit designates a town's representatives the same way: "Als vertegenwoordiger van Ede in de
pijler Sociaal wordt aangewezen: X", "Als haar plaatsvervanger wordt aangewezen: Y" (round 47a), and names earlier
ones: "… voor zover daarbij X werd aangewezen als vertegenwoordiger in de pijler Sociaal", "De aanwijzing van
wethouder X als vertegenwoordiger in de pijler Fysiek blijft ongewijzigd" (see :func:`find_designations`).

The role is held in the body the lead names (its first unit: "Tot voorzitter van de commissie wordt benoemd"), else
in the body the article names before it ("Artikel 3 Samenstelling / De regiegroep bestaat uit …"): the
last unit or programme named in the same section, else the one the document's title names
("Instellingsbesluit Adviescommissie X"). Without a section or a body named, nothing: an
appointment of nobody knows what is no fact.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Artikel 2 Samenstelling\\n1. De werkgroep Wonen bestaat uit een voorzitter en vier leden.\\n"
...         "2. Tot voorzitter wordt benoemd: mr. E. (Eva) de Wit.\\n3. Tot leden worden benoemd:\\n"
...         "a. J. (Jan) Kok, wethouder van de gemeente Ede;\\nb. drs. P. (Piet) Smit, directeur van Divosa.\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.label, r.role, r.object.label) for r in ex.relations if r.rule == APPOINTED_RULE)
[('Eva de Wit', 'voorzitter', 'Werkgroep Wonen'), ('Jan Kok', 'lid', 'Werkgroep Wonen'), ('Piet Smit', 'lid', 'Werkgroep Wonen')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date
from .lexicon import RoleWord
from .role_words import role_of, role_pattern

__all__ = ["find_appointments", "find_designations", "APPOINTED_RULE"]

APPOINTED_RULE = "appointments.benoemd"

#: the fronted role and the passive: "Tot (de) leden (van de commissie) worden benoemd:", "Als adviserende leden,
#: zonder stemrecht, worden benoemd:", "Tot secretaris wordt (met ingang van 1 mei 2023) benoemd"
_LEAD = re.compile(r"(?:\(?\d+[.)]\s+)?(?:Tot|Als)\s+(?P<role>(?:de\s+)?[^,:;.()]{1,80}?)(?:,[^,:;.()]{1,40},)?\s+"
                   r"(?:wordt|worden)\s+(?:(?:hierbij|tevens|met\s+ingang\s+van|per)\s+(?:[\w-]+\s+){0,4}?)?(?:benoemd|aangewezen)\b"
                   r"\s*(?P<colon>:)?\s*")
#: the roles of a town's representation in a body, which the lexicon's role words leave out (a "vertegenwoordiger"
#: elsewhere is anyone's): "vertegenwoordiger", "plaatsvervanger", "plaatsvervangend lid"
_REPRESENTATION = re.compile(r"\b(?:plaatsvervangend(?:e)?\s+(?:lid|leden|vertegenwoordigers?)|plaatsvervangers?|vertegenwoordigers?)\b",
                             re.IGNORECASE)
#: an item of the members listed after the lead: "a. ", "b) ", "1° ", "- ", "• "
_ITEM = re.compile(r"[ \t]*(?:[a-z][.)]|\d+[.)°]|[-•*–])[ \t]+")
#: the irregular plural of "lid", which the role words' plural endings do not make
_MEMBERS = re.compile(r"\bleden\b", re.IGNORECASE)
_BODIES = ("OrganisationalUnit", "Programme")


def find_appointments(ctx: DocContext) -> None:
    """Add the hasRole facts of the appointments a decision makes (see the module docstring)."""
    if "benoemd" not in ctx.text and "aangewezen" not in ctx.text and "anwijzing" not in ctx.text \
            and "aan te wijzen" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if not sentence.is_heading:
            find_designations(ctx, sentence)
        if ("benoemd" not in sentence.text and "aangewezen" not in sentence.text) or sentence.is_heading:
            continue
        lead = _LEAD.match(ctx.text, ctx.content_start(sentence), sentence.end)
        if lead is None:
            continue
        role = _role(lead.group("role"))
        if role is None or role.scope not in ("unit", "any"):
            continue  # "Tot wethouder wordt benoemd": an office of a town, the council's decision (roles' rules)
        body = _named_body(ctx, lead) or _section_body(ctx, sentence) or _title_body(ctx, sentence)
        if body is None:
            continue
        for person in _appointed(ctx, sentence, lead):
            ctx.add(person, "hasRole", body, ctx.sentence_at(person.start) or sentence, APPOINTED_RULE, 0.75,
                    role=role.label)


def _role(phrase: str) -> RoleWord | None:
    """The role the lead names: its last role word, and "leden" (the irregular plural) as "lid".

    >>> _role("adviserende leden").label, _role("plaatsvervangend voorzitter").label
    ('lid', 'plaatsvervangend voorzitter')
    >>> _role("vertegenwoordiger van Ede in de pijler").label, _role("haar plaatsvervanger").label, _role("plaatsvervangend lid").label
    ('vertegenwoordiger', 'plaatsvervanger', 'plaatsvervangend lid')
    """
    representation = _REPRESENTATION.search(phrase)
    if representation is not None:
        return _representation_role(representation.group(0))
    words = list(role_pattern().finditer(phrase))
    if words and not _MEMBERS.search(phrase, words[-1].end()):
        return role_of(words[-1].group(0))
    return role_of("lid") if _MEMBERS.search(phrase) else None


def _representation_role(surface: str) -> RoleWord:
    """The role a representation word names, in the singular: "plaatsvervangende leden" → "plaatsvervangend lid"."""
    low = " ".join(surface.lower().split())
    low = re.sub(r"^plaatsvervangende\b", "plaatsvervangend", low)
    low = re.sub(r"\bleden$", "lid", low)
    low = re.sub(r"(?<=vertegenwoordiger)s$|(?<=plaatsvervanger)s$", "", low)
    return RoleWord(low, low, "unit")


def _named_body(ctx: DocContext, lead: re.Match) -> Mention | None:
    """The body the lead names after its role, the first unit or programme ("Tot lid van de werkgroep X van de
    pijler Y", "Als vertegenwoordiger van Ede in de pijler Z van de G40"), else the last organisation."""
    named = [m for m in ctx.in_span(lead.start("role"), lead.end("role")) if m.type in _BODIES + ("Organisation",)]
    bodies = [m for m in named if m.type in _BODIES]
    return bodies[0] if bodies else (named[-1] if named else None)


def _section_body(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The last unit or programme the section names before the appointment ("De regiegroep bestaat uit …")."""
    if sentence.section_start is None:
        return None
    named = [m for m in ctx.in_span(sentence.section_start, sentence.start) if m.type in _BODIES]
    return named[-1] if named else None


def _title_body(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one unit or programme the document's title names ("Instellingsbesluit Adviescommissie X"), when
    the appointment is in a section of its own (a decision's article)."""
    if sentence.section_start is None or not ctx.sentences or ctx.sentences[0].start == sentence.section_start:
        return None
    named = {m.label: m for m in ctx.in_sentence(ctx.sentences[0]) if m.type in _BODIES}
    return next(iter(named.values())) if len(named) == 1 else None


def _appointed(ctx: DocContext, sentence: Sentence, lead: re.Match) -> list[Mention]:
    """The person after the verb, else (after a colon that closes the sentence) the one opening each
    item of the list that follows."""
    after = [m for m in ctx.in_span(lead.end(), sentence.end) if m.type == "Person"]
    if after:
        clause_end = _clause_end(ctx.text, lead.end(), sentence.end)
        return [after[0]] if after[0].start < clause_end else []
    if lead.group("colon") is None:
        return []
    found = []
    position = ctx.text.find("\n", lead.end() - 1)
    while position != -1 and position + 1 < len(ctx.text):
        line_start = position + 1
        line_end = ctx.text.find("\n", line_start)
        line_end = len(ctx.text) if line_end == -1 else line_end
        item = _ITEM.match(ctx.text, line_start, line_end)
        if item is None:
            break
        opening_end = _clause_end(ctx.text, item.end(), line_end)
        persons = [m for m in ctx.in_span(item.end(), opening_end) if m.type == "Person"]
        if persons:
            found.append(persons[0])
        position = line_end if line_end < len(ctx.text) else -1
    return found


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the name's clause ends: at the first comma, semicolon or the end (the person's own office follows)."""
    stops = [k for k in (text.find(",", start, end), text.find(";", start, end)) if k != -1]
    return min(stops) if stops else end


#: an earlier or standing designation: "(X) werd aangewezen als vertegenwoordiger in (de pijler Y)", "De aanwijzing van
#: (wethouder X) als vertegenwoordiger in (de pijler Y)"
#: also a decision's dictum in the infinitive: "(besluit:) 2. wethouder X aan te wijzen als vertegenwoordiger van Deventer
#: in de G40-pijler Y, met ingang van 8 oktober 2025" (walkthrough 39, finding 5)
_DESIGNATED_AS = re.compile(r"(?P<verb>\b(?:werd|wordt|is|was|zijn|waren|werden|worden)\s+(?:\w+\s+)?aangewezen|"
                            r"\baan\s+te\s+wijzen|\b[Aa]anwijzing\s+van)\b(?P<between>[^;:]{0,100}?)\s+als\s+(?P<role>" + _REPRESENTATION.pattern +
                            r")\s+(?:van\s+[\w-]+\s+)?(?:in|van|bij)\s+(?:de\s+|het\s+)?", re.IGNORECASE)


#: the line that opens a decision's dictum: "besluit:", "Het college besluit:", "De raad besluit:", "besluiten:"
_DICTUM = re.compile(r"^[ \t]*(?:(?:het\s+college|de\s+raad)\s+)?besluit(?:en)?\s*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
#: a negation in the item before its verb: "2. wethouder X niet aan te wijzen"
_NOT = re.compile(r"\b(?:niet|geen)\b", re.IGNORECASE)


def _decided_item(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether ``sentence`` is an item of a decision's dictum ("besluit:" over "2. wethouder X aan te wijzen als …"),
    not negated: an infinitive there is what the decision does (walkthrough 39, finding 5)."""
    start = ctx.text.rfind("\n", 0, sentence.start) + 1
    if _ITEM.match(ctx.text, start, sentence.end) is None or _NOT.search(ctx.text, start, sentence.end):
        return False
    dictum = None
    for dictum in _DICTUM.finditer(ctx.text, 0, start):
        pass
    return dictum is not None and "\n\n\n" not in ctx.text[dictum.end():start]


def find_designations(ctx: DocContext, sentence: Sentence) -> None:
    """"… voor zover daarbij de heer X werd aangewezen als vertegenwoordiger in de pijler Sociaal", "De aanwijzing
    van wethouder X als vertegenwoordiger in de pijler Fysiek blijft ongewijzigd": X holds that representation in the
    body named right after it (a unit or programme). The person is the one right before "werd aangewezen", or
    the one "De aanwijzing van" names.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "De aanwijzing van wethouder J. (Jan) Kok als vertegenwoordiger in de pijler Fysiek blijft ongewijzigd."
    >>> [(r.subject.text, r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == "appointments.aangewezen-als"]
    [('J. (Jan) Kok', 'vertegenwoordiger', 'pijler Fysiek')]
    """
    if "aangewezen" not in sentence.text and "anwijzing" not in sentence.text and "aan te wijzen" not in sentence.text:
        return
    for match in _DESIGNATED_AS.finditer(ctx.text, sentence.start, sentence.end):
        if match.group("verb").lower().startswith("aan te") and not _decided_item(ctx, sentence):
            continue  # "Het college stelt voor X aan te wijzen als …": a proposal, not the decision
        at = match.end()
        owner = next((m for m in ctx.in_span(at, sentence.end) if m.start == at and m.type not in _BODIES), None)
        if owner is not None and ctx.text[owner.end:owner.end + 1] == "-":
            at = owner.end + 1  # "in de G40-pijler Fysiek Domein": the pijler, its owner before it
        body = next((m for m in ctx.in_span(at, sentence.end) if m.start == at), None)
        if body is None or body.type not in _BODIES:
            continue
        if match.group("verb").lower().startswith("aanwijzing"):
            persons = [m for m in ctx.in_span(match.end("verb"), match.start("role")) if m.type == "Person"]
            person = persons[0] if len(persons) == 1 else None
        else:
            persons = [m for m in ctx.in_span(max(sentence.start, match.start() - 60), match.start()) if m.type == "Person"]
            person = persons[-1] if persons and not ctx.text[persons[-1].end:match.start()].strip(" ,") else None
        if person is not None:  # "werd aangewezen": a designation of before (one withdrawn, a term that ended)
            # "…, met ingang van 8 oktober 2025": a dictum's item dates the designation after its body
            since = change_date(ctx.text, body.end, sentence.end) if match.group("verb").lower().startswith("aan te") \
                else None
            ctx.add(person, "hasRole", body, sentence, "appointments.aangewezen-als", 0.75, since=since,
                    role=_representation_role(match.group("role")).label,
                    past=re.match(r"w(?:erd|as|erden|aren)\b", match.group("verb"), re.IGNORECASE) is not None)
