"""Cards: "label: value" lines of a factsheet, project card or bullet item.

A Dutch factsheet states its facts as fields: the label names the predicate or role, the value
names the object, and the subject is what the card is about: the unit or programme at the start
of the bullet item, else the one the section heading (or the document's title) names.

=============================================  ================================================
label                                          fact
=============================================  ================================================
Penvoerder, Trekker, Kartrekker, Coördinator   <subject> ledBy <organisation in the value>
Trekker, Voorzitter, Programmadirecteur …      <person in the value> hasRole <subject> (role)
Voorzitter stuurgroep, Secretaris bestuur      the same: the role in the subject's own body
Partners, Deelnemers, Deelnemende gemeenten …  <each actor in the value> participatesIn <subject>
Initiatiefnemer(s)                             <each actor in the value> initiated <subject>
Organisator(en), Organisatie (of an event)     <each actor in the value> organised <event>
=============================================  ================================================

A label that names nothing of these ("Datum:", "Looptijd:", "Locatie:") states no fact, nor does a
former or intended holder ("Voormalig voorzitter:", "Beoogde partners:"). An item that names no unit
or programme at its start ("Slimme inkoop – … Trekker: gemeente X") and a section headed by a
body it does not name ("Stuurgroep") are about something unnamed: nothing is said of the
document's subject. Minutes of one organisation's board ("Verslag vergadering bestuur VNG") give
their "Voorzitter:"/"Secretaris:" field to that organisation.

The lead field is also written as a sentence: "De gemeente Delft is penvoerder (van de City Deal
X)" (:func:`find_stated_leads`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Factsheet City Deal Slimme Wijk\\n\\nPenvoerder: gemeente Breda\\nPartners: Tilburg en de VNG\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("cards."))
[('City Deal Slimme Wijk', 'ledBy', 'Breda'), ('Tilburg', 'participatesIn', 'City Deal Slimme Wijk'), \
('VNG', 'participatesIn', 'City Deal Slimme Wijk')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import ACTORS, DocContext
from .context_discourse import event_of_title
from .lexicon import load_lexicon
from .mail import messages
from .member_headings import programme_named_before
from .model import Mention, Sentence
from .roles import role_of, role_pattern
from .subjects import coordinated
from .workspace_pages import workspace_team

__all__ = ["find_cards", "find_stated_leads", "card_subject", "value_list"]

_LEAD = r"penvoerders?|kartrekkers?|trekkers?|trekkende\s+(?:gemeente|partij|organisatie)|co[öo]rdinatoren|co[öo]rdinator|" \
        r"projectleiding"
_PARTNERS = (r"(?:samenwerkings|consortium|project|kennis|uitvoerings)?partners?|deelnemers|"
             r"(?:co|mede)?financiers|co-?financiering|medefinanciering|financiering\s+door|deelnemende\s+(?:[\w]+-)?(?:gemeenten|steden|"
             r"partijen|organisaties|partners|provincies)|betrokken\s+(?:partijen|organisaties|gemeenten|steden|partners)|"
             r"aangesloten\s+(?:gemeenten|steden|partijen|organisaties)|(?:mede-?)?ondertekenaars|leden")
_INITIATORS = r"initiatiefnemers?|op\s+initiatief\s+van"
#: the keys of a key-value table's row that name who take part, beside the field labels: "| Pilotsteden |",
#: "| Financiering |" (its value's actors fund the programme: they take part in it)
_PARTNER_ROWS = r"pilot(?:steden|gemeenten)|proeftuin(?:steden|gemeenten)|financiering|financiers?"
_ORGANISERS = r"organisatoren|organisator|organisatie|georganiseerd\s+door"
#: whose contact a contact field names, after its label: "Contactpersoon G40:", "Aanspreekpunt namens de VNG:"
_FOR_WHOM = r"(?:\s+(?:namens\s+|voor\s+|van\s+)?(?:de\s+|het\s+)?(?-i:[A-Z][\w-]*))?"
#: the label of a field, at the start of a line (after its bullet: "• Deelnemende gemeenten:", as an HTML
#: list item reads) or after the dash that follows an item's name
_FIELD = re.compile(
    r"(?:^|(?<=\s[–—-]\s)|(?<=[;.]\s)|(?<=[•·▪]\s))(?P<prefix>(?:[A-Za-zÀ-ÿ-]+\s+){0,2}?)"
    r"(?P<label>" + "|".join((_LEAD, _PARTNERS, _INITIATORS, _ORGANISERS)) +
    r"|(?:bestuurlijk\s+|ambtelijk\s+)?(?:vice-?)?voorzitters?|secretaris|programmamanager|projectleider|"
    r"kwartiermaker|penningmeester|(?:plaatsvervangend\s+)?(?:programma|project)directeur|programmaleider|projectmanager|"
    r"(?:bestuurlijk|ambtelijk)\s+opdrachtgever|(?:contactpersoon|aanspreekpunt)" + _FOR_WHOM + "|"
    r"(?:(?:vice-?)?voorzitter|secretaris)\s+(?:stuurgroep|bestuur|jury|programmaraad|regiegroep|kerngroep)|"
    r"onderdeel\s+van|valt\s+onder|aanwezig|aanwezigen|aanw\.)"
    r"(?:\s+(?:in|tijdens)\s+(?:de|het)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ-]*(?:fase|ronde|tranche))?"  # "Deelnemende steden in de pilotfase:"
    r"\s*:\s*", re.IGNORECASE | re.MULTILINE)
_KINDS = [("lead", re.compile(_LEAD, re.IGNORECASE)), ("partners", re.compile(_PARTNERS, re.IGNORECASE)),
          ("contact", re.compile(r"(?:contactpersoon|aanspreekpunt)(?:\s+(?:namens|voor|van|de|het|[\w-]+)){0,3}",
                                 re.IGNORECASE)),
          ("parent", re.compile(r"onderdeel\s+van|valt\s+onder", re.IGNORECASE)),
          ("present", re.compile(r"aanwezig|aanwezigen", re.IGNORECASE)),
          ("initiators", re.compile(_INITIATORS, re.IGNORECASE)), ("organisers", re.compile(_ORGANISERS, re.IGNORECASE))]
#: words before a label that make the field no statement of the present ("Voormalig voorzitter:"), or
#: make the label part of a phrase ("Vragen aan de voorzitter:", "Brief van de secretaris:")
_NOT_NOW = re.compile(r"\b(?:voormalig|voormalige|oud|ex|vorige|eerdere|beoogde|beoogd|mogelijke|potentiële|kandidaat|"
                      r"niet|nieuwe\s+kandidaat)\b"
                      r"|\b(?:aan|van|de|het|een|voor|door|met|bij|namens|over|naar|zoekt|gezocht)\b",  # "Vragen aan de voorzitter:"
                      re.IGNORECASE)
#: what joins the members of a value's list: a comma, "en", "&", "/" and an article or a kind word, singular
#: or plural ("de gemeenten A en B")
_GLUE = re.compile(r"\s*(?:,|;|\ben\b|&|/|\bsamen\s+met\b)?\s*(?:(?:de|het)\s+)?(?:(?:gemeenten?|provincies?|ministerie\s+van|"
                   r"ministeries\s+van|steden|(?:woning)?corporaties?|stichting)\s+)?"
                   r"(?:(?:dhr|mevr|mw|drs|dr|ir|mr|prof|ing)\.\s*|(?:de\s+heer|mevrouw)\s+)*", re.IGNORECASE)
#: a modifier of the member before it: "Themagroep X van de G40", "directeur bij IenW"
_MODIFIER = re.compile(r"\s*(?:van|bij|uit|in)\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?", re.IGNORECASE)
#: where a field's value ends inside its sentence: a dash before the next field, a semicolon
_VALUE_END = re.compile(r"\s[–—]\s|;")
#: a name that runs on with "van" and a capitalised word: "Hogeschool van X", "Universiteit van Y"
_NAME_GOES_ON = re.compile(r"\s+van\s+[A-Z]")
_BRACKET = re.compile(r"\s*\([^()]{0,80}\)")
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
#: the subject's own body after a role label ("Voorzitter stuurgroep:" in an infobox of a City Deal): the
#: role is held in the subject (the programme its stuurgroep steers)
_OWN_BODY = re.compile(r"\s+(?:stuurgroep|bestuur|jury|programmaraad|regiegroep|kerngroep)$", re.IGNORECASE)


def _kind(label: str) -> str:
    low = " ".join(label.lower().split())
    for kind, pattern in _KINDS:
        if pattern.fullmatch(low):
            return kind
    return "role"


def card_subject(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """What a field at offset ``at`` of ``sentence`` is about: the unit or programme opening its
    bullet item, else (for a field that opens its line outside an item, or opens the item) the
    one the section heading or the document's title names."""
    if sentence.bullet_list is not None:
        item = ctx.item_unit(sentence)
        if item is not None:
            return item if item.start < at else None
        if not (sentence.item_start and at - ctx.content_start(sentence) <= 1):
            return None  # an item about something unnamed
    elif at - ctx.content_start(sentence) > 1:
        return None
    found = ctx.section_entity(sentence) or workspace_team(ctx)  # a workspace page: its "Team:" line's team (59r)
    if _unnamed_body(ctx, sentence) and (found is None or found.type != "OrganisationalUnit"):
        return None  # "Samenstelling stuurgroep": a body of the programme, not named
    if (found is None or not _in_heading(ctx, sentence, found)) and _unrecognised_name_heading(ctx, sentence):
        return None  # "### Buurtbanen Almere" in an overview of a fund's projects: the project's partners, not the fund's
    if found is None and sentence.section_start is None:
        found = ctx.title_programme
    if found is None:
        found = _title_thing(ctx)
    if found is None and sentence.section_start in (None, ctx.sentences[0].start):
        # "BESLUITENLIJST PIJLERVERGADERING ECONOMIE EN WERK" / "Voorzitter: X": the unit its title names,
        # as "de pijler" in the text resolved it (see graph.extract.references)
        found = next((m for m in ctx.mentions if m.rule == "references.title-unit"), None)
    return found if found is not None and found.type in _THINGS else None


