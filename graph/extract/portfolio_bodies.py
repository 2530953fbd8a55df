"""A body's name between a role word and "bij <employer>" is the role's portfolio: "accountmanager G40 bij BZK".

"Piet Jansen, accountmanager G40 bij het ministerie van BZK" names a post at the ministry whose
portfolio is the G40 (the account he manages), as "directeur Woningbouw bij BZK" names one whose
portfolio is Woningbouw. Read as "accountmanager (van de) G40", the role lands at the G40. So a role
whose body is a name right after its role word, where "bij" and another organisation, ministry or
municipality follow that name, is held at the one after "bij", with the name as its portfolio. A
signature says "bij" by its next line: "accountmanager G40" over a line that is only a ministry's
name ("ministerie van Economische Zaken en Klimaat"), or over a directorate's line and the ministry's
(``Directie Leefbaarheid en Wijken`` / ``Ministerie van BZK``), is the ministry's post too (a ministry's own
staff hold no office in a network; a town's line under "voorzitter G40" may be the chair's own town,
so only a ministry's line moves it).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Piet Jansen, accountmanager G40 bij het ministerie van BZK, opende de dag.", gazetteer=load_gazetteer())
>>> [(r.role, r.portfolio, r.object.label) for r in ex.relations if r.predicate == "hasRole"]
[('accountmanager', 'G40', 'BZK')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Mention, Relation
from .role_words import role_of, role_pattern

__all__ = ["with_employer_bodies"]

#: "bij" and an article before the employer's name ("bij het ministerie van", "bij de gemeente")
_AT = re.compile(r"(?:\s+(?:is|was|wordt|werd))?\s+bij\s+(?:het\s+|de\s+)?(?:(?:ministerie\s+van|gemeente|provincie)\s+)?",
                 re.IGNORECASE)  # (a relative clause's verb between: "die … accountmanager G40 is bij SZW", 48g)

#: the kinds of body an employer after "bij" is
_EMPLOYERS = frozenset({"Ministry", "Organisation", "Municipality", "Province"})


def with_employer_bodies(text: str, relations: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """``relations`` with each role whose body names its portfolio moved to the employer after "bij"
    (see the module). A role "bij" nobody, or with words between the role word and the name, stays:

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Piet Jansen is voorzitter van de G40 en werkt bij BZK.", gazetteer=load_gazetteer())
    >>> [(r.role, r.object.label) for r in ex.relations if r.predicate == "hasRole"]
    [('voorzitter', 'G40')]
    """
    out = []
    for relation in relations:
        if relation.predicate == "hasRole" and relation.role and _titled_by_role(text, relation):
            employer = _employer_after(text, relation.object, mentions)
            if employer is None and relation.rule == "signoffs.role-line":
                employer = _ministry_line_after(text, relation.object, mentions)
            if employer is None:
                employer = _ministry_after_bar(text, relation.object, mentions)
            if employer is None and relation.rule == "roles.bracket":
                employer = _delegation_ministry(text, relation, mentions)
            if employer is not None and employer.label != relation.object.label:
                relation = replace(relation, object=employer, portfolio=relation.portfolio or relation.object.text)
        out.append(relation)
    return out


def _titled_by_role(text: str, relation: Relation) -> bool:
    """Whether the relation's role word stands right before its body's name ("accountmanager G40")."""
    start = max(relation.evidence_start, relation.object.start - 40)
    for match in role_pattern().finditer(text, start, relation.object.start):
        if text[match.end():relation.object.start].strip() == "" and match.end() < relation.object.start:
            role = role_of(match.group())
            return role is not None and role.label == relation.role
    return False


def _employer_after(text: str, body: Mention, mentions: list[Mention]) -> Mention | None:
    at = _AT.match(text, body.end)
    if at is None:
        return None
    return next((m for m in mentions if m.type in _EMPLOYERS and m.start <= at.end() < m.end
                 or m.type in _EMPLOYERS and m.start == at.end()), None) or next(
        (m for m in mentions if m.type in _EMPLOYERS and at.start() < m.start <= at.end()), None)


#: a line that is only a ministry's name: "ministerie van Economische Zaken en Klimaat", "Ministerie van BZK"
_MINISTRY_LINE = re.compile(r"[ \t]*(?:het[ \t]+)?(?:ministerie[ \t]+van[ \t]+)?", re.IGNORECASE)


def _ministry_line_after(text: str, body: Mention, mentions: list[Mention]) -> Mention | None:
    """The ministry that the line after ``body``'s line names, and nothing else; else None.

    >>> text = "accountmanager G40\\nministerie van Economische Zaken en Klimaat\\n"
    >>> body = Mention(15, 18, "G40", "Organisation", "gazetteer.organisation", 1.0)
    >>> ministry = Mention(34, 62, "Economische Zaken en Klimaat", "Ministry", "gazetteer.ministry", 1.0)
    >>> _ministry_line_after(text, body, [body, ministry]) is ministry
    True
    """
    if text[body.end:text.find("\n", body.end) if "\n" in text[body.end:] else len(text)].strip():
        return None  # more on the role's line
    start = text.find("\n", body.end) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start and _unit_line(text, start, end, mentions):  # "Directie Leefbaarheid en Wijken" between: its ministry's
        start = end + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    lead = _MINISTRY_LINE.match(text, start, end)
    ministry = next((m for m in mentions if m.type == "Ministry" and start <= m.start <= lead.end() and m.end <= end), None)
    return ministry if ministry is not None and not text[ministry.end:end].strip() else None


def _unit_line(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the line ``text[start:end]`` is only a unit's name ("Directie Leefbaarheid en Wijken"): in a
    signature, the directorate between the role's line and its ministry's.

    >>> text = "Directie Woningbouw\\n"
    >>> _unit_line(text, 0, 19, [Mention(0, 19, "Directie Woningbouw", "OrganisationalUnit", "units.named", 1.0)])
    True
    """
    return start < end and any(m.type == "OrganisationalUnit" and not text[start:m.start].strip()
                               and not text[m.end:end].strip() for m in mentions if start <= m.start < end)


