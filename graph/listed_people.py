"""``build --minimal-people``: leave out the people who are only listed, or only mentioned.

Someone named only in an attendance or absence list, a contact line or a signature
(:mod:`graph.extract.listings`), with no fact but what such a line gives (taking part, an
affiliation, being a contact), needs no node in the graph: data minimisation (AVG art. 5(1)(c)).
The decision is the whole corpus's: a person listed in one document's minutes and named in the
text of another (or given a role anywhere) stays, with every fact. A person left out is as a name
that resolved to nothing: no node, no mention, no fact; the fragment keys of their documents
(:func:`graph.fragments.fragment_key`) change with it, so an incremental build equals a full one, and a
build without the option brings them back.

The option also leaves out the people of whom no fact is read at all: a resident quoted in a news
item, a partner named in passing ("getrouwd met …"), a neighbour in a complaint. The graph is about
people in public roles (purpose limitation, AVG art. 5(1)(b)); a person with no role, affiliation
or other relation is a name without a purpose there, and without a node the explorer and the
static site make no page for them. A fact counts when a relation names the person and its other
end resolves too.

Examples
--------
>>> from graph.extract.model import Extraction, Mention, Relation
>>> from graph.resolve import Entity, Resolution
>>> anna = Mention(10, 19, "Anna Smit", "Person", "persons.full-name", 0.9)
>>> breda = Mention(21, 26, "Breda", "Municipality", "gazetteer", 1.0, key="GM0758")
>>> doc = Extraction("d", mentions=[anna, breda], relations=[Relation(anna, "affiliatedWith", breda, 0, 27, "r", 0.8)],
...                  listed=((0, 27),))
>>> res = Resolution({"person/anna-smit": Entity("person/anna-smit", "Person", "Anna Smit"),
...                   "municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda")},
...                  {("d", 10, 19): "person/anna-smit", ("d", 21, 26): "municipality/gm0758"})
>>> sorted(without_listed_people([doc], res).entities)
['municipality/gm0758']
"""

from __future__ import annotations

import bisect
import logging

from .resolve import Resolution

__all__ = ["LISTING_PREDICATES", "listed_people", "people_without_facts", "without_listed_people"]

logger = logging.getLogger(__name__)

#: the facts a listing line gives: taking part (attendance), an affiliation ("(Breda)"), a contact
LISTING_PREDICATES = frozenset({"participatesIn", "affiliatedWith", "contactFor"})


def listed_people(extractions, resolution: Resolution) -> set[str]:
    """The keys of the people every mention of whom is in a listing line and who have no fact but
    :data:`LISTING_PREDICATES` (``extractions``: whole, or :class:`graph.incremental.ExtractionOutline`)."""
    listed: set[str] = set()
    elsewhere: set[str] = set()
    get = resolution.mention_keys.get
    for extraction in extractions:
        doc = extraction.document_id
        spans = sorted(getattr(extraction, "listed", ()) or ())
        starts = [start for start, _end in spans]

        def in_list(start: int, end: int) -> bool:
            i = bisect.bisect_right(starts, start) - 1
            return i >= 0 and spans[i][0] <= start and end <= spans[i][1]

        rows = getattr(extraction, "rows", None)
        if rows is not None:  # an outline: its rows are the mentions and the relation ends
            places = [(row[0], row[1]) for row in rows]
            ends = [(places[s], places[o], p) for s, o, p in extraction.ends]
        else:
            places = [(m.start, m.end) for m in extraction.mentions]
            places += [(m.start, m.end) for r in extraction.relations for m in (r.subject, r.object)]
            ends = [((r.subject.start, r.subject.end), (r.object.start, r.object.end), r.predicate)
                    for r in extraction.relations]
        for start, end in places:
            key = get((doc, start, end))
            if key is not None and key.startswith("person/"):
                (listed if in_list(start, end) else elsewhere).add(key)
        for subject, obj, predicate in ends:
            if predicate not in LISTING_PREDICATES:  # a role, a succession …: more than a list says
                for place in (subject, obj):
                    key = get((doc, *place))
                    if key is not None and key.startswith("person/"):
                        elsewhere.add(key)
    return listed - elsewhere


def people_without_facts(extractions, resolution: Resolution) -> set[str]:
    """The keys of the people that no relation names whose other end resolves too: mentioned only.

    >>> from graph.extract.model import Extraction, Mention
    >>> from graph.resolve import Entity, Resolution
    >>> eva = Mention(0, 8, "Eva Smit", "Person", "persons.full-name", 0.9)
    >>> res = Resolution({"person/eva-smit": Entity("person/eva-smit", "Person", "Eva Smit")}, {("d", 0, 8): "person/eva-smit"})
    >>> sorted(people_without_facts([Extraction("d", mentions=[eva])], res))
    ['person/eva-smit']
    """
    people = {key for key in resolution.entities if key.startswith("person/")}
    with_facts: set[str] = set()
    get = resolution.mention_keys.get
    for extraction in extractions:
        doc = extraction.document_id
        rows = getattr(extraction, "rows", None)
        if rows is not None:  # an outline: its rows are the mentions and the relation ends
            places = [(row[0], row[1]) for row in rows]
            ends = [(places[s], places[o]) for s, o, _p in extraction.ends]
        else:
            ends = [((r.subject.start, r.subject.end), (r.object.start, r.object.end)) for r in extraction.relations]
        for subject, obj in ends:
            keys = get((doc, *subject)), get((doc, *obj))
            if None not in keys and keys[0] != keys[1]:
                with_facts.update(keys)
    return people - with_facts


def without_listed_people(extractions, resolution: Resolution) -> Resolution:
    """``resolution`` without the people of :func:`listed_people` and :func:`people_without_facts`:
    their mentions resolve to nothing."""
    extractions = list(extractions)
    listed = listed_people(extractions, resolution)
    mentioned = people_without_facts(extractions, resolution)
    gone = listed | mentioned
    if not gone:
        return resolution
    logger.info("left out %d people who are only listed, %d only mentioned", len(listed), len(mentioned - listed))
    return Resolution({k: e for k, e in resolution.entities.items() if k not in gone},
                      {where: k for where, k in resolution.mention_keys.items() if k not in gone},
                      list(resolution.ambiguous), [n for n in resolution.namesakes if not gone.intersection(n["keys"])],
                      placed={k: p for k, p in resolution.placed.items() if k not in gone},
                      moved={old: new for old, new in resolution.moved.items() if new not in gone})
