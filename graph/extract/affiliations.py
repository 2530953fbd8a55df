"""Where a person works, read from a move or a grouped list (``affiliatedWith``, and the organisation a
role is held at):

- a move to a new employer: "X is overgestapt naar Divosa", "zij gaat aan de slag bij de VNG", "die naar
  Platform31 is overgestapt";
- an employer: "Hij werkt bij de gemeente Haarlem", "is in dienst van", "komt van de gemeente Zwolle",
  "gedetacheerd vanuit Platform31", "die vanuit Tiel bij het bureau werkt";
- attendance lines grouped by organisation: "- OCW: X (directeur), Y" (X and Y work at OCW);
- a bullet list under a line of its own that says for whom its people attend: "Namens het ministerie
  van SZW" then "- X, directeur-generaal" (X works at SZW, in that role);
- an attendance item that is only a name and an organisation: "- Eva Smit, VNG";
- "<organisatie> werd vertegenwoordigd door (beleidsadviseur) X" (for the role word before X), and a party
  of an agreement: "Stichting Platform31, vertegenwoordigd door programmaleider X".

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "- MBO Raad: Hanneke Postmus", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('Hanneke Postmus', 'affiliatedWith', 'MBO Raad')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["REPRESENTED_HOW", "group_organisation", "line_members", "line_organisation", "moved_to", "party_opening", "represented_by",
           "worked_earlier"]


#: a move to a new employer: "is overgestapt naar", "stapt over naar", "gaat aan de slag bij", "gaat werken bij" (not "is
#: vertrokken naar": leaving says where to, not for whom one works)
_MOVED_TO = re.compile(r"\b(?:overgestapt|stapt\s+over|stapte\s+over|"
                       r"(?:gaat|ging)\s+(?:\w+\s+){0,2}?(?:aan\s+de\s+slag|werken))\s+(?:naar|bij)\s+(?:de\s+|het\s+)?",
                       re.IGNORECASE)


def moved_to(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"X, die …, is per 1 november overgestapt naar Divosa", "zij gaat aan de slag bij de Unie van
    Waterschappen": the person now works there (the last person named before the verb, or the
    pronoun's person).

    >>> text = "Ellen Bos is per 1 november overgestapt naar Divosa."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)],
    ...                  [Mention(0, 9, "Ellen Bos", "Person", "", 1.0), Mention(45, 51, "Divosa", "Organisation", "", 1.0)])
    >>> moved_to(ctx, ctx.sentences[0], [ctx.mentions[0]])
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ctx.relations]
    [('Ellen Bos', 'affiliatedWith', 'Divosa')]
    """
    if not persons and ctx.pronoun_person(sentence) is None:
        if "werkt" in sentence.text:
            _works_at(ctx, sentence, persons)  # "Daarvoor werkte zij bij X": the pronoun after the verb
        return  # nobody who could have moved: no scan
    for match in ctx.asserted_cues(_MOVED_TO, sentence):
        target = next((m for m in ctx.in_sentence(sentence) if m.start == match.end()), None)
        before = [p for p in persons if p.end <= match.start()]
        person = before[-1] if before else ctx.pronoun_person(sentence)
        if target is not None and person is not None and target.type in ("Organisation", "Ministry", "Municipality", "Province"):
            ctx.add(person, "affiliatedWith", target, sentence, "roles.vertrokken-naar", 0.7)
    _works_at(ctx, sentence, persons)
    if " namens " in sentence.text:
        _on_behalf_of(ctx, sentence, persons)
    if "Namens " in sentence.text and persons:
        _fronted_on_behalf(ctx, sentence, persons)


_NETWORKS = frozenset({"Organisation", "Ministry"})
#: a person acting for an organisation, the organisation right after: "(gedeputeerde) X (provincie Utrecht) namens het IPO"
_ON_BEHALF_AFTER = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?,?\s*namens\s+(?:de\s+|het\s+)?")


