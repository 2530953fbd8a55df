"""partOf: which unit belongs to which unit or organisation.

- a list that a sentence announces: "De pijler werkt met drie themagroepen:" + bullets, or "…: X, Y en Z";
  a count, then the units named in the paragraph: "De pijler kent drie themagroepen. De themagroep X …"
  (:mod:`.announced_parts`);
- a unit right after another or after an organisation: "themagroep X van de pijler Y", "VNG taskforce";
  a pijler and the network it belongs to (``unit_kinds.csv`` default_parent) (:mod:`.unit_parents`);
- a clause that puts a unit under another: "X, die onderdeel is van de pijler Y", "X, een van de
  taskforces binnen de pijler Y", "X … maakt (sindsdien) deel uit van (die) pijler", "X valt onder Y",
  "X wordt ondergebracht bij Y" (the unit is the clause's subject; a denial states nothing)
  (:mod:`.part_clauses`);
- here: a programme's own bodies ("De City Deal wordt bestuurd door een stuurgroep", "de stuurgroep City
  Deal X"), "de themagroep X
  van onze pijler", a standing committee of a chamber, and the pijler a subtitle names.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De werkgroep Schulden valt onder de themagroep Armoede.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('werkgroep Schulden', 'partOf', 'themagroep Armoede')]
"""

from __future__ import annotations

import re

from .announced_parts import counted_then_led, counted_then_named, list_parts, sibling_parts
from .boards import find_board_parts
from .chapters import find_chapter_parts
from .context import DocContext
from .housed_bureaus import find_housed_bureaus
from .model import Mention
from .part_clauses import as_part_of, clause_parts, consists_of, fronted_parts, has_within_pillar, set_up_within
from .unit_parents import default_parents
from .voice import we_actor

__all__ = ["find_parts", "named_programme"]


def find_parts(ctx: DocContext) -> None:
    """Add the partOf relations of the document to ``ctx``."""
    list_parts(ctx)
    sibling_parts(ctx)
    counted_then_named(ctx)
    counted_then_led(ctx)
    default_parents(ctx)
    _subtitle_parent(ctx)
    find_chapter_parts(ctx)  # "3. Pijler Fysiek" … "Wonen" / "De themagroep Wonen …"
    _programme_bodies(ctx)
    _unnamed_programme_bodies(ctx)
    _bodies_named_after_programmes(ctx)  # "Stuurgroep City Deal X": the deal's own steering group
    _of_our_unit(ctx)
    _standing_committees(ctx)
    find_board_parts(ctx)  # "lid van het bestuur": the board is part of the network
    find_housed_bureaus(ctx)  # "Het programmabureau is ondergebracht bij de gemeente X": the programme's
    for sentence in ctx.sentences:
        if "onderdeel van" in sentence.text:
            as_part_of(ctx, sentence)  # "X is in 2021 opgezet als onderdeel van de Y"
        if any(m.type == "OrganisationalUnit" for m in ctx.in_sentence(sentence)):
            clause_parts(ctx, sentence)  # no unit, no child: no scan
            fronted_parts(ctx, sentence)
            if "besta" in sentence.text or "besto" in sentence.text:
                consists_of(ctx, sentence)  # "bestaat/bestaan/bestond uit": no cue, no scan
            set_up_within(ctx, sentence)
            if "binnen" in sentence.text:
                has_within_pillar(ctx, sentence)  # "De G40 kent binnen de Pijler X een Themagroep Y"


#: a body's owner right after it: "(de stuurgroep) van de (City Deal X)"
_OWNER_AFTER = re.compile(r"\s+van\s+(?:de|het)\s+")


