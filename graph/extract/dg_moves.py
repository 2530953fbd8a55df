"""A directorate-general that falls under another ministry, named back as "het DG": "Sinds de samenvoeging per 23
februari 2026 valt haar DG weer onder BZK; van juli 2024 tot die datum viel het DG onder VRO." (round 59s).

When cabinets split and merge ministries, a directorate-general moves with its task from one ministry to another.
A note on a meeting's guests or an agenda names the DG once ("directeur-generaal Volkshuisvesting en Bouwen,
ministerie van BZK") and then tells where it fell when, pointing back to it as "het DG", "haar DG" (the DG of the
person just named) or "het directoraat-generaal". Each clause "<het/haar/zijn> DG valt/viel (weer) onder <ministry>"
(or inverted, "valt haar DG weer onder BZK") makes the one directorate-general the document named before part of
that ministry, dated by the clause ("van juli 2024 tot die datum": until the day before the date written
before; "viel" with such an end is over, also in an undated note). A document that names two directorates-general, or none, gives nothing; a clause denied ("viel het DG
niet onder VRO") or about something else than a DG ("valt het team onder VRO") neither.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eva Smit leidt het Directoraat-generaal Stad en Land van BZK. Sinds 1 maart 2026 valt haar DG weer "
...         "onder BZK; van juli 2024 tot die datum viel het DG onder VRO.")
>>> sorted((r.subject.text, r.object.text, r.valid_from, r.valid_until, r.past)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-04-01").relations if r.rule == RULE)
[('Directoraat-generaal Stad en Land', 'BZK', '2026-03-01', None, False), \
('Directoraat-generaal Stad en Land', 'VRO', '2024-07-01', '2026-02-28', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["RULE", "find_dg_moves"]

RULE = "units.dg-falls-under"

_POINTER = r"(?:het|haar|zijn|hun|ons|onze|dit|dat)\s+(?:DG|[Dd]irectoraat-generaal)"
_ADVERBS = r"(?:(?:weer|nog|nu|toen|voortaan|opnieuw|sindsdien|ook)\s+)*"
#: "viel het DG (weer) onder", "het DG viel (weer) onder"; the ministry after it ("(het ministerie van) VRO")
_FALLS_UNDER = re.compile(rf"\b(?:(?:valt|viel)\s+{_POINTER}\s+{_ADVERBS}|{_POINTER}\s+{_ADVERBS}(?:valt|viel)\s+{_ADVERBS})"
                          r"onder\s+(?:het\s+)?(?:ministerie\s+van\s+)?")


def find_dg_moves(ctx: DocContext) -> None:
    """Add under which ministry the document's one directorate-general falls, clause by clause (see the module)."""
    if " DG " not in ctx.text and "irectoraat-generaal" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "onder" not in sentence.text:
            continue
        for match in ctx.asserted_cues(_FALLS_UNDER, sentence):
            ministry = next((m for m in ctx.in_span(match.end(), sentence.end) if m.start == match.end()), None)
            dg = _the_directorate_general(ctx, sentence)
            if ministry is not None and ministry.type == "Ministry" and dg is not None:
                clause = max(ctx.text.rfind(";", sentence.start, match.start()) + 1, sentence.start)
                ended = "viel" in match.group(0) and re.search(r"\btot\b", ctx.text[clause:match.start()]) is not None
                ctx.add(dg, "partOf", ministry, sentence, RULE, 0.7, stated_at=ministry.start, past=ended)


def _the_directorate_general(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one directorate-general (by label) the text names before ``sentence``, else None."""
    found = {m.label: m for m in ctx.in_span(0, sentence.start)
             if m.type == "OrganisationalUnit" and m.label.lower().startswith(("directoraat-generaal ", "dg "))}
    return next(iter(found.values())) if len(found) == 1 else None
