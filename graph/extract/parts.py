"""partOf: which unit belongs to which unit or organisation.

- a list that a sentence announces: "De pijler werkt met drie themagroepen:" + bullets, or "…: X, Y en Z";
- a count, then the units named in the paragraph: "De pijler kent drie themagroepen. De themagroep X …";
- a unit right after another or after an organisation: "themagroep X van de pijler Y", "VNG taskforce";
- a clause that puts a unit under another: "X, die onderdeel is van de pijler Y", "X, een van de
  taskforces binnen de pijler Y", "X … maakt (sindsdien) deel uit van (die) pijler", "X valt onder Y",
  "X wordt ondergebracht bij Y" (the unit is the clause's subject; a denial states nothing);
- a pijler and the network it belongs to (``unit_kinds.csv`` default_parent).

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De werkgroep Schulden valt onder de themagroep Armoede.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('werkgroep Schulden', 'partOf', 'themagroep Armoede')]
"""

from __future__ import annotations

import bisect
import re

from .boards import find_board_parts
from .chapters import find_chapter_parts
from .directorates import only_ministry_before
from .context import ACTORS, DocContext
from .lexicon import load_lexicon
from .voice import we_actor
from .model import Mention, Sentence
from .subjects import coordinated
from .units import announcement, lead_in_units_of

__all__ = ["find_parts"]


def find_parts(ctx: DocContext) -> None:
    """Add the partOf relations of the document to ``ctx``."""
    _list_parts(ctx)
    _counted_then_named(ctx)
    _counted_then_led(ctx)
    _default_parents(ctx)
    _subtitle_parent(ctx)
    find_chapter_parts(ctx)  # "3. Pijler Fysiek" … "Wonen" / "De themagroep Wonen …"
    _programme_bodies(ctx)
    _unnamed_programme_bodies(ctx)
    _of_our_unit(ctx)
    _standing_committees(ctx)
    find_board_parts(ctx)  # "lid van het bestuur": the board is part of the network
    for sentence in ctx.sentences:
        if "onderdeel van" in sentence.text:
            _as_part_of(ctx, sentence)  # "X is in 2021 opgezet als onderdeel van de Y"
        if any(m.type == "OrganisationalUnit" for m in ctx.in_sentence(sentence)):
            _clause_parts(ctx, sentence)  # no unit, no child: no scan
            _fronted_parts(ctx, sentence)
            if "besta" in sentence.text or "besto" in sentence.text:
                _consists_of(ctx, sentence)  # "bestaat/bestaan/bestond uit": no cue, no scan
            _set_up_within(ctx, sentence)


#: "(opgezet/gestart/ingesteld) als (een) onderdeel van (de/het)", "is (een) onderdeel van (de/het)"
_AS_PART = re.compile(r"\b(?:(?:opgezet|gestart|ingesteld|opgericht|gelanceerd|ontwikkeld|uitgevoerd|bedoeld)\s+als|"
                      # the copula: "Het lab is (een) onderdeel van de City Deal Kennis Maken"
                      r"is|was|blijft|wordt)\s+(?:een\s+|het\s+)?(?:(?:vast|belangrijk)e?\s+)?onderdeel\s+van\s+(?:de\s+|het\s+)?")


def _as_part_of(ctx: DocContext, sentence: Sentence) -> None:
    """"De Impulsaanpak X is in 2021 door EZK opgezet als onderdeel van de Retailagenda", "Het lab is
    onderdeel van de City Deal X": the programme or unit the sentence opens with is part of the programme
    or unit named right after the cue.

    Examples
    --------
    (see tests/test_extract_round28c.py::test_a_programme_set_up_as_part_of_another_is_part_of_it)
    """
    for cue in ctx.asserted_cues(_AS_PART, sentence):
        parent = next((m for m in ctx.in_span(cue.end(), sentence.end) if m.start == cue.end()), None)
        opening = [m for m in ctx.in_span(sentence.start, cue.start()) if m.type in ("Programme", "OrganisationalUnit")]
        if parent is None or parent.type not in ("Programme", "OrganisationalUnit") or not opening:
            continue
        child = opening[0]
        if child.start - ctx.content_start(sentence) <= 4 and child.label != parent.label:
            ctx.add(child, "partOf", parent, sentence, "parts.als-onderdeel-van", 0.7)


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
        if len(chambers) == 1:
            ctx.add(m, "partOf", next(iter(chambers.values())), sentence, "parts.standing-committee", 0.7)


