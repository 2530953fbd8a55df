"""Taking part in an event, as a report or an invitation tells it.

A document whose title names an event (a conference, a werkbezoek, a kennisdag) describes who took
part in it by what they did there, in any genre that reports or announces an event:

- "Onder de deelnemers waren (delegaties uit onder meer) A, B en C", "Aanwezig waren X en Y",
  "Uit A was wethouder X aanwezig", "X schoof aan, evenals Y", "X nam namens de provincie deel", "sprak met een delegatie van X": each
  actor and person of the clause participatesIn the event;
- a person who acts at the event: "Daarna opende X het programma", "X leidde de sessie over …",
  "X schetste de ontwikkelingen", "Daarna liet X zien hoe …", "Moderator X bundelde de vragen",
  "werd begeleid door X", "X sloot de dag af", "Namens EZK reageerde X", "Gastheer was X",
  "X hield een presentatie", a programme line "13.30 Welkom door X": the person nearest the verb in
  its clause participatesIn the event; "Daarna gaat X in gesprek met Y": both of them; a session's
  line "Sprekers: A, wethouder van X; B, directeur van Y": each person of the list.

- the guests of a podcast or talk: "Aan tafel zitten A, wethouder van X; B, …; en C" (a cue that opens
  the sentence makes every person of its list a guest, not the places and bodies they come from); a
  host named by role ("presentator X", "moderator X") holds that role in a podcast series
  (:func:`title_series`: a summary of one episode is a report of it) and takes part in an event; an
  episode that opens a sentence ("In de nieuwste aflevering van de G40-podcast 'X' praat A met B")
  frames that sentence: each person named after it takes part in the series. A plural verb of acting
  ("lichtten A en B de plannen toe") gives each person of its clause, a singular one the nearest.

- the leaders of a session a lead-in announces ("kiezen uit vier workshops:" then "1. Samenwerken
  met corporaties – onder leiding van X, directeur bij Y"): each person of the item takes part in the
  session (:func:`graph.extract.events.find_sessions`), and in the event of the title it is part of.

The event of the title frames the document (a line that only names the genre, "UITNODIGING", may
come before it); an event that opens a sentence ("Tijdens de netwerkdag in Zwolle sprak X", "Aan het
rondetafelgesprek namen A en B deel") frames that sentence, and so does one a relative clause of place
follows ("de Woontop, waar A en B …"). An event the sentence before names frames a sentence that refers
back to it by its kind ("… organiseerde een werkconferentie in Tilburg. X, die de dag opende, …"). An
event named in passing is no frame for who speaks. A denied clause ("was niet aanwezig") states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Verslag: Kennisdag 'Groene wijken' in Ede\\n\\nDe dag werd geopend door Eva Smit. "
...         "Onder de deelnemers waren delegaties uit Delft en Breda.\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted(r.subject.text for r in ex.relations if r.rule.startswith("participation."))
['Breda', 'Delft', 'Eva Smit']
"""

from __future__ import annotations

import re

from .committee_headers import COMMITTEE_UNIT_RULE
from .context import DocContext
from .context_discourse import KICKER_LINE
from .events import SESSION_RULE
from .memo_subjects import subject_line_meeting
from .item_events import item_event
from .model import Mention, Sentence
from .pointing_back import one_named_before

__all__ = ["find_event_participants", "lead_meeting", "title_event", "title_unit"]

#: a clause that lists who attended: "Onder de deelnemers waren", "Aanwezig waren", "was … aanwezig"
_ATTENDED = re.compile(r"\b(?:onder\s+de\s+(?:deelnemers|aanwezigen|gasten|bezoekers)\s+(?:waren|was|bevonden\s+zich)|"
                       # a talk show's or podcast's guests: "Aan tafel zitten A, B en C", "X zat aan tafel"
                       r"aan\s+tafel\s+(?:zitten|zaten|zit|zat)|(?:zitten|zaten|zit|zat)\s+(?:[^.,;:]{0,40}?\s)?aan\s+tafel|"
                       r"aanwezig\s+(?:waren|was)|(?:was|waren)\s+(?:[^.,;:]{0,90}?\s)?aanwezig|"
                       # "X schoof aan, evenals Y", "Gedeputeerde X nam namens de provincie deel" (not "deel aan <iets>")
                       r"(?:schoof|schoven|schuift|schuiven)\s+(?:[^.,;:]{0,40}?\s)?aan|"
                       # a past meeting with a delegation: "In de middag sprak de minister met een delegatie van X"
                       r"(?:sprak|spraken|ontmoette|ontmoetten|ontving|ontvingen)\s+(?:[^.,;:]{0,50}?\s)?"
                       r"een\s+delegatie\s+(?:van|uit)|(?:nam|namen|neemt|nemen)\s+(?:[^.,;:]{0,60}?\s)?deel(?!\s+aan\b)|"
                       # a part of the meeting's agenda: "X neemt deel aan agendapunt 2"
                       r"(?:neemt|nemen|nam|namen)\s+(?:[^.,;:]{0,40}?\s)?deel\s+aan\s+(?:het\s+)?agendapunt)\b|"
                       # the attendance line of minutes: "Aanwezig: A (Breda), B (Ede)", "Deelnemers: …"
                       # (a breakout group's: "Aanwezig namens Zwolle, Leeuwarden en Ede; namens de VNG: X"; 44a)
                       r"^\s*(?:aanwezig(?:en)?|aanw\.|deelnemers|sprekers?|panelleden|inleiders?|tafelgasten|gasten|aan\s+tafel)\s*:|"
                       r"^\s*aanwezig\s+namens\s",
                       re.IGNORECASE)
