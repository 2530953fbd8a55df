"""An agreement a document is titled after: "Bestuursafspraken Aanpak geldzorgen in middelgrote steden".

The text of an agreement carries its name as its title: the kind of agreement first, one word
("Bestuursafspraken", "Samenwerkingsovereenkomst", "Convenant", "Afsprakenkader"), then the name of what the
parties agree on ("Aanpak geldzorgen …", "Groene Daken"). The
whole title names the agreement (a programme): the parties that sign it under "Namens …" and the
"Partijen:" it lists take part in it (:mod:`graph.extract.parties`). A title that continues after a dash,
colon or bracket ends there ("Convenant Groene Daken – ondertekening"); a title with no name after the
kind word ("ADHESIEVERKLARING") names nothing, nor does a coalition agreement ("Coalitieakkoord …": an
agreement of political parties, which are no entities of the graph).

Examples
--------
>>> [(m.text, m.type) for m in agreement_titles("Samenwerkingsafspraken Wijken Sterk in Ede\\n\\nPartijen: Ede.")]
[('Samenwerkingsafspraken Wijken Sterk in Ede', 'Programme')]
>>> [m.text for m in agreement_titles("Convenant Samen Vooruit – getekend op 1 mei\\n\\nTekst.")]
['Convenant Samen Vooruit']
>>> agreement_titles("Intentieverklaring Samen Vooruit\\n\\nTekst.")
[]
>>> agreement_titles("Coalitieakkoord Ede 2022-2026\\n\\nTekst."), agreement_titles("CONVENANT\\n\\nTekst.")
([], [])
>>> agreement_titles("Bestuursafspraken zijn belangrijk\\n\\nTekst.")
[]
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["agreement_titles", "AGREEMENT_TITLE_RULE"]

AGREEMENT_TITLE_RULE = "programmes.agreement-title"

#: the kind of agreement that opens the title, one word: a compound on "afspraken", "overeenkomst", "akkoord",
#: "convenant" or "afsprakenkader" (not a "verklaring": an intentieverklaring or adhesieverklaring declares an intent
#: to set up or join what it names, the parties' programme, not an agreement of its own: heldout17's gold)
_KIND = (r"(?:[A-Z][a-z]*(?:afspraken|overeenkomst|akkoord|convenant)|Afspraken|Convenant|Overeenkomst|"
         r"Afsprakenkader)")
#: the title: the kind word, then a name that opens with a capital, up to a dash, colon, bracket or the line's end
_TITLE = re.compile(r"[ \t]*(?P<name>(?P<kind>" + _KIND + r")[ \t]+[A-ZÀ-Ý'‘\"“][^\n:()–—|]*?)"
                    r"[ \t]*(?:\s[-–—|][^\n]*|[:(][^\n]*)?\n")
#: kinds of agreement between political parties or people, not between the bodies of the graph
_NOT_BETWEEN_BODIES = re.compile(r"(?:coalitie|regeer|bestuurs(?=akkoord$)|arbeids|huur|koop)", re.IGNORECASE)


def agreement_titles(text: str) -> list[Mention]:
    """The agreement the document's first line names, as a programme mention; see the module."""
    title = _TITLE.match(text)
    if title is None or _NOT_BETWEEN_BODIES.match(title.group("kind")):
        return []
    name = title.group("name").rstrip(" .,;")
    if len(name.split()) < 2:
        return []
    start = title.start("name")
    return [Mention(start, start + len(name), name, "Programme", AGREEMENT_TITLE_RULE, 0.7, kind="agenda")]
