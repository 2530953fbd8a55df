"""Where a role is held: the organisation, unit or place a role word belongs to.

The "van/bij …" complement, a unit right after the role word, a portfolio and its place ("wethouder
Zorg in Zwolle"), the municipality of a signature line, "uit <gemeente>", a bare kind word, the
board a neighbouring chair was given, the organisation a clause speaks for ("Namens OCW …"), the
unit that owns a bullet list, and what the role word's scope says. Helpers of
:mod:`graph.extract.roles`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import HOLDERS, DocContext
from .lexicon import RoleWord, load_lexicon
from .model import Mention, Sentence
from .phrases import STOP
from .role_words import role_fits, role_of, role_pattern

__all__ = ["secretariat_of", "field_place", "object_after_topic",
    "_BARE_KIND", "_BOARD", "_ROLE_OF_PLACE", "_bare_kind_unit", "_board_holder", "_bracket_place",
    "_field_before_name", "_in_other_bracket", "_list_owner", "_names_unknown_holder", "_object_after_van",
    "held_role_unit", "field_then_holder", "the_municipality", "chaired_body", "_on_behalf_clause", "_on_behalf_of", "_place_after_uit", "_place_of_other", "_portfolio_place",
    "_scope_object", "_second_apposition", "_signature_municipality", "_stacked_role_of_place",
    "_unit_after_role", "_unnamed_body_near", "_line_place", "_listed_body"
]


#: a sentence that opens with whom its subject speaks for: "Namens (de) VNG tekende X, directeur …"
_ON_BEHALF = re.compile(r"\s*(?:[Nn]amens|[Vv]anuit)\s+(?:de\s+|het\s+)?(?:(?i:ministerie\s+van|gemeenten?|provincie)\s+)?")


def _first_after(ctx: DocContext, offset: int, end: int, types, max_gap: int = 40) -> Mention | None:
    for m in ctx.in_span(offset, end):
        if m.type in types and m.start - offset <= max_gap:
            return m
    return None


@lru_cache(maxsize=1)
def _portfolio_pattern() -> re.Pattern:
    words = sorted(load_lexicon().portfolios, key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    return re.compile(rf"\s+{word}(?:(?:\s*,\s*|\s+en\s+|\s*&\s*){word})*(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _field_before_name() -> re.Pattern:
    """A portfolio between a role word and the name, with an adjective before it: " Ruimtelijke Economie ", and
    an academic title after it: " Inclusieve Arbeidsmarkt dr. "."""
    return re.compile(rf"(?:\s+(?-i:[A-Z][a-zà-ÿ]+e))?{_portfolio_pattern().pattern}\s+"
                      r"(?:(?:mr|dr|drs|ir|ing|prof)\.\s*)*", re.IGNORECASE)


#: where the place is named after a portfolio: "(wethouder Zorg) in Zwolle", "… bij de provincie Gelderland"
_PLACE_AFTER = re.compile(r"\s*(?:(?:in|van|bij|aan)\s+)?(?:de\s+(?i:gemeente|provincie)\s+|"
                          r"het\s+(?i:ministerie)\s+van\s+|de\s+|het\s+)?"
                          # the kind of employer before its name: "bij woningcorporatie X", "bij zorgorganisatie Y"
                          r"(?:[a-z]*(?:corporatie|vereniging|organisatie|stichting|instelling)\s+)?")


#: the municipality closing a signature line: "(wethouder) Economische Zaken, gemeente Breda",
#: "(wethouder) gemeente Ede"
_SIGNATURE_PLACE = re.compile(r"(?:\s+[^,;:()\n]{1,40}?\s*,)?\s*(?:de\s+)?(?i:gemeente)\s+")


#: an apposition of a role before another: ", voorzitter Pijler Duurzaamheid, "
#: (the second may be qualified as the role of a handover: ", nieuwe bestuurlijk trekker", ", vertrekkend trekker")
_FIRST_APPOSITION = re.compile(r"\s*,\s*([^,;()\n]{2,60}?)(?:,\s*(?:de\s+|het\s+)?"
                               r"(?:(?:nieuwe|vertrekkende?|scheidende?|kersverse|huidige)\s+)?|\s+en\s+)")


def _second_apposition(ctx: DocContext, name_end: int, start: int) -> bool:
    """Whether the role word at ``start`` is the second of two appositions to the name ending at
    ``name_end``: "Harm Bos, voorzitter Pijler Water, wethouder gemeente Ede".

    >>> text = "Harm Bos, voorzitter Pijler Water, wethouder gemeente Ede"
    >>> _second_apposition(DocContext("d", text, [], []), 8, text.index("wethouder"))
    True
    >>> text = "Harm Bos, voorzitter van de Pijler Water en wethouder in Ede"
    >>> _second_apposition(DocContext("d", text, [], []), 8, text.index("wethouder"))
    True
    >>> text = "Harm Bos, wethouder gemeente Ede, nieuwe bestuurlijk trekker"
    >>> _second_apposition(DocContext("d", text, [], []), 8, text.index("bestuurlijk"))
    True
    """
    first = _FIRST_APPOSITION.fullmatch(ctx.text, name_end, start)
    return first is not None and \
        role_pattern().match(ctx.text, _PAST_PREFIX.match(ctx.text, first.start(1)).end()) is not None


#: what makes a role word past before it: "oud-wethouder", "ex-voorzitter", "voormalig wethouder"
_PAST_PREFIX = re.compile(r"(?:(?:oud|ex)-|voormalige?\s+)?", re.IGNORECASE)


def _signature_municipality(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The municipality after "gemeente" that closes the role's line or clause ("Sanne Bos, wethouder
    Economische Zaken, gemeente Breda"): a field of work may stand between, with a comma.

    >>> text = "Sanne Bos, wethouder Werk, gemeente Breda"
    >>> breda = Mention(36, 41, "Breda", "Municipality", "", 1.0)
    >>> _signature_municipality(DocContext("d", text, [], [breda]), Sentence(0, len(text), text), 20).text
    'Breda'
    """
    place = _SIGNATURE_PLACE.match(ctx.text, end, sentence.end)
    if place is None:
        return None
    found = [m for m in ctx.in_span(place.end(), sentence.end) if m.start == place.end()]
    return found[0] if found and found[0].type == "Municipality" else None


