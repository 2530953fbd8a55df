"""Who left: under an empty answer about a person at a time, the roles that person had that ended before it
("Anna Visser was voorzitter van Pijler Economie tot 15 november 2026"; walkthrough 21, finding 20). "Geen rol
… in deze periode" was true, but it did not tell a person who left from one never known to have a role.

The roles and their ends are those of ``who-does-what`` asked without a window (the ends a text gives, or a
successor's start: :mod:`graph.tenure`).

Examples
--------
>>> ended_roles_line("Anna Visser", [{"role": "voorzitter", "bodyLabel": "Pijler Economie", "end": "2026-11-15"},
...                                  {"role": "wethouder", "bodyLabel": "Enschede", "end": "2026-11-14"}], "nl")
'Anna Visser was wethouder van Enschede tot 14 november 2026 en voorzitter van Pijler Economie tot 15 november 2026.'
>>> ended_roles_line("Anna Visser", [{"role": "voorzitter", "bodyLabel": "Pijler Economie", "end": "2026-11-15"}], "en")
'Anna Visser was chair of Pijler Economie until 15 November 2026.'
"""

from __future__ import annotations

from .messages import CATALOGUE, msg

__all__ = ["ended_role_notes", "ended_roles_line"]

CATALOGUE.update({
    "ended_roles": {"nl": "{person} was {roles}.", "en": "{person} was {roles}."},
    "ended_role": {"nl": "{role} van {body} tot {day}", "en": "{role} of {body} until {day}"},
    "ended_and": {"nl": " en ", "en": " and "},
})


def ended_roles_line(person: str, rows: list[dict], lang: str) -> str:
    """One line naming ``rows`` (``role``, ``bodyLabel``, ``end`` as ISO days), earliest end first."""
    from .messages import language
    from .reading_dates import date_words
    from .role_labels import role_label

    with language(lang):
        roles = [msg("ended_role", role=role_label(row["role"], lang), body=row["bodyLabel"],
                     day=date_words(str(row["end"])[:10], lang))
                 for row in sorted(rows, key=lambda r: (str(r["end"]), str(r["bodyLabel"])))]
        if len(roles) > 1:
            roles = [", ".join(roles[:-1]), roles[-1]]
        return msg("ended_roles", person=person, roles=msg("ended_and").join(roles))


def ended_role_notes(dataset, question, params: dict, window, lang: str = "nl", *,
                     timeout: float | None = None) -> list[str]:
    """For each person a question's ``params`` name (its ``person`` parameters), the line of the roles that
    ended before ``window`` (before its ``as_of`` day, or before its start); none without a window or for a
    person with no ended role.

    >>> ended_role_notes(None, None, {}, None)
    []
    """
    day = window and (window.as_of or window.start)
    if question is None or not day:
        return []
    from .errors import G40Error
    from .questions import parameter_name
    from .shortcuts import question_rows

    given = {parameter_name(question, name): value for name, value in params.items()}
    people = []
    for parameter in question.parameters:
        values = given.get(parameter.name) if parameter.type == "person" else None
        people += list(values) if isinstance(values, (list, tuple)) else [values] if values else []
    if not people:
        return []
    try:  # one run for all of them (-p person=A -p person=B, --document)
        _question, rows = question_rows(dataset, "who-does-what", {"person": people}, timeout=timeout)
    except G40Error:
        return []  # a name the question already refused
    ended: dict[str, list[dict]] = {}
    for row in rows:
        if row.get("role") and row.get("end") and str(row["end"])[:10] < day:
            ended.setdefault(str(row["person"]), []).append(row)
    return [ended_roles_line(held[0]["personLabel"], held, lang) for held in ended.values()]
