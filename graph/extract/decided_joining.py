"""participatesIn from the points of a decision: a college or the Staten decide to join a programme.

A Dutch decision of a municipality or province names who decides and then lists what is decided,
each point an infinitive clause:

- "Het college van burgemeester en wethouders van Venlo besluit: 1. toe te treden tot de City Deal X;"
- "Gedeputeerde Staten van Overijssel, / gelet op …; / overwegende dat …; / BESLUITEN: / 1. Deel te nemen
  aan het programma X …" (the deciding body addressed on a line of its own, before the points).

A point that opens with joining ("deel te nemen aan", "toe te treden tot", "mee te doen aan", "aan te
sluiten bij", "in te stemmen met (de) deelname aan / toetreding tot") makes the municipality or province
of the deciding college or Staten take part in the programme, unit or organisation right after it. A
proposal is no decision: "wordt voorgesteld te besluiten:", "Voorstel:", "Beslispunten:" state nothing,
nor does a point that does not open with the cue ("niet deel te nemen", "te onderzoeken of …").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Het college van burgemeester en wethouders van Epe besluit:\\n"
...         "1. deel te nemen aan de City Deal Groene Daken;\\n2. de raad te informeren.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == DECIDED_RULE]
[('Epe', 'City Deal Groene Daken')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["find_decided_joining", "DECIDED_RULE"]

DECIDED_RULE = "relations.besluit-deelname"

#: the collegial bodies that decide for a municipality or province, "van" and the place
_ORGAN = (r"(?:(?:het\s+)?college\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w|gedeputeerde\s+staten)|"
          r"gedeputeerde\s+staten|burgemeester\s+en\s+wethouders|provinciale\s+staten|"
          r"(?:de\s+)?(?:gemeente)?raad(?:\s+van\s+de\s+gemeente)?)\s+van\s+(?:de\s+(?:gemeente|provincie)\s+)?")
#: the lead of the decided points with the decider on its line: "Het college van B en W van Ede besluit:"
_LEAD = re.compile(rf"^[ \t]*(?P<organ>{_ORGAN}[A-Z][^\n:,;]{{0,40}}?)\s*,?\s+"
                   r"(?:besluit|besluiten|heeft\s+besloten|hebben\s+besloten)\s*:", re.IGNORECASE | re.MULTILINE)
#: a lead on a line of its own, the plural verb of the Staten or of B en W ("BESLUITEN:", "Besluiten:")
_BARE_LEAD = re.compile(r"^[ \t]*besluiten\s*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
#: the line that addresses the decision to its body, before the bare lead: "Gedeputeerde Staten van Overijssel,"
_ADDRESS = re.compile(rf"^[ \t]*(?P<organ>{_ORGAN}[A-Z][^\n:,;]{{0,40}}?)[ \t]*,?[ \t]*$", re.IGNORECASE | re.MULTILINE)
#: a proposal, not a decision: "wordt voorgesteld te besluiten", "stelt de raad voor"
_PROPOSAL = re.compile(r"\b(?:voorgesteld|voorstel|stelt|stellen|te\s+besluiten|ontwerp)\b", re.IGNORECASE)
#: a point's number or bullet: "1.", "2)", "a.", "-"
_ITEM = re.compile(r"[ \t]*(?:\d+[.)]|[a-z][.)]|[-•*–])[ \t]+")
#: joining opening a point, then an article and a kind word before the name: "deel te nemen aan het programma X"
_JOIN = re.compile(r"(?:deel\s+te\s+nemen\s+aan|toe\s+te\s+treden\s+tot|mee\s+te\s+doen\s+aan|(?:zich\s+)?aan\s+te\s+sluiten\s+bij|"
                   r"in\s+te\s+stemmen\s+met\s+(?:de\s+)?(?:deelname|toetreding)\s+(?:van\s+de\s+(?:gemeente|provincie)\s+)?"
                   r"(?:aan|tot))\s+(?:(?:de|het)\s+(?:[a-z][\w-]*\s+)?)?", re.IGNORECASE)
#: the proposed points of a memo to the college, on a heading line of their own: "BESLISPUNTEN", "Voorgesteld besluit:"
_POINTS_HEADING = re.compile(r"^[ \t]*(?:beslispunten|voorgestelde?\s+(?:beslissing(?:en)?|besluit(?:en)?))[ \t]*:?[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
#: the college's stamp that adopts the memo's proposal: "Besloten conform advies", "Conform voorstel besloten"
_ADOPTED = re.compile(r"\b(?:besloten|akkoord)\s+conform\s+(?:het\s+)?(?:advies|voorstel)\b|"
                      r"\bconform\s+(?:het\s+)?(?:advies|voorstel)\s+(?:besloten|vastgesteld|akkoord)\b", re.IGNORECASE)
#: the issuer a memo's first line names: "GEMEENTE HENGELO - AMBTELIJKE NOTA AAN HET COLLEGE"
_ISSUER = re.compile(r"[ \t#*]*(?:gemeente|provincie)\s+", re.IGNORECASE)
_JOINED = frozenset({"Programme", "OrganisationalUnit", "Organisation"})
_DECIDERS = frozenset({"Municipality", "Province"})


def find_decided_joining(ctx: DocContext) -> None:
    """Add participatesIn for each decided point of joining (see the module docstring)."""
    text = ctx.text
    lowered = text.lower()
    if "besl" not in lowered or not any(cue in lowered for cue in ("te nemen", "te treden", "te doen", "te sluiten",
                                                                      "te stemmen")):
        return
    for lead in _LEAD.finditer(text):
        if not _PROPOSAL.search(lead.group()):
            _decided_points(ctx, _decider(ctx, lead.start("organ"), lead.end("organ")), lead.end())
    for lead in _BARE_LEAD.finditer(text):
        address = None
        for address in _ADDRESS.finditer(text, 0, lead.start()):
            pass
        if address is not None and not _PROPOSAL.search(text, lead.start(), lead.end()):
            _decided_points(ctx, _decider(ctx, address.start("organ"), address.end("organ")), lead.end())
    _adopted_points(ctx)


def _adopted_points(ctx: DocContext) -> None:
    """A memo's proposed points ("BESLISPUNTEN / 1. Deel te nemen aan de City Deal X") that the college's
    stamp at its end adopts ("BESLUIT COLLEGE … Besloten conform advies"): decided by the municipality
    or province its first line names ("GEMEENTE HENGELO - AMBTELIJKE NOTA AAN HET COLLEGE"). Without the
    stamp they are a proposal (45a).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> memo = "GEMEENTE ZWOLLE - NOTA AAN HET COLLEGE\\n\\nBESLISPUNTEN\\n1. Deel te nemen aan de City Deal Groene Daken.\\n\\n"
    >>> [(r.subject.text, r.object.text) for r in extract("d", memo + "BESLUIT COLLEGE\\nBesloten conform advies.",
    ...  gazetteer=load_gazetteer()).relations if r.rule == DECIDED_RULE]
    [('ZWOLLE', 'City Deal Groene Daken')]
    >>> [r for r in extract("d", memo, gazetteer=load_gazetteer()).relations if r.rule == DECIDED_RULE]
    []
    """
    text = ctx.text
    heading = _POINTS_HEADING.search(text)
    if heading is None or not _ADOPTED.search(text, heading.end()) or not ctx.sentences:
        return
    title = ctx.sentences[0]
    issuer = _ISSUER.match(text, title.start, title.end)
    decider = next((m for m in ctx.in_span(title.start, title.end) if issuer and m.start == issuer.end()
                    and m.type in _DECIDERS), None)
    _decided_points(ctx, decider, heading.end())


def _decider(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The municipality or province the organ's line names ("… van Venlo"), the last one named there.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Gedeputeerde Staten van Gelderland,\\n\\nBESLUITEN:\\n\\n1. Toe te treden tot de Regio Deal Veluwe."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == DECIDED_RULE]
    [('Gelderland', 'Regio Deal Veluwe')]
    """
    named = [m for m in ctx.in_span(start, end) if m.type in _DECIDERS]
    return named[-1] if named else None


