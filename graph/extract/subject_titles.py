"""A letter's subject line is a title, not a name: "Betreft Voortgang City Deals Agenda Stad".

A Kamerbrief or memo opens with "Betreft …" or "Onderwerp: …", a title whose first word is capitalised
because it comes first ("Voortgang", "Ondertekening"), often followed by the names the letter is
about. A capitalised run that a programme word ends ("… Agenda Stad", "… Fonds") reaches back over the
title's first word, or over the label itself, and would make the whole title a programme. It is none:
a name that starts at the label, or at the title's first word where that word is no programme word
itself (not "Woningbouwfonds …"), is dropped; the names inside the title stay for the other rules
(:meth:`graph.extract.context.DocContext.subject_line_thing` reads them).

Examples
--------
>>> from graph.extract.model import Mention
>>> text = "Datum 3 november 2026\\nBetreft Voortgang Stedelijke Agenda Noord\\n\\nGeachte voorzitter,"
>>> title = Mention(22, 63, text[22:63], "Programme", "programmes.compound", 0.8)
>>> without_subject_titles(text, [title], ("agenda", "fonds"))
[]
"""

from __future__ import annotations

import re

from .cues import finditer_text

__all__ = ["without_subject_titles"]

#: a subject line's label, at the start of a line: "Betreft", "Onderwerp:", "Inzake:"
_LABEL = re.compile(r"(?:^|\n)[ \t*]*(?P<label>Betreft|Onderwerp|Inzake)\b[ \t*]*:?[ \t*]*", re.IGNORECASE)


def without_subject_titles(text: str, mentions: list, suffixes: tuple) -> list:
    """``mentions`` without the programme names that a subject line's title is (see the module);
    ``suffixes``: the programme words a compound ends in ("fonds", "agenda" …).

    A name inside the title, and a title that opens with a programme word, stay:

    >>> from graph.extract.model import Mention
    >>> text = "Onderwerp: Woningbouwfonds Noord\\nBetreft: bijdrage aan de Agenda Stad"
    >>> kept = [Mention(11, 32, "Woningbouwfonds Noord", "Programme", "programmes.compound", 0.8),
    ...         Mention(59, 70, "Agenda Stad", "Programme", "programmes.compound", 0.8)]
    >>> without_subject_titles(text, kept, ("fonds", "agenda")) == kept
    True
    """
    titles = {}  # the start of a label -> the start of its title
    for match in finditer_text(_LABEL, text):
        titles[match.start("label")] = match.end()
    if not titles:
        return mentions
    kept = []
    for mention in mentions:
        title = titles.get(mention.start)
        if title is None and mention.start in titles.values():
            first = mention.text.split()[0].lower() if mention.text.split() else ""
            title = None if first.endswith(suffixes) or " " not in mention.text.strip() else mention.start
        if title is not None and mention.type == "Programme":
            continue  # "Betreft Voortgang … Agenda Stad": the title, no programme
        kept.append(mention)
    return kept
