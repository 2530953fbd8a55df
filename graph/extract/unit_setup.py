"""Who set up a unit: "Het bestuur van de G40 heeft de Taskforce X ingesteld".

An organisation (or its board) that sets up a named unit initiated it, and the unit is part of that
organisation when it is the only one that set it up:

- active perfect: "(Daarom) heeft het bestuur van de G40 (in mei) de Taskforce X ingesteld", "De pijler
  heeft de werkgroep Y opgericht";
- passive: "De Taskforce X is (in mei) door het bestuur van de G40 ingesteld", and with the participle
  first: "De Taskforce X is in 2023 ingesteld door de G40 Pijler Y" (the pijler, not the G40 before it).

A denied or planned clause ("heeft … niet ingesteld", "wil … instellen") states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "In mei heeft het bestuur van de VNG de Taskforce Slimme Logistiek ingesteld.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations)
[('Taskforce Slimme Logistiek', 'partOf', 'VNG'), ('VNG', 'initiated', 'Taskforce Slimme Logistiek')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_unit_setup"]

_SETTERS = frozenset({"Organisation", "OrganisationalUnit", "Ministry", "Municipality", "Province"})
_OWNERS = frozenset({"Organisation", "OrganisationalUnit"})
#: an organisation named by its board: "het (dagelijks/algemeen) bestuur van (de) X"
_BOARD_OF = r"(?:(?:het|de)\s+)?(?:(?:dagelijks|algemeen)\s+)?(?:bestuur|directie|ledenvergadering)\s+van\s+(?:de\s+|het\s+)?"
#: the auxiliary of an active perfect, then its inverted subject: "heeft (het bestuur van) de G40"
_AUX = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+(?P<board>" + _BOARD_OF + r")?(?:de\s+|het\s+)?")
_PARTICIPLE = re.compile(r"\b(?:ingesteld|opgericht|opgezet|in\s+het\s+leven\s+geroepen)\b")
#: the passive: "is/werd (in mei) door (het bestuur van) de G40 ingesteld"
_PASSIVE = re.compile(r"\b(?:is|werd|zijn|werden)\s+(?:[^,;:()]{0,30}?\s)?door\s+(?P<board>" + _BOARD_OF + r")?(?:de\s+|het\s+)?")


def _add(ctx: DocContext, sentence: Sentence, setter: Mention, unit: Mention, rule: str) -> None:
    ctx.add(setter, "initiated", unit, sentence, rule, 0.7)
    if setter.type in _OWNERS:
        ctx.add(unit, "partOf", setter, sentence, rule, 0.65)


def _active(ctx: DocContext, sentence: Sentence, mentions: list[Mention], participle: re.Match) -> None:
    """"(Daarom) heeft het bestuur van de G40 (in mei) de Taskforce X ingesteld"."""
    aux = next((a for a in _AUX.finditer(ctx.text, sentence.start, participle.start())), None)
    if aux is None:
        return
    units = [m for m in mentions if m.type == "OrganisationalUnit" and aux.end() <= m.start and m.end <= participle.start()]
    after = [m for m in mentions if m.start >= aux.end() and m.type in _SETTERS]
    if after and after[0].start == aux.end() and (not units or after[0] is not units[-1]):
        setter = after[0]  # inverted: "heeft (het bestuur van) de G40 … ingesteld"
    else:
        before = [m for m in mentions if m.end <= aux.start() and m.type in _SETTERS]
        setter = before[0] if len(before) == 1 and before[0].start == ctx.content_start(sentence) else None
    if setter is not None and len(units) >= 1 and units[-1] is not setter \
            and not ctx.text[units[-1].end:participle.start()].strip(" ,"):
        _add(ctx, sentence, setter, units[-1], "unit-setup.ingesteld")


def _passive(ctx: DocContext, sentence: Sentence, mentions: list[Mention], participle: re.Match) -> None:
    """"De Taskforce X is (in mei) door het bestuur van de G40 ingesteld"."""
    opening = [m for m in mentions if m.type == "OrganisationalUnit" and m.start - ctx.content_start(sentence) <= 4]
    passive = next(iter(_PASSIVE.finditer(ctx.text, sentence.start, participle.start())), None)
    if not opening or passive is None:
        return
    setter = next((m for m in mentions if m.start == passive.end() and m.type in _SETTERS), None)
    if setter is not None and not ctx.text[setter.end:participle.start()].strip():
        _add(ctx, sentence, setter, opening[0], "unit-setup.ingesteld-door")


#: the auxiliary before a participle that "door" follows: "(De Taskforce X) is (in 2023) ingesteld door"
_AUX_BEFORE = re.compile(r"\s+(?:is|werd|zijn|werden)\s+(?:[^,;:()]{0,30}?\s)?")
_BY_AFTER = re.compile(r"\s+door\s+(?P<board>" + _BOARD_OF + r")?(?:de\s+|het\s+)?")


def _passive_by_after(ctx: DocContext, sentence: Sentence, mentions: list[Mention], participle: re.Match) -> None:
    """"De Taskforce X is in 2023 ingesteld door de G40 Pijler Y": the participle before "door" (the
    pijler, not the G40 that prefixes its name)."""
    opening = [m for m in mentions if m.type == "OrganisationalUnit" and m.start - ctx.content_start(sentence) <= 4]
    by = _BY_AFTER.match(ctx.text, participle.end(), sentence.end)
    if not opening or by is None or not _AUX_BEFORE.fullmatch(ctx.text, opening[0].end, participle.start()):
        return
    k = next((k for k, m in enumerate(mentions) if m.start == by.end() and m.type in _SETTERS), None)
    if k is None:
        return
    setter = mentions[k]
    if setter.type == "Organisation" and k + 1 < len(mentions) and mentions[k + 1].type == "OrganisationalUnit" \
            and mentions[k + 1].start - setter.end <= 1:
        setter = mentions[k + 1]  # "de G40 Pijler Y": the pijler
    if setter is not opening[0]:
        _add(ctx, sentence, setter, opening[0], "unit-setup.ingesteld-door")


def find_unit_setup(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add who set up a unit ``sentence`` names (see the module's docstring)."""
    if not any(m.type == "OrganisationalUnit" for m in mentions):
        return
    for participle in ctx.asserted_cues(_PARTICIPLE, sentence):
        _active(ctx, sentence, mentions, participle)
        _passive(ctx, sentence, mentions, participle)
        _passive_by_after(ctx, sentence, mentions, participle)
