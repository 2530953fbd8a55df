"""The roles of a programme's own staff on the programme's page: "Programmadirecteur bij BZK is X",
"contact opnemen met programmamanager Y", "Z, programmasecretaris".

A role word of a programme ("programmadirecteur", "programmamanager", "programmasecretaris",
"programmacoördinator"; a role word that starts with "programma"), or of a project on a project's
page ("projectleider", "bestuurlijk opdrachtgever": round 40b) without the programme it is of names
the programme the page's title names: the person holds that role in it. "<rol> bij <organisatie> is
(drs.) X" says also where the person works (hasRole at that organisation, in the same role). Not when
the sentence names another programme, or the role word is followed by "van" (the role of what
follows), and not when denied or only planned. Called by :func:`graph.extract.roles.find_roles`
through :func:`find_programme_roles`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Programma Sterke Wijken\\n\\nDe programmamanager is Eva Smit."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Smit', 'Programma Sterke Wijken', 'programmamanager')]
"""

from __future__ import annotations

import logging
import re

from .context import DocContext
from .housed_bureaus import housed_bureau
from .copula_roles import employer_after
from .model import Mention, Sentence
from .periods import without_periods
from .role_words import COURTESY_TITLE, role_of, role_pattern

__all__ = ["find_programme_roles"]

log = logging.getLogger(__name__)

#: titles and the copula between the role word and the name: " is (drs.|oud-burgemeester) ", " mevrouw ", " "
_TO_NAME = re.compile(r"\s+(?:(?:is|was|wordt|blijft)\s+)?(?:" + COURTESY_TITLE + r")?(?:(?:drs|dr|mr|ir|ing|prof|ds)\.?\s+)*",
                      re.IGNORECASE)
#: the employer between the role word and the copula: " bij (het ministerie van) BZK is "
_AT_EMPLOYER = re.compile(r"\s+(?:bij|namens)\s+(?:(?:de|het)\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?", re.IGNORECASE)
_EMPLOYERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the name in an apposition after the role word: "(De programmadirecteur), (mr.) "
_NAME_IN_COMMAS = re.compile(r"\s*,\s*(?:(?:drs|dr|mr|ir|ing|prof|ds)\.?\s+)*", re.IGNORECASE)
#: the name of an apposition before the role word: "X, (de) programmasecretaris"
_APPOSITION = re.compile(r"\s*,\s*(?:de\s+|het\s+|onze\s+)?")


def _to_name(gap: str, year: str | None) -> bool:
    """Whether ``gap`` leads from the role word to the name: " is ", " mevrouw ", and with a period beside
    the copula: " is sinds 1 januari 2026 ".

    >>> _to_name(" is sinds 1 januari 2026 ", None), _to_name(" van de stad ", None)
    (True, False)
    """
    return _TO_NAME.fullmatch(gap) is not None or \
        (len(gap) < 60 and _TO_NAME.fullmatch(without_periods(gap, year=year)) is not None)


def _programme_role_words(ctx: DocContext, sentence: Sentence):
    """The role words of a programme's staff in ``sentence`` (matches of the role lexicon)."""
    for match in ctx.cues(role_pattern(), sentence):
        word = role_of(match.group(0))
        if word is not None and (word.label.startswith(("programma", "project")) or word.label in _COMMISSIONING):
            yield match, word


def _holder(ctx: DocContext, mentions: list[Mention], match: re.Match) -> tuple[Mention | None, Mention | None]:
    """The person holding the role word ``match`` and the employer named with it (or None)."""
    text = ctx.text
    after = [m for m in mentions if m.start >= match.end()]
    employer = None
    at = _AT_EMPLOYER.match(text, match.end())
    if at is not None and after and after[0].type in _EMPLOYERS and after[0].start == at.end():
        employer, after = after[0], after[1:]
        copula = re.match(r"\s+(?:is|was|wordt|blijft)\s", text[employer.end:employer.end + 10])
        if copula is None:
            return None, None
        rest = employer.end
    else:
        rest = match.end()
    if after and after[0].type == "Person" and _to_name(text[rest:after[0].start], ctx.date):
        if employer is not None and at.group().strip().lower().startswith("namens") and employer_after(ctx, mentions, after[0]):
            # "Projectleider namens de G40 is X van de gemeente Y": X speaks for the G40, works for Y (walkthrough 28, F12)
            employer = None
        return after[0], employer
    if employer is None and after and after[0].type == "Person" and _NAME_IN_COMMAS.fullmatch(text, rest, after[0].start) \
            and re.match(r"\s*,", text[after[0].end:after[0].end + 3]):
        return after[0], None  # "De programmadirecteur, mr. Eva Smit, stuurt …"
    before = [m for m in mentions if m.end <= match.start()]
    if employer is None and before and before[-1].type == "Person" and _APPOSITION.fullmatch(text, before[-1].end, match.start()) \
            and not re.match(r"\s+(?:van|voor)\s", text[match.end():match.end() + 7]):
        return before[-1], None
    return None, None