def _item_above(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one unit, programme or event named by the bullet item whose lines ``sentence`` continues:
    an agenda's item "• Toetreding City Deal X" with its fields on the lines below it ("Partners: …",
    as an HTML item broken by ``<br>`` reads), before the next item or heading. Not when an item before
    it in its list names one too (the lines after a list of programmes are no item's), nor when the item is
    a field itself ("• Secretaris: X (G40-bureau)").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Commissie Wonen\\n\\n• Opening\\n\\n• Toetreding City Deal Zon\\n\\n"
    ...         "Partners: Breda en Ede\\n\\n• Rondvraag\\n")
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "cards.partners")
    [('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon')]
    """
    k = ctx.position.get(sentence)
    if k is None:
        return None
    for s in reversed(ctx.sentences[max(0, k - 8):k]):
        if s.is_heading:
            return None
        if s.bullet_list is None:
            continue
        if not s.item_start:
            return None
        named = [m for m in ctx.in_sentence(s) if m.type in _THINGS]
        if len(named) != 1 or ":" in ctx.text[s.start:named[0].start] or "(" in ctx.text[s.start:named[0].start] or any(
                t.bullet_list == s.bullet_list and t.item_start and t.start < s.start
                and any(m.type in _THINGS for m in ctx.in_sentence(t)) for t in ctx.sentences[max(0, k - 30):k]):
            return None
        return named[0]
    return None


#: a capitalised word after a heading's first word: "Buurtbanen Almere", "Project Groene Wijk"
_NAME_WORD = re.compile(r"\s(?:[\"'“‘„]|(?-i:[A-ZÀ-Ý]))")


def _in_heading(ctx: DocContext, sentence: Sentence, found: Mention) -> bool:
    """Whether ``found`` is named in the heading of ``sentence``'s section."""
    heading = ctx.sentence_at(sentence.section_start) if sentence.section_start is not None else None
    return heading is not None and heading.start <= found.start < heading.end


