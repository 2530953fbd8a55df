"""participatesIn: taking part in a programme, unit or organisation.

Here: "participeren/doen mee/meedoen/nemen deel/ondertekenden" with a list (not the actors of a
relative clause after it); signing by its noun, "Ook het UWV en Divosa zetten hun handtekening (onder de
deal)"; being one of the parties, "Ook Emmen en Assen zijn van de partij"; an organisation right after
the cue is what is taken part in, "Breda en Ede doen mee aan het Landelijk Netwerk Wijkzorg"; "Beide steden doen mee aan" (the pair "A en B" the previous sentence names;
"het programma X van SZW": SZW owns X and takes no part); "…, waaraan X deelneemt", "Sinds 2021 neemt
X deel aan"; "nam burgemeester X deel aan"; "de Tilburgse aanpak X" (the place's own approach).

The other constructions have modules of their own, which :func:`find_participation` calls in the
order they always ran:

- "Deelnemers aan X zijn A en B", "Ook Utrecht en Den Haag zijn partner", "Verder zijn het UWV en
  Divosa partner": :mod:`graph.extract.partners`;
- "actief in", "heeft zitting in X met Y", "is verbreed met vertegenwoordigers van", "Nieuw in de
  themagroep X is …", ", waarin A en B samenwerken", "Hieronder/Waaronder …" after "bestaat uit":
  :mod:`graph.extract.sitting_in`;
- "sluit zich aan bij", "is (een van de) deelnemer(s)/lid van", "toegetreden tot", "maken deel uit van"
  (towns of an organisation or unit; persons of a unit: "Ook A en B maakten deel uit van de commissie"):
  :mod:`graph.extract.joining`;
- "de deelname van Ede aan X", "onze deelname aan X": :mod:`graph.extract.participation_nouns`;
- "meegedacht/meegewerkt … X", "levert een bijdrage aan X", "heeft inbreng geleverd op X", "zijn bij de
  deal betrokken": :mod:`graph.extract.involvement`;
- "telt twaalf deelnemers, waaronder A en B": :mod:`graph.extract.listed_among`;
- "A en B starten met de tweede fase van de City Deal X": :mod:`graph.extract.programme_starts`.

The table of all relation cues is in :mod:`graph.extract.relations`, which calls
:func:`find_participation` per sentence.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Breda en Ede doen mee aan de City Deal Zon.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
[('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .accession import accession, represents_in
from .covered_places import find_covered_places
from .introduced_names import APPOSED_OWNER
from .roles import role_pattern
from .involvement import find_involvement
from .joining import find_joining
from .listed_among import find_listed_among
from .participation_nouns import find_participation_nouns
from .programme_regions import names_region_of
from .programme_starts import find_programme_starts
from .partners import consists_of, find_partners, members_by_predicate, participants_are
from .periods import change_date
from .relation_common import _THINGS, _WE, CLAUSE_BREAK, new_thing_since
from .sitting_in import active_in, members_added, members_in_clause_after
from .taken_in import taken_in
from .unnamed_groups import relative_target, unnamed_group_after
from .subjects import kind_antecedent, target_thing
from .voice import we_at

#: a participation's cue that is a joining: "sloot (op 1 oktober) aan", "trad toe" (its day is its start)
_JOINED = re.compile(r"(?:sluit|sluiten|sloot|sloten|treedt|treden|trad|traden)\b", re.IGNORECASE)

__all__ = ["find_participation"]


_PARTICIPATE = re.compile(
    r"\b(?:participeren|participeert|participeerden|(?:doen|doet|deden|deed|werken|werkt|werkten)\s+(?:\S+\s+){0,8}?mee\b|"
    # a long list of towns: "Aan de City Deal doen de gemeenten A, B, C, D, E, F en G mee" (an adverb before the
    # list: "Aan dat programma doen inmiddels de gemeenten A, B, C, D en E mee", 54e)
    r"(?:doen|deden)\s+(?:(?:inmiddels|nu|ook|al|momenteel|intussen)\s+)?de\s+(?:gemeenten|steden)\s+(?:[A-Z'][^\s.;:]*\s+(?:(?:en|op|aan|den|de)\s+)?){2,24}?mee\b|"
    r"mee(?:doen|doet|deden|deed)\b|"  # a subordinate clause: "vertelt dat Breda en Ede inmiddels meedoen"
    r"deel(?:neemt|nemen|nam|namen|genomen)\b|"  # "…, waaraan Zwolle deelneemt", "heeft deelgenomen aan"
    r"(?:nemen|neemt|namen|nam)\s+(?:[^\s,;:.]+\s+){1,6}?deel\s+aan\b|"  # inverted: "Sinds 2021 neemt Ede deel aan"
    r"(?:nemen|neemt|namen|nam)\s+(?:(?:al|ook|nu|nog|inmiddels|eveneens|actief|eerder|sinds\s+\S+|resp\.)\s+){0,2}deel|"
    # "Aan de deal nemen X, Y en Z deel.", "… nemen op dit moment de gemeenten X en Y deel, evenals Z"
    r"(?:nemen|namen|neemt|nam)\s+(?:(?:op\s+dit\s+moment|momenteel|inmiddels|nu|ook|al)\s+){0,2}"
    r"(?:de\s+(?:gemeenten|steden|provincies)\s+)?[A-Z'][^.;:]{0,150}?\s+deel"
    r"(?=\s*(?:[.;:]|,\s*(?:evenals|alsmede|net\s+als|naast)\b|$))|"
    # inverted with a list of names between: "Vanuit de G40 nemen de gemeenten A, B, C en D deel aan …"
    r"(?:nemen|namen)\s+(?:de\s+(?:gemeenten|steden|provincies)\s+)?(?:[A-Z'][^\s,;:.]*(?:\s+[A-Z][^\s,;:.]*){0,2},\s+){1,24}"
    r"[A-Z'][^\s,;:.]*(?:\s+[A-Z][^\s,;:.]*){0,2}\s+en\s+[A-Z'][^\s,;:.]*(?:\s+[A-Z][^\s,;:.]*){0,2}\s+deel\s+aan\b|"
    r"(?:nemen|namen)\s+(?:\w+\s+){0,3}?\S+-(?:steden|gemeenten)\s+deel(?=\s*[.,;:])|"  # "nemen negen G40-steden deel, …"
    r"(?:nemen|namen)\s+(?:\w+\s+){0,2}?(?:steden|gemeenten|provincies|partijen|partners)\s+deel(?=\s*:)|"  # "nemen zes steden deel: …"
    r"(?:sloot|sloten|gesloten)(?!\s+(?:\S+\s+){0,6}?zich\b)|"
    r"ondertekenden|ondertekend|ondertekende|tekenden|tekende|getekend|"
    r"(?:onder)?teken(?:en|t)(?!\s+(?:voor|aan|op|mee|zich|af|in)\b)|"  # "A en B tekenen de City Deal X" (not "tekenen voor 40%")
    # signing by its noun: "Ook het UWV en Divosa zetten hun handtekening (onder de deal)", "Een handtekening
    # heeft de corporatie nog niet gezet" (denied: nothing)
    # (the subject a list after the verb: "zetten de gemeenten A, B en C, de provincie D en E donderdag hun handtekening")
    r"(?:zet|zette|zetten)\s+(?:[^\s;:.]+\s+){0,30}?(?:zijn|haar|hun|de|een)\s+handtekening|"
    r"handtekening(?:en)?\s+(?:[^\s,;:.]+\s+){0,8}?gezet|"
    # being one of the parties: "Ook Emmen en Assen zijn van de partij" (not "partij" alone: a political party)
    r"(?:is|zijn|was|waren)\s+(?:[^\s,;:.]+\s+){0,3}?van\s+de\s+partij)\b", re.IGNORECASE)
#: a person between the verb and "deel aan": "nam burgemeester X deel aan", "neemt wethouder Y (Ede) deel aan"
_TAKES_PART_PERSON = re.compile(r"\b(?:neemt|nam|nemen|namen)\s+(?:[^\s,;:.]+\.?\s+){1,7}?deel\s+aan\s+")
#: the same with the person's office between commas after the name: "Namens EZ neemt X, directeur Regionale Economie,
#: deel aan de stuurgroep" (walkthrough 38, finding 6)
_TAKES_PART_PERSON_APPOSED = re.compile(r"\b(?:neemt|nam)\s+(?:[^\s,;:.]+\.?\s+){0,6}?[^\s,;:.]+,\s+[^,;:.()]{2,60},\s+"
                                        r"deel\s+aan\s+")
#: an agreement of its own that a sentence says was signed (not the programme of the passage)
#: (or their own, by a possessive: "Almere en de provincie hebben hun Woondeal ondertekend", "zijn eigen deal")
_OWN_AGREEMENT = re.compile(r"\been\s+(?:[\w-]+\s+)?(?:intentieverklaring|convenant|(?:samenwerkings)?overeenkomst|"
                            r"akkoord|verklaring|contract|brief|motie|petitie|manifest)\b|"
                            r"\b(?:hun|zijn|haar)\s+(?:eigen\s+)?(?:[\w-]+\s+)?[\w-]*(?:deal|convenant|overeenkomst|akkoord|"
                            r"verklaring|contract)\b", re.IGNORECASE)
_SIGNED = re.compile(r"(?:sloot|sloten|gesloten|(?:onder)?tek|getek|zet|handtekening)", re.IGNORECASE)
#: a paper opening the clause as what is signed: "Het besluit is namens de minister ondertekend door X", "De brief
#: werd ondertekend door …" (a decision's or letter's signer, no party to the passage's programme; round 57r)
_SIGNED_PAPER = re.compile(r"\s*(?:het|dit|dat|de|deze|die)\s+(?:besluit|beschikking|brief|verslag|aanvraag|"
                           r"bezwaarschrift|verweerschrift|advies|uitspraak|document)\s+(?:is|werd|wordt|was)\b",
                           re.IGNORECASE)
#: a signing in the present tense ("tekent", "ondertekenen", "wordt … ondertekend") …
_SIGNS_NOW = re.compile(r"(?:onder)?teken(?:t|en)$", re.IGNORECASE)
_IS_SIGNED = re.compile(r"\b(?:wordt|worden|zal|zullen)\b", re.IGNORECASE)
#: … with a time still to come: "Almere tekent pas in 2027", "A en B ondertekenen naar verwachting in maart",
#: "tekent later", "De deal wordt volgende maand ondertekend": a plan, no signing yet
_TO_COME = re.compile(r"\b(?:naar\s+verwachting|pas|later|binnenkort|op\s+termijn|(?:volgend|komend)e?\s+"
                      r"(?:jaar|week|maand|voorjaar|zomer|najaar|winter)|(?:20\d\d))\b", re.IGNORECASE)


#: a name used as a modifier of its members: "G40-steden", "de G40 steden Leeuwarden, …", "VNG leden"
_ADJECTIVAL = re.compile(r"-[a-z]|\s(?:steden|gemeenten|gemeentes|wethouders|burgemeesters|leden|partners)\b")


#: "maar" opening a clause of its own, not "maar ook" in a list ("niet alleen A, maar ook B")
_BUT = re.compile(r"\bmaar\s+(?!ook\b)", re.IGNORECASE)


#: a place where something happens: "getekend te Utrecht", "(ondertekend) in Arnhem"
_AT_PLACE = re.compile(r"\bte\s+$|\bin\s+$", re.IGNORECASE)


#: an apposition that names what a municipality went into: "Haren, sinds 2019 onderdeel van Groningen, nam deel":
#: Groningen is no subject of the clause
_MERGED_INTO = re.compile(r",[^,]*\b(?:(?:onder)?deel\s+van|opgegaan\s+in|opging\s+in|samengevoegd\s+met|gefuseerd\s+met)"
                          r"\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)


def _signing_place(text: str, m: Mention, cue: re.Match) -> bool:
    """Whether municipality ``m`` is where something is signed or done ("getekend te Utrecht",
    "ondertekend in Arnhem"), no party: "te" always names a place, "in" after a verb of signing.

    >>> text = "Aldus getekend te Utrecht."
    >>> _signing_place(text, Mention(18, 25, "Utrecht", "Municipality", "", 1.0), _PARTICIPATE.search(text))
    True
    >>> text = "Utrecht tekende het convenant."
    >>> _signing_place(text, Mention(0, 7, "Utrecht", "Municipality", "", 1.0), _PARTICIPATE.search(text))
    False
    """
    if m.type != "Municipality":
        return False
    before = _AT_PLACE.search(text, max(0, m.start - 4), m.start)
    return before is not None and (before.group().lower().startswith("te") or _SIGNED.match(cue.group()) is not None)


def _unit_just_named(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The unit the previous sentence names last, which a sentence of taking part without a programme
    is about: "De taskforce X kreeg een voorzitter. Naast Leeuwarden nemen Enschede en Schiedam deel"."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or previous.section_start != sentence.section_start:
        return None
    # (not a gemeenschappelijke regeling's board: "… besluit het algemeen bestuur. Tot die tijd neemt Ede volwaardig
    # deel": in the arrangement, which its towns take part in)
    units = [m for m in ctx.in_sentence(previous) if m.type == "OrganisationalUnit" and m.kind != "regelingsbestuur"]
    return units[-1] if units else None


#: a programme named by its kind after a cue of taking part: "(doen mee) aan het project", "aan de samenwerking"
_PROGRAMME_NOUN = re.compile(r"(?:\s+aan)?\s+(?:het|de|dit|deze)\s+(?:project|programma|initiatief|samenwerking|traject|"
                             r"pilot|proef|experiment)\b", re.IGNORECASE)


#: a meeting taken part in, named by its kind only: "Aan het overleg nemen … deel", "nemen deel aan de
#: bijeenkomst": a meeting about a programme is no taking part in the programme
_MEETING_AAN = re.compile(r"\s*\baan\s+(?:het|de|dit|deze|dat|die)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]*(?:overleg|gesprek|gesprekken|"
                          r"bijeenkomst|vergadering|sessie|rondetafel|conferentie|webinar|lunch|diner|excursie|"
                          r"werkbezoek|bezoek|debat|symposium|congres|ontmoeting|kennisdag|netwerkdag)\b", re.IGNORECASE)


#: a second thing taken part in: "neemt deel aan de pijler X en aan de themagroep Y" (Y takes no part in X)
_AFTER_AAN = re.compile(r"\baan\s+(?:de|het)?\s*$")


#: an actor someone acts for: "namens Ede", "namens de gemeente Ede"
#: the group the actors come from, not one of them: "Vanuit de G40 nemen A en B deel aan …" (A and B take part)
_FROM_WITHIN = re.compile(r"\bvanuit\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\bnamens\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?$", re.IGNORECASE)
#: the writer's own body someone acts for: "namens onze stad", "namens ons college" (the body of the document's "wij")
_ON_OUR_BEHALF = re.compile(r"\bnamens\s+(?:onze|ons)\s+(?:stad|gemeente|provincie|organisatie|college|ministerie|bestuur)\b",
                            re.IGNORECASE)
#: a writer's frame of what follows: "(Namens de VNG) laat ik weten dat …", "… meld ik u dat …", "wij bevestigen dat …":
#: the body the writer speaks for is no subject of the reported clause
_REPORTING_FRAME = re.compile(r"\b(?:(?:laat|laten|meld|melden|bericht|berichten|deel|delen|bevestig|bevestigen)\s+(?:ik|wij|we)"
                              r"|(?:ik|wij|we)\s+(?:laat|laten|meld|melden|bericht|berichten|deel|delen|bevestig|bevestigen))"
                              r"\b[^.;:]{0,40}?\bdat\s", re.IGNORECASE)
#: a relative clause after a cue of taking part: its actors do something else ("…, dat door BZK wordt getrokken")
_RELATIVE_AFTER = re.compile(r",\s+(?:dat|die|waar(?!onder)\w*)\s", re.IGNORECASE)
#: "van" (with its article) right before a name: the name is a complement, "(kennispartner) van Platform31"
_OF_BEFORE = re.compile(r"(?<!ministerie )(?<!ministeries )\bvan\s+(?:de\s+|het\s+)?$", re.IGNORECASE)  # (not "ministerie van X")
#: a relative clause right after what is taken part in, without a comma: "(neemt deel aan) het leernetwerk X dat
#: Platform31 samen met VRO organiseert" (Platform31 and VRO run it; they are no subjects of "neemt deel")
_RELATIVE_AFTER_TARGET = re.compile(r"\s+(?:dat|die)\s", re.IGNORECASE)


#: a second complement clause coordinated with the one before: "overwegende dat …, en dat Kampen deelneemt"
#: (its subject follows "dat"; what the clause before named takes no part)
_AND_THAT = re.compile(r"\ben\s+dat\s", re.IGNORECASE)
#: a second predicate of the same subject after what it takes part in: "neemt deel aan X en is daarnaast lid van Y",
#: "doet mee aan X en heeft zitting in Y" (Y takes no part in X)
_SECOND_PREDICATE = re.compile(r",?\s+(?:en|maar)\s+(?:is|zijn|was|waren|heeft|hebben|had|hadden|zit|zitten|zat|zaten|"
                               r"blijft|blijven|wordt|worden|werd|werden|vertegenwoordigt|leidt|trekt|voert)\b")
#: the relative pronoun of a clause whose object is its antecedent: "de Regio Deal X, die A en B hebben gesloten"
_WHICH_CLOSED = re.compile(r",\s+(?:die|dat)\s")


def _closed_by(ctx: DocContext, mentions: list[Mention], cue: re.Match, clause_start: int) -> tuple[Mention, int] | None:
    """The agreement a relative clause of signing is about, and where the clause starts: "(… sluit aan op) de Regio
    Deal X, die de gemeenten, de provincie en het ministerie in 2019 hebben gesloten" (the deal its antecedent
    names, closed by the actors after "die"; not the programme the sentence named first), else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De City Deal Zon sluit aan op de Regio Deal Twente, die Almelo, Hengelo en de VNG in 2019 hebben gesloten."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "relations.participeren")
    [('Almelo', 'Regio Deal Twente'), ('Hengelo', 'Regio Deal Twente'), ('VNG', 'Regio Deal Twente')]
    """
    which = None
    for which in _WHICH_CLOSED.finditer(ctx.text, clause_start, cue.start()):
        pass
    if which is None:
        return None
    antecedent = next((m for m in mentions if m.end == which.start() and m.type == "Programme"), None)
    return (antecedent, which.end()) if antecedent is not None else None


_AND_AAN = re.compile(r"\s+en\s+aan\s+(?:de\s+|het\s+)?")
#: "en" between two programmes (the closing quote of the first included): "aan de pilots “A” en “B”"
_AND_PROGRAMME = re.compile(r"[\"'”’]?\s+en\s+(?:de\s+|het\s+)?[\"'“‘]?")


def _second_target(ctx: DocContext, mentions: list[Mention], target: Mention, clause_end: int) -> Mention | None:
    """The thing after "en aan" right after the target: "(neemt deel) aan de pijler X en aan de themagroep Y";
    or a second programme or unit after "en": "(doet mee) aan de City Deal Zon en de City Deal Wind", "aan de
    themagroep Wonen en de themagroep Mobiliteit" (a unit after the target is one more target, no actor)."""
    joined = _AND_AAN.match(ctx.text, target.end, clause_end)
    found = next((m for m in mentions if joined and m.start == joined.end() and m.type in _THINGS), None)
    if found is None and target.type in ("Programme", "OrganisationalUnit"):
        joined = _AND_PROGRAMME.match(ctx.text, target.end, clause_end)
        found = next((m for m in mentions if joined and m.start == joined.end() and m.type == target.type), None)
    return found


