"""A portfolio a decision gives a holder: "de portefeuille P toe te delen aan wethouder X".

A collegebesluit on the division of portfolios names the portfolio before the holder, in the dictum's
infinitive: "1. de portefeuille Wonen, Ruimtelijke Ordening en Mobiliteit toe te delen aan wethouder Pieter
Lankamp;" (walkthrough 39, finding 5), also "over te dragen aan", "toe te kennen aan", and in a finite clause
"kent de portefeuille P toe aan wethouder X", "draagt de portefeuille P over aan wethouder X". The role
(``roles.before-name``: wethouder X) is found by the role rules; the portfolio is a detail of it
(:func:`graph.extract.role_portfolios.with_portfolios` reads it here where the words after the role word give
none), so the successor's term carries it. The portfolio is read as after a role word (fields joined by "en",
"&" or an enumeration's commas) and must reach the verb: "de portefeuille van de vertrokken wethouder toe te
delen" names none.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Gemeente Zwolle\\n\\nbesluit:\\n\\n1. de portefeuille Wonen, Ruimte en Mobiliteit toe te delen aan "
...         "wethouder Pieter Lanting;\\n2. de portefeuille van wethouder Jan Smit over te dragen aan wethouder Eva Kok;\\n")
>>> [(r.subject.text, r.portfolio) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.role == "wethouder"]
[('Pieter Lanting', 'Wonen, Ruimte en Mobiliteit'), ('Jan Smit', None), ('Eva Kok', None)]
"""

from __future__ import annotations

import re

from .model import Mention, Relation

__all__ = ["assigned_portfolio"]

#: "de portefeuille(s) " before the portfolio's words
_PORTFOLIO = re.compile(r"\b(?:de\s+)?portefeuilles?[ \t]+", re.IGNORECASE)
#: the giving verb and "aan" right before the role word, after the portfolio's words
_GIVEN = re.compile(r"[ \t]+(?:(?:toe|over)[ \t]+te[ \t]+(?:delen|dragen|kennen)|(?:toe|over))[ \t]+aan[ \t]+(?:de[ \t]+)?\Z",
                    re.IGNORECASE)
#: a finite giving verb before "de portefeuille": "kent de portefeuille P toe aan", "draagt … over aan"
_FINITE = re.compile(r"\b(?:kent|kende|deelt|deelde|draagt|droeg)[ \t]+(?:de[ \t]+)?portefeuilles?[ \t]+\Z", re.IGNORECASE)


def assigned_portfolio(text: str, relation: Relation, mentions: list[Mention]) -> str | None:
    """The portfolio a decision gives the holder of ``relation`` (a role whose word titles the holder): the words
    between "de portefeuille" and the giving verb right before the role word (module docstring); None where there
    are none."""
    from .role_portfolios import _read, _role_word_of

    here = [m for m in mentions if relation.evidence_start <= m.start < relation.evidence_end]
    word = _role_word_of(text, relation, here)
    if word is None or word.end() > relation.subject.start:
        return None
    role_start = word.start()
    mentions = here
    line_start = max(relation.evidence_start, text.rfind("\n", 0, role_start) + 1)
    opening = None
    for found in _PORTFOLIO.finditer(text, line_start, role_start):
        opening = found
    if opening is None:
        return None
    verb = _GIVEN.search(text, opening.end(), role_start)
    if verb is None:
        return None
    read = _read(text, opening.end() - 1, verb.start(), relation.role, mentions)
    if read is None or read[1] != verb.start():
        return None
    if verb.group(0).split()[0].lower() in ("toe", "over") and "te" not in verb.group(0).split() \
            and not _FINITE.search(text, line_start, opening.end()):
        return None  # "toe aan" only after a finite verb: "kent de portefeuille P toe aan"
    return read[0]