#: what a person does at an event, as its report or programme says
_ACTS = re.compile(
    r"\b(?:opende|opent|openden|geopend\s+door|sprak|spraken|spreekt|vertelde|vertelt|presenteerde|presenteerden|presenteert|"
    r"(?:leidde|leidt|begeleidde|begeleidt|modereerde|modereert)\s+(?:de|het|een)\s+(?:\w+\s+){0,2}?"
    r"(?:sessie|werksessie|workshop|gesprek|discussie|debat|panel|rondetafel)|"
    r"(?:begeleid|gemodereerd|geleid)\s+door|sloot|sluit|reageerde|reageert|"
    # "X schetste de ontwikkelingen", "Daarna liet X zien hoe …", "Moderator X bundelde de vragen"
    r"schetste|schetst|(?:lichtte|lichtten)\s+(?:[^.,;:]{0,90}?\s)?toe|liet(?:en)?\s+(?:[^.,;:]{0,60}?\s)?zien|"
    r"moderator|gespreksleider|"
    # "Daarna gaat X (…) in gesprek met Y": both talk on the stage
    r"(?:gaat|gaan|ging|gingen)\s+(?:[^.;:]{0,120}?\s)?in\s+gesprek\s+met|"
    # a line of the programme: "13.30 Welkom door X", "Opening door dagvoorzitter X", "Afsluiting door X"
    r"(?:welkom|opening|afsluiting|inleiding|presentatie|toelichting)\s+door|"
    r"(?:gastheer|gastvrouw|dagvoorzitter|spreker|sprekers)\s+(?:was|waren|is)|"
    # "nam (X, lector …,) de zaal mee in haar onderzoek": took the audience along, a talk
    r"(?:nam|neemt|namen|nemen)\s+(?:[^.;:]{0,140}?\s)?(?:de\s+zaal|het\s+publiek|de\s+aanwezigen|de\s+toehoorders)\s+mee|"
    r"(?:hield|houdt|gaf|geeft|verzorgde|verzorgt)\s+(?:een|de)\s+(?:\w+\s+)?"
    r"(?:presentatie|toespraak|keynote|lezing|pitch|inleiding|toelichting|workshop))\b", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
#: a plural verb of acting: all the persons of its clause are its subject ("A en B lichtten … toe")
_PLURAL_ACT = re.compile(r"(?:openden|spraken|presenteerden|lichtten|gaat|gaan|ging|gingen)\b", re.IGNORECASE)
_PARTICIPANTS = frozenset({"Municipality", "Organisation", "Ministry", "Province", "Person"})
#: the bodies a line of attendance names as present by "namens" (44a)
_BODIES = _PARTICIPANTS - {"Person"}


#: a line that only names the genre before the title: "UITNODIGING", "VERSLAG", "PERSBERICHT", "Nieuws | 14 juni 2023"
_GENRE_LINE = KICKER_LINE


def title_event(ctx: DocContext) -> Mention | None:
    """The event the document's first line names (after a line that only names the genre)."""
    for first in ctx.sentences[:2]:
        if ctx.text[:first.start].strip() and not _GENRE_LINE.fullmatch(ctx.text, 0, first.start):
            return None
        events = [m for m in ctx.in_sentence(first) if m.type == "Event"]
        if events:
            return events[0]
        if not _GENRE_LINE.fullmatch(first.text):
            return None
    return None


#: the colon after a cue of attendance that opens a list: "schoven vijf bestuurders aan:"
_COLON_LIST = re.compile(r"\s*:\s*")


#: a panel of the programme and who sits in it: "Paneldiscussie met A, B en C", "panel met de steden X en Y"
_PANEL = re.compile(r"\b(?:panel|paneldiscussie|panelgesprek|tafelgesprek|debat)\s+"
                    # its subject between: "Eerste panel over bestaanszekerheid met A, B en C" (round 39a)
                    r"(?:(?:over|rond|op\s+het\s+gebied\s+van)\s+[^.;:,()]{1,60}?\s+)?met\s+", re.IGNORECASE)
#: the attendance line of minutes: "Aanwezig: …", "Aanw.: …", "Aanwezigen: …"
_ATTENDANCE_LINE = re.compile(r"\s*(?:aanwezig(?:en)?|aanw\.)\s*:", re.IGNORECASE)
#: the heading of an attendance list
_ATTENDANCE_SECTION = re.compile(r"(?:aanwezig(?:en)?|deelnemers(?:\s+aan\s+(?:de|het|deze|dit)\s+[\w-]+)?)\s*:?",
                                 re.IGNORECASE)  # "Deelnemers aan de werkconferentie"
#: the heading of the list of who speaks or sits on the panel at an event ("Sprekers", "Panelleden", "Gasten")
_SPEAKERS_SECTION = re.compile(r"(?:(?:de\s+)?(?:sprekers|spreker|gasten|panelleden|panel|inleiders|tafelgasten|aan\s+tafel)"
                               r"(?:\s+en\s+(?:sprekers|gasten|panelleden|inleiders|moderator|dagvoorzitter))?)\s*:?",
                               re.IGNORECASE)
#: the heading of a numbered part of an event's programme over the guests who sit at it: "Blok 1 – Bouwen in de
#: bestaande stad (10.00 - 10.55 uur)", "Ronde 2: Uitvoering", "Tafel 3" (a Kamer's rondetafelgesprek)
_BLOCK_SECTION = re.compile(r"(?:blok|ronde|tafel|gespreksronde)\s+\d{1,2}\b(?:\s*[–—:-]\s*.*)?", re.IGNORECASE)
#: the heading of a delegation's list: "Delegatie G40", "Delegatie van de VNG:", "De delegatie"
_DELEGATION_SECTION = re.compile(r"(?:(?:de\s+)?delegatie)(?:\s+(?:van\s+)?(?:de\s+|het\s+)?[\w-]+(?:\s+[\w-]+){0,3})?\s*:?|"
                                 # the participants of one party: "Deelnemers ministerie van EZ", "Deelnemers namens de G40" (52a)
                                 r"deelnemers\s+(?:namens\s+|vanuit\s+|van\s+)?(?:de\s+|het\s+)?(?:ministerie|gemeente|provincie|G40|VNG)\b[^\n:]{0,60}:?",
                                 re.IGNORECASE)


def lead_meeting(ctx: DocContext) -> Mention | None:
    """The meeting or visit a news item's opening tells of ("Een delegatie van de G40 heeft op 11 maart
    een bestuurlijk overleg gevoerd met minister X"): the frame of who took part, as a title's event is.
    Only an occurrence without a name (an overleg held, a werkbezoek) in the first three sentences after
    the title: a congress named in passing frames nothing. A memo's head names it in its subject line
    ("Betreft: verslag werkbezoek aan Ede", :mod:`graph.extract.memo_subjects`)."""
    for sentence in ctx.sentences[1:4]:
        for m in ctx.in_sentence(sentence):
            if m.type == "Event" and m.rule == "events.unnamed" and m.label.endswith(("overleg", "werkbezoek")):
                return m
    return subject_line_meeting(ctx)


#: an event that opens the sentence as its frame: "Tijdens de netwerkdag in Zwolle sprak …", "Op de
#: Woontop presenteerde …", "Aan het rondetafelgesprek namen A en B deel"
_FRAMING = re.compile(r"\s*(?:Tijdens|Op|Bij|Aan|Ter\s+afsluiting\s+van|Ter\s+opening\s+van)\s+(?:de|het)\s+")
#: taking part, said of a list after a fronted "Aan <event>": "namen A, B en C deel"
_TOOK_PART = re.compile(r"\b(?:namen|nam|nemen|neemt)\s+[^.;:]{1,200}?\bdeel\b", re.IGNORECASE)


def _framing_event(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The event named right after the preposition that opens ``sentence`` ("Tijdens de netwerkdag …"),
    else None: an event named in passing later in the sentence frames nothing.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Tijdens de netwerkdag in Ede sprak wethouder Eva Smit.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule.startswith("participation.")]
    [('Eva Smit', 'netwerkdag')]
    """
    match = _FRAMING.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if match is None:
        return None
    return next((m for m in mentions if m.type == "Event" and m.start == match.end()), None)


def _clause(ctx: DocContext, sentence: Sentence, at: int, end: int) -> tuple[int, int]:
    """The clause around ``at:end``: from the last ";" or ", die" before to the next after."""
    text = ctx.text
    start = max(text.rfind(";", sentence.start, at) + 1, sentence.start)
    stop = len(text)
    for mark in (";", ", die ", ", dat ", ", maar ", ", waar "):
        k = text.find(mark, end, sentence.end)
        if k >= 0:
            stop = min(stop, k)
    return start, min(stop, sentence.end)


#: the genre word of minutes before the body whose meeting they report: "Verslag", "Notulen"
_MINUTES_TITLE = re.compile(r"\s*(?:#+\s*)?(?:verslag|notulen|besluitenlijst|actielijst)\b", re.IGNORECASE)


def title_unit(ctx: DocContext) -> Mention | None:
    """The body whose meeting the minutes report: the unit the title names after "Verslag" or
    "Notulen" ("Verslag G40 Taskforce Arbeidsmarkt", "Notulen overleg werkgroep Dakloosheid"); the
    frame of the attendance list under an "Aanwezig" heading."""
    if not ctx.sentences or not _MINUTES_TITLE.match(ctx.sentences[0].text):
        return None
    # (a council committee's list of those present gives no part in it: a councillor present may stand in for a
    # member; its chair and clerk are read by graph.extract.committee_headers, round 60d)
    return next((m for m in ctx.in_sentence(ctx.sentences[0]) if m.type == "OrganisationalUnit"
                 and m.rule != COMMITTEE_UNIT_RULE), None)


#: a sentence about the event the one before names, by its kind: "X, die de dag opende", "X sloot de bijeenkomst af"
_EVENT_BACK = re.compile(r"\b(?:de|het|deze|dit)\s+(?:dag|middag|ochtend|avond|bijeenkomst|conferentie|werkconferentie|"
                         r"congres|symposium|sessie|webinar|netwerkdag|kennisdag)\b", re.IGNORECASE)
#: a series whose episodes are reported as events are: "Samenvatting podcast 'Stad in Gesprek' - aflevering 7"
_SERIES = re.compile(r"\bpodcast", re.IGNORECASE)


def title_series(ctx: DocContext) -> Mention | None:
    """The podcast series the document's first line names: a summary of one episode tells who took
    part in it as a report of an event does (the series is a programme, so its presenter holds a role
    in it).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Podcast 'Stad in Gesprek', aflevering 3\\n\\nAan tafel zit Eva Smit, wethouder van Ede.\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.label) for r in ex.relations if r.rule.startswith("participation.")]
    [('Eva Smit', 'participatesIn', 'Stad in Gesprek')]
    """
    if not ctx.sentences:
        return None
    return next((m for m in ctx.in_sentence(ctx.sentences[0])
                 if m.type == "Programme" and _SERIES.search(m.text)), None)


#: an episode of a series that opens the sentence: "In de nieuwste aflevering van de (G40-)podcast 'X' …"
_EPISODE = re.compile(r"\s*In\s+(?:de|deze)\s+(?:[\w-]+\s+)?aflevering\s+van\s+(?:de\s+|het\s+)?(?:[\w]+-)?")


def _episode_series(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The podcast series whose episode opens ``sentence``, else None."""
    match = _EPISODE.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if match is None:
        return None
    return next((m for m in mentions if m.start == match.end() and m.type == "Programme" and _SERIES.search(m.text)), None)


