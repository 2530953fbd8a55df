"""Numbered groups of towns: "de vier G40-steden", "de drie grote Zuid-Limburgse gemeenten",
"alle drie de steden", "beide gemeenten" stand for the towns of a list of that many named nearby.

A news item names its towns once ("de gemeenten Maastricht, Heerlen, Venlo en Sittard-Geleen")
and then counts them ("Het initiatief kwam van de vier G40-steden"). :func:`find_groups` gives
each such group a placeholder mention, so that every relation rule can treat it as one actor;
:func:`expand_groups` then gives each relation of a placeholder to each town it stands for. A
plural "Zij"/"Ze" opening the sentence after one that names a group is that group too
("Zij trekken al jaren samen op in …"), and so is one after a sentence that opens with a list of towns as
its subject ("Assen en Hengelo dienden een aanvraag in. Zij willen …").

The towns are those of the nearest list of exactly that many distinct municipalities before the
group (in the document so far), else of the nearest one in the two sentences after it ("De drie
gemeenten tekenden de deal. … Daarmee willen A, B en C …"). A group with no such list stands
for nothing and states nothing.

A group without a count opening a sentence ("De steden werken daarin samen met X", "Deze gemeenten …")
stands for all the towns of the nearest sentence before it in the paragraph that names any (at
least two of them; up to two sentences back, across a quotation).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Breda, Tilburg en Delft tekenden de City Deal Zon. De drie steden zijn lid van de G40."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted(r.subject.text for r in ex.relations if r.object.text == "G40")
['Breda', 'Delft', 'Tilburg']
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from .cues import may_occur
from .model import Mention, Relation, Sentence

__all__ = ["find_groups", "expand_groups", "GROUP_RULE"]

log = logging.getLogger(__name__)

GROUP_RULE = "groups.numbered"
_COUNTS = {"twee": 2, "beide": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10}
#: "de vier G40-steden", "De drie grote Zuid-Limburgse gemeenten", "Alle drie de steden", "beide gemeenten"
_GROUP = re.compile(r"\b(?:(?:[Dd]e|[Aa]lle|[Dd]eze)\s+)?(?P<count>twee|beide|drie|vier|vijf|zes|zeven|acht|negen|tien)"
                    r"\s+(?:de\s+)?(?:[\w-]+\s+){0,2}?(?:G40-|Brabantse\s+|)(?:steden|gemeenten)\b", re.IGNORECASE)
#: what joins the towns of one list: "A, B en C", "de gemeenten A, B en de gemeente C"
_LIST_GLUE = re.compile(r"\s*(?:,|\ben\b|&)\s*(?:(?:en|de|het)\s+)?(?:gemeenten?\s+)?")
#: a plural pronoun opening a sentence with a plural verb: "Zij trekken …", "Ze zijn …"
_PLURAL_PRONOUN = re.compile(r"\s*(?P<pronoun>Zij|Ze)\s+(?P<verb>[a-z]+)\b")
_PLURAL_VERBS = frozenset({"zijn", "gaan", "staan", "doen", "zien", "slaan", "hebben", "willen", "kunnen", "moeten"})
#: the predicates a group gives each of its towns; a person's role "in de drie steden" names no one town
_SHARED = frozenset({"participatesIn", "initiated", "collaboratesWith", "organised", "ledBy"})


def _town_lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of municipality mentions joined by commas and "en", in text order.

    >>> ms = [Mention(0, 1, "A", "Municipality", "", 1.0, key="a"), Mention(3, 4, "B", "Municipality", "", 1.0, key="b")]
    >>> [[m.text for m in run] for run in _town_lists("A, B", ms)]
    [['A', 'B']]
    """
    runs: list[list[Mention]] = []
    for m in mentions:
        if m.type != "Municipality" or m.rule == GROUP_RULE:
            continue
        if runs and _LIST_GLUE.fullmatch(text[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _distinct(run: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in run:
        if (m.key or m.text) not in seen:
            seen.add(m.key or m.text)
            out.append(m)
    return out


def _members(count: int, start: int, end: int, runs: list[list[Mention]], after_limit: int) -> list[Mention]:
    """The towns of the nearest list of ``count`` distinct towns before ``start``, else after ``end``
    up to ``after_limit``."""
    before = [r for r in runs if r[-1].end <= start and len(_distinct(r)) == count]
    if before:
        return _distinct(before[-1])
    after = [r for r in runs if r[0].start >= end and r[-1].end <= after_limit and len(_distinct(r)) == count]
    return _distinct(after[0]) if after else []


def find_groups(text: str, sentences: list[Sentence], mentions: list[Mention]) -> dict[Mention, list[Mention]]:
    """Placeholder mentions for numbered groups of towns, each with the towns it stands for.

    >>> text = "Ede en Zeist tekenen. Beide gemeenten zijn blij. Zij werken samen."
    >>> ms = [Mention(0, 3, "Ede", "Municipality", "", 1.0, key="e"), Mention(7, 12, "Zeist", "Municipality", "", 1.0, key="z")]
    >>> sents = [Sentence(0, 21, text[:21]), Sentence(22, 48, text[22:48]), Sentence(49, 66, text[49:])]
    >>> [(g.text, [m.text for m in towns]) for g, towns in find_groups(text, sents, ms).items()]
    [('Beide gemeenten', ['Ede', 'Zeist']), ('Zij', ['Ede', 'Zeist'])]
    """
    runs = _town_lists(text, sorted(mentions, key=lambda m: m.start))
    counted = may_occur(_GROUP, text)  # most documents write no "twee/drie … steden": no scan of each sentence
    groups: dict[Mention, list[Mention]] = {}
    last_group: Mention | None = None  # the last group of the previous sentence
    for k, sentence in enumerate(sentences):
        after_limit = sentences[min(k + 2, len(sentences) - 1)].end
        opened = None
        for match in _GROUP.finditer(text, sentence.start, sentence.end) if counted else ():
            if re.match(r"\s*:?\s*(?:de\s+gemeenten?\s+)?[A-Z]", text[match.end():match.end() + 20]) \
                    and any(m.type == "Municipality" and 0 <= m.start - match.end() <= 4 for m in mentions):
                continue  # "de drie steden Breda, Ede en Delft": the list itself follows
            towns = _members(_COUNTS[match.group("count").lower()], match.start(), match.end(), runs, after_limit)
            if not towns:
                continue
            opened = Mention(match.start(), match.end(), match.group(), "Municipality", GROUP_RULE, 0.7, kind="group")
            groups[opened] = towns
        if opened is None:
            opened = _unnumbered_group(text, sentences, k, mentions, groups)
        pronoun = _PLURAL_PRONOUN.match(text, sentence.start, sentence.end)
        if opened is None and pronoun is not None and _plural(pronoun.group("verb")):
            towns = groups[last_group] if last_group is not None else _subject_towns(text, sentences, k, runs)
            if towns:
                span = pronoun.span("pronoun")
                opened = Mention(span[0], span[1], pronoun.group("pronoun"), "Municipality", GROUP_RULE, 0.6, kind="group")
                groups[opened] = towns
        last_group = opened  # "Zij" opening the next sentence is this sentence's (last) group
    return groups


#: a plural group without a count opening a sentence: "De steden werken daarin samen met X", "Deze gemeenten …"
_UNNUMBERED = re.compile(r"\s*(?P<group>(?:De|Deze|Die)\s+(?:steden|gemeenten))\s+(?P<verb>[a-z]+)\b")
#: how many sentences back the towns of an unnumbered group may be named ("A samen met B en C …" then
#: a quotation, then "De steden …")
_UNNUMBERED_REACH = 2


def _unnumbered_group(text: str, sentences: list[Sentence], k: int, mentions: list[Mention],
                      groups: dict[Mention, list[Mention]]) -> Mention | None:
    """"De steden"/"Deze gemeenten" opening sentence ``k`` with a plural verb: the towns of the nearest
    sentence before it in the same paragraph that names any (all of them, at least two; a sentence naming one
    town makes the group no one's). Adds the group to ``groups``.

    >>> text = "Ede doet het samen met Epe. Dat werkt. De steden delen kennis."
    >>> ms = [Mention(0, 3, "Ede", "Municipality", "", 1.0, key="e"), Mention(23, 26, "Epe", "Municipality", "", 1.0, key="p")]
    >>> sents = [Sentence(0, 27, text[:27]), Sentence(28, 38, text[28:38]), Sentence(39, 62, text[39:])]
    >>> g = _unnumbered_group(text, sents, 2, ms, {})
    >>> g.text
    'De steden'
    """
    sentence = sentences[k]
    match = _UNNUMBERED.match(text, sentence.start, sentence.end)
    if match is None or not _plural(match.group("verb")):
        return None
    for earlier in reversed(sentences[max(0, k - _UNNUMBERED_REACH):k]):
        if earlier.is_heading or "\n\n" in text[earlier.end:sentence.start]:
            return None
        towns = _distinct([m for m in mentions if m.type == "Municipality" and m.rule != GROUP_RULE
                           and earlier.start <= m.start < earlier.end])
        if towns:
            if len(towns) < 2:
                return None
            start, end = match.span("group")
            group = Mention(start, end, match.group("group"), "Municipality", GROUP_RULE, 0.6, kind="group")
            groups[group] = towns
            return group
    return None


def _subject_towns(text: str, sentences: list[Sentence], k: int, runs: list[list[Mention]]) -> list[Mention]:
    """The towns of the list that opens sentence ``k - 1`` as its subject ("Assen en Hengelo hebben …"),
    two or more, in the same paragraph as sentence ``k``: what a plural "Zij" opening sentence ``k`` stands for.

    >>> text = "Ede en Epe tekenen. Zij werken samen."
    >>> ms = [Mention(0, 3, "Ede", "Municipality", "", 1.0, key="e"), Mention(7, 10, "Epe", "Municipality", "", 1.0, key="p")]
    >>> [m.text for m in _subject_towns(text, [Sentence(0, 19, text[:19]), Sentence(20, 37, text[20:])], 1, [ms])]
    ['Ede', 'Epe']
    """
    if k == 0 or sentences[k - 1].is_heading or "\n\n" in text[sentences[k - 1].end:sentences[k].start]:
        return []
    previous = sentences[k - 1]
    opening = next((run for run in runs if run[0].start >= previous.start), None)
    if opening is None or opening[-1].end > previous.end or text[previous.start:opening[0].start].strip():
        return []
    towns = _distinct(opening)
    return towns if len(towns) >= 2 else []


def _plural(verb: str) -> bool:
    """Whether a finite verb after "Zij"/"Ze" is plural ("trekken", "zijn"; not "trekt", "is")."""
    return verb.endswith("en") or verb in _PLURAL_VERBS


def expand_groups(relations: list[Relation], groups: dict[Mention, list[Mention]]) -> list[Relation]:
    """``relations`` with each relation of a group given to each of its towns (none for a person's role
    or affiliation "in de drie steden", none between a town and its own group).

    >>> g = Mention(0, 5, "beide", "Municipality", GROUP_RULE, 0.7, kind="group")
    >>> a, b = Mention(9, 10, "A", "Municipality", "", 1.0, key="a"), Mention(11, 12, "B", "Municipality", "", 1.0, key="b")
    >>> p = Mention(20, 25, "Deal", "Programme", "", 1.0)
    >>> [(r.subject.text, r.object.text) for r in expand_groups([Relation(g, "initiated", p, 0, 30, "x", 0.8)], {g: [a, b]})]
    [('A', 'Deal'), ('B', 'Deal')]
    """
    if not groups:
        return relations
    out: list[Relation] = []
    for r in relations:
        subjects = groups.get(r.subject, [r.subject])
        objects = groups.get(r.object, [r.object])
        if len(subjects) == 1 and len(objects) == 1 and r.subject not in groups and r.object not in groups:
            out.append(r)
            continue
        if r.predicate not in _SHARED:
            continue
        for s in subjects:
            for o in objects:
                if (s.key or s.text) != (o.key or o.text):
                    out.append(replace(r, subject=s, object=o, rule=f"{r.rule}+{GROUP_RULE}"))
    return out
