"""A project a document is titled after and introduces as a product: "Wijkkompas is een open source dashboard".

The README of a shared tool, a product page or a project's factsheet has the project's name as its
title and opens by saying what it is: "**Wijkkompas** is een open source dashboard voor wijkgericht
werken". The name (a title of at most three words, or a web page's title line with the site after a bar:
"HUBS4TOWNS | Interreg North Sea") then names a project (a programme) wherever the text writes it, when the
first sentence that opens with it calls it a dashboard, tool, platform, applicatie, app, project or
instrument, or the sentence after it opens with "Het project" ("HUBS4TOWNS ontwikkelt mobiliteitshubs. Het
project loopt tot 2026.").

Examples
--------
>>> text = "Buurtwijzer\\n\\nBuurtwijzer is een open source dashboard voor wijken. Breda gebruikt Buurtwijzer."
>>> [(m.start, m.text, m.type) for m in titled_projects(text)]
[(0, 'Buurtwijzer', 'Programme'), (13, 'Buurtwijzer', 'Programme'), (82, 'Buurtwijzer', 'Programme')]
>>> titled_projects("Buurtwijzer\\n\\nBuurtwijzer is een mooie wijk in Breda.")
[]
>>> [m.start for m in titled_projects("STADSLAB | Interreg\\n\\nSTADSLAB test hubs in steden. Het project loopt tot 2026.")]
[0, 21]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["titled_projects", "TITLED_PROJECT_RULE"]

TITLED_PROJECT_RULE = "programmes.titled-project"

#: the title: a name of one to three capitalised words, alone on the first line
#: (a web page's title line may add its site after a bar: "HUBS4TOWNS | Interreg North Sea", round 52a)
_TITLE = re.compile(r"\s*(?:#+\s*)?(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})(?:[ \t]+\|[^\n]*)?[ \t]*\n")
#: what a product or project is called: "is een (open source) dashboard", "is een webapplicatie"
_PRODUCT = r"(?:\s+is\s+een\s+(?:[\w-]+\s+){0,3}?(?:[\w-]*(?:dashboard|tool|platform|applicatie|app|project|instrument))\b|" \
    r"\s[^.!?\n]{10,300}[.!?]\s+(?:Het|Dit)\s+project\s)"  # "X ontwikkelt … . Het project loopt van …" (52a)


def titled_projects(text: str) -> list[Mention]:
    """Each occurrence of the project the title names and the text introduces; see the module."""
    title = _TITLE.match(text)
    if title is None:
        return []
    name = re.escape(title.group("name"))
    if re.search(r"(?:^|[\n.!?]\s*)" + name + _PRODUCT, text) is None:
        return []
    return [Mention(m.start(), m.end(), m.group(), "Programme", TITLED_PROJECT_RULE, 0.7, name=title.group("name"),
                    kind="project")
            for m in re.finditer(r"(?<![\w-])" + name + r"(?![\w-])", text)]
