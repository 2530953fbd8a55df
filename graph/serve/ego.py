"""The marks of the small network on an entity page: the network page's colour and shape per type.

One scheme for both drawings (:func:`viz.style.default_style`): a type differs by shape as well
as by colour (WCAG 1.4.1), every colour 3.5:1 or more against white (1.4.11), and a legend names
the types drawn.
"""

from __future__ import annotations

import logging
import math

from viz.style import default_style

__all__ = ["legend", "mark", "type_of"]

log = logging.getLogger(__name__)

#: corners of each shape of the network page (vis-network's names), as (start angle, corners);
#: a star alternates outer and inner corners
_POLYGONS = {"square": (45, 4), "diamond": (90, 4), "triangle": (90, 3), "triangleDown": (-90, 3),
             "hexagon": (0, 6), "star": (90, 10)}


def type_of(types: list[str]) -> str:
    """The first of an entity's ``types`` that the scheme draws, else ``"Other"``.

    >>> type_of(["Thing", "Municipality"]), type_of([])
    ('Municipality', 'Other')
    """
    drawn = default_style()["types"]
    return next((t for t in types if t in drawn), "Other")


def mark(kind: str, x: float, y: float, radius: float) -> dict:
    """Colour and shape of a node of type ``kind`` at (``x``, ``y``): a circle (``points`` None) or
    a polygon's ``points`` in SVG's syntax.

    >>> mark("Person", 10, 10, 8)
    {'type': 'Person', 'colour': '#4e79a7', 'points': None}
    >>> mark("Ministry", 10, 10, 8)["points"]
    '10.0,0.8 19.2,10.0 10.0,19.2 0.8,10.0'
    """
    style = default_style()["types"].get(kind) or default_style()["types"]["Other"]
    shape = _POLYGONS.get(style["shape"])
    if shape is None:
        return {"type": kind, "colour": style["color"], "points": None}
    start, corners = shape
    outer = radius * 1.15  # a polygon of the same area as the circle looks as big
    points = []
    for i in range(corners):
        r = outer * 0.5 if corners == 10 and i % 2 else outer
        angle = math.radians(start - 360 * i / corners)
        points.append(f"{round(x + r * math.cos(angle), 1)},{round(y - r * math.sin(angle), 1)}")
    return {"type": kind, "colour": style["color"], "points": " ".join(points)}


def legend(nodes: list[dict]) -> list[dict]:
    """One mark per type among the drawn ``nodes`` (each with ``type``), in the order first drawn.

    >>> [m["type"] for m in legend([{"type": "Person"}, {"type": "Municipality"}, {"type": "Person"}])]
    ['Person', 'Municipality']
    """
    kinds = list(dict.fromkeys(node["type"] for node in nodes))
    return [mark(kind, 8, 8, 6) for kind in kinds]
