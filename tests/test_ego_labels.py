"""The names in the small network of an entity page do not overlap (walkthrough 47, finding 17: the name of
a neighbour left of the centre ran over the centre's name): each name beside its node away from the centre,
on at most three lines with the whole name as its tooltip, moved down where it would touch another, and the
drawing as big as what it holds. Invented names."""

from __future__ import annotations

import html
import re
import warnings
from itertools import combinations

import pytest

from graph.serve.ego_labels import _box, label_lines
from graph.serve.pages import _ego_layout
from serve_fixture import make_app, make_graph

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

NAMES = ["Anna Jansen-de Boer", "Pijler Wonen en Leefomgeving", "Ministerie van Binnenlandse Zaken", "Tilburg",
         "Stedennetwerk Oost", "Kees van der Molen", "Programma Wijkaanpak Zuid", "Eva Smit", "BZK"]


def _network(count: int) -> dict:
    centre = {"id": "c", "label": "Themagroep Economie en Werk", "types": ["OrganisationalUnit"], "path": "/c",
              "centre": True}
    others = [{"id": f"n{i:02d}", "label": f"{NAMES[i % len(NAMES)]} {i}" if i >= len(NAMES) else NAMES[i],
               "types": ["Person"], "path": f"/n{i}", "centre": False} for i in range(count)]
    return {"nodes": [centre, *others], "links": [{"source": "c", "target": n["id"], "predicate": "collaboratesWith"}
                                                  for n in others]}


def _labels(layout: dict) -> list[dict]:
    return [{"id": n["id"], "anchor": n["name_anchor"], "x": n["name_x"], "y": n["name_y"], "lines": n["name_lines"]}
            for n in layout["nodes"]]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 8, 12, 20, 40])
def test_no_two_names_overlap_and_all_lie_inside_the_drawing(count):
    layout = _ego_layout(_network(count))
    boxes = {label["id"]: _box(label) for label in _labels(layout)}
    touching = [(a, b) for (a, box_a), (b, box_b) in combinations(sorted(boxes.items()), 2)
                if box_a[0] < box_b[2] and box_b[0] < box_a[2] and box_a[1] < box_b[3] and box_b[1] < box_a[3]]
    assert touching == []
    assert all(0 <= left and right <= layout["width"] and 0 <= top and bottom <= layout["height"]
               for left, top, right, bottom in boxes.values())


def test_a_name_stands_on_the_side_away_from_the_centre():
    """The walkthrough's star of four: the left neighbour's name ends left of it, the right one's starts right of
    it, the top one's is above it and the centre's below the centre."""
    layout = _ego_layout(_network(4))
    by_id = {n["id"]: n for n in layout["nodes"]}
    top, right, bottom, left, centre = (by_id[key] for key in ("n00", "n01", "n02", "n03", "c"))
    assert (left["name_anchor"], left["name_x"] < left["x"]) == ("end", True)
    assert (right["name_anchor"], right["name_x"] > right["x"]) == ("start", True)
    assert (top["name_anchor"], top["name_y"] < top["y"]) == ("middle", True)
    assert (bottom["name_anchor"], bottom["name_y"] > bottom["y"]) == ("middle", True)
    assert (centre["name_anchor"], centre["name_y"] > centre["y"]) == ("middle", True)


def test_a_long_name_takes_up_to_three_lines_of_whole_words_and_ends_in_an_ellipsis():
    """Three lines since walkthrough 25, finding 16 ("Stuurgroep City Deal Werkende…" cut off), and a word longer
    than a line is whole on its own line ("Samenwerkingsagend / a")."""
    assert label_lines("Anna Jansen-de Boer") == ["Anna Jansen-de", "Boer"]
    assert label_lines("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties") == [
        "Ministerie van", "Binnenlandse Zaken", "en…"]
    assert label_lines("Stuurgroep City Deal Werkende Binnensteden") == ["Stuurgroep City", "Deal Werkende",
                                                                         "Binnensteden"]
    assert label_lines("Samenwerkingsagenda") == ["Samenwerkingsagenda"]
    assert label_lines("Themagroep Arbeidsmarktparticipatie") == ["Themagroep", "Arbeidsmarktparticipatie"]
    assert label_lines("  Eva   Smit ") == ["Eva Smit"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(make_app(make_graph(tmp_path_factory.mktemp("ego")), "oxigraph")) as test_client:
        yield test_client


def test_the_page_draws_each_name_in_lines_with_the_whole_name_as_its_tooltip(client):
    page = client.get("/entity/person/anna-de-vries", headers={"Accept": "text/html"}).text
    svg = re.search(r'<svg class="ego".*?</svg>', page, re.S).group(0)
    texts = re.findall(r'<text x="[\d.]+" y="[\d.]+" text-anchor="(start|end|middle)"><title>([^<]*)</title>(.*?)</text>',
                       svg)
    assert {html.unescape(title) for _, title, _ in texts} >= {"Anna de Vries"}
    for _, title, spans in texts:  # the lines together are the name (or its beginning, with "…")
        shown = " ".join(re.findall(r"<tspan [^>]*>([^<]*)</tspan>", spans))
        assert html.unescape(title).startswith(html.unescape(shown).rstrip("…")), (title, shown)
    width, height = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups()
    assert int(width) >= 440 and int(height) >= 200