#: an offer's subject line or title: "Betreft: offerte midterm-evaluatie City Deal X", "# Offerte …"
_OFFER = re.compile(r"^[ \t#*]*(?:(?:Betreft|Onderwerp)\s*:\s*)?(?:offerte|projectvoorstel)\b", re.IGNORECASE | re.MULTILINE)
#: the employer in the apposition after the name: "X, senior adviseur bij Y", "X, adviseur van bureau Y"
_APPOSED_EMPLOYER = re.compile(r"\s*,\s*(?:[\w-]+\s+){1,3}?(?:bij|van)\s+(?:(?:de|het)\s+)?(?:bureau\s+)?", re.IGNORECASE)


def _offer(ctx: DocContext) -> bool:
    """Whether the document is an offer for an assignment about a programme (its subject line or title says
    "offerte"): the team it proposes is the bidder's, not the programme's staff (round 57s).

    >>> _offer(DocContext("d", "Utrecht, 17 juni 2025\\nBetreft: offerte evaluatie City Deal X\\n", [], []))
    True
    >>> _offer(DocContext("d", "Betreft: evaluatie City Deal X\\n\\nDe offerte volgt.\\n", [], []))
    False
    """
    return _OFFER.search(ctx.text, 0, min(len(ctx.text), 2000)) is not None


def _bidders_team(ctx: DocContext, sentence: Sentence, mentions: list[Mention], person: Mention, role: str) -> None:
    """"Projectleider is mevrouw drs. X, senior adviseur bij Bureau Y" in an offer: X leads the project for the
    bidder Y, the employer the apposition names (no role in the programme the offer is about)."""
    apposed = _APPOSED_EMPLOYER.match(ctx.text, person.end, sentence.end)
    employer = next((m for m in mentions if apposed is not None and m.start == apposed.end() and m.type in _EMPLOYERS), None)
    if employer is not None:
        ctx.add(person, "hasRole", employer, sentence, "roles.offer-team", 0.7, role=role)


#: the commissioning roles of a project, held in the page's project: "Bestuurlijk opdrachtgever is X" (round 40b)
_COMMISSIONING = frozenset({"bestuurlijk opdrachtgever", "ambtelijk opdrachtgever"})
#: a programme whose projects are others': a fund, a prize, a subsidy scheme
_FUNDS_PROJECTS = re.compile(r"fonds|prijs|award|regeling|subsidie", re.IGNORECASE)
#: the words every such role word holds
_PAGE_ROLE_CUE = re.compile(r"rogramma|roject|opdrachtgever")


#: a capitalised word right after the role word: the field of a programme of its own ("programmadirecteur Inburgering")
_FIELD_AFTER = re.compile(r" [A-Z]")


