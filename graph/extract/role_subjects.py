"""Whom a role word is given to: the Dutch constructions that tie a role word to a person.

- before the name: "trekker Daan Bos", "Voorzitter van de themagroep Jeugd is X", "Als vicevoorzitter is
  X gekozen", a field or a place in between: "wethouder Wonen Eva Smit", "burgemeester van Leiden X", the
  name in apposition to the role noun: "de pijlervoorzitter, Marleen Vos, heeft …" (not a list: "de
  voorzitter, X, Y en Z");
- "als <rol>" after the subject: "X en Y gaan door als trekker" ("Y volgt X op als voorzitter": X
  held it before);
- the copula: "X is voorzitter", "X, die eerder voorzitter was", "Het bestuur benoemt X tot
  penningmeester", and the copula first: "Tot maart was X (Deventer) vicevoorzitter";
- apposition and brackets: "X, burgemeester van Breda", "De voorzitter van de pijler, wethouder X",
  "X (Zwolle, voorzitter)", "de Kamerleden A, B en C, allen lid van …" (each of them);
- a pronoun: "Eerder was hij voorzitter van …" (the person named before).

:func:`role_subjects` gives the persons, the rule that found them and whether the role is over;
where the role is held is found by :func:`graph.extract.roles.find_roles`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Tot maart was Eva Kok (Deventer) vicevoorzitter van de pijler Sociaal.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.role, r.rule) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Kok', 'vicevoorzitter', 'roles.inverted-copula')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .antecedents import object_antecedent, relative_antecedent
from .context import DocContext
from .directorates import named_directorate
from .lexicon import RoleWord
from .model import Mention, Sentence
from .periods import leaving, without_periods
from .role_clauses import PRONOUN_COPULA, PRONOUN_COPULA_AGAIN, clause_final_role, pronoun_after_semicolon
from .role_holders import _object_after_van, _second_apposition
from .role_places import _field_before_name, _ROLE_OF_PLACE, _stacked_role_of_place
from .role_past import (_EARLIER, _EARLIER_OPENING, _PAST, _PAST_SPAN, UNTIL_TIME, _leaving_after_apposition,
                        announced_leaving, appointed_in_clause, ended_before, inverted_leaving, left_after_role)
from .subject_phrases import after_subject_phrase
from .role_words import COURTESY_TITLE, role_of, role_pattern
from .succession_words import after_home

__all__ = ["RoleSubjects", "role_subjects", "attributive_place", "COPULA", "PRONOUN_COPULA", "PRONOUN_COPULA_AGAIN"]

#: a cell or clause that opens with an earlier time or a past copula before the role word: "| eerder burgemeester
#: van Ede |", "waarnemend; was burgemeester van Delft" (round 55t)
_EARLIER_CELL = re.compile(r"(?:[|;(\t])\s*(?:eerder|vroeger|voorheen|daarvoor|destijds|was|waren)\s+$", re.IGNORECASE)


#: "X, die (afscheid neemt) als trekker": the role belongs to the antecedent only
_RELATIVE_ALS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op|af|aan|uit|in)?\s*,\s*die\s+[^,;()]{0,80}?\bals\s+(?:de\s+|het\s+)?")
#: the comma of an apposition before its role word, with a time adverb: ", (destijds|nu) (de) wethouder";
#: a bracket may stand between the name and the comma: "X (Breda), voorzitter Pijler Fysiek"
#: (an adjective of grade or speciality may open the role: ", strategisch adviseur", ", senior beleidsmedewerker")
#: (after a separable verb's particle too: "volgde X op, burgemeester van Hoorn, …": the apposition is X's)
_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:\s+op(?=\s*,))?,\s*"
                         r"(?:(?:destijds|toen|voorheen|eerder|vroeger|nu|thans|inmiddels|sinds\s+(?:(?:\d{1,2}\s+)?[a-z]+\s+)?\d{4}|" + UNTIL_TIME + r")\s+)?(?:de\s+|het\s+)?"
                         r"(?:(?:strategisch|senior|junior|juridisch|financieel)\s+)?"
                         r"(?:(?:oud|ex)-|voormalig(?:e)?\s+)?")  # a past role: ", oud-wethouder gemeente Haarlem"
#: an appointment as a noun right before the role word, with the possessive of the relative clause's subject:
#: "(…, die) na haar benoeming tot (de) <rol>", "sinds zijn aanstelling als <rol>"
_HER_APPOINTMENT = re.compile(r"\b(?:haar|zijn)\s+(?:benoeming|verkiezing|aanstelling|beëdiging)\s+(?:tot|als)\s+(?:de\s+|het\s+)?$")
#: the copula between a role word and the name it gives the role to: "Voorzitter is X"
#: (academic titles may stand before the name: "Trekker is mr. P.J. X", "voorzitter is drs. Y")
_COPULA_BETWEEN = re.compile(r"\s+(?:is|was|wordt|werd|blijft|bleef)\s+(?:(?:mr|dr|drs|ir|ing|prof)\.\s*)*")


#: a subordinate clause that opens the sentence, up to its comma: "Omdat voorzitter X afwezig is, " (its persons are
#: no subjects of the main clause's "als …")
_SUBORDINATE_OPENING = re.compile(r"\s*(?:Omdat|Aangezien|Doordat|Terwijl|Zolang|Nadat|Toen|Wanneer|Hoewel|Zodra|Nu)\b"
                                  r"[^,;:]{1,120},\s*")


def _copula_between(between: str, year: str | None) -> bool:
    """Whether the words between a role word and a name are a copula, a period beside it or not:
    "Voorzitter is X", "Programmamanager is sinds 1 januari 2026 X", "Trekker was tot 2023 X",
    "Trekker is mr. X".

    >>> _copula_between(" is sinds 1 januari 2026 ", None), _copula_between(" is in Breda ", None)
    (True, False)
    >>> _copula_between(" is mr. ", None), _copula_between(" is prof. dr. ", None)
    (True, True)
    """
    return _COPULA_BETWEEN.fullmatch(between) is not None or \
        (len(between) < 60 and _COPULA_BETWEEN.fullmatch(without_periods(between, year=year)) is not None)
#: a courtesy title between a role word and the name, after a copula or not: "programmamanager mevrouw X",
#: "Directeur is de heer K. (Koen) X"
_HONORIFIC_BETWEEN = re.compile(r"\s+(?:(?:is|was|wordt|werd)\s+)?" + COURTESY_TITLE)
#: the definite article right before a role word: "(door) de voorzitter"
_DEFINITE_BEFORE = re.compile(r"\b[Dd]e\s+$")
#: a dash between a name that opens a line and its role: "Esra Yıldız - pijlersecretaris Fysiek Domein", also
#: after the name's bracket in a photo caption: "*Eva Kok (Ede) — vicevoorzitter*" (round 54d)
_DASH_APPOSITION = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+[-–—|]\s+(?:de\s+|het\s+)?")  # (a signature on one line: "X | Relatiebeheerder G40 | …")
#: what may stand before a name that opens a line: a bullet or markup, or a bracketed caption's label
#: (a transcript's on-screen caption "[IN BEELD: X | wethouder Wonen, gemeente Ede]")
_LINE_OPENING = re.compile(r"[\s*•·>-]*(?:\[\s*[A-Za-z][A-Za-z ]{1,20}:\s*)?")
#: a clause of its own between a name and "als <rol>", whose subject is "ik", "jij" or "wij": "X is met verlof,
#: jij bent (vandaag) als vicevoorzitter aan de beurt" (no one named is who "als" speaks of)
_ANOTHER_SUBJECT = re.compile(r"[,;:]\s+(?:[\w-]+\s+){0,2}?(?P<pronoun>ik|jij|je|wij|we)\s", re.IGNORECASE)
#: "als" before a role word, with an article or an adjective of succession: "gekozen als nieuwe voorzitter"
_ALS_ROLE = re.compile(r"\bals\s+(?:de\s+|het\s+)?(?:(?:nieuwe|eerste|tweede|derde|tijdelijke|waarnemend|waarnemende|kersverse)\s+)?$")
#: academic and courtesy titles between a role word and a name: "onderzoeker dr. X", "wethouder drs. ing. Y"
_ACADEMIC_TITLES = re.compile(r"\s+(?:(?:mr|dr|drs|ir|ing|prof|bc|ds)\.\s*)+", re.IGNORECASE)
#: a second copula after a named subject's first verb: " werkte eerder bij Y en is daar nu " (the same
#: clause: no comma, no second subject)
_COPULA_AGAIN = re.compile(r"\s+(?:is|was|werkt|werkte|woont|woonde|zit|zat|heeft|had)\s+[^,;:()]*?\s+en\s+(?P<second>"
                           r"(?:is|was|wordt|werd)\s+(?:(?:ook|nu|inmiddels|daar|tevens|eerder|voorheen|vroeger)\s+)*(?:de\s+|het\s+)?)")


#: the subjects of a copula that comes first: "(Tot maart) was X (Y) (samen) <rol>", "zijn X (Y) en Z"
_INVERTED_VERB = re.compile(r"\b(?:is|was|wordt|werd|zijn|waren|worden|werden|blijft|bleef|blijven|bleven)\s+$")
_INVERTED_LAST = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:samen|beiden|allebei|gezamenlijk)\s+)?"
                            r"(?:onze\s+(?:nieuwe\s+)?)?")  # "Per 1 september is X onze nieuwe programmamanager"
#: a lower-case title right before the first inverted subject: "is wethouder X woordvoerder"
_TITLE_BEFORE = re.compile(r"\b([a-z][a-z-]{3,30})\s+$")
#: a courtesy title and academic titles right before the first inverted subject: "is de heer X", "is mevrouw drs. X"
_COURTESY_BEFORE = re.compile(r"\b(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.)\s+(?:(?:mr|drs|dr|ir|ing|prof)\.\s+)*$")
_INVERTED_JOIN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|en)\s*")


#: an apposition that holds for every name before it: "A, B en C, allen lid van …", "A (Ede) en B van
#: Zwolle, beiden lid van de pijler"
_COLLECTIVE_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*|\s+(?:van|uit)\s+[A-Z][\w'-]+)?,\s*"
                                    r"(?:allen|allemaal|beiden|allebei|alle\s+(?:twee|drie|vier|vijf|zes))\s+"
                                    r"(?:(?:ook|tevens|nog)\s+)?")
#: between two names of a list: "A, B en C", "A (Ede) en wethouder B"
_LIST_JOIN = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:,|en)\s*")


_RELATIVE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:uit|van|in)\s+[A-ZÀ-Ý][\w'-]*(?:[\s-][A-ZÀ-Ý][\w'-]*){0,3}\s*)?"
                       # an apposition before it: "X, wethouder (Zorg) van Nijmegen, die tot nu toe vicevoorzitter was"
                       r"(?:,\s*[a-z][\w-]*(?:\s+[A-Z][\w-]*(?:\s+en\s+[A-Z][\w-]*)?)?\s+(?:van|in|bij)\s+"
                       r"[A-ZÀ-Ý][\w'-]*(?:[\s-][A-ZÀ-Ý][\w'-]*){0,3}\s*)?"
                       # (a time then: "volgde X op, die toen burgemeester van Zwolle was", round 57o)
                       r"(?:op|af|aan|uit|in|welkom)?\s*,\s*die\s+(?:(?:eerder|nu|al|ook|vroeger|voorheen|daarnaast|tevens|bovendien|"
                       r"toen|destijds|"
                       r"tot\s+(?:nu|dan)\s+toe|tot\s+(?:(?:de|het|zijn|haar|hun|kort|vorig|vorige)\s+)?\S+|sinds\s+\S+|"
                       # where the role is held: "…, die binnen de G40 vicevoorzitter is van de pijler Y"
                       r"binnen\s+(?:de|het)\s+[A-Z][\w-]*|"
                       r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:jaar|jaren|maanden))\s+)*")
#: the indefinite article before a role word the colon after it names: "met een kwartiermaker: X", "een nieuwe
#: voorzitter: X" (a definite one is a field label: "Vragen aan de voorzitter: X")
_ANNOUNCED_ROLE = re.compile(r"\been\s+(?:(?:nieuwe|eigen|eerste|vaste)\s+)?$")
#: an appointment: "(benoemt) X (per 1 april) tot <rol>", "X is (per 1 mei) tot <rol> (benoemd)", with an
#: apposition after the name: "benoemt X, wethouder Economie van Y, tot vicevoorzitter"; in a subordinate clause
#: the auxiliary before the participle: "(overwegende dat de raad op 1 oktober 2025) X heeft benoemd tot wethouder"
#: (walkthrough 39, finding 5: the name right before "heeft benoemd" is its object, the subject came before it)
_APPOINTED = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;()]{1,80},\s*)?(?:(?:is|wordt|werd)\s+)?(?:(?:per|vanaf|met\s+ingang\s+van)\s+)?\s*"
                        r"(?:(?:(?:heeft|hebben|had|hadden)\s+(?=(?:benoemd|gekozen|verkozen)\s))?(?:benoemd|gekozen|verkozen)\s+)?"
                        r"tot\s+(?:de\s+|het\s+|nieuwe\s+)*")
COPULA = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:is|was|wordt|werd|blijft|bleef|werd\s+gekozen\s+tot)\s+"
                     r"(?:namens\s+(?:de\s+|het\s+)?\w+\s+)?"
                     # "is bovendien (sinds 2019) trekker", "is daarnaast voorzitter", "blijft ambtelijk secretaris"
                     # (round 57o: the role's own adjective of kind, which the role word after it leaves out)
                     r"(?:(?:de|het|onze|nieuwe|eerder|ook|tevens|bovendien|daarnaast|al|nu|inmiddels|nog|daarvan|daar|"
                     r"ambtelijke?|bestuurlijke?|"
                     r"vanaf\s+\S+|sinds\s+\S+|"
                     # how long: "was het hele jaar vicevoorzitter", "is al drie jaar voorzitter", "jarenlang"
                     r"hele\s+(?:jaar|periode|tijd)|jarenlang|lange\s+tijd|(?:een|twee|drie|vier|vijf|zes|\d{1,2})\s+jaar|"
                     r"niet\s+langer|niet\s+meer)\s+)*"
                     # "is geen lid meer" (over) or "is geen lid" (no fact): roles.no_longer decides (round 44k)
                     r"(?:geen\s+)?$")


#: the plural copula after a list of persons: "(A en B) zijn (beiden) lid", "(A en B) waren sinds 2020 trekker"
_PLURAL_COPULA = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:zijn|waren|blijven|bleven)\s+"
                            r"(?:(?:ook|tevens|beiden|allebei|samen|nu|al|inmiddels|sinds\s+\S+|vanaf\s+\S+)\s+)*$")
#: the plural copula and an aside of one more who holds the role: "(A en B) zijn, net als (C), (lid)"
_LIKE_ASIDE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:zijn|waren)\s*,\s*(?:net\s+als|evenals|zoals)\s+(?:wethouder\s+)?")
_ASIDE_END = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*(?:(?:ook|tevens|allemaal|alle\s+drie)\s+)*")
#: between two "role name" pairs: "burgemeester X en wethouder Wonen Y", "X (Breda), directeur Z"
_ROLE_PAIRS = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|en)\s*(?:de\s+|het\s+)?")


#: a sentence opening with the role it fills: "Als (nieuwe) vicevoorzitter is … gekozen"
_ALS_ROLE_OPENING = re.compile(r"\s*(?:Als|Tot)\s+(?:nieuwe\s+|eerste\s+|tweede\s+)?")
#: from that role to the name: the verb, perhaps an article, a place adjective and a role word
_ALS_ROLE_BETWEEN = re.compile(r"\s+(?:is|wordt|werd|was|zijn|worden|werden)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+){0,3}?")
#: the participle that closes it: "gekozen", "benoemd", "aangesteld" (a bracket after the name may come first)
_CHOSEN_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;]{0,80},\s*)?(?:\w+\s+){0,3}?"
                           r"(?:gekozen|benoemd|aangesteld|aangetreden|verkozen|voorgedragen|aangewezen|gevraagd)\b")


#: from a name to a bracket closing its line: ", wethouder Wonen en Zorg Zwolle ("
#: a role word that closes a bullet item after a dash: "- X, burgemeester van Tilburg – voorzitter",
#: "- X (Breda) – secretaris"
_LINE_END_ROLE = re.compile(r"(?:\s*,[^\n;()–—]{1,80}?|\s*\([^()\n]{1,40}\))?\s+[–—]\s+")
_LINE_END_BRACKET = re.compile(r"\s*,[^()\n;]{1,80}\(\s*")
#: a role word after a preposition and an article names someone else than the sentence's person:
#: "X stuurt een brief aan de staatssecretaris van BZK"; so does the object of a succession, a description
#: of the predecessor: "X …; hij volgde de wethouder van Enschede op", "als opvolger van de burgemeester van
#: Y", "zijn voorganger, de wethouder van Z" (round 48g)
#: ("ontvangt haar aanwijzingen van de directeur van het bureau": the director's office, no one else's; 55e)
_OTHER_HOLDER = re.compile(r"\b(?:aan|naar|met|voor|bij|tot|door|over|van)\s+(?:de|het|een)\s+$|"
                           r"\b(?:met|tegen|aan)\s+$|"  # "X sprak met minister van EZ": the other party's office
                           r"\b(?:volg(?:t|de|en|den)|vervang(?:t|en)|verving(?:en)?|opvolg(?:er|ster)|"
                           r"voorgang(?:er|ster))\b[^.;:()]{0,40}?\b(?:de|het|een|zijn|haar|hun)\s+$", re.IGNORECASE)


#: from a successor to their predecessor: "Y (Lelystad) volgt X", "Y volgde per 1 mei X", "Y neemt het
#: stokje over van X", "Y vervangt X", also after an apposition: "Y, wethouder van Ede, volgt X"
_SUCCEEDS_AS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;:()]{1,80},\s*)?"
                          r"(?:(?:volgt|volgde|volgen|volgden)\s+(?:[\w/.-]+\s+){0,4}?|"
                          r"(?:neemt|nam)\s+(?:[\w/.-]+\s+){0,4}?het\s+stokje\s+over\s+van\s+|(?:vervangt|verving)\s+)")
#: the passive between two names: "X wordt (per 1 mei) opgevolgd door Y (als voorzitter)"
_SUCCEEDED_BY_GAP = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:wordt|werd|is|was)\s+(?:[\w.-]+\s+){0,5}?opgevolgd\s+door\s+"
                               r"(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}")
#: the passive that names the role handed over after its verb: "zij werd (daar) opgevolgd als <rol> door Y"
_SUCCEEDED_AS = re.compile(r"\bopgevolgd\s+als\s+$")
#: the successor after that role: " door (wethouder) Y"
_BY_SUCCESSOR = re.compile(r"\s+door\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}")
#: the passive after "X als <rol> (van Y)": "… opgevolgd door" and the successor, in the same clause
_SUCCEEDED_BY = re.compile(r"[^,;:()]{0,80}?\bopgevolgd\s+door\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}$")


class RoleSubjects(NamedTuple):
    """Whom a role word is given to (``targets``, empty when no construction ties it to a person), the
    ``rule`` that found them, whether the role is over (``past``), where the fact is stated when not
    where its holder is named (``stated_at``), the one succeeded in "Y volgt X op als voorzitter"
    (``predecessor``), whether the role word is the second of two stacked ones ("trekker
    vicevoorzitter X": ``stacked_second``), and the theme between a thematrekker and the name."""

    targets: list[Mention]
    rule: str | None
    past: bool
    stated_at: int | None
    predecessor: Mention | None
    stacked_second: bool
    theme: Mention | None


#: "Voorzitter van de (themagroep Jeugd) is X", "Projectleider bij BZK is X"; "Trekker van de Themagroep Wonen en
#: (van) de Themagroep Werk is X": two bodies
_ROLE_VAN_IS = re.compile(r"\s+(?:van\s+(?:de|het)|bij(?:\s+(?:de|het))?)\s+(?:[\w-]+\s+){1,5}?"
                          r"(?:en\s+(?:van\s+)?(?:de\s+|het\s+)?(?:[\w-]+\s+){1,5}?)?(?:is|was|wordt|werd|blijft|bleef|zijn|waren)\s+"
                          r"(?:[\w.-]+\s+){0,4}?")
#: the article or possessive of a role noun whose holder follows in apposition: "de pijlervoorzitter, X,"
_DEFINITE_BEFORE = re.compile(r"\b(?:de|onze|hun|haar|zijn)\s+$", re.IGNORECASE)
#: the comma that closes the apposition, with no list going on: "X, heeft", not "X, Y en Z"
_APPOSITION_CLOSES = re.compile(r"[ \t]*,[ \t]+(?!en\b|of\b)[a-zà-ÿ]")
#: the same after a list of names (each with a bracket): "A (Zwolle) en B (Tilburg), uit …" (round 43b)
_LIST_CLOSES = re.compile(r"(?:[ \t]*\([^()]{0,60}\))?(?:[ \t]*(?:,|\ben\b)[ \t]*[A-ZÀ-Ý][^,;:()]{1,50}?"
                          r"(?:[ \t]*\([^()]{0,60}\))?)+[ \t]*,[ \t]+(?!en\b|of\b)[a-zà-ÿ]")


def role_subjects(ctx: DocContext, sentence: Sentence, match: re.Match, role: RoleWord, persons: list[Mention],
                  roles_here: list[re.Match], index: int) -> RoleSubjects:
    """The persons the role word ``match`` (the ``index``-th of ``roles_here``, the role words of
    ``sentence``) is given to, tried construction by construction: first a name after it, then one
    before it (see the module docstring)."""
    text = ctx.text
    start, end = match.start(), match.end()
    past = bool(_PAST.search(text[max(sentence.start, start - 12):start]))
    stated_at = None  # where the fact is stated, when not where its organisation is named (see DocContext.add)
    targets: list[Mention] = []
    rule = None
    predecessor = None
    stacked_second = False
    # 1. before the name, possibly with a stacked role or a theme in between
    after = [p for p in persons if p.start >= end]
    nxt = after[0] if after else None
    between = text[end:nxt.start] if nxt else ""
    theme = None
    if nxt is not None:
        gap_mentions = [m for m in ctx.in_span(end, nxt.start)]
        stacked = index + 1 < len(roles_here) and roles_here[index + 1].start() >= end and \
            roles_here[index + 1].end() <= nxt.start and \
            re.fullmatch(r"\s*(?:(?:is|was|wordt|werd|blijft|bleef)\s+)?|\s+en\s+",
                         without_periods(text[end:roles_here[index + 1].start()], year=ctx.date))
        clause = max(text.rfind(";", sentence.start, start), text.rfind(",", sentence.start, start), sentence.start)
        subject_in_clause = any(clause <= p.start < start for p in persons)
        if _ALS_ROLE_OPENING.fullmatch(text, sentence.start, start) and _ALS_ROLE_BETWEEN.fullmatch(between) \
                and _CHOSEN_AFTER.match(text, nxt.end, sentence.end):
            targets, rule = [nxt], "roles.als-gekozen"  # "Als vicevoorzitter is (de Tilburgse wethouder) X gekozen"
        elif (_ROLE_VAN_IS.fullmatch(between)
              # "Voorzitter van het samenwerkingsverband was van 2008 tot en met 2013 X" (round 54f)
              or _ROLE_VAN_IS.fullmatch(without_periods(between, year=ctx.date))) \
                and not subject_in_clause:
            targets, rule = [nxt], "roles.role-van-is"  # "Voorzitter van de (themagroep Jeugd) is X", "Projectleider bij BZK is X"
        elif between == ": " and _ANNOUNCED_ROLE.search(text, max(sentence.start, start - 30), start) \
                and re.match(r"\s*(?:[,(.;]|$)", text[nxt.end:sentence.end]):
            # "(draagt bij) met een kwartiermaker: X, die …", "heeft een nieuwe voorzitter: X (Ede)" (one name only)
            targets, rule = [nxt], "roles.announced"
        elif not between.strip() or re.fullmatch(r"\s*(?:de|het)?\s*", between) or _ACADEMIC_TITLES.fullmatch(between) or \
                (_copula_between(between, ctx.date) and not subject_in_clause) or \
                (_HONORIFIC_BETWEEN.fullmatch(between) and not subject_in_clause):
            targets, rule = [nxt], "roles.before-name"
        elif between == ", " and _DEFINITE_BEFORE.search(text, max(sentence.start, start - 8), start) \
                and (_APPOSITION_CLOSES.match(text, nxt.end, sentence.end)
                     or match.group(0).lower().endswith("s") and _LIST_CLOSES.match(text, nxt.end, sentence.end)):
            # "de pijlervoorzitter, Marleen Vos, heeft mij gevraagd": the name in apposition to the role; and the
            # names of a plural one: "namens de trekkers, A (Zwolle) en B (Tilburg), nodig ik …" (each, below; 43b)
            targets, rule = [nxt], "roles.before-name"
        elif stacked and (not text[roles_here[index + 1].end():nxt.start].strip()
                          or _stacked_role_of_place(ctx, roles_here[index + 1].end(), nxt.start)) \
                and not subject_in_clause:
            # "Vicevoorzitter was tot september wethouder X": the period dates the first role
            dated = stacked.group(0) != text[end:roles_here[index + 1].start()]
            targets, rule = [nxt], "roles.stacked-dated" if dated else "roles.before-name"
        elif not gap_mentions and _field_before_name().fullmatch(text, end, nxt.start) and (
                not subject_in_clause
                or _ROLE_PAIRS.fullmatch(text, [p for p in persons if p.end <= start][-1].end, start)):
            # "directeur Ruimtelijke Economie Hans Kok", "wethouder Wonen Eva Smit": a field between role and name
            targets, rule = [nxt], "roles.before-name"
        elif not gap_mentions and not subject_in_clause and named_directorate(ctx, end, nxt.start) is not None:
            targets, rule = [nxt], "roles.before-name"  # "directeur-generaal Wonen en Bouwen X": the DG named before
        elif len(gap_mentions) == 1 and gap_mentions[0].type in ("Municipality", "Province", "Organisation", "Ministry") \
                and _ROLE_OF_PLACE.fullmatch(text, end, gap_mentions[0].start) \
                and (not text[gap_mentions[0].end:nxt.start].strip() or _ACADEMIC_TITLES.fullmatch(text, gap_mentions[0].end, nxt.start)) \
                and not subject_in_clause:
            # "burgemeester van Leiden Frank Oudejans", "wethouder van Deventer Eva Smit": the name after the place;
            # "Minister van Volkshuisvesting en Ruimtelijke Ordening mr. M.A. van Dalen" (a ministry, a title between, 58r)
            targets, rule = [nxt], "roles.before-name"
        elif role.scope == "theme" and len(gap_mentions) == 1 and gap_mentions[0].type == "Theme" \
                and not text[gap_mentions[0].end:nxt.start].strip():
            theme = gap_mentions[0]
            targets, rule = [nxt], "roles.before-name"
        if targets and match.group(0).lower().endswith(("s", "'s")) and role.label != "lid":
            # plural role: "de themagroep-voorzitters A en B"
            for p in after[1:]:
                # "de wethouders A (Venlo), B (Leiden) en C (Almere)": a bracket after each name
                gap = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|en)\s*", text[targets[-1].end:p.start])
                if gap is None:
                    break
                rest = text[targets[-1].end + gap.end():p.start]
                if not rest or (rule in ("roles.role-van-is", "roles.before-name") and (role_word := role_pattern().match(rest))
                                and not rest[role_word.end():].strip()):
                    # "Trekkers van de themagroep zijn X (Ede) en wethouder Y", "met als trekkers wethouder X (Hoorn)
                    # en wethouder Y (Lelystad)" (round 55e): each
                    targets.append(p)
                else:
                    break
        if targets and index > 0:
            prev = roles_here[index - 1]
            stacked_second = not text[prev.end():start].strip()
    before = [p for p in persons if p.end <= start]
    if before and "|" in text[before[0].end:start]:
        # a cell that opens with its own subject bounds it: "| Mirjam Vos | Tom Bakker vervangt X als secretaris |";
        # a cell with none keeps the row's person: "| Eva Smit | als trekker betrokken |" (44e)
        cell = text.rfind("|", before[0].end, start)
        own = [p for p in before if p.start > cell]
        if own and not text[cell + 1:own[0].start].strip():
            before = own
    if not targets:
        prefix = text[sentence.start:start]
        if _ALS_ROLE.search(prefix) and before and (other := _ANOTHER_SUBJECT.search(text, before[-1].end, start)):
            # "X is met verlof, jij bent als vicevoorzitter aan de beurt": the role of "jij", not of X; in a
            # chat, "jij" is the one the message addresses with "@": "@Y ja graag, X is met verlof, jij bent als …"
            addressed = next((p for p in before if text[p.start - 1:p.start] == "@"), None)
            if addressed is not None and other.group("pronoun").lower() in ("jij", "je") and addressed is not before[-1]:
                targets, rule = [addressed], "roles.als"
        elif _ALS_ROLE.search(prefix) and before:
            # "X en Y gaan door als trekker", "X was gekozen als voorzitter"
            opening = _SUBORDINATE_OPENING.match(text, sentence.start, start)
            if opening is not None and any(p.start >= opening.end() for p in before):
                # "Omdat voorzitter X afwezig is, zit Y het overleg voor als waarnemend voorzitter": Y only (walkthrough 28, F5)
                before = [p for p in before if p.start >= opening.end()]
            targets, rule = before, "roles.als"
            clause = text[before[-1].end:start]
            # (a person's town may follow each name: "Y van Ede volgt X van Delft op als voorzitter")
            if len(before) > 1 and _SUCCEEDS_AS.fullmatch(text, after_home(ctx, sentence, before[-2]), before[-1].start) \
                    and (re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\b",  # (a date between: "volgt X per 1 mei op als")
                                  without_periods(text[after_home(ctx, sentence, before[-1]):start], year=ctx.date))
                         or "volg" not in text[before[-2].end:before[-1].start]):
                predecessor = before[-1]  # "Y volgt X op als voorzitter": X held the role before Y
            elif len(before) > 1 and _SUCCEEDED_BY_GAP.fullmatch(text, before[-2].end, before[-1].start):
                # "X wordt (per 1 mei) opgevolgd door Y als voorzitter": Y holds it now, X before
                targets, predecessor = before[-2:], before[-2]
            elif after and _SUCCEEDED_BY.fullmatch(text, end, after[0].start):
                # "X is (per 1 mei) als voorzitter van de pijler opgevolgd door Y": Y holds it now, X before
                targets, predecessor = [before[-1], after[0]], before[-1]
            if _RELATIVE_ALS.fullmatch(clause):
                targets = [before[-1]]  # "Y volgt X op, die afscheid neemt als trekker": only X
            # "X stopt als voorzitter" is past; "X kondigt aan dat hij in 2023 stopt als voorzitter" is not yet
            past = past or (leaving(clause) and not announced_leaving(clause, ctx.date)) \
                or (_EARLIER.search(clause) is not None  # "die eerder als directeur …"
                    and not appointed_in_clause(text, sentence, start, end)) \
                or inverted_leaving(text, sentence, before[-1], start) \
                or (left_after_role(text, before[-1].end, end, sentence.end)  # "legt zijn functie als X neer"
                    and not announced_leaving(text[before[-1].end:sentence.end], ctx.date))
            if _RELATIVE_ALS.fullmatch(clause) and not past:  # "X, die in januari als wethouder is afgetreden"
                rest = re.match(r"[^,;()]{0,60}", text[end:sentence.end])
                past = leaving(rest.group(0))
        elif before and _RELATIVE.fullmatch(without_periods(text[before[-1].end:start], year=ctx.date)):
            # "X, die eerder voorzitter was"
            targets, rule = [before[-1]], "roles.relative"
            past = past or _relative_ended(text, sentence, before[-1].end, start, end)
            stated_at = start  # the relative clause states the role, and its time: "Y volgt X op, die sinds 2022 voorzitter was"
        elif before and (COPULA.match(without_periods(text[before[-1].end:start], year=ctx.date))
                         or _PAST_SPAN.match(text[before[-1].end:start])):
            # "X is voorzitter", "X was tot 1 juni 2024 voorzitter", "X is niet langer voorzitter"
            targets, rule = [before[-1]], "roles.copula"
            gap = text[before[-1].end:start]
            past = past or bool(re.search(r"\b(?:eerder|voorheen|vroeger)\b", gap)) or leaving(gap) \
                or bool(_PAST_SPAN.match(gap)) or bool(_EARLIER_OPENING.match(text, sentence.start, before[-1].start))
        elif len(before) > 1 and (_PLURAL_COPULA.match(text[before[-1].end:start])
                                  or _role_apposition_copula(text, before[-1].end, start, _APPOSITION_THEN_PLURAL)) \
                and len(_coordinated(ctx, before)) > 1 and ctx.asserted(sentence, before[-1].end, start):
            # "A en B zijn (beiden) lid van de themagroep": the plural copula gives the role to each of the list
            # (also after the last name's apposition: "A (Ede) en B, wethouder van Venlo, zijn lid van X")
            targets, rule = _coordinated(ctx, before), "roles.copula"
        elif len(before) > 2 and _LIKE_ASIDE.fullmatch(text, before[-2].end, before[-1].start) \
                and _ASIDE_END.fullmatch(text, before[-1].end, start) and len(_coordinated(ctx, before[:-1])) > 1 \
                and ctx.asserted(sentence, before[-2].end, start):
            # "A en B zijn, net als C, lid van de themagroep": the list and the one of the aside
            targets, rule = _coordinated(ctx, before[:-1]) + [before[-1]], "roles.copula"
        elif before and (again := _COPULA_AGAIN.fullmatch(without_periods(text[before[-1].end:start], year=ctx.date))) \
                and ctx.asserted(sentence, before[-1].end, start):
            # "X werkte eerder bij de gemeente Y en is daar nu raadslid": a second verb of the same subject
            targets, rule = [before[-1]], "roles.copula"
            past = past or bool(re.search(r"\b(?:eerder|voorheen|vroeger)\b", again.group("second")))
        elif before and _role_apposition_copula(text, before[-1].end, start):
            # "X, wethouder in Almere, is vicevoorzitter": the copula after an apposition with a role
            targets, rule = [before[-1]], "roles.copula"
        elif before and _HER_APPOINTMENT.search(text, before[-1].end, start) \
                and relative_antecedent(ctx, sentence, start) is before[-1]:
            # "X (Zoetermeer), die na haar benoeming tot gedeputeerde van Zuid-Holland de commissie verliet"
            targets, rule = [before[-1]], "roles.benoemd-tot"
        elif before and "tot" in text[before[-1].end:start] and \
                _APPOINTED.fullmatch(without_periods(text[before[-1].end:start], year=ctx.date)):
            # "Het bestuur benoemt X per 1 april tot penningmeester", "X is tot voorzitter gekozen"
            targets, rule = [before[-1]], "roles.benoemd-tot"
        elif before and _inverted_subjects(ctx, sentence, before, start):
            # "Tot maart was X (Deventer) vicevoorzitter", "zijn X (Breda) en Y (Zwolle) samen trekker"
            targets, rule = _inverted_subjects(ctx, sentence, before, start), "roles.inverted-copula"
            past = past or bool(_EARLIER_OPENING.match(text, sentence.start, targets[0].start))
        elif before and _COLLECTIVE_APPOSITION.fullmatch(text, before[-1].end, start):
            # "de Kamerleden A, B en C, allen lid van de vaste commissie": the role of each
            targets, rule = _coordinated(ctx, before), "roles.collective-apposition"
        elif before and _APPOSITION.fullmatch(text, before[-1].end, start):
            # "X, wethouder van Breda", "X, destijds wethouder in Hengelo" (then a past role)
            targets, rule = [before[-1]], "roles.apposition"
            stated_at = _leaving_after_apposition(ctx, sentence, role, end)
            past = past or stated_at is not None or "destijds" in text[before[-1].end:start] \
                or re.search(r"\b(?:voorheen|eerder|vroeger)\s", text[before[-1].end:start]) is not None \
                or "toen" in text[before[-1].end:start] or ended_before(text, before[-1].end, start, ctx.date)
        elif before and _DASH_APPOSITION.fullmatch(text, before[-1].end, start) \
                and _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, before[-1].start) + 1, before[-1].start):
            # a who's-who or attendance line "Esra Yıldız - pijlersecretaris Fysiek Domein": the name opens it
            targets, rule = [before[-1]], "roles.apposition"
        elif before and _attributive_place(ctx, before[-1].end, start) is not None:
            targets, rule = [before[-1]], "roles.apposition"  # "X (op), de Deventer wethouder (die …)"
        elif before and _second_apposition(ctx, before[-1].end, start):
            targets, rule = [before[-1]], "roles.apposition"  # "X, voorzitter Pijler Y, wethouder gemeente Ede"
        elif before and re.fullmatch(r"\s*\(\s*(?:[^(),;]{1,40}[,;]\s*){0,2}", text[before[-1].end:start]):
            # "X (voorzitter)", attendance lists "X (Zwolle, voorzitter)"
            targets, rule = [before[-1]], "roles.bracket"
        elif before and _bracket_after_own_body(ctx, before[-1], start):
            # "Voorzitter X van de themagroep Wonen (wethouder in Amersfoort)": X's other role, not the unit's
            targets, rule = [before[-1]], "roles.bracket"
        elif before and sentence.bullet_list is not None and len(before) == 1 \
                and _LINE_END_BRACKET.fullmatch(text, before[-1].end, start) \
                and re.match(r"\s*\)\s*$", text[end:sentence.end]):
            # an attendance line "X, wethouder Wonen Zwolle (voorzitter)": the bracket closing the line
            targets, rule = [before[-1]], "roles.bracket"
        elif before and sentence.bullet_list is not None and len(before) == 1 \
                and _LINE_END_ROLE.fullmatch(text, before[-1].end, start) and not text[end:sentence.end].strip(" .;"):
            # "- X, burgemeester van Tilburg – voorzitter": the role in the body the list is of (below)
            targets, rule = [before[-1]], "roles.line-end"
        elif before and re.fullmatch(r"\s+", text[before[-1].end:start]):
            targets, rule = [before[-1]], "roles.after-name"
        elif not before and (PRONOUN_COPULA.fullmatch(without_periods(prefix, year=ctx.date))
                             or PRONOUN_COPULA_AGAIN.fullmatch(without_periods(prefix, year=ctx.date))
                             or _gapped_copula(without_periods(prefix, year=ctx.date))) \
                and not sentence.text.rstrip().endswith("?") and _previous_person(ctx, sentence) is not None:
            # "Eerder was hij voorzitter van …", "Zij is ook trekker van …": the person named just before
            targets, rule = [_previous_person(ctx, sentence)], "roles.pronoun"
            past = past or bool(re.search(r"\b(?:eerder|vroeger|voorheen|daarvoor|destijds)\b", prefix, re.IGNORECASE))
        elif not before and _pronoun_als(prefix) and not sentence.text.rstrip().endswith("?") \
                and _previous_person(ctx, sentence) is not None:
            # "Hij blijft betrokken als trekker van …", "Sinds mei werkt zij als programmamanager bij …"
            targets, rule = [_previous_person(ctx, sentence)], "roles.pronoun-als"
            if after and (_SUCCEEDED_BY.fullmatch(text, end, after[0].start)
                          or _SUCCEEDED_AS.search(prefix) and _BY_SUCCESSOR.fullmatch(text, end, after[0].start)):
                # "Hij wordt als voorzitter opgevolgd door Y", "Per 1 maart werd zij (daar) opgevolgd als
                # vicevoorzitter door Y" (round 55x): she held it before Y, who holds it from then
                predecessor = targets[0]
                if _SUCCEEDED_AS.search(prefix):
                    targets = [predecessor, after[0]]
            past = past or leaving(prefix) or (_EARLIER.search(prefix) is not None
                                               and not appointed_in_clause(text, sentence, start, end))
        elif before and (named := pronoun_after_semicolon(ctx, sentence, persons, start)) is not None:
            # "Namens het Rijk zit X in de stuurgroep; zij is directeur-generaal Wonen bij BZK"
            targets, rule = [named], "roles.pronoun"
            past = past or bool(re.search(r"\b(?:eerder|vroeger|voorheen|daarvoor|destijds)\b",
                                          text[text.rfind(";", sentence.start, start):start], re.IGNORECASE))
        elif before and (held := clause_final_role(ctx, sentence, before[-1], start, end)) is not None:
            # "Toen X in maart 2024 gedeputeerde van Gelderland werd, …": the verb closes the clause
            targets, rule, past = [before[-1]], "roles.clause-final", past or held == "past"
        else:
            # "De bestuurlijk trekker van de themagroep, X"
            # (not across a bracket: "(…, voorzitter van dit overleg), Y (…)" is the chair of the bracket's X)
            m = re.match(r"\s+(?:van|bij)\s+[^,.;()]{1,60},\s*", text[end:sentence.end])
            bare = _DEFINITE_BEFORE.search(text, max(sentence.start, start - 4), start) \
                and re.match(r",\s*", text[end:sentence.end])
            if m and after and (after[0].start == end + m.end()
                                or _titled_holder(text, end + m.end(), after[0].start)
                                # "de staatssecretaris van BZK, drs. X": an academic title before the name (58r)
                                or _TITLES_ONLY.fullmatch(text, end + m.end(), after[0].start)):
                # "…, X" and "De voorzitter van de pijler, wethouder X (van Ede)": X holds both roles
                targets, rule = [after[0]], "roles.apposition-before"
            elif bare and after and _titled_holder(text, end + bare.end(), after[0].start):
                # "na vaststelling door de voorzitter, wethouder X (Zaanstad)": the chair of the passage's unit
                targets, rule = [after[0]], "roles.apposition-before"
            elif len(persons) == 1 and persons[0].start < start \
                    and _object_after_van(ctx, sentence, after_subject_phrase(text, end, sentence.end)) \
                    and not _OTHER_HOLDER.search(prefix):
                targets, rule = [persons[0]], "roles.sentence-person"
                # "| Jan Smit | 1946 | 1963 | eerder burgemeester van Ede |", "…; was burgemeester van Delft": an earlier post
                past = past or bool(_EARLIER_CELL.search(text[max(sentence.start, start - 40):start]))
    return RoleSubjects(targets, rule, past, stated_at, predecessor, stacked_second, theme)


