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

Whom a role word is given to is read by :mod:`graph.extract.role_subjects`; where a role is held is
found by :mod:`graph.extract.role_holders`, whether it is over by :mod:`graph.extract.role_past`; the
role words themselves are matched by :mod:`graph.extract.role_words`. The affiliations the words after
a name give ("X uit Ede", "X (Breda)") are :mod:`graph.extract.person_affiliations`.

Examples
--------
>>> import re
>>> bool(role_pattern().search("met als trekker vicevoorzitter Adam"))
True
"""

from __future__ import annotations

import re

from .composed_of_items import composed_of_item
from .coordinated_roles import coordinated_roles
from .affiliations import (group_organisation, line_members, line_organisation, moved_to, party_above, party_opening,
                           represented_by)
from .body_roles import joined_roles, role_after_body, works_at_body
from .chairs import find_chairs
from .gains import find_gains
from .boards import BOARD_ROLES, network_board
from .labelled_unit_roles import find_labelled_unit_roles, unit_after_voor
from .left_bodies import gone_to, left_body
from .context import DocContext
from .voice import issuer, issuing_ministry, issuing_province, letterhead, we_actor
from .lexicon import RoleWord
from .coordinated_holders import coordinated_holders
from .model import Mention, Sentence
from .periods import day_before
from .table_layout import parts_row, timed_row
from .own_board import THE_BOARD, title_organisation
from .polarity import undecided_opening
from .bracket_places import own_place_after_role
from .role_bodies import (_BARE_KIND, _bare_kind_unit, _BOARD, _board_holder, chaired_body, held_role_unit,
                          predecessor_unit, succeeds_pronoun, _line_place, _list_owner, _listed_body, secretariat_of, _unnamed_body_near)
from .role_holders import (_bracket_place, _in_other_bracket, _names_unknown_holder, held_in_located_body,
                           object_after_topic,
                           _object_after_van, _on_behalf_clause, _on_behalf_of, _scope_object, _unit_after_role)
from .role_places import (field_place, field_then_holder, line_employer, _place_after_uit, _place_of_other, _portfolio_place,
                          _signature_municipality, the_municipality, town_just_named)
from .closing_starts import closing_since
from .departures import departure_time, ended_membership
from .restated_roles import copula_since, restated_since
from .list_starts import listed_since
from .seats import passed_seats
from .role_past import _NEW_POST_AFTER, _ended_in_clause, denied_role, instead_holder, no_longer, title_of_past_subject
from .body_brackets import body_bracket_roles
from .colleagues import colleague_places, colleague_towns
from .person_affiliations import bracket_affiliations
from .programme_roles import find_programme_roles
from .leads_on_behalf import find_leads_on_behalf
from .chairing_verbs import find_chairing_verbs
from .appointments import find_appointments
from .held_offices import find_held_offices
from .hierarchy import pijler_meeting
from .home_offices import municipality_of
from .unnamed_bodies import kind_compound_after, unnamed_body_before, unnamed_subject_before, unnamed_subject_of
from .supplied_staff import find_supplied_staff
from .mail import sender_body
from .fronted_frames import fronted_holder
from .role_there import THERE_RULES, held_there, there_before
from .referred_activities import refers_to_activity
from .row_anaphors import in_other_row
from .repeated_fields import same_field_body
from .role_subjects import COPULA, PRONOUN_COPULA, PRONOUN_COPULA_AGAIN, attributive_place, role_subjects
from .role_words import role_of, role_pattern
from .member_lines import member_line_body
from .directorates import directorate_before, field_directorate, named_directorate

__all__ = ["role_pattern", "find_roles"]


#: the dash of a who's-who line between the name and its role: "X - beleidsadviseur"
_DASH = re.compile(r"\s+[-–—]\s")
#: between a unit and the unit it is placed in: "de Taskforce X binnen de pijler Y"
_PLACED_IN = re.compile(r"\s+(?:binnen|onder)\s+(?:de|het)\s+")
#: "onze (nieuwe) wethouder": one of the municipality the document speaks for
_OUR = re.compile(r"\b[Oo]nze\s+(?:nieuwe\s+)?$")
#: the "meer" of "geen lid meer van X" between the role word and its body (round 44k)
_MORE_AFTER = re.compile(r"\s+meer(?=\s+(?:van|bij)\s)")
#: a start before a role word: "Hij was sinds 2018 wethouder Wonen", "X is vanaf 2022 wethouder" (round 44k)
_SINCE = re.compile(r"\b(?:sinds|vanaf|sedert)\s", re.IGNORECASE)
#: a role not (yet) held, only aimed at: "beoogd voorzitter", "de beoogde voorzitter", "kandidaat-voorzitter",
#: "kandidaat voor het voorzitterschap" (a candidacy is no role; round 41d)
_CANDIDATE = re.compile(r"\b(?:[Bb]eoogde?|[Kk]andidaat-?|[Vv]oorgedragen|[Pp]otenti[eë]le|[Mm]ogelijke)\s*$")


#: the body that governs a municipality, named by its two offices: "het college van burgemeester en wethouders van
#: Zwolle" holds no role of a person the sentence names (a deed's "ter uitvoering van het besluit van het college van
#: burgemeester en wethouders van X"; round 55e)
_COLLEGE_BEFORE = re.compile(r"\bburgemeester\s+en\s+$", re.IGNORECASE)
_COLLEGE_AFTER = re.compile(r"\s+en\s+wethouders\b", re.IGNORECASE)


def _names_the_college(text: str, match: re.Match) -> bool:
    """Whether the role word ``match`` is one of the offices in the name "(college van) burgemeester en wethouders".

    >>> text = "het besluit van het college van burgemeester en wethouders van Zwolle"
    >>> [_names_the_college(text, m) for m in re.finditer(r"burgemeester|wethouders", text)]
    [True, True]
    >>> _names_the_college("burgemeester Eva Smit en wethouder Jan Kok", re.search("burgemeester", "burgemeester Eva"))
    False
    """
    word = match.group(0).lower()
    if word == "wethouders":
        return _COLLEGE_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
    return word == "burgemeester" and _COLLEGE_AFTER.match(text, match.end()) is not None


_LED_OPENING = re.compile(r"\s*(?:onder\s+(?:leiding|voorzitterschap)\s+van|o\.l\.v\.)\s+", re.IGNORECASE)


#: a signing line for a body named only by its kind: "Namens de jury,", "Namens het bestuur"
#: the office of a programme, named by its role word: "programmadirecteur", "programmamanager", "programmaleider"
_PROGRAMME_ROLE = re.compile(r"(?:senior\s+)?programma(?:directeur|manager|leider|coördinator|coordinator)$")
#: a body named by its kind, whose office a programme's role word may be: "het programmabureau", "het kernteam"
_NOT_NOW = re.compile(r"\b(?:niet|geen|nooit|was|waren|werd|eerder|voorheen)\b", re.IGNORECASE)  # "is niet langer programmamanager"
_BODY_IN_SENTENCE = re.compile(r"(?:bureau|team|stuurgroep|werkgroep|directie|afdeling)\b", re.IGNORECASE)
_FOR_UNNAMED_BODY = re.compile(r"[ \t*_]*Namens\s+(?:de|het)\s+[a-z][\w-]*[ \t,:*_]*$")


def _signs_for_unnamed_body(ctx: DocContext, sentence: Sentence) -> tuple[int, int] | None:
    """The line above ``sentence``'s line that signs for a body the text names only by its kind, with
    nothing recognised on it ("Namens de jury," over "X, voorzitter" / "Y, secretaris"), else None. Only
    signature lines (a name first, a short line) and blank lines may come between: "Namens het bestuur,",
    a blank line, "A. de Wit, voorzitter", a blank line, "F. Kok, secretaris" (round 43b).

    >>> bool(_FOR_UNNAMED_BODY.match("Namens de jury,")), bool(_FOR_UNNAMED_BODY.match("Namens de VNG,"))
    (True, False)
    """
    end = ctx.text.rfind("\n", 0, sentence.start)
    signatures = 0
    while end > 0 and signatures < 4:
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end]
        end = start - 1
        if not line.strip():
            continue
        if _FOR_UNNAMED_BODY.match(line) and not ctx.in_span(start, start + len(line)):
            return start, start + len(line)
        named = ctx.in_span(start, start + len(line))
        if len(line) > 80 or not named or named[0].type != "Person" or line[:named[0].start - start].strip():
            return None
        signatures += 1
    return None


def _board_signed_for(ctx: DocContext, line: tuple[int, int]) -> Mention | None:
    """The one organisation the document's title names when ``line`` signs "Namens het bestuur," (a
    foundation's bestuursverslag: its board signs), else None."""
    body = _FOR_UNNAMED_BODY.match(ctx.text, *line)
    named = re.search(r"Namens\s+(.*?)[ \t,:*_]*$", body.group(0)) if body is not None else None
    if named is None or not THE_BOARD.fullmatch(named.group(1)):
        return None
    return title_organisation(ctx)