def _decided_points(ctx: DocContext, decider: Mention | None, position: int) -> None:
    """The points after the lead: the rest of its line, then each numbered or bulleted line (blank lines
    between them allowed) until a line of other text."""
    if decider is None:
        return
    text = ctx.text
    line_end = text.find("\n", position)
    line_end = len(text) if line_end == -1 else line_end
    _point(ctx, decider, position + len(text[position:line_end]) - len(text[position:line_end].lstrip()), line_end)
    while line_end < len(text):
        start = line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        if not text[start:line_end].strip():
            continue
        item = _ITEM.match(text, start, line_end)
        if item is None:
            return
        _point(ctx, decider, item.end(), line_end)


def _point(ctx: DocContext, decider: Mention, start: int, end: int) -> None:
    """participatesIn when the point at ``start`` opens with joining and names what is joined right after it."""
    cue = _JOIN.match(ctx.text, start, end)
    if cue is None:
        return
    # the first name that reaches past the cue (its kind word may be part of it: "het programma X")
    joined = next((m for m in ctx.in_span(cue.start(), end) if m.end > cue.end()), None)
    sentence = ctx.sentence_at(cue.start())
    if joined is None or joined.type not in _JOINED or joined.start > cue.end() or sentence is None:
        return
    ctx.add(decider, "participatesIn", joined, sentence, DECIDED_RULE, 0.75)