_UIT = re.compile(r"\s+uit\s+(?:de\s+(?i:gemeente)\s+)?")


def _place_after_uit(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The municipality of "uit <gemeente>" right after a name: "wethouder Marieke Dam uit Zwolle".

    >>> text = "wethouder Marieke Dam uit Zwolle"
    >>> zwolle = Mention(26, 32, "Zwolle", "Municipality", "", 1.0)
    >>> _place_after_uit(DocContext("d", text, [], [zwolle]), Sentence(0, len(text), text), 21).text
    'Zwolle'
    """
    place = _UIT.match(ctx.text, end, sentence.end)
    found = [m for m in ctx.in_span(place.end(), sentence.end) if m.start == place.end()] if place else []
    return found[0] if found and found[0].type == "Municipality" else None


def _unit_after_role(ctx: DocContext, sentence: Sentence, end: int, *, organisations: bool = False) -> Mention | None:
    """The unit named right after a role word, without "van": "voorzitter G40 Pijler Duurzaamheid",
    "trekker themagroep Wonen" (an organisation's name may come first as a modifier); with
    ``organisations``, also an organisation that closes the phrase: "X, voorzitter Divosa," .

    >>> text = "Jan Bos, voorzitter G40 Pijler Water"
    >>> g40, unit = Mention(20, 23, "G40", "Organisation", "", 1.0), Mention(24, 36, "Pijler Water", "OrganisationalUnit", "", 1.0)
    >>> _unit_after_role(DocContext("d", text, [], [g40, unit]), Sentence(0, len(text), text), 19).text
    'Pijler Water'
    """
    after = [m for m in ctx.in_span(end, min(sentence.end, end + 80)) if m.type != "Person"][:2]
    if not after or ctx.text[end:after[0].start].strip():
        return None
    if after[0].type == "Organisation" and len(after) > 1 and after[1].type == "OrganisationalUnit" \
            and not ctx.text[after[0].end:after[1].start].strip("- "):
        return after[1]
    if organisations and after[0].type == "Organisation" and _NAME_CLOSES.match(ctx.text, after[0].end, sentence.end):
        return after[0]  # "Gerrit Bos, voorzitter Divosa,": an organisation that ends the role's phrase
    return after[0] if after[0].type == "OrganisationalUnit" else None


#: what may follow an organisation named right after a role word for it to be the role's holder
_NAME_CLOSES = re.compile(r"\s*(?:[,.;:)]|$|\s(?:en|is|was|wordt|werd|zei|zegt|sprak|tekende)\b)")


#: a lower-case field of work before the body that employs: "(projectleider) netcongestie (bij de gemeente)"
_TOPIC_BEFORE_BODY = re.compile(r"\s+[a-zà-ÿ]+(?:\s+en\s+[a-zà-ÿ]+)?(?=\s+(?:bij|van)\s+(?:de\s+gemeente|de\s+provincie|"
                                r"het\s+ministerie\s+van)\s)")


#: a field of capitalised words before "bij" and the employer: "(directeur) Samenleving en Integratie bij (SZW)"
_FIELD_BEFORE_BIJ = re.compile(r"\s+(?-i:[A-Z][a-zà-ÿ-]+)(?:(?:\s*,\s*|\s+en\s+|\s+)(?-i:[A-Z][a-zà-ÿ-]+)){0,4}"
                               r"(?=\s+(?:bij|aan)\s)")  # "(lector) Wijkgericht Werken aan (de Hogeschool X)"


def _portfolio_place(ctx: DocContext, sentence: Sentence, end: int, *, field_bij: bool = False) -> Mention | None:
    """The organisation after a portfolio that follows a role word: "wethouder Zorg en Welzijn in
    Zwolle", "directeur Warmte en Ondergrond bij EZK" (the portfolio names a field, not a unit);
    ``field_bij``: any capitalised field before "bij" and a ministry or organisation ("directeur
    Samenleving en Integratie bij SZW")."""
    portfolio = _portfolio_pattern().match(ctx.text, end, sentence.end) \
        or _TOPIC_BEFORE_BODY.match(ctx.text, end, sentence.end)
    field = portfolio is None and field_bij
    if field:
        portfolio = _FIELD_BEFORE_BIJ.match(ctx.text, end, sentence.end)
    if portfolio is None:
        return None
    place = _PLACE_AFTER.match(ctx.text, portfolio.end(), sentence.end)
    found = [m for m in ctx.in_span(place.end(), sentence.end) if m.start == place.end()]
    if field and (not found or found[0].type not in ("Organisation", "Ministry")
                  or ctx.in_span(end, portfolio.end())):  # a name in the field: "voorzitter Pijler X bij …"
        return None
    return found[0] if found and found[0].type in ("Municipality", "Organisation", "Ministry", "Province") else None


#: a field of one to four words between an apposition's role word and "van/bij" and its holder:
#: "(X, programmamanager) binnenstad van Helmond", "(kwartiermaker) Eenvoudig Maatwerk bij de gemeente Deventer"
_FIELD_THEN_OF = re.compile(r"\s+(?P<field>[\w&-]+(?:\s+[\w&-]+){0,3}?"
                            # a portfolio of several capitalised fields: "directeur Armoedebeleid, Participatie en Schulden bij"
                            r"(?:\s*,\s*[A-Z][\w&-]*(?:\s+(?:en\s+)?[A-Z][\w&-]*){0,2}){0,3})"
                            r"\s+(?:(?P<employed>bij\s+de\s+(?i:gemeente)\s+)|(?:van|bij)\s+"
                            r"(?:de\s+(?i:gemeente|provincie)\s+|het\s+(?i:ministerie)\s+van\s+|de\s+|het\s+)?)")
#: the holders a field can stand before: employers, not units ("directeur Wijk Noord bij de Pijler Fysiek")
_EMPLOYERS = frozenset({"Municipality", "Organisation", "Ministry", "Province"})
#: what closes the apposition after the holder
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;)]|$)")