def _coordinated(ctx: DocContext, before: list[Mention]) -> list[Mention]:
    """The list of names that ends with the last of ``before``: "A, B en C" (a role word may stand
    before a name: "wethouder A (Ede) en wethouder B").

    >>> text = "met Ans Bos, Cor Dam en Eva Smit, allen lid"
    >>> names = [Mention(4, 11, "Ans Bos", "Person", "", 1.0), Mention(13, 20, "Cor Dam", "Person", "", 1.0),
    ...          Mention(24, 32, "Eva Smit", "Person", "", 1.0)]
    >>> [m.text for m in _coordinated(DocContext("d", text, [], names), names)]
    ['Ans Bos', 'Cor Dam', 'Eva Smit']
    """
    names = [before[-1]]
    for previous in reversed(before[:-1]):
        join = _LIST_JOIN.match(ctx.text, previous.end, names[0].start)
        if join is None:
            break
        rest = ctx.text[join.end():names[0].start]
        role = role_pattern().match(rest) if rest else None
        if rest and (role is None or rest[role.end():].strip()):
            break
        names.insert(0, previous)
    return names


def _titled_holder(text: str, start: int, name: int) -> bool:
    """Whether ``text[start:name]`` is one role word (or a title) before the name that an apposition
    gives as a role's holder: "de voorzitter van de pijler, wethouder X" (X is the chair).

    >>> text = "de voorzitter van de pijler, wethouder Eva Smit"
    >>> _titled_holder(text, 29, 39), _titled_holder("…, de wethouder van Ede en Eva Smit", 3, 27)
    (True, False)

    """
    role = role_pattern().match(text, start, name)
    return role is not None and not text[role.end():name].strip()


