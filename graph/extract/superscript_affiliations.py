"""Authors with superscript affiliations in a literature list: "Brakel, J. van¹ & Okkerse, M.²" over a key
"Affiliaties" that says where each number works, "1. Platform31", "2. Gemeente Zwolle, afdeling Economie".

A reference list in the APA style writes its authors surname first ("Brakel, J. van", "El Idrissi, N.",
"Hoekstra-Benali, S."); a list that names the authors' organisations glues a superscript number to each name and
explains the numbers in a section of its own, "Affiliaties" (or "Affiliations")::

    3. Tjalsma, R.³ & Pool, K. de⁴ (2024). Binnenstadsmonitor 2024. Deventer.

    Affiliaties

    3. Hogeschool Saxion, lectoraat Gebiedsontwikkeling (dr. R. Tjalsma is lector)
    4. G40-bureau
    6. Gemeente Helmond, programmamanager binnenstad
    7. Ten tijde van het proefschrift gemeente Leeuwarden; sinds 2024 werkzaam bij INretail

A name surname first with initials and a superscript is a person (:func:`superscript_authors`, labelled in the
order of running text, "J. van Brakel"). Each author is affiliated with the first organisation, municipality or
unit of the key's entry of each number; an entry that gives an office after that actor (", programmamanager
binnenstad") or after the author's name in its bracket ("Tjalsma is lector") gives the author that office there
instead. An entry of two parts apart by ";" gives both; a part "ten tijde van …"/"destijds"/"voorheen" is past,
one "sinds <jaar>" starts in that year. Without the key section, or a superscript without a name surname first
(a footnote "zie noot¹"), nothing (round 58u; :mod:`graph.extract.numbered_affiliations` reads "Eva Smit (1)").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Literatuur\\n\\n1. Kok, A.¹ & Vries, B. de² (2023). Samen bouwen. Den Haag.\\n\\n"
...         "Affiliaties\\n\\n1. Platform31\\n2. Gemeente Ede, senior adviseur wonen\\n")
>>> sorted((r.subject.label, r.predicate, r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == SUPERSCRIPT_RULE)
[('A. Kok', 'affiliatedWith', 'Platform31', None), ('B. de Vries', 'hasRole', 'Ede', 'senior adviseur')]
"""

from __future__ import annotations

import dataclasses
import re

from .actor_types import ACTORS
from .context import DocContext
from .model import Mention
from .roles import role_of, role_pattern

__all__ = ["SUPERSCRIPT_RULE", "find_superscript_affiliations", "superscript_authors"]

SUPERSCRIPT_RULE = "affiliations.superscript"

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|[Hh]et)"
_WORD = r"[A-ZÀ-Ý][a-zß-ÿ'’]+"
#: an author surname first with initials and a superscript: "Brakel, J. van¹", "El Idrissi, N.⁶",
#: "Hoekstra-Benali, S.³", "Kok, A.¹,²"
_AUTHOR = re.compile(
    rf"(?<![\w.-])(?P<surname>{_WORD}(?:[ -]{_WORD})?),[ \t]+(?P<given>[A-Z]\.(?:-?[A-Z]\.)*)"
    rf"(?P<particles>(?:[ \t]+{_PARTICLE})*)(?P<numbers>[{_SUPERSCRIPTS}]+(?:,[{_SUPERSCRIPTS}]+)*)")
#: the heading of the key: a line "Affiliaties" (a Markdown heading's marks already gone)
_KEY_HEADING = re.compile(r"^[ \t]*(?:#+[ \t]*)?(?:Affiliaties|Affiliatie|Affiliations|Affiliaties\s+van\s+de\s+auteurs)"
                          r"[ \t]*:?[ \t]*$", re.MULTILINE)
#: an entry of the key: "1. Platform31", "¹ Platform31", "(1) Platform31"
_ENTRY = re.compile(rf"^[ \t]*(?:(?P<n>\d{{1,2}})[.)]|\((?P<b>\d{{1,2}})\)|(?P<s>[{_SUPERSCRIPTS}]+))[ \t]+(?P<rest>[^\n]+)",
                    re.MULTILINE)
