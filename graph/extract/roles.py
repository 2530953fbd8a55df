"""Roles: who holds which position in which unit, municipality, ministry or programme.

Role words come from ``data/gazetteer/roles.csv`` (voorzitter, trekker, wethouder …, with the
scope they apply to). A role word is tied to a person by the usual Dutch constructions:

- before the name: "trekker Daan Bos", "met als trekker vicevoorzitter X", "pijlervoorzitter X", with a
  field in between: "directeur Ruimtelijke Economie X", "burgemeester X en wethouder Wonen Y";
- "als <rol>" after the subject: "X en Y gaan door als trekker van deze themagroep";
- apposition: "X, burgemeester van Breda,", "De bestuurlijk trekker van de themagroep, X", "X (Breda),
  voorzitter Pijler Fysiek" (an attendance item under "Namens het ministerie van SZW" holds its role there);
- "voorzitten": "X, die de pijler vier jaar heeft voorgezeten" (:mod:`graph.extract.chairs`);
- brackets: "X (wethouder Delft)", "X (secretaris pijler Fysiek)";
- a collective apposition: "de Kamerleden A, B en C, allen lid van de vaste commissie voor X" (each of them);
- a role closing a bullet item after a dash: "- X, burgemeester van Y – voorzitter", held in the body the
  list enumerates only (:func:`graph.extract.role_holders._listed_body`);
- the copula before its subjects: "Tot maart was X (Deventer) vicevoorzitter", "Bij de themagroep Z
  zijn X (Breda) en Y (Zwolle) samen trekker".

The organisation is the "van/bij …" complement, else what the scope says: the municipality in
brackets for a wethouder, the nearest pijler for a pijlervoorzitter, the theme after
thematrekker, the bullet item's unit for "met als trekker", the organisation a sentence opens with for "Namens
OCW tekende X, directeur …", and otherwise the unit the passage is about. A second role stacked before a name ("trekker vicevoorzitter X") belongs to the unit that
owns the list. "oud-", "voormalig", "eerder" make a role past, and so does leaving it
(:data:`graph.extract.periods.LEAVING`, one list for periods and roles): "X stopt als trekker",
"X treedt per 1 maart af als voorzitter", "X is niet langer voorzitter", and an apposition whose
main clause leaves: "X, voorzitter van de pijler Sociaal, stopt per 1 maart 2023" (then the
main clause's date ends the role).

Where a role is held is found by :mod:`graph.extract.role_holders`, whether it is over by
:mod:`graph.extract.role_past`; the role words themselves are matched by :mod:`graph.extract.role_words`.

Examples
--------
>>> import re
>>> bool(role_pattern().search("met als trekker vicevoorzitter Adam"))
True
"""

from __future__ import annotations

import re

from .affiliations import group_organisation, line_members, line_organisation, moved_to, party_above, represented_by
from .antecedents import object_antecedent
from .body_roles import joined_roles, role_after_body, works_at_body
from .chairs import find_chairs
from .gains import find_gains
from .boards import BOARD_ROLES, network_board
from .left_bodies import gone_to, left_body
from .context import DocContext
from .voice import issuer, issuing_ministry, letterhead, we_actor
from .lexicon import RoleWord
from .model import Mention, Sentence
from .periods import leaving, without_periods
from .polarity import undecided_opening
from .role_holders import held_role_unit
from .role_holders import (_BARE_KIND, _BOARD, _ROLE_OF_PLACE, _bare_kind_unit, _board_holder, _bracket_place,
    _field_before_name, _in_other_bracket, _list_owner, _listed_body, _names_unknown_holder, _object_after_van,
    _on_behalf_clause,
    _on_behalf_of, _place_after_uit, _place_of_other, _portfolio_place, _scope_object, _second_apposition,
    _signature_municipality, _stacked_role_of_place, _unit_after_role, _unnamed_body_near, _line_place)
from .role_past import (_EARLIER, _EARLIER_OPENING, _NEW_POST_AFTER, _PAST, _PAST_SPAN, _ended_in_clause,
    _leaving_after_apposition, appointed_in_clause, title_of_past_subject)
from .programme_roles import find_programme_roles
from .role_words import role_of, role_pattern
from .directorates import named_directorate

__all__ = ["role_pattern", "find_roles"]


#: "onze (nieuwe) wethouder": one of the municipality the document speaks for
_OUR = re.compile(r"\b[Oo]nze\s+(?:nieuwe\s+)?$")


#: "X, die (afscheid neemt) als trekker": the role belongs to the antecedent only
_RELATIVE_ALS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:op|af|aan|uit|in)?\s*,\s*die\s+[^,;()]{0,80}?\bals\s+(?:de\s+|het\s+)?")
#: the comma of an apposition before its role word, with a time adverb: ", (destijds|nu) (de) wethouder";
#: a bracket may stand between the name and the comma: "X (Breda), voorzitter Pijler Fysiek"
_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*"
                         r"(?:(?:destijds|toen|nu|thans|inmiddels|sinds\s+\d{4})\s+)?(?:de\s+|het\s+)?")