def _unrecognised_name_heading(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether the heading of ``sentence``'s section (not the document's title) names something by a
    name of its own that is no unit or programme it recognised ("### Buurtbanen Almere", "## Project
    Groene Wijk"): the section's fields describe that, not the title's programme. A heading of common
    words ("In het kort", "Wie doen er mee?") names nothing.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Regeling Wijkkracht\\n\\nDe regeling steunt wijken.\\n\\nGroene Schoolpleinen Noord\\n\\nPartners: Breda en de VNG\\n"
    >>> [r for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "participatesIn"]
    []
    """
    if sentence.section_start is None or not ctx.sentences or sentence.section_start == ctx.sentences[0].start:
        return False
    heading = ctx.sentence_at(sentence.section_start)
    if heading is None or not heading.is_heading or ctx.position.get(heading, 0) <= 1:
        return False  # the title, or the line under it ("Programmapagina G40 – laatst gewijzigd …")
    words = ctx.text[heading.start:heading.end].lstrip("#*0123456789. \t")
    return _NAME_WORD.search(words) is not None


def _unnamed_body(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether the heading of ``sentence``'s section speaks of a body it does not name
    ("Stuurgroep", "Samenstelling werkgroep"): what the section lists belongs to that body."""
    if sentence.section_start is None or sentence.section_start == sentence.start:
        return False
    heading = ctx.sentence_at(sentence.section_start)
    if heading is None or not heading.is_heading or ctx.in_sentence(heading):
        return False
    words = set(re.findall(r"[a-zà-ÿ]+", heading.text.lower()))
    return bool(words & _body_words())


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The words for bodies ("stuurgroep", "werkgroep", "kernteam" …) and "bestuur"."""
    return frozenset(w for w in load_lexicon().unit_kinds if " " not in w) | {"bestuur"}


def _title_organisation(ctx: DocContext) -> Mention | None:
    """The one organisation the document's title names, when it names no unit or programme: the
    body whose meeting the minutes record ("Verslag vergadering bestuur VNG"); the one unit of it the
    heading line right below names, if any ("Tweede Kamer" / "Vaste commissie voor Wonen")."""
    title = ctx.sentences[0] if ctx.sentences and ctx.sentences[0].is_heading else None
    if title is None:
        return None
    named = ctx.in_sentence(title)
    if any(m.type in _THINGS for m in named):
        return None
    organisations = [m for m in named if m.type == "Organisation"]
    if len(organisations) != 1 or len({m.label for m in named}) != 1:
        return None
    below = ctx.sentences[1] if len(ctx.sentences) > 1 else None
    if below is not None and below.is_heading and "\n\n" not in ctx.text[title.end:below.start]:
        # "TWEEDE KAMER DER STATEN-GENERAAL" / "Vaste commissie voor …": the body of it the line below names
        units = {m.label: m for m in ctx.in_sentence(below) if m.type == "OrganisationalUnit"}
        if len(units) == 1:
            return next(iter(units.values()))
    return organisations[0]


def _title_line(ctx: DocContext) -> Sentence | None:
    """The document's title: its first line when that is a heading, or in a mail (a newsletter sent as
    one) the first heading after the header block ("Van: …", "Aan: …", "Onderwerp: …").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Van: Secretariaat Taskforce Zorg <tf@g40.nl>\\nAan: leden Taskforce Zorg\\nOnderwerp: Nieuwsbrief\\n\\n"
    ...         "Nieuwsbrief G40 Taskforce Zorg\\n\\nBeste leden,\\n\\nNieuwe leden\\n\\n- Eva Smit, wethouder, Ede\\n")
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "participatesIn"]
    [('Eva Smit', 'Taskforce Zorg')]
    """
    if not ctx.sentences:
        return None
    if ctx.sentences[0].is_heading:
        return ctx.sentences[0]
    mail = messages(ctx)
    if not mail or ctx.text[:mail[0].start].count("\n") > 8:
        return None  # no mail, or a mail whose header block is not where the document opens
    return next((s for s in ctx.sentences[:12] if s.start >= mail[0].start and s.is_heading), None)


def _title_thing(ctx: DocContext) -> Mention | None:
    """The unit or programme the document's title names when the others it names are inside it
    ("Stuurgroep Regio Deal X": the stuurgroep, not the Regio Deal in its name)."""
    title = _title_line(ctx)
    if title is None:
        return None
    things = [m for m in ctx.in_sentence(title) if m.type in _THINGS]
    if things and event_of_title(ctx.text, title.start, things[0]):
        return None  # "Draaiboek Netwerkdag Pijler Sociaal Domein": the pijler's day, not the pijler (round 56r)
    if things and all(things[0].start <= m.start and m.end <= things[0].end for m in things):
        return things[0]
    # a web page's title "Partnerschap X – EU Urban Agenda | Agenda Stad": the page's subject, then the section and
    # the site after their separators (round 50a)
    separator = _PAGE_TITLE_SEPARATOR.search(ctx.text, title.start, title.end)
    if things and separator is not None and things[0].end <= separator.start() \
            and not [m for m in things[1:] if m.start < separator.start()]:
        return things[0]
    return None


#: between a web page's subject and its section or site in its title: " – ", " | ", " - "
_PAGE_TITLE_SEPARATOR = re.compile(r"\s[–—|-]\s")


def value_list(ctx: DocContext, start: int, end: int, *, types=ACTORS | {"Person"}) -> list[Mention]:
    """The members of the list that fills ``start:end`` ("A, B en de gemeente C"); a member's
    modifier ("Themagroep X van de G40") and bracket ("(IenW)") are skipped.

    >>> from .model import Mention
    >>> text = "Tilburg, Breda en de VNG"
    >>> ms = [Mention(0, 7, "Tilburg", "Municipality", "", 1.0), Mention(9, 14, "Breda", "Municipality", "", 1.0),
    ...       Mention(21, 24, "VNG", "Organisation", "", 1.0)]
    >>> [m.text for m in value_list(DocContext("d", text, [], ms), 0, len(text))]
    ['Tilburg', 'Breda', 'VNG']
    """
    out: list[Mention] = []
    names = [(m.start, m.end) for m in ctx.in_span(start, end)]
    for a, b in _chunks(ctx.text, start, end, names):
        out.extend(_chunk_members(ctx, a, b, types))
    return out


def _chunks(text: str, start: int, end: int, names: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The stretches of ``start:end`` between commas and semicolons outside brackets and outside the
    ``names`` found there ("ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur" is one).

    >>> _chunks("A, B", 0, 4), _chunks("A, B", 0, 4, [(0, 4)])
    ([(0, 1), (2, 4)], [(0, 4)])
    """
    spans, depth, begin = [], 0, start
    for k in range(start, end):
        c = text[k]
        if any(a < k < b for a, b in names):
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in ",;" and depth == 0:
            spans.append((begin, k))
            begin = k + 1
    spans.append((begin, end))
    return spans