def find_roles(ctx: DocContext) -> None:
    """Add hasRole (and bracket affiliatedWith) relations to ``ctx``."""
    pattern = role_pattern()
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        persons = [m for m in mentions if m.type == "Person"]
        bracket_affiliations(ctx, sentence, persons)
        if persons:
            body_bracket_roles(ctx, sentence, mentions)  # "Van: G40-bureau (X, directeur)"
        moved_to(ctx, sentence, persons)
        role_after_body(ctx, sentence, persons)  # "X werkt bij de VNG als adviseur"
        works_at_body(ctx, sentence, persons)  # "X, die … bij het bureau werkt"
        left_body(ctx, sentence, persons)  # "directeur X heeft het bureau verlaten"
        ended_membership(ctx, sentence, persons)  # "X heeft haar lidmaatschap van Y beëindigd"
        passed_seats(ctx, sentence, persons)  # "A neemt de plaats van B in de pijler X in", "B volgt A op in de pijler Y"
        gone_to(ctx, sentence, persons)  # "X, die naar de provincie Y is gegaan"
        line_members(ctx, sentence, persons)
        find_chairs(ctx, sentence, persons)
        if persons:
            find_labelled_unit_roles(ctx, sentence)  # "Kwartiermaker themagroep X: Y (Zwolle)"
        if persons and "lever" in sentence.text:
            find_supplied_staff(ctx, sentence, mentions)  # "Haarlem levert met beleidsadviseur X de nieuwe secretaris"
        if persons and "schap" in sentence.text:
            find_held_offices(ctx, sentence, persons)  # "Het ambtelijk trekkerschap lag bij X"
        if not persons and not any(m.type in ("Municipality", "Organisation") for m in mentions) \
                and not PRONOUN_COPULA.match(ctx.text, sentence.start) \
                and not PRONOUN_COPULA_AGAIN.match(ctx.text, sentence.start, sentence.end) \
                and " als " not in sentence.text:  # "Hij blijft betrokken als trekker van …"
            continue
        roles_here = list(ctx.cues(pattern, sentence))
        undecided = undecided_opening(ctx.text, sentence.start, sentence.end)
        for index, match in enumerate(roles_here):
            role = role_of(match.group(0))
            if role is None or match.start() < undecided:
                continue  # "Wie X opvolgt als vicevoorzitter, wordt in december besloten": no role yet
            if _CANDIDATE.search(ctx.text, max(sentence.start, match.start() - 14), match.start()):
                continue  # "X, beoogd voorzitter van de pijler": a role aimed at, not held
            if _names_the_college(ctx.text, match):
                continue  # "het college van burgemeester en wethouders van Zwolle": a body, no one's role
            _bind(ctx, sentence, match, role, persons, roles_here, index)
        if persons and sentence.bullet_list is not None:
            composed_of_item(ctx, sentence, persons)  # "De commissie bestond uit: - X, raadslid (A), voorzitter;"
        if persons and " en " in sentence.text:
            coordinated_roles(ctx, sentence)  # "X is sinds 2015 trainer en sinds 2020 voorzitter van Y"
        if persons:
            colleague_places(ctx, sentence, mentions)  # "zijn Bredase collega X" (after the roles: whose colleague)
            colleague_towns(ctx, sentence, mentions)  # "Haar collega X uit Haarlemmermeer"
        _led_opening(ctx, sentence, persons)
        joined_roles(ctx, sentence)  # "… adviseur bij Aedes en lid van de gemeenteraad van Ede"
        find_gains(ctx, sentence, persons, role_of)
    find_programme_roles(ctx)  # "Programmadirecteur bij BZK is X" on the programme's page
    find_leads_on_behalf(ctx)  # "… starten het programma P. X is bestuurlijk trekker namens Ede."
    find_chairing_verbs(ctx)  # "X uit Zwolle zit de themagroep Wonen voor"
    find_appointments(ctx)  # "Tot leden worden benoemd: a. X, …" in an instellingsbesluit