#: the parent put first: "Onder de pijler vallen de Themagroep Wonen en de Themagroep Mobiliteit"
_FRONTED = re.compile(r"\s+(?:vallen|valt|vielen|viel)\s+(?:(?:nu|sinds\s+\S+|ook)\s+)?", re.IGNORECASE)


def _fronted_parts(ctx: DocContext, sentence: Sentence) -> None:
    """"Onder de pijler vallen de Themagroep A en de Themagroep B": the units listed after the verb
    are part of the unit after "Onder"."""
    opening = re.match(r"\s*Onder\s+((?:de\s+|het\s+|deze\s+)?)", ctx.text[sentence.start:sentence.end])
    if opening is None:
        return
    starts = (sentence.start + opening.start(1), sentence.start + opening.end())  # "de pijler" or "pijler"
    parent = next((m for m in ctx.in_span(starts[0], sentence.end) if m.start in starts), None)
    verb = _FRONTED.match(ctx.text, parent.end) if parent is not None and parent.type in _PARENTS else None
    if verb is None or not ctx.asserted(sentence, sentence.start, verb.end()):
        return
    for child in ctx.list_after(verb.end(), sentence.end, types={"OrganisationalUnit"}):
        if child.label != parent.label:
            ctx.add(child, "partOf", parent, sentence, "relations.fronted-part", 0.7)


#: a unit made up of units: "De pijler Sociaal bestaat uit de themagroep A en de themagroep B"
_CONSISTS_OF = re.compile(r"\s+(?:bestaat|bestaan|bestond|bestonden)\s+(?:(?:nu|sinds\s+\S+|onder\s+meer|onder\s+andere|"
                          r"uit\s+drie|inmiddels)\s+)?uit\s+(?:(?:onder\s+(?:meer|andere)|drie|vier|vijf|zes|twee)\s+)?",
                          re.IGNORECASE)


def _consists_of(ctx: DocContext, sentence: Sentence) -> None:
    """"De pijler Sociaal bestaat uit de themagroep A en de themagroep B": the units listed right after
    "bestaat uit" are part of the unit that is the clause's subject (members that are actors or
    persons are not: see :mod:`graph.extract.lists`)."""
    parent = ctx.subject(sentence, sentence.end, types=_PARENTS)
    verb = _CONSISTS_OF.match(ctx.text, parent.end, sentence.end) if parent is not None else None
    if verb is None or parent.type != "OrganisationalUnit" or not ctx.asserted(sentence, verb.start(), verb.end()):
        return
    listed = ctx.list_after(verb.end(), sentence.end, types={"OrganisationalUnit"} | ACTORS)
    if not listed or listed[0].start - verb.end() > 12 or any(m.type != "OrganisationalUnit" for m in listed):
        return  # only units: "De stuurgroep bestaat uit de pijler X en Breda" mixes members of other kinds
    for child in listed:
        if child.label != parent.label:
            ctx.add(child, "partOf", parent, sentence, "relations.bestaat-uit", 0.7)


#: "Binnen de Pijler Fysiek (van de G40) is een nieuwe themagroep opgericht: de themagroep X"
_WITHIN = re.compile(r"\s*(?:Binnen|In)\s+((?:de\s+|het\s+)?)")
_SET_UP = re.compile(r"[^.;:]{0,60}?\b(?:is|wordt|werd|zijn|worden|werden)\s+(?:[^.;:]{0,60}?\s)?"
                     r"(?:opgericht|ingesteld|gevormd|opgezet|gestart|in\s+het\s+leven\s+geroepen)\b")


