"""The line breaks inside a phrase of a text that is only partly hard-wrapped: "voorzitter van de" /
"Historische Vereniging Wormerveer.".

:func:`graph.pdftext.unwrap_plain` joins the lines of a hard-wrapped text when most of its long lines are
wrapped; a text whose writer wrapped some paragraphs and left others as one long line (a news item pasted
together) keeps every break, and a sentence then ends at "van de", its name on the next line. A line that
ends in an article, a preposition or a conjunction ends no sentence, heading or field in Dutch: it runs on
into the next line (round 55d). The next line is joined when it is text too (not a list item, a table row, a
Markdown heading, a rule or a quoted line), and only a line of some length (:data:`MIN_LENGTH`) is taken as
wrapped: a short line ending in "en" may be a label or a title's first part.

>>> print(joined_mid_phrase("Sinds 2022 is hij voorzitter van de Historische Vereniging en van de\\n"
...                         "Stichting Oud Wormer.\\n- Lid van de\\n- Raad"))
Sinds 2022 is hij voorzitter van de Historische Vereniging en van de Stichting Oud Wormer.
- Lid van de
- Raad
"""

from __future__ import annotations

import re

__all__ = ["joined_mid_phrase"]

#: a line's last word that cannot end a Dutch sentence, heading or field: an article, preposition or conjunction
_OPEN_END = re.compile(r"\s(?:de|het|een|van|voor|met|aan|op|in|bij|tot|door|naar|uit|om|en|of|te|als)[ \t]*$")
#: a line that is no running text: a list item, a table row, a Markdown heading, a rule, a quote
_NOT_TEXT = re.compile(r"\s*(?:[•●▪◦‣∙·*\-–—+]\s|\d{1,2}[.)]\s|[|#>]|[=\-_*~]{3,})")
#: the shortest line read as wrapped
MIN_LENGTH = 40


def joined_mid_phrase(text: str) -> str:
    """``text`` with each line that ends mid-phrase joined to the next (see the module docstring)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    joining = False
    for k, line in enumerate(lines):
        following = lines[k + 1] if k + 1 < len(lines) else ""
        piece = line.lstrip() if joining else line
        runs_on = len(line.rstrip()) >= MIN_LENGTH and _OPEN_END.search(line) is not None \
            and following.strip() and not _NOT_TEXT.match(following) and not _NOT_TEXT.match(line)
        if joining:
            out[-1] = out[-1] + " " + piece
        else:
            out.append(piece)
        if runs_on:
            out[-1] = out[-1].rstrip()
        joining = bool(runs_on)
    return "\n".join(out)