#: academic titles alone before a name: "drs. ", "mr. dr. "
_TITLES_ONLY = re.compile(r"(?:(?:mr|dr|drs|ir|ing|prof)\.\s*)+", re.IGNORECASE)


#: an apposition, then the copula: ", wethouder in Almere, is (ook) "
_APPOSITION_THEN_COPULA = re.compile(r"\s*,\s+(?:de\s+|het\s+)?(?P<apposition>[^,;()\n]{2,80}),\s+"
                                     r"(?:is|was|wordt|werd)\s+(?:(?:ook|tevens|nu|sinds\s+\S+|de\s+nieuwe|de|het|"
                                     # a stated start: "X, wethouder van Tilburg, is per 1 juli 2026 voorzitter"
                                     r"(?:per|vanaf|sinds|met\s+ingang\s+van)\s+(?:\d{1,2}\s+)?[a-z]+\s+\d{4})\s+)*$")
#: the same before a plural copula, after the last name of a list: "(A en B), wethouder van Venlo, zijn (lid)"
_APPOSITION_THEN_PLURAL = re.compile(r"\s*,\s+(?:de\s+|het\s+)?(?P<apposition>[^,;()\n]{2,80}),\s+"
                                     r"(?:zijn|waren|blijven|bleven)\s+(?:(?:ook|tevens|beiden|allebei|samen|nu)\s+)*$")