def _chunk_members(ctx: DocContext, start: int, end: int, types) -> list[Mention]:
    """The members of one stretch of a list: "A", "B en de gemeente C", "Themagroep X van de G40"."""
    out: list[Mention] = []
    position = start
    modifier = False
    for m in ctx.in_span(start, end):
        if m.start < position:
            continue
        gap = ctx.text[position:m.start]
        if out and gap == "-" and m.rule == "units.body" and m.label.startswith(f"{out[-1].text}-") and m.type in types:
            out[-1] = m  # "G40-bureau": the organisation's bureau, not the organisation (round 56r)
        elif out and _MODIFIER.fullmatch(gap):
            modifier = True  # "van de G40": part of the member before
        elif modifier and re.fullmatch(r"\s*en\s*", gap) and m.type in ("Municipality", "Province"):
            pass  # "Hogeschool van Breda en Tilburg": still the modifier
        elif _GLUE.fullmatch(gap) or (m.type == "Person" and _role_before(gap)):
            modifier = False
            if m.type not in types:
                return out
            if m.type != "Person" and not m.key and _NAME_GOES_ON.match(ctx.text, m.end, end):
                return out  # "Hogeschool van Breda en Tilburg": a longer name than the one found
            out.append(m)
        else:
            return out
        position = m.end
        bracket = _BRACKET.match(ctx.text, position, end)
        if bracket:
            position = bracket.end()
    return out


