"""The printed answer is compact and never breaks a word inside (walkthrough 47, finding 13: "Haverkam|p",
"burgemeest|er", two A4 pages for 22 rows). Checked by hand on her 22 rows: one A4 page, whole words."""

from __future__ import annotations

import re
from pathlib import Path

STYLE = Path(__file__).resolve().parents[1] / "graph" / "serve" / "static" / "style.css"


def _print_rules() -> str:
    css = STYLE.read_text(encoding="utf-8")
    return css[css.index("@media print {"):]


def test_no_rule_breaks_a_word_inside():
    css = STYLE.read_text(encoding="utf-8")
    assert "break-all" not in css and "overflow-wrap: anywhere" not in css
    cells = re.search(r"table\.results th, table\.results td \{([^}]*)\}", _print_rules()).group(1)
    assert "overflow-wrap: break-word" in cells and "word-break: normal" in cells, cells


def test_the_explanation_paragraph_stays_on_screen(client):
    page = client.get("/questions/who-does-what", params={"run": "1"}, headers={"Accept": "text/html"}).text
    assert '<p class="question-description">' in page
    hidden = re.search(r"\n  ([^{\n]+) \{ display: none !important; \}", _print_rules()).group(1).split(", ")
    assert ".question-description" in hidden
    assert re.search(r"table\.results, table\.attributes \{[^}]*font-size: 8pt", _print_rules())