def _set_up_within(ctx: DocContext, sentence: Sentence) -> None:
    """"Binnen de Pijler Fysiek is een nieuwe themagroep opgericht: de themagroep X", "In de pijler is de
    werkgroep Y ingesteld": the unit set up is part of the unit after "Binnen"/"In"."""
    opening = _WITHIN.match(ctx.text, sentence.start, sentence.end)
    if opening is None:
        return
    parent = next((m for m in ctx.in_span(opening.start(1), sentence.end) if m.start in (opening.start(1), opening.end())),
                  None)
    if parent is None or parent.type != "OrganisationalUnit":
        return
    owner = re.match(r"\s+van\s+(?:de|het)\s+", ctx.text[parent.end:sentence.end])
    after = parent.end
    if owner:  # "Binnen de Pijler Fysiek van de G40": the owner is part of the phrase
        named = [m for m in ctx.in_span(parent.end + owner.end(), sentence.end) if m.start == parent.end + owner.end()]
        after = named[0].end if named else after
    verb = _SET_UP.match(ctx.text, after, sentence.end)
    children = [m for m in ctx.in_span(after, sentence.end) if m.type == "OrganisationalUnit" and m.label != parent.label]
    if verb is None:
        _within_pillar(ctx, sentence, opening, parent, children)
        return
    if not ctx.asserted(sentence, sentence.start, verb.end()):
        return
    if len({m.label for m in children}) == 1:
        ctx.add(children[0], "partOf", parent, sentence, "parts.opgericht-binnen", 0.7)


#: the kinds of unit that sit inside a pijler
_PILLAR_CHILD = re.compile(r"(?:themagroep|werkgroep|taskforce|kernteam)\b", re.IGNORECASE)


def _within_pillar(ctx: DocContext, sentence: Sentence, opening: re.Match, parent: Mention, children: list[Mention]) -> None:
    """"Binnen de pijler was hij trekker van de themagroep X": the one themagroep, werkgroep or taskforce
    a sentence opening with "Binnen <pijler>" names is part of that pijler."""
    if not ctx.text[opening.start():opening.end()].strip().startswith("Binnen") \
            or not parent.label.lower().startswith("pijler"):
        return
    inside = [m for m in children if _PILLAR_CHILD.match(m.label)]
    if len({m.label for m in inside}) == 1 and ctx.asserted(sentence, sentence.start, inside[0].end):
        ctx.add(inside[0], "partOf", parent, sentence, "parts.binnen-pijler", 0.65)


def _list_parts(ctx: DocContext) -> None:
    """The units of a list that a sentence announces belong to the unit or organisation that
    sentence names: "De pijler gaat werken met drie themagroepen:" followed by one item per
    themagroep, or "De pijler kent drie themagroepen: Armoede, Jeugd en Zorg"; when that sentence
    names no owner, to the pijler around the list (:func:`_enclosing_unit`)."""
    for sentence in ctx.sentences:
        items = [m for m in ctx.in_sentence(sentence) if m.rule == "units.list-item"]
        if not items or sentence.item_start is False and sentence.bullet_list is not None:
            continue
        if sentence.bullet_list is not None:
            first = next(s for s in ctx.sentences if s.bullet_list == sentence.bullet_list)
            intro, items = ctx.previous_sentence(first), items[:1]
        else:  # the names in the announcing sentence itself, or in the one after it
            intro = sentence if _owners(ctx, sentence, items[0].start) else ctx.previous_sentence(sentence)
        owners = _owners(ctx, intro, items[0].start) if intro is not None else []
        if not owners and intro is not None:
            owners = _enclosing_unit(ctx, intro, items[0])
        for item in items if owners else ():
            ctx.add(item, "partOf", owners[0], sentence, "relations.list-item-part", 0.8)


