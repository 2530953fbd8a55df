"""Where a role is held when a body says it: a bare kind word ("de themagroep"), the board a neighbouring chair
was given, the body someone chairs, a secretariat, the unit on a role's line, the unit that owns a bullet
list, an unnamed body nearby. Helpers of :mod:`.roles`.
"""

from __future__ import annotations

import re

from .context import HOLDERS, DocContext
from .model import Mention, Sentence
from .role_places import _EMPLOYERS

__all__ = ["chaired_body", "held_role_unit", "predecessor_unit", "succeeds_pronoun", "secretariat_of", "_BARE_KIND", "_bare_kind_unit", "_BOARD",
           "_board_holder", "_BODY_OF", "_line_place", "_list_owner", "_listed_body", "_unnamed_body_near"]


#: a name glued to a body it has: "VNG-commissie", "G40-werkgroep", "IPO-delegatie"
_BODY_OF = re.compile(r"-(?:commissie|werkgroep|delegatie|adviescommissie|stuurgroep)\b")


#: a bare kind word right after a unit role in a bracket: "(secretaris themagroep, …)", "(secretaris taskforce)"
_BARE_KIND = re.compile(r"\s+(?:van\s+(?:de|het|deze|dit)\s+)?(themagroep|taskforce|stuurgroep|werkgroep|kernteam|pijler|"
                        r"kerngroep)(?:\s*[,;.)]|\s+en\s|\s+namens\s|\s*$)", re.IGNORECASE)


def _bare_kind_unit(ctx: DocContext, end: int, sentence: Sentence) -> Mention | None:
    """The unit a bare kind word after a role names: the one of that kind in the document's title,
    else the only one of that kind named before."""
    bare = _BARE_KIND.match(ctx.text, end, sentence.end)
    if bare is None:
        return None
    kind = bare.group(1).lower()
    title = ctx.sentences[0] if ctx.sentences else None
    named = [m for m in ctx.in_sentence(title) if m.type == "OrganisationalUnit" and m.kind == kind] if title else []
    if named:
        return named[0]
    if title is not None and re.search(rf"\b{kind}\s+(?:G40[-\s])?$", ctx.text[title.start:_first_unit_start(ctx, title)],
                                       re.IGNORECASE):
        # "Verslag bestuurlijke kerngroep G40-pijler X" over "Y is lid van de kerngroep": the pijler's kerngroep (48g)
        return next(m for m in ctx.in_sentence(title) if m.type == "OrganisationalUnit")
    before = {m.label: m for m in ctx.mentions if m.end <= end and m.type == "OrganisationalUnit" and m.kind == kind}
    return next(iter(before.values())) if len(before) == 1 else None


def _first_unit_start(ctx: DocContext, title: Sentence) -> int:
    """Where the first unit the title names starts (its start when it names none: nothing before it matches)."""
    return next((m.start for m in ctx.in_sentence(title) if m.type == "OrganisationalUnit"), title.start)


#: the roles of one board: a bare one is of the holder its neighbour was just given
_BOARD = frozenset({"voorzitter", "vicevoorzitter"})


