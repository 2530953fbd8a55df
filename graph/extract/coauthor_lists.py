"""Organisations that wrote a publication together, in a list of references: "8. VNG, IPO & G40 (2024). *Binnensteden
als opgave van rijk en regio.*" (round 59s).

A literature list, a knowledge dossier's sources or a report's references cite each publication by its authors,
its year in brackets and its title. When the authors are organisations (a joint position paper of the VNG, the IPO
and the G40; a guide of Aedes and Neprom), they made it together: each of them works with each other. The entry
opens a line (a number or a bullet before it, a mark such as "★" allowed), the authors are two or more actors
joined by commas and a last "&" or "en", and "(<year>)" follows right after them. A person among the authors
("Smit, J. & VNG (2023)"), a single author ("Platform31 (2023)"), or authors not followed by the year (a sentence
"VNG en IPO (2024) …" inside a paragraph) give nothing; a person's entry is
:mod:`graph.extract.superscript_affiliations`'.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Literatuur\\n\\n1. Platform31 (2023). *Stad.*\\n2. VNG, IPO & G40 (2024). *Binnensteden.* Den Haag.\\n"
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == RULE)
[('IPO', 'G40'), ('VNG', 'G40'), ('VNG', 'IPO')]
"""

from __future__ import annotations

import re
from itertools import combinations

from .context import DocContext
from .model import Sentence

__all__ = ["RULE", "find_coauthor_lists"]

RULE = "relations.coauthors"

#: an entry's opening: "8. ", "- ", "• ", a mark "★ " after it
_ENTRY = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+(?:[★☆*][ \t]*)?", re.MULTILINE)
#: between two authors: ", ", " & ", " en ", ", en "
_GLUE = re.compile(r"\s*(?:,\s*(?:&\s*|en\s+)?|&\s*|en\s+)")
#: right after the last author: " (2024)."
_YEAR = re.compile(r"\s*\((?:19|20)\d{2}[a-z]?\)")
_AUTHORS = frozenset({"Organisation", "Municipality", "Ministry", "Province"})


def find_coauthor_lists(ctx: DocContext) -> None:
    """Make the organisations that open a reference entry together collaborate (see the module docstring)."""
    if ") " not in ctx.text and ")." not in ctx.text:
        return
    for entry in _ENTRY.finditer(ctx.text):
        end = ctx.text.find("\n", entry.end())
        end = len(ctx.text) if end < 0 else end
        named = ctx.in_span(entry.end(), end)
        authors, at = [], entry.end()
        for m in named:
            if m.start != at:
                break
            authors.append(m)
            glue = _GLUE.match(ctx.text, m.end, end)
            at = glue.end() if glue else -1
        while authors and _YEAR.match(ctx.text, authors[-1].end, end) is None:
            authors.pop()  # the year must follow the last author
        if len(authors) < 2 or any(m.type not in _AUTHORS for m in authors):
            continue
        sentence = Sentence(entry.start(), end, ctx.text[entry.start():end])
        for a, b in combinations(authors, 2):
            if a.label != b.label:
                ctx.add(a, "collaboratesWith", b, sentence, RULE, 0.65)