def _role_before(gap: str) -> bool:
    """Whether ``gap`` is a role word before a person: "(voorzitter:) burgemeester X", ", wethouder Y"."""
    words = re.sub(r"^\s*(?:,|en)?\s*(?:de\s+)?", "", gap).strip()
    words = _TITLES_AFTER.sub("", words)  # "wethouder drs. X": the academic title before the name
    return bool(words) and role_pattern().fullmatch(words) is not None


#: academic and courtesy titles between a role word and the name: "wethouder drs. X", "directeur mr. dr. Y"
_TITLES_AFTER = re.compile(r"(?:\s+(?:drs|dr|ir|mr|prof|ing|dhr|mevr|mw)\.)+$", re.IGNORECASE)


def find_cards(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the facts of the "label: value" fields in ``sentence``, and of a key-value table's row
    ("| **Pilotsteden** | Breda, Ede en Zwolle |")."""
    if not mentions:
        return
    if sentence.text.startswith("|"):
        _row_field(ctx, sentence)
        return
    if ":" not in sentence.text:
        return
    for match in _FIELD.finditer(ctx.text, sentence.start, sentence.end):
        if _NOT_NOW.search(match.group("prefix")):
            continue  # "Voormalig voorzitter:", "Beoogde partners:": not who holds it now
        subject = (_item_above(ctx, sentence) if sentence.bullet_list is None
                   and match.start() - ctx.content_start(sentence) <= 1 else None) \
            or card_subject(ctx, sentence, match.start())
        if subject is None and sentence.bullet_list is None and match.start() == ctx.content_start(sentence):
            subject = _title_organisation(ctx)  # "Verslag vergadering bestuur G40 / Voorzitter: X"
            if subject is not None and _kind(match.group("label")) != "role":
                continue
        if subject is None and _TOWNS_TAKING_PART.fullmatch(match.group("label")):
            subject = _towns_programme(ctx, sentence, match.end())  # "Deelnemende steden in de pilotfase: A, B"
        if subject is None:
            continue
        label = match.group("label")
        kind = _kind(label)
        if kind == "contact":
            _contact_field(ctx, sentence, match.end(), subject)
            continue
        if kind == "present":
            _attendance(ctx, sentence, match.end(), subject)
            continue
        stop = _VALUE_END.search(ctx.text, match.end(), sentence.end)
        _field_facts(ctx, sentence, label, kind, match.end(), stop.start() if stop else sentence.end, subject)


#: a field's label that names the towns taking part: "Deelnemende steden", "Deelnemende gemeenten"
_TOWNS_TAKING_PART = re.compile(r"deelnemende\s+(?:gemeenten|steden)", re.IGNORECASE)


def _towns_programme(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """The one programme the text before names, for a field of towns taking part that nothing above names the
    subject of ("- Deelnemende steden in de pilotfase: A, B" under "Achtergrond" in a memo on one programme),
    when the field's value names towns only.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Nota\\n\\nHet Programma Zon is gestart.\\n\\nAchtergrond\\n- Deelnemende steden: Ede en Breda.\\n"
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Ede', 'Programma Zon'), ('Breda', 'Programma Zon')]
    """
    values = [m for m in ctx.in_span(at, sentence.end)]
    if not values or any(m.type != "Municipality" for m in values):
        return None
    return programme_named_before(ctx, sentence.start)


#: a row of a two-column key-value table whose key is a field's label: "| **Pilotsteden** | Breda, Ede |"
#: (the value is the second cell; a bold or colon-closed key as a factsheet writes it)
_ROW_FIELD = re.compile(r"\|\s*(?:\*\*|__)?\s*(?:(?:gemeente|stad|organisatie|aanvrager)\s*/\s*)?"  # "| Gemeente / penvoerder |"
                        r"(?P<label>" + "|".join((_LEAD, _PARTNERS, _PARTNER_ROWS, _INITIATORS, r"contactpersoon|aanspreekpunt")) +
                        r")\s*:?\s*(?:\*\*|__)?\s*:?\s*\|(?P<value>[^|\n]*)\|\s*$", re.IGNORECASE)


def _row_field(ctx: DocContext, row: Sentence) -> None:
    """The facts of a key-value table's row, as of the field "label: value" it writes as two cells: the
    subject is what the card is about (the section's or the title's programme), "| **Initiatiefnemers** |
    G40 en de VNG |" (they initiated it), "| **Pilotsteden** | Breda en Ede |" (they take part).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "# Factsheet City Deal Zon\\n\\n| | |\\n|---|---|\\n| **Pilotsteden** | Breda en Ede |\\n"
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('Breda', 'participatesIn', 'City Deal Zon'), ('Ede', 'participatesIn', 'City Deal Zon')]
    """
    match = _ROW_FIELD.match(ctx.text, row.start, row.end)
    if match is None:
        return
    subject = card_subject(ctx, row, match.start())
    if subject is None:
        return
    label = match.group("label")
    kind = "partners" if re.fullmatch(_PARTNER_ROWS, label, re.IGNORECASE) else _kind(label)
    if kind in ("lead", "partners", "initiators"):
        _field_facts(ctx, row, label, kind, match.start("value"), match.end("value"), subject)
    elif kind == "contact" and subject.type in ("Programme", "Event"):
        _contact_field(ctx, row, match.start("value"), subject)  # "| Contactpersoon | X, projectleider gemeente Y |"


def _field_facts(ctx: DocContext, sentence: Sentence, label: str, kind: str, start: int, end: int,
                 subject: Mention) -> None:
    """The facts of one field of kind ``kind`` whose value fills ``start:end``, about ``subject``."""
    members = value_list(ctx, start, end)
    if not members or members[0].start - start > 40:
        return
    if kind in ("lead", "role") and members[0].type == "Person":
        role = role_of(_OWN_BODY.sub("", label))  # "Voorzitter stuurgroep": the chair of the subject's stuurgroep
        if role is not None and (role.scope.startswith("unit") or role.scope == "any") and \
                (subject.type in _THINGS or role.label in ("voorzitter", "vicevoorzitter", "secretaris")):
            for person in [m for m in members if m.type == "Person"]:
                ctx.add(person, "hasRole", subject, sentence, "cards.role", 0.8, role=role.label)
    elif kind == "lead" and members[0].type in ACTORS:
        ctx.add(subject, "ledBy", members[0], sentence, "cards.lead", 0.8)
    elif kind == "partners":
        for m in members:
            if m.type in ACTORS or (m.type == "Person" and subject.type == "OrganisationalUnit"):
                ctx.add(m, "participatesIn", subject, sentence, "cards.partners", 0.8)
    elif kind == "parent":
        _parent_field(ctx, sentence, start, end, subject)
    elif kind == "initiators":
        for m in members:
            if m.type in ACTORS:
                ctx.add(m, "initiated", subject, sentence, "cards.initiators", 0.8)
    elif kind == "organisers" and subject.type == "Event":
        units = {m.start: m for m in ctx.in_span(start, end) if m.type == "OrganisationalUnit"}
        for m in members:
            unit = units.get(m.end) or units.get(m.end + 1) if m.type == "Organisation" else None
            if m.type in ACTORS:
                # "Organisatie: G40-themagroep X": the themagroep organised it, not its network (44a)
                ctx.add(unit or m, "organised", subject, sentence, "cards.organisers", 0.8)


def _contact_field(ctx: DocContext, sentence: Sentence, start: int, subject: Mention) -> None:
    """"Contactpersoon: Eva Smit, projectleider – e.smit@breda.nl": the person is the subject's
    contact, holds the function named after the comma, and works for the municipality or
    organisation whose name the e-mail address's domain is (or that the value names)."""
    named = [m for m in ctx.in_span(start, sentence.end)]
    if not named or named[0].type != "Person" or named[0].start - start > 20:
        return
    person = named[0]
    if subject.type in ("Programme", "Event", "OrganisationalUnit"):
        ctx.add(person, "contactFor", subject, sentence, "cards.contact", 0.8)
    function = re.match(r"\s*,\s*([^,;()–—@]{3,40}?)\s*(?:$|[,;()–—]|\s-\s)", ctx.text[person.end:sentence.end])
    role = role_of(function.group(1).strip()) if function else None
    if role is not None and (role.scope.startswith("unit") or role.scope == "any") and subject.type in _THINGS:
        ctx.add(person, "hasRole", subject, sentence, "cards.contact", 0.75, role=role.label)
    employer = next((m for m in named[1:] if m.type in ACTORS and m.type != "OrganisationalUnit"), None)
    if employer is not None:
        ctx.add(person, "affiliatedWith", employer, sentence, "cards.contact", 0.75)


