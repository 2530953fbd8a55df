"""The relations that place a person in a municipality, with when they hold: what resolution's
namesake rule (rule 6 of :mod:`graph.resolve`) reads of each document.

A rebuild resolves every document again, most of them from their cached outline
(:mod:`graph.incremental`). The namesake rule needs few of a document's relations (a person's office
or job in a municipality, "X uit Helmond") and of those also the dates and the role, which an
outline does not hold. So they are picked out once, when the document is extracted, and kept in its
outline (:attr:`graph.incremental.ExtractionOutline.placing`): a rebuild does not look at every
relation of 10,000 documents, nor read whole extractions from the cache, to find them.

Examples
--------
>>> from graph.extract.model import Extraction, Mention, Relation
>>> jan = Mention(0, 12, "Jan de Vries", "Person", "persons.full", 0.9)
>>> zwolle = Mention(29, 35, "Zwolle", "Municipality", "gazetteer", 1.0, key="GM0193")
>>> office = Relation(jan, "hasRole", zwolle, 0, 36, "roles", 0.8, role="wethouder", valid_from="2022")
>>> [(r.subject.text, r.object.text, times) for r, times in placings(Extraction("d", mentions=[jan, zwolle], relations=[office]))]
[('Jan de Vries', 'Zwolle', (False, '2022', None, 'wethouder', True))]
"""

from __future__ import annotations

__all__ = ["PLACING", "FORMAT", "placings"]

#: a person's relations that place it in a municipality: an office or a job there, or "X uit Helmond"
PLACING = frozenset({"hasRole", "affiliatedWith"})
#: the rule of a body in brackets after a name ("S. Bakker (G40-bureau, secretaris)"): an organisation or
#: ministry it places a person with is kept too, for the namesake hint of :mod:`graph.namesakes`
BRACKET_RULE = "roles.bracket-affiliation"
_BRACKET_BODIES = frozenset({"Organisation", "Ministry"})
#: a person's office or job at a ministry places it too: one name at two ministries at once is two people
#: (:mod:`graph.ministry_namesakes`, walkthrough 25, finding 2)
_PLACES = frozenset({"Municipality", "Ministry"})
#: what a cached outline's placings were picked out by (:data:`graph.incremental._INDEX_FORMAT` holds it;
#: 2: bracketed organisations and ministries too, so outlines of format 1 are made again; 3: ministries)
FORMAT = (3, BRACKET_RULE, *sorted(PLACING))


def placings(extraction) -> list[tuple]:
    """(relation, (past, valid_from, valid_until, role, said)) of each relation of a whole extraction
    that places a person in a municipality or a ministry (or, in brackets after the name, with an organisation or
    ministry), in the order of its relations.

    ``said``: the subject's name stands in the sentence that says it (not "hij", "ik" for it). The
    times are those of the first relation with the same subject and object spans and predicate.
    """
    times: dict[tuple, tuple] = {}
    found = []
    for relation in extraction.relations:
        subject, obj = relation.subject, relation.object
        spans = (subject.start, subject.end, obj.start, obj.end, relation.predicate)
        said = relation.evidence_start <= subject.start < relation.evidence_end
        times.setdefault(spans, (relation.past, relation.valid_from, relation.valid_until, relation.role, said))
        if relation.predicate in PLACING and subject.type == "Person" and (
                obj.type in _PLACES or obj.type in _BRACKET_BODIES and relation.rule == BRACKET_RULE):
            found.append((relation, spans))
    return [(relation, times[spans]) for relation, spans in found]