def _led_opening(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Onder leiding van (burgemeester) X (van Y) is de taskforce … gestart": X chairs the subject that follows."""
    opening = _LED_OPENING.match(ctx.text, ctx.content_start(sentence), sentence.end)
    leader = next((p for p in persons if p.start >= opening.end()), None) if opening else None
    if leader is None or leader.start - opening.end() > 40:
        return
    things = [m for m in ctx.in_span(leader.end, sentence.end) if m.type in ("OrganisationalUnit", "Programme", "Event")]
    if things:
        ctx.add(leader, "hasRole", things[0], sentence, "roles.onder-leiding-van", 0.7, role="voorzitter")


#: a role of the meeting the text reports: "voorzitter van dit overleg", "notulist van deze vergadering"
_OF_THIS_MEETING = re.compile(r"\s+van\s+(?:dit|deze)\s+(?:overleg|vergadering|bijeenkomst|vooroverleg)\b", re.IGNORECASE)


def _bind(ctx, sentence, match, role: RoleWord, persons, roles_here, index) -> None:
    text = ctx.text
    start, end = match.start(), match.end()
    label = role.label
    targets, rule, past, stated_at, predecessor, stacked_second, theme = role_subjects(
        ctx, sentence, match, role, persons, roles_here, index)
    if not targets:
        holders = [m for m in ctx.in_span(sentence.start, start) if m.type in ("Municipality", "Organisation")]
        if holders and COPULA.match(text[holders[-1].end:start]):
            obj = _object_after_van(ctx, sentence, end)
            if obj is not None and obj.type in ("Programme", "OrganisationalUnit", "Event"):
                ctx.add(holders[-1], "participatesIn", obj, sentence, "roles.organisation-role", 0.6)
        return
    if _OF_THIS_MEETING.match(text, end, sentence.end):
        return  # "(…, voorzitter van dit overleg)": the meeting's chair, which holds no roles (round 52e)
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
                 if m.rule == "gazetteer.place-adjective" and not text[m.end:start].strip()] \
        or [m for m in [attributive_place(ctx, max(sentence.start, start - 40), start)] if m is not None]  # "de Deventer wethouder"
    # "X is geen lid meer van de themagroep": the body after "meer" (and none from the passage)
    more = _MORE_AFTER.match(text, end, sentence.end) if "geen" in text[max(sentence.start, start - 6):start] else None
    object_end = more.end() if more else end
    on_behalf = fronted_holder(ctx, sentence, targets[0], role) \
        if rule == "roles.inverted-copula" and "amens" in text[sentence.start:start] else None  # "Namens de G40 is X woordvoerder"
    if label.startswith(("directeur", "plaatsvervangend directeur")) and rule == "roles.bracket" and ctx.directorates:
        theme = theme or field_directorate(ctx, end, sentence.end)  # "X (plv. directeur PDV)" where "directie PDV" is named
    obj = on_behalf or theme or (glued[-1] if glued and glued[-1].type in ("Organisation", "Municipality", "Ministry") else None) \
        or (adjective[-1] if adjective and role.scope in ("municipality", "any") else None) \
        or _object_after_van(ctx, sentence, object_end) \
        or (unit_after_voor(ctx, sentence, object_end) if role.scope.startswith("unit") else None) \
        or _unit_after_role(ctx, sentence, object_end, organisations=role.scope in ("unit", "any"))
    if obj is None and more is not None:
        return
    if obj is None and held_in_located_body(ctx, sentence, end):
        return  # "X, voorzitter van de huurdersvereniging in Apeldoorn": a body not named, not the town
    if obj is None and rule == "roles.apposition" and len(targets) == 1 \
            and (party := party_opening(ctx, sentence, targets[0])) is not None:
        # "namens het college van B&W van Ede, A. Smit, wethouder Wonen": the party the line signs for
        if role.scope in ("any", "unit", party.type.lower()):
            ctx.add(targets[0], "hasRole", party, sentence, rule, 0.7, role=label)
        return
    if obj is None and rule == "roles.copula":
        obj = object_after_topic(ctx, sentence, end)  # "X is thematrekker Slimme Mobiliteit van de Themagroep Y"
    if obj is None and rule in ("roles.copula", "roles.after-name", "roles.sentence-person", "roles.benoemd-tot"):
        # "X is beleidsadviseur ondernemersklimaat bij INretail", "Per 1 mei is X directeur Woningbouw bij VRO"
        obj = field_then_holder(ctx, sentence, end, role)
    if obj is None and rule in ("roles.als", "roles.pronoun-als"):
        obj = field_then_holder(ctx, sentence, end, role)  # "X begon als beleidsmedewerker sociale zaken bij de gemeente Y"
        if obj is None and rule == "roles.als" and len(targets) == 1:
            obj = fronted_holder(ctx, sentence, targets[0], role, working=True)  # "Binnen de VNG werkt X als kwartiermaker"
    if obj is None and rule == "roles.apposition":
        obj = field_then_holder(ctx, sentence, end, role)  # "X, programmamanager binnenstad van Helmond, …"
        place = field_place(ctx, sentence, end, role) if obj is None and len(targets) == 1 else None
        if place is not None:  # "X, coördinator studentenhuisvesting van Zwolle": works for Zwolle
            ctx.add(targets[0], "affiliatedWith", place, sentence, "roles.field-place", 0.65)
    if obj is None and role.scope in ("municipality", "any"):
        obj = the_municipality(ctx, sentence, end)  # "In Gouda … X, programmamanager van de gemeente"
    if obj is None and rule == "roles.inverted-copula":
        obj = fronted_holder(ctx, sentence, targets[0], role)  # "In de pijler Fysiek blijft X voorzitter"
    there = there_before(ctx, sentence, start) if obj is None and rule in THERE_RULES else None
    if there is not None:
        obj = held_there(ctx, sentence, there, role)  # "… en is daar nu raadslid": where "daar" points back to
        if obj is None:
            return
    if obj is None and rule == "roles.relative":
        copula = re.match(r"\s+(?:was|waren|is|zijn|wordt|worden|werd)(?=\s+(?:van|bij)\s)", text[end:sentence.end])
        if copula:  # "X, die tot de zomer voorzitter was van Y", "X, die directeur wordt van Y" (round 45x)
            obj = _object_after_van(ctx, sentence, end + copula.end())
    if obj is None and role.scope in ("municipality", "any"):
        obj = _signature_municipality(ctx, sentence, end)  # "wethouder Economische Zaken, gemeente Breda"
    if obj is None and rule == "roles.apposition" and role.scope in ("any", "ministry"):
        obj = line_employer(ctx, sentence, end)  # "- X, directeur Woningbouw, ministerie van BZK" in an attendance list
    if obj is None and role.scope in ("municipality", "any", "ministry", "province"):
        obj = _portfolio_place(ctx, sentence, end, field_bij=role.scope in ("ministry", "any"))  # "wethouder Zorg en Welzijn in Zwolle"
    if obj is None and role.scope in ("ministry", "any") and rule == "roles.before-name":
        obj = named_directorate(ctx, end, targets[0].start)  # "directeur-generaal Wonen en Bouwen X": the DG named before
        if obj is None and label.startswith("directeur"):
            obj = directorate_before(ctx, sentence, start)  # "… valt onder de directie X. Directeur is Y"
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
        where = [m for m in ctx.in_span(sentence.start, start) if m.type == "Municipality" and (
            _WHERE.fullmatch(text, m.end, start)
            or _FRONTED_IN.fullmatch(text, ctx.content_start(sentence), m.start) and _IS.fullmatch(text, m.end, start))]
        obj = where[-1] if where else None  # "de ervaringen uit Zwolle, waar wethouder X …": the place "waar" points back to
        # "In Helmond is wethouder X de trekker": the place the sentence opens with
    if obj is None and rule == "roles.bracket" and role.scope.startswith("unit") and re.match(r"\s*\)", text[end:end + 8]) \
            and re.fullmatch(r"\s*\(\s*", text[targets[0].end:start]) and member_line_body(ctx, sentence) is not None:
        return  # "**Rekenkamer Ede**" over "A (voorzitter), B (lid)": the body's, see .member_lines (52d)
    if obj is None and rule == "roles.bracket" and role.scope.startswith("unit"):
        obj = _bare_kind_unit(ctx, end, sentence)  # "(secretaris themagroep, G40-bureau)": the themagroep of the page
        close = text.find(")", end, sentence.end)
        employer = [m for m in ctx.in_span(end, close) if m.type in ("Organisation", "Municipality", "Ministry")] \
            if obj is not None and close > 0 else []
        if employer and len(targets) == 1:
            ctx.add(targets[0], "affiliatedWith", employer[0], sentence, "roles.bracket-affiliation", 0.75)
    own_place = own_place_after_role(text, ctx.in_span(end, text.find(")", end, sentence.end)), role.scope, end,
                                     text.find(")", end, sentence.end)) if obj is None and rule == "roles.bracket" else None
    if own_place is not None and len(targets) == 1:
        # "Aanwezig: X (voorzitter, Deventer)": X comes from Deventer and chairs the body that meets (46k)
        ctx.add(targets[0], "affiliatedWith", own_place, sentence, "roles.bracket-affiliation", 0.75)
    if obj is None and rule == "roles.bracket" and own_place is None:
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
    behalf = re.match(r"\s+van\s+(?:de|het)\s+\w+\s+namens\s+(?:de\s+gemeente\s+)?", text[end:sentence.end]) \
        if obj is None and rule == "roles.copula" else None
    if behalf is not None:
        obj = _bare_kind_unit(ctx, end, sentence)  # "X is lid van de kerngroep namens Zwolle" in the pijler's minutes
        party = [m for m in ctx.in_span(end + behalf.end(), sentence.end) if m.start == end + behalf.end()]
        if obj is not None and party and party[0].type in ("Municipality", "Province", "Organisation", "Ministry"):
            ctx.add(targets[0], "affiliatedWith", party[0], sentence, "roles.namens-affiliation", 0.7)  # (48g)
    if obj is None and rule == "roles.apposition" and role.scope.startswith("unit") and parts_row(text, ctx.sentences, sentence):
        return  # "| Workshop B | Eva Smit, coördinator | Stichting X |": the row's organisation's (.programme_parts)
    if obj is None and rule == "roles.apposition" and len(targets) == 1 and timed_row(sentence):
        obj = _row_body(ctx, sentence, targets[0])  # "| 13.30 | lunch met Stichting X | Eva Smit, directeur |": X's (57s)
        if obj is None and role.scope.startswith("unit"):
            return  # "| 11.30 | gesprek met het netwerk X | Eva Smit, coördinator |": a host's own post, not the passage's
    if obj is None and kind_compound_after(ctx, sentence, end):
        return  # "X, voorzitter stemcommissie": a body the text names by its kind only, not the passage's unit
    if obj is None and rule in ("roles.apposition", "roles.bracket") and unnamed_subject_of(ctx, sentence):
        return  # "De stemcommissie bestond uit X (Ede), voorzitter, en Y": that body's chair
    if obj is None and _names_unknown_holder(ctx, sentence, end):
        return  # "bestuurslid van de Arbeidsmarktregio Noord": a body not known, not the passage's unit
    if obj is None and _unnamed_body_near(ctx, sentence, min(targets[0].start, start), end):
        return  # "X treedt toe tot het bestuur als lid": a board the text does not name, not the passage's unit
    if obj is None and role.scope.startswith("unit") and rule == "roles.before-name" \
            and start == ctx.content_start(sentence) and unnamed_subject_before(ctx, sentence):
        return  # "De klankbordgroep bestaat uit … . Voorzitter is X": that body's, not the passage's unit
    if obj is None and role.scope.startswith("unit") and rule == "roles.before-name" \
            and start == ctx.content_start(sentence):
        obj = unnamed_body_before(ctx, sentence)  # the same when the text names that body by its kind (round 55f)
    if obj is None and label in _BOARD and role.scope.startswith("unit"):
        obj = ctx.paragraph_lead_unit(start)  # "Wonen — Voorzitter is X": the unit the paragraph opens with
    if obj is None and (label in _BOARD or label == "plaatsvervangend voorzitter"):
        obj = _board_holder(ctx, sentence)  # "… voorzitter van de G40. Nieuwe vicevoorzitter is X": the same board
    if obj is None and label == "secretaris" and len(targets) == 1:
        obj = secretariat_of(ctx, sentence, targets[0])  # "Het secretariaat van de stuurgroep … . Secretaris is X"
    if obj is None and label == "vicevoorzitter":
        obj = chaired_body(ctx, start)  # "Ik ben voorzitter van de Pijler X. … Vicevoorzitter wordt Y": the chair's deputy
    if obj is None and rule == "roles.apposition" and len(targets) == 1:
        party = party_above(ctx, sentence)  # "Namens Divosa" over "Ruud Schaapveld, voorzitter": a signatory
        if party is not None and role.scope in ("any", "unit", party.type.lower()):
            obj = party
        elif party is None and (signed := _signs_for_unnamed_body(ctx, sentence)) is not None:
            board = _board_signed_for(ctx, signed)  # "Namens het bestuur," in a foundation's report: its board
            if board is not None:
                ctx.add(targets[0], "hasRole", board, sentence, rule, 0.7, role=label)
            return  # "Namens de jury," over "X, voorzitter" and "Y, secretaris": the jury's, not the passage's unit
    if obj is None and rule == "roles.als" and role.scope == "unit" \
            and succeeds_pronoun(text, targets[-1].end, start):
        # "X treedt terug als trekker van de themagroep Y. … dat Z hem opvolgt als trekker": the role X held
        obj = predecessor_unit(ctx, sentence, targets[-1], label)
        if obj is None:
            return
    if obj is None and rule == "roles.als" and role.scope == "unit":
        obj = held_role_unit(ctx, targets, label)  # "Kreijen volgde Loonstra op als trekker": of what Kreijen trekt
    if obj is None and _PROGRAMME_ROLE.match(label) and rule in ("roles.copula", "roles.inverted-copula") \
            and not _BODY_IN_SENTENCE.search(sentence.text) and not _NOT_NOW.search(text, sentence.start, end) \
            and not any(m.type in ("OrganisationalUnit", "Organisation") for m in ctx.in_sentence(sentence)):
        # "Per 1 september is X programmadirecteur" in a letter on the programma Y: Y's office (not where the
        # sentence names a body: "Het programmabureau zit bij Y; programmamanager is X")
        obj = ctx.title_programme
    if obj is None and rule == "roles.copula" and refers_to_activity(ctx, sentence, targets[0].end, start):
        return  # "…een verkenning afgerond; X was daarvan de trekker": the activity's, not the body's (round 50a)
    if obj is None and role.scope in ("ministry", "any"):
        obj = same_field_body(ctx, sentence, start, end)  # "… directeur X bij BZK. … is Y directeur X a.i."
    if obj is None:
        obj = _scope_object(ctx, role, sentence, start, targets[0])
        if obj is not None and in_other_row(ctx, sentence, obj):
            return  # "| … | wethouder X, bestuurlijk trekker … |" under a row on another programme (round 50a)
        if obj is not None and rule == "roles.bracket" and _in_other_bracket(ctx, sentence, obj, targets[0]):
            return  # "A (…, voorzitter Pijler X), B (directeur, secretaris)": B's role is not of A's pijler
        if obj is not None and obj.type == "Programme" and obj.end <= sentence.start \
                and (rule == "roles.copula" or rule == "roles.before-name" and role.scope == "unit") \
                and obj is not ctx.section_entity(sentence) and obj is not ctx.item_unit(sentence) \
                and not re.search(r"\bdaarvan\b", text[sentence.start:start], re.IGNORECASE) \
                and not _PROGRAMME_ROLE.match(label):
            # ("X is programmadirecteur": the role word names the programme's office, the programme of the passage)
            return  # "X (Breda) is voorzitter.": a programme named in an earlier sentence is no anaphor
    if obj is None and role.scope == "any":
        obj = _on_behalf_of(ctx, sentence, targets[0]) or represented_by(ctx, sentence, start) \
            or line_organisation(ctx, sentence)
    if obj is None and role.scope == "any" and rule == "roles.apposition" and len(targets) == 1:
        obj = _list_owner(ctx, sentence)  # "Verder werken op het bureau:" over "- X, beleidsadviseur Sociaal"
        if obj is None and sentence.bullet_list is not None and _DASH.match(text, targets[0].end, start):
            obj = ctx.title_unit()  # "Wie is wie bij het G40-bureau" over "- X - beleidsadviseur bestuurszaken"
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
    if obj is None and role.scope in ("any", "unit") and _OUR.search(text, max(sentence.start, start - 16), start):
        obj = ctx.title_programme  # "X is onze nieuwe programmamanager" in the newsletter of a programme
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
        # "Wethouder Kok presenteert het project in Zwolle" after "Eva Kok, wethouder van Ede": her office is Ede's
        # and "Hij was sinds 2018 wethouder Wonen" after "X, wethouder van Ede": the start of her office in Ede
        known = municipality_of(ctx, targets[0]) if wanted == "Municipality" and college is None \
            and (rule == "roles.before-name" or rule in ("roles.pronoun", "roles.copula") and not places
                 and _SINCE.search(text, sentence.start, match.start())) else None
        if known is not None:
            obj = known
        elif college is not None:
            obj = college  # a letter of the college of X: "Wethouder Y tekent … in Ede" is X's
        elif len({m.key for m in places}) == 1:
            obj = places[0]  # "Den Bosch levert met oud-wethouder X …": the one municipality in the sentence
        elif not places and wanted == "Municipality" and rule in ("roles.before-name", "roles.apposition"):
            # "DORDRECHT, 20 maart – … ontvangen door burgemeester X": the city the news item reports from
            obj = ctx.dateline_municipality_at(start)
        if obj is None and not places and wanted == "Municipality":
            obj = letterhead(ctx)  # "Gemeente Ede" atop a raadsinformatiebrief: "Wethouder X (Wonen)" is Ede's
        if obj is None and not places and wanted == "Municipality" and rule in ("roles.before-name", "roles.apposition"):
            sender = sender_body(ctx, start)  # a mail from a municipality's address: "Wethouder X heeft getekend"
            obj = sender if sender is not None and sender.type == "Municipality" else None
        if obj is None and not places and wanted == "Municipality" and rule == "roles.before-name" \
                and match.start() == start:  # (``start`` is the sentence's content start here)
            # "De minister bracht een werkbezoek aan Zwolle. Burgemeester X ontving haar": the town just named
            obj = town_just_named(ctx, sentence)
    if obj is None and (role.scope == "ministry" or label == "woordvoerder") \
            and rule in ("roles.before-name", "roles.apposition"):
        obj = issuing_ministry(ctx)  # a ministry's press release: "zegt directeur-generaal X", "woordvoerder Y"
    if obj is None and (role.scope == "province" and rule in ("roles.before-name", "roles.apposition")
                        or label == "woordvoerder" and rule == "roles.apposition"):
        obj = issuing_province(ctx)  # a province's press release: "gedeputeerde X", "X, woordvoerder gedeputeerde Y"
    if obj is None and label in BOARD_ROLES:
        obj = network_board(ctx)  # "Penningmeester X licht de jaarrekening toe": of the network's board
    if obj is None and rule == "roles.before-name" and _POSSESSIVE_BEFORE.search(text, max(sentence.start, start - 8), start):
        obj = _possessor_employer(ctx, sentence, start)  # "staatssecretaris X van SZW, met haar beleidsmedewerker Y"
    if obj is None or obj.type == "Person":
        return
    if obj.kind == "pijler" and (pijler_meeting(obj) or obj.start < start and any(
            pijler_meeting(m) for m in ctx.in_span(sentence.start, start))):
        return  # "| ma | Ambtelijk Pijleroverleg X | voorzitter Y |": the meeting's chair, not the pijler's (walkthrough 35)
    if rule == "roles.als" and obj.type == "OrganisationalUnit":
        # "de instelling van de Taskforce X binnen de pijler Y, met Z als kwartiermaker": X's, which "binnen de
        # pijler Y" only places (walkthrough 35, finding 6)
        obj = next((m for m in ctx.in_span(sentence.start, obj.start) if m.type in ("OrganisationalUnit", "Programme")
                    and _PLACED_IN.fullmatch(text, m.end, obj.start)), obj)
    if role.scope in ("municipality", "ministry", "province") and obj.type.lower() != role.scope \
            and not (role.scope == "ministry" and obj.kind == "directie"):  # a ministry's directorate is the ministry's
        return
    if not (rule == "roles.before-name" and len(targets) == 1
            and title_of_past_subject(text, sentence, start, end, targets[0].start, targets[0].end)):
        past = past or _ended_in_clause(text, sentence, start, end)  # (not "Wethouder X was tot 2022 lid": the lid's)
    if "geen" in text[max(sentence.start, start - 6):start]:
        over = no_longer(text, sentence, start, end)  # "die geen wethouder van Venlo meer is": over; "is geen lid": none
        if over is False:
            return
        past = past or bool(over)
    # "De wethouders A en B hebben op 13 mei afscheid genomen": their office ends (walkthrough 23, finding 1)
    left = departure_time(ctx, sentence, match.start(), targets) if rule == "roles.before-name" else None
    if left is not None:
        left_on, left_precision, done = left  # undated and told as done ("ging in 2023 met pensioen"): past (round 56t)
        for person in targets:
            ctx.add(person, "hasRole", obj, sentence, "roles.departure", 0.8, role=label,
                    past=left_on <= ctx.date[:10] if ctx.date else done, until=left_on, precision=left_precision)
        return
    for person in targets:
        if denied_role(text, sentence, start, end, person):
            instead = instead_holder(text, person, ctx.in_span(person.end, sentence.end)) if person.start > end else None
            if instead is not None and instead not in targets:  # "Voorzitter van Y is niet X maar Z": Z is
                ctx.add(instead, "hasRole", obj, sentence, rule, 0.75, role=label, past=past, stated_at=stated_at)
            continue  # "X is niet de voorzitter van Y", "Voorzitter van Y is niet X": no fact for X
        if person is predecessor:
            ctx.add(person, "hasRole", obj, sentence, rule, 0.8, role=label, past=True, stated_at=stated_at,
                    until=_handover_end(ctx, sentence, targets, person, obj, stated_at))
            continue
        # "de wethouders A (Venlo), B (Leiden)": each in the place of their own bracket
        own = _bracket_place(ctx, person, obj) if len(targets) > 1 else None
        # "Het college bestaat per 13 mei 2026 uit:" over "- wethouder A: …": from that day (walkthrough 23, finding 4)
        # and "wethouder X is per 1 november 2026 wethouder Zorg": from the copula's start (finding 2)
        # and "Trekker is sinds 1 oktober 2024 X": from the start between the role word and the name (round 55f)
        since, precision = (listed_since(ctx, sentence) or restated_since(text, person.end, label, ctx.date)
                            or copula_since(text, end, person.start, ctx.date, name_end=person.end,
                                            sentence_end=sentence.end)
                            or closing_since(text, start, person.end, sentence.end, ctx.date)  # "met als trekker X, sinds …;"
                            if rule == "roles.before-name" and not past else None) or (None, None)
        ctx.add(person, "hasRole", own or obj, sentence, rule, 0.8 if rule != "roles.sentence-person" else 0.6,
                role=label, past=past, stated_at=stated_at, since=since, precision=precision)
        for body in coordinated_holders(ctx, sentence, end, obj):  # "trekker van de Themagroep Wonen en de Themagroep Werk"
            ctx.add(person, "hasRole", body, sentence, rule, 0.75, role=label, past=past, stated_at=stated_at)
        employer = _employer_after(ctx, sentence, obj) if role.scope == "any" and obj.type in ("Programme", "OrganisationalUnit") \
            and rule == "roles.apposition" else None
        if employer is not None:  # "X, programmamanager STW bij RVO": the programme's manager works at RVO
            ctx.add(person, "hasRole", employer, sentence, "roles.programme-employer", 0.7, role=label, past=past,
                    stated_at=stated_at)
        elif role.scope.startswith("unit") and obj.type == "OrganisationalUnit" \
                and rule in ("roles.apposition", "roles.sentence-person") \
                and (employer := _employer_after(ctx, sentence, obj)) is not None:
            # "X, programmasecretaris van de Pijler Y bij het G40-bureau": the unit's secretary works there (round 58s)
            ctx.add(person, "affiliatedWith", employer, sentence, "roles.unit-employer", 0.65, stated_at=stated_at)


