"""An application form's project: "2. PROJECT" / "Titel:   Kanaalzone Levendig – van winkelstraat naar
woon-werkhart" names a project (heldout33, round 50a), and the form's other fields say who leads it.

- The mention: a field "Titel:", "Projecttitel:", "Projectnaam:" or "Naam project:" at the start of a line of
  a form (a document of "Label:   value" fields) whose value is a capitalised name; the name ends at a dash
  before a subtitle ("– van winkelstraat naar woon-werkhart"). "Titel:" alone counts only in a project's
  section ("PROJECT", "Projectgegevens") or right under such a line. Rule ``programmes.form-title``.
- The facts (:func:`find_form_projects`), for a form naming one project: "Projectleider: X" (or
  projectmanager, projectcoördinator) makes X that; "Naam organisatie: Gemeente H" with "Rol: aanvrager en
  penvoerder" (or "Penvoerder: H") makes the project led by H.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("AANVRAAGFORMULIER\\n\\n1. AANVRAGER\\nNaam organisatie:   Gemeente Ede\\nRol:   aanvrager en penvoerder\\n"
...         "Projectleider:   Eva Kok, afdeling Economie\\n\\n2. PROJECT\\nTitel:   Binnenstad Bruist – een plan voor de markt\\n"
...         "Looptijd:   1 juli 2026 t/m 30 juni 2028\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "cards.form-project")
[('Binnenstad Bruist', 'ledBy', 'Ede', None), ('Eva Kok', 'hasRole', 'Binnenstad Bruist', 'projectleider')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_form_projects", "form_titles", "FORM_TITLE_RULE"]

FORM_TITLE_RULE = "programmes.form-title"
#: a form's field: a label at the start of a line, a colon and a gap
_FIELD = re.compile(r"^[A-Z][\w /()-]{1,40}:\s+\S", re.MULTILINE)
#: the title field and its name: capitalised words, up to a dash before a subtitle or the line's end
_TITLE = re.compile(r"^(?P<label>Titel|Projecttitel|Projectnaam|Naam\s+(?:van\s+het\s+)?project)\s*:\s+"
                    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?!–|-)[\w'’-]+){0,6}?)\s*(?:[–—-]\s+[^\n]*)?$", re.MULTILINE)
#: a project's section: "2. PROJECT", "Projectgegevens", "Project"
_PROJECT_SECTION = re.compile(r"^(?:\d+\.\s*)?(?:PROJECT(?:GEGEVENS)?|Project(?:gegevens)?)\s*$", re.MULTILINE)
#: the fields that say who leads the project
_LEADER_FIELD = re.compile(r"^(?P<label>Projectleider|Projectmanager|Projectcoördinator)\s*:\s+", re.MULTILINE)
_APPLICANT = re.compile(r"^Naam\s+(?:organisatie|aanvrager)\s*:\s+(?:(?:Gemeente|Provincie)\s+)?", re.MULTILINE | re.IGNORECASE)
_LEADING_ROLE = re.compile(r"^Rol\s*:\s+[^\n]*\bpenvoerder\b", re.MULTILINE | re.IGNORECASE)


def form_titles(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The projects a form's title field names (see the module docstring); ``mentions``: so far."""
    if "itel" not in text and "naam" not in text.lower() or len(_FIELD.findall(text)) < 3:
        return []
    found = []
    for title in _TITLE.finditer(text):
        if title.group("label") == "Titel":
            sections = [s.start() for s in _PROJECT_SECTION.finditer(text, 0, title.start())]
            between = text[sections[-1]:title.start()] if sections else ""
            if not sections or "\n\n" in between.strip("\n"):
                continue
        start, end = title.start("name"), title.end("name")
        if any(m.start <= start < m.end for m in mentions):
            continue
        found.append(Mention(start, end, text[start:end], "Programme", FORM_TITLE_RULE, 0.7, name=text[start:end],
                             kind="project"))
    return found


def find_form_projects(ctx: DocContext) -> None:
    """Add who leads the one project a form's title names (see the module docstring)."""
    projects = [m for m in ctx.mentions if m.rule == FORM_TITLE_RULE]
    if len({m.label for m in projects}) != 1:
        return
    project = projects[0]
    for field in _LEADER_FIELD.finditer(ctx.text):
        person = next((m for m in ctx.in_span(field.end(), ctx.text.find("\n", field.end()) % (len(ctx.text) + 1))
                       if m.type == "Person"), None)
        sentence = ctx.sentence_at(field.start())
        if person is not None and sentence is not None:
            ctx.add(person, "hasRole", project, sentence, "cards.form-project", 0.75, role=field.group("label").lower())
    applicant = _APPLICANT.search(ctx.text)
    leading = _LEADING_ROLE.search(ctx.text)
    body = next((m for m in ctx.mentions if applicant is not None and m.start == applicant.end()
                 and m.type in ("Municipality", "Province", "Organisation", "Ministry")), None)
    sentence = ctx.sentence_at(leading.start()) if leading is not None else None
    if body is not None and sentence is not None and 0 < leading.start() - applicant.start() < 200:
        ctx.add(project, "ledBy", body, sentence, "cards.form-project", 0.7)
