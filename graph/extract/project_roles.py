"""The roles of a shared software project, held in the project the document is about.

The README of an open-source project that municipalities build together ("X is een open source
dashboard …", :mod:`graph.extract.titled_projects`) names who keeps it by the town they work for:
"| Tilburg | Eva Smit | lead developer |" under "| gemeente | maintainer | functie |", "Product
owner: Jan Bos (gemeente Ede)", "Oud-maintainers: Kees Kok (Oss, 2021–2023)". Such a role (a maintainer, a
product owner, a community manager, a developer or engineer: ``PROJECT_ROLES``) is held in the
project; the town it was read with is where the person works. A role the other rules read with a
town is given in the project too; "Oud-maintainers:" (or "Voormalige maintainers:") makes each
person after it a past maintainer, from and until the years of their bracket.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Buurtmeter\\n\\nBuurtmeter is een open source app voor wijkteams.\\n\\n"
...         "| gemeente | maintainer | functie |\\n|---|---|---|\\n| Ede | Eva Smit | data engineer |\\n\\n"
...         "Oud-maintainers: Kees Kok (Oss, 2020–2022) en Anna Bos (Ede).\\n")
>>> sorted((r.subject.text, r.role, r.past, r.valid_from or "", r.valid_until or "")
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule.startswith("projects."))
... # doctest: +NORMALIZE_WHITESPACE
[('Anna Bos', 'maintainer', True, '', ''), ('Eva Smit', 'data engineer', False, '', ''),
 ('Eva Smit', 'maintainer', False, '', ''), ('Kees Kok', 'maintainer', True, '2020-01-01', '2022-12-31')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import DocContext
from .periods import find_periods
from .role_words import role_of
from .titled_projects import TITLED_PROJECT_RULE

__all__ = ["find_project_roles", "PROJECT_ROLES"]

#: the role labels (``roles.csv``) of a shared software project's team
PROJECT_ROLES = frozenset({"maintainer", "product owner", "community manager", "lead developer", "data engineer",
                           "front-end developer", "DevOps engineer", "informatieanalist"})
#: a field of former holders: "Oud-maintainers:", "**Voormalige maintainers:**"
_FORMER = re.compile(r"(?:\*\*)?(?:[Oo]ud-|[Vv]oormalige\s+)maintainers?:?(?:\*\*)?:?\s*")


def find_project_roles(ctx: DocContext) -> None:
    """The project roles of the titled project's document (see the module docstring)."""
    project = next((m for m in ctx.mentions if m.rule == TITLED_PROJECT_RULE), None)
    if project is None:
        return
    former = set()
    for match in _FORMER.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        if sentence is None:
            continue
        for person in [m for m in ctx.in_span(match.end(), sentence.end) if m.type == "Person"]:
            former.add(person.start)
            bracket = re.match(r"\s*\(([^()]*)\)", ctx.text[person.end:])
            end = person.end + (bracket.end() if bracket else 0)
            # the person and their bracket: the period of one former holder is not the next one's
            own = replace(sentence, start=person.start, end=end, text=ctx.text[person.start:end])
            ctx.add(person, "hasRole", project, own, "projects.former", 0.7, role="maintainer", past=True,
                    **(_bracket_period(bracket.group(1)) if bracket else {}))
    _role_fields(ctx, project, former)
    for r in list(ctx.relations):
        if r.predicate == "hasRole" and r.role in PROJECT_ROLES and r.subject.type == "Person" and r.object is not project \
                and r.object.type in ("Municipality", "Organisation", "Province", "Ministry") \
                and r.subject.start not in former:
            sentence = ctx.sentence_at(r.evidence_start)
            if sentence is not None:
                ctx.add(r.subject, "hasRole", project, sentence, "projects.role", 0.7, role=r.role,
                        past=r.past, since=r.valid_from, until=r.valid_until)


#: a field line of a project role: "- **Product owner:** sinds 1 juni 2025 X", "Community manager: Y (Ede)"
_ROLE_FIELD = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<label>[A-Za-z][\w -]{2,30}?)(?:\*\*)?:(?:\*\*)?[ \t]*"
                         r"(?P<rest>[^\n]*)", re.MULTILINE)
#: what may stand between the field's label and its holder: a start ("sinds 1 juni 2025", "per mei 2024")
_START = re.compile(r"(?P<start>(?:sinds|per|vanaf)\s+[^,;()]*?)\s*$", re.IGNORECASE)


def _role_fields(ctx: DocContext, project, former: set[int]) -> None:
    """"Product owner: sinds 1 juni 2025 X (gemeente Ede)": X holds the field's project role, from that day."""
    for match in _ROLE_FIELD.finditer(ctx.text):
        role = role_of(match.group("label").strip())
        if role is None or role.label not in PROJECT_ROLES:
            continue
        persons = [m for m in ctx.in_span(match.start("rest"), match.end("rest")) if m.type == "Person"]
        if not persons or persons[0].start in former:
            continue
        before = ctx.text[match.start("rest"):persons[0].start]
        start = _START.fullmatch(before.strip()) if before.strip() else None
        if before.strip() and start is None:
            continue  # "Product owner: de gemeente zoekt nog een opvolger voor X": no holder named first
        sentence = ctx.sentence_at(persons[0].start)
        since = find_periods(start.group("start")) if start else []
        ctx.add(persons[0], "hasRole", project, sentence, "projects.role-field", 0.7, role=role.label,
                since=since[0].valid_from if since else None)


def _bracket_period(bracket: str) -> dict[str, str]:
    """The period a former holder's bracket gives: "Oss, 2020–2022", "Ede, tot maart 2024" (keywords for
    :meth:`DocContext.add`).

    >>> _bracket_period("Oss, 2020–2022"), _bracket_period("Ede")
    ({'since': '2020-01-01', 'until': '2022-12-31'}, {})
    """
    found = {}
    for period in find_periods(bracket.split(";")[0]):
        if period.valid_from:
            found["since"] = period.valid_from
        if period.valid_until:
            found["until"] = period.valid_until
        break
    return found
