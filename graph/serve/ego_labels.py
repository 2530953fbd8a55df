"""Where the names go in the small network of an entity page, so that the names of neighbouring nodes do
not overlap (walkthrough 47, finding 17: "Mariska ten Brinke" over "Pijler Economie en Werk").

A neighbour's name stands beside it, away from the centre (to the right of a node on the right, to the
left of one on the left; above the top node, below the bottom one); the centre's name below it. A name
is at most three short lines of whole words (:func:`label_lines`), the whole name in the node's tooltip. Names that would
still touch are moved down one by one (:func:`placed_labels`), and the drawing's box grows to hold them.

Sizes are estimates of the 12px type (no text is measured): :data:`CHAR_WIDTH` per character,
:data:`LINE_HEIGHT` per line.

>>> [(l["anchor"], l["lines"]) for l in placed_labels(
...     [{"id": "c", "x": 200, "y": 150, "centre": True, "name": "Pijler Economie en Werk"},
...      {"id": "a", "x": 100, "y": 150, "centre": False, "name": "Eva de Vries"}], 200, 150)]
[('middle', ['Pijler Economie en', 'Werk']), ('end', ['Eva de Vries'])]
"""

from __future__ import annotations

import textwrap

__all__ = ["CHAR_WIDTH", "LINE_HEIGHT", "LINE_CHARS", "label_lines", "placed_labels", "bounds"]

#: estimated width of one character of the drawing's 12px type (DejaVu Sans and system-ui average less)
CHAR_WIDTH = 7.0
#: distance between two lines of one name
LINE_HEIGHT = 14
#: characters on one line of a name
LINE_CHARS = 18
#: height of the type above its baseline and below it
_ASCENT, _DESCENT = 11, 3
#: room left between a node's mark and its name, and between two names
_GAP = 4


def label_lines(name: str, width: int = LINE_CHARS, lines: int = 3) -> list[str]:
    """``name`` on at most ``lines`` lines of at most ``width`` characters, broken between words, a word
    longer than a line whole on a line of its own; what does not fit ends in "…" (walkthrough 25, finding
    16: "Samenwerkingsagend / a", "Stuurgroep City Deal / Werkende…").

    >>> label_lines("Mariska ten Brinke"), label_lines("Pijler Economie en Werk")
    (['Mariska ten Brinke'], ['Pijler Economie en', 'Werk'])
    >>> label_lines("Samenwerkingsagenda"), label_lines("Stuurgroep City Deal Werkende Binnensteden")
    (['Samenwerkingsagenda'], ['Stuurgroep City', 'Deal Werkende', 'Binnensteden'])
    >>> label_lines("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
    ['Ministerie van', 'Binnenlandse Zaken', 'en…']
    """
    return textwrap.wrap(" ".join(name.split()), width, max_lines=lines, placeholder="…",
                         break_long_words=False) or [""]


def _label(node: dict, cx: float, cy: float) -> dict:
    """The name of ``node`` (``x``, ``y``, ``centre``, ``name``, optional ``radius``) placed beside it."""
    lines = label_lines(node["name"])
    radius = node.get("radius", 12 if node["centre"] else 8)
    x, y, dx = node["x"], node["y"], node["x"] - cx
    block = (len(lines) - 1) * LINE_HEIGHT
    if node["centre"] or abs(dx) < 1:  # the centre, and a neighbour straight above or below it
        anchor = "middle"
        baseline = y - radius - _GAP - _DESCENT - block if not node["centre"] and y < cy else \
            y + radius + _GAP + _ASCENT
    else:
        anchor = "start" if dx > 0 else "end"
        x = x + (radius + _GAP) * (1 if dx > 0 else -1)
        baseline = y + _ASCENT / 2 - block / 2
    return {"id": node["id"], "anchor": anchor, "x": round(x, 1), "y": round(baseline, 1), "lines": lines}


def _box(label: dict) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) that ``label`` takes."""
    width = max(len(line) for line in label["lines"]) * CHAR_WIDTH
    left = {"start": label["x"], "end": label["x"] - width, "middle": label["x"] - width / 2}[label["anchor"]]
    top = label["y"] - _ASCENT
    return left, top, left + width, label["y"] + (len(label["lines"]) - 1) * LINE_HEIGHT + _DESCENT


def _overlap(a, b) -> bool:
    return a[0] < b[2] + _GAP and b[0] < a[2] + _GAP and a[1] < b[3] and b[1] < a[3]


def placed_labels(nodes: list[dict], cx: float, cy: float) -> list[dict]:
    """One label per node of ``nodes`` (each ``id``, ``x``, ``y``, ``centre``, ``name``) drawn around the
    centre (``cx``, ``cy``): ``{"id", "anchor", "x", "y", "lines"}``, ``y`` the first line's baseline.
    The centre's name is placed first, then the others from the top down, each moved down below any
    earlier name it would touch.

    >>> near, far = placed_labels([{"id": i, "x": x, "y": 100, "centre": False, "name": "Anna Jansen"}
    ...                            for i, x in (("a", 90), ("b", 60))], 200, 100)
    >>> near["y"] - far["y"] >= 14
    True
    """
    labels = {node["id"]: _label(node, cx, cy) for node in nodes}
    order = sorted(nodes, key=lambda n: (not n["centre"], labels[n["id"]]["y"], n["x"], n["id"]))
    placed: list[tuple] = []
    for node in order:
        label = labels[node["id"]]
        box = _box(label)
        for _ in range(len(nodes) + 1):
            hit = next((other for other in placed if _overlap(box, other)), None)
            if hit is None:
                break
            label["y"] = round(label["y"] + hit[3] + 1 - box[1], 1)
            box = _box(label)
        placed.append(box)
    return [labels[node["id"]] for node in nodes]


def bounds(labels: list[dict], points: list[tuple[float, float]], margin: float = 12) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the drawing: every label's box and every point, with ``margin``.

    >>> bounds([], [(10, 20), (50, 40)], margin=5)
    (5, 15, 55, 45)
    """
    boxes = [_box(label) for label in labels] + [(x, y, x, y) for x, y in points]
    return (min(b[0] for b in boxes) - margin, min(b[1] for b in boxes) - margin,
            max(b[2] for b in boxes) + margin, max(b[3] for b in boxes) + margin)