def field_then_holder(ctx: DocContext, sentence: Sentence, end: int, role: RoleWord) -> Mention | None:
    """The holder an apposition names after a field: "X, programmamanager binnenstad van Helmond, …" →
    Helmond; "X, kwartiermaker Eenvoudig Maatwerk bij de gemeente Deventer" → Deventer; "X, directeur
    Armoedebeleid, Participatie en Schulden bij het ministerie van SZW" → SZW (a portfolio of capitalised
    fields joined by commas). The field holds
    no name and no function word (not "X, voorzitter sinds 2020 van …"), the holder closes the apposition,
    and the role fits it (a wethouder of a town, a programmamanager of anything; any role "bij de gemeente X").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Toen sprak Eva Kok, programmamanager binnenstad van Helmond, over de markt.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
    [('Eva Kok', 'Helmond', 'programmamanager')]
    """
    match, holder = _field_holder(ctx, sentence, end)
    if holder is None or holder.type not in _EMPLOYERS:
        return None  # (a unit after a field: "directeur Wijk Noord bij de Pijler Fysiek" directs Wijk Noord)
    if not role_fits(role, holder.type) and not (match.group("employed") and holder.type == "Municipality"):
        return None  # (one works "bij de gemeente X" in any function: "kwartiermaker … bij de gemeente Deventer")
    return holder