#: "als" before a role word, with an article or an adjective of succession: "gekozen als nieuwe voorzitter"
_ALS_ROLE = re.compile(r"\bals\s+(?:de\s+|het\s+)?(?:(?:nieuwe|eerste|tijdelijke|waarnemend|waarnemende|kersverse)\s+)?$")
#: academic and courtesy titles between a role word and a name: "onderzoeker dr. X", "wethouder drs. ing. Y"
_ACADEMIC_TITLES = re.compile(r"\s+(?:(?:mr|dr|drs|ir|ing|prof|bc|ds)\.\s*)+", re.IGNORECASE)
#: a personal pronoun as the subject of a copula: "Hij is", "Eerder was hij (ook)", "Sinds 2020 is zij"
#: (read with its dates blanked out: "Per 1 januari 2023 wordt zij", "Zij is op dit moment nog")
_PRONOUN_COPULA = re.compile(r"\s*(?:(?:Hij|Zij|Ze)\s+(?:is|was|wordt|werd)|(?:[\w-]+\s+){0,5}?(?:is|was|wordt|werd)\s+(?:hij|zij|ze))"
                             r"\s+(?:(?:ook|eerder|tevens|nog|al|nu|de|het|inmiddels|momenteel|thans|op\s+dit\s+moment|"
                             r"daarvoor|daarvóór|voorheen|vroeger|destijds|bovendien|daarnaast|toen|later|eerst)\s*,?\s+|,\s+"
                             # "Hij is binnen het G40 Stedennetwerk lid van …": where the role is held, named before it
                             r"|binnen\s+(?:de|het)\s+(?:[\w-]+\s+){1,3})*"
                             # "Zij is per 1 oktober benoemd tot burgemeester van …"
                             r"(?:(?:benoemd|gekozen|verkozen|aangesteld|beëdigd|geïnstalleerd)\s+(?:tot|als)\s+(?:de\s+|het\s+)?)?",
                             re.IGNORECASE)


#: a second copula of the same pronoun subject: "Hij is wethouder in Ede en was daarvoor (beleidsadviseur …)",
#: also after another verb: "Hij heeft wonen in zijn portefeuille en was tot vorig jaar (lid …)"
_PRONOUN_COPULA_AGAIN = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:is|was|wordt|werd|heeft|had|werkt|werkte)\s+[^;:()]*?\s+en\s+"
                                   r"(?:is|was|wordt|werd)\s+"
                                   r"(?:(?:ook|eerder|tevens|nog|al|nu|inmiddels|daarvoor|daarvóór|voorheen|vroeger|"
                                   r"destijds|tot\s+(?:vorig|vorige)\s+(?:jaar|maand|zomer|week))\s+)*(?:de\s+|het\s+)?")


#: the subjects of a copula that comes first: "(Tot maart) was X (Y) (samen) <rol>", "zijn X (Y) en Z"
_INVERTED_VERB = re.compile(r"\b(?:is|was|wordt|werd|zijn|waren|worden|werden)\s+$")
_INVERTED_LAST = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:samen|beiden|allebei|gezamenlijk)\s+)?")
_INVERTED_JOIN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|en)\s*")


#: an apposition that holds for every name before it: "A, B en C, allen lid van …", "A (Ede) en B van
#: Zwolle, beiden lid van de pijler"
_COLLECTIVE_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*|\s+(?:van|uit)\s+[A-Z][\w'-]+)?,\s*"
                                    r"(?:allen|allemaal|beiden|allebei|alle\s+(?:twee|drie|vier|vijf|zes))\s+"
                                    r"(?:(?:ook|tevens|nog)\s+)?")
#: between two names of a list: "A, B en C", "A (Ede) en wethouder B"
_LIST_JOIN = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:,|en)\s*")


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


_LED_OPENING = re.compile(r"\s*(?:onder\s+(?:leiding|voorzitterschap)\s+van|o\.l\.v\.)\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:uit|van|in)\s+[A-ZÀ-Ý][\w'-]*(?:[\s-][A-ZÀ-Ý][\w'-]*){0,3}\s*)?"
                       r"(?:op|af|aan|uit|in)?\s*,\s*die\s+(?:(?:eerder|nu|al|ook|vroeger|voorheen|daarnaast|tevens|bovendien|"
                       r"tot\s+(?:(?:de|het|zijn|haar|hun|kort|vorig|vorige)\s+)?\S+|sinds\s+\S+|"
                       # where the role is held: "…, die binnen de G40 vicevoorzitter is van de pijler Y"
                       r"binnen\s+(?:de|het)\s+[A-Z][\w-]*|"
                       r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:jaar|jaren|maanden))\s+)*")
#: an appointment: "(benoemt) X (per 1 april) tot <rol>", "X is (per 1 mei) tot <rol> (benoemd)", with an
#: apposition after the name: "benoemt X, wethouder Economie van Y, tot vicevoorzitter"
_APPOINTED = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;()]{1,80},\s*)?(?:(?:is|wordt|werd)\s+)?(?:(?:per|vanaf|met\s+ingang\s+van)\s+)?\s*"
                        r"tot\s+(?:de\s+|het\s+|nieuwe\s+)*")
_COPULA = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:is|was|wordt|werd|blijft|bleef|werd\s+gekozen\s+tot)\s+"
                     r"(?:namens\s+(?:de\s+|het\s+)?\w+\s+)?"
                     r"(?:(?:de|het|nieuwe|eerder|ook|tevens|al|nu|inmiddels|nog|daarvan|vanaf\s+\S+|sinds\s+\S+|"
                     # how long: "was het hele jaar vicevoorzitter", "is al drie jaar voorzitter", "jarenlang"
                     r"hele\s+(?:jaar|periode|tijd)|jarenlang|lange\s+tijd|(?:een|twee|drie|vier|vijf|zes|\d{1,2})\s+jaar|"
                     r"niet\s+langer|niet\s+meer)\s+)*$")


