"""A curated merge of two entities of the public registers is refused (walkthrough 36, finding 5).

Municipalities, ministries and provinces come from the registers (``data/gazetteer``, TOOI) with one
code each: a ``merge:`` of two of them ("Hellevoetsluis into Voorne aan Zee" for the redivision of 2023,
"KGG into EZK") would give one entity two CBS codes or two name histories at once, and take the older
one's facts out of its own time. The register already tells such changes as data (a dissolved
municipality's last day, a ministry's name periods and the ministry it went up in), so the rule is a
one-line error naming its file and line, and where such a change belongs.

Examples
--------
>>> from graph.curation_records import Curation, Merge
>>> from graph.vocab import mint
>>> check_register_merges(Curation(merges=(Merge(mint("municipality", "gm0530"), mint("municipality", "gm1992"),
...                                              "x.yaml:2"),)), lambda source: source)
Traceback (most recent call last):
...
graph.curation_records.CurationError: x.yaml:2: municipality/gm0530 en municipality/gm1992 zijn twee gemeenten uit het register (TOOI, elk met een eigen code) en worden niet samengevoegd: een herindeling staat in de referentielijsten (data/gazetteer/municipalities_dissolved.csv met de laatste dag van de opgeheven gemeente), zodat haar feiten in haar eigen tijd blijven; zie 'De referentielijsten bijwerken' in data/curated/README.md
>>> check_register_merges(Curation(merges=(Merge(mint("person", "a"), mint("person", "b"), "x.yaml:2"),)), str)
"""

from __future__ import annotations

from .curation_records import CurationError

__all__ = ["REGISTER_KINDS", "check_register_merges"]

#: the kinds of entity key whose entities the registers give, each with one code
REGISTER_KINDS = ("municipality", "ministry", "province")


def check_register_merges(curation, where) -> None:
    """Raise a :class:`CurationError` for the first ``merge:`` of ``curation`` whose two entities are both
    register entities of one kind (``municipality/…``, ``ministry/…``, ``province/…``) with different keys;
    ``where`` gives a rule's source as the user wrote the file. A name not looked up yet is no key and
    passes (the check runs again once the build has named it)."""
    from .curation_graph import entity_key
    from .curation_names import shown
    from .vocab import G40ID

    for merge in curation.merges:
        kinds = {str(iri)[len(str(G40ID)):].partition("/")[0] if str(iri).startswith(str(G40ID)) else None
                 for iri in (merge.old, merge.into)}
        if len(kinds) != 1 or not kinds <= set(REGISTER_KINDS) or entity_key(merge.old) == entity_key(merge.into):
            continue
        kind = kinds.pop()
        raise CurationError(where(merge.source), f"register_merge_{kind}", old=shown(curation, merge.source, merge.old),
                            into=shown(curation, merge.source, merge.into))
