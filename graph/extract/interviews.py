"""Interviews: who answers, and whom their "we" stands for.

An interview is labelled as one near its top ("*Interview, 4 april 2024*", "Interview met X", "In
gesprek met X"), or laid out as questions and answers ("V: …" / "A: …", "Vraag:" / "Antwoord:"), and
introduces the one it questions in its lead::

    # "Schulden los je niet op vanachter een bureau"
    *Interview, 4 april 2024*

    Sinds januari is Esra Yıldız, wethouder in Schiedam, bestuurlijk trekker van de G40-themagroep
    Armoede en Schulden. …

    **Hoe ben je hier terechtgekomen?**
    "Na mijn studie ben ik begonnen als klantmanager …"

The answers' "ik" is the first person the lead names (:func:`interviewee`, or the one "Interview met
X" names); their "we" is the unit the lead makes that person trekker or chair of ("Met de NVVK hebben
we de campagne opgezet": the themagroep; :func:`interviewee_body`), else nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> from graph.extract.context import DocContext
>>> text = ("Interview\\n\\nEva Smit is trekker van de Themagroep Wonen. We spraken haar.\\n\\n"
...         "Wat doet u?\\n\\"Ik werk.\\"\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> ctx = DocContext("d", text, ex.sentences, list(ex.mentions))
>>> interviewee(ctx).text, interviewee_body(ctx).text
('Eva Smit', 'Themagroep Wonen')
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["interviewee", "interviewee_body", "answer_lines"]

#: a line that labels the document an interview: "Interview", "*Interview, 4 april 2024*", "Dubbelinterview"
_LABEL = re.compile(r"[\s*_#>]*(?:dubbel)?interview\b(?!\s+met\b)[^\n]{0,40}$", re.IGNORECASE)
#: "Interview met X", "In gesprek met X" on one of the first lines: X answers
_WITH = re.compile(r"[\s*_#>]*(?:(?:dubbel)?interview|in\s+gesprek)\s+met\s+", re.IGNORECASE)
#: what may stand between "In gesprek met" and the name: a title ("wethouder", "de nieuwe directeur")
_TITLE_GAP = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")
#: the lines of a question-and-answer layout: "V: …" / "A: …", "Vraag: …" / "Antwoord: …" (perhaps in bold)
_QUESTION_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?(?:V|Vraag)[ \t]*:", re.MULTILINE)
_ANSWER_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?(?:A|Antwoord)[ \t]*:(?:\*\*|__)?[ \t]*", re.MULTILINE)
#: how many of the first lines may hold the label, and how many sentences the lead may take
_TOP_LINES = 3
_LEAD_SENTENCES = 4
#: the role that makes the interviewee speak for a unit: "trekker van de (G40-)themagroep X"
_LEADS = re.compile(r"\b(?:bestuurlijk\s+)?(?:trekker|voorzitter|vicevoorzitter)\s+van\s+(?:de|het)\s+(?:G40[- ])?$",
                    re.IGNORECASE)


def _top(ctx: DocContext) -> list[Sentence]:
    return [s for s in ctx.sentences if s.text.strip()][:_TOP_LINES]


def _lead(ctx: DocContext) -> tuple[Mention | None, Sentence | None]:
    """The interviewee and the sentence that introduces them (worked out once)."""
    if "interview_lead" in ctx.__dict__:
        return ctx.__dict__["interview_lead"]
    found: tuple[Mention | None, Sentence | None] = (None, None)
    top = _top(ctx)
    for k, line in enumerate(top):
        named = _WITH.match(ctx.text, line.start, line.end)
        if named is not None:
            person = next((m for m in ctx.in_sentence(line) if m.type == "Person"
                           and _TITLE_GAP.fullmatch(ctx.text, named.end(), m.start)), None)
            found = (person, line) if person is not None else found
            break
        if _LABEL.fullmatch(ctx.text, line.start, line.end):
            body = [s for s in ctx.sentences if s.start > line.start and s.text.strip()][:_LEAD_SENTENCES]
            sentence = next((s for s in body if any(m.type == "Person" for m in ctx.in_sentence(s))), None)
            if sentence is not None:
                found = (next(m for m in ctx.in_sentence(sentence) if m.type == "Person"), sentence)
            break
    if found == (None, None) and len(_QUESTION_LINE.findall(ctx.text)) >= 2 and _ANSWER_LINE.search(ctx.text):
        body = [s for s in ctx.sentences if s.text.strip()][:_LEAD_SENTENCES + 1]  # "V: … A: …" without a label
        sentence = next((s for s in body if any(m.type == "Person" for m in ctx.in_sentence(s))
                         and not _QUESTION_LINE.match(ctx.text, s.start)), None)
        if sentence is not None:
            found = (next(m for m in ctx.in_sentence(sentence) if m.type == "Person"), sentence)
    ctx.__dict__["interview_lead"] = found
    return found


def interviewee(ctx: DocContext) -> Mention | None:
    """The person an interview questions: the answers' "ik" (None for a document that is no interview)."""
    return _lead(ctx)[0]


def interviewee_body(ctx: DocContext) -> Mention | None:
    """The unit the lead makes the interviewee trekker or chair of: the answers' "we"."""
    person, sentence = _lead(ctx)
    if person is None:
        return None
    for unit in (m for m in ctx.in_sentence(sentence) if m.type == "OrganisationalUnit" and m.start > person.end):
        if _LEADS.search(ctx.text, max(sentence.start, unit.start - 60), unit.start):
            return unit
    return None


def answer_lines(ctx: DocContext) -> list[tuple[int, int]]:
    """(start, end) of each "A: …" / "Antwoord: …" line of a question-and-answer layout: the interviewee's words."""
    if "A:" not in ctx.text and "ntwoord" not in ctx.text:
        return []
    spans = []
    for match in _ANSWER_LINE.finditer(ctx.text):
        end = ctx.text.find("\n", match.end())
        spans.append((match.end(), len(ctx.text) if end < 0 else end))
    return spans
