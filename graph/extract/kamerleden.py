"""Members of the Tweede Kamer in its own documents: "het lid X", "de leden X en Y", the indieners.

A motie, an amendement or a Kamerstuk names its members by their surname after "het lid" or "de leden"
("Motie van het lid Koster over …", "Motie van de leden Yıldız en Van Dam"), and the status of a
motie lists its indieners ("Indieners: F.J. van der Meulen (CDA), eerste indiener" and the lines
under it). In a document of the Tweede Kamer (one that names it) each of them is a member ("lid") of
the Kamer; a surname named so is a person even where the name finder has no first name or initials
to go on, and "het lid" before it makes no member of another body ("lid X" read as a member of the
unit the text is about).

Called by :func:`graph.extract.extract`: :func:`member_mentions` before the relations are read,
:func:`find_kamerleden` after (rule ``kamer.lid``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Tweede Kamer der Staten-Generaal\\n\\nMotie van de leden Koster en Van Dam over de woningbouw. "
...         "Het lid Ter Horst steunt de motie.\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)
[('Koster', 'Tweede Kamer der Staten-Generaal', 'lid'), ('Ter Horst', 'Tweede Kamer der Staten-Generaal', 'lid'), ('Van Dam', 'Tweede Kamer der Staten-Generaal', 'lid')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["member_mentions", "find_kamerleden", "RULE"]

RULE = "kamer.lid"

#: a surname as the Kamer writes one: its particles, then capitalised words joined by hyphens
_SURNAME = (r"(?:(?:[Vv]an\s+(?:[Dd]e[rn]?\s+)?|[Dd]e\s+|[Tt]e[rn]\s+|[Ii]n\s+['’]t\s+|[Vv]an\s+['’]t\s+))?"
            r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿıİ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿıİ'’]+)*")
#: "het lid X", "de leden X, Y en Z", a stenogram's "Aanwezig zijn vijf leden der Kamer, te weten: X, Y en Z"
_MEMBERS = re.compile(r"\b(?:[Hh]et\s+lid|[Dd]e\s+leden|leden\s+(?:der|van\s+de)\s+(?:Tweede\s+)?Kamer,?\s+te\s+weten\s*:?)"
                      r"\s+(?P<names>" + _SURNAME + r"(?:\s*,\s*" + _SURNAME
                      + r")*(?:\s+en\s+" + _SURNAME + r")?)")
_ONE = re.compile(_SURNAME)
#: the indieners field of a motie's status, with the lines under it up to the next field
_INDIENERS = re.compile(r"^[ \t]*(?:Indieners?|Ondertekenaars?)[ \t]*:(?P<value>[^\n]*(?:\n[ \t]+[^\n]*)*)", re.MULTILINE)


def _kamer(text: str) -> bool:
    """Whether ``text`` is a document of the Tweede Kamer (one that names it, in capitals too: a stenogram's
    "TWEEDE KAMER DER STATEN-GENERAAL")."""
    return "Tweede Kamer" in text or "TWEEDE KAMER" in text


def member_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The surnames after "het lid" and "de leden" no mention covers yet, as persons; none outside a
    document of the Tweede Kamer.

    >>> [m.text for m in member_mentions("Tweede Kamer. De motie van de leden Koster en Van Dam.", [])]
    ['Koster', 'Van Dam']
    """
    if not _kamer(text):
        return []
    found = []
    for match in _MEMBERS.finditer(text):
        for name in _ONE.finditer(text, match.start("names"), match.end("names")):
            if any(m.start < name.end() and name.start() < m.end for m in mentions):
                continue
            found.append(Mention(name.start(), name.end(), name.group(0), "Person", RULE, 0.7))
    return found


def find_kamerleden(ctx: DocContext) -> None:
    """Add ``person hasRole Tweede Kamer (lid)`` for each member a Kamer document names as one."""
    if not _kamer(ctx.text):
        return
    kamer = next((m for m in ctx.mentions if m.type == "Organisation" and m.label.lower().startswith("tweede kamer")), None)
    if kamer is None:
        return
    named = [(m.start("names"), m.end("names")) for m in _MEMBERS.finditer(ctx.text)]
    # "het lid Koster" read as a member of the unit the text is about: the words make him one of the Kamer
    members = {(p.start, p.end) for start, end in named for p in ctx.in_span(start, end)}
    ctx.relations[:] = [r for r in ctx.relations if not (r.rule == "roles.before-name" and r.role == "lid"
                                                         and (r.subject.start, r.subject.end) in members)]
    spans = named + [(m.start("value"), m.end("value")) for m in _INDIENERS.finditer(ctx.text)]
    for start, end in spans:
        for person in (m for m in ctx.in_span(start, end) if m.type == "Person"):
            sentence = ctx.sentence_at(person.start)
            if sentence is not None:
                ctx.add(person, "hasRole", kamer, sentence, RULE, 0.75, role="lid")
