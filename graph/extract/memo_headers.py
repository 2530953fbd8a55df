"""A memo's header: who writes from which team of which town, and the wethouder it is for.

An internal memo or briefing note opens with fields "Aan", "Van", "Datum", "Betreft" (lines or a table's rows)::

    | **Aan** | wethouder Laura Smit (Wonen en Ruimte) |
    | **Van** | Tim Bos, senior beleidsadviseur wonen, team Wonen, gemeente Apeldoorn |

- The writer's line names them, their post, their team and their town, each after a comma: the writer holds the
  post in the team (``hasRole``), and the team is part of the town (``partOf``; a team, afdeling or directie the
  line names between the post and "gemeente X"). Rule ``memo.van-team``.
- The addressee is a wethouder named without a town: a memo of the town's own staff is for their own wethouder,
  who holds that office in the town the "Van" line names (``hasRole``, rule ``memo.aan-wethouder``). An "Aan" line
  that names a town of its own, or a "Van" line that names no town, gives nothing.

(Round 58s.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Memo\\n\\n| | |\\n|---|---|\\n| **Aan** | wethouder Eva Kok (Wonen) |\\n"
...         "| **Van** | Tim Bos, beleidsadviseur wonen, team Wonen, gemeente Zwolle |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("memo."))
[('Eva Kok', 'hasRole', 'Zwolle', 'wethouder'), ('Tim Bos', 'hasRole', 'team Wonen', 'beleidsadviseur'), ('team Wonen', 'partOf', 'Zwolle', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_of, role_pattern

__all__ = ["find_memo_headers"]

#: a header field's line: "| **Aan** | …", "**Van:** …", "Aan: …"
_FIELD = re.compile(r"^[ \t]*\|?[ \t]*(?:\*\*)?(?P<field>Aan|Van)(?::)?(?:\*\*)?[ \t]*(?::|\|)?[ \t]*(?P<value>[^\n]*)$",
                    re.MULTILINE)
#: the addressee: "wethouder X"
_WETHOUDER = re.compile(r"wethouder\s+")
#: between the parts of the writer's line
_COMMA = re.compile(r"\s*,\s*")
_TOWN = re.compile(r"\s*,\s*gemeente\s+")
_CLOSE = re.compile(r"\s*(?:\||$)")


def find_memo_headers(ctx: DocContext) -> None:
    """Add the facts of a memo's "Aan" and "Van" fields (see the module)."""
    if "Aan" not in ctx.text or "Van" not in ctx.text:
        return
    fields = {m.group("field"): m for m in _FIELD.finditer(ctx.text, 0, min(len(ctx.text), 1500))}
    if set(fields) != {"Aan", "Van"}:
        return
    town = _writer(ctx, fields["Van"])
    if town is None:
        return
    aan = fields["Aan"]
    named = ctx.in_span(aan.start("value"), aan.end("value"))
    opening = _WETHOUDER.match(ctx.text, aan.start("value"), aan.end("value"))
    person = named[0] if named and opening is not None and named[0].start == opening.end() else None
    if person is not None and person.type == "Person" and not any(m.type == "Municipality" for m in named):
        sentence = ctx.sentence_at(person.start)
        if sentence is not None:
            ctx.add(person, "hasRole", town, sentence, "memo.aan-wethouder", 0.65, role="wethouder")


def _writer(ctx: DocContext, van: re.Match):
    """The town the "Van" line closes with, after adding the writer's post in the team it names before the town."""
    named = ctx.in_span(van.start("value"), van.end("value"))
    if len(named) < 2 or named[0].type != "Person" or named[-1].type != "Municipality" \
            or not _TOWN.fullmatch(ctx.text, named[-2].end, named[-1].start) \
            or not _CLOSE.match(ctx.text, named[-1].end, van.end("value") + 1):
        return None
    person, town = named[0], named[-1]
    sentence = ctx.sentence_at(person.start)
    if len(named) == 3 and named[1].type == "OrganisationalUnit" and sentence is not None:
        comma = _COMMA.match(ctx.text, person.end)
        word = role_pattern().match(ctx.text, comma.end()) if comma is not None else None
        role = role_of(word.group()) if word is not None else None
        if role is not None and re.fullmatch(r"(?:\s+[a-zà-ÿ-]+){0,3}\s*,\s*", ctx.text[word.end():named[1].start]):
            ctx.add(person, "hasRole", named[1], sentence, "memo.van-team", 0.7, role=role.label)
            ctx.add(named[1], "partOf", town, sentence, "memo.van-team", 0.7)
    return town
