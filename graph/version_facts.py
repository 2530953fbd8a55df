"""What leaving out an older version of a document does to its facts (walkthrough 24, finding 5).

A newer version under the same file name replaces the older one (:func:`graph.corpus_checks.newer_versions`):
right for a corrected document, but a list that gives the state on its own date (a contact list "Stand 3
maart 2025") is a snapshot, and its facts then hold from the newer one's date, or not at all. The build's
warning says how many facts that moves or drops (:func:`version_note`) and how to keep both versions: a
file name with the date.

>>> from types import SimpleNamespace as Doc
>>> old = Doc(id="lijst", path="2025/lijst.txt", date="2025-03-03",
...           text="Anna Smit (Deventer) is voorzitter van de themagroep Wonen. Piet Bos (Almelo) is lid van de themagroep Wonen.")
>>> new = Doc(id="lijst", path="2026/lijst.txt", date="2026-04-21",
...           text="Anna Smit (Deventer) is voorzitter van de themagroep Wonen.")
>>> version_note(old, new)
'; van de 4 feiten van de oudere versie vallen er 2 weg en krijgen er 2 de datum 2026-04-21 in plaats van 2025-03-03: vóór 2026-04-21 ontbreken ze dan allemaal. Is 2026/lijst.txt een nieuwe stand (een lijst per datum) en geen verbetering, geef het dan een naam met de datum (lijst-2026-04-21.txt): dan blijven beide'
>>> version_note(old, old)
''
"""

from __future__ import annotations

import os

from .messages import CATALOGUE, get_language, msg

CATALOGUE.update({
    "version_facts": {"nl": "; van de {total} {noun} van de oudere versie vallen er {gone} weg en krijgen er {redated} "
                            "de datum {date} in plaats van {old_date}: vóór {date} ontbreken ze dan allemaal. Is {newer} een "
                            "nieuwe stand (een lijst per datum) "
                            "en geen verbetering, geef het dan een naam met de datum ({dated}): dan blijven beide",
                      "en": "; of the older version's {total} {noun}, {gone} drop out and {redated} get the date {date} "
                            "instead of {old_date}: before {date} none of them holds then. If {newer} is a new state "
                            "(a list as of a date) and not a "
                            "correction, give it a name with the date ({dated}): then both are kept"},
    "version_facts_gone": {"nl": "; van de {total} {noun} van de oudere versie vallen er {gone} weg (de nieuwere noemt "
                                 "ze niet). Is {newer} een nieuwe stand en geen verbetering, geef het dan een naam met "
                                 "de datum ({dated}): dan blijven beide",
                           "en": "; of the older version's {total} {noun}, {gone} drop out (the newer one does not state "
                                 "them). If {newer} is a new state and not a correction, give it a name with the date "
                                 "({dated}): then both are kept"},
})


def version_note(older, newer) -> str:
    """The tail of the warning that ``older`` is left out for ``newer`` (documents with ``id``, ``path``,
    ``date`` and ``text``) of another date: of the facts the older one states, how many the newer one
    does not state (they drop out) and how many the newer states again without a date of their own (they
    move to its date); "" when nothing changes or both have one date (a corrected document)."""
    if not (older.date and newer.date and older.date != newer.date):
        return ""  # one date: a correction of the same document, as the guide means it
    old_facts, new_facts = _facts(older), _facts(newer)
    gone = [fact for fact in old_facts if fact not in new_facts]
    redated = [fact for fact, own_date in old_facts.items() if own_date is None and new_facts.get(fact, "") is None]
    if not gone and not redated:
        return ""
    noun = {"nl": ("feit", "feiten"), "en": ("fact", "facts")}[get_language()][len(old_facts) != 1]
    stem, extension = os.path.splitext(os.path.basename(newer.path))
    dated = f"{stem}-{newer.date}{extension}"
    if not redated:
        return msg("version_facts_gone", total=len(old_facts), noun=noun, gone=len(gone), newer=newer.path, dated=dated)
    return msg("version_facts", total=len(old_facts), noun=noun, gone=len(gone), redated=len(redated), date=newer.date,
               old_date=older.date, newer=newer.path, dated=dated)


def _facts(document) -> dict[tuple, str | None]:
    """The facts ``document`` states, each (subject, predicate, object, role) → the start its text gives."""
    from .extract import extract
    from .gazetteer import load_gazetteer

    found = extract(document.id, document.text, gazetteer=load_gazetteer(), date=document.date)
    facts: dict[tuple, str | None] = {}
    for relation in found.relations:
        fact = (relation.subject.key or relation.subject.label, relation.predicate,
                relation.object.key or relation.object.label, relation.role)
        facts[fact] = facts.get(fact) or relation.valid_from
    return facts