#: a bar or dash between a role's body and a ministry's name on one line: "Relatiebeheerder G40 | Ministerie van BZK"
_BAR = re.compile(r"[ \t]*[|–—][ \t]*(?:het[ \t]+)?(?:ministerie[ \t]+van[ \t]+)?", re.IGNORECASE)


def _ministry_after_bar(text: str, body: Mention, mentions: list[Mention]) -> Mention | None:
    """The ministry named after a bar or dash right after ``body`` that ends the line (a signature on one
    line: "Relatiebeheerder G40 | Ministerie van BZK"), else None.

    >>> text = "Anne Kuipers – relatiebeheerder G40 – Ministerie van BZK\\n"
    >>> body = Mention(32, 35, "G40", "Organisation", "gazetteer.organisation", 1.0)
    >>> ministry = Mention(53, 56, "BZK", "Ministry", "gazetteer.ministry", 1.0)
    >>> _ministry_after_bar(text, body, [body, ministry]) is ministry
    True
    """
    bar = _BAR.match(text, body.end)
    if bar is None or bar.end() == body.end:
        return None
    ministry = next((m for m in mentions if m.type == "Ministry" and m.start == bar.end()), None)
    line_end = text.find("\n", bar.end())
    rest = text[ministry.end:len(text) if line_end < 0 else line_end] if ministry is not None else "x"
    return ministry if not rest.strip(" \t.") else None


#: the label of a delegation in an attendance list: "Namens BZK:", "Namens het ministerie van SZW:"
_NAMENS = re.compile(r"\bnamens\s+(?:de\s+|het\s+)?(?:ministerie\s+van\s+)?$", re.IGNORECASE)


def _delegation_ministry(text: str, relation: Relation, mentions: list[Mention]) -> Mention | None:
    """The ministry of the last "Namens <ministry>:" label before the relation's person (an attendance
    list: "Namens BZK: …; X (relatiebeheerder G40)"): one who attends for the ministry and whose title
    names another body ("relatiebeheerder G40") holds that post at the ministry, with the body as its
    portfolio. Only a role any body may have (not "voorzitter G40", a network's own office).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Aanwezig\\nNamens BZK: Anne Kuipers (relatiebeheerder G40).\\nNamens de G40: Eva Smit (directeur G40).\\n"
    >>> sorted((r.subject.text, r.role, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "hasRole")
    [('Anne Kuipers', 'relatiebeheerder', 'BZK'), ('Eva Smit', 'directeur', 'G40')]
    """
    role = role_of(relation.role)
    if role is None or role.scope != "any":
        return None
    labels = [m for m in mentions if m.type in _EMPLOYERS and m.end < relation.subject.start
              and relation.subject.start - m.end < 600 and text[m.end:m.end + 1] == ":"
              and _NAMENS.search(text, max(0, m.start - 40), m.start)]
    return labels[-1] if labels and labels[-1].type == "Ministry" else None