def _attendance(ctx: DocContext, sentence: Sentence, start: int, subject: Mention) -> None:
    """"Aanwezig: Eva Smit (Breda), Jan Kok (VNG)" in the minutes of a unit's meeting: who attends
    for a municipality (the first name in the bracket) takes part in the unit; guests of other
    organisations are only affiliated with them (see :mod:`graph.extract.roles`)."""
    if subject.type != "OrganisationalUnit":
        return
    for person in value_list(ctx, start, sentence.end, types=frozenset({"Person"})):
        bracket = ctx.bracket_after(person)
        inside = ctx.in_span(*bracket) if bracket else []
        if inside and inside[0].type == "Municipality":
            ctx.add(person, "participatesIn", subject, sentence, "cards.attendance", 0.7)


def _parent_field(ctx: DocContext, sentence: Sentence, start: int, end: int, subject: Mention) -> None:
    """"Onderdeel van: Themagroep X (Pijler Y)": the subject is part of the unit or programme the
    value names, and that one of the unit its bracket names."""
    named = [m for m in ctx.in_span(start, end) if m.type in ("OrganisationalUnit", "Programme")]
    if not named or named[0].start - start > 4 or named[0].label == subject.label:
        return
    parent = named[0]
    ctx.add(subject, "partOf", parent, sentence, "cards.parent", 0.75)
    bracket = re.match(r"\s*\(", ctx.text[parent.end:end])
    if bracket and len(named) > 1 and named[1].type == "OrganisationalUnit" and parent.type == "OrganisationalUnit" \
            and named[1].start == parent.end + bracket.end():
        ctx.add(parent, "partOf", named[1], sentence, "cards.parent", 0.75)