_PAST = re.compile(r"\b(?:ten\s+tijde\s+van|destijds|voorheen|vroeger|tot\s+\d{4})\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsinds\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)


def superscript_authors(text: str, persons: list[Mention]) -> list[Mention]:
    """``persons`` with the authors written surname first with a superscript ("Brakel, J. van¹": "J. van
    Brakel"); a person found inside such a name gives way to it. Only in a text with a key ("Affiliaties").

    >>> key = "\\n\\nAffiliaties\\n\\n1. Platform31\\n"
    >>> [(m.text, m.label) for m in superscript_authors("Brakel, J. van¹ & El Idrissi, N.⁶ (2024)." + key, [])]
    [('Brakel, J. van', 'J. van Brakel'), ('El Idrissi, N.', 'N. El Idrissi')]
    >>> superscript_authors("Zie Brakel, J. van (2023) en noot¹." + key, []), superscript_authors("Kok, A.¹ (2024).", [])
    ([], [])
    """
    if not any(c in text for c in _SUPERSCRIPTS) or _KEY_HEADING.search(text) is None:
        return persons
    found = []
    for match in _AUTHOR.finditer(text):
        particles = " ".join(match.group("particles").split()).lower()
        label = " ".join(part for part in (match.group("given"), particles, match.group("surname")) if part)
        found.append(Mention(match.start(), match.start("numbers"), text[match.start():match.start("numbers")], "Person",
                             "persons.superscript-author", 0.8, name=label))
    if not found:
        return persons
    kept = [m for m in persons if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _key(ctx: DocContext) -> dict[str, tuple[int, int]]:
    """Number → the span of its entry in the key under the "Affiliaties" heading (up to the next heading-like
    line that is no entry)."""
    heading = _KEY_HEADING.search(ctx.text)
    out: dict[str, tuple[int, int]] = {}
    if heading is None:
        return out
    position = heading.end() + 1
    while position < len(ctx.text):
        end = ctx.text.find("\n", position)
        end = len(ctx.text) if end < 0 else end
        line = ctx.text[position:end]
        entry = _ENTRY.match(ctx.text, position, end)
        if entry is not None:
            number = (entry.group("n") or entry.group("b") or entry.group("s")).translate(_DIGITS)
            out.setdefault(number, entry.span("rest"))
        elif line.strip():
            break  # the next section
        position = end + 1
    return out


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of an entry apart by ";" outside brackets."""
    parts, depth, begin = [], 0, start
    for k in range(start, end):
        depth += text[k] == "("
        depth -= text[k] == ")" and depth > 0
        if text[k] == ";" and depth == 0:
            parts.append((begin, k))
            begin = k + 1
    parts.append((begin, end))
    return parts


def _office(ctx: DocContext, actor: Mention, author: Mention, end: int):
    """The office the part gives ``author`` at ``actor``: after the actor (", programmamanager binnenstad") or
    after the author's surname in a bracket ("(dr. R. Tjalsma is lector; …)")."""
    after = re.match(r"[ \t]*,[ \t]*", ctx.text[actor.end:end])
    if after is not None:
        word = role_pattern().match(ctx.text, actor.end + after.end(), end)
        if word is not None and role_of(word.group(0)) is not None:
            return role_of(word.group(0))
    surname = author.label.split()[-1]
    for bracket in re.finditer(r"\(([^()]*)\)", ctx.text[actor.end:end]):
        named = re.search(re.escape(surname) + r"[ \t]+(?:is[ \t]+)?", bracket.group(1))
        if named is not None:
            word = role_pattern().match(bracket.group(1), named.end())
            return role_of(word.group(0)) if word is not None else None
    return None


def find_superscript_affiliations(ctx: DocContext) -> None:
    """Add each superscripted author's affiliations and offices the key gives (see the module)."""
    authors = [m for m in ctx.mentions if m.rule == "persons.superscript-author"]
    key = _key(ctx) if authors else {}
    if not key:
        return
    for author in authors:
        numbers = re.match(rf"[{_SUPERSCRIPTS},]+", ctx.text[author.end:author.end + 12])
        sentence = ctx.sentence_at(author.start)
        if numbers is None or sentence is None:
            continue
        for number in {n.translate(_DIGITS) for n in numbers.group(0).split(",") if n}:
            if number not in key:
                continue
            for start, end in _parts(ctx.text, *key[number]):
                actors = [m for m in ctx.in_span(start, end) if m.type in ACTORS]
                if not actors:
                    continue
                # the longest of those that open first: "G40-bureau", not the "G40" inside it
                actor = max((m for m in actors if m.start == actors[0].start), key=lambda m: m.end)
                office = _office(ctx, actor, author, end)
                before = len(ctx.relations)
                if office is not None:
                    ctx.add(author, "hasRole", actor, sentence, SUPERSCRIPT_RULE, 0.75, role=office.label)
                else:
                    ctx.add(author, "affiliatedWith", actor, sentence, SUPERSCRIPT_RULE, 0.75)
                if len(ctx.relations) > before:  # the time is the entry's, not the reference's year
                    since = _SINCE.search(ctx.text, start, end)
                    ctx.relations[-1] = dataclasses.replace(
                        ctx.relations[-1], valid_from=f"{since.group('year')}-01-01" if since else None,
                        valid_until=None, valid_from_precision="year" if since else None, valid_until_precision=None,
                        past=since is None and _PAST.search(ctx.text, start, end) is not None)
