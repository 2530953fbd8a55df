"""A leaver's handover list: who takes over each file ("dossier") the writer of a mail hands on.

A colleague who leaves writes, one item per file, who takes it over::

    Mijn dossiers worden als volgt overgedragen:
    - City Deal Zon: voor de City Deal kunt u vanaf 22 april terecht bij Eva Smit, die het programmamanagement a.i. overneemt.
    - Themagroep Wonen (ambtelijk): mijn collega Kees Bos neemt mijn plaats in het ambtelijk overleg in.
    - Regio Deal Noord: dit dossier ging al op 1 maart over naar Jan de Wit.

The item's file is the programme or unit that opens it (before its colon); the mail's writer (the
``Van:`` line's person: :func:`graph.extract.mail.sender_at`) hands it over:

* "(kunt u) terecht bij X": X is the file's contact, from the day the item gives ("vanaf 22 april");
* "X, die het <taak> (a.i.) overneemt": X holds the role the task names ("programmamanagement":
  programmamanager, "-schap": its holder) in the file's body and succeeded the writer;
* "X neemt mijn plaats (in …) in": X succeeded the writer, and both take part in the body (the writer
  no more);
* "dit dossier ging (op D) over naar X", "is overgedragen aan X": X is the file's contact from D.

Rules ``handover.contact``, ``handover.role``, ``handover.place``.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Van: Ysolde Terborg <y.terborg@ede.nl>\\nAan: Team\\nOnderwerp: Afscheid\\n\\nBeste collega's,\\n\\n"
...         "Mijn dossiers worden als volgt overgedragen:\\n\\n"
...         "- City Deal Zon: voor de City Deal kunt u vanaf 22 april terecht bij Eva Smit, die het programmamanagement "
...         "a.i. overneemt.\\n- Regio Deal Noord: dit dossier ging al op 1 maart over naar Jan de Wit.\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role, r.valid_from)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-04-17").relations if r.rule.startswith("handover."))
... # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'contactFor', 'City Deal Zon', None, '2025-04-22'),
 ('Eva Smit', 'hasRole', 'City Deal Zon', 'programmamanager a.i.', '2025-04-22'),
 ('Eva Smit', 'succeeded', 'Ysolde Terborg', None, '2025-04-22'),
 ('Jan de Wit', 'contactFor', 'Regio Deal Noord', None, '2025-03-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .mail import sender_at
from .model import Mention, Sentence
from .periods import change_date

__all__ = ["find_dossier_handover"]

#: what a file of the list is: a programme or a unit
_FILES = frozenset({"Programme", "OrganisationalUnit"})
#: the rest of the item's head after its file: "(ambtelijk):"
_HEAD_END = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?:\s")
#: "terecht bij X"
_CONTACT = re.compile(r"\bterecht\s+bij\s+$")
#: "dit dossier ging over naar X", "is overgedragen aan X"
_PASSED = re.compile(r"\b(?:ging|gaat|is|wordt|werd)\b[^.;:]{0,40}?\b(?:over\s+naar|overgedragen\s+aan)\s+$")
#: ", die het programmamanagement a.i. overneemt"
_TAKES_TASK = re.compile(r",?\s+die\s+(?:het|de)\s+(?P<task>\w+(?:management|schap)|secretariaat)"
                         r"(?P<interim>\s+a\.\s?i\.)?\s+(?:overneemt|overnam|over\s*neemt)\b")
#: "neemt mijn plaats (in het overleg) in"
_MY_PLACE = re.compile(r"\s+(?:neemt|nam)\s+mijn\s+plaats\b[^.;]{0,60}?\s+in\b")


def find_dossier_handover(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the facts of one item of a handover list (see the module)."""
    if sentence.bullet_list is None:
        return
    start = ctx.content_start(sentence)
    file = next((m for m in mentions if m.start == start and m.type in _FILES), None)
    head = _HEAD_END.match(ctx.text, file.end) if file is not None else None
    writer = sender_at(ctx, sentence.start) if head is not None else None
    if writer is None:
        return
    for person in (m for m in mentions if m.type == "Person" and m.start >= head.end() and m is not writer):
        before = ctx.text[head.end():person.start]
        since = change_date(ctx.text, head.end(), person.start, year=ctx.date)
        if _CONTACT.search(before) or _PASSED.search(before):
            ctx.add(person, "contactFor", file, sentence, "handover.contact", 0.75, since=since)
        task = _TAKES_TASK.match(ctx.text, person.end, sentence.end)
        if task is not None:
            role = _holder(task.group("task")) + (" a.i." if task.group("interim") else "")
            ctx.add(person, "hasRole", file, sentence, "handover.role", 0.75, role=role, since=since)
            ctx.add(person, "succeeded", writer, sentence, "handover.role", 0.75)
        if _MY_PLACE.match(ctx.text, person.end, sentence.end):
            ctx.add(person, "succeeded", writer, sentence, "handover.place", 0.75)
            ctx.add(person, "participatesIn", file, sentence, "handover.place", 0.75)
            ctx.add(writer, "participatesIn", file, sentence, "handover.place", 0.75, past=True)
        break  # the first person named is the one who takes the file over


def _holder(task: str) -> str:
    """The role of who does a task: "programmamanagement" programmamanager, "voorzitterschap" voorzitter.

    >>> _holder("programmamanagement"), _holder("trekkerschap"), _holder("secretariaat")
    ('programmamanager', 'trekker', 'secretaris')
    """
    if task.endswith("management"):
        return task[:-len("ment")] + "r"
    if task.endswith("schap"):
        return task[:-len("schap")]
    return "secretaris"