def _programme_bodies(ctx: DocContext) -> None:
    """"de stuurgroep" of the programme the document's title names (see
    :func:`graph.extract.references.find_references`) is part of that programme, once, where a
    sentence about the programme introduces it ("De City Deal wordt bestuurd door een stuurgroep")."""
    bodies = [m for m in ctx.mentions if m.rule == "references.programme-body"]
    if not bodies:
        return
    owner_label = bodies[0].label.split(" ", 1)[1]
    for body in bodies:  # "de stuurgroep van de City Deal (X)": the body and its owner, named together
        of = _OWNER_AFTER.match(ctx.text, body.end)
        article = of.end() - len(of.group().split()[-1]) - 1 if of else 0  # "de City Deal": a reference holds its article
        owner = next((m for m in ctx.in_span(article, of.end() + 80) if m.start in (article, of.end())), None) if of else None
        if owner is not None and owner.type == "Programme" and owner.label.endswith(owner_label):
            ctx.add(body, "partOf", owner, ctx.sentence_at(body.start), "parts.programme-body-of", 0.7)
            break
    introduced = re.compile(r"\b(?:een|eigen)\s+(?:\w+\s+)?" + re.escape(bodies[0].kind or "") + r"\b")
    for sentence in ctx.sentences:
        owner = next((m for m in ctx.in_sentence(sentence) if m.type == "Programme" and m.label.endswith(owner_label)), None)
        cue = introduced.search(ctx.text, owner.end, sentence.end) if owner is not None else None
        if cue is not None and ctx.asserted(sentence, cue.start(), cue.end()):
            # "De City Deal wordt bestuurd door een stuurgroep": the deal has one, and says so
            ctx.add(bodies[0], "partOf", owner, sentence, "parts.programme-body", 0.6)
            return


#: the bodies a programme has of its own ("een (bestuurlijke) stuurgroep", "een programmaraad")
#: (not a programme bureau or team: staff an organisation houses, "een programmabureau bij de provincie")
_OWN_BODIES = frozenset({"stuurgroep", "kernteam", "projectgroep", "kerngroep", "programmaraad",
                         "begeleidingscommissie", "klankbordgroep"})
_INDEFINITE = re.compile(r"\b(?:[Ee]en|[Ee]igen)\s+$")


def _unnamed_programme_bodies(ctx: DocContext) -> None:
    """"Een bestuurlijke stuurgroep houdt toezicht op de voortgang" on the page of a programme (its
    title names one programme): the body the page introduces without a name or owner is the
    programme's own. Not when the sentence names an owner ("een stuurgroep van de VNG") or another
    actor or unit.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_an_unnamed_body_on_a_programme_page_is_part_of_the_programme)
    """
    programme = ctx.title_programme
    if programme is None:
        return
    for unit in ctx.mentions:
        if unit.rule != "units.unnamed" or unit.kind not in _OWN_BODIES:
            continue
        sentence = ctx.sentence_at(unit.start)
        if sentence is None or not _INDEFINITE.search(ctx.text, max(sentence.start, unit.start - 8), unit.start) \
                or re.match(r"\s+(?:van|bij|namens)\s", ctx.text[unit.end:unit.end + 10]):
            continue
        others = [m for m in ctx.in_sentence(sentence) if m is not unit and m.type != "Person"
                  and not (m.type == "Programme" and m.label == programme.label)]
        if not others and ctx.asserted(sentence, unit.start, unit.end):
            ctx.add(unit, "partOf", programme, sentence, "parts.unnamed-programme-body", 0.6)


def _bodies_named_after_programmes(ctx: DocContext) -> None:
    """A programme's own body named after it ("Stuurgroep City Deal Energiearmoede", "Programmaraad Regio
    Deal Twente"): the name says whose body it is, so the body is part of the programme (once, where it is
    first named).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Verslag stuurgroep City Deal Slimme Wijk\\n\\nDe stuurgroep kwam bijeen.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
    [('stuurgroep City Deal Slimme Wijk', 'partOf', 'City Deal Slimme Wijk')]
    """
    if not any(m.type == "Programme" for m in ctx.mentions):
        return
    done = set()
    for unit in ctx.mentions:
        if unit.type != "OrganisationalUnit" or unit.label in done:
            continue
        programme = named_programme(ctx, unit)
        sentence = ctx.sentence_at(unit.start)
        if programme is not None and sentence is not None:
            done.add(unit.label)
            ctx.add(unit, "partOf", programme, sentence, "parts.body-named-after-programme", 0.7)


