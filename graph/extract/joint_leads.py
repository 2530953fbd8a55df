"""Leading a unit or programme together, or one pointed at by "deze"/"dit": "Zwolle en Helmond trekken het werkspoor
Leegstand", "Werkspoor Leegstand: Zwolle trekt dit werkspoor" (walkthrough 38, finding 8).

The rule of leading (:func:`graph.extract.leadership._led_by_split`, ``relations.beheert``) reads "Zwolle trekt de
themagroep X" with one subject and the article "de"/"het" before the unit. A plural verb whose subject is a list
of towns, provinces or organisations ("Zwolle en Helmond trekken …", "De gemeenten Ede en Epe leiden …") has each
of them lead it, and a demonstrative ("dit werkspoor", "deze themagroep": a reference to the one named, see
:mod:`graph.extract.references`) points at the unit as "de" does. The subject must be only those actors and
small words ("Ook", "de gemeenten", "en"); a person among them leaves the sentence to the rules of roles.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> led = lambda text: sorted((r.subject.label, r.object.label) for r in extract("d", text,
...     gazetteer=load_gazetteer(), date="2025-04-14").relations if r.predicate == "ledBy")
>>> led("# Rapportage\\n\\nZwolle en Helmond trekken de themagroep Wonen.\\n")
[('Themagroep Wonen', 'Helmond'), ('Themagroep Wonen', 'Zwolle')]
>>> led("# Rapportage\\n\\n- Werkspoor Leegstand: Zwolle trekt dit werkspoor.\\n")
[('Werkspoor Leegstand', 'Zwolle')]
>>> led("# Rapportage\\n\\nHet plan van Zwolle en Helmond trekken de themagroep Wonen.\\n")
[]
"""

from __future__ import annotations

import re

from .context import ACTORS, HOLDERS, DocContext
from .joining import _only_actors_and_fillers
from .model import Mention, Sentence

__all__ = ["find_joint_leads"]

#: a verb of leading before its object: plural ("trekken", "leiden") for a list, or any before a demonstrative
_LEAD_PLURAL = re.compile(r"\b(?:trekken|trokken|leiden|leidden|beheren|beheerden|coördineren|coördineerden)\s+"
                          r"(?=(?:de|het|deze|dit)\s)", re.IGNORECASE)
_LEAD_THIS = re.compile(r"\b(?:trekt|trok|leidt|leidde|beheert|beheerde|coördineert|coördineerde)\s+(?=(?:deze|dit)\s)",
                        re.IGNORECASE)
_ARTICLE = re.compile(r"(?:de|het|deze|dit)\s+", re.IGNORECASE)
#: "A en B trekken …" may open with a label ("Werkspoor Leegstand: ") and "de gemeenten"
_LABEL = re.compile(r"[^:]{1,60}:\s+")
_FILLER_KIND = re.compile(r"(?:[Dd]e\s+(?:gemeenten|gemeente|provincies|provincie)\s+)")


def find_joint_leads(ctx: DocContext) -> None:
    """Add the leads of each sentence's joint or demonstrative lead (see the module)."""
    for sentence in ctx.sentences:
        if not ("trek" in sentence.text or "leid" in sentence.text or "behe" in sentence.text or "coörd" in sentence.text):
            continue
        mentions = ctx.in_sentence(sentence)
        for pattern in (_LEAD_PLURAL, _LEAD_THIS):
            for match in ctx.asserted_cues(pattern, sentence):
                _lead(ctx, sentence, mentions, match)


def _lead(ctx: DocContext, sentence: Sentence, mentions: list[Mention], match: re.Match) -> None:
    text = ctx.text
    article = _ARTICLE.match(text, match.end(), sentence.end)
    thing = next((m for m in mentions if article and m.start == article.end() and m.type in HOLDERS), None)
    if thing is None:
        thing = next((m for m in mentions if m.start == match.end() and m.type in HOLDERS
                      and m.text.lower().startswith(("deze ", "dit "))), None)  # the reference's span holds "dit"
    if thing is None:
        return
    start = ctx.content_start(sentence)
    label = _LABEL.match(text, start, match.start())
    if label is not None and any(m.start < label.end() and m.type in HOLDERS for m in mentions):
        start = label.end()  # "Werkspoor Leegstand: Zwolle trekt dit werkspoor": the label names no subject
    kind = _FILLER_KIND.match(text, start, match.start())
    begin = kind.end() if kind is not None else start
    subjects = [m for m in mentions if begin <= m.start and m.end <= match.start()]
    if not subjects or any(m.type not in ACTORS or m.type in ("Person", "OrganisationalUnit", "Programme")
                           for m in subjects) or not _only_actors_and_fillers(text, subjects, begin, match.start()):
        return
    if match.re is _LEAD_PLURAL and len(subjects) < 2:
        return  # "Zwolle trekken": no list, no plural subject of its own (the one-subject rule reads "trekt")
    for subject in subjects:
        ctx.add(thing, "ledBy", subject, sentence, "relations.trekken-samen", 0.7)