def _handover_end(ctx: DocContext, sentence: Sentence, targets: list[Mention], predecessor: Mention, obj: Mention,
                  stated_at: int | None) -> str | None:
    """The last day of ``predecessor``'s role in "Y volgt X per 1 november op als voorzitter": the day before
    the successor's start the sentence gives, never a start of X's own (a handover ends the one succeeded);
    None when the sentence dates no start.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Kees Dorp, wethouder van Ede, volgt Anna Wielinga per 1 mei 2025 op als voorzitter van de Pijler Sociaal."
    >>> sorted((r.subject.text, r.past, r.valid_from, r.valid_until) for r in
    ...        extract("d", text, gazetteer=load_gazetteer(), date="2025-03-01").relations
    ...        if r.predicate == "hasRole" and r.object.text == "Pijler Sociaal")
    [('Anna Wielinga', True, None, '2025-04-30'), ('Kees Dorp', False, '2025-05-01', None)]
    """
    successor = next((t for t in targets if t is not predecessor), None)
    dated = ctx.period_of(sentence, successor, obj, stated_at=stated_at) if successor is not None else None
    if dated is None or not dated.valid_from or dated.valid_until:
        return None
    return day_before(dated.valid_from)


#: "bij (het ministerie van) X" right after the programme or unit a role is held in
_AT_EMPLOYER = re.compile(r"\s+bij\s+(?:de\s+|het\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?")
_EMPLOYERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