def _counted_then_named(ctx: DocContext) -> None:
    """"De pijler kent drie themagroepen." and the next sentences of the paragraph (or the first cells of
    the table right after it: "| Themagroep | Trekker |") name exactly three themagroepen: each is part
    of the pijler.

    Examples
    --------
    (see tests/test_extract_round3.py::test_units_counted_then_named_belong_to_the_owner)
    """
    for k, sentence in enumerate(ctx.sentences):
        if sentence.bullet_list is not None or not sentence.text.rstrip().endswith(".") or \
                not any(m.type in _PARENTS for m in ctx.in_sentence(sentence)) or \
                not ctx.has_cue(_COUNT_WORD, sentence):
            continue  # an owner is named: "De pijler kent drie themagroepen."
        announced = announcement(sentence.text)
        if announced is None or announced[1] is None or announced[2] is None:
            continue
        kind, count, counted = announced
        owners = _owners(ctx, sentence, sentence.start + counted.start())
        if not owners:
            continue
        named, previous, table = {}, sentence, False
        for j, later in enumerate(ctx.sentences[k + 1:k + 1 + _PARAGRAPH_REACH + _TABLE_REACH]):
            if later.is_heading:
                break
            if "\n\n" in ctx.text[previous.end:later.start]:
                if table or not later.text.startswith("|"):
                    break  # the same paragraph only, or the table right after it ("| Themagroep | Trekker |")
                table = True
            elif not table and j >= _PARAGRAPH_REACH:
                break
            previous = later
            for m in ctx.in_sentence(later):
                if m.type == "OrganisationalUnit" and m.kind == kind and m.rule in _COUNTED_RULES:
                    named.setdefault(m.label, (m, later))
        if len(named) == count:
            for unit, later in named.values():
                ctx.add(unit, "partOf", owners[-1], later, "relations.counted-then-named", 0.7)


def _counted_then_led(ctx: DocContext) -> None:
    """"De pijler werkt met drie themagroepen." and the paragraphs after it open with their names and a
    dash ("Armoede en Schulden – …", see :func:`graph.extract.units.lead_in_units_of`): each is part
    of the pijler.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "De pijler Wonen kent twee werkgroepen.\\n\\nHuur – Eva trekt.\\n\\nBouw en Grond – Jan trekt.\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted(r.subject.label for r in ex.relations if r.predicate == "partOf" and r.object.label == "Pijler Wonen")
    ['Werkgroep Bouw en Grond', 'Werkgroep Huur']
    """
    led = {m.start: m for m in ctx.mentions if m.rule == "units.lead-in"}
    if not led:
        return
    for k, sentence in enumerate(ctx.sentences):
        if not ctx.has_cue(_COUNT_WORD, sentence) or not any(m.type in _PARENTS for m in ctx.in_sentence(sentence)):
            continue
        listed = lead_in_units_of(ctx.text, ctx.sentences, k)
        if listed is None:
            continue
        owners = _owners(ctx, sentence, sentence.start + announcement(sentence.text)[2].start())
        for start, _ in listed[1] if owners else ():
            unit = led.get(start)
            if unit is not None:
                ctx.add(unit, "partOf", owners[-1], ctx.sentence_at(start), "relations.counted-then-led", 0.7)