def _relative_ended(text: str, sentence: Sentence, gap_start: int, start: int, end: int) -> bool:
    """Whether the relative clause before the role word at ``start:end`` ends the role: "X, die eerder
    voorzitter was", "die tot 2020 trekker was", "die toen burgemeester van Zwolle was"; not when it dates an election: "X, die eerder tot
    voorzitter was gekozen" (only a time after "tot" ends it then: "die tot 2020 … was benoemd").
    """
    gap = text[gap_start:start]
    if re.search(r"\btot\s+(?:nu|dan)\s+toe\b", gap):  # "die tot nu toe vicevoorzitter was" (not "… is": still)
        return re.match(r"[^,;.]{0,60}?\b(?:was|waren)\b", text[end:sentence.end]) is not None
    if not appointed_in_clause(text, sentence, start, end):
        return re.search(r"\b(?:eerder|tot|vroeger|voorheen|toen|destijds)\b", gap) is not None  # "die toen … was" (57o)
    return re.search(r"\btot\s+(?!(?:de\s+|het\s+|nieuwe\s+)*$)", gap) is not None


#: an apposition whose role word a town qualifies: "(X) (op), de Zwolse/Deventer (wethouder)"
_ATTRIBUTIVE_OPENING = re.compile(r"\s*(?:op|af|aan|uit)?\s*,\s*de\s+")