#: who leads a talk as its host, right before the name: "presentator Linda Hoekstra", "moderator X"
_HOST = re.compile(r"\b(?P<role>presentator|presentatrice|moderator|gespreksleider|dagvoorzitter)\s+$", re.IGNORECASE)
_HOST_LABELS = {"presentatrice": "presentator"}


#: a record's field line: "Sprekers: …", "Moderator: …"
_FIELD_LINE = re.compile(r"\s*[A-ZÀ-Ý][\w -]{1,30}:\s")


def _record_event(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The event a catalogue record's title line names ("4. Webinar: Circulaire wijken in de praktijk"), for a field
    line of that record ("Sprekers: A, projectleider, gemeente X; B, …"), with only the record's other fields
    between them (round 55e).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Kennisbank\\n\\n4. Webinar: Circulaire wijken in de praktijk\\n\\nSoort: Webinar\\n"
    ...         "Sprekers: Eva Smit, projectleider, gemeente Ede; Jan Kok, adviseur, VNG\\n")
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "participatesIn")
    ['Eva Smit', 'Jan Kok']
    """
    if not _FIELD_LINE.match(ctx.text, ctx.content_start(sentence), sentence.end):
        return None
    titles = [m for m in ctx.mentions if m.rule == "events.colon-title" and m.end <= sentence.start]
    if not titles:
        return None
    lines = ctx.text[ctx.text.find("\n", titles[-1].end) + 1:ctx.content_start(sentence)].split("\n")
    # (only the record's other fields and blank lines between its title and this field)
    return titles[-1] if all(not line.strip() or _FIELD_LINE.match(line) for line in lines) else None


def _hosts(ctx: DocContext, sentence: Sentence, mentions: list[Mention], frame: Mention) -> None:
    """"(gaat) presentator Linda Hoekstra (in gesprek met …)": the host of a series holds that role in
    it; an event holds no roles, so its host takes part in it."""
    for m in mentions:
        if m.type != "Person":
            continue
        match = _HOST.search(ctx.text, max(sentence.start, m.start - 20), m.start)
        if match is None or not ctx.asserted(sentence, match.start(), m.end):
            continue
        if frame.type == "Event":
            ctx.add(m, "participatesIn", frame, sentence, "participation.host", 0.7)
        else:
            role = match.group("role").lower()
            ctx.add(m, "hasRole", frame, sentence, "participation.host", 0.7, role=_HOST_LABELS.get(role, role))


def _session_leads(ctx: DocContext, event: Mention | None) -> None:
    """"1. Samenwerken met corporaties – onder leiding van X, directeur bij Y" (a session announced
    as such, :func:`graph.extract.events.find_sessions`): each person of the item after the dash leads
    the session, and so takes part in it; the bodies they come from do not. A session is part of the
    event the document's title names (the workshops of a conference): its leaders take part in that
    event too.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Verslag werkconferentie Sterke Wijken\\n\\nIn de middag waren er twee workshops:\\n\\n"
    ...         "- Wonen in de wijk – onder leiding van Eva Smit (gemeente Ede)\\n")
    >>> sorted((r.object.text, r.rule) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.subject.text == "Eva Smit" and r.predicate == "participatesIn")
    [('Wonen in de wijk', 'participation.session'), ('werkconferentie Sterke Wijken', 'participation.session-event')]
    """
    for session in (m for m in ctx.mentions if m.rule == SESSION_RULE):
        sentence = ctx.sentence_at(session.start)
        if sentence is None or _DENIED.search(ctx.text, session.end, sentence.end):
            continue
        for m in ctx.in_sentence(sentence):
            if m.type == "Person" and m.start > session.end:
                ctx.add(m, "participatesIn", session, sentence, "participation.session", 0.7)
                if event is not None and event.label != session.label:
                    ctx.add(m, "participatesIn", event, sentence, "participation.session-event", 0.7)


def find_event_participants(ctx: DocContext) -> None:
    """Add who took part in the event the document's title names, or the one that opens a sentence.

    Minutes of a unit's meeting ("Verslag Taskforce X") list who attended under a heading "Aanwezig":
    each person there takes part in the unit; those under "Afwezig (met kennisgeving)" do not.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Verslag werkgroep Dakloosheid\\n\\nAanwezig\\n\\n- Eva Smit (Breda)\\n\\n"
    ...         "Afwezig\\n\\n- Jan Kok (Ede)\\n")
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn"]
    [('Eva Smit', 'werkgroep Dakloosheid')]
    """
    _session_leads(ctx, title_event(ctx))
    title = title_event(ctx) or lead_meeting(ctx) or title_series(ctx)
    unit = title_unit(ctx)
    attended = title or unit
    leads = _list_leads(ctx) if attended is not None else {}
    for k, sentence in enumerate(ctx.sentences):
        if sentence.is_heading:
            continue
        mentions = ctx.in_sentence(sentence)
        if not any(m.type in _PARTICIPANTS for m in mentions):
            continue
        if sentence.bullet_list is not None and _attendance_list(leads.get(sentence.bullet_list), sentence, title):
            # "Aanwezig:" over a list of who attended a unit's meeting or an event; "Sprekers" over those who
            # spoke at an event: each person of the item (the places and bodies say where they come from);
            # "Aan tafel:" under a programme item "11:15 Rondetafelgesprek X": the item's event (52a)
            at = item_event(ctx, leads.get(sentence.bullet_list)) or attended
            for m in mentions:
                if m.type == "Person":
                    ctx.add(m, "participatesIn", at, sentence, "participation.attended", 0.7)
            continue
        if unit is not None and k > 0 and _ATTENDANCE_LINE.match(sentence.text):
            # the attendance line of a unit's minutes: "Aanw.: A (Zoetermeer, vz), B (Leiden)" (also when
            # the title names the unit's meeting: "Notulen ambtelijk overleg themagroep X")
            for m in mentions:
                if m.type == "Person":
                    ctx.add(m, "participatesIn", unit, sentence, "participation.attended", 0.7)
            continue
        if attended is not None and k > 0 and _ATTENDANCE_SECTION.fullmatch((sentence.section or "").strip()):
            # the lines under a heading "Aanwezig": "Namens de G40: A (…), B (…)" (a unit's minutes:
            # see cards.py, the attendance of a unit)
            for m in mentions:
                if m.type == "Person":
                    ctx.add(m, "participatesIn", attended, sentence, "participation.attended", 0.7)
            continue
        if title is not None and k > 0 and sentence.bullet_list is not None \
                and _DELEGATION_SECTION.fullmatch((sentence.section or "").strip()):
            # the list under a heading "Delegatie G40" of an invitation or report: the delegation attends
            for m in mentions:
                if m.type == "Person":
                    ctx.add(m, "participatesIn", title, sentence, "participation.delegation", 0.7)
            continue
        if title is not None and " tussen " in sentence.text:
            _between_parties(ctx, sentence, mentions, title)
        has_event = any(m.type == "Event" for m in mentions)
        if has_event and ", waar " in sentence.text:
            _where_clause(ctx, sentence, mentions)
        episode = _episode_series(ctx, sentence, mentions) if "aflevering" in sentence.text else None
        if episode is not None:
            # "In de nieuwste aflevering van de G40-podcast 'X' praat A met B": who is named talks in it
            _hosts(ctx, sentence, mentions, episode)
            if not _DENIED.search(sentence.text):
                for m in mentions:
                    if m.type == "Person" and m.start > episode.end:
                        ctx.add(m, "participatesIn", episode, sentence, "participation.episode", 0.65)
            continue
        framing = _framing_event(ctx, sentence, mentions) if has_event else None
        if framing is not None:
            _took_part(ctx, sentence, mentions, framing)
            if ctx.text[ctx.content_start(sentence):framing.start].strip().lower().startswith("aan"):
                _listed_took_part(ctx, sentence, mentions, framing)
        elif title is not None and k > 0:
            _took_part(ctx, sentence, mentions, title)
            _hosts(ctx, sentence, mentions, title)
        elif (record := _record_event(ctx, sentence)) is not None:
            _took_part(ctx, sentence, mentions, record)  # "4. Webinar: X" / … / "Sprekers: A, …; B, …"
        elif not has_event and _EVENT_BACK.search(sentence.text):
            named = one_named_before(ctx, sentence, types=("Event",))
            if named is not None:  # "… organiseerde een werkconferentie in Tilburg. X opende de dag."
                _took_part(ctx, sentence, mentions, named)


def _list_leads(ctx: DocContext) -> dict[int, Sentence]:
    """The lead-in of each bullet list: the line right before its first item, if it is no heading or item."""
    leads: dict[int, Sentence] = {}
    previous = None
    for sentence in ctx.sentences:
        if sentence.bullet_list is not None and sentence.bullet_list not in leads and previous is not None \
                and previous.bullet_list is None and not previous.is_heading:
            leads[sentence.bullet_list] = previous
        previous = sentence
    return leads


def _attendance_list(lead: Sentence | None, item: Sentence, event: Mention | None) -> bool:
    """Whether the bullet list of ``item`` lists who attended: its lead-in line is "Aanwezig:" (or, at an
    event, "Sprekers:"), or, at an event, its heading is "Sprekers", "Panelleden" or "Gasten", or a numbered
    block of the programme ("Blok 1 – Bouwen in de stad"; an "Aanwezig" heading is read by the caller)."""
    if lead is not None and event is not None and _BLOCK_SECTION.fullmatch(lead.text.strip()):
        return True  # "Blok 1 – Bouwen in de stad (10.00 - 10.55 uur)" as a line of its own over the block's guests
    if lead is not None and lead.text.rstrip().endswith(":"):
        label = lead.text.strip()
        if _ATTENDANCE_SECTION.fullmatch(label) is not None or (
                event is not None and _SPEAKERS_SECTION.fullmatch(label) is not None):
            return True
    # under the heading, right after it or after a lead-in that denies nothing ("De volgende sprekers hebben toegezegd:");
    # a block of a rondetafelgesprek's programme: its guests ("Blok 1 – Bouwen in de bestaande stad")
    section = (item.section or "").strip()
    return event is not None and (_SPEAKERS_SECTION.fullmatch(section) or _BLOCK_SECTION.fullmatch(section)) is not None \
        and (lead is None or (lead.text.rstrip().endswith(":") and not _DENIED.search(lead.text)
                              and lead.section_start == item.section_start))


#: a relative clause of place right after an event: "de Woontop (van 2024), waar A, B en C …"
_WHERE = re.compile(r"(?:\s+(?:van|in)\s+[\w-]+)?,\s+waar\s+(?:(?:de|het)\s+)?")


def _where_clause(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"… bouwt voort op de Woontop van 2024, waar IPO, VNG en G40 gezamenlijk optrokken": the actors
    that open the clause after "waar" took part in the event (not in a denied clause)."""
    for event in (m for m in mentions if m.type == "Event"):
        match = _WHERE.match(ctx.text, event.end, sentence.end)
        if match is None:
            continue
        actors = ctx.list_after(match.end(), sentence.end, types=_PARTICIPANTS)
        if not actors or actors[0].start != match.end():
            continue
        start, end = _clause(ctx, sentence, match.end(), actors[-1].end)
        if _DENIED.search(ctx.text, match.end(), end):
            continue
        for actor in actors:
            ctx.add(actor, "participatesIn", event, sentence, "participation.where", 0.65)