def _field_holder(ctx: DocContext, sentence: Sentence, end: int) -> tuple[re.Match | None, Mention | None]:
    """The "van/bij" after a field that follows the role word at ``end``, and the body named right after
    it that closes the apposition (None, None when the field holds a name or a function word)."""
    match = _FIELD_THEN_OF.match(ctx.text, end, sentence.end)
    if match is None or any(w.lower() in STOP and w.lower() != "en" for w in match.group("field").split()):
        return None, None
    if ctx.in_span(end, match.end()):
        return None, None  # a name in the field: "voorzitter Pijler Fysiek van de G40" is the pijler's
    holder = next((m for m in ctx.in_span(match.end(), sentence.end) if m.start == match.end()), None)
    if holder is None or not _APPOSITION_CLOSE.match(ctx.text, holder.end, sentence.end):
        return None, None
    return match, holder


def field_place(ctx: DocContext, sentence: Sentence, end: int, role: RoleWord) -> Mention | None:
    """The town or province an apposition names after a field when the role is no office of it: "X,
    coördinator studentenhuisvesting van Zwolle" (not the town's coördinator, but someone who works for
    it: an affiliation). None when :func:`field_then_holder` gives the role's holder, or for another body.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Toen sprak Eva Kok, coördinator studentenhuisvesting van Zwolle, over de wijk.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
    [('Eva Kok', 'affiliatedWith', 'Zwolle')]
    """
    _, holder = _field_holder(ctx, sentence, end)
    if holder is None or holder.type not in ("Municipality", "Province") or role_fits(role, holder.type):
        return None
    return holder


#: a role word's bare "van/bij de gemeente" (a field may stand between), closing its phrase
_OF_THE_MUNICIPALITY = re.compile(r"(?:\s+[\w&-]+){0,3}?\s+(?:van|bij)\s+de\s+gemeente(?=\s*(?:[,.;)]|$))")