def attributive_place(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The town or province that qualifies a role word at ``end`` after "de": "de Zwolse wethouder", "de
    Deventer wethouder" (a town's name used as an adjective), else None."""
    return next((m for m in ctx.in_span(start, end) if m.type in ("Municipality", "Province")
                 and m.end + 1 == end and ctx.text[m.end] == " " and re.search(r"\bde\s+$", ctx.text[max(0, m.start - 4):m.start])),
                None)


#: "van de/het" between a person and the body named after them
_OF_BODY = re.compile(r"\s+van\s+(?:de|het)\s+")


def _bracket_after_own_body(ctx: DocContext, person: Mention, start: int) -> bool:
    """Whether the role word at ``start`` opens a bracket right after "<person> van de <body>": the
    bracket is the person's (a body holds no office): "Voorzitter X van de G40-themagroep Wonen
    (wethouder in Amersfoort)"."""
    of = _OF_BODY.match(ctx.text, person.end, start)
    if of is None:
        return False
    body = [m for m in ctx.in_span(of.end(), start) if m.type in ("OrganisationalUnit", "Organisation", "Programme")]
    unit = body[-1] if body else None
    return unit is not None and body[0].start <= of.end() + 4 \
        and re.fullmatch(r"\s*\(\s*", ctx.text[unit.end:start]) is not None


def _attributive_place(ctx: DocContext, name_end: int, start: int) -> Mention | None:
    """The place of an apposition "X, de Deventer wethouder", "X, Hilversumse wethouder Onderwijs" (a place
    adjective, with or without "de"): the place, when the apposition opens right after the name."""
    place = attributive_place(ctx, name_end, start)
    if place is not None and _ATTRIBUTIVE_OPENING.fullmatch(ctx.text, name_end, place.start):
        return place
    adjective = next((m for m in ctx.in_span(name_end, start) if m.rule == "gazetteer.place-adjective"
                      and m.end + 1 == start and ctx.text[m.end] == " "), None)
    return adjective if adjective is not None and _ADJECTIVE_OPENING.fullmatch(ctx.text, name_end, adjective.start) else None


#: the comma before a place adjective opening an apposition: "X, (de) Hilversumse wethouder"
_ADJECTIVE_OPENING = re.compile(r"\s*,\s*(?:de\s+)?")


#: a pronoun's copula and a first role, then "en" before a second role that shares the verb:
#: "Hij was (sinds 2018) wethouder Wonen en (sinds 2023) voorzitter van X"
_GAPPED_COPULA = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:is|was)\s+(?P<first>[^;:(),]{2,60}?)\s+en\s+")