def _board_holder(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The holder of the chair or vice-chair named in one of the two sentences before ``sentence`` (same
    section): "X is gekozen tot voorzitter van de G40. Nieuwe vicevoorzitter is Y" (Y's is the G40's)."""
    previous = ctx.previous_sentence(sentence)
    earlier = [previous] if previous is not None else []
    if previous is not None and ctx.previous_sentence(previous) is not None:
        earlier.append(ctx.previous_sentence(previous))
    for before in earlier:
        if before.section_start != sentence.section_start:
            break
        for r in reversed(ctx.relations):
            if r.predicate == "hasRole" and r.role in _BOARD and r.evidence_start == before.start \
                    and r.object.type in ("Organisation", "OrganisationalUnit") and before.start <= r.object.start < before.end:
                return r.object
        if any(m.type == "OrganisationalUnit" for m in ctx.in_sentence(before)):
            break  # "Pijler Y – voorzitter: Z. W is vicevoorzitter": the unit named just before, not an older board
    return None


def chaired_body(ctx: DocContext, at: int) -> Mention | None:
    """The one unit or organisation whose chair the text named before offset ``at``: a vice-chair with
    no body of its own is that chair's deputy ("Vandaag ben ik benoemd tot voorzitter van de Pijler X. …
    Vicevoorzitter wordt wethouder Y": the pijler's). None when chairs of two bodies were named.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok is voorzitter van de Pijler Sociaal. Het werk begint. Vicevoorzitter wordt Jan Bos."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.role == "vicevoorzitter"]
    [('Jan Bos', 'Pijler Sociaal')]
    """
    chaired = {r.object.label: r.object for r in ctx.relations if r.predicate == "hasRole" and r.role in _CHAIRS
               and r.object.type in ("Organisation", "OrganisationalUnit") and r.evidence_start < at}
    return next(iter(chaired.values())) if len(chaired) == 1 else None


#: "Het secretariaat van (de stuurgroep) (wordt gevoerd door / ligt bij / is belegd bij) (Platform31)"
_SECRETARIAT_OF = re.compile(r"\b[Hh]et\s+secretariaat\s+van\s+")


_KEPT_BY = re.compile(r"\s+(?:wordt|werd|is|ligt|lag)\s+(?:\w+\s+){0,2}?(?:gevoerd\s+door|belegd\s+bij|bij|in\s+handen\s+van)\s+"
                      r"(?:de\s+|het\s+)?")


def secretariat_of(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The body whose secretariat the sentence before names, for a bare "Secretaris is X" after it:
    "Het secretariaat van de stuurgroep wordt gevoerd door Platform31. Secretaris is Yvette Brinkhorst"
    (the stuurgroep's secretaris; she works at the organisation that keeps the secretariat).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Het secretariaat van de Taskforce Wonen wordt gevoerd door de VNG. Secretaris is Eva Kok."
    >>> sorted((r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('affiliatedWith', 'VNG'), ('hasRole', 'Taskforce Wonen')]
    """
    previous = ctx.previous_sentence(sentence)
    cue = _SECRETARIAT_OF.search(ctx.text, previous.start, previous.end) if previous is not None else None
    if cue is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    named = ctx.in_span(cue.end(), previous.end)
    # (right after "van", or after its article: a reference "de stuurgroep" holds it, a name does not)
    body = next((m for m in named if m.start - cue.end() <= 4 and m.type in ("OrganisationalUnit", "Programme")), None)
    if body is None:
        return None
    kept = _KEPT_BY.match(ctx.text, body.end, previous.end)
    keeper = next((m for m in named if kept and m.start == kept.end() and m.type in _EMPLOYERS), None)
    if keeper is not None:
        ctx.add(person, "affiliatedWith", keeper, sentence, "roles.secretariat-keeper", 0.7)
    return body


#: the roles whose deputy a vicevoorzitter is
_CHAIRS = frozenset({"voorzitter", "pijlervoorzitter"})


#: what joins a line's opening place to the person it lists: "Enschede – Anouk Veldkamp", "Gouda: …"
_LINE_GLUE = re.compile(r"\s*[–—:|-]\s*")


