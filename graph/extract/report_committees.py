"""The committee a report's title names: "Rapport van de commissie onderzoek geloofsbrieven".

A council's committee is named by "commissie" and its task in lower case ("commissie onderzoek
geloofsbrieven kandidaat-wethouders", "commissie bestuur en middelen"); a report it writes says so in
its title line, among the first lines of the document: "Rapport van de commissie …", "Verslag van de
commissie …", "Advies van de commissie …". That names the document's committee, and "de commissie"
in its text is that committee (:func:`graph.extract.references.find_references`), where the text
names no other. A title with a capitalised name ("Rapport van de Commissie Remkes") is a name the
organisation rules read, and a sentence ("Het rapport van de commissie volgt.") is no title.

>>> report_committee("GEMEENTERAAD EDE\\n\\nRapport van de commissie onderzoek geloofsbrieven\\n\\nEde, 3 mei")
'commissie onderzoek geloofsbrieven'
>>> report_committee("Het rapport van de commissie onderzoek geloofsbrieven volgt.\\n") is None
True
"""

from __future__ import annotations

import re

__all__ = ["report_committee"]

#: how many lines from the top the title may stand
_LINES = 4
#: a title line: "Rapport|Verslag|Advies|Eindrapport van de commissie" and its task in lower case
_TITLE = re.compile(r"(?:Eind)?(?:[Rr]apport|[Vv]erslag|[Aa]dvies)\s+van\s+de\s+(commissie(?:\s+[a-zà-ÿ][\w-]*){1,5})\s*$")


def report_committee(text: str) -> str | None:
    """The name of the committee a title line among the document's first lines names, or None."""
    lines = [line.strip().lstrip("#").strip() for line in text[:600].split("\n") if line.strip()][:_LINES]
    for line in lines:
        match = _TITLE.fullmatch(line)
        if match is not None:
            return match.group(1)
    return None