def _gapped_copula(prefix: str) -> bool:
    """Whether ``prefix`` (its periods left out) is a pronoun's copula with a first role, then "en" before
    the role it precedes: "Hij was  wethouder Wonen en  " before "voorzitter".

    >>> _gapped_copula("Hij was  wethouder Wonen en  "), _gapped_copula("Hij was in Ede en ")
    (True, False)
    """
    match = _GAPPED_COPULA.fullmatch(prefix)
    return match is not None and role_pattern().match(match.group("first").strip()) is not None


def _role_apposition_copula(text: str, end: int, start: int, copula: re.Pattern = _APPOSITION_THEN_COPULA) -> bool:
    """Whether ``text[end:start]`` is an apposition that names a role, then the copula:
    ", wethouder in Almere, is " before "vicevoorzitter" (not ", die in Almere woont, is "); with
    ``copula`` :data:`_APPOSITION_THEN_PLURAL`, the plural one (", wethouder van Venlo, zijn ")."""
    match = copula.fullmatch(text, end, start)
    return match is not None and role_pattern().match(text, match.start("apposition")) is not None


def _inverted_subjects(ctx: DocContext, sentence: Sentence, before: list[Mention], start: int) -> list[Mention]:
    """The persons between a copula and the role word at ``start`` when the copula comes first:
    "Tot maart was X (Deventer) vicevoorzitter" → [X]; "zijn X (Breda) en Y (Zwolle) samen trekker" → [X, Y]."""
    text = ctx.text
    if not _INVERTED_LAST.fullmatch(without_periods(text[before[-1].end:start], year=ctx.date)):
        return []  # (a period may stand before the role word: "is X sinds 2021 programmamanager")
    subjects = [before[-1]]
    for person in reversed(before[:-1]):
        if not _INVERTED_JOIN.fullmatch(text, person.end, subjects[0].start):
            break
        subjects.insert(0, person)
    opening = subjects[0].start
    title = _TITLE_BEFORE.search(text, sentence.start, opening)
    if title is not None and role_of(title.group(1)) is not None:
        opening = title.start(1)  # "Namens de G40 is wethouder X (Dordrecht) woordvoerder" (round 45x)
    courtesy = _COURTESY_BEFORE.search(text, sentence.start, opening)
    if courtesy is not None:
        opening = courtesy.start()  # "Per 1 september is de heer J.P. Dijkhuis programmadirecteur"
    return subjects if _INVERTED_VERB.search(text, sentence.start, opening) else []