#: a clause about what a pronominal adverb points to: "Daarin/Daaraan/Hierin/Waarin …"
_POINTS_ELSEWHERE = re.compile(r"\s*(?:[Dd]aar|[Hh]ier|[Ww]aar)(?:in|aan|bij|voor)\b")


#: a meeting named by its parties: "(de agenda voor) het bestuurlijk overleg tussen X en Y"
_MEETING_BETWEEN = re.compile(r"\b(?:het|dit|een|het\s+eerste)\s+(?:(?:bestuurlijk|ambtelijk|jaarlijks|halfjaarlijks)e?\s+)?"
                              r"(?P<kind>overleg|gesprek|werkbezoek|bijeenkomst)\s+tussen\s+", re.IGNORECASE)
#: the head of a party: "(het) Stedennetwerk", "de minister van", "het ministerie van", "de gemeente"
_PARTY_HEAD = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:minister|staatssecretaris|ministerie|gemeente|provincie|college\s+van)"
                         r"(?:\s+van)?\s+)?", re.IGNORECASE)
_PARTY_JOIN = re.compile(r"\s*(?:,|en)\s+")


def _between_parties(ctx: DocContext, sentence: Sentence, mentions: list[Mention], title: Mention) -> None:
    """"Hierbij ontvangt u de agenda voor het bestuurlijk overleg tussen de G40 en de minister van SZW":
    in a document about that meeting (its title names it), each party takes part in it. A denied or
    planned clause states nothing.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_the_parties_of_a_meeting_between_them_take_part_in_it)
    """
    for match in _MEETING_BETWEEN.finditer(ctx.text, sentence.start, sentence.end):
        if not title.label.lower().endswith(match.group("kind").lower()) or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        parties, position = [], match.end()
        for m in (m for m in mentions if m.start >= match.end()):
            head = _PARTY_HEAD.fullmatch(ctx.text, position, m.start) if not parties else None
            join = _PARTY_JOIN.match(ctx.text, position) if parties else None
            if parties and (join is None or not _PARTY_HEAD.fullmatch(ctx.text, join.end(), m.start)):
                break
            if (head is None and not parties) or m.type not in _PARTICIPANTS - {"Person"}:
                break
            parties.append(m)
            position = m.end
        if len(parties) >= 2:
            for party in parties:
                ctx.add(party, "participatesIn", title, sentence, "participation.overleg-tussen", 0.7)


