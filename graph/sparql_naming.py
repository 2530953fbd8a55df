"""Expressions a SPARQL query must name with ``AS``, found in its text for a hint after a parse error.

Two habits from other SQL and SPARQL engines fail here: a projection ``SELECT (YEAR(?d))`` without
``AS ?name``, which SPARQL does not allow, and ``GROUP BY (YEAR(?d))`` (allowed) with ``?d`` or an
unnamed ``YEAR(?d)`` in the SELECT, which shows a variable the grouping does not keep. Oxigraph's
parser says "expected ENCODE_FOR_URI" or "The SELECT contains a variable that is unbound" among a
list of tokens; :func:`naming_hint` says what to write instead. Text only: nothing is parsed.

Examples
--------
>>> naming_hint("expected ENCODE_FOR_URI", "SELECT ?x (YEAR(?d)) WHERE { ?x ?p ?d }")
'een expressie in SELECT heeft een naam nodig: schrijf (YEAR(?d) AS ?naam)'
>>> naming_hint("The SELECT contains an expression with a variable that is unbound",
...             "SELECT (YEAR(?d) AS ?j) (COUNT(*) AS ?n) WHERE { ?x ?p ?d } GROUP BY (YEAR(?d))")
'SELECT toont alleen wat GROUP BY een naam geeft: schrijf GROUP BY (YEAR(?d) AS ?naam) en SELECT ?naam, of BIND(YEAR(?d) AS ?naam) in WHERE en GROUP BY ?naam'
"""

from __future__ import annotations

import re

from .messages import CATALOGUE, msg

__all__ = ["naming_hint", "unnamed_expressions"]

CATALOGUE.update(
    {
        "query_select_without_as": {
            "nl": "een expressie in SELECT heeft een naam nodig: schrijf ({expression} AS ?naam)",
            "en": "an expression in SELECT needs a name: write ({expression} AS ?name)"},
        "query_group_without_as": {
            "nl": "SELECT toont alleen wat GROUP BY een naam geeft: schrijf GROUP BY ({expression} AS ?naam) en "
                  "SELECT ?naam, of BIND({expression} AS ?naam) in WHERE en GROUP BY ?naam",
            "en": "SELECT shows only what GROUP BY names: write GROUP BY ({expression} AS ?name) and SELECT ?name, "
                  "or BIND({expression} AS ?name) in WHERE and GROUP BY ?name"},
        "query_select_ungrouped": {
            "nl": "SELECT toont een variabele die niet in GROUP BY staat (een aggregaat zonder GROUP BY maakt één "
                  "groep): zet hem in GROUP BY of in een aggregaat, (SAMPLE(?x) AS ?x1)",
            "en": "SELECT shows a variable that is not in GROUP BY (an aggregate without GROUP BY makes one group): "
                  "put it in GROUP BY or in an aggregate, (SAMPLE(?x) AS ?x1)"},
    }
)

#: strings, IRIs and comments, blanked to spaces of the same length (so offsets stay the text's)
NOT_CODE = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s()]*>|#[^\n]*')
_SELECT = re.compile(r"\bSELECT\b(?:\s+(?:DISTINCT|REDUCED)\b)?", re.I)
_SELECT_END = re.compile(r"\bWHERE\b|\{|\bFROM\b", re.I)
_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.I)
_GROUP_END = re.compile(r"\bHAVING\b|\bORDER\s+BY\b|\bLIMIT\b|\bOFFSET\b|\bVALUES\b|\}", re.I)
_NAMED = re.compile(r"\bAS\s+[?$]\w", re.I)


def _blanked(text: str) -> str:
    return NOT_CODE.sub(lambda found: " " * len(found.group()), text)


def _top_level_groups(code: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each bracketed group of ``code[start:end]`` that no other bracket holds.

    >>> _top_level_groups("SELECT ?a (1 AS ?b) (f(?c)) {", 0, 28)
    [(10, 19), (20, 27)]
    """
    groups, depth, opened = [], 0, 0
    for index in range(start, end):
        char = code[index]
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append((opened, index + 1))
    return groups


def unnamed_expressions(text: str) -> dict[str, list[str]]:
    """The bracketed expressions without ``AS ?name`` in the SELECT clause and in GROUP BY (as
    written, without their outer brackets).

    >>> unnamed_expressions('SELECT ?m (YEAR(?d)) (COUNT(*) AS ?n) WHERE { ?m ?p ?d } GROUP BY ?m (YEAR(?d)) (?m)')
    {'select': ['YEAR(?d)'], 'group': ['YEAR(?d)', '?m']}
    """
    code = _blanked(text)
    found = {"select": [], "group": []}
    select = _SELECT.search(code)
    if select:
        end = _SELECT_END.search(code, select.end())
        found["select"] = _unnamed(text, code, select.end(), end.start() if end else len(code))
    for group in _GROUP_BY.finditer(code):
        end = _GROUP_END.search(code, group.end())
        found["group"] += _unnamed(text, code, group.end(), end.start() if end else len(code))
    return found


def _unnamed(text: str, code: str, start: int, end: int) -> list[str]:
    return [" ".join(text[a + 1:b - 1].split()) for a, b in _top_level_groups(code, start, end)
            if not _NAMED.search(code[a:b])]


def naming_hint(reason: str, text: str) -> str | None:
    """A one-line hint (interface language) when the parser's ``reason`` comes from an expression
    without ``AS``, else None.

    >>> naming_hint("expected one of LATERAL", "SELECT ?a WHERE { ?a ?b ?c }") is None
    True
    >>> naming_hint("The SELECT contains a variable that is unbound", "SELECT ?a (COUNT(*) AS ?n) { ?a ?b ?c }")
    'SELECT toont een variabele die niet in GROUP BY staat (een aggregaat zonder GROUP BY maakt één groep): zet hem in GROUP BY of in een aggregaat, (SAMPLE(?x) AS ?x1)'
    """
    unnamed = unnamed_expressions(text)
    if "unbound" in reason and "SELECT" in reason:
        grouped = [expression for expression in unnamed["group"] if not re.fullmatch(r"[?$]\w+", expression)]
        if grouped:
            return msg("query_group_without_as", expression=grouped[0])
        if not unnamed["select"]:
            return msg("query_select_ungrouped")
    if unnamed["select"]:
        return msg("query_select_without_as", expression=unnamed["select"][0])
    return None
