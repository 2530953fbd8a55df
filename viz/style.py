"""The drawing scheme of a network: colour, shape and symbol per node type, colour, dashes and arrow per relation.

One scheme for the network pages (:mod:`viz.network`) and the entity pages' small networks
(:mod:`graph.serve.ego`).
"""

from __future__ import annotations

__all__ = ["default_style"]

# Colour-blind-friendly palette (Tableau 10), the light ones darkened to 3.5:1 against the white
# page (WCAG 1.4.11 asks 3:1; a margin for thin lines and small marks), hues kept; shapes keep
# types apart in grey-scale prints too. The entity pages' small networks use the same scheme
# (graph.serve.ego).
_TYPES = {
    "Person": ("#4e79a7", "dot", "●"),
    "Municipality": ("#53964a", "square", "■"),
    "Province": ("#5d8f8b", "triangleDown", "▼"),
    "Ministry": ("#e15759", "diamond", "◆"),
    "Organisation": ("#c47322", "hexagon", "⬢"),
    "OrganisationalUnit": ("#9d8530", "triangle", "▲"),
    "Programme": ("#ad759d", "star", "★"),
    "Event": ("#c16f78", "triangleDown", "▼"),
    "Theme": ("#9c755f", "dot", "●"),
    "Document": ("#8e8580", "square", "■"),
    "Other": ("#79706e", "dot", "●"),
}
# relation → (colour, dashes, arrow): each relation its own line pattern (or, when it shares one,
# its own colour family and arrow), so that relations differ by more than colour (WCAG 1.4.1);
# every colour 3.5:1 or more against white (1.4.11 asks 3:1)
_RELATIONS = {
    "hasRole": ("#4e79a7", False, True),
    "memberOf": ("#4e79a7", False, True),
    "affiliatedWith": ("#5d8f8b", [6, 4], True),
    "succeeded": ("#9c755f", [3, 6], True),
    "collaboratesWith": ("#e15759", False, False),
    "participatesIn": ("#53964a", [12, 4], True),
    "partOf": ("#868686", [4, 2], True),
    "initiated": ("#c47322", [12, 3, 3, 3], True),
    "organised": ("#c16f78", [8, 3, 2, 3, 2, 3], True),
    "ledBy": ("#ad759d", [1, 3], True),
    "contactFor": ("#9d8530", [6, 2, 2, 2], True),
    "addresses": ("#9c755f", [16, 4, 2, 4], True),
    "mentions": ("#868686", [2, 3], True),
    "sharedProgrammes": ("#53964a", [12, 4], False),
    "related": ("#868686", [2, 2], False),
}


def default_style() -> dict:
    """Colours and shapes per node type and relation, as the page script reads them.

    >>> style = default_style()
    >>> style["types"]["Ministry"], style["g40"]
    ({'color': '#e15759', 'shape': 'diamond', 'symbol': '◆'}, {'border': '#ab8012', 'width': 4})
    """
    return {
        "types": {t: {"color": c, "shape": s, "symbol": sym} for t, (c, s, sym) in _TYPES.items()},
        "relations": {r: {"color": c, "dashes": d, "arrows": a} for r, (c, d, a) in _RELATIONS.items()},
        "g40": {"border": "#ab8012", "width": 4},
    }