def named_programme(ctx: DocContext, unit: Mention, programmes: dict[str, Mention] | None = None) -> Mention | None:
    """The programme whose own body ``unit`` is by its name ("Stuurgroep City Deal X": the City Deal X
    named inside it, or, for "de stuurgroep" that stands for it, the one of ``programmes``, by label, its
    name ends in), else None."""
    name = re.match(r"\w+\s+", ctx.text[unit.start:unit.end])
    if unit.kind not in _OWN_BODIES and (name is None or name.group().strip().lower() not in _OWN_BODIES):
        return None  # "projectgroep" is of the kind werkgroep, and a programme's own body
    inside = next((m for m in ctx.in_span(unit.start, unit.end) if m.type == "Programme"
                   and m.start == unit.start + name.end() and m.end == unit.end), None) if name else None
    if inside is None and programmes and " " in unit.label:
        return programmes.get(unit.label.split(" ", 1)[1])  # "Stuurgroep City Deal X" for "de stuurgroep"
    return inside


#: "(de themagroep X) van onze pijler": the owner is the unit the writer speaks for
_OF_OUR = re.compile(r"\s+(?:van|binnen|in)\s+onze\s+(pijler|themagroep|taskforce|werkgroep|stuurgroep)\b", re.IGNORECASE)


def _of_our_unit(ctx: DocContext) -> None:
    """"In de themagroep X van onze pijler delen we …" in a piece signed by the chair of a pijler
    (:func:`graph.extract.voice.we_actor`): X is part of that pijler; nothing when "we" names no unit
    of that kind.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_the_we_of_a_piece_signed_by_a_unit_chair_is_that_unit)
    """
    if "onze" not in ctx.text:
        return
    for unit in ctx.mentions:
        match = _OF_OUR.match(ctx.text, unit.end) if unit.type == "OrganisationalUnit" else None
        if match is None:
            continue
        owner = we_actor(ctx)
        sentence = ctx.sentence_at(unit.start)
        if owner is not None and owner.type == "OrganisationalUnit" and (owner.kind or "").lower() == match.group(1).lower() \
                and sentence is not None:
            ctx.add(unit, "partOf", owner, sentence, "parts.van-onze", 0.65, stated_at=match.start())


#: the chambers of the States General, whose standing committees are "vaste commissies" (parlement.com)
_CHAMBERS = frozenset({"Tweede Kamer", "Eerste Kamer"})
_STANDING = re.compile(r"\bvaste\s+$", re.IGNORECASE)


def _standing_committees(ctx: DocContext) -> None:
    """"Namens de Tweede Kamer: (…) lid van de vaste commissie voor Sociale Zaken": a standing
    committee ("vaste commissie voor …") is part of the chamber its sentence names.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "De Tweede Kamer sprak in de vaste commissie voor Binnenlandse Zaken.", gazetteer=load_gazetteer())
    >>> [(r.subject.label, r.predicate, r.object.label) for r in ex.relations if r.rule == "parts.standing-committee"]
    [('Commissie voor Binnenlandse Zaken', 'partOf', 'Tweede Kamer')]
    """
    for m in ctx.mentions:
        if m.type != "OrganisationalUnit" or m.kind != "commissie" or not m.label.startswith("Commissie voor ") \
                or not _STANDING.search(ctx.text, max(0, m.start - 8), m.start):
            continue
        sentence = ctx.sentence_at(m.start)
        chambers = {c.label: c for c in ctx.in_sentence(sentence) if c.type == "Organisation" and c.key in _CHAMBERS} \
            if sentence is not None else {}
        if not chambers and sentence is not None and ctx.sentences:
            # a Kamerstuk's head names the chamber: "Tweede Kamer der Staten-Generaal" over "De vaste commissie …" (52d)
            chambers = {c.label: c for c in ctx.in_sentence(ctx.sentences[0])
                        if c.type == "Organisation" and c.key in _CHAMBERS}
        if len(chambers) == 1:
            ctx.add(m, "partOf", next(iter(chambers.values())), sentence, "parts.standing-committee", 0.7)


def _subtitle_parent(ctx: DocContext) -> None:
    """"Verslag Themagroep X" over "Pijler Y - G40 Stedennetwerk": the title's unit is part of the
    pijler its subtitle names (see :mod:`graph.extract.subtitles`)."""
    if ctx.subtitle_parent is not None:
        unit, parent, line = ctx.subtitle_parent
        ctx.add(unit, "partOf", parent, line, "parts.subtitle-parent", 0.7)