def _listed_took_part(ctx: DocContext, sentence: Sentence, mentions: list[Mention], event: Mention) -> None:
    """"Aan het rondetafelgesprek namen A, B en C deel": each actor and person of the clause."""
    for match in _TOOK_PART.finditer(ctx.text, event.end, sentence.end):
        start, end = _clause(ctx, sentence, match.start(), match.end())
        if _DENIED.search(ctx.text, start, end):
            continue
        for m in mentions:
            if match.start() <= m.start < match.end() and m.type in _PARTICIPANTS:
                ctx.add(m, "participatesIn", event, sentence, "participation.attended", 0.7)


#: "namens" and the bodies after it, to the end of its part of the line: "namens Zwolle, Leeuwarden en Ede;"
_ON_BEHALF = re.compile(r"\bnamens\s+(?:de\s+|het\s+)?")


def _present_for(ctx: DocContext, sentence: Sentence, at: int, event: Mention) -> None:
    """The bodies an attendance line opening at ``at`` says were present ("Aanwezig namens Zwolle, Leeuwarden
    en Ede; namens de VNG: Hidde Bakker"): each participatesIn the event (44a). A person's place alone is
    not its town's presence ("Aanwezig: Eva Smit (Breda)"), nor is "X van het Nibud".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Verslag werksessie 'Samen Sterk'\\n\\nAanwezig namens Ede en Breda; namens de VNG: Eva Smit.\\n"
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "participatesIn" and r.subject.type != "Person")
    ['Breda', 'Ede', 'VNG']
    """
    if not re.match(r"\s*aanwezig\s+namens\s", ctx.text[at:at + 20], re.IGNORECASE):
        return
    for on_behalf in _ON_BEHALF.finditer(ctx.text, at, sentence.end):
        stop = re.compile(r"[;:]").search(ctx.text, on_behalf.end(), sentence.end)
        for m in ctx.list_after(on_behalf.end(), stop.start() if stop else sentence.end, types=_BODIES):
            ctx.add(m, "participatesIn", event, sentence, "participation.present-for", 0.7)