#: the kinds of body a schedule's row may name as where its host works
_ROW_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Municipality", "Ministry", "Province"})


def _row_body(ctx: DocContext, row: Sentence, person: Mention) -> Mention | None:
    """The one body the cell right before ``person``'s names, in a row of a day's schedule: "| 13.30 | lunch met
    Stichting Woonwel | Erik Sandberg, directeur |" (the host's organisation; round 57s). None when that cell
    names none, or several.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "| Tijd | Onderdeel | Gastheer |\\n|---|---|---|\\n| 13.30 | lunch met Stichting Woonwel | Erik Sandberg, directeur |\\n"
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "hasRole"]
    [('Erik Sandberg', 'Stichting Woonwel', 'directeur')]
    """
    cell = ctx.text.rfind("|", row.start, person.start)
    before = ctx.text.rfind("|", row.start, cell) if cell > row.start else -1
    bodies = [m for m in ctx.in_span(before + 1, cell) if m.type in _ROW_BODIES] if before >= 0 else []
    return bodies[0] if len({m.label for m in bodies}) == 1 else None


def _employer_after(ctx: DocContext, sentence: Sentence, held: Mention) -> Mention | None:
    """The organisation named with "bij" right after the programme or unit of an apposition's role: "X,
    programmamanager STW bij RVO (stw@rvo.nl)" (X works at RVO too). None when something else follows.

    Examples
    --------
    (see tests/test_extract_round37b.py::test_role_of_a_programme_at_an_organisation)
    """
    at = _AT_EMPLOYER.match(ctx.text, held.end, sentence.end)
    if at is None:
        return None
    found = [m for m in ctx.in_span(at.end(), sentence.end) if m.start == at.end() and m.type in _EMPLOYERS]
    return found[0] if found else None


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
#: a sentence that opens with the place, and "is"/"was" right before the role word: "In Helmond is wethouder X …"
_FRONTED_IN = re.compile(r"(?:ook\s+)?in\s+(?:de\s+gemeente\s+)?", re.IGNORECASE)
_IS = re.compile(r"\s+(?:is|was)\s+", re.IGNORECASE)


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