#: between two "role name" pairs: "burgemeester X en wethouder Wonen Y", "X (Breda), directeur Z"
_ROLE_PAIRS = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|en)\s*(?:de\s+|het\s+)?")


def find_roles(ctx: DocContext) -> None:
    """Add hasRole (and bracket affiliatedWith) relations to ``ctx``."""
    pattern = role_pattern()
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        persons = [m for m in mentions if m.type == "Person"]
        _bracket_affiliations(ctx, sentence, persons)
        moved_to(ctx, sentence, persons)
        role_after_body(ctx, sentence, persons)  # "X werkt bij de VNG als adviseur"
        works_at_body(ctx, sentence, persons)  # "X, die … bij het bureau werkt"
        left_body(ctx, sentence, persons)  # "directeur X heeft het bureau verlaten"
        gone_to(ctx, sentence, persons)  # "X, die naar de provincie Y is gegaan"
        line_members(ctx, sentence, persons)
        find_chairs(ctx, sentence, persons)
        if not persons and not any(m.type in ("Municipality", "Organisation") for m in mentions) \
                and not _PRONOUN_COPULA.match(ctx.text, sentence.start) \
                and not _PRONOUN_COPULA_AGAIN.match(ctx.text, sentence.start, sentence.end):
            continue
        roles_here = list(ctx.cues(pattern, sentence))
        undecided = undecided_opening(ctx.text, sentence.start, sentence.end)
        for index, match in enumerate(roles_here):
            role = role_of(match.group(0))
            if role is None or match.start() < undecided:
                continue  # "Wie X opvolgt als vicevoorzitter, wordt in december besloten": no role yet
            _bind(ctx, sentence, match, role, persons, roles_here, index)
        _led_opening(ctx, sentence, persons)
        joined_roles(ctx, sentence)  # "… adviseur bij Aedes en lid van de gemeenteraad van Ede"
        find_gains(ctx, sentence, persons, role_of)
    find_programme_roles(ctx)  # "Programmadirecteur bij BZK is X" on the programme's page