#: "als" of a likeness or a view, not of a post: "bekend als", "gezien als", "zowel als"
_NOT_A_POST = re.compile(r"\b(?:bekend|gezien|beschouwd|getypeerd|omschreven|zowel|evenals|zoals)\s+als\s")
#: a personal pronoun and its finite verb, in either order: "Hij blijft", "Sinds mei werkt zij"
#: words that open a subordinate clause: its "zij" refers to the main clause ("De voorzitter meldt dat zij …")
_SUBORDINATORS = frozenset({"dat", "of", "omdat", "nadat", "voordat", "zodat", "terwijl", "wanneer", "toen", "als",
                            "zodra", "hoewel", "doordat", "waarna", "waarmee"})
_PRONOUN_VERB = re.compile(r"\s*(?:(?:Hij|Zij|Ze)\s+(?P<verb>[a-z]+)|(?:[\w-]+\s+){1,4}?(?P<inverted>[a-z]+)\s+(?:hij|zij|ze))\b")


def _pronoun_als(prefix: str) -> bool:
    """Whether ``prefix`` (a clause up to a role word) is a singular pronoun subject, then "als": "Hij
    blijft betrokken als ", "Sinds mei werkt zij als ". A plural verb ("Zij werken als …") has many
    subjects, not the one person named before; a comma or a second clause in between breaks it.

    >>> _pronoun_als("Hij blijft gelukkig betrokken als "), _pronoun_als("Sinds mei werkt zij als tweede ")
    (True, True)
    >>> _pronoun_als("Zij werken samen als "), _pronoun_als("Hij zegt, als "), _pronoun_als("Hij is bekend als ")
    (False, False, False)
    >>> _pronoun_als("De voorzitter deelt mee dat zij per 1 juli terugtreedt als ")  # "zij" is the voorzitter
    False
    """
    opening = _PRONOUN_VERB.match(prefix)
    if opening is None or (opening.group("verb") or opening.group("inverted")).endswith("en"):
        return False
    if opening.group("inverted") in _SUBORDINATORS:  # "De voorzitter deelt mee dat zij …": the clause's own subject
        return False
    return _ALS_ROLE.search(prefix) is not None and _NOT_A_POST.search(prefix) is None \
        and re.search(r"[,;:()]|\b(?:die|dat|wie|maar|omdat)\b", prefix[opening.end():]) is None


def _previous_person(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The person "hij"/"zij" refers to: the last one named in the sentences before, skipping a companion
    of an earlier "hij" ("Samen met X legde hij …") and sentences that name no one (see
    :func:`graph.extract.antecedents.object_antecedent`)."""
    return object_antecedent(ctx, sentence)