#: the lead field stated as a sentence: "(De gemeente) X is penvoerder (van Y)"
_STATED_LEAD = re.compile(r"\s+(?:is|was|wordt|werd|blijft|zijn)\s+(?:(?:ook|de|het|nu|(?:één|een)\s+van\s+de)\s+)*"
                          r"(?:(?:sinds|vanaf|per)\s+(?:(?:\d{1,2}\s+)?[a-z]+\s+)?\d{4}\s+)?"  # "is sinds 1 januari 2023 penvoerder"
                          # "is sinds de start penvoerder namens de drie gemeenten" (for whom it leads, round 57r)
                          r"(?:sinds\s+de\s+(?:start|oprichting|ondertekening)\s+)?"
                          r"(?:penvoerder|kartrekker|trekker|co[öo]rdinator)s?\b"
                          r"(?P<van>\s+van\s+(?:de\s+|het\s+|dit\s+|deze\s+)?)?"
                          r"(?P<end>\s*(?:[.;,]|$)|\s+en\s+(?!(?:\S+\s+)?van\b)|\s+namens\s+(?:de|alle)\s+(?:\w+\s+){0,2}(?:gemeenten|partners|partijen|steden|deelnemers)\s*[.;]?\s*$)?")
#: a first predicate of the subject before "en" and a second one: "(X) is de organisatie van de regio en (is penvoerder …)"
_FIRST_PREDICATE = re.compile(r"\s+(?:is|was)\s+(?:de|het|een)\s+[^,;:()]{1,60}?\s+en(?=\s+(?:is|was)\s)")
#: the same fronted: "Penvoerder is/wordt (de gemeente/provincie) X" (the passage's programme or unit)
_FRONTED_LEAD = re.compile(r"\s*(?:De\s+)?(?:[Pp]envoerder|[Kk]artrekker)\s+(?:is|wordt|was|werd)\s+(?:de\s+|het\s+)?"
                           r"(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")


def paragraph_partnership(ctx: DocContext, at: int) -> Mention | None:
    """The one consortium or partnership named by its kind word before offset ``at`` ("het
    consortium X", "het consortium" again), whose penvoerder a bare "Y is penvoerder" names, rather than
    a programme named after it that pays it ("Het consortium X krijgt geld uit het Programma Z. Delft is
    penvoerder.").

    >>> from graph.extract.context import DocContext
    >>> text = "Het consortium Noordwijs krijgt geld uit Programma Z. Delft is penvoerder."
    >>> ms = [Mention(4, 24, "consortium Noordwijs", "Programme", "programmes.named", 0.85, name="Noordwijs"),
    ...       Mention(41, 52, "Programma Z", "Programme", "programmes.named", 0.85)]
    >>> paragraph_partnership(DocContext("d", text, [], ms), 54).label
    'Noordwijs'
    """
    named = [m for m in ctx.in_span(0, at) if m.type == "Programme" and _PARTNERSHIP_WORD.match(m.text)]
    return named[-1] if len({m.label for m in named}) == 1 else None  # of two consortia either may be meant


#: the kind word of a partnership opening its mention: "consortium X", "het consortium" again
_PARTNERSHIP_WORD = re.compile(r"(?:consortium|partnerschap)\b", re.IGNORECASE)


_LEAD_VERB = re.compile(r"\b(?:is|was|blijft|zijn|wordt|werd)\s")