def _line_place(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The municipality that opens a bullet item or a line, right before the person it lists, in the
    layout "Place – Name, wethouder Portefeuille": the place is where the person holds the role.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Leden:\\n\\n- Gouda – Eva de Wit, wethouder Werk\\n", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.role, r.object.text) for r in ex.relations if r.predicate == "hasRole"]
    [('Eva de Wit', 'wethouder', 'Gouda')]
    """
    if sentence.bullet_list is None and not sentence.item_start and "\n" not in ctx.text[sentence.start:person.start]:
        return None
    start = sentence.start  # (not content_start: "Gouda – " would read as a dateline)
    before = [m for m in ctx.in_span(start, person.start) if m.end <= person.start]
    if len(before) != 1 or before[0].type != "Municipality" or ctx.text[start:before[0].start].strip():
        return None
    return before[0] if _LINE_GLUE.fullmatch(ctx.text, before[0].end, person.start) else None


def held_role_unit(ctx: DocContext, persons: list[Mention], label: str) -> Mention | None:
    """The unit or programme at which the document already gave one of ``persons`` the role ``label``
    (by full name, or by the surname a later mention repeats): a bare "als trekker" in "Kreijen volgde
    begin dit jaar Loonstra op als trekker" is the trekkerschap of the themagroep the document named
    Kreijen trekker of, not of the agenda named last."""
    for person in persons:
        for relation in ctx.relations:
            holder = relation.subject.label
            if relation.predicate == "hasRole" and relation.role == label and relation.object.type in HOLDERS \
                    and (holder == person.label or holder.endswith(" " + person.label)):
                return relation.object
    return None


#: the one succeeded is a pronoun, before "als <rol>": "(Z) hem per 1 april opvolgt (als trekker)", "(Z) volgt haar op"
_SUCCEEDS_PRONOUN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:volgt|volgde)\s+)?(?:hem|haar)\b[^.;:]{0,40}?"
                               r"\b(?:opvolgt|opvolgde|op)\s+(?:als\s+)?")


def succeeds_pronoun(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a successor and the role word, says the successor succeeds a pronoun.

    >>> succeeds_pronoun(" (Tilburg) hem per 1 april opvolgt als ", 0, 39), succeeds_pronoun(" volgt haar op als ", 0, 19)
    (True, True)
    >>> succeeds_pronoun(" treedt aan als ", 0, 16)
    False
    """
    return _SUCCEEDS_PRONOUN.fullmatch(text, start, end) is not None


def predecessor_unit(ctx: DocContext, sentence: Sentence, person: Mention, label: str) -> Mention | None:
    """Where the person named last before ``sentence`` with the role ``label`` (not ``person``) held it: the
    one a pronoun of succession stands for ("X treedt terug als trekker van de themagroep Y. … dat Z hem
    opvolgt als trekker": Y)."""
    held = [r for r in ctx.relations if r.predicate == "hasRole" and r.role == label and r.subject.type == "Person"
            and r.subject.label != person.label and r.evidence_end <= sentence.start and r.object.type in HOLDERS]
    return max(held, key=lambda r: r.evidence_end).object if held else None


#: a body named only by its kind after a preposition: "tot het bestuur", "in het college", "van de raad"
_UNNAMED_BODY = re.compile(r"\b(?:tot|in|van|bij|uit)\s+(?:het|de)\s+(?:dagelijks\s+|algemeen\s+)?"
                           r"(?:bestuur|college|raad|gemeenteraad|commissie|directie|raad\s+van\s+toezicht)\b",
                           re.IGNORECASE)


def _unnamed_body_near(ctx: DocContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the span from the person to just after the role word names a body only by its kind
    (no entity there): the role is held in that body, not in the unit of the passage."""
    window_end = min(sentence.end, end + 30)
    for match in _UNNAMED_BODY.finditer(ctx.text, max(sentence.start, start), window_end):
        if not any(m.start <= match.end() - 1 < m.end for m in ctx.in_sentence(sentence)):
            return True
    return False


def _list_owner(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The unit a bullet list belongs to (the subject of the sentence that introduces it)."""
    if sentence.bullet_list is None:
        return None
    first = next(s for s in ctx.sentences if s.bullet_list == sentence.bullet_list)
    intro = ctx.previous_sentence(first)
    if intro is None:
        return None
    units = [m for m in ctx.in_sentence(intro) if m.type == "OrganisationalUnit"]
    return units[0] if units else None


#: a board named only by its kind as what a list enumerates: "Het bestuur bestaat uit …", "lid van het bestuur"
_BOARD_BY_KIND = re.compile(r"\b(?:het|ons)\s+(?:dagelijks\s+|algemeen\s+)?bestuur\b", re.IGNORECASE)


def _listed_body(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The body a bullet list enumerates: the unit its introduction names (:func:`_list_owner`), else,
    when the introduction or the sentence before it names a board only by its kind ("Het bestuur
    bestaat uit …"), the one organisation the document's title names; None otherwise (a body named
    far earlier is not what the list is of).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Over de VNG\\n\\nHet bestuur bestaat uit:\\n\\n- Eva Smit, burgemeester van Ede – voorzitter\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.role == "voorzitter"]
    [('Eva Smit', 'VNG')]

    (The network's own board is a unit of its own, see :mod:`graph.extract.boards`.)
    """
    owner = _list_owner(ctx, sentence)
    if owner is not None or sentence.bullet_list is None:
        return owner
    first = next(s for s in ctx.sentences if s.bullet_list == sentence.bullet_list)
    intro = ctx.previous_sentence(first)
    earlier = ctx.previous_sentence(intro) if intro is not None else None
    if not any(s is not None and s.section_start == first.section_start and _BOARD_BY_KIND.search(s.text)
               for s in (intro, earlier)):
        return None
    title = ctx.sentences[0]
    named = [m for m in ctx.in_sentence(title) if m.type == "Organisation"]
    return named[0] if named and len({m.label for m in named}) == 1 else None