def the_municipality(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The town a bare "van/bij de gemeente" after the role word at ``end`` refers to: the one
    municipality named before it in its paragraph ("In Gouda wonen … . … X, programmamanager van de
    gemeente"), else the one the sentence before names; None when none is named or two are.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "In Gouda wonen veel mensen. Het werk leidt Eva Kok, programmamanager wonen van de gemeente."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Eva Kok', 'Gouda')]
    """
    match = _OF_THE_MUNICIPALITY.match(ctx.text, end, sentence.end)
    if match is None or ctx.in_span(end, match.end()):
        return None
    previous = ctx.previous_sentence(sentence)
    paragraph = ctx.text.rfind("\n\n", 0, sentence.start) + 1
    for start, stop in ((paragraph, end), (previous.start, previous.end) if previous is not None else (0, 0)):
        towns = [m for m in ctx.in_span(start, stop) if m.type == "Municipality"]
        if towns:
            return towns[-1] if len({m.label for m in towns}) == 1 else None
    return None


def _object_after_van(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The organisation in "<rol> van/bij <X>" (skipping "de stuurgroep van" to reach the owner)."""
    tail = ctx.text[end:sentence.end]
    match = re.match(r"\s+(?:van|bij|aan)\s+", tail)
    if not match:
        return None
    at_institution = match.group().strip() == "aan"  # "lector aan de Hogeschool X": only an organisation
    clause_end = end + (re.search(r"[,.;:()]", tail).start() if re.search(r"[,.;:()]", tail) else len(tail))
    clause_end = max([clause_end] + [m.end for m in ctx.in_span(end, sentence.end) if m.start < clause_end < m.end])
    # (a name with a comma of its own goes on: "lid van de VNG-commissie Zorg, Jeugd en Onderwijs")
    for joined in re.finditer(r"\s+en\s+", ctx.text[end:clause_end]):
        if role_pattern().match(ctx.text, end + joined.end()):
            clause_end = end + joined.start()  # "voorzitter van de themagroep en wethouder in Ede": a second role
            break
    candidates = [m for m in ctx.in_span(end, clause_end) if m.type != "Person"]
    if len(candidates) > 1 and candidates[0].type == "Organisation" and candidates[1].type == "OrganisationalUnit" \
            and candidates[1].start - candidates[0].end <= 1:
        return candidates[1]  # "voorzitter van de G40 pijler Sociaal"
    if candidates and _BODY_OF.match(ctx.text, candidates[0].end):
        return None  # "lid van de VNG-commissie X": a body of the organisation, not the organisation
    if at_institution and (not candidates or candidates[0].type != "Organisation"):
        return None
    return candidates[0] if candidates else None


#: a role's topic written with capitals between the role word and its body: "thematrekker Slimme
#: Mobiliteit van de Themagroep …" (one to four words, no name among them)
_TOPIC_WORDS = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?=\s+(?:van|bij)\s)")


def object_after_topic(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The body in "<rol> <onderwerp> van <X>": Dutch puts the role's topic between the role word
    and the body it is held in ("X is thematrekker Slimme Mobiliteit van de Themagroep Y"). The topic
    is a theme, or capitalised words that name nothing the text found (so never a person)."""
    topic = _TOPIC_WORDS.match(ctx.text, end, sentence.end)
    if topic is None:
        return None
    inside = [m for m in ctx.in_span(end, topic.end()) if m.start < topic.end()]
    if any(m.type != "Theme" for m in inside):
        return None
    return _object_after_van(ctx, sentence, topic.end())


#: a name glued to a body it has: "VNG-commissie", "G40-werkgroep", "IPO-delegatie"
_BODY_OF = re.compile(r"-(?:commissie|werkgroep|delegatie|adviescommissie|stuurgroep)\b")


#: a bare kind word right after a unit role in a bracket: "(secretaris themagroep, …)", "(secretaris taskforce)"
_BARE_KIND = re.compile(r"\s+(?:van\s+(?:de|het|deze|dit)\s+)?(themagroep|taskforce|stuurgroep|werkgroep|kernteam|pijler)"
                        r"(?:\s*[,;.)]|\s+en\s|\s*$)", re.IGNORECASE)


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
    before = {m.label: m for m in ctx.mentions if m.end <= end and m.type == "OrganisationalUnit" and m.kind == kind}
    return next(iter(before.values())) if len(before) == 1 else None


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


#: a role word with the kind of its unit after "van": "secretaris van de themagroep" (no name: the last one named)
_KIND_AFTER_ROLE = re.compile(r"[\w-]+\s+van\s+(?:de|het)\s+([a-z]+)\b(?!\s+[A-Z])")


def _scope_object(ctx: DocContext, role: RoleWord, sentence: Sentence, at: int, person: Mention | None):
    scope = role.scope
    if scope.startswith("body:"):  # "Kamerlid X": a member of the Tweede Kamer, when the document names it
        return next((m for m in ctx.mentions if m.label == scope[5:]), None)
    named_kind = _KIND_AFTER_ROLE.match(ctx.text, at, sentence.end)
    if scope == "unit" and named_kind is not None and named_kind.group(1).lower() in load_lexicon().unit_kinds:
        # "secretaris van de themagroep": the last themagroep named, not the passage's pijler
        scope = "unit:" + load_lexicon().unit_kinds[named_kind.group(1).lower()].kind
    if scope.startswith("unit:"):
        kind = scope.split(":", 1)[1]
        for m in reversed([m for m in ctx.mentions if m.end <= at]):
            if m.type == "OrganisationalUnit" and m.kind == kind and ctx.scope.visible(m, at):
                return m
        return None
    if scope in ("municipality", "ministry", "province", "any"):
        types = {"municipality": {"Municipality"}, "ministry": {"Ministry"}, "province": {"Province"},
                 "any": {"Municipality", "Organisation", "Ministry", "Province"}}[scope]
        if person is not None:
            bracket = ctx.bracket_after(person)
            if bracket:
                found = _first_after(ctx, bracket[0], bracket[1], types)
                if found:
                    return found
        return None
    if scope == "theme":
        return None
    return ctx.context_unit(at)


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


#: "van (de gemeente / de provincie)" between a role word and a place that a name follows
_ROLE_OF_PLACE = re.compile(r"\s+van\s+(?:de\s+(?:gemeente|provincie)\s+|het\s+|de\s+)?")


#: a place named as where something happens: "in het stadhuis van Zoetermeer", "op het provinciehuis in"
#: (or of a gathering: "het congres in Breda werd geopend door wethouder X", "tijdens een werkbezoek aan Zwolle")
_VENUE_BEFORE = re.compile(r"\b(?:(?:stadhuis|stadskantoor|gemeentehuis|provinciehuis|raadzaal)\s+(?:van|in)|"
                           r"(?:congres|bijeenkomst|conferentie|werkconferentie|werkbezoek|bezoek|netwerkdag|stedendag|"
                           r"symposium|kennisdag|ontvangst|opening)\s+(?:in|te|aan)|op\s+uitnodiging\s+van)\s+"
                           r"(?:de\s+gemeente\s+)?$", re.IGNORECASE)
#: a role word and "van" right before a place: "(samen met) de burgemeester van Tilburg"
_ROLE_VAN_BEFORE = re.compile(r"\b([\w-]+)\s+van\s+(?:de\s+gemeente\s+)?$")


#: between a person and the place that is theirs: a bracket ("Bas Hulshof (Helmond)") or "van" ("Jan Smit van Alkmaar")
_OWN_PLACE_GLUE = re.compile(r"\s*\(\s*|\s+van\s+(?:de\s+gemeente\s+)?")


def _place_of_other(ctx: DocContext, sentence: Sentence, place: Mention, person: Mention) -> bool:
    """Whether a municipality in the sentence belongs to someone or something else than ``person``:
    the bracket or "van" after another person ("… over van Bas Hulshof (Helmond)", "burgemeester Jan Smit
    van Alkmaar en burgemeester Els Bakker …"), the place of an event
    ("deel aan de netwerkdagen in Zwolle", "het congres in Breda"), of a venue ("in het stadhuis van Zoetermeer")
    or of another role word after the person ("… bezocht samen met de burgemeester van Tilburg …")."""
    text = ctx.text
    before = [m for m in ctx.in_span(sentence.start, place.start) if m.end <= place.start]
    last = before[-1] if before else None
    if last is not None and last is not person and last.type == "Person" \
            and _OWN_PLACE_GLUE.fullmatch(text, last.end, place.start):
        return True  # "(…) Bas Hulshof (Helmond)", "burgemeester Jan Smit van Alkmaar en burgemeester Els Bakker …"
    if last is not None and last.type == "Event" and re.fullmatch(r"\s+(?:in|te)\s+", text[last.end:place.start]):
        return True
    other_role = _ROLE_VAN_BEFORE.search(text, max(sentence.start, place.start - 40), place.start) \
        if place.start > person.end else None
    if other_role is not None and role_of(other_role.group(1)) is not None:
        return True  # "Wethouder X bezocht samen met de burgemeester van Tilburg de wijk": the burgemeester's
    return _VENUE_BEFORE.search(text, max(sentence.start, place.start - 60), place.start) is not None


def _stacked_role_of_place(ctx: DocContext, end: int, name: int) -> bool:
    """Whether "van <place>" alone stands between a second stacked role and the name:
    "VNG-vicevoorzitter en burgemeester van Leiden X"."""
    inside = ctx.in_span(end, name)
    return len(inside) == 1 and inside[0].type in ("Municipality", "Province", "Organisation") \
        and _ROLE_OF_PLACE.fullmatch(ctx.text, end, inside[0].start) is not None \
        and not ctx.text[inside[0].end:name].strip()


#: "… van de Arbeidsmarktregio Noord": a capitalised name after "van (de|het)"
_VAN_NAME = re.compile(r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?=[A-Z])")


def _names_unknown_holder(ctx: DocContext, sentence: Sentence, end: int) -> bool:
    """Whether the role word ending at ``end`` is followed by "van (de) <Name>" where the name is no
    known entity: the role is held there, so no unit of the passage may stand in for it.

    >>> text = "Jan is bestuurslid van de Arbeidsmarktregio Noord."
    >>> _names_unknown_holder(DocContext("d", text, [], []), Sentence(0, len(text), text), 18)
    True
    """
    match = _VAN_NAME.match(ctx.text, end, sentence.end)
    if match is None:
        return False
    at = match.end()
    return not any(m.start <= at < m.end for m in ctx.in_sentence(sentence))


def _on_behalf_of(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The organisation of "Namens <organisatie> <werkwoord> X, <rol>" when X is its first person."""
    opening = _ON_BEHALF.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if opening is None:
        return None
    after = ctx.in_span(opening.end(), person.start)
    if not after or after[0].start != opening.end() or len(after) > 1 or person.start - after[0].end > 60 \
            or after[0].type not in ("Organisation", "Ministry", "Municipality", "Province"):
        return None
    return after[0]


#: a clause that opens with whom it speaks for, one verb, then the role word: "Voor Divosa tekende voorzitter X"
_ON_BEHALF_CLAUSE = re.compile(r"(?:^|[;:]\s*|,\s*(?:en\s+)?)(?:[Nn]amens|[Vv]oor|[Vv]anuit)\s+(?:de\s+|het\s+)?"
                               r"(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?$")
_ONE_VERB = re.compile(r"\s+[a-zà-ÿ]+(?:\s+(?:ook|mede))?\s+(?:de\s+|het\s+)?")


def _on_behalf_clause(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The organisation a clause opens with when it names whom its role word speaks for:
    "Voor Divosa tekende voorzitter X", "…; namens het UWV sprak regiodirecteur Y" (a role word of
    any scope, the name right after it), and with the verb left out of a second conjunct: "Namens A neemt
    gedeputeerde X deel, namens B gedeputeerde Y".

    >>> text = "Voor Divosa tekende voorzitter Jan Bos."
    >>> divosa = Mention(5, 11, "Divosa", "Organisation", "", 1.0)
    >>> _on_behalf_clause(DocContext("d", text, [], [divosa]), Sentence(0, len(text), text), 20).text
    'Divosa'
    """
    begin = ctx.content_start(sentence)
    before = [m for m in ctx.in_span(begin, start) if m.type != "Person"]
    if not before:
        return None
    holder = before[-1]
    clause = _ON_BEHALF_CLAUSE.search(ctx.text[begin:holder.start])
    if holder.type not in ("Organisation", "Ministry", "Municipality", "Province") or clause is None:
        return None
    # the verb left out of a second conjunct: "Namens A neemt gedeputeerde X deel, namens B gedeputeerde Y"
    gapped = clause.group().startswith(",") and not ctx.text[holder.end:start].strip()
    return holder if gapped or _ONE_VERB.fullmatch(ctx.text, holder.end, start) else None


def _in_other_bracket(ctx: DocContext, sentence: Sentence, obj: Mention, person: Mention) -> bool:
    """Whether ``obj`` is named in the bracket after another person of the sentence (an attendance list)."""
    for other in ctx.in_span(sentence.start, obj.start):
        if other.type == "Person" and other is not person:
            bracket = ctx.bracket_after(other)
            if bracket and bracket[0] <= obj.start and obj.end <= bracket[1]:
                return True
    return False


def _bracket_place(ctx: DocContext, person: Mention, obj: Mention) -> Mention | None:
    """The mention of ``obj``'s type in the bracket after ``person`` ("Ilse Bos (Leiden)"), if any."""
    bracket = ctx.bracket_after(person)
    inside = [m for m in ctx.in_span(*bracket) if m.type == obj.type] if bracket else []
    return inside[0] if inside else None


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


#: before a role word in apposition right after a name: ", (de) directeur Armoede"
_APPOSITION_GLUE = re.compile(r"\s*,\s*(?:de\s+|het\s+)?")


def apposition_role(ctx: DocContext, person: Mention, end: int, body: Mention) -> RoleWord | None:
    """The role an apposition right after ``person`` (up to ``end``) gives them, when it is one that can be
    held at ``body``: "Ruud Hoogendijk, directeur Armoede" (a directeur of the body), "X, programmadirecteur
    Fiets"; None without one, or for a role of a unit or of another kind of body.

    >>> from graph.extract.model import Mention
    >>> text = "Eva Kok, directeur Armoede"
    >>> ctx = DocContext("d", text, [], [])
    >>> apposition_role(ctx, Mention(0, 7, "Eva Kok", "Person", "", 1.0), len(text),
    ...                 Mention(0, 0, "SZW", "Ministry", "", 1.0)).label
    'directeur'
    """
    glue = _APPOSITION_GLUE.match(ctx.text, person.end, end)
    word = role_pattern().match(ctx.text, glue.end(), end) if glue else None
    role = role_of(word.group(0)) if word else None
    return role if role is not None and role.scope in ("any", body.type.lower()) else None

