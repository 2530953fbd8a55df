"""organised: the organisers a congress's title page or colophon names on a line of their own.

A programme book, abstract book or invitation of a congress opens with its title and, on a line of the
title block, who organises it; its colophon may say so again::

    CONGRES WERKENDE STEDEN 2025
    Programmaboek

    Breda, 3 maart 2025
    Georganiseerd door Divosa en het Stedennetwerk G40

"Een congres van X en Y", "Een initiatief van X en Y" (of an event: its organisers), "Organisatie: X en Y" and
"Georganiseerd door X en Y" say the same; a unit in brackets after an organiser ("G40-themagroep X (pijler
Sociaal)") says where it belongs and organises nothing. The event is the one the document's first line names
(:func:`graph.extract.participation.title_event`); a line further down the body ("De lunch wordt georganiseerd
door …") is a sentence of its own, which :mod:`graph.extract.organising` reads.
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .participation import title_event

__all__ = ["find_title_organisers"]


#: a line of the title block or colophon that names the organisers
_ORGANISERS_LINE = re.compile(r"[ \t]*(?:(?:mede\s*)?georganiseerd\s+door|organisatie\s*:|"
                              r"(?:een|het|dit)\s+(?:[a-z]*congres|[a-z]*conferentie|symposium|[a-z]*dag|"
                              r"evenement|initiatief)\s+van|"
                              r"(?:in\s+)?(?:samenwerking|co-?productie)\s+(?:tussen|van)|[a-z]*congres\s+van)\s+",
                              re.IGNORECASE)
#: the heading of a colophon, whose lines may name the organisers too
_COLOPHON = re.compile(r"^[ \t#*]*(?:colofon|organisatie)[ \t*:]*$", re.IGNORECASE | re.MULTILINE)
#: how many lines the title block may have (the title, a genre line, a place and date, the organisers, a host)
_TITLE_LINES = 8
#: a line that ends the title block: a rule, or a line of running prose
_BLOCK_END = re.compile(r"[ \t]*(?:[-=_*]{4,}[ \t]*|.{120,})$")


def _title_block_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the lines of ``text``'s title block: its first lines up to a rule or a line
    of prose, at most :data:`_TITLE_LINES` non-empty ones.

    >>> text = "CONGRES X 2025\\nProgrammaboek\\n\\nGeorganiseerd door A\\n-----\\nLater"
    >>> [text[s:e] for s, e in _title_block_lines(text)]
    ['CONGRES X 2025', 'Programmaboek', 'Georganiseerd door A']
    """
    lines, start = [], 0
    while start < len(text) and len(lines) < _TITLE_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _BLOCK_END.match(text, start, end):
            break
        if text[start:end].strip():
            lines.append((start, end))
        start = end + 1
    return lines


def _colophon_lines(text: str) -> list[tuple[int, int]]:
    """The lines of the colophon at a document's end: from a heading "Colofon" to the end."""
    heading = None
    for heading in _COLOPHON.finditer(text):
        pass
    if heading is None:
        return []
    lines, start = [], heading.end() + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append((start, end))
        start = end + 1
    return lines


def find_title_organisers(ctx: DocContext) -> None:
    """"Georganiseerd door X en Y" on a line of the title block or colophon: X and Y organised the event the
    document's first line names."""
    if "rganis" not in ctx.text and " van " not in ctx.text[:1000]:
        return  # no cue: no scan
    event = title_event(ctx)
    if event is None:
        return
    for start, end in _title_block_lines(ctx.text) + _colophon_lines(ctx.text):
        match = _ORGANISERS_LINE.match(ctx.text, start, end)
        sentence = ctx.sentence_at(match.end()) if match is not None and match.end() > event.end else None
        if sentence is None or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        for actor in ctx.list_after(match.end(), min(end, sentence.end), types=ACTORS):
            if not ctx.text[:actor.start].rstrip().endswith("("):  # "X (pijler Sociaal)": where X belongs
                ctx.add(actor, "organised", event, sentence, "relations.title-organisers", 0.75)