def _took_part(ctx: DocContext, sentence: Sentence, mentions: list[Mention], event: Mention) -> None:
    """Who ``sentence`` says attended ``event`` or acted at it (not in a denied clause)."""
    for match in _ATTENDED.finditer(sentence.text):
        a, b = sentence.start + match.start(), sentence.start + match.end()
        colon = _COLON_LIST.match(ctx.text, b)
        listed = b if match.group().endswith(":") else colon.end() if colon else None
        if listed is not None and not _DENIED.search(ctx.text, sentence.start, b):
            # "Aanwezig: A (VRO), B (Breda)", "Namens de G40 schoven vijf bestuurders aan: A van Dordrecht,
            # die …, B (Helmond) en C": the persons of the whole list (its places say where they come from)
            for m in mentions:
                if m.start >= listed and m.type == "Person":
                    ctx.add(m, "participatesIn", event, sentence, "participation.attended", 0.7)
            continue
        guests = [m for m in mentions if m.start >= b and m.type == "Person"]
        if guests and not ctx.text[ctx.content_start(sentence):a].strip() and not _DENIED.search(sentence.text):
            # the cue opens the sentence, so all of the rest is who attended, however long the list: "Aan
            # tafel zitten A, wethouder van X; B, directeur van Y; en C" (its places and bodies say where
            # the persons come from)
            for m in guests:
                ctx.add(m, "participatesIn", event, sentence, "participation.attended", 0.7)
            _present_for(ctx, sentence, a, event)
            continue
        start, end = _clause(ctx, sentence, a, b)
        if _DENIED.search(ctx.text, start, end) or _POINTS_ELSEWHERE.match(ctx.text, start, a):
            continue  # "Daarin nemen ook de VNG en het IPO deel": in what "daarin" points to, not the event
        for m in mentions:
            if start <= m.start < end and m.type in _PARTICIPANTS and m.label != event.label:
                ctx.add(m, "participatesIn", event, sentence, "participation.attended", 0.7)
    for match in _PANEL.finditer(sentence.text):
        b = sentence.start + match.end()
        if _DENIED.search(ctx.text, sentence.start, sentence.end):
            continue
        # a person's place in brackets is where they come from: "wethouder X (Schiedam)" (round 39a)
        places = [span for span in (ctx.bracket_after(m) for m in mentions if m.type == "Person" and m.start >= b) if span]
        for m in mentions:  # "16.30 Paneldiscussie met A, B en C", "Afsluitend panel met de steden X en Y"
            if m.start >= b and m.type in _PARTICIPANTS and m.label != event.label \
                    and not any(start <= m.start < end for start, end in places):
                ctx.add(m, "participatesIn", event, sentence, "participation.panel", 0.7)
    for match in _ACTS.finditer(sentence.text):
        a, b = sentence.start + match.start(), sentence.start + match.end()
        start, end = _clause(ctx, sentence, a, b)
        if _DENIED.search(ctx.text, start, end):
            continue
        persons = [m for m in mentions if m.type == "Person" and start <= m.start < end]
        if not persons:
            continue
        if _PLURAL_ACT.match(match.group()):
            acting = persons  # "Tijdens het webinar lichtten A en B de plannen toe": each of them
        else:
            acting = [min(persons, key=lambda m: a - m.end if m.end <= a else m.start - b)]
        for person in acting:
            ctx.add(person, "participatesIn", event, sentence, "participation.acted", 0.65)
