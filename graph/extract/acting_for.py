"""One who acts for an office holder on leave: "X is tot 1 maart met verlof; Y neemt het secretariaat van het bestuur
tot die datum waar".

Dutch says that someone fills a post for the time being with "waarnemen": "Y neemt het secretariaat (het
voorzitterschap) van Z waar". Y holds the post of that office in Z ("secretaris", "voorzitter") for as long as the
sentence says ("tot die datum", "tot 1 maart 2024": up to the day before); a person the same sentence puts on
leave ("X is … met verlof") is the one who holds it, and keeps it. A post not named as an office of a body ("neemt
de honneurs waar", "neemt iets waar": sees) gives nothing (round 58r).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De G40 heeft een bestuur. Eva Smit is tot 1 maart 2024 met verlof; Jan Kok neemt het secretariaat "
...         "van het bestuur tot die datum waar.")
>>> sorted((r.subject.text, r.role, r.object.label, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
...        date="2023-11-21").relations if r.rule in (ACTING_RULE, HOLDER_RULE))
[('Eva Smit', 'secretaris', 'G40-bestuur', None), ('Jan Kok', 'secretaris', 'G40-bestuur', '2024-02-29')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .periods import find_periods

__all__ = ["ACTING_RULE", "HOLDER_RULE", "find_acting_for"]

ACTING_RULE = "roles.acting-for"
#: the holder on leave's post: undated (the leave's end is no end of the post; see context._DESCRIPTIVE_RULES)
HOLDER_RULE = "roles.on-leave-holder"

#: "neemt het secretariaat van " … " waar": the office, and where its body starts
_ACTING = re.compile(r"\b(?:neemt|nam)\s+(?:het|de)\s+(?P<office>secretariaat|voorzitterschap|penningmeesterschap)\s+"
                     r"van\s+(?:het\s+|de\s+)?")
#: the office each post is of
_OFFICES = {"secretariaat": "secretaris", "voorzitterschap": "voorzitter", "penningmeesterschap": "penningmeester"}
#: the end of the clause: "… (tot die datum) waar"
_WAAR = re.compile(r"(?:\s+[^.;:]{0,40}?)?\s+waar\b")
#: the holder on leave, before it: "X is (tot 1 maart 2024) met (zwangerschaps)verlof"
_ON_LEAVE = re.compile(r"\s+(?:is|was)\s+(?:[^.;:]{0,40}?\s+)?met\s+[a-z]*verlof\b")


def find_acting_for(ctx: DocContext) -> None:
    """Add the acting holder's post, and the post of the holder on leave (see the module)."""
    if "waar" not in ctx.text:
        return
    for match in _ACTING.finditer(ctx.text):
        body = next((m for m in ctx.mentions if m.start == match.end() and m.type in ("OrganisationalUnit", "Organisation")),
                    None)
        sentence = ctx.sentence_at(match.start())
        if body is None or sentence is None or not _WAAR.match(ctx.text, body.end, sentence.end):
            continue
        before = [m for m in ctx.in_span(sentence.start, match.start()) if m.type == "Person"]
        if not before or ctx.text[before[-1].end:match.start()].strip():
            continue  # the acting one is the subject right before the verb
        acting, role = before[-1], _OFFICES[match.group("office")]
        # the end the sentence gives ("tot die datum" is the date named before it; no year: a date of its own)
        ends = {p.valid_until for p in find_periods(ctx.text, sentence.start, sentence.end) if p.valid_until}
        ctx.add(acting, "hasRole", body, sentence, ACTING_RULE, 0.7, role=role,
                until=ends.pop() if len(ends) == 1 else None)
        for holder in before[:-1]:
            if _ON_LEAVE.match(ctx.text, holder.end, match.start()):
                ctx.add(holder, "hasRole", body, sentence, HOLDER_RULE, 0.7, role=role)