#: how many sentences after a count may name the units counted
_PARAGRAPH_REACH = 8
#: how many rows (with its header and separator) of a table right after the count's paragraph are read
_TABLE_REACH = 12
#: the rules of a unit's name that a count may announce: named in a sentence, or a table row's first cell
_COUNTED_RULES = frozenset({"units.named", "tables.row-name"})
#: a count in words, as prose writes one before a plural kind word ("drie themagroepen"): the cheap test before
#: :func:`graph.extract.units.announcement`
_COUNT_WORD = re.compile(r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s", re.IGNORECASE)


def _enclosing_unit(ctx: DocContext, intro: Sentence, item: Mention) -> list[Mention]:
    """The pijler a list of other units belongs to when its intro names no owner ("Via de
    themagroepen werd gewerkt aan:" under "Pijler Klimaat"): the one its section heading names, else
    the one pijler the text names before the list (themagroepen and taskforces sit in a pijler)."""
    heading = ctx.section_entity(intro)
    candidates = [heading] if heading is not None else \
        [m for m in ctx.mentions if m.end <= intro.start and m.rule != "units.list-item"]
    larger = [m for m in candidates if m.type == "OrganisationalUnit" and m.kind == "pijler" != item.kind]
    return larger[-1:] if len({m.name for m in larger}) == 1 else []


def _owners(ctx: DocContext, sentence: Sentence, before: int) -> list[Mention]:
    """The units and organisations ``sentence`` names before offset ``before`` (not list items)."""
    return [m for m in ctx.in_sentence(sentence) if m.type in ("OrganisationalUnit", "Organisation")
            and m.rule != "units.list-item" and m.start < before]


#: "themagroep X van de pijler Y", "… valt onder de pijler Y", "… maakt deel uit van / is onderdeel van de Y",
#: English "… of the G40"
_UNIT_OF = re.compile(r"\s+(?:van\s+(?:de|het)|(?:(?:valt|vallen|viel|vielen)\s+)?binnen\s+(?:de|het)|"
                      r"(?:valt|vallen|viel|vielen)\s+onder\s+(?:de|het)|"
                      r"(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+)?deel\s+uit\s+van\s+(?:de|het)|"
                      r"(?:is|zijn|was|waren)\s+(?:\w+\s+)?(?:een\s+)?onderdeel\s+van\s+(?:de|het)|of\s+the)\s+")


def _owned_unit(mentions: list[Mention], k: int) -> Mention:
    """``mentions[k]``, or the unit its organisation name prefixes: in "themagroep Wonen van de
    G40-pijler Fysiek" the parent is the pijler, not the G40.

    >>> g40 = Mention(0, 3, "G40", "Organisation", "", 1.0)
    >>> pijler = Mention(4, 17, "pijler Fysiek", "OrganisationalUnit", "", 1.0)
    >>> _owned_unit([g40, pijler], 0).text
    'pijler Fysiek'
    """
    m = mentions[k]
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if m.type == "Organisation" and nxt is not None and nxt.type == "OrganisationalUnit" and nxt.start - m.end <= 1:
        return nxt
    return m


def _default_parents(ctx: DocContext) -> None:
    """Units whose kind belongs to one network (a pijler is part of the G40), and "VNG taskforce".

    The network need not be named in the unit's sentence when the unit is named in a bullet item:
    the line introducing the list is enough ("Het dagelijks bestuur van de G40 bestaat uit:").
    """
    kinds = load_lexicon().unit_kinds
    parents = {u.kind: u.default_parent for u in kinds.values() if u.default_parent}
    placed: set[str] = set()
    first: dict[str, tuple[Mention, Sentence]] = {}
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        for k, m in enumerate(mentions):
            if m.type != "OrganisationalUnit":
                continue
            if m.kind in parents and m.rule != "references.pijler":
                first.setdefault(m.label, (m, sentence))
            if k > 0 and mentions[k - 1].type == "Organisation" and m.start - mentions[k - 1].end <= 1:
                ctx.add(m, "partOf", mentions[k - 1], sentence, "relations.org-prefix", 0.8)
                placed.add(m.label)
                continue
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if nxt is not None and nxt.type in ("OrganisationalUnit", "Organisation") and \
                    _UNIT_OF.fullmatch(ctx.text, m.end, nxt.start):
                ctx.add(m, "partOf", _owned_unit(mentions, k + 1), sentence, "relations.unit-van-unit", 0.7)
                placed.add(m.label)
                continue
            if m.kind == "directie":
                ministry = _directorate_ministry(ctx, mentions, k) or only_ministry_before(ctx, mentions, k)
                if ministry is not None:
                    ctx.add(m, "partOf", ministry, sentence, "relations.directie-van", 0.75)
                continue
            parent = parents.get(m.kind or "")
            if parent:
                owners = [o for o in mentions if o.type == "Organisation" and o.key == parent]
                if owners and m.rule != "references.pijler":
                    ctx.add(m, "partOf", owners[0], sentence, "relations.default-parent", 0.6)
                    placed.add(m.label)
    for label, (unit, sentence) in first.items():
        if label in placed:
            continue
        owner = _list_owner(ctx, unit, sentence, parents[unit.kind]) \
            or _section_owner(ctx, unit, parents[unit.kind]) or _named_before(ctx, unit, parents[unit.kind]) \
            or _byline_owner(ctx, unit, parents[unit.kind])
        if owner is None and unit.rule == "units.meeting-of":
            # "Besluitenlijst pijlervergadering X" of a document that names the network further on
            owner = next((o for o in ctx.mentions if o.type == "Organisation" and o.key == parents[unit.kind]), None)
        if owner is not None:
            ctx.add(unit, "partOf", owner, sentence, "relations.default-parent", 0.5, stated_at=unit.start)


def _subtitle_parent(ctx: DocContext) -> None:
    """"Verslag Themagroep X" over "Pijler Y - G40 Stedennetwerk": the title's unit is part of the
    pijler its subtitle names (see :mod:`graph.extract.subtitles`)."""
    if ctx.subtitle_parent is not None:
        unit, parent, line = ctx.subtitle_parent
        ctx.add(unit, "partOf", parent, line, "parts.subtitle-parent", 0.7)


def _list_owner(ctx: DocContext, unit: Mention, sentence: Sentence, key: str) -> Mention | None:
    """The network ``key`` when the sentence that introduces the bullet list of ``unit`` (or the one
    before it in its paragraph) names it: "Het dagelijks bestuur van de G40 (…). Het bestaat uit: -
    X, voorzitter Pijler Fysiek", "Namens de G40 - X, voorzitter Pijler Sociaal"."""
    if sentence.bullet_list is None:
        return None
    k = bisect.bisect_left(ctx.scope.starts, sentence.start) - 1
    while k >= 0 and ctx.sentences[k].bullet_list == sentence.bullet_list:
        k -= 1
    for j in range(k, max(k - 2, -1), -1):  # the introducing sentence, and the one before it in its paragraph
        intro = ctx.sentences[j]
        if intro.bullet_list is not None or (j < k and "\n\n" in ctx.text[intro.end:ctx.sentences[j + 1].start]):
            return None
        found = next((o for o in ctx.in_sentence(intro) if o.type == "Organisation" and o.key == key), None)
        if found is not None:
            return found
    return None


def _section_owner(ctx: DocContext, unit: Mention, key: str) -> Mention | None:
    """The network ``key`` named before ``unit`` in its section: "Ook in 2023 was de G40 een vaste
    gesprekspartner. (…) De Pijler Fysiek heeft ingezet op …" (a named pijler of the G40's passage)."""
    k = bisect.bisect_left(ctx.starts, unit.start) - 1
    while k >= 0:
        m = ctx.mentions[k]
        if not ctx.scope.same_section(m, unit.start):
            return None
        if m.type == "Organisation" and m.key == key:
            return m
        k -= 1
    return None


def _named_before(ctx: DocContext, unit: Mention, key: str) -> Mention | None:
    """The network ``key`` named anywhere before ``unit`` in the document: a page "Stedennetwerk G40 ›
    Themagroepen" whose sections are headed "Pijler Economie en Werk", "Pijler Sociaal Domein" (a
    unit of a kind that belongs to one network, in a document that names that network first)."""
    k = bisect.bisect_left(ctx.starts, unit.start)
    return next((m for m in ctx.mentions[:k] if m.type == "Organisation" and m.key == key), None)


def _byline_owner(ctx: DocContext, unit: Mention, key: str) -> Mention | None:
    """The network ``key`` the byline under the title names when the title names ``unit``:
    "Jaarverslag 2023 – Pijler Wonen" over "Stedennetwerk G40, april 2024" (the network's own report
    on its pijler).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Jaarverslag – Pijler Wonen\\nStedennetwerk G40, mei 2024\\n\\nDe pijler groeide.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "partOf"]
    [('Pijler Wonen', 'Stedennetwerk G40')]
    """
    if len(ctx.sentences) < 2 or not ctx.sentences[0].start <= unit.start < ctx.sentences[0].end:
        return None
    byline = ctx.sentences[1]
    if "\n\n" in ctx.text[ctx.sentences[0].end:byline.start] or "\n" in byline.text.strip():
        return None
    return next((m for m in ctx.in_sentence(byline) if m.type == "Organisation" and m.key == key
                 and m.start - byline.start <= 20), None)


def _directorate_ministry(ctx: DocContext, mentions: list[Mention], k: int) -> Mention | None:
    """The ministry of the directorate ``mentions[k]``: "directie Wonen van (het ministerie van) BZK"
    (a bracket "(ministerie van BZK, directie Wonen)" after a person gives only where that person works)."""
    m = mentions[k]
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt is not None and nxt.type == "Ministry" and re.fullmatch(
            r"\s+van\s+(?:het\s+)?(?:ministerie\s+van\s+)?", ctx.text[m.end:nxt.start], re.IGNORECASE):
        return nxt
    return None


#: a clause that puts a unit under another; ``rel``: after a relative pronoun or an apposition ("X, die
#: onderdeel is van", "X, een van de taskforces binnen", "X, onderdeel van de pijler Y"): the unit is the one named before; else the
#: clause's subject ("X maakt sindsdien deel uit van", "X valt onder", "X wordt ondergebracht bij")
_PART_CUE = re.compile(
    r"(?P<rel>,\s*(?:die|dat)\s+(?:\w+\s+)?(?:(?:een\s+)?onderdeel\s+(?:is|was|vormt)\s+van|deel\s+uitmaakt\s+van|"
    r"valt\s+onder|(?:is\s+)?ondergebracht\s+bij)|,\s*een\s+van\s+de\s+[\w-]+\s+(?:binnen|van|onder)"
    r"|,\s*(?:een\s+)?onderdeel\s+van)\s+"
    r"|\b(?:(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+)?deel\s+uit\s+van|(?:is|zijn|was|waren)\s+(?:\w+\s+)?(?:een\s+)?"
    r"onderdeel\s+van|(?:valt|vallen|viel|vielen)\s+(?:\w+\s+){0,4}?onder|ondergebracht\s+bij"
    # "X hoort (sinds 2022) bij de pijler Y", "X is een van de (drie) themagroepen van/binnen de pijler Y"
    r"|(?:hoort|horen|hoorde|hoorden)\s+(?:(?:nu|ook|sinds\s+\S+)\s+)?bij"
    r"|(?:is|was)\s+(?:één|een)\s+van\s+de\s+(?:\w+\s+)?(?:themagroepen|taskforces|werkgroepen|pijlers|"
    r"stuurgroepen|kernteams|overleggen|onderdelen)\s+(?:van|binnen|onder))\s+",
    re.IGNORECASE)
_PARENT_START = re.compile(r"(?:(?:de|het|die|deze|dit)\s+)?")
_PARENTS = frozenset({"OrganisationalUnit", "Organisation"})
#: a name that may go on in sentence case ("De Themagroep Armoede| en schulden valt onder …"): its unit is unsure
_CUT_NAME = re.compile(r"\s+(?:en|&)\s+[a-zà-ÿ]")


#: a unit housed already, not to be housed ("wordt ondergebracht" may be a plan)
_DONE = re.compile(r"\b(?:is|zijn|was|waren)\s+(?:\w+\s+){0,2}?$")
#: a body that may house a unit: "Het programmabureau is ondergebracht bij de gemeente Emmen"
_HOUSES = frozenset({"Municipality", "Province", "Ministry"})
_BODY_HEAD = re.compile(r"(?:gemeente|provincie|ministerie\s+van)\s+", re.IGNORECASE)


def _housing_body(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The municipality, province or ministry named by its kind right at ``start`` ("(de) gemeente Emmen")."""
    head = _BODY_HEAD.match(ctx.text, start, sentence.end)
    return next((m for m in ctx.in_span(start, sentence.end) if head and m.start == head.end() and m.type in _HOUSES),
                None)


def _clause_parts(ctx: DocContext, sentence: Sentence) -> None:
    """"X, die onderdeel is van de pijler Y", "X valt onder Y": X is part of Y.

    Examples
    --------
    (see tests/test_extract_relations.py::test_a_unit_belongs_to_the_unit_a_clause_puts_it_under)
    """
    for match in ctx.asserted_cues(_PART_CUE, sentence):
        start = _PARENT_START.match(ctx.text, match.end()).end()
        parent = next((m for m in ctx.in_span(start, sentence.end) if m.start == start), None)
        housed = "ondergebracht" in match.group(0) and _DONE.search(ctx.text, sentence.start, match.start())
        if parent is None and housed:
            parent = _housing_body(ctx, sentence, start)  # "is ondergebracht bij de gemeente Emmen"
        if parent is None or parent.type not in _PARENTS | (_HOUSES if housed else set()):
            continue
        if match.group("rel"):
            before = [m for m in ctx.in_span(sentence.start, match.start()) if m.type == "OrganisationalUnit"]
            child = before[-1] if before else None
        else:
            child = ctx.subject(sentence, match.start(), types={"OrganisationalUnit"})
        if child is None and parent.type == "OrganisationalUnit" and "onderdeel" in match.group(0):
            child = _programme_subject(ctx, sentence, match.start())  # "Het programma X is onderdeel van de pijler Y"
        if child is None or child.type not in ("OrganisationalUnit", "Programme"):
            continue
        # "De Themagroep A en de Themagroep B vallen onder de pijler Y": each unit of the subject's list
        others = [] if match.group("rel") else \
            [m for m in coordinated(ctx, child, match.start()) if m.type == "OrganisationalUnit" and m is not parent]
        for unit in [child] + others:
            if others or not _CUT_NAME.match(ctx.text, unit.end):
                ctx.add(unit, "partOf", parent, sentence, "relations.clause-part", 0.7)


#: "Het is onderdeel van …", "Dit programma is onderdeel van …": the programme the sentence before is about
_IT_IS = re.compile(r"\s*(?:Het|Dit|Dat)(?:\s+programma)?\s*$")


def _programme_subject(ctx: DocContext, sentence: Sentence, cue: int) -> Mention | None:
    """The programme that is the subject of "… is onderdeel van <unit>": named first in the clause
    ("Het programma X is onderdeel van de pijler Y"), or for "Het is onderdeel van" the programme that
    opens the sentence before ("Het programma X … . Het is onderdeel van de pijler Y")."""
    named = ctx.subject(sentence, cue, types={"Programme"})
    if named is not None:
        return named
    if not _IT_IS.match(ctx.text[sentence.start:cue]):
        return None
    previous = ctx.previous_sentence(sentence)
    opening = ctx.in_sentence(previous) if previous is not None else []
    if opening and opening[0].type == "Programme" and ctx.text[previous.start:opening[0].start].strip().lower() in ("", "de", "het"):
        return opening[0]
    return None