#: the lead role fronted with what is led: "Penvoerder van het platform is de gemeente Zoetermeer" (round 55e)
_FRONTED_LEAD_OF = re.compile(r"\s*(?:De\s+)?(?:[Pp]envoerder|[Kk]artrekker)\s+van\s+(?P<article>(?:de|het)\s+)?")
#: between what is led and its lead: "… is de gemeente", "… was het ministerie van"
_FRONTED_LEAD_VERB = re.compile(r"\s+(?:is|wordt|was|werd|blijft)\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")


def _fronted_lead_of(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Penvoerder van het platform is de gemeente Zoetermeer": the programme or unit named after the fronted
    role is led by the one organisation that closes the sentence.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Nieuws\\n\\nDe City Deal Zon is gestart. Penvoerder van de City Deal Zon is de gemeente Delft.\\n"
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == "cards.fronted-lead-of"]
    [('City Deal Zon', 'Delft')]
    """
    fronted = _FRONTED_LEAD_OF.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if fronted is None:
        return
    # (a reference holds its article: "het platform")
    thing = next((m for m in mentions if m.start in (fronted.start("article"), fronted.end()) and m.end > fronted.end()), None)
    if thing is None or thing.type not in _THINGS:
        return
    verb = _FRONTED_LEAD_VERB.match(ctx.text, thing.end, sentence.end)
    lead = next((m for m in mentions if verb and m.start == verb.end() and m.type in ACTORS
                 and m.type != "OrganisationalUnit"), None)
    if lead is not None and re.match(r"\s*(?:[.;]|$)", ctx.text[lead.end:sentence.end]) \
            and ctx.asserted(sentence, fronted.start(), lead.end):
        ctx.add(thing, "ledBy", lead, sentence, "cards.fronted-lead-of", 0.75)


def find_stated_leads(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"De gemeente Delft is penvoerder (van de City Deal X)": the label of a card written as a
    sentence. Without "van", the programme or unit the passage is about is led."""
    if not _LEAD_VERB.search(sentence.text):
        return
    _fronted_lead_of(ctx, sentence, mentions)
    fronted = _FRONTED_LEAD.match(ctx.text, ctx.content_start(sentence), sentence.end)
    lead = next((m for m in mentions if fronted and m.start == fronted.end() and m.type in ACTORS
                 and m.type != "OrganisationalUnit"), None)
    if lead is not None and ctx.asserted(sentence, fronted.start(), lead.end) \
            and re.match(r"\s*(?:[.;,]|$)", ctx.text[lead.end:sentence.end]):
        thing = ctx.context_unit(lead.start, types=frozenset({"Programme", "OrganisationalUnit"}))
        if thing is not None:  # "Penvoerder is de provincie Utrecht."
            ctx.add(thing, "ledBy", lead, sentence, "cards.stated-lead", 0.75)
    for m in mentions:
        if m.type not in ACTORS or m.type == "OrganisationalUnit":
            continue
        match = _STATED_LEAD.match(ctx.text, m.end, sentence.end)
        if match is None and (first := _FIRST_PREDICATE.match(ctx.text, m.end, sentence.end)) is not None:
            # "De Twente Board is de organisatie van de regio en is penvoerder van de Regio Deal Twente": a second
            # predicate of the same subject, its object named (round 59v)
            match = _STATED_LEAD.match(ctx.text, first.end(), sentence.end)
            if match is not None and (not match.group("van") or ctx.subject(sentence, m.end) is not m):
                match = None
        if match is None:
            continue
        we_as = re.search(r"\b(?:wij|we)\s+als\s+(?:gemeente\s+)?$", ctx.text[sentence.start:m.start], re.IGNORECASE)
        subject = ctx.subject(sentence, m.end)
        clause = ctx.text.rfind(";", sentence.start, m.start)  # "…; Zaanstad is penvoerder.": a clause of its own
        if subject is m or we_as or clause >= 0 and not ctx.text[clause + 1:m.start].strip():
            leads = [m]
        else:  # "Dordrecht en Emmen zijn trekker van X": each listed subject, the last one right before the verb
            listed = coordinated(ctx, subject, m.end)
            leads = [subject, *listed] if listed and listed[-1] is m else []
        if not leads or not ctx.asserted(sentence, leads[0].start, match.end()):
            continue  # "Delft is penvoerder", "Wij als Delft zijn penvoerder"
        if match.group("van"):
            article = match.start("van") + len(re.match(r"\s+van\s+", match.group("van")).group())
            after = [x for x in mentions if x.start in (match.end(), article)]  # "de agenda" holds its article
            thing = after[0] if after and after[0].type in _THINGS else None
        elif match.group("end") is not None:
            thing = ctx.context_unit(m.start, types=frozenset({"Programme", "OrganisationalUnit"}))
            if "penvoerder" in match.group():  # the lead applicant of the paragraph's consortium (round 52e)
                thing = paragraph_partnership(ctx, m.start) or thing
        else:
            thing = None
        for lead in leads if thing is not None else ():
            ctx.add(thing, "ledBy", lead, sentence, "cards.stated-lead", 0.75)
