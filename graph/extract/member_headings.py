"""Layout that says a table's rows or a list's items take part in what the page is about.

A page about a programme or a unit (its title, heading or lead-in names it) often lists who takes
part without a verb: the heading, a caption or a column says it.

- a heading or caption that names the kind of its items and places them in the page's programme or
  body: "De steden in het programma", "Gemeenten in de City Deal", "Partners van de woondeal",
  "Deelnemende steden binnen de regeling" (not "Gemeenten in Overijssel", "Steden in de regio": a
  place is no programme);
- a sentence right before that counts who joined or was chosen: "Zes gemeenten zijn in de eerste ronde
  geselecteerd.", "In 2023 namen acht steden deel.";
- a column of when each row joined: "| Gemeente | Sinds |", "| Stad | Lid sinds |", "| Organisatie |
  Toegetreden |";
- a column of the part each row's organisation plays in it: "| Gemeente | Rol |" with "penvoerder",
  "partner", "deelnemer", "kennispartner" (the lead, "penvoerder" or "kartrekker", also leads it);
- a lead-in that says the items receive the programme's money: "De volgende twaalf steden ontvangen een
  bijdrage voor 2025-2027:", "Deze gemeenten krijgen subsidie:", "In de eerste tranche gaan de bijdragen
  naar:" (a town paid by a programme takes part in it). When neither the lead-in, its paragraph, the
  heading nor the title names the programme, it is the one programme the text before has named
  (:func:`programme_named_before`): a press release names the scheme once in its opening paragraph.

Examples
--------
>>> names_members("De steden in het programma"), names_members("Gemeenten in Overijssel")
(True, False)
>>> joined_column(["gemeente", "provincie", "sinds"]), joined_column(["gemeente", "woningen 2023"])
(True, False)
>>> participation_role("penvoerder"), participation_role("Kennispartner"), participation_role("wethouder")
('penvoerder', 'kennispartner', None)
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["announced_things", "names_members", "counts_joined", "joined_column", "participation_role", "paragraph_programme",
           "announces_recipients", "programme_named_before", "LEADING_ROLES"]

_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
#: what a programme or body is called when a heading places its members in it
_THING_WORDS = (r"programma|(?:city|regio|green|woon|groei)\s*-?deal|deal|pilot|proeftuin|netwerk|stedennetwerk|"
                r"taskforce|themagroep|werkgroep|pijler|stuurgroep|kerngroep|kernteam|aanpak|regeling|fonds|project|"
                r"coalitie|alliantie|samenwerking|akkoord|convenant|agenda|impulsaanpak|leernetwerk")
#: a heading or caption that places its items in the programme or body: "De steden in het programma"
_MEMBERS_IN_THING = re.compile(
    r"(?:de\s+|onze\s+)?(?:deelnemende\s+|aangesloten\s+|betrokken\s+)?"
    r"(?:steden|gemeenten|partners|partijen|organisaties|provincies|deelnemers|leden|regio's)\s+"
    r"(?:in|van|binnen|bij|aan)\s+(?:de|het|dit|deze)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*?(?:" + _THING_WORDS + r"))\b"
    r"[^.:;?!]{0,60}:?", re.IGNORECASE)
#: a column of when each row joined
_JOINED = re.compile(r"(?:(?:lid|deelnemer|deelname|partner|aangesloten|actief)\s+)?(?:sinds|vanaf)|toegetreden(?:\s+in)?|"
                     r"jaar\s+van\s+toetreding|start\s+deelname|deelname\s+vanaf", re.IGNORECASE)
#: the part an organisation plays in a programme, as a "Rol" column names it
_PARTICIPATION_ROLES = re.compile(r"(?:mede-?)?(?P<role>penvoerder|kartrekker|partner|deelnemer|kennispartner|"
                                  r"uitvoeringspartner|(?:mede)?aanvrager|co-?financier|medefinancier)", re.IGNORECASE)
#: a sentence before a table or list that says how many of a kind were chosen or joined, without a colon: "Zes gemeenten
#: zijn in de eerste ronde geselecteerd.", "In 2023 namen acht steden deel."
_COUNTED_JOINED = re.compile(r"\b(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|"
                             r"de\s+volgende|deze)\s+(?:[\w-]+\s+)?(?:\w+-)?(?:gemeenten|steden|partijen|organisaties|partners|"
                             r"provincies|regio's)\b[^.:;?]{0,80}?\b(?:aangemeld|geselecteerd|toegelaten|aangesloten|gekozen|"
                             r"doen\s+mee|nemen\s+deel|deelnemen|meedoen|meegedaan|deelgenomen|ondertekend|ingeschreven|"
                             # "vijf steden hebben hun deelname toegezegd" (round 40a)
                             r"deelname\s+(?:toegezegd|bevestigd)|"
                             # "Twaalf gemeenten ontvangen een bijdrage.": who the programme pays
                             # "Negen gemeenten krijgen samen 48 miljoen euro uit …" (44a)
                             r"(?:ontvangen|krijgen|kregen)\s+(?:[\w-]+\s+){0,3}?(?:bijdragen?|subsidies?|geld|rijksbijdragen?|euro))\b|"
                             r"\b(?:namen|nemen|doen|deden)\s+(?:\w+\s+){0,3}?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|"
                             r"tien|elf|twaalf|vijftien|twintig)\s+(?:[\w-]+\s+)?(?:\w+-)?(?:gemeenten|steden|partijen|organisaties|"
                             r"partners|provincies)\s+(?:deel|mee)\b", re.IGNORECASE)
#: a lead-in that announces who receives the programme's money: "De volgende steden ontvangen een bijdrage:",
#: "In de eerste tranche gaan de bijdragen naar:", "De middelen zijn toegekend aan:"
_RECIPIENTS_LEAD = re.compile(
    r"\b(?:(?:ontvangen|ontvangt|krijgen|krijgt|kregen|kreeg)\s+(?:[\w-]+\s+){0,3}?(?:een\s+)?(?:bijdragen?|subsidies?|"
    r"middelen|geld|financiering|uitkering(?:en)?|toekenning(?:en)?|rijksbijdragen?)|"
    r"(?:gaan|gaat|gingen|ging)\s+(?:de\s+)?(?:bijdragen|bijdrage|subsidies|subsidie|middelen|gelden|toekenningen|uitkeringen)"
    r"\s+naar|(?:toegekend|uitgekeerd)\s+aan)\b[^:]{0,60}:\s*$|"
    # a heading that asks it: "Welke steden ontvangen een bijdrage?"
    r"^\s*welke\s+(?:[\w-]+\s+)?(?:steden|gemeenten|partijen|organisaties|provincies|regio's)\s+(?:ontvangen|krijgen|kregen)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:bijdragen?|subsidies?|middelen|geld|financiering|rijksbijdragen?)\b[^?]{0,60}\?\s*$",
    re.IGNORECASE)
#: the parts that lead the programme as well
LEADING_ROLES = frozenset({"penvoerder", "kartrekker"})


def announced_things(ctx: DocContext, lead: Sentence) -> list[Mention]:
    """The programmes, events and units a lead-in names, those named by their own name first: in "Vier
    steden deden mee aan de voorloper van de regeling, de Pilot X:" the pilot, not the scheme "de
    regeling" points back to.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Stimuleringsregeling Groene Daken\\n\\nDe regeling is open. "
    ...         "Zes steden deden mee aan de voorloper van de regeling, de Pilot Dak.")
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> ctx = DocContext("d", text, ex.sentences, ex.mentions)
    >>> [m.text for m in announced_things(ctx, ex.sentences[-1])]
    ['Pilot Dak', 'de regeling']
    """
    things = [m for m in ctx.in_sentence(lead) if m.type in _THINGS]
    return [m for m in things if not m.rule.startswith("references.")] + \
        [m for m in things if m.rule.startswith("references.")]


def names_members(heading: str) -> bool:
    """Whether ``heading`` (a heading, caption or lead-in line) says that what follows are the members of
    a programme or body it names by its kind."""
    return _MEMBERS_IN_THING.fullmatch(heading.strip()) is not None


def counts_joined(sentence: str) -> bool:
    """Whether ``sentence`` says how many of a kind joined or were chosen ("Zes gemeenten zijn in de eerste
    ronde geselecteerd."): the table or list right after it names them.

    >>> counts_joined("Zes gemeenten zijn in de eerste ronde geselecteerd."), counts_joined("Alle gemeenten bouwen.")
    (True, False)
    >>> counts_joined("In 2024 hebben vier G40-steden als pilotgemeente meegedaan aan de pilot.")
    True
    """
    return _COUNTED_JOINED.search(sentence) is not None


def joined_column(names: list[str]) -> bool:
    """Whether one of a table's columns (``names``: its headers in lower case) says when each row joined."""
    return any(_JOINED.fullmatch(n) for n in names)


def participation_role(cell: str) -> str | None:
    """The part in a programme a cell names ("penvoerder", "partner", "deelnemer" …), else None."""
    match = _PARTICIPATION_ROLES.fullmatch(cell.strip())
    return match.group("role").lower() if match else None


_THINGS = frozenset({"Programme", "OrganisationalUnit"})


def announces_recipients(sentence: str) -> bool:
    """Whether ``sentence`` ends in a colon that announces who receives the programme's money, or is a
    heading that asks which towns do: the table or list right after it names them.

    >>> announces_recipients("De volgende twaalf steden ontvangen een bijdrage voor de periode 2025-2027:")
    True
    >>> announces_recipients("In de eerste tranche gaan de bijdragen naar:"), announces_recipients("De bijdragen:")
    (True, False)
    >>> announces_recipients("Welke steden ontvangen een bijdrage?"), announces_recipients("Ontvangt Ede een bijdrage?")
    (True, False)
    """
    return _RECIPIENTS_LEAD.search(sentence) is not None


def programme_named_before(ctx: DocContext, at: int) -> Mention | None:
    """The one programme the text before offset ``at`` names (by one label, however often), else None:
    what a lead-in such as "De volgende steden ontvangen een bijdrage:" speaks of when nothing nearer
    names it.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Geld voor wijken\\n\\nHet geld komt uit de Impulsregeling Groene Wijken.\\n\\nVerdeling\\n\\n"
    ...         "De volgende steden ontvangen een bijdrage:\\n\\n| Gemeente | Bedrag |\\n|---|---|\\n| Almelo | 2 miljoen |\\n")
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Almelo', 'Impulsregeling Groene Wijken')]
    """
    named = {m.label: m for m in ctx.mentions if m.type == "Programme" and m.end <= at}
    return next(iter(named.values())) if len(named) == 1 else None


def paragraph_programme(ctx: DocContext, lead: Sentence) -> Mention | None:
    """The one programme or unit the paragraph of ``lead`` names before it ("De Regio Deal X is een samenwerking
    van Rijk en regio. De volgende partijen doen mee."): what a lead-in without a name of its own announces the
    members of, when no heading or title names it.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Deelnemers\\n\\nDe Regio Deal Twente helpt de regio. De volgende partijen doen mee.\\n- Gemeente Almelo\\n"
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Almelo', 'Regio Deal Twente')]
    """
    named: dict[str, Mention] = {}
    sentence = lead
    for _ in range(3):
        previous = ctx.previous_sentence(sentence)
        if previous is None or previous.is_heading or previous.bullet_list is not None \
                or "\n\n" in ctx.text[previous.end:sentence.start]:
            break
        for m in ctx.in_sentence(previous):
            if m.type in _THINGS:
                named.setdefault(m.label, m)
        sentence = previous
    return next(iter(named.values())) if len(named) == 1 else None
