"""A programme's lead for a party, the programme named just before: "X is bestuurlijk trekker namens Ede."

A news item names the programme in one sentence and its leads in the next: "De gemeente Ede en het
ministerie van EZK starten het programma Netcongestie Oost. … Wethouder Eva Smit (Financiën) is
bestuurlijk trekker namens Ede." The role word of a lead ("trekker", "bestuurlijk trekker", "bestuurlijk
opdrachtgever", "boegbeeld", "aanjager") after the person and a copula, with "namens <party>" and no
body of its own in the sentence, is held in the one programme the two sentences before name (or the
document's title names); the person is of the party (``affiliatedWith``, unless a role there says so
already: "Wethouder Eva Smit"). Two programmes named before,
or none, give no role: the lead may be of either.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Ede en het ministerie van EZK starten het programma Netcongestie Oost. "
...         "Wethouder Eva Smit (Financiën) is bestuurlijk trekker namens Ede.")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("roles.lead-on-behalf"))
[('Eva Smit', 'hasRole', 'programma Netcongestie Oost', 'bestuurlijk trekker')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_leads_on_behalf"]

#: "<person> (portfolio) is (per 1 mei 2026) bestuurlijk trekker namens <party>."
_LEAD = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:is|wordt|blijft|was)\s+(?:(?:per|sinds|vanaf|met\s+ingang\s+van)\s+"
                   r"[^,;()]{1,30}?\s+)?(?:de\s+)?(?P<role>(?:bestuurlijk(?:e)?\s+)?trekker|bestuurlijk\s+opdrachtgever|"
                   r"boegbeeld|aanjager)\s+namens\s+(?:de\s+)?(?:gemeente\s+|provincie\s+|het\s+ministerie\s+van\s+)?$",
                   re.IGNORECASE)
_PARTIES = frozenset({"Municipality", "Province", "Ministry", "Organisation"})
_BODIES = frozenset({"Programme", "OrganisationalUnit", "Event"})


def find_leads_on_behalf(ctx: DocContext) -> None:
    """Add the role in the programme named just before of each "X is bestuurlijk trekker namens Y."."""
    if "namens" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "namens" not in sentence.text:
            continue
        mentions = ctx.in_sentence(sentence)
        if any(m.type in _BODIES for m in mentions):
            continue  # the sentence names the body itself: the role rules read it
        for person, party in zip(mentions, mentions[1:]):
            lead = _LEAD.fullmatch(ctx.text, person.end, party.start)
            if person.type != "Person" or party.type not in _PARTIES or lead is None \
                    or ctx.text[party.end:sentence.end].strip(" .") != "":
                continue
            programme = _programme_before(ctx, sentence)
            if programme is None:
                continue
            role = " ".join(lead.group("role").lower().split()).replace("bestuurlijke", "bestuurlijk")
            ctx.add(person, "hasRole", programme, sentence, "roles.lead-on-behalf", 0.7, role=role)
            ctx.add(person, "affiliatedWith", party, sentence, "roles.lead-on-behalf-party", 0.7)


def _programme_before(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one programme (by label) the two sentences before ``sentence`` name, else the title's."""
    k = ctx.position.get(sentence, 0)
    named = [m for before in ctx.sentences[max(0, k - 2):k] for m in ctx.in_sentence(before) if m.type == "Programme"]
    if named:
        return named[-1] if len({m.label for m in named}) == 1 else None
    return ctx.title_programme