def _on_behalf_of(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Het akkoord werd ondertekend door gedeputeerde X (provincie Utrecht) namens het IPO": X acts for the
    IPO, so works with it (``affiliatedWith``). Acting for a town or province ("namens Zoetermeer") is what
    its wethouder or gedeputeerde does: that role says it (see :mod:`graph.extract.roles`).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "De deal werd getekend door Jan Bos namens de VNG.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "affiliatedWith"]
    [('Jan Bos', 'VNG')]
    """
    for person in persons:
        after = _ON_BEHALF_AFTER.match(ctx.text, person.end, sentence.end)
        party = next((m for m in ctx.in_sentence(sentence) if after and m.start == after.end()), None)
        if party is not None and party.type in _NETWORKS and ctx.asserted(sentence, person.start, party.end):
            ctx.add(person, "affiliatedWith", party, sentence, "roles.namens", 0.7)


#: a sentence that opens with the party it speaks for: "Namens SZW schuift X aan", "Namens de VNG sprak X"
_FRONTED_ON_BEHALF = re.compile(r"Namens\s+(?:de\s+|het\s+)?(?:(?i:ministerie)\s+van\s+|(?i:gemeente|provincie)\s+)?")
#: the finite verb (and an adverb) between the fronted party and the person, the subject after it
_VERB_THEN_SUBJECT = re.compile(r"\s+[a-z]+\s+(?:(?:ook|nu|dan|daarna|voortaan)\s+)?")
_TOWNS = frozenset({"Municipality", "Province"})
#: a role word in an apposition right after the name: ", wethouder Werk"
_ROLE_BESIDE = re.compile(r"\s*,\s*(?:de\s+|het\s+)?([\w-]+)")


def _fronted_on_behalf(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Namens SZW schuift Hanna Bos aan", "Namens Breda sprak Kees Smit": the subject after the verb acts
    for the organisation, ministry or town the sentence opens with (``affiliatedWith``). For a town or
    province a role beside the name says it ("Namens Ede sprak Jan Bos, wethouder Werk"): no affiliation.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Namens de VNG sprak Jan Bos over de wijkaanpak.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "affiliatedWith"]
    [('Jan Bos', 'VNG')]
    """
    fronted = _FRONTED_ON_BEHALF.match(ctx.text, ctx.content_start(sentence), sentence.end)
    party = next((m for m in ctx.in_sentence(sentence) if fronted and m.start == fronted.end()), None)
    if party is None or party.type not in _NETWORKS | _TOWNS:
        return
    person = next((p for p in persons if p.start > party.end), None)
    beside = _ROLE_BESIDE.match(ctx.text, person.end, sentence.end) if person is not None else None
    if person is None or party.type in _TOWNS and beside is not None and role_of(beside.group(1)) is not None:
        return
    if _VERB_THEN_SUBJECT.fullmatch(ctx.text, party.end, person.start) \
            and ctx.asserted(sentence, party.start, sentence.end):  # "Namens de VNG neemt X niet deel"
        ctx.add(person, "affiliatedWith", party, sentence, "roles.namens-fronted", 0.7)


#: where a person works, the employer right after the cue: "werkt bij de gemeente Haarlem", "werkte zij tien
#: jaar bij woningcorporatie X", "is in dienst
#: van", "komt van de gemeente Zwolle", "gedetacheerd vanuit Platform31", "op detacheringsbasis vanuit", "die de
#: overstap heeft gemaakt naar het ministerie van SZW"
_WORKS_AT = re.compile(r"\b(?:werkt|werkte|werkzaam)\s+(?:(?:zij|hij|ze)\s+)?(?:(?!samen\b|mee\b|niet\b|nooit\b|aan\b)[\w-]+\s+){0,7}?bij|"
                       # (a relative clause puts the copula inside: "die in dienst is van de gemeente Venlo")
                       r"in\s+dienst\s+(?:(?:is|was)\s+)?(?:van|bij)|(?:komt|kwam)\s+(?:over\s+)?van|"
                       r"(?:gedetacheerd|op\s+detacheringsbasis)\s+vanuit|gedetacheerd\s+bij|"
                       # a move to the employer: "die de overstap heeft gemaakt naar SZW", "stapt over naar"
                       r"overstap\s+(?:heeft\s+gemaakt|maakt|maakte|maken)\s+naar|(?:stapt|stapte)\s+(?:(?!niet\b)[\w-]+\s+){0,4}?over\s+naar",
                       re.IGNORECASE)
#: the same with the employer before the verb, in a subordinate clause: "die naar Platform31 is overgestapt",
#: "die vanuit Haarlemmermeer bij het bureau werkt"
_TO_THEN_MOVED = re.compile(r"\b(?:naar|vanuit)\s+(?:de\s+|het\s+)?")
_MOVED_AFTER = re.compile(r"\s+(?:is\s+|was\s+)?(?:overgestapt|overstapt|overstapte|gedetacheerd|"
                          r"bij\s+(?:de\s+|het\s+)?[^,.;]{1,40}?\s+(?:werkt|werkte))\b")
#: the employer before the verb of a subordinate clause: "die eerder bij de gemeente Heerlen werkte (als …)",
#: "die sinds 2020 bij ProRail werkzaam is"
_AT_THEN_WORKS = re.compile(r"\s+(?:werkt|werkte|werkzaam\s+(?:is|was|was\s+geweest))\b")
_EMPLOYERS = ("Organisation", "Ministry", "Municipality", "Province")
#: the employer as the agent of a secondment, before the participle: "die door SZW is gedetacheerd bij Zaanstad",
#: "die daarvoor door Platform31 wordt gedetacheerd"
_BY = re.compile(r"\bdoor\s")
_SECONDED_AFTER = re.compile(r"\s+(?:is|was|wordt|werd)\s+(?:[a-z]+\s+){0,2}?gedetacheerd\b")
#: what may stand before the employer's name: "de gemeente", "het ministerie van", "woningcorporatie", "de
#: huurdersvereniging"
_EMPLOYER_HEAD = re.compile(r"\s*(?:de\s+|het\s+)?(?:(?:toenmalige|voormalige|huidige)\s+)?(?:(?i:gemeente|provincie)\s+|(?i:ministerie)\s+van\s+|"
                            r"[a-z]*(?:corporatie|vereniging|organisatie|stichting|instituut|bureau)\s+)?")


_ARTICLE = re.compile(r"\s*(?:de\s+|het\s+)?")


def _employer_after(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """The employer named right after offset ``at``: "bij de gemeente Haarlem", "bij het Ministerie van SZW"
    (the kind, also capitalised, inside or outside the name's mention)."""
    head = _EMPLOYER_HEAD.match(ctx.text, at)
    article = _ARTICLE.match(ctx.text, at)
    return next((m for m in ctx.in_sentence(sentence) if m.start == head.end()), None) or \
        next((m for m in ctx.in_sentence(sentence) if m.start == article.end() and m.end > head.end()), None)


def _works_at(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Hij werkt bij de gemeente Haarlem", "X, gedetacheerd vanuit Platform31", "die naar Platform31 is
    overgestapt": the person (the last one named before, or the pronoun's) works there."""
    for match in ctx.asserted_cues(_WORKS_AT, sentence):
        target = _employer_after(ctx, sentence, match.end())
        if not [p for p in persons if p.end <= match.start()] and _INVERTED_PRONOUN.match(ctx.text, match.start()):
            person = _paragraph_person(ctx, sentence)  # "Daarvoor werkte zij tien jaar bij X"
            if person is not None and target is not None and target.type in _EMPLOYERS:
                ctx.add(person, "affiliatedWith", target, sentence, "roles.werkt-bij", 0.7,
                        past=worked_earlier(ctx.text, sentence, match.start(), target.end))
            continue
        _employed(ctx, sentence, persons, match.start(), target)
    if " bij " in sentence.text and "werk" in sentence.text:
        for match in ctx.cues(_AT, sentence):  # "…, die eerder bij de gemeente Heerlen werkte als directeur"
            target = _employer_after(ctx, sentence, match.end())
            worked = _AT_THEN_WORKS.match(ctx.text, target.end) if target is not None else None
            if worked is not None and ctx.asserted(sentence, match.start(), worked.end()):
                _employed(ctx, sentence, persons, match.start(), target)
    if " door " in sentence.text and "gedetacheerd" in sentence.text:
        for match in ctx.cues(_BY, sentence):  # "…, die door SZW is gedetacheerd bij …": SZW employs them
            target = _employer_after(ctx, sentence, match.end())
            seconded = _SECONDED_AFTER.match(ctx.text, target.end) if target is not None else None
            if seconded is not None and ctx.asserted(sentence, match.start(), seconded.end()):
                _employed(ctx, sentence, persons, match.start(), target)
    if "naar" not in sentence.text and "vanuit" not in sentence.text:
        return
    for match in ctx.cues(_TO_THEN_MOVED, sentence):
        target = next((m for m in ctx.in_sentence(sentence) if m.start == match.end()), None)
        moved = _MOVED_AFTER.match(ctx.text, target.end) if target is not None else None
        if moved is not None and ctx.asserted(sentence, match.start(), moved.end()):
            _employed(ctx, sentence, persons, match.start(), target)


_AT = re.compile(r"\bbij\s")
#: the verb before its pronoun subject: "(Daarvoor) werkte zij …"
_INVERTED_PRONOUN = re.compile(r"(?:werkt|werkte)\s+(?:zij|hij|ze)\s")


def _paragraph_person(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one person the paragraph of ``sentence`` names before it (by one name), whom a pronoun
    there stands for; None when it names none or several.

    >>> text = "Eva Kok (51) is wethouder. Daarvoor werkte zij bij X."
    >>> eva = Mention(0, 7, "Eva Kok", "Person", "", 1.0)
    >>> ctx = DocContext("d", text, [Sentence(0, 26, text[:26]), Sentence(27, 53, text[27:])], [eva])
    >>> _paragraph_person(ctx, ctx.sentences[1]).text
    'Eva Kok'
    """
    start = ctx.text.rfind("\n\n", 0, sentence.start)
    before = [m for m in ctx.in_span(start + 1 if start >= 0 else 0, sentence.start) if m.type == "Person"]
    labels = {m.label.split()[-1] for m in before}  # "Eva Kok" and "Kok" are one person
    return before[-1] if len(labels) == 1 else None


#: a time that is over, with a verb in the past: "werkte eerder bij", "die vroeger bij X werkte", "Daarvoor werkte zij",
#: "werkte tot voor kort bij" (round 44k)
_EARLIER_TIME = re.compile(r"\b(?:eerder|vroeger|voorheen|daarvoor|daarvóór|destijds|tot\s+(?:voor\s+kort|kort\s+geleden))\b",
                           re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:werkte|werkten|was|waren|kwam|kwamen)\b")


def worked_earlier(text: str, sentence: Sentence, cue: int, end: int) -> bool:
    """Whether the clause from the cue's clause start to the clause end after ``end`` says the work is
    over: a past verb and "eerder", "vroeger", "daarvoor", "tot voor kort" (walkthrough 17, finding 31).

    >>> s = "Eva Kok werkte eerder bij de gemeente Ede."
    >>> worked_earlier(s, Sentence(0, len(s), s), s.index("werkte"), s.index("Ede") + 3)
    True
    >>> s = "Eva Kok, die eerder wethouder was, werkt bij de gemeente Ede."
    >>> worked_earlier(s, Sentence(0, len(s), s), s.index("werkt "), s.index("Ede") + 3)
    False
    """
    left = max(text.rfind(",", sentence.start, cue), sentence.start)
    stops = [k for k in (text.find(c, end, sentence.end) for c in ",;") if k >= 0]
    right = min(stops + [sentence.end])
    return _EARLIER_TIME.search(text, left, right) is not None and _PAST_VERB.search(text, left, right) is not None


def _employed(ctx: DocContext, sentence: Sentence, persons: list[Mention], cue: int, target: Mention | None) -> None:
    if target is None or target.type not in _EMPLOYERS:
        return
    before = [p for p in persons if p.end <= cue]
    person = before[-1] if before else ctx.pronoun_person(sentence)
    if person is not None:
        ctx.add(person, "affiliatedWith", target, sentence, "roles.werkt-bij", 0.7,
                past=worked_earlier(ctx.text, sentence, cue, target.end))


#: a line of an attendance list grouped by organisation: "- OCW: X (directeur), Y (adviseur)"
_LINE_OPENING = re.compile(r"[ \t]*(?:[-•*][ \t]+)?")


def line_organisation(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The organisation that opens ``sentence`` as a line heading with a colon: "OCW: X, Y".

    >>> text = "- OCW: Marieke Smit (directeur)"
    >>> ocw = Mention(2, 5, "OCW", "Ministry", "", 1.0)
    >>> line_organisation(DocContext("d", text, [], [ocw]), Sentence(0, len(text), text)).text
    'OCW'
    """
    opening = _LINE_OPENING.match(ctx.text, sentence.start, sentence.end)
    first = next((m for m in ctx.in_sentence(sentence) if m.start == opening.end()), None)
    if first is None or first.type not in ("Organisation", "Ministry", "Municipality", "Province") \
            or ctx.text[first.end:first.end + 1] != ":":
        return None
    return first


#: the line above a bullet list that says for whom its people attend: "Namens het ministerie van SZW", or
#: the list's heading that is only a public body ("Gemeente Alkmaar" over the people a report spoke with there)
_GROUP_LINE = re.compile(r"[ \t]*(?:(?:Namens|Vanuit|Van\s+de\s+zijde\s+van|(?:Deelnemers|Delegatie)(?:\s+(?:van|namens|vanuit))?)"
                         r"\s+(?:de\s+|het\s+)?"
                         r"(?:(?:ministerie|gemeente|provincie)\s+(?:van\s+)?)?|(?:ministerie\s+van|gemeente|provincie)\s+)",
                         re.IGNORECASE)
_ACTOR_TYPES = ("Organisation", "Ministry", "Municipality", "Province")


#: the line over a party's signature: "Namens de gemeente Enschede", "Voor akkoord, namens Divosa:"
_ON_BEHALF_LINE = re.compile(r"[ \t]*(?:voor\s+akkoord,?\s+)?(?:mede\s+)?(?:namens|voor)\s+(?:de\s+|het\s+)?"
                             r"(?:college\s+van\s+(?:B\s*&\s*W|B\s+en\s+W|burgemeester\s+en\s+wethouders)\s+van\s+)?"
                             r"(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
#: between the party and the signatory's name on one line: a comma, then titles or a form of address ("drs.", "mevrouw")
_PARTY_THEN_NAME = re.compile(r"\s*,\s*(?:[a-z]{1,8}\.?\s+){0,3}")


def signing_party(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The one actor the line ``start:end`` signs for ("Namens de gemeente Ede", "Voor akkoord,
    namens de VNG:"), with nothing else on the line.

    >>> text = "Namens de VNG,"
    >>> signing_party(DocContext("d", text, [], [Mention(10, 13, "VNG", "Organisation", "", 1.0)]), 0, len(text)).text
    'VNG'
    """
    opening = _ON_BEHALF_LINE.match(ctx.text, start, end)
    if opening is None:
        return None
    found = ctx.in_span(opening.end(), end)
    if len(found) != 1 or found[0].type not in _ACTOR_TYPES or found[0].start != opening.end() \
            or not re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*[,:]?\s*", ctx.text[found[0].end:end]):
        return None
    return found[0]


def party_above(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The party of a "Namens …" line right above the line ``sentence`` opens ("Namens Divosa" /
    "Ruud Schaapveld, voorzitter"): the one its signatory holds a role at."""
    line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
    if line_start < 2 or ctx.text[line_start:sentence.start].strip():
        return None
    above = ctx.text.rfind("\n", 0, line_start - 1) + 1
    return signing_party(ctx, above, line_start - 1)


def party_opening(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The party a signature line opens with before the signatory's name: "namens het college van B&W van
    Ede, A. Smit, wethouder Wonen", "mede namens Aedes, ir. B. Kok, voorzitter". The signatory holds the
    role the line gives at that party, not at a body the letter names elsewhere.

    >>> text = "mede namens Aedes, ir. B. Kok, voorzitter"
    >>> aedes, kok = Mention(12, 17, "Aedes", "Organisation", "", 1.0), Mention(23, 29, "B. Kok", "Person", "", 1.0)
    >>> party_opening(DocContext("d", text, [], [aedes, kok]), Sentence(0, len(text), text), kok).text
    'Aedes'
    """
    begin = ctx.content_start(sentence)
    if "amens" not in ctx.text[begin:begin + 14]:
        return None
    opening = _ON_BEHALF_LINE.match(ctx.text, begin, person.start)
    found = ctx.in_span(opening.end(), person.start) if opening else []
    if len(found) != 1 or found[0].type not in _ACTOR_TYPES or found[0].start != opening.end() \
            or not _PARTY_THEN_NAME.fullmatch(ctx.text, found[0].end, person.start):
        return None
    return found[0]


def group_organisation(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The organisation a bullet item's list is grouped under: the line just above the list says
    "Namens <organisatie>" and nothing else ("Namens het ministerie van SZW:").

    >>> text = "Namens de VNG\\n- Eva Smit, beleidsadviseur"
    >>> vng = Mention(10, 13, "VNG", "Organisation", "", 1.0)
    >>> sentences = [Sentence(0, 13, text[:13], True), Sentence(14, len(text), text[14:], bullet_list=1, bullet_item=1)]
    >>> group_organisation(DocContext("d", text, sentences, [vng]), sentences[1]).text
    'VNG'
    """
    if sentence.bullet_list is None:
        return None
    starts = ctx.scope.starts
    k = bisect.bisect_left(starts, sentence.start) - 1
    while k >= 0 and ctx.sentences[k].bullet_list == sentence.bullet_list:
        k -= 1
    if k < 0 or ctx.sentences[k].bullet_list is not None:
        return None
    line = ctx.sentences[k]
    opening = _GROUP_LINE.match(ctx.text, line.start, line.end)
    if opening is None:
        return None
    found = [m for m in ctx.in_sentence(line) if m.end > opening.end() - 1]
    if len(found) == 2 and found[1].type == found[0].type and re.fullmatch(r"\s*\(", ctx.text[found[0].end:found[1].start]):
        found = found[:1]  # "Deelnemers ministerie van Economische Zaken (EZ)": the name and its abbreviation
    if len(found) != 1 or found[0].type not in _ACTOR_TYPES \
            or ctx.text[opening.end():found[0].start].strip() \
            or not re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*:?\s*", ctx.text[found[0].end:line.end]):
        return None
    return found[0]


def line_members(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Each person listed after "<organisatie>:" on a line works there ("- MBO Raad: Hanneke Post"),
    unless a bracket after the name names another place."""
    organisation = line_organisation(ctx, sentence) if persons and ":" in sentence.text else None
    if organisation is None and persons and sentence.bullet_list is not None:
        organisation = group_organisation(ctx, sentence)
        if organisation is not None and any(m.type in _ACTOR_TYPES and m.label != organisation.label
                                            or m.type == "Person" and m is not persons[0]
                                            for m in ctx.in_sentence(sentence)):
            return  # "- X, wethouder Leeuwarden": the item names whose the person is; one person per item
    function = None
    if organisation is None and len(persons) == 1 and sentence.bullet_list is not None:
        organisation = _item_organisation(ctx, sentence, persons[0])
        function = _item_function(ctx, sentence, organisation) if organisation is not None else None
    if organisation is None:
        return
    if function is not None:  # "- Eva Smit, UWV, adviseur regionale arbeidsmarkt"
        ctx.add(persons[0], "hasRole", organisation, sentence, "roles.line-organisation", 0.75, role=function)
    for person in persons:
        bracket = ctx.bracket_after(person)
        if bracket and [m for m in ctx.in_span(*bracket) if m.type != "Person"]:
            continue
        ctx.add(person, "affiliatedWith", organisation, sentence, "roles.line-organisation", 0.75)


def _item_organisation(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The organisation of an attendance item that is only a name and an organisation: "- Eva Smit, VNG".

    >>> text = "- Eva Smit, VNG"
    >>> eva, vng = Mention(2, 10, "Eva Smit", "Person", "", 1.0), Mention(12, 15, "VNG", "Organisation", "", 1.0)
    >>> _item_organisation(DocContext("d", text, [], [eva, vng]), Sentence(0, len(text), text, bullet_list=1), eva).text
    'VNG'
    >>> text = "- Eva Smit (voorzitter), gemeente Ede"
    >>> eva, ede = Mention(2, 10, "Eva Smit", "Person", "", 1.0), Mention(34, 37, "Ede", "Municipality", "", 1.0)
    >>> _item_organisation(DocContext("d", text, [], [eva, ede]), Sentence(0, len(text), text, bullet_list=1), eva).text
    'Ede'
    """
    opening = _LINE_OPENING.match(ctx.text, sentence.start, sentence.end)
    if person.start != opening.end():
        return None
    # (a bracket may stand before the comma, and a kind word before the name: "- X (voorzitter), gemeente Tilburg")
    comma = re.match(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*(?:de\s+|het\s+)?(?:(?i:ministerie\s+van|gemeente|provincie)\s+)?",
                     ctx.text[person.end:sentence.end])
    if comma is None:
        return None
    found = [m for m in ctx.in_sentence(sentence) if m.start == person.end + comma.end()]
    if not found or found[0].type not in _ACTOR_TYPES \
            or not (_ITEM_END.fullmatch(ctx.text, found[0].end, sentence.end)
                    or _item_function(ctx, sentence, found[0]) is not None):
        return None
    return found[0]


#: what may close an attendance item after its organisation: a note in brackets ("(tot 15.00 uur)")
_ITEM_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[.;]?\s*")
#: a function after the organisation of an attendance item: ", adviseur regionale arbeidsmarkt"
_ITEM_FUNCTION = re.compile(r"\s*,\s*([a-zà-ÿ][\w-]*)((?:\s+[\w-]+){0,4})\s*(?:\([^()]{1,40}\))?\s*[.;]?\s*")


def _item_function(ctx: DocContext, sentence: Sentence, organisation: Mention) -> str | None:
    """The role an attendance item gives after its organisation ("- Eva Smit, UWV, adviseur
    regionale arbeidsmarkt": "adviseur"), else None.

    >>> text = "- Eva Smit, UWV, adviseur regionale arbeidsmarkt"
    >>> uwv = Mention(12, 15, "UWV", "Organisation", "", 1.0)
    >>> _item_function(DocContext("d", text, [], [uwv]), Sentence(0, len(text), text, bullet_list=1), uwv)
    'adviseur'
    """
    match = _ITEM_FUNCTION.fullmatch(ctx.text, organisation.end, sentence.end)
    if match is None or ctx.in_span(match.start(1), match.end()):
        return None
    for surface in (match.group(1) + match.group(2), match.group(1)):
        role = role_of(surface)
        if role is not None:
            return role.label
    return None


#: "<organisatie> werd vertegenwoordigd door (beleidsadviseur) X", and a party of an agreement: "Stichting
#: Platform31, vertegenwoordigd door programmaleider X", "De N.V. X (X NL), hierbij vertegenwoordigd door directeur Y"
_REPRESENTABLE = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the same after an apposition: ", de regionale ontwikkelingsmaatschappij van Limburg, was vertegenwoordigd door"
_APPOSED_REPRESENTED = re.compile(r"\s*,\s*(?:de|het|een)\s+[^,;()\n]{1,80},\s*(?:werd|wordt|is|was|werden|worden)\s+"
                                  r"(?:(?:ook|eveneens|daar|hier)\s+)?vertegenwoordigd\s+door\s+(?:de\s+|het\s+)?$")
#: how or since when an actor is represented, before the participle: "ambtelijk", "sinds mei 2023"
REPRESENTED_HOW = (r"(?:(?:ambtelijk|bestuurlijk|ook|eveneens|inmiddels|formeel)\s+"
                   r"|(?:sinds|vanaf|per)\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?\d{4}\s+)*")
#: the verb before the subject too ("In de pijler is Zwolle ambtelijk vertegenwoordigd door beleidsadviseur X")
_REPRESENTED = re.compile(r"(?:\s+(?:werd|wordt|is|was|werden|worden)\s+|\)?\s*,\s*(?:hierbij\s+)?|\s+(?=[a-z]))"
                          + REPRESENTED_HOW + r"vertegenwoordigd\s+door\s+(?:de\s+|het\s+)?$")


def represented_by(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The organisation that "werd vertegenwoordigd door" the role word at ``start`` and its person.

    >>> text = "De VNG werd vertegenwoordigd door beleidsadviseur Koen Tahiri."
    >>> vng = Mention(3, 6, "VNG", "Organisation", "", 1.0)
    >>> represented_by(DocContext("d", text, [], [vng]), Sentence(0, len(text), text), 34).text
    'VNG'
    >>> text = "Ook de VNG, de vereniging van gemeenten, was vertegenwoordigd door directeur Koen Tahiri."
    >>> vng = Mention(7, 10, "VNG", "Organisation", "", 1.0)
    >>> represented_by(DocContext("d", text, [], [vng]), Sentence(0, len(text), text), 67).text
    'VNG'
    """
    before = [m for m in ctx.in_span(sentence.start, start)]
    represented = None
    for m in reversed(before):  # an apposition may stand before the verb: "LIOF, de … van Limburg, was vertegenwoordigd"
        if m.type in _REPRESENTABLE and (m is before[-1] and _REPRESENTED.fullmatch(ctx.text, m.end, start)
                                         or _APPOSED_REPRESENTED.fullmatch(ctx.text, m.end, start)):
            represented = m
            break
    return represented