def _led_opening(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Onder leiding van (burgemeester) X (van Y) is de taskforce … gestart": X chairs the subject that follows."""
    opening = _LED_OPENING.match(ctx.text, ctx.content_start(sentence), sentence.end)
    leader = next((p for p in persons if p.start >= opening.end()), None) if opening else None
    if leader is None or leader.start - opening.end() > 40:
        return
    things = [m for m in ctx.in_span(leader.end, sentence.end) if m.type in ("OrganisationalUnit", "Programme", "Event")]
    if things:
        ctx.add(leader, "hasRole", things[0], sentence, "roles.onder-leiding-van", 0.7, role="voorzitter")


_VAN_ORG = re.compile(r"\s+(?:van\s+(?:(?:het\s+)?ministerie\s+van\s+|de\s+gemeente\s+|de\s+provincie\s+|het\s+|de\s+)?|"
                      r"of\s+(?:the\s+(?:city|municipality|ministry|province)\s+of\s+|the\s+)?)")


def _is_name_word_after(ctx: DocContext, place: Mention) -> bool:
    """Whether a capitalised word follows the place on its line ("uit Ede Zuid"): a longer name."""
    return re.match(r"[ \t]+[A-Z]", ctx.text[place.end:place.end + 3]) is not None


def _bracket_affiliations(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    for person in persons:
        uit = re.match(r"\s+uit\s+", ctx.text[person.end:person.end + 8])
        if uit:
            # "met Bram Kok uit Ede, die …": the municipality the person comes for
            after = [m for m in ctx.in_span(person.end + uit.end(), sentence.end) if m.start == person.end + uit.end()]
            if after and after[0].type == "Municipality" and not _is_name_word_after(ctx, after[0]):
                ctx.add(person, "affiliatedWith", after[0], sentence, "roles.uit-affiliation", 0.7)
        van = _VAN_ORG.match(ctx.text, person.end, sentence.end)
        if van:
            after = [m for m in ctx.in_span(van.end(), sentence.end) if m.start == van.end()]
            if after and after[0].type in ("Municipality", "Organisation", "Ministry", "Province"):
                ctx.add(person, "affiliatedWith", after[0], sentence, "roles.van-affiliation", 0.75)
        bracket = ctx.bracket_after(person)
        if not bracket:
            # "Jan Bakker, voorzitter (Apeldoorn)", "Frits Leeuw, secretaris pijler Ruimte (VNG)"
            apposition = re.match(r",\s*([^,()]{2,60}?)\(([^()]{1,60})\)\s*$", ctx.text[person.end:sentence.end])
            if apposition and role_pattern().match(ctx.text, person.end + apposition.start(1)):
                bracket = (person.end + apposition.start(2), person.end + apposition.end(2))
        if not bracket:
            continue
        inside = ctx.in_span(*bracket)
        if not inside:
            continue
        if role_pattern().match(ctx.text, bracket[0]):
            # "(wethouder Delft)" is a role, handled with the roles; a place closing the bracket after a
            # comma is where the person comes from: "(voorzitter Pijler Sociaal, Nijmegen)"
            last = inside[-1]
            if last.type == "Municipality" and last.end == bracket[1] and len(inside) > 1 \
                    and re.fullmatch(r"\s*,\s*", ctx.text[inside[-2].end:last.start]):
                ctx.add(person, "affiliatedWith", last, sentence, "roles.bracket-affiliation", 0.75)
            continue
        target = inside[0]
        if target.type in ("Municipality", "Organisation", "Ministry", "Province"):
            ctx.add(person, "affiliatedWith", target, sentence, "roles.bracket-affiliation", 0.85)


def _bind(ctx, sentence, match, role: RoleWord, persons, roles_here, index) -> None:
    text = ctx.text
    start, end = match.start(), match.end()
    past = bool(_PAST.search(text[max(sentence.start, start - 12):start]))
    stated_at = None  # where the fact is stated, when not where its organisation is named (see DocContext.add)
    label = role.label
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
        elif re.fullmatch(r"\s+(?:van\s+(?:de|het)|bij(?:\s+(?:de|het))?)\s+(?:[\w-]+\s+){1,5}?(?:is|was|wordt|werd|blijft|bleef|zijn|waren)\s+"
                        r"(?:[\w.-]+\s+){0,4}?", between) \
                and not subject_in_clause:
            targets, rule = [nxt], "roles.role-van-is"  # "Voorzitter van de (themagroep Jeugd) is X", "Projectleider bij BZK is X"
        elif not between.strip() or re.fullmatch(r"\s*(?:de|het)?\s*", between) or _ACADEMIC_TITLES.fullmatch(between) or \
                (re.fullmatch(r"\s+(?:is|was|wordt|werd|blijft|bleef)\s+", between) and not subject_in_clause):
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
        elif len(gap_mentions) == 1 and gap_mentions[0].type in ("Municipality", "Province", "Organisation") \
                and _ROLE_OF_PLACE.fullmatch(text, end, gap_mentions[0].start) \
                and not text[gap_mentions[0].end:nxt.start].strip() and not subject_in_clause:
            # "burgemeester van Leiden Frank Oudejans", "wethouder van Deventer Eva Smit": the name after the place
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
                if not rest or (rule == "roles.role-van-is" and (role_word := role_pattern().match(rest))
                                and not rest[role_word.end():].strip()):
                    targets.append(p)  # "Trekkers van de themagroep zijn X (Ede) en wethouder Y": each
                else:
                    break
        if targets and index > 0:
            prev = roles_here[index - 1]
            stacked_second = not text[prev.end():start].strip()
    before = [p for p in persons if p.end <= start]
    if not targets:
        prefix = text[sentence.start:start]
        if _ALS_ROLE.search(prefix) and before:
            # "X en Y gaan door als trekker", "X was gekozen als voorzitter"
            targets, rule = before, "roles.als"
            clause = text[before[-1].end:start]
            if len(before) > 1 and _SUCCEEDS_AS.fullmatch(text, before[-2].end, before[-1].start) \
                    and re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\b", clause):
                predecessor = before[-1]  # "Y volgt X op als voorzitter": X held the role before Y
            if _RELATIVE_ALS.fullmatch(clause):
                targets = [before[-1]]  # "Y volgt X op, die afscheid neemt als trekker": only X
            past = past or leaving(clause) or (_EARLIER.search(clause) is not None  # "die eerder als directeur …"
                                               and not appointed_in_clause(text, sentence, start, end))
            if _RELATIVE_ALS.fullmatch(clause) and not past:  # "X, die in januari als wethouder is afgetreden"
                rest = re.match(r"[^,;()]{0,60}", text[end:sentence.end])
                past = leaving(rest.group(0))
        elif before and _RELATIVE.fullmatch(without_periods(text[before[-1].end:start], year=ctx.date)):
            # "X, die eerder voorzitter was"
            targets, rule = [before[-1]], "roles.relative"
            past = past or _relative_ended(text, sentence, before[-1].end, start, end)
        elif before and (_COPULA.match(without_periods(text[before[-1].end:start], year=ctx.date))
                         or _PAST_SPAN.match(text[before[-1].end:start])):
            # "X is voorzitter", "X was tot 1 juni 2024 voorzitter", "X is niet langer voorzitter"
            targets, rule = [before[-1]], "roles.copula"
            gap = text[before[-1].end:start]
            past = past or bool(re.search(r"\b(?:eerder|voorheen|vroeger)\b", gap)) or leaving(gap) \
                or bool(_PAST_SPAN.match(gap)) or bool(_EARLIER_OPENING.match(text, sentence.start, before[-1].start))
        elif before and _role_apposition_copula(text, before[-1].end, start):
            # "X, wethouder in Almere, is vicevoorzitter": the copula after an apposition with a role
            targets, rule = [before[-1]], "roles.copula"
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
                or "toen" in text[before[-1].end:start]
        elif before and _second_apposition(ctx, before[-1].end, start):
            targets, rule = [before[-1]], "roles.apposition"  # "X, voorzitter Pijler Y, wethouder gemeente Ede"
        elif before and re.fullmatch(r"\s*\(\s*(?:[^(),;]{1,40}[,;]\s*){0,2}", text[before[-1].end:start]):
            # "X (voorzitter)", attendance lists "X (Zwolle, voorzitter)"
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
        elif not before and (_PRONOUN_COPULA.fullmatch(without_periods(prefix, year=ctx.date))
                             or _PRONOUN_COPULA_AGAIN.fullmatch(without_periods(prefix, year=ctx.date))) \
                and not sentence.text.rstrip().endswith("?") and _previous_person(ctx, sentence) is not None:
            # "Eerder was hij voorzitter van …", "Zij is ook trekker van …": the person named just before
            targets, rule = [_previous_person(ctx, sentence)], "roles.pronoun"
            past = past or bool(re.search(r"\b(?:eerder|vroeger|voorheen|daarvoor|destijds)\b", prefix, re.IGNORECASE))
        else:
            # "De bestuurlijk trekker van de themagroep, X"
            # (not across a bracket: "(…, voorzitter van dit overleg), Y (…)" is the chair of the bracket's X)
            m = re.match(r"\s+(?:van|bij)\s+[^,.;()]{1,60},\s*", text[end:sentence.end])
            if m and after and (after[0].start == end + m.end()
                                or _titled_holder(text, end + m.end(), after[0].start)):
                # "…, X" and "De voorzitter van de pijler, wethouder X (van Ede)": X holds both roles
                targets, rule = [after[0]], "roles.apposition-before"
            elif len(persons) == 1 and persons[0].start < start and _object_after_van(ctx, sentence, end) \
                    and not _OTHER_HOLDER.search(prefix):
                targets, rule = [persons[0]], "roles.sentence-person"
    if not targets:
        holders = [m for m in ctx.in_span(sentence.start, start) if m.type in ("Municipality", "Organisation")]
        if holders and _COPULA.match(text[holders[-1].end:start]):
            obj = _object_after_van(ctx, sentence, end)
            if obj is not None and obj.type in ("Programme", "OrganisationalUnit", "Event"):
                ctx.add(holders[-1], "participatesIn", obj, sentence, "roles.organisation-role", 0.6)
        return
    if rule == "roles.line-end":
        # only the body the list is of: a role closing a line is no anaphor of what the text named before
        body = _listed_body(ctx, sentence)
        if body is not None:
            ctx.add(targets[0], "hasRole", body, sentence, rule, 0.7, role=label)
        return
    # the organisation
    glued = [m for m in ctx.in_span(max(sentence.start, start - 40), start) if m.end == start - 1 and text[m.end] == "-"]
    # "de Delftse wethouder X": the place adjective right before the role word names the municipality
    adjective = [m for m in ctx.in_span(max(sentence.start, start - 40), start)
                 if m.rule == "gazetteer.place-adjective" and not text[m.end:start].strip()]
    obj = theme or (glued[-1] if glued and glued[-1].type in ("Organisation", "Municipality", "Ministry") else None) \
        or (adjective[-1] if adjective and role.scope in ("municipality", "any") else None) \
        or _object_after_van(ctx, sentence, end) \
        or _unit_after_role(ctx, sentence, end, organisations=role.scope in ("unit", "any"))
    if obj is None and rule == "roles.relative":
        copula = re.match(r"\s+(?:was|waren|is|zijn)(?=\s+(?:van|bij)\s)", text[end:sentence.end])
        if copula:
            obj = _object_after_van(ctx, sentence, end + copula.end())  # "X, die tot de zomer voorzitter was van Y"
    if obj is None and role.scope in ("municipality", "any"):
        obj = _signature_municipality(ctx, sentence, end)  # "wethouder Economische Zaken, gemeente Breda"
    if obj is None and role.scope in ("municipality", "any", "ministry", "province"):
        obj = _portfolio_place(ctx, sentence, end, field_bij=role.scope in ("ministry", "any"))  # "wethouder Zorg en Welzijn in Zwolle"
    if obj is None and role.scope in ("ministry", "any") and rule == "roles.before-name":
        obj = named_directorate(ctx, end, targets[0].start)  # "directeur-generaal Wonen en Bouwen X": the DG named before
    if obj is None and role.scope in ("municipality", "any") and len(targets) == 1 and rule == "roles.apposition":
        obj = _line_place(ctx, sentence, targets[0])  # "- Gouda – Eva de Wit, wethouder Werk"
    if obj is None and rule in ("roles.copula", "roles.apposition") and role.scope in ("municipality", "any"):
        place = re.match(r"\s+in\s+", text[end:sentence.end])
        found = [m for m in ctx.in_span(end, sentence.end) if place and m.start == end + place.end()]
        if found and found[0].type == "Municipality":
            obj = found[0]  # "X was wethouder in Maastricht en is … burgemeester van Weert"
            past = past or bool(_NEW_POST_AFTER.match(text, found[0].end, sentence.end))
    if obj is None and rule == "roles.before-name" and len(targets) == 1:
        obj = _object_after_van(ctx, sentence, targets[0].end)  # "voorzitter Jan de Vries van de G40"
        if obj is not None and obj.type == "Municipality" and role.scope.startswith("unit"):
            # "Trekker is X van de gemeente Breda": where X works; the unit is the one of the passage
            ctx.add(targets[0], "affiliatedWith", obj, sentence, "roles.van-affiliation", 0.75)
            obj = None
    if obj is None and rule == "roles.before-name" and len(targets) == 1 and role.scope in ("municipality", "any"):
        obj = _place_after_uit(ctx, sentence, targets[0].end)  # "wethouder Marieke Dam uit Zwolle"
    if obj is None and rule == "roles.before-name" and role.scope in ("municipality", "any"):
        where = [m for m in ctx.in_span(sentence.start, start) if m.type == "Municipality" and _WHERE.fullmatch(text, m.end, start)]
        obj = where[-1] if where else None  # "de ervaringen uit Zwolle, waar wethouder X …": the place "waar" points back to
    if obj is None and rule == "roles.bracket" and role.scope.startswith("unit"):
        obj = _bare_kind_unit(ctx, end, sentence)  # "(secretaris themagroep, G40-bureau)": the themagroep of the page
        close = text.find(")", end, sentence.end)
        employer = [m for m in ctx.in_span(end, close) if m.type in ("Organisation", "Municipality", "Ministry")] \
            if obj is not None and close > 0 else []
        if employer and len(targets) == 1:
            ctx.add(targets[0], "affiliatedWith", employer[0], sentence, "roles.bracket-affiliation", 0.75)
    if obj is None and rule == "roles.bracket":
        # "(voorzitter, wethouder X gemeente Y)": Y is the wethouder's; the role's own part ends at a comma
        bracket_end = text.find(")", end, sentence.end)
        second = re.match(r"\s*[,;]\s*[a-z]", text[end:bracket_end]) if bracket_end > 0 else None
        bracket_end = end + second.start() if second else bracket_end
        inside = ctx.in_span(end, bracket_end if bracket_end > 0 else sentence.end)
        obj = inside[0] if inside else None
    if obj is None and role.scope in ("municipality", "any", "ministry", "province"):
        inside = [m for m in ctx.in_span(end, min(sentence.end, end + 40)) if m.type != "Person"]
        if inside and (not text[end:inside[0].start].strip() or inside[0].type == "Ministry" and re.fullmatch(
                r"\s*ministerie\s+van\s+", text[end:inside[0].start], re.IGNORECASE)):
            obj = inside[0]  # "wethouder Delft", "woordvoerder ministerie van BZK"
    if obj is None and rule == "roles.apposition" and len(targets) == 1 and role.scope in ("any", "ministry"):
        obj = _on_behalf_clause(ctx, sentence, targets[0].start)  # "Namens BZK sprak X, directeur Wijken"
    if obj is None and rule == "roles.before-name" and role.scope == "any":
        obj = _subject_before_semicolon(ctx, sentence, start)  # "Ook Divosa heeft toegezegd; directeur X neemt deel"
    if obj is None and rule == "roles.before-name":
        obj = _on_behalf_clause(ctx, sentence, start)  # "…; voor Divosa tekende voorzitter X"
        if obj is not None and role.scope in ("municipality", "ministry", "province") and obj.type.lower() != role.scope:
            obj = None  # "Namens de G40 tekenden de wethouders X (Venlo), …": each of their own place
    if obj is None and rule == "roles.before-name" and role.scope == "municipality" and len(targets) == 1:
        bracket = ctx.bracket_after(targets[0])  # "G40-voorzitter burgemeester X (Venlo)": the town in the bracket
        inside = ctx.in_span(*bracket) if bracket else []
        obj = inside[0] if inside and inside[0].type == "Municipality" and inside[0].start == bracket[0] else None
    if obj is None and stated_at is None:
        stated_at = start  # an organisation from the context: the role word's clause states the fact
    if obj is None:
        if rule == "roles.before-name" and re.search(r"\bmet\s+als\s+$", text[sentence.start:start]) and not stacked_second:
            subject = ctx.subject(sentence, start, types={"OrganisationalUnit", "Programme"})
            obj = subject or ctx.item_unit(sentence)
        elif stacked_second:
            obj = _list_owner(ctx, sentence) or ctx.topic_unit
    if obj is None and role.scope.startswith("unit") and rule == "roles.apposition" \
            and re.match(r"\s+van\s+(?:de|het|deze|dit)\s+\w+", text[end:sentence.end]):
        obj = _bare_kind_unit(ctx, end, sentence)  # "X, voorzitter van de themagroep en …": the one themagroep
        if obj is None and _BARE_KIND.match(text, end, sentence.end):
            return  # a body the document does not name: not the passage's programme
    if obj is None and _names_unknown_holder(ctx, sentence, end):
        return  # "bestuurslid van de Arbeidsmarktregio Noord": a body not known, not the passage's unit
    if obj is None and _unnamed_body_near(ctx, sentence, min(targets[0].start, start), end):
        return  # "X treedt toe tot het bestuur als lid": a board the text does not name, not the passage's unit
    if obj is None and label in _BOARD and role.scope.startswith("unit"):
        obj = ctx.paragraph_lead_unit(start)  # "Wonen — Voorzitter is X": the unit the paragraph opens with
    if obj is None and label in _BOARD:
        obj = _board_holder(ctx, sentence)  # "… voorzitter van de G40. Nieuwe vicevoorzitter is X": the same board
    if obj is None and rule == "roles.apposition" and len(targets) == 1:
        party = party_above(ctx, sentence)  # "Namens Divosa" over "Ruud Schaapveld, voorzitter": a signatory
        if party is not None and role.scope in ("any", "unit", party.type.lower()):
            obj = party
    if obj is None and rule == "roles.als" and role.scope == "unit":
        obj = held_role_unit(ctx, targets, label)  # "Kreijen volgde Loonstra op als trekker": of what Kreijen trekt
    if obj is None:
        obj = _scope_object(ctx, role, sentence, start, targets[0])
        if obj is not None and rule == "roles.bracket" and _in_other_bracket(ctx, sentence, obj, targets[0]):
            return  # "A (…, voorzitter Pijler X), B (directeur, secretaris)": B's role is not of A's pijler
        if obj is not None and obj.type == "Programme" and obj.end <= sentence.start \
                and (rule == "roles.copula" or rule == "roles.before-name" and role.scope == "unit") \
                and obj is not ctx.section_entity(sentence) and obj is not ctx.item_unit(sentence) \
                and not re.search(r"\bdaarvan\b", text[sentence.start:start], re.IGNORECASE):
            return  # "X (Breda) is voorzitter.": a programme named in an earlier sentence is no anaphor
    if obj is None and role.scope == "any":
        obj = _on_behalf_of(ctx, sentence, targets[0]) or represented_by(ctx, sentence, start) \
            or line_organisation(ctx, sentence)
    if obj is None and role.scope == "any" and rule == "roles.apposition" and len(targets) == 1:
        obj = _list_owner(ctx, sentence)  # "Verder werken op het bureau:" over "- X, beleidsadviseur Sociaal"
    if obj is None and rule == "roles.apposition" and len(targets) == 1:
        group = group_organisation(ctx, sentence)  # "Namens het ministerie van SZW" over "- X, directeur-generaal"
        if group is not None and (role.scope == "any" or group.type.lower() == role.scope) \
                and not [m for m in ctx.in_sentence(sentence) if m.type != "Person" and m.start >= start]:
            obj = group
    if obj is None and role.scope in ("municipality", "ministry", "province"):
        represented = represented_by(ctx, sentence, start)  # "Coevorden wordt vertegenwoordigd door wethouder X"
        obj = represented if represented is not None and represented.type.lower() == role.scope else None
    if obj is None and role.scope == "municipality" and _OUR.search(text, max(sentence.start, start - 8), start):
        obj = we_actor(ctx)  # "Onze wethouder Wonen, X" in a document of "wij als gemeente Y"
    if obj is None and role.scope in ("municipality", "ministry", "province"):
        wanted = {"municipality": "Municipality", "ministry": "Ministry", "province": "Province"}[role.scope]
        start = ctx.content_start(sentence)  # "Den Haag, 3 juli 2023 – …": the dateline is where, not whose
        places = [m for m in ctx.in_sentence(sentence) if m.type == wanted and m.start >= start
                  and not _place_of_other(ctx, sentence, m, targets[0])]
        previous = ctx.previous_sentence(sentence)
        if not places and wanted == "Ministry" and previous is not None:
            # "Het ministerie van BZK steunt … . Staatssecretaris X ondertekende": the ministry just named
            places = [m for m in ctx.in_sentence(previous) if m.type == wanted]
        college = issuer(ctx)[0] if wanted == "Municipality" else None
        if college is not None:
            obj = college  # a letter of the college of X: "Wethouder Y tekent … in Ede" is X's
        elif len({m.key for m in places}) == 1:
            obj = places[0]  # "Den Bosch levert met oud-wethouder X …": the one municipality in the sentence
        elif not places and wanted == "Municipality" and rule in ("roles.before-name", "roles.apposition"):
            # "DORDRECHT, 20 maart – … ontvangen door burgemeester X": the city the news item reports from
            obj = ctx.dateline_municipality_at(start)
        if obj is None and not places and wanted == "Municipality":
            obj = letterhead(ctx)  # "Gemeente Ede" atop a raadsinformatiebrief: "Wethouder X (Wonen)" is Ede's
    if obj is None and (role.scope == "ministry" or label == "woordvoerder") \
            and rule in ("roles.before-name", "roles.apposition"):
        obj = issuing_ministry(ctx)  # a ministry's press release: "zegt directeur-generaal X", "woordvoerder Y"
    if obj is None and label in BOARD_ROLES:
        obj = network_board(ctx)  # "Penningmeester X licht de jaarrekening toe": of the network's board
    if obj is None and rule == "roles.before-name" and _POSSESSIVE_BEFORE.search(text, max(sentence.start, start - 8), start):
        obj = _possessor_employer(ctx, sentence, start)  # "staatssecretaris X van SZW, met haar beleidsmedewerker Y"
    if obj is None or obj.type == "Person":
        return
    if role.scope in ("municipality", "ministry", "province") and obj.type.lower() != role.scope \
            and not (role.scope == "ministry" and obj.kind == "directie"):  # a ministry's directorate is the ministry's
        return
    if not (rule == "roles.before-name" and len(targets) == 1
            and title_of_past_subject(text, sentence, start, end, targets[0].start, targets[0].end)):
        past = past or _ended_in_clause(text, sentence, start, end)  # (not "Wethouder X was tot 2022 lid": the lid's)
    for person in targets:
        if person is predecessor:
            ctx.add(person, "hasRole", obj, sentence, rule, 0.8, role=label, past=True, stated_at=stated_at)
            continue
        # "de wethouders A (Venlo), B (Leiden)": each in the place of their own bracket
        own = _bracket_place(ctx, person, obj) if len(targets) > 1 else None
        ctx.add(person, "hasRole", own or obj, sentence, rule, 0.8 if rule != "roles.sentence-person" else 0.6,
                role=label, past=past, stated_at=stated_at)


def _subject_before_semicolon(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The organisation that is the subject of the clause before a semicolon when the role word at
    ``start`` opens the next clause: "Ook Divosa is uitgenodigd; directeur X neemt deel" (X is Divosa's
    directeur). None when that clause names a person or more than one organisation.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_a_role_after_a_semicolon_is_of_the_organisation_before_it)
    """
    semicolon = ctx.text.rfind(";", sentence.start, start)
    if semicolon < 0 or not re.fullmatch(r"\s*(?:(?:de|het|hun|haar)\s+)?", ctx.text[semicolon + 1:start]):
        return None
    before = ctx.in_span(sentence.start, semicolon)
    actors = [m for m in before if m.type in ("Organisation", "Ministry", "Municipality", "Province")]
    if any(m.type == "Person" for m in before) or len({m.label for m in actors}) != 1:
        return None
    subject = ctx.subject(sentence, semicolon)
    return subject if subject is not None and subject.label == actors[0].label else None


#: a relative "waar" between a place and the role word: "(uit Zwolle), waar (de) wethouder"
_WHERE = re.compile(r"\s*,?\s+waar\s+(?:(?:de|het|onze|hun)\s+)?(?:\w+\s+){0,2}?", re.IGNORECASE)


#: a possessive before a role word: "(vergezeld door) haar beleidsmedewerker Y"
_POSSESSIVE_BEFORE = re.compile(r"\b(?:haar|zijn)\s+$")


def _possessor_employer(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The ministry or organisation where the person "haar"/"zijn" stands for (the last one named
    before in the sentence) holds a role: "staatssecretaris X van het ministerie van SZW, vergezeld door
    haar beleidsmedewerker Y" (Y works at SZW too)."""
    before = [m for m in ctx.in_span(sentence.start, start) if m.type == "Person"]
    if not before:
        return None
    held = [r.object for r in ctx.relations if r.predicate == "hasRole" and r.subject is before[-1]
            and r.object.type in ("Ministry", "Organisation")]
    return held[0] if len({m.label for m in held}) == 1 else None


def _titled_holder(text: str, start: int, name: int) -> bool:
    """Whether ``text[start:name]`` is one role word (or a title) before the name that an apposition
    gives as a role's holder: "de voorzitter van de pijler, wethouder X" (X is the chair).

    >>> text = "de voorzitter van de pijler, wethouder Eva Smit"
    >>> _titled_holder(text, 29, 39), _titled_holder("…, de wethouder van Ede en Eva Smit", 3, 27)
    (True, False)
    """
    role = role_pattern().match(text, start, name)
    return role is not None and not text[role.end():name].strip()


#: an apposition, then the copula: ", wethouder in Almere, is (ook) "
_APPOSITION_THEN_COPULA = re.compile(r"\s*,\s+(?:de\s+|het\s+)?(?P<apposition>[^,;()\n]{2,80}),\s+"
                                     r"(?:is|was|wordt|werd)\s+(?:(?:ook|tevens|nu|sinds\s+\S+|de\s+nieuwe|de|het)\s+)*$")


def _relative_ended(text: str, sentence: Sentence, gap_start: int, start: int, end: int) -> bool:
    """Whether the relative clause before the role word at ``start:end`` ends the role: "X, die eerder
    voorzitter was", "die tot 2020 trekker was"; not when it dates an election: "X, die eerder tot
    voorzitter was gekozen" (only a time after "tot" ends it then: "die tot 2020 … was benoemd").
    """
    gap = text[gap_start:start]
    if not appointed_in_clause(text, sentence, start, end):
        return re.search(r"\b(?:eerder|tot|vroeger|voorheen)\b", gap) is not None
    return re.search(r"\btot\s+(?!(?:de\s+|het\s+|nieuwe\s+)*$)", gap) is not None


def _role_apposition_copula(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]`` is an apposition that names a role, then the copula:
    ", wethouder in Almere, is " before "vicevoorzitter" (not ", die in Almere woont, is ")."""
    match = _APPOSITION_THEN_COPULA.fullmatch(text, end, start)
    return match is not None and role_pattern().match(text, match.start("apposition")) is not None


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
#: "X stuurt een brief aan de staatssecretaris van BZK"
_OTHER_HOLDER = re.compile(r"\b(?:aan|naar|met|voor|bij|tot|door|over)\s+(?:de|het|een)\s+$", re.IGNORECASE)


def _inverted_subjects(ctx: DocContext, sentence: Sentence, before: list[Mention], start: int) -> list[Mention]:
    """The persons between a copula and the role word at ``start`` when the copula comes first:
    "Tot maart was X (Deventer) vicevoorzitter" → [X]; "zijn X (Breda) en Y (Zwolle) samen trekker" → [X, Y]."""
    text = ctx.text
    if not _INVERTED_LAST.fullmatch(text, before[-1].end, start):
        return []
    subjects = [before[-1]]
    for person in reversed(before[:-1]):
        if not _INVERTED_JOIN.fullmatch(text, person.end, subjects[0].start):
            break
        subjects.insert(0, person)
    return subjects if _INVERTED_VERB.search(text, sentence.start, subjects[0].start) else []


#: from a successor to their predecessor: "Y (Lelystad) volgt X", "Y volgde per 1 mei X"
_SUCCEEDS_AS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:volgt|volgde|volgen|volgden)\s+(?:[\w/.-]+\s+){0,4}?")


def _previous_person(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The person "hij"/"zij" refers to: the last one named in the sentences before, skipping a companion
    of an earlier "hij" ("Samen met X legde hij …") and sentences that name no one (see
    :func:`graph.extract.antecedents.object_antecedent`)."""
    return object_antecedent(ctx, sentence)