#: the cue "neemt/nam deel aan" itself (a person as its subject takes part in what follows "aan")
_DEEL_AAN = re.compile(r"(?:neemt|nam)\s+deel\s+aan\b", re.IGNORECASE)


def _participation(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Each construction of taking part, in the order in which they add their facts."""
    # most cues below need a unit, programme, event or organisation in the sentence: without
    # one they find nothing, so their regex need not run (the cost of extraction is in these scans)
    types = {m.type for m in mentions}
    _takes_part(ctx, sentence, mentions)
    participants_are(ctx, sentence, mentions)
    if "bestaa" in sentence.text or "bestond" in sentence.text:
        consists_of(ctx, sentence, mentions)  # "De City Deal X bestaat uit A, B en C"
    if "deelnem" in sentence.text or "steden" in sentence.text or "gemeenten" in sentence.text:
        members_by_predicate(ctx, sentence, mentions)  # "A en B zijn de eerste deelnemers"
    _person_takes_part(ctx, sentence, mentions, types)
    active_in(ctx, sentence, mentions, types)
    find_partners(ctx, sentence, mentions)
    find_joining(ctx, sentence, mentions, types)
    members_added(ctx, sentence, mentions, types)
    if "vertegenwoordigt" in sentence.text:
        represents_in(ctx, sentence, mentions)
    if "toetreding van" in sentence.text:
        accession(ctx, sentence, mentions)
    members_in_clause_after(ctx, sentence, mentions)
    find_involvement(ctx, sentence, mentions, types)
    if "deelname" in sentence.text:
        find_participation_nouns(ctx, sentence, mentions)  # "de deelname van Ede aan X", "onze deelname aan X"
    find_listed_among(ctx, sentence, mentions)  # "twaalf deelnemers, waaronder Almelo en Deventer"
    if "onder" in sentence.text and "Programme" in types:
        find_covered_places(ctx, sentence, mentions)  # "Zaanstad en Haarlem vallen onder de Woondeal X"
    if ("opgenomen" in sentence.text or "toegevoegd" in sentence.text) and "Programme" in types:
        taken_in(ctx, sentence, mentions)  # "BZK heeft Enschede en Almelo in het programma X opgenomen" (43a)


def _semicolon_clause(text: str, mentions: list[Mention], match: re.Match) -> list[Mention]:
    """The mentions of the clause between semicolons that holds the cue ``match``: "Aan de Woondeal X doet
    A mee; aan de Woondeal Y doen B en C mee" (B and C take part in Y, not in X)."""
    if ";" not in text[mentions[0].start:mentions[-1].end] if mentions else True:
        return mentions
    start, end = text.rfind(";", 0, match.start()), text.find(";", match.end())
    return [m for m in mentions if m.start > start and (end < 0 or m.end <= end)]


def _takes_part(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"participeren/doen mee/nemen deel/ondertekenden" with a list: the actors of the clause take part
    in the programme (or unit) it names, else the one the passage is about."""
    text = ctx.text
    for match in ctx.asserted_cues(_PARTICIPATE, sentence):
        if match.group()[-3:].lower() == "aan" and any(m.type == "Person" for m in ctx.in_span(match.start(), match.end())):
            continue  # "Namens Tilburg neemt X deel aan …": the person takes part (see membership)
        # "doen mee aan het project": a programme the text named before, never a unit
        unit_named = None if _PROGRAMME_NOUN.match(text, match.end()) else _unit_just_named(ctx, sentence)
        relative = relative_target(text, mentions, match.start())
        target = relative \
            or _organisation_taken_part_in(text, mentions, match) or target_thing(_semicolon_clause(text, mentions, match)) \
            or target_thing(mentions) or _passage_programme(ctx, sentence.start) or unit_named or ctx.title_programme
        if _THERE_AAN.search(match.group()):
            # "… het Leernetwerk X opgezet. … Namens de G40 nemen A en B eraan deel": what the sentence before named (40a)
            target = _referent_before(ctx, sentence)
        if target is None or (target.type == "OrganisationalUnit" and _SIGNED.match(match.group())):
            continue  # what is closed or signed is an agreement, no unit: "sloot de pijler een convenant met Y"
        if not sentence.start <= target.start < sentence.end and _unknown_name_after(ctx, mentions, match):
            continue  # "meedoet aan de Fixbrigades": a name the text gives and nothing recognised, not the passage's programme
        if not sentence.start <= target.start < sentence.end and unnamed_group_after(text, mentions, match.end() - 3
                                                                                     if match.group().lower().endswith("aan")
                                                                                     else match.end()):
            continue  # "neemt deel aan de werkgroep reikwijdte jeugdhulp": that group, not the passage's programme (50a)
        if not sentence.start <= target.start < sentence.end and new_thing_since(ctx, target, sentence, match.start()):
            continue  # "… samen met X in het kennistraject Y. X voert het traject uit; A en B doen mee": Y, not recognised
        if not sentence.start <= target.start < sentence.end and _meeting_taken_part_in(ctx, sentence, match):
            continue  # "Aan het overleg nemen ook de wethouders van A en B deel": the meeting, not the programme
        if _SIGNED.match(match.group()) and not sentence.start <= target.start < sentence.end \
                and (_OWN_AGREEMENT.search(text, sentence.start, sentence.end)
                     or _SIGNED_PAPER.match(text, ctx.content_start(sentence))):
            # "Beide instellingen hebben een intentieverklaring met de gemeente getekend", "Almere tekende eerder
            # een convenant met BZK": an agreement of its own; "Het besluit is ondertekend door X": a paper
            continue
        if _signing_to_come(ctx, sentence, match):
            continue  # "Amersfoort tekent pas in 2027": a signing planned (45a)
        # a clause after a semicolon is another statement: "tekenden A en B …; in C lopen de gesprekken nog"
        clause_start = max(text.rfind(";", sentence.start, match.start()) + 1, ctx.content_start(sentence))
        # so is a clause after "maar" (not "maar ook", which adds to a list): "Lelystad heeft nog niet getekend,
        # maar Almere heeft wel getekend" (Lelystad takes no part)
        clause_start = max([clause_start] + [b.end() for b in _BUT.finditer(text, clause_start, match.start())])
        frame = _REPORTING_FRAME.search(text, clause_start, match.start())
        if frame is not None:
            clause_start = frame.end()  # "Namens de VNG laat ik weten dat A en B deelnemen": A and B, not the VNG
        clause_start = _relative_clause_start(ctx, mentions, clause_start, match.start())
        if relative is not None and target is relative and (_APPOSED_WHEREIN.match(text, relative.end)
                                                            or _RELATIVE_THEN_WHEREIN.match(text, relative.end)):
            # "Y, het programma van BZK waaraan Venlo deelneemt": Venlo, not BZK (the apposition's owner); "het
            # Leernetwerk X, dat Platform31 begeleidde en waarin Venlo deelnam": Venlo, not Platform31 (57r)
            clause_start = max([clause_start] + [w.end() for w in _WHEREIN_WORD.finditer(text, relative.end, match.start())])
        for joined in _AND_THAT.finditer(text, clause_start, match.start()):
            clause_start = joined.end()  # "…, die het bureau huisvest, en dat Kampen deelneemt": Kampen, not the bureau
        clause_end = text.find(";", match.end(), sentence.end)
        clause_end = sentence.end if clause_end < 0 else clause_end
        second = _SECOND_PREDICATE.search(text, match.end(), clause_end)
        if second is not None and target.end <= second.start():
            clause_end = second.start()  # "neemt deel aan de pijler X en is daarnaast lid van de themagroep Y"
        closed = _closed_by(ctx, mentions, match, clause_start) if _SIGNED.match(match.group()) else None
        if closed is not None:
            target, clause_start = closed  # "de Regio Deal X, die A, B en C in 2019 hebben gesloten": the deal
        if _SIGNED.match(match.group()) and sentence.start <= target.start < sentence.end \
                and not clause_start <= target.start < clause_end \
                and target_thing([m for m in mentions if clause_start <= m.start < clause_end]) is None \
                and _OWN_AGREEMENT.search(text, clause_start, match.start()):
            continue  # "… werkt het programma samen met X; in Y heeft Z een convenant met BZK getekend": Z's own agreement
        # a relative clause, or an apposition naming the target's owner ("…, het programma van BZK"), ends the clause
        cuts = [c for c in (_RELATIVE_AFTER.search(text, match.end(), clause_end),
                            APPOSED_OWNER.search(text, match.end(), clause_end),
                            _APPOSED_LEADER.search(text, match.end(), clause_end),
                            _RELATIVE_AFTER_TARGET.match(text, target.end, clause_end)
                            if match.end() <= target.start < clause_end else None) if c is not None]
        relative = min(cuts, key=lambda c: c.start()) if cuts else None
        if relative is not None:
            clause_end = relative.start()  # "… deel aan het programma, dat door BZK wordt getrokken": BZK leads it
            if target.start >= clause_end and sentence.start <= target.start < sentence.end:
                # "Namens het kabinet tekende de minister van LNV, die de Regio Deals coördineert": not what was signed
                target = target_thing([m for m in mentions if m.end <= clause_end]) \
                    or ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
                if target is None:
                    continue
        also = _second_target(ctx, mentions, target, clause_end)
        actors = [m for m in mentions if m.type in ("Municipality", "Organisation", "Ministry", "Province", "OrganisationalUnit")
                  and m is not target and m is not also and not _ADJECTIVAL.match(text, m.end)
                  and clause_start <= m.start < clause_end
                  and not (m.start >= match.end() and _AFTER_AAN.search(text, max(match.end(), m.start - 12), m.start))
                  and not _owner_of(text, target, m) and not (also is not None and _owner_of(text, also, m))
                  and not _signing_place(text, m, match)  # "aan de pijler A en de pijler B van de G40": B's owner
                  and not names_region_of(text, target, m)  # "aan de RES Noord-Holland Zuid": its region (46b)
                  and not _MERGED_INTO.search(text, max(clause_start, m.start - 60), m.start)]
        if len(actors) > 1:
            # "Deventer is kennispartner van Platform31 en neemt deel aan …": the complement of "van" before the
            # cue is no subject when an actor opens the clause before it
            actors = [m for m in actors if m is actors[0] or m.start > match.start()
                      or not _OF_BEFORE.search(text, max(clause_start, m.start - 12), m.start)]
        within = [m for m in actors if _FROM_WITHIN.search(text, max(clause_start, m.start - 15), m.start)]
        if within and len(within) < len(actors):
            actors = [m for m in actors if m not in within]  # "Vanuit de G40 nemen A en B deel": A and B
        on_behalf = [m for m in actors if _ON_BEHALF.search(text, max(clause_start, m.start - 25), m.start)]
        ours = _ON_OUR_BEHALF.search(text, clause_start, match.end())
        we = we_at(ctx, sentence.start) if ours is not None and not actors else None
        if we is not None and we.type in ACTORS:
            actors, on_behalf = [we], [we]  # "Wethouder X neemt namens onze stad deel aan …": X, and the writer's town
        if on_behalf:  # "Burgemeester X neemt namens Ede deel aan …": X takes part too, for Ede
            speaker = [m for m in mentions if m.type == "Person" and clause_start <= m.start and m.end <= match.start()]
            if target.type == "Event" and speaker:
                # "… neemt namens Ede deel aan de ledenvergadering": a person's attendance, not the town's part (40a)
                actors = [m for m in actors if m not in on_behalf]
            actors += speaker[-1:]
        if not actors and _BOTH.match(text, clause_start):
            actors = _pair_named_before(ctx, sentence)  # "… hoe Arnhem en Ede samen werken. Beide steden doen mee aan …"
        if not actors and _WE.search(text, clause_start, clause_end) and we_at(ctx, sentence.start) is not None:
            actors = [we_at(ctx, sentence.start)]  # "Daarom doen we mee aan …" in a document of "wij als gemeente X"
        if not actors and clause_start == ctx.content_start(sentence):
            person = ctx.pronoun_subject(sentence)[1]  # "… is wethouder in Breda. Zij neemt deel aan …"
            actors = [person] if person is not None else []
        if (not actors and clause_start > ctx.content_start(sentence) and target.start >= clause_start
                and _PRONOUN_OPENING.match(text, clause_start, match.start())):
            # "X is sinds 1 oktober wethouder van A; zij neemt deel aan de pijler Y": the one person before the
            # semicolon (round 49a, walkthrough 23), when the pronoun's clause names what is taken part in ("…
            # portefeuillehouder voor de Regio Deal; zij ondertekent de voortgangsrapportage": nothing signed)
            persons = [m for m in mentions if m.type == "Person" and sentence.start <= m.start < clause_start]
            actors = persons if len({m.label for m in persons}) == 1 else []
        if not actors and (town_word := _TOWN_SUBJECT.search(text, clause_start, match.end())) is not None:
            # "Venlo is lid van … . In 2021 nam de stad deel aan de pijler X": the one town named just before (49a)
            town = kind_antecedent(ctx, sentence, town_word.start(), "gemeente")
            actors = [town] if town is not None else []
        if not actors and _DEEL_AAN.match(text, match.start(), clause_end):
            # "Wethouder X (Wonen) neemt deel aan de pijler Fysiek": the person named as the clause's subject
            subject = ctx.subject(sentence, match.start(), types=frozenset(), persons=True)
            actors = [subject] if subject is not None and subject.type == "Person" \
                and clause_start <= subject.start else []
        listed = _listed_persons(ctx, mentions, match, clause_end)
        if listed and target.start >= match.end():
            continue  # the list's own offices ("…, voorzitter van de Pijler X"): what they take part in is named before
        if listed:  # "Namens de G40 nemen deel: wethouder A (Zwolle), voorzitter van de pijler X, en B": A and B (58r)
            actors = [m for m in actors if m.start < match.start()] + listed
        # "Oss sloot op 1 oktober 2026 aan": a joining dated to the day starts then (walkthrough 26, finding 6)
        joined_on = change_date(text, clause_start, clause_end, year=ctx.date) if _JOINED.match(match.group()) else None
        for m in actors:
            ctx.add(m, "participatesIn", target, sentence, "relations.participeren", 0.8, since=joined_on)
            if also is not None:  # "neemt deel aan de pijler X en aan de themagroep Y": in both
                ctx.add(m, "participatesIn", also, sentence, "relations.participeren", 0.75)


def _listed_persons(ctx: DocContext, mentions: list[Mention], match: re.Match, clause_end: int) -> list[Mention]:
    """The persons a colon after the cue lists as those who take part, each perhaps with a title before and an
    office after ("Namens de G40 nemen deel: wethouder A (Zwolle), voorzitter van de Pijler X, en wethouder B"):
    the towns and units of their brackets and appositions are their offices, no participants (round 58r); [] when
    no colon follows the cue or no person opens the list. A unit named in the list is no target either: what they
    take part in is named before the cue, or the sentence gives no participation.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Het bestuurlijk overleg Wonen met de G40, namens de G40 nemen deel: wethouder Eva Smit (Ede), voorzitter "
    ...         "van de Pijler Fysiek Domein, en wethouder Jan Kok (Oss).")
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "relations.participeren")
    [('Eva Smit', 'bestuurlijk overleg Wonen'), ('G40', 'bestuurlijk overleg Wonen'), ('Jan Kok', 'bestuurlijk overleg Wonen')]
    """
    colon = re.match(r"[ \t]*:[ \t]*", ctx.text[match.end():clause_end]) if not match.group().rstrip().endswith(":") \
        else re.match(r"", "")
    if colon is None:
        return []
    start = match.end() + colon.end()
    persons = [m for m in mentions if m.type == "Person" and start <= m.start < clause_end
               and ctx.text.count("(", start, m.start) == ctx.text.count(")", start, m.start)]
    if not persons or not re.fullmatch(r"(?:[a-z-]+\s+){0,2}", ctx.text[start:persons[0].start]):
        return []
    return persons


#: a clause after a semicolon opened by a personal pronoun: "…; zij neemt deel aan", "…; hij doet mee aan"
_PRONOUN_OPENING = re.compile(r"\s*(?:zij|hij|ze)\s+(?:\w+\s+)?(?:(?:ook|nu|namens\s+\S+)\s+)?$")
#: a town named by its kind as the subject, before or right after the verb: "nam de stad deel", "De gemeente doet mee"
_TOWN_SUBJECT = re.compile(r"\b(?:[Dd]e|[Oo]nze)\s+(?:stad|gemeente)\s+(?=(?:\w+\s+)?(?:deel|mee|neemt|nam|doet|deed|participeert)\b)")


#: an apposition that names who leads what is taken part in: "(doet mee aan X), een programma onder leiding van
#: VWS", "…, het traject dat geleid wordt door" (the leader runs it; 45a)
_APPOSED_LEADER = re.compile(r",\s+(?:een|het|de)\s+(?:[\w-]+\s+){1,3}?(?:onder\s+(?:leiding|regie|verantwoordelijkheid)\s+van|"
                             r"(?:getrokken|geleid|gecoördineerd)\s+door)\s", re.IGNORECASE)


def _signing_to_come(ctx: DocContext, sentence: Sentence, cue: re.Match) -> bool:
    """Whether the signing ``cue`` states is still to come: a present tense ("tekent", "ondertekenen",
    "wordt … ondertekend") with a time ahead in its sentence, "naar verwachting", "pas", "later",
    "binnenkort", "volgend jaar" or a year after the document's. A past tense signed ("tekende").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "City Deal Zon\\n\\nBreda tekende in mei. Ede tekent naar verwachting in maart. Delft tekent pas in 2027."
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-06-01").relations
    ...        if r.predicate == "participatesIn")
    ['Breda']
    """
    word = cue.group().lower()
    if not (_SIGNS_NOW.search(word) or (word.startswith(("getek", "ondertek")) and word.endswith("d")
                                       and _IS_SIGNED.search(ctx.text, sentence.start, cue.start()))):
        return False
    year = int(ctx.date[:4]) if ctx.date and ctx.date[:4].isdigit() else None
    for ahead in _TO_COME.finditer(ctx.text, sentence.start, sentence.end):
        if not ahead.group().isdigit() or (year is not None and int(ahead.group()) > year):
            return True
    return False


#: a relative clause whose pronoun is its subject, the cue inside it: "(aanspreekpunt voor) de steden die aan
#: deze aanpak meedoen" (no comma between the pronoun and the cue: not "Ede, die …, doet mee")
_RELATIVE_DIE = re.compile(r"(?<=[\w,])\s+die\s+(?=[^,;:()]*$)")
#: a relative "waar" whose "aan"/"in" comes later, right before the cue: ", waar inmiddels twaalf steden aan deelnemen"
_RELATIVE_WHERE = re.compile(r",\s+waar\s+(?=[^,;:()]*\b(?:aan|in)\s+[^,;:()]*$)")


#: the relative adverb that opens the clause of who takes part in the thing before it
_WHEREIN_WORD = re.compile(r"\b(?:waaraan|waarin)\s")
#: an apposition between the thing and the relative adverb: ", het programma van BZK waaraan"
#: a first relative clause between the thing and the relative adverb: ", dat Platform31 begeleidde en waarin"
_RELATIVE_THEN_WHEREIN = re.compile(r"\s*,\s*(?:dat|die)\s+[^,;:()]{1,80}?\s+en\s+(?:waaraan|waarin)\s")
_APPOSED_WHEREIN = re.compile(r"\s*,\s*(?:het|de|een)\s+[a-z-]+(?:\s+van\s+(?:het\s+|de\s+)?[\w-]+)?\s+(?:waaraan|waarin)\s")


def _relative_clause_start(ctx: DocContext, mentions: list[Mention], start: int, cue: int) -> int:
    """Where the clause of the cue at ``cue`` starts when the cue stands in a relative clause opened by
    "die": the antecedent is who takes part, not the subject of the main clause; a named actor right
    before "die" ("Breda en Ede, die meedoen aan X") is the antecedent and keeps the clause as it was. A clause
    opened by a split "waar … aan" is its own ("…, waar inmiddels twaalf steden aan deelnemen").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ede doet mee aan de City Deal Zon. Anna Kok is namens de G40 aanspreekpunt voor de steden die eraan meedoen."
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "participatesIn")
    ['Ede']
    """
    where = None
    for where in _RELATIVE_WHERE.finditer(ctx.text[:cue], start):
        pass
    if where is not None:
        return where.end()  # "…de City Deal X, waar inmiddels twaalf steden aan deelnemen": not the main clause's (57r)
    relative = None
    for relative in _RELATIVE_DIE.finditer(ctx.text[:cue], start):
        pass
    if relative is None:
        return start
    before = ctx.text[start:relative.start()].rstrip(" ,")
    if any(m.type in ACTORS and m.end == start + len(before) for m in mentions):
        return start
    return relative.end()


def _passage_programme(ctx: DocContext, at: int) -> Mention | None:
    """The programme the passage before offset ``at`` is about, passing over the family of deals it names
    in passing ("Deze Regio Deal is gesloten met LNV, dat de Regio Deals coördineert. A en B nemen deel"):
    one takes part in one deal, not in the family.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De Regio Deal Zuidrand is gesloten met LNV, dat de Regio Deals coördineert. Ede en Epe nemen deel."
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "relations.participeren")
    [('Ede', 'Regio Deal Zuidrand'), ('Epe', 'Regio Deal Zuidrand')]
    """
    found = ctx.context_unit(at, types={"Programme"})
    for _ in range(3):
        if found is None or found.rule != "programmes.deal-family" or ctx.sentence_at(found.start) is ctx.sentence_at(at):
            return found
        found = ctx.context_unit(found.start, types={"Programme"})
    return found


#: a pronominal adverb inside the cue that points back: "nemen A en B eraan deel", "doet daaraan mee"
_THERE_AAN = re.compile(r"\b(?:er|daar|hier)aan\b", re.IGNORECASE)


def _referent_before(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """What "eraan"/"daaraan" points back to: the last programme, unit or event the sentence before names."""
    before = ctx.previous_sentence(sentence)
    things = [m for m in ctx.in_sentence(before) if m.type in ("Programme", "OrganisationalUnit", "Event")] \
        if before is not None else []
    return things[-1] if things else None


#: from the cue to what is taken part in: "(doet mee) aan het", "(neemt deel aan) de"
_TO_OBJECT = re.compile(r"\s*(?:aan\s+)?(?:de\s+|het\s+)?")


def _organisation_taken_part_in(text: str, mentions: list[Mention], match: re.Match) -> Mention | None:
    """The organisation right after a cue of taking part, which is what is taken part in: "Breda en Ede
    doen mee aan het Landelijk Netwerk Armoede", "Breda neemt deel aan het Platform Gezonde Stad" (a network
    or platform of members; not a name that only modifies what follows: "aan de VNG-enquête").

    >>> t = "Ede doet mee aan het Netwerk Wijkzorg."
    >>> m = Mention(21, 36, "Netwerk Wijkzorg", "Organisation", "", 1.0)
    >>> _organisation_taken_part_in(t, [m], _PARTICIPATE.search(t)).text
    'Netwerk Wijkzorg'
    """
    if _SIGNED.match(match.group()):
        return None  # signing, closing: what is signed is an agreement, no organisation
    found = next((m for m in mentions if m.start >= match.end()), None)
    if found is None or found.type != "Organisation" or _ADJECTIVAL.match(text, found.end) \
            or not _TO_OBJECT.fullmatch(text, match.end(), found.start):
        return None
    cue = text[match.start():found.start].lower()
    return found if re.search(r"\baan\s+(?:de\s+|het\s+)?$", cue) else None


#: a capitalised name right after the cue ("(doet mee) aan de Fixbrigades"): what is taken part in
_NAME_AFTER = re.compile(r"\s*(?:aan\s+)?(?:de|het)\s+(?-i:[A-ZÀ-Ý])[\w-]+", re.IGNORECASE)


def _unknown_name_after(ctx: DocContext, mentions: list[Mention], match: re.Match) -> bool:
    """Whether the cue ``match`` is followed by the name of what is taken part in that no mention covers
    ("Portaal doet in Leiden mee aan de Fixbrigades"): the sentence names it, so the programme of the passage
    is not it.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De City Deal Zon loopt. Ede doet mee aan de Fixbrigades."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    []
    """
    name = _NAME_AFTER.match(ctx.text, match.end())
    if name is None:
        return False
    at = name.end() - 1
    return not any(m.start <= at < m.end for m in mentions)


def _meeting_taken_part_in(ctx: DocContext, sentence: Sentence, match: re.Match) -> bool:
    """Whether what the cue ``match`` takes part in is a meeting named by its kind only, fronted
    ("Aan het bestuurlijk overleg nemen …") or after the cue ("… nemen deel aan de bijeenkomst")."""
    fronted = _MEETING_AAN.match(ctx.text, ctx.content_start(sentence), match.start())
    after = match.end() - 3 if match.group().lower().endswith("aan") else match.end()
    return fronted is not None or _MEETING_AAN.match(ctx.text, after, sentence.end) is not None


def _person_takes_part(ctx: DocContext, sentence: Sentence, mentions: list[Mention], types: set[str]) -> None:
    """A person between the verb and "deel aan" takes part in what follows (see the comment below)."""
    text = ctx.text
    cues = [match for pattern in (_TAKES_PART_PERSON, _TAKES_PART_PERSON_APPOSED)
            for match in ctx.asserted_cues(pattern, sentence)] if "Person" in types and types & _THINGS else ()
    for match in cues:
        # "daarnaast nam burgemeester X deel aan de netwerkdagen": the person between verb and "deel"
        persons = [m for m in mentions if m.type == "Person" and match.start() < m.start and m.end <= match.end()]
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS]
        if len(persons) == 1 and after and after[0].start - match.end() <= 40 \
                and not CLAUSE_BREAK.search(text, match.end(), after[0].start):
            ctx.add(persons[0], "participatesIn", after[0], sentence, "relations.nam-persoon-deel", 0.7)
            for person in _gapped_on_behalf(ctx, sentence, mentions, after[0].end):
                ctx.add(person, "participatesIn", after[0], sentence, "relations.nam-persoon-deel", 0.7)
    for match in ctx.asserted_cues(_TAKE_PART_PEOPLE, sentence) if "Person" in types and types & _THINGS else ():
        # "Namens de G40 nemen wethouder A (Breda) en B deel aan de City Deal X": each person listed takes part
        # (the G40 they speak for is named by the gold as a participant at most, never instead of them)
        persons = [m for m in mentions if m.type == "Person" and match.start(1) <= m.start and m.end <= match.end(1)]
        after = [m for m in mentions if m.start >= match.end() and m.type in _THINGS]
        if len(persons) >= 2 and after and after[0].start - match.end() <= 40 \
                and not CLAUSE_BREAK.search(text, match.end(), after[0].start) \
                and _only_people_listed(text, match.start(1), match.end(1), persons):
            for person in persons:
                ctx.add(person, "participatesIn", after[0], sentence, "relations.nam-personen-deel", 0.7)


#: a plural taking part with the people between the verb and "deel aan" (group 1): "nemen A en B deel aan"
_TAKE_PART_PEOPLE = re.compile(r"\b(?:nemen|namen)\s+([^;:.]{3,200}?)\s+deel\s+aan\s+")
#: what may stand around the names of a list of people: role words, "en", commas and brackets
_LIST_GAP = re.compile(r"(?:\s|,|\ben\b|\bde\b|\bhet\b|\b(?-i:[a-zà-ÿ])[\w-]*\b|\([^()]{0,60}\))*")


def _only_people_listed(text: str, start: int, end: int, persons: list[Mention]) -> bool:
    """Whether ``text[start:end]`` is a list of ``persons`` and nothing else: between, before and after them
    only role words, "en", commas and brackets ("wethouder Anna Smit (Breda) en wethouder Piet Kok").

    >>> t = "wethouder Anna Smit (Breda) en Piet Kok"
    >>> ps = [Mention(10, 19, "Anna Smit", "Person", "", 1.0), Mention(31, 39, "Piet Kok", "Person", "", 1.0)]
    >>> _only_people_listed(t, 0, len(t), ps), _only_people_listed("Anna Smit met Ede en Piet Kok", 0, 29,
    ...     [Mention(0, 9, "Anna Smit", "Person", "", 1.0), Mention(21, 29, "Piet Kok", "Person", "", 1.0)])
    (True, False)
    """
    edges = [start, *(x for m in persons for x in (m.start, m.end)), end]
    gaps = [text[edges[i]:edges[i + 1]] for i in range(0, len(edges), 2)]
    return all(_LIST_GAP.fullmatch(gap) for gap in gaps) and not any(
        re.search(r"\b(?:met|van|bij|uit|voor|namens)\b", gap, re.IGNORECASE) for gap in gaps)


#: a clause whose verb is left out, after the one that has it: "…, namens de provincie Overijssel gedeputeerde Y"
_GAP_ON_BEHALF = re.compile(r",\s+(?:en\s+)?namens\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?")
#: the portfolio after a role word, before the person: "wethouder Wonen (Eva Smit)"
_PORTFOLIO = re.compile(r"(?:\s+(?:[A-Z][\w-]*|en))*\s*")
_GAP_END = re.compile(r"\s*(?:[.;,]|$)")


def _gap_is_a_role(gap: str) -> bool:
    """Whether ``gap`` (between the body and the person) holds only a role word and its portfolio, or
    nothing: "gedeputeerde", "wethouder Wonen"; not a verb ("spreekt gedeputeerde").

    >>> _gap_is_a_role(" gedeputeerde "), _gap_is_a_role(" wethouder Wonen "), _gap_is_a_role(" spreekt gedeputeerde ")
    (True, True, False)
    """
    words = gap.strip()
    if not words:
        return True
    role = role_pattern().match(words)
    return role is not None and _PORTFOLIO.fullmatch(words, role.end()) is not None


def _gapped_on_behalf(ctx: DocContext, sentence: Sentence, mentions: list[Mention], after: int) -> list[Mention]:
    """The persons of the clauses after the taking part that leave its verb out, each for its own body:
    "Namens Gelderland neemt gedeputeerde X deel aan de stuurgroep, namens Overijssel gedeputeerde Y" (Y too).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Namens de provincie Gelderland neemt gedeputeerde Eva Smit deel aan de stuurgroep Regio Deal Zon, "
    ...         "namens de provincie Overijssel gedeputeerde Jan de Kok.")
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "participatesIn")
    ['Eva Smit', 'Jan de Kok']
    """
    found = []
    for gap in _GAP_ON_BEHALF.finditer(ctx.text, after, sentence.end):
        body = next((m for m in mentions if m.start == gap.end() and m.type in ACTORS), None)
        person = next((m for m in mentions if body is not None and m.start > body.end and m.type == "Person"), None)
        if person is not None and _gap_is_a_role(ctx.text[body.end:person.start]) \
                and _GAP_END.match(ctx.text, person.end, sentence.end):
            found.append(person)
    return found


#: the owner of a programme right after its name: "het programma X van SZW" (SZW runs it, takes no part)
_OF_OWNER = re.compile(r"\s+van\s+(?:de\s+|het\s+)?(?:(?:ministerie|gemeente|provincie)\s+(?:van\s+)?)?",
                       re.IGNORECASE)  # "… van het ministerie van VRO" as well (round 41a)
#: a plural subject that points back to the two actors the previous sentence names
_BOTH = re.compile(r"\s*(?:Beide|Allebei\s+de)\s+(?:steden|gemeenten|gemeentes|provincies|partijen|organisaties)\b")


def _owner_of(text: str, target: Mention, m: Mention) -> bool:
    """Whether ``m`` follows ``target`` as its owner: "doen mee aan het programma X van SZW".

    >>> t = "Zij doen mee aan het programma X van SZW."
    >>> _owner_of(t, Mention(21, 32, "programma X", "Programme", "", 1), Mention(37, 40, "SZW", "Ministry", "", 1))
    True
    """
    return m.start >= target.end and _OF_OWNER.fullmatch(text, target.end, m.start) is not None


def _pair_named_before(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The two actors of the same kind the previous sentence names as "A en B", for "Beide steden …":
    "Wethouder X vertelde hoe Arnhem en Ede samenwerken. Beide steden doen mee aan …" (else none)."""
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return []
    actors = [m for m in ctx.in_sentence(previous) if m.type in ACTORS]
    pairs = [(a, b) for a, b in zip(actors, actors[1:]) if a.type == b.type
             and re.fullmatch(r"\s+en\s+(?:de\s+|het\s+)?", ctx.text[a.end:b.start])]
    if len(pairs) != 1 or len([m for m in actors if m.type == pairs[0][0].type]) != 2:
        return []
    return list(pairs[0])


def find_participation(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the participatesIn facts of taking part that one sentence states (called per sentence by
    :func:`graph.extract.relations.find_relations`)."""
    _participation(ctx, sentence, mentions)
    if re.search(r"start|begin|begon", sentence.text, re.IGNORECASE):
        find_programme_starts(ctx, sentence, mentions)  # "A en B starten met de tweede fase van de City Deal X"
    for k, m in enumerate(mentions[:-1]):
        if m.rule == "gazetteer.place-adjective" and mentions[k + 1].type == "Programme" \
                and not ctx.text[m.end:mentions[k + 1].start].strip():
            # "de Tilburgse aanpak 'Omscholen naar Zorg'": the place's own approach, it takes part
            ctx.add(m, "participatesIn", mentions[k + 1], sentence, "relations.eigen-aanpak", 0.65)
