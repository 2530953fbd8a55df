"""The network's board as a unit of its own, where the text puts someone in it.

An association such as the G40 has a board ("het bestuur", "het algemeen bestuur van de G40") beside
its pijlers and its bureau. Named by its kind only, the board is often the network acting ("Het
bestuur dankt …", "heeft het bestuur van de G40 de taskforce ingesteld"), so that the organisation is
what the sentence is about. Where the text puts someone in the board, the board is the body itself:

- a member or officer of it: "lid van het bestuur", "voorzitter van het algemeen bestuur van de G40";
- joining it: "treedt toe tot het bestuur als lid", "is toegetreden tot het algemeen bestuur van de G40";
- sitting in it: "zit namens Ede in het bestuur";
- its members listed: "Het bestuur bestaat uit: …".

The board there is a unit labelled "<network>-bestuur" (as "het G40-bestuur" is, see
:mod:`graph.extract.standing_bodies`), part of the network: the one named after it ("van de G40"), else the
network the document names. The networks are the organisations the unit lexicon puts units under
(``unit_kinds.csv`` default_parent: a pijler belongs to the G40). The board of another organisation
("lid van het bestuur van de VNG") is left as it was: it names that organisation as often as its
board. A role held only in a board (a treasurer, a board member) with no body named is of the
network's board the document names (:func:`network_board`). The "dagelijks bestuur" (the executive of the board) is a unit of its own
(:func:`graph.extract.standing_bodies._board_of`).

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Nieuws van de G40\\n\\nEva Smit (Ede) treedt toe tot het bestuur als lid."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.label, r.predicate, r.object.label) for r in ex.relations if "bestuur" in r.object.label + r.subject.label)
[('Eva Smit', 'hasRole', 'G40-bestuur'), ('G40-bestuur', 'partOf', 'G40')]
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from .lexicon import load_lexicon
from .model import Mention

__all__ = ["find_boards", "find_board_parts", "network_board", "network_keys", "paragraph_organisation", "BOARD_RULE",
           "BOARD_OF_BODY_RULE", "BOARD_ROLES"]

logger = logging.getLogger(__name__)

BOARD_RULE = "boards.seated"
#: a board named by its kind alone in a paragraph about another body: that body ("lid van het algemeen bestuur")
BOARD_OF_BODY_RULE = "boards.of-paragraph-body"
#: roles held only in a board: a treasurer or a board member with no body named is of the network's board
BOARD_ROLES = frozenset({"penningmeester", "bestuurslid"})

#: the board by its kind ("bestuur", "algemeen bestuur"), then optionally its owner ("van de G40"; a name
#: without an article too: "van Greenport Venlo", "van Platform31" is another body's board, round 41b)
_BOARD = r"(?P<board>(?:algemeen\s+)?bestuur)\b(?P<of>\s+van\s+(?:(?:de|het)\s+|(?=[A-Z0-9])))?"
#: the contexts that put someone in the board: a member or officer of it, joining it, sitting in it,
#: or a list of its members
_SEATED = re.compile(
    r"\b(?:(?:lid|leden|voorzitter|vicevoorzitter|vice-voorzitter|penningmeester|secretaris|secretariaat|"
    r"voorzitterschap)\s+van|tot|"
    r"(?:zit|zat|zitten|zaten|zitting\s+(?:heeft|had|hebben|neemt|nam))\s+(?:[\wÀ-ÿ-]+\s+){0,5}?in)"
    r"\s+het\s+" + _BOARD
    + r"|\b[Hh]et\s+" + _BOARD.replace("?P<board>", "?P<listed>").replace("?P<of>", "?P<listed_of>")
    + r"(?=\s*(?:bestaat|bestond)\s+uit\b)")


@lru_cache(maxsize=1)
def network_keys() -> frozenset[str]:
    """The gazetteer keys of the organisations the unit lexicon puts units under ("G40")."""
    return frozenset(u.default_parent for u in load_lexicon().unit_kinds.values() if u.default_parent)


def find_boards(text: str, mentions: list[Mention]) -> list[Mention]:
    """The network's board where the text puts someone in it (see the module docstring); ``mentions``:
    the document's mentions so far, sorted by offset.

    >>> g40 = Mention(0, 3, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40")
    >>> text = "G40\\nZij is lid van het bestuur."
    >>> [(m.text, m.label) for m in find_boards(text, [g40])]
    [('bestuur', 'G40-bestuur')]
    >>> vng = Mention(37, 40, "VNG", "Organisation", "gazetteer.organisation", 1.0, key="VNG")
    >>> find_boards("G40\\nZij is lid van het bestuur van de VNG.", [g40, vng])
    []
    >>> find_boards("G40\\nZij zit namens Ede in het bestuur van Stadsfonds Noord.", [g40])
    []
    """
    if "bestuur" not in text:
        return []
    networks = network_keys()
    named = next((m for m in mentions if m.type == "Organisation" and m.key in networks), None)
    if named is None:
        return []
    by_start = {m.start: m for m in mentions}
    found = []
    for match in _SEATED.finditer(text):
        group = "board" if match.group("board") else "listed"
        of = match.group("of" if group == "board" else "listed_of")
        owner = named
        if of is not None:
            owner = by_start.get(match.end(group) + len(of))
            if owner is None or owner.type != "Organisation" or owner.key not in networks:
                continue  # "lid van het bestuur van de VNG": another organisation's board
        start, end = match.span(group)
        if of is None:
            before = paragraph_organisation(text, mentions, start)
            if before is not None and before.key not in networks:
                # "… aangesloten bij de GGD Twente. Wethouder X is lid van het algemeen bestuur": the board of
                # the body the paragraph is about, named for that body ("X's board: X", as membership.py does)
                found.append(Mention(start, end, text[start:end], "Organisation", BOARD_OF_BODY_RULE, 0.6,
                                     key=before.key, name=before.label, kind=before.kind))
                continue
        found.append(Mention(start, end, text[start:end], "OrganisationalUnit", BOARD_RULE, 0.7,
                             name=f"{owner.key}-bestuur", kind="bestuur"))
    return found


def paragraph_organisation(text: str, mentions: list[Mention], at: int) -> Mention | None:
    """The organisation named last before offset ``at`` in its paragraph (lines up to a blank line),
    if any: what a board named by its kind alone ("het algemeen bestuur") belongs to.

    >>> ggd = Mention(25, 35, "GGD Twente", "Organisation", "organisations.head-word", 0.8)
    >>> text = "Ede is aangesloten bij de GGD Twente. Zij is lid van het algemeen bestuur."
    >>> paragraph_organisation(text, [ggd], text.index("algemeen")).text
    'GGD Twente'
    >>> text = text.replace(". ", ".\\n\\n")
    >>> paragraph_organisation(text, [ggd], text.index("algemeen")) is None
    True
    """
    opening = text.rfind("\n\n", 0, at) + 2
    return next((m for m in reversed(mentions) if opening <= m.start and m.end <= at and m.type == "Organisation"),
                None)


def find_board_parts(ctx) -> None:
    """The board is part of its network: the one named after it, else the network the document
    names first (once per document)."""
    networks = network_keys()
    boards = [m for m in ctx.mentions if m.rule == BOARD_RULE]
    if not boards:
        return
    named = [m for m in ctx.mentions if m.type == "Organisation" and m.key in networks]
    for board in {m.label: m for m in reversed(boards)}.values():
        owner = next((m for m in named if f"{m.key}-bestuur" == board.label), named[0] if named else None)
        if owner is not None:
            ctx.add(board, "partOf", owner, ctx.sentence_at(board.start), "boards.part-of-network", 0.6)


def network_board(ctx) -> Mention | None:
    """The network's board the document names (see :func:`find_boards`, or "het G40-bestuur"), if any:
    what a role held only in a board is of when no body is named ("Penningmeester X licht de jaarrekening
    toe", "X, voorzitter van de pijler en bestuurslid sinds 2019")."""
    networks = network_keys()
    return next((m for m in ctx.mentions if m.type == "OrganisationalUnit" and m.kind == "bestuur"
                 and m.label.endswith("-bestuur") and m.label[: -len("-bestuur")] in networks), None)
