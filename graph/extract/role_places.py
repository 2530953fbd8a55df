"""Where a role is held when a place or field says it: a portfolio and its place ("wethouder Zorg in Zwolle"),
the municipality of a signature line, "uit <gemeente>", "van de gemeente", and whether a place belongs to
another person's role. Helpers of :mod:`.roles`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import DocContext
from .lexicon import RoleWord, load_lexicon
from .model import Mention, Sentence
from .phrases import STOP
from .role_words import role_fits, role_of, role_pattern
from .subject_phrases import names_a_subject

__all__ = ["field_place", "field_then_holder", "line_employer", "the_municipality", "town_just_named", "_EMPLOYERS", "_field_before_name",
           "_place_after_uit", "_place_of_other", "_portfolio_place", "_ROLE_OF_PLACE", "_signature_municipality",
           "_stacked_role_of_place"]


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
#: "(wethouder) gemeente Ede", "(wethouder), gemeente Haarlem" (round 54d: a bare role, then the town's field)
_SIGNATURE_PLACE = re.compile(r"(?:\s+[^,;:()\n]{1,40}?\s*,|\s*,)?\s*(?:de\s+)?(?i:gemeente)\s+")


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


#: a field of work, a comma and the employer that closes a line: ", ministerie van ", ", "
_LINE_EMPLOYER = re.compile(r"(?:\s+[^,;:()\n]{1,40}?)?\s*,\s*(?:(?:het\s+)?(?i:ministerie)\s+van\s+)?")


def line_employer(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The ministry or organisation that closes the role's line after a field and a comma, as in an
    attendance list ("Eva Kok, directeur Woningbouw, ministerie van Binnenlandse Zaken", "Jan Smit,
    directeur Participatie, BZK"): the body the line names, not the unit of the minutes.

    >>> text = "Eva Kok, directeur Wonen, VNG"
    >>> vng = Mention(26, 29, "VNG", "Organisation", "", 1.0)
    >>> line_employer(DocContext("d", text, [], [vng]), Sentence(0, len(text), text), 18).text
    'VNG'
    >>> text = "| 9.30 | Eva Kok, directeur Wonen, VNG | ontvangst |"
    >>> vng = Mention(35, 38, "VNG", "Organisation", "", 1.0)
    >>> line_employer(DocContext("d", text, [], [vng]), Sentence(0, len(text), text), 27).text
    'VNG'
    """
    comma = _LINE_EMPLOYER.match(ctx.text, end, sentence.end)
    if comma is None or ctx.in_span(end, comma.end()):
        return None
    found = [m for m in ctx.in_span(comma.end(), sentence.end) if m.start == comma.end()]
    if not found or found[0].type not in ("Ministry", "Organisation"):
        return None
    rest = ctx.text[found[0].end:sentence.end]
    # the line, or a table's cell ("| Eva Kok, hoofd stadsontwikkeling, Københavns Kommune |", round 58s), ends there
    return found[0] if re.fullmatch(r"[\s.;]*(?:\([^()]{0,60}\)[\s.;]*)?(?:\|[^\n]*)?", rest) else None


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
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;)]|$)"
                               # or the clause's second verb: "… directeur X van BZK en volgt daarmee Y op"
                               r"|\s+en\s+(?:volgt|volgde|is|wordt|was|werd|blijft|neemt|nam|heeft|had)\s")


#: what stands right before a town that is visited: "(werk)bezoek aan", "bezocht", "was te gast in"
_VISITED = re.compile(r"(?:bezoek\s+aan|bezocht(?:en)?|te\s+gast\s+in)\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)


def town_just_named(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one municipality the sentence right before ``sentence`` says is visited, in the same paragraph
    (no blank line or heading between): "De minister bracht een werkbezoek aan Zwolle. Burgemeester X
    ontving haar" — who receives the visitor is the town's. None for a town named otherwise ("zoals in
    Ede", a dateline) or several.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De minister bracht een werkbezoek aan Zwolle. Burgemeester Eva Kok ontving haar."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "hasRole"]
    [('Eva Kok', 'Zwolle')]
    """
    previous = ctx.previous_sentence(sentence)
    if previous is None or previous.is_heading or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    towns = [m for m in ctx.in_sentence(previous) if m.type == "Municipality"]
    if not towns or len({m.key for m in towns}) > 1:
        return None
    return towns[0] if _VISITED.search(ctx.text, max(previous.start, towns[0].start - 40), towns[0].start) else None


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
    if match is None:
        return None, None
    field = match.group("field")
    if any(w.lower() in STOP and w.lower() != "en" for w in field.split()) \
            and not (field[:1].isupper() and field.split()[-1][:1].isupper() and names_a_subject(field)):
        return None, None  # (but a capitalised subject: "programmamanager Energie in de Wijk bij KGG")
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
    # (the bare "de gemeente" may be a reference of its own, :mod:`.references`, 59c: this reads it the same way)
    if match is None or [m for m in ctx.in_span(end, match.end()) if m.rule != "references.gemeente"]:
        return None
    previous = ctx.previous_sentence(sentence)
    paragraph = ctx.text.rfind("\n\n", 0, sentence.start) + 1
    for start, stop in ((paragraph, end), (previous.start, previous.end) if previous is not None else (0, 0)):
        towns = [m for m in ctx.in_span(start, stop) if m.type == "Municipality"]
        if towns:
            return towns[-1] if len({m.label for m in towns}) == 1 else None
    return None


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
    after = [m for m in ctx.in_span(place.end, sentence.end) if m.start >= place.end][:1]
    if after and after[0].type == "Person" and after[0] is not person and place.start != person.end \
            and (gap := text[place.end:after[0].start].strip()) and role_pattern().fullmatch(gap):
        return True  # "… over van Leeuwarder wethouder Y": the place adjective of another's role word
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