def _paragraph_programme(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one programme the paragraph of ``sentence`` names before or in it (by name or as "het
    programma"): "Het programma valt onder de directie X. … ligt bij programmamanager mevrouw Y" in an
    answer about one programme."""
    opening = ctx.text.rfind("\n\n", 0, sentence.start) + 1
    # (in the sentence itself only one named right after its role word: "X, programmacoördinator Alliantie Zon";
    # not "programmamanager X van Ede sprak over de City Deal Y")
    named = [m for m in ctx.in_span(opening, sentence.end) if m.type == "Programme"
             and (m.end <= sentence.start or _ROLE_WORD_BEFORE.search(ctx.text, max(sentence.start, m.start - 40), m.start))]
    return named[-1] if named and len({m.label for m in named}) == 1 else None


#: a programme's role word right before a name: "programmacoördinator (Alliantie Zon)"
_ROLE_WORD_BEFORE = re.compile(r"\bprogramma[\wöë-]*\s+$", re.IGNORECASE)


def _other_body_before(ctx: DocContext, sentence: Sentence, programme: Mention) -> bool:
    """Whether the paragraph before ``sentence`` names a programme or unit other than ``programme``."""
    opening = ctx.text.rfind("\n\n", 0, sentence.start) + 1
    return any(m.type in ("Programme", "OrganisationalUnit") and m.label != programme.label
               for m in ctx.in_span(opening, sentence.start))


#: a unit that opens the sentence and is led by the role word's holder: "<unit> staat onder leiding van", "wordt
#: geleid door", "wordt voorgezeten door"
_LED_BY = re.compile(r"\s+(?:staat|stond|staan|stonden)\s+onder\s+(?:de\s+)?leiding\s+van\s+|"
                     r"\s+(?:wordt|werd|worden|werden)\s+(?:geleid|voorgezeten|getrokken)\s+door\s+")


_ARTICLE = re.compile(r"\s*(?:(?:de|het|een)\s+)?", re.IGNORECASE)


def _led_unit_subject(ctx: DocContext, sentence: Sentence, mentions: list[Mention], at: int) -> bool:
    """Whether the sentence opens with a unit led by whoever the role word at ``at`` names: "Het ambtelijk
    kernteam staat onder leiding van programmaleider X" (the unit's leader, not the page's programme's).

    >>> from graph.extract.model import Mention, Sentence
    >>> text = "Het kernteam staat onder leiding van programmaleider Eva Smit."
    >>> unit = Mention(0, 12, "Het kernteam", "OrganisationalUnit", "", 1.0)
    >>> _led_unit_subject(DocContext("d", text, [], [unit]), Sentence(0, len(text), text), [unit], 37)
    True
    """
    opening = next((m for m in mentions if m.type == "OrganisationalUnit"), None)
    return opening is not None and _ARTICLE.fullmatch(ctx.text, ctx.content_start(sentence), opening.start) is not None \
        and _LED_BY.fullmatch(ctx.text, opening.end, at) is not None


def find_programme_roles(ctx: DocContext) -> None:
    """Add the roles in the page's programme of the persons named with a programme role word (or in the
    programme whose bureau the sentence houses: "Het programmabureau is ondergebracht bij X; programmadirecteur is Y")."""
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        if not any(m.type == "Person" for m in mentions) or not _PAGE_ROLE_CUE.search(sentence.text):
            continue
        bureau = housed_bureau(ctx, sentence)
        programme = bureau.programme if bureau is not None else ctx.title_programme or _paragraph_programme(ctx, sentence)
        if programme is None:
            continue
        if bureau is None and any(m.type == "Programme" and m.label != programme.label for m in mentions):
            continue  # another programme named: the role may be of that one
        for match, word in _programme_role_words(ctx, sentence):
            if re.match(r"\s+(?:van|voor)\s", ctx.text[match.end():match.end() + 7]):
                continue  # "programmamanager van de City Deal X": the role of what follows
            if re.match(r"\s+bij\s+(?:het\s+ministerie\s+van\s+)?[A-Z]", ctx.text[match.end():match.end() + 40]) \
                    and programme is ctx.title_programme and bureau is None and _other_body_before(ctx, sentence, programme):
                continue  # "… de Taskforce Veiligheid. Programmaleider bij JenV is X" in a report on another programme
            if not word.label.startswith("programma") and (
                    _FUNDS_PROJECTS.search(programme.label) or _FIELD_AFTER.match(ctx.text, match.end())
                    and not any(m.start == match.end() + 1 and m.type == "Person" for m in mentions)):
                continue  # "projectleider (Helmond-Noord)" of a fund or a prize: a project it funds, not its own
            if _FIELD_AFTER.match(ctx.text, match.end()) and not any(m.start == match.end() + 1 for m in mentions) \
                    and not ctx.text.startswith(programme.label, match.end() + 1):
                continue  # "X, programmadirecteur Inburgering": the programme its field names, not the page's
            if bureau is None and _led_unit_subject(ctx, sentence, mentions, match.start()):
                continue  # "Het ambtelijk kernteam staat onder leiding van programmaleider X": the unit's (round 51a)
            person, employer = _holder(ctx, mentions, match)
            if person is None or not ctx.asserted(sentence, min(match.start(), person.start), max(match.end(), person.end)):
                continue
            if bureau is None and programme is ctx.title_programme and not word.label.startswith("programma") and _offer(ctx):
                # "Projectleider is X, adviseur bij Y" in an offer: the bidder's project, not the programme's (57s)
                _bidders_team(ctx, sentence, mentions, person, word.label)
                continue
            ctx.add(person, "hasRole", programme, sentence, "roles.programme-staff", 0.7, role=word.label,
                    stated_at=match.start())
            if employer is not None:
                ctx.add(person, "hasRole", employer, sentence, "roles.programme-staff-employer", 0.7, role=word.label)
            elif bureau is not None:
                ctx.add(person, "affiliatedWith", bureau.host, sentence, "roles.housed-bureau-staff", 0.65)
