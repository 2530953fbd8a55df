"""An academic post named without its institution: a lector is at a hogeschool, a hoogleraar at a university.

News of a lab, a research project or a conference names the institution once and its lector or
hoogleraar in the same or the next sentence without repeating it: "We hebben een project met Avans
Hogeschool in Breda. Lector X onderzoekt daar …", "Het lab van Hogeschool Windesheim wordt geleid door
lector Y". Dutch higher education gives these posts to one kind of institution only, so the post is
held at the one such institution the sentence (before the name) or the sentence before it names;
none, or two, and nothing is said.

Called once per document by :func:`graph.extract.relations.find_relations`, after the other role rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De gemeente werkt samen met Avans Hogeschool. Lector Jeroen de Wit onderzoekt daar de parken."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.academic-post"]
[('Jeroen de Wit', 'Avans Hogeschool', 'lector')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_academic_posts"]

#: the post right before the name, a chair's field between them: "lector (Wijkgericht Werken) X", "hoogleraar X"
_POST_BEFORE = re.compile(r"\b(?P<post>(?:bijzonder\s+|associate\s+)?(?:lector|hoogleraar))\s+"
                          r"(?:[A-Z][\w-]*(?:\s+(?:en\s+)?[A-Z][\w-]*){0,3}\s+)?$", re.IGNORECASE)
#: an institution of higher education by its name
_INSTITUTION = re.compile(r"\b(?:[Hh]ogeschool|[Uu]niversiteit|[Uu]niversity)\b")
_KIND = {"lector": "hogeschool", "hoogleraar": "universit"}


def _institutions(ctx: DocContext, start: int, end: int, kind: str) -> set[str]:
    """The labels of the institutions of ``kind`` named in ``start:end``."""
    return {m.label: m for m in ctx.in_span(start, end)
            if m.type == "Organisation" and _INSTITUTION.search(m.text) and kind in m.text.lower()}


def find_academic_posts(ctx: DocContext) -> None:
    """Add the post of each "lector X" / "hoogleraar X" at the one hogeschool or university named just before."""
    if "lector" not in ctx.text.lower() and "hoogleraar" not in ctx.text.lower():
        return
    for person in (m for m in ctx.mentions if m.type == "Person"):
        post = _POST_BEFORE.search(ctx.text, max(0, person.start - 60), person.start)
        sentence = ctx.sentence_at(person.start)
        if post is None or sentence is None or _held(ctx, person):
            continue
        label = post.group("post").lower().split()[-1]
        previous = ctx.previous_sentence(sentence)
        start = previous.start if previous is not None and "\n\n" not in ctx.text[previous.end:sentence.start] \
            else sentence.start
        named = _institutions(ctx, start, person.start, _KIND[label])
        if len(named) == 1 and ctx.asserted(sentence, post.start(), person.end):
            evidence = Sentence(start, sentence.end, ctx.text[start:sentence.end])
            ctx.add(person, "hasRole", next(iter(named.values())), evidence, "roles.academic-post", 0.65,
                    role=label, stated_at=post.start())


def _held(ctx: DocContext, person: Mention) -> bool:
    """Whether another rule already gave ``person`` a post at an organisation ("lector bij Hogeschool X")."""
    return any(r.predicate == "hasRole" and r.subject.label == person.label and r.object.type == "Organisation"
               and r.role in ("lector", "hoogleraar") for r in ctx.relations)
