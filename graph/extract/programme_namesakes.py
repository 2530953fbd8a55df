"""Names that repeat part of a programme's name: a short form, and a visit or meeting named after it.

A document that names the "Regionale Voedselagenda" means that agenda by "Voedselagenda" (a
section heading "## 2. Voedselagenda", "de Voedselagenda"), and the "Hervormingsagenda Jeugd" by
"de Hervormingsagenda": a one-word compound is the one longer programme of the document whose name
ends or begins with it (none when there are two: "Omgevingsagenda Noord" and "… Zuid").

"Verslag werkbezoek Circulaire Stad" in a document about the City Deal Circulaire Stad is a visit
to that deal, and the headline "Overleg 'Binnenstad & Co'" over a text about the programme
"Binnenstad & Co" a meeting about it: a visit, or an "overleg", named by (the end of) a programme's
name is no event or unit of its own. A standing body named after a programme ("Stuurgroep City Deal
X", "Programmabureau Regio Deal Y") is one, and stays.

A programme's name followed by the network's own name is one name: "de Datastrategie G40", unless
the document also names it without.

Examples
--------
>>> agenda = Mention(7, 20, "Voedselagenda", "Programme", "programmes.compound", 0.8)
>>> full = Mention(40, 63, "Regionale Voedselagenda", "Programme", "programmes.compound", 0.8)
>>> visit = Mention(70, 96, "werkbezoek Circulaire Stad", "Event", "events.named", 0.8, name="Circulaire Stad")
>>> deal = Mention(100, 125, "City Deal Circulaire Stad", "Programme", "programmes.citydeal", 0.9)
>>> [(m.text, m.label) for m in programme_namesakes([agenda, full, visit, deal])]
[('Voedselagenda', 'Regionale Voedselagenda'), ('Regionale Voedselagenda', 'Regionale Voedselagenda'), ('City Deal Circulaire Stad', 'City Deal Circulaire Stad')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Mention

__all__ = ["programme_namesakes", "network_suffix"]

#: the units that are a meeting, not a standing body: "Overleg X"
_MEETING_KINDS = frozenset({"overleg"})
#: events that are a visit to what they name: "werkbezoek X"
_VISITS = frozenset({"werkbezoek", "bezoek", "excursie", "rondleiding"})
#: a programme's name that goes on with the network's own name: "de Datastrategie G40"
_NETWORK_AFTER = re.compile(r" G40(?![\w-])")


def _plain(name: str) -> str:
    return " ".join(re.sub(r"[\"'“”‘’]", " ", name).lower().split())


def _name_parts(labels: set[str]) -> dict[str, set[str]]:
    """Every run of whole words a programme's name ends with or begins with → the names."""
    parts: dict[str, set[str]] = {}
    for label in labels:
        words = _plain(label).split()
        for k in range(1, len(words)):
            parts.setdefault(" ".join(words[k:]), set()).add(label)
            parts.setdefault(" ".join(words[:k]), set()).add(label)
    return parts


def programme_namesakes(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a one-word programme named by its one longer name, and without the visits
    and meetings named by a programme's name (see the module's docstring)."""
    labels = {m.label for m in mentions if m.type == "Programme"}
    if not labels:
        return mentions
    parts = _name_parts(labels)
    plain = {_plain(label) for label in labels}
    kept = []
    for m in mentions:
        if m.type == "Programme" and m.rule == "programmes.compound" and " " not in m.label:
            longer = parts.get(_plain(m.label), set())
            if len(longer) == 1:
                m = replace(m, name=next(iter(longer)))
        elif m.type == "Event" and m.text.split(" ", 1)[0].lower() in _VISITS \
                and (_plain(m.label) in plain or _plain(m.label) in parts):
            continue  # "werkbezoek Circulaire Stad": a visit to the City Deal Circulaire Stad
        elif m.type == "OrganisationalUnit" and m.kind in _MEETING_KINDS and " " in m.label \
                and _plain(m.label).split(" ", 1)[1] in plain:
            continue  # "Overleg 'Binnenstad & Co'": a meeting about the programme
        kept.append(m)
    return kept


def network_suffix(text: str, mentions: list[Mention]) -> list[Mention]:
    """A compound programme right before the network's name takes it in its name: "de Datastrategie
    G40" is the "Datastrategie G40" (the mention still covers "Datastrategie"; "G40" stays a
    mention of the network). Not when the document also names it without ("Het Volkshuisvestingsfonds
    … kwartiermaker Volkshuisvestingsfonds G40"): one name for one programme.

    >>> text = "Zij werken aan de Datastrategie G40."
    >>> [m.label for m in network_suffix(text, [Mention(18, 31, "Datastrategie", "Programme", "programmes.compound", 0.8)])]
    ['Datastrategie G40']
    """
    compounds = [m for m in mentions if m.type == "Programme" and m.rule == "programmes.compound" and " " not in m.label]
    alone = {m.label for m in compounds if not _NETWORK_AFTER.match(text, m.end)}
    suffixed = {m.label for m in compounds if m.label not in alone}
    if not suffixed:
        return mentions
    return [replace(m, name=m.label + " G40") if m.type == "Programme" and m.rule == "programmes.compound"
            and m.label in suffixed else m for m in mentions]
