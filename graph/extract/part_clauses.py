"""A clause that puts a unit under another: "X, die onderdeel is van de pijler Y" (or with the verb
last: "X, die onder de pijler Y valt"), "X, een van de taskforces binnen de pijler Y", "X maakt
(sindsdien) deel uit van (die) pijler", "X valt onder Y", "X wordt ondergebracht bij Y" (the unit is the clause's subject, or the one named before a relative
clause; a denial states nothing); the parent put first ("Onder de pijler vallen de themagroepen A en
B"), a unit made up of units ("De pijler bestaat uit de themagroep A en de themagroep B"), a unit set
up within another ("Binnen de Pijler Fysiek is een nieuwe themagroep opgericht: …"), and "X is
opgezet als onderdeel van de Y".

Called by :func:`graph.extract.parts.find_parts`, per sentence.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Onder de pijler Sociaal vallen de themagroep Armoede en de themagroep Jeugd."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "partOf"]
[('themagroep Armoede', 'pijler Sociaal'), ('themagroep Jeugd', 'pijler Sociaal')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .housed_bureaus import housed_bureau
from .model import Mention, Sentence
from .subjects import coordinated

__all__ = ["PARENTS", "as_part_of", "fronted_parts", "consists_of", "set_up_within", "has_within_pillar", "clause_parts"]


#: the kinds a part belongs to: a unit, or an organisation
PARENTS = frozenset({"OrganisationalUnit", "Organisation"})


#: "(opgezet/gestart/ingesteld) als (een) onderdeel van (de/het)", "is (een) onderdeel van (de/het)"
_AS_PART = re.compile(r"\b(?:(?:opgezet|gestart|ingesteld|opgericht|gelanceerd|ontwikkeld|uitgevoerd|bedoeld)\s+als|"
                      # the copula: "Het lab is (een) onderdeel van de City Deal Kennis Maken"
                      r"is|was|blijft|wordt)\s+(?:een\s+|het\s+)?(?:(?:vast|belangrijk)e?\s+)?onderdeel\s+van\s+(?:de\s+|het\s+)?")


def as_part_of(ctx: DocContext, sentence: Sentence) -> None:
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


#: the parent put first: "Onder de pijler vallen de Themagroep Wonen en de Themagroep Mobiliteit"; a body that
#: works under another: "Onder de regiegroep werkt een klankbordgroep" (round 56o)
_FRONTED = re.compile(r"\s+(?:vallen|valt|vielen|viel|werkt|werken|werkte|werkten|functioneert|functioneren)\s+"
                      r"(?:(?:nu|sinds\s+\S+|ook)\s+)?", re.IGNORECASE)


def fronted_parts(ctx: DocContext, sentence: Sentence) -> None:
    """"Onder de pijler vallen de Themagroep A en de Themagroep B", "Onder de regiegroep werkt een klankbordgroep":
    the units listed after the verb are part of the unit after "Onder"."""
    opening = re.match(r"\s*Onder\s+((?:de\s+|het\s+|deze\s+)?)", ctx.text[sentence.start:sentence.end])
    if opening is None:
        return
    starts = (sentence.start + opening.start(1), sentence.start + opening.end())  # "de pijler" or "pijler"
    parent = next((m for m in ctx.in_span(starts[0], sentence.end) if m.start in starts), None)
    verb = _FRONTED.match(ctx.text, parent.end) if parent is not None and parent.type in PARENTS else None
    if verb is None or not ctx.asserted(sentence, sentence.start, verb.end()):
        return
    for child in ctx.list_after(verb.end(), sentence.end, types={"OrganisationalUnit"}):
        if child.label != parent.label:
            ctx.add(child, "partOf", parent, sentence, "relations.fronted-part", 0.7)


#: a unit made up of units: "De pijler Sociaal bestaat uit de themagroep A en de themagroep B"
_CONSISTS_OF = re.compile(r"\s+(?:bestaat|bestaan|bestond|bestonden)\s+(?:(?:nu|sinds\s+\S+|onder\s+meer|onder\s+andere|"
                          r"uit\s+drie|inmiddels)\s+)?uit\s+(?:(?:onder\s+(?:meer|andere)|drie|vier|vijf|zes|twee)\s+)?",
                          re.IGNORECASE)


def consists_of(ctx: DocContext, sentence: Sentence) -> None:
    """"De pijler Sociaal bestaat uit de themagroep A en de themagroep B": the units listed right after
    "bestaat uit" are part of the unit that is the clause's subject (members that are actors or
    persons are not: see :mod:`graph.extract.lists`)."""
    parent = ctx.subject(sentence, sentence.end, types=PARENTS)
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


def set_up_within(ctx: DocContext, sentence: Sentence) -> None:
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
#: "binnen de" right before a pijler inside a sentence: "(de G40) binnen de (Pijler Sociaal een themagroep … kent)"
_WITHIN_BEFORE = re.compile(r"\bbinnen\s+(?:de\s+)?$", re.IGNORECASE)
#: what stands between the pijler and the unit it has: " een ", " de ", " een eigen ", " twee "
_HAS_BETWEEN = re.compile(r"\s+(?:een|de|haar|zijn)\s+(?:(?:eigen|nieuwe|aparte)\s+)?")


def has_within_pillar(ctx: DocContext, sentence: Sentence) -> None:
    """"Het Stedennetwerk G40 kent binnen de Pijler Sociaal een Themagroep Armoede en Schulden", "… dat
    de G40 binnen de Pijler Fysiek de Themagroep Wonen heeft": the themagroep (werkgroep, taskforce) right
    after "binnen <pijler>" is part of that pijler (a sentence opening with "Binnen" is
    :func:`set_up_within`'s).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De G40 kent binnen de Pijler Sociaal een Themagroep Armoede.", gazetteer=load_gazetteer())
    >>> sorted((r.subject.label, r.object.label) for r in ex.relations if r.rule == "parts.heeft-binnen-pijler")
    [('Themagroep Armoede', 'Pijler Sociaal')]
    """
    units = [m for m in ctx.in_sentence(sentence) if m.type == "OrganisationalUnit"]
    for parent, child in zip(units, units[1:]):
        if parent.label.lower().startswith("pijler") and _PILLAR_CHILD.match(child.label) \
                and _WITHIN_BEFORE.search(ctx.text, max(sentence.start, parent.start - 12), parent.start) \
                and _HAS_BETWEEN.fullmatch(ctx.text, parent.end, child.start) \
                and ctx.asserted(sentence, parent.start, child.end):
            ctx.add(child, "partOf", parent, sentence, "parts.heeft-binnen-pijler", 0.65)


def _within_pillar(ctx: DocContext, sentence: Sentence, opening: re.Match, parent: Mention, children: list[Mention]) -> None:
    """"Binnen de pijler was hij trekker van de themagroep X": the one themagroep, werkgroep or taskforce
    a sentence opening with "Binnen <pijler>" names is part of that pijler."""
    if not ctx.text[opening.start():opening.end()].strip().startswith("Binnen") \
            or not parent.label.lower().startswith("pijler"):
        return
    inside = [m for m in children if _PILLAR_CHILD.match(m.label)]
    if len({m.label for m in inside}) == 1 and ctx.asserted(sentence, sentence.start, inside[0].end):
        ctx.add(inside[0], "partOf", parent, sentence, "parts.binnen-pijler", 0.65)


#: a clause that puts a unit under another; ``rel``: after a relative pronoun or an apposition ("X, die
#: onderdeel is van", "X, een van de taskforces binnen", "X, onderdeel van de pijler Y"): the unit is the one named before; else the
#: clause's subject ("X maakt sindsdien deel uit van", "X valt onder", "X wordt ondergebracht bij")
_PART_CUE = re.compile(
    r"(?P<rel>,\s*(?:die|dat)\s+(?:\w+\s+)?(?:(?:een\s+)?onderdeel\s+(?:is|was|vormt)\s+van|deel\s+uitmaakt\s+van|"
    r"valt\s+onder|(?:is\s+)?ondergebracht\s+bij)|,\s*een\s+van\s+de\s+[\w-]+\s+(?:binnen|van|onder)"
    r"|,\s*(?:een\s+)?onderdeel\s+van"
    # the verb last, as a relative clause puts it: "X, die onder de pijler Y valt", "X, die (een) onderdeel van Y is"
    r"|(?P<last>,\s*(?:die|dat)\s+(?:(?:nu|ook|al|sinds\s+\S+)\s+)?(?:onder|(?:een\s+)?onderdeel\s+van)))\s+"
    r"|\b(?:(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+)?deel\s+uit\s+van|(?:is|zijn|was|waren)\s+(?:\w+\s+)?(?:een\s+)?"
    r"onderdeel\s+van|(?:valt|vallen|viel|vielen)\s+(?:\w+\s+){0,4}?onder|ondergebracht\s+bij"
    # "X hoort (sinds 2022) bij de pijler Y", "X is een van de (drie) themagroepen van/binnen de pijler Y"
    r"|(?:hoort|horen|hoorde|hoorden)\s+(?:(?:nu|ook|sinds\s+\S+)\s+)?bij"
    r"|(?:is|was)\s+(?:één|een)\s+van\s+de\s+(?:\w+\s+)?(?:themagroepen|taskforces|werkgroepen|pijlers|"
    r"stuurgroepen|kernteams|overleggen|onderdelen)\s+(?:van|binnen|onder))\s+",
    re.IGNORECASE)
#: the cues that make a unit part of a whole, a programme too: "maakt deel uit van", "is (een) onderdeel van" (not
#: "valt onder", "hoort bij": a programme a unit falls under is its work, not its whole)
_PART_OF_WHOLE = re.compile(r"\bdeel\s+uit(?:maakt)?\s+van|\bonderdeel\b", re.IGNORECASE)
_PARENT_START = re.compile(r"(?:(?:de|het|die|deze|dit)\s+)?")
#: a name that may go on in sentence case ("De Themagroep Armoede| en schulden valt onder …"): its unit is unsure
_CUT_NAME = re.compile(r"\s+(?:en|&)\s+[a-zà-ÿ]")


#: the verb that closes a relative clause of belonging after its parent: "…, die onder de pijler Y valt"
_VERB_LAST = re.compile(r"\s+(?:valt|vallen|viel|vielen|is|was|vormt|vormde)\b")


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


def clause_parts(ctx: DocContext, sentence: Sentence) -> None:
    """"X, die onderdeel is van de pijler Y", "X valt onder Y": X is part of Y.

    Examples
    --------
    (see tests/test_extract_relations.py::test_a_unit_belongs_to_the_unit_a_clause_puts_it_under)
    """
    for match in ctx.asserted_cues(_PART_CUE, sentence):
        start = _PARENT_START.match(ctx.text, match.end()).end()
        # (a unit referred to by its kind holds its article: "onderdeel van |de taskforce|")
        parent = next((m for m in ctx.in_span(match.end(), sentence.end) if m.start in (start, match.end())), None)
        housed = "ondergebracht" in match.group(0) and _DONE.search(ctx.text, sentence.start, match.start())
        if housed and housed_bureau(ctx, sentence) is not None:
            continue  # a programme's bureau: part of the programme (:mod:`graph.extract.housed_bureaus`)
        if parent is None and housed:
            parent = _housing_body(ctx, sentence, start)  # "is ondergebracht bij de gemeente Emmen"
        # "Het scrumteam X maakt deel uit van het platform": a unit is part of a programme it is a part of (round 56o)
        of_programme = parent is not None and parent.type == "Programme" and _PART_OF_WHOLE.search(match.group(0))
        if parent is None or parent.type not in PARENTS | (_HOUSES if housed else set()) and not of_programme:
            continue
        if match.group("last") and not _VERB_LAST.match(ctx.text, parent.end, sentence.end):
            continue  # "X, die onder de pijler Y werkt aan …": no verb of belonging closes the clause
        if match.group("rel"):
            before = [m for m in ctx.in_span(sentence.start, match.start()) if m.type == "OrganisationalUnit"]
            child = before[-1] if before else None
        else:
            child = ctx.subject(sentence, match.start(), types={"OrganisationalUnit"})
        if child is None and parent.type == "OrganisationalUnit" and "onderdeel" in match.group(0):
            child = _programme_subject(ctx, sentence, match.start())  # "Het programma X is onderdeel van de pijler Y"
        if child is None or child.type not in ("OrganisationalUnit", "Programme") \
                or of_programme and child.type != "OrganisationalUnit":
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
