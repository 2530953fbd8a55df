"""Offices one person holds at a time: an open term ends where the next holder's begins.

A document says "Sinds juni 2022 is Anna Jansen voorzitter van de pijler" (a term with a start and
no end); a document of 2024 names Piet de Boer voorzitter of the same pijler. A pijler has one
voorzitter at a time, so Anna's term ended before Piet's began, though no document says so. Asked
who chaired the pijler in 2025, g40kg would otherwise still name Anna.

For the offices in :data:`SINGLE_OFFICES`, a build finds each open term (a start, no end, not past)
of a body's office and the first later start of another holder of that office in that body (from
any document, or a correction), and records the day before it as the term's inferred end. A term
with an end of its own ("werd in 2024 voorgezeten door X": all of 2024) ends early the same way
where another holder takes over inside it from a day on ("In oktober 2024 volgde Y X op").

A term only its document dates ("Anna Jansen, voorzitter van de pijler, opende …" in a news item of
2023-03-01: ``reported``, its start and end that one day) is closed like an open one: the text does
not say it ended, but where a later report or start of another holder follows ("Piet de Boer,
voorzitter van de pijler" on 2025-01-15), it had ended by then, and its inferred end is the day
before that report or start (2025-01-14): the last day she can have held the office, and the end
an open term gets too, so that ``--as-of`` that day (2025-01-15) names Piet alone. The later one is
the other holder's first term that starts after the report (strictly: two holders reported on one
day may be co-chairs), by its start, not its document's date ("per 1 juni" in a news item of
January closes from June). It does not close where the text gives no ground: a term said to be over
(``past``: "oud-voorzitter"), the same holder again (also after a correction merged two of its
IRIs: :func:`build_terms`), another office ("covoorzitter" is none of these), a report of another
holder dated before the term's start, a document with no date (no term at all), and a mention on
one day does not cut a period: a report is no takeover. A term its document's period dates (a year
report's "Anna Jansen, voorzitter van de pijler" in a report on 2023: ``validFrom``/``validUntil``
of that year, which ``--as-of`` does not read as an end) keeps the rule of periods inside it, and
after it is closed like a report: by the first later report or start of another holder after the
period (a news item of 2024-05-01 naming Piet de Boer chair: ended by 2024-04-30; a report on 2024
naming him: by 2023-12-31). The time filters read a report on a day from that day to its inferred
end (the term the tables show); a year report's fact keeps its period under ``--at`` and
``--between``, which its inferred end (after its last day) does not move.

Whatever the office, the holder's own stated end closes a term of it (:func:`stated_ends`): a
college has several wethouders, so no later holder closes a wethouder's term, but "Anna Bakker is tot
1 mei 2024 wethouder van Leiden geweest" closes a year report's "wethouder Anna Bakker (Leiden)".
A role reported over on a day ("Na de verkiezingen neemt X afscheid als wethouder van Leiden", "oud-
wethouder X" in a news item of 2026-03-20: ``past``, dated by its document) says it had ended by that
day, and closes the holder's open or reported terms of it that start before that day (walkthrough 17,
finding 23): an end at the latest, as the successor's start gives one.
A statement that a role is over with no start of its own ("Hij volgde X op" in a letter of 2026, the subject
line "Opvolging wethouder X") ends where another text stated the end of that term first
(:mod:`graph.past_mention_ends`; walkthrough 39, finding 12): ``who-does-what`` shows that stated end, not
the later letter's day.

A town's participation in a programme or unit is a term too (office :data:`PARTICIPATION`), closed
only by the town's own stated exit (:func:`stated_ends`): "Zwolle neemt deel aan de Taskforce
Middenhuur" in a news item of 2017 ends where "Zwolle is gestopt met de Taskforce Middenhuur" (a
news item of 2024: by its day) or "is per 1 januari 2024 uitgetreden uit" (2023-12-31) says it did.
Many towns take part at once, so no other town's participation or exit closes it.

An ended role ends the affiliation it gave (:func:`affiliation_ends`, walkthrough 17, finding 22): an
attendance list's "Aanwezig: A. El Amrani (BZK)" says he is affiliated with BZK from that day on, with
no end; where his role in BZK ends (an end the text or a correction gives, or a role reported over:
"neemt afscheid als wethouder van Dordrecht"), his open affiliations with the same body reported up to
that end end with it. An affiliation reported after the end stays (he came back, or it is another
job), and so do all of them while he holds another role in that body past the end (a wethouder who
stays on as the town's programme manager); a successor's start ends no affiliation (a chair handed
over leaves the former chair a member). Only the same IRI: a name variant may be someone else.

The documents' terms come with their build records (:class:`graph.build_stats.BuildStats`, kept for
unchanged documents), so this reads no store and costs milliseconds at 10,000 documents:
``?evidence g40:inferredUntil "2024-10-31"^^xsd:date ; g40:endedBy ?laterEvidence``, in the named
graph ``g40g:tenure`` (:data:`graph.vocab.TENURE_GRAPH`). The time filters read an inferred end
where the text gives none (:func:`graph.timefilter.time_filter`). What the documents say is not
changed: exports and the evidence keep their own time.

Examples
--------
>>> terms = [Term("e1", "p/anna", "u/pijler", "voorzitter", "2022-06-01", None, False),
...          Term("e2", "p/piet", "u/pijler", "voorzitter", "2024-11-01", "2024-11-01", False)]
>>> inferred_ends(terms)
[('e1', '2024-10-31', 'e2')]
>>> inferred_ends([Term("e1", "p/anna", "u/pijler", "voorzitter", "2023-03-01", "2023-03-01", False, reported=True),
...                Term("e2", "p/piet", "u/pijler", "voorzitter", "2025-01-15", "2025-01-15", False, reported=True)])
[('e1', '2025-01-14', 'e2')]
"""

from __future__ import annotations

import bisect
import functools
from datetime import date, timedelta
from typing import NamedTuple

import pyoxigraph as ox

from .announced_starts import announced_starts
from .ceased_ministries import ceased_ends, dissolved_days, last_days
from .departure_ends import departure_ends, departures
from .farewell_handovers import handed_over
from .past_mention_ends import past_mention_ends
from .promotion_ends import promotion_ends
from .same_day_holders import reported_with_holder
from .succession_ends import SUCCESSION, succession_ends

__all__ = ["AFFILIATION", "CONTACT", "PARTICIPATION", "SUCCESSION", "office_key", "affiliation_ends", "affiliation_terms", "SINGLE_OFFICES", "Term", "build_terms", "apart_pairs", "curated_terms", "holder_groups", "holder_names", "inferred_ends", "name_twins", "stated_ends", "tenure_quads"]

#: offices a body has one holder of at a time (co-chairs are named "covoorzitter", "duo-voorzitter")
SINGLE_OFFICES = ("voorzitter", "vicevoorzitter", "penningmeester", "secretaris", "burgemeester")

#: the office of a participation (``g40:participatesIn``) among the terms: a predicate, never a role label
PARTICIPATION = "participatesIn"

#: the office of an affiliation (``g40:affiliatedWith``, :func:`affiliation_terms`): never a role label
AFFILIATION = "affiliatedWith"
#: the office of a contact role (``g40:contactFor``): closed only by the holder's own stated end ("… was tot
#: 31 december 2024 contactpersoon", a handover's day before; walkthrough 25, finding 3), as a participation is
CONTACT = "contactFor"


class Term(NamedTuple):
    """One piece of evidence that ``holder`` held ``office`` in ``body`` from ``start`` (ISO) to ``end``.

    A named tuple, not a dataclass: a rebuild of 10,000 documents makes some 30,000 of them from the
    build records (0.3 µs each, a frozen dataclass 1 µs)."""

    evidence: str
    holder: str
    body: str
    office: str
    start: str | None
    end: str | None
    past: bool
    #: dated only by its document: its day (``start`` = ``end``), or its period (a year report's), not by the text
    reported: bool = False


def inferred_ends(terms, same_person=None, known=None) -> list[tuple[str, str, str]]:
    """(evidence, inferred end, evidence of the next holder) of each open or reported term of a single
    office that a later holder's start closes: the day before the first start, after the term's own,
    of another holder of the office in the body; and of each open or reported term of any office
    that the same holder's stated end closes (:func:`stated_ends`), where that is earlier.
    ``known`` (:class:`graph.holder_groups.KnownGroups`): the groups of holders a previous build made,
    reused where an office's holders and their names are the same.

    >>> inferred_ends([Term("e1", "p/a", "u", "voorzitter", "2022-01-01", None, False),
    ...                Term("e2", "p/a", "u", "voorzitter", "2023-01-01", None, False)])  # the same person again
    []

    A term with an end of its own (the period of a year report) ends early too, where another holder
    takes the office over from a day inside it, with no end; a mention on one day does not cut it:

    >>> inferred_ends([Term("e1", "p/a", "u", "voorzitter", "2024-01-01", "2024-12-31", False),
    ...                Term("e2", "p/b", "u", "voorzitter", "2024-05-02", "2024-05-02", False),
    ...                Term("e3", "p/c", "u", "voorzitter", "2024-10-01", None, False)])
    [('e1', '2024-09-30', 'e3')]

    A report (a term only its document dates) ends before another holder's later report or start,
    not before the same holder's:

    >>> inferred_ends([Term("e1", "p/a", "u", "voorzitter", "2023-03-01", "2023-03-01", False, True),
    ...                Term("e2", "p/a", "u", "voorzitter", "2024-01-10", "2024-01-10", False, True),
    ...                Term("e3", "p/b", "u", "voorzitter", "2024-06-01", None, False)])
    [('e1', '2024-05-31', 'e3'), ('e2', '2024-05-31', 'e3')]

    A term its document's period dates (a year report's) is closed by another holder after that period:

    >>> inferred_ends([Term("e1", "p/a", "u", "voorzitter", "2023-01-01", "2023-12-31", False, True),
    ...                Term("e2", "p/b", "u", "voorzitter", "2023-06-01", "2023-06-01", False, True),
    ...                Term("e3", "p/b", "u", "voorzitter", "2024-05-01", "2024-05-01", False, True)])
    [('e1', '2024-04-30', 'e3')]

    A name variant of the holder (``same_person``, see :func:`name_twins`: "M. de Vries" after "Maria de
    Vries-Bakker") is the same holder again, no successor:

    >>> twins = name_twins({"p/a": "Maria de Vries-Bakker", "p/b": "M. de Vries", "p/c": "Karin de Vries"})
    >>> inferred_ends([Term("e1", "p/a", "u", "voorzitter", "2024-01-01", None, False),
    ...                Term("e2", "p/b", "u", "voorzitter", "2024-05-01", None, False),
    ...                Term("e3", "p/c", "u", "voorzitter", "2024-09-01", None, False)], twins)
    [('e1', '2024-08-31', 'e3'), ('e2', '2024-08-31', 'e3')]
    """
    ends = []
    for held in _single_office_terms(terms).values():
        held.sort(key=lambda t: (t.start, t.evidence))
        if same_person is not None:
            held = _one_holder_per_person(held, same_person, known)
        current = [t for t in held if not t.past]
        # the terms a later one can be, each with its search for the next holder (a bisection, not a scan:
        # 10,000 documents hold offices with hundreds of terms, a long-serving chair hundreds of reports)
        anyone = _next_holder(current)
        takeover = _next_holder([t for t in current if t.end is None])  # "from then on": the only ones that cut a period
        taking_over = reported_with_holder(current)
        for term in current:
            if term.end is None or (term.reported and term.end == term.start):  # nothing says it ended:
                later = taking_over(term, anyone(term))  # the next holder's start ends it
            else:  # a period ("werd in 2024 voorgezeten door X") that a later holder's "from then on" cuts short
                later = takeover(term)
                later = later if later is not None and later.start <= term.end else None
                if later is None and term.reported:  # its document's period: reported for then, closed after it
                    later = anyone(term._replace(start=term.end))
            if later is not None:
                ends.append((term.evidence, _day_before(later.start), later.evidence))
    # a farewell whose text dates the successor's start ends the day before it (graph.farewell_handovers)
    return _earliest(ends + stated_ends(handed_over(terms)) + succession_ends(terms, {PARTICIPATION, AFFILIATION})
                     + promotion_ends(terms)  # a new burgemeester is no wethouder any more (graph.promotion_ends)
                     + past_mention_ends(terms))  # "Hij volgde X op": over by a day, ended where a text said


def _single_office_terms(terms) -> dict[tuple[str, str], list[Term]]:
    """The dated terms of single offices (:data:`SINGLE_OFFICES`, by :func:`office_key`: a "pijlervoorzitter"
    is the pijler's voorzitter), by body and office: the offices a later holder's start can end a term of
    (:func:`inferred_ends`), and whose holders are compared by name."""
    by_office: dict[tuple[str, str], list[Term]] = {}
    for term in terms:
        office = office_key(term.office)
        if term.start and office in SINGLE_OFFICES:
            by_office.setdefault((term.body, office), []).append(term)
    return by_office


def _one_holder_per_person(held: list[Term], same_person, known=None) -> list[Term]:
    """``held`` (sorted by start) with each holder replaced by the first holder, in order, that
    ``same_person`` says is the same person as every holder put with it so far (so that "M. de Vries"
    joins neither "Maria" nor "Mark de Vries" both). ``known``: groups a previous build made
    (:class:`graph.holder_groups.KnownGroups`), by ``same_person.group_key`` of the holders.

    >>> same = lambda a, b: {a, b} in ({"a", "b"},)
    >>> [t.holder for t in _one_holder_per_person([Term("e1", "a", "u", "voorzitter", "1", None, False),
    ...     Term("e2", "b", "u", "voorzitter", "2", None, False), Term("e3", "c", "u", "voorzitter", "3", None, False)], same)]
    ['a', 'a', 'c']
    """
    holders = list(dict.fromkeys(t.holder for t in held))
    key = same_person.group_key(holders) if known is not None and hasattr(same_person, "group_key") else None
    groups = known.get(key) if key is not None else None
    if groups is None or len(groups) != len(holders):
        groups = holder_groups(holders, same_person)
        if key is not None:
            known.put(key, groups)
    if all(number == position for position, number in enumerate(groups)):
        return held
    first = {holder: holders[number] for holder, number in zip(holders, groups)}
    return [t._replace(holder=first[t.holder]) for t in held]


def holder_groups(holders: list[str], same_person) -> list[int]:
    """For each of ``holders``, in order, the position of the first holder of its group: the first
    group all of whose holders ``same_person`` says are the same person as it.

    >>> holder_groups(["a", "b", "c"], lambda a, b: {a, b} == {"a", "c"})
    [0, 1, 0]
    """
    groups: list[list[int]] = []
    placed: list[int] = []
    keys = getattr(same_person, "keys", None)  # holders that share no key are never one person
    groups_with: dict[str, set[int]] = {}
    for position, holder in enumerate(holders):
        own = keys(holder) if keys is not None else ()
        candidates = sorted({n for key in own for n in groups_with.get(key, ())}) if keys is not None \
            else range(len(groups))
        number = next((n for n in candidates if all(same_person(holder, holders[other]) for other in groups[n])), None)
        if number is None:
            groups.append([])
            number = len(groups) - 1
        groups[number].append(position)
        for key in own:
            groups_with.setdefault(key, set()).add(number)
        placed.append(groups[number][0])
    return placed


def name_twins(names: dict[str, str], apart=frozenset()):
    """A function of two holders (IRIs): are they one person by their names (``names``: IRI → preferred
    label; :func:`graph.twins.name_variants`: the same surname core, compatible given names or initials),
    unless ``apart`` (frozensets of two IRIs: ``distinct:``, a ``split:``, ``owl:differentFrom``) says not.

    >>> twins = name_twins({"p/a": "L. Mulder-Koster", "p/b": "Linda Mulder"})
    >>> twins("p/a", "p/b"), name_twins({"p/a": "L. Mulder-Koster", "p/b": "Linda Mulder"}, {frozenset(("p/a", "p/b"))})("p/a", "p/b")
    (True, False)
    """
    from .holder_groups import KnownGroups
    from .twins import name_variants, variant_keys

    known: dict[str, frozenset[str]] = {}

    def keys(holder: str) -> frozenset[str]:  # a variant shares an initial and a surname word (same.keys: an index)
        if holder not in known:
            known[holder] = variant_keys(names[holder]) if holder in names else frozenset()
        return known[holder]

    def same(a: str, b: str) -> bool:
        if a == b:
            return True
        if a not in names or b not in names or frozenset((a, b)) in apart or not keys(a) & keys(b):
            return False
        return name_variants(names[a], names[b])  # (lru-cached parses: a holder is compared in each office)

    same.keys = keys
    same.group_key = lambda holders: KnownGroups.key(holders, names, apart)  # what decides their groups
    return same


def stated_ends(terms) -> list[tuple[str, str, str]]:
    """(evidence, end, evidence that states it) of each open or reported term of any office that the
    same holder's stated end of that office in that body closes: the first end the text gives
    (``end``, not only its document's date) on or after the term's start, in another piece of evidence.

    A college has several wethouders, so no later holder closes a wethouder's term; but "Anna Bakker is
    tot 1 mei 2024 wethouder van Leiden geweest" (an end, 2024-04-30) closes the year report's
    "wethouder Anna Bakker (Leiden)" of 2023, which ``--as-of`` 2025 would otherwise still read:

    >>> stated_ends([Term("e1", "p/anna", "u/leiden", "wethouder", "2023-01-01", "2023-12-31", False, True),
    ...              Term("e2", "p/anna", "u/leiden", "wethouder", None, "2024-04-30", True)])
    [('e1', '2024-04-30', 'e2')]

    Another holder's end, an end before the term's start (a later term again), another office, a
    term said to be over and a term with an end of its own in the text close nothing:

    >>> stated_ends([Term("e1", "p/anna", "u/leiden", "wethouder", "2023-01-01", None, False),
    ...              Term("e2", "p/piet", "u/leiden", "wethouder", None, "2024-04-30", True),
    ...              Term("e3", "p/anna", "u/leiden", "wethouder", None, "2022-12-31", True),
    ...              Term("e4", "p/anna", "u/leiden", "burgemeester", None, "2024-04-30", True)])
    []

    A participation (:data:`PARTICIPATION`) ends where the same town says it left (the exit is ``past``),
    also by its document's day alone ("Zwolle is gestopt met …" in a news item of 2024-10-10); a
    participation of a period ("In 2019 nam Zwolle deel aan …") says nothing of an end:

    >>> stated_ends([Term("e1", "g/zwolle", "u/tf", PARTICIPATION, "2017-03-01", "2017-03-01", False, True),
    ...              Term("e2", "g/zwolle", "u/tf", PARTICIPATION, "2024-10-10", "2024-10-10", True, True)])
    [('e1', '2024-10-10', 'e2')]
    >>> stated_ends([Term("e1", "g/zwolle", "u/tf", PARTICIPATION, "2017-03-01", None, False),
    ...              Term("e2", "g/zwolle", "u/tf", PARTICIPATION, "2019-01-01", "2019-12-31", False)])
    []

    A role reported over on a day (a farewell, "oud-wethouder", in a news item) closes the terms that
    start before that day, not one reported on the same day:

    >>> stated_ends([Term("e1", "p/anna", "u/leiden", "wethouder", "2026-02-12", "2026-02-12", False, True),
    ...              Term("e2", "p/anna", "u/leiden", "wethouder", "2026-03-20", "2026-03-20", True, True),
    ...              Term("e3", "p/anna", "u/leiden", "wethouder", "2026-03-20", "2026-03-20", False, True)])
    [('e1', '2026-03-20', 'e2')]

    A document that tells one holder's ended term and an open one that starts later ("| 2022–2024 | Anna |",
    "| 2024–heden | Anna |": a second term) says the first ended, not the second (walkthrough 35, finding 1);
    another document's end still closes an open term:

    >>> stated_ends([Term("ev/d/1", "p/anna", "u/cd", "trekker", "2022-01-01", "2024-12-31", True),
    ...              Term("ev/d/2", "p/anna", "u/cd", "trekker", "2024-01-01", None, False)])
    []
    >>> stated_ends([Term("ev/d/1", "p/anna", "u/cd", "trekker", "2022-01-01", "2024-12-31", True),
    ...              Term("ev/e/2", "p/anna", "u/cd", "trekker", "2024-01-01", None, False)])
    [('ev/e/2', '2024-12-31', 'ev/d/1')]
    """
    stating = {_holding(t) for t in terms if t.office != SUCCESSION and _states_end(t)}
    by_holding: dict[tuple[str, str, str], list[Term]] = {}  # few: group only their holdings
    for term in terms:
        holding = _holding(term)
        if holding in stating:
            by_holding.setdefault(holding, []).append(term)
    over_on_a_day = {t.evidence for t in terms if t.past and t.reported and t.start == t.end
                     and t.office != PARTICIPATION and _holding(t) in stating}
    ends = []
    for held in by_holding.values():
        stated = sorted((t.end, t.evidence) for t in held if _states_end(t))
        if not stated:
            continue
        began = {t.evidence: t.start for t in held}
        for term in held:
            if term.past or not term.start or not (term.end is None or term.reported):
                continue
            k = bisect.bisect_left(stated, (term.start, ""))
            while k < len(stated) and (stated[k][1] == term.evidence
                                       or stated[k][0] == term.start and stated[k][1] in over_on_a_day
                                       or _later_term_told_with(term, stated[k][1], began)):
                k += 1  # (a role reported over on a day says nothing of a term reported that day)
            if k < len(stated):
                ends.append((term.evidence, *stated[k]))
    return ends


def _later_term_told_with(term: Term, ender: str, began: dict[str, str | None]) -> bool:
    """Is ``term`` (open, with a start the text states) told in the document of the ended term ``ender``, and
    does it start after that one: a second term the same text tells ("2022–2024", "2024–heden"), which the
    first one's end does not close.

    >>> _later_term_told_with(Term("ev/d/2", "p", "u", "trekker", "2024-01-01", None, False), "ev/d/1",
    ...                       {"ev/d/1": "2022-01-01"})
    True
    """
    first = began.get(ender)
    return (not term.reported and term.end is None and first is not None and first < term.start
            and ender.rsplit("/", 1)[0] == term.evidence.rsplit("/", 1)[0])


def _holding(term: Term) -> tuple[str, str, str]:
    """The holding a term is of, for :func:`stated_ends`: holder, body and :func:`office_key`; taking part in a
    body is being its member ("Wethouder X vertegenwoordigt Amersfoort in de pijler" in a year report ends where
    "Y volgt X op in de pijler" ends X's membership; round 49a, walkthrough 23 finding 4).

    >>> _holding(Term("e", "p/x", "u/pijler", PARTICIPATION, None, None, False)) == _holding(
    ...     Term("f", "p/x", "u/pijler", "lid", None, None, False))
    True
    """
    return term.holder, term.body, "lid" if term.office == PARTICIPATION else office_key(term.office)


def office_key(office: str) -> str:
    """One key for the wordings of one office: "bestuurlijk trekker" is the trekker ("Y stopt als trekker"
    ends the "bestuurlijk trekker" term); an "ambtelijk trekker" is another office.

    >>> office_key("bestuurlijk trekker"), office_key("bestuurlijke trekker"), office_key("ambtelijk trekker")
    ('trekker', 'trekker', 'ambtelijk trekker')
    >>> office_key("pijlervoorzitter"), office_key("themagroepsecretaris"), office_key("covoorzitter")
    ('voorzitter', 'secretaris', 'covoorzitter')
    """
    return _OFFICE_KEYS.get(office, office)


#: the wordings of one office (:func:`office_key`): a pijler's "pijlervoorzitter" is its voorzitter, so the
#: 2021 report's "pijlervoorzitter X" ends where "Y, voorzitter van de pijler" begins (walkthrough 35, finding 2)
_OFFICE_KEYS = {"bestuurlijk trekker": "trekker", "bestuurlijke trekker": "trekker",
                "pijlervoorzitter": "voorzitter", "themagroep-voorzitter": "voorzitter",
                "pijlersecretaris": "secretaris", "themagroepsecretaris": "secretaris"}


def _states_end(term: Term) -> bool:
    """Does ``term`` state an end of its holding: an end the text gives, or a role reported over on a
    day (``past``, its document's day); for a participation, an exit
    (``past``: the town left, by its end or else by its document's last day).

    >>> _states_end(Term("e", "p", "u", "wethouder", None, "2024-04-30", True)), _states_end(
    ...     Term("e", "g", "u", PARTICIPATION, "2019-01-01", "2019-12-31", False))
    (True, False)
    """
    if term.office == PARTICIPATION:
        return term.past and term.end is not None
    return term.end is not None and (not term.reported or term.past and term.start == term.end)


def affiliation_ends(affiliations, terms, ends=()) -> list[tuple[str, str, str]]:
    """(affiliation evidence, end, evidence of the ended role) of each open affiliation (``affiliations``:
    terms of office :data:`AFFILIATION`, a start and no end of their own) that the same person's ended
    role in the same body ends: the first role of ``terms`` with a stated end (:func:`_states_end`: an
    end the text or a correction gives, a role reported over on a day) on or after the affiliation's
    start, while no other role of theirs in that body goes on past that end (``ends``: the inferred ends
    of :func:`inferred_ends`, which close a role reported on a day).

    >>> aff = [Term("a1", "p/ahmed", "m/bzk", AFFILIATION, "2026-01-15", None, False),
    ...        Term("a2", "p/ahmed", "m/bzk", AFFILIATION, "2026-04-09", None, False)]
    >>> affiliation_ends(aff, [Term("c1", "p/ahmed", "m/bzk", "beleidsadviseur", None, "2026-02-28", True)])
    [('a1', '2026-02-28', 'c1')]

    Another role in the body that goes on (open, not ended by then) keeps the affiliation; a successor's
    start is no end of the role; another body's role ends nothing:

    >>> affiliation_ends(aff, [Term("c1", "p/ahmed", "m/bzk", "wethouder", None, "2026-02-28", True),
    ...                        Term("e2", "p/ahmed", "m/bzk", "programmamanager", "2026-01-20", None, False)])
    []
    >>> affiliation_ends(aff, [Term("e1", "p/ahmed", "m/bzk", "voorzitter", "2025-01-01", None, False),
    ...                        Term("e2", "p/kees", "m/bzk", "voorzitter", "2026-03-01", None, False),
    ...                        Term("c1", "p/ahmed", "m/vng", "adviseur", None, "2026-02-28", True)],
    ...                  inferred_ends([Term("e1", "p/ahmed", "m/bzk", "voorzitter", "2025-01-01", None, False),
    ...                                 Term("e2", "p/kees", "m/bzk", "voorzitter", "2026-03-01", None, False)]))
    []
    """
    open_ones = [a for a in affiliations if a.start and a.end is None and not a.past]
    if not open_ones:
        return []
    inferred = {evidence: end for evidence, end, _later in ends}
    roles: dict[tuple[str, str], list[Term]] = {}
    for term in terms:
        if term.office not in (PARTICIPATION, AFFILIATION, SUCCESSION, CONTACT):
            roles.setdefault((term.holder, term.body), []).append(term)
    found = []
    for affiliation in open_ones:
        held = roles.get((affiliation.holder, affiliation.body), ())
        enders = sorted((t for t in held if _states_end(t) and t.end >= affiliation.start), key=lambda t: (t.end, t.evidence))
        for ender in enders:
            if not any(_goes_on(other, ender, inferred) for other in held if other.office != ender.office):
                found.append((affiliation.evidence, ender.end, ender.evidence))
                break
    return sorted(found)


def _goes_on(role: Term, ender: Term, inferred: dict) -> bool:
    """Does ``role`` (another office in the body) hold past ``ender``'s end: begun by then, not over, and
    with no end of its own (a report on a day has none) or inferred (``inferred``) on or before it?

    >>> _goes_on(Term("e", "p", "b", "lid", "2026-01-01", "2026-01-01", False, True),
    ...          Term("c", "p", "b", "wethouder", None, "2026-02-28", True), {"e": "2026-02-28"})
    False
    """
    if role.past or not role.start or role.start > ender.end:
        return False
    own = None if role.reported and role.start == role.end else role.end
    ends = [day for day in (own, inferred.get(role.evidence)) if day is not None]
    return not ends or min(ends) > ender.end


_AFFILIATIONS = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX g40: <https://w3id.org/g40kg/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?ev ?holder ?body ?from ?date ?until ?past WHERE {
  VALUES %s
  ?ev rdf:predicate g40:affiliatedWith ; rdf:subject ?holder ; rdf:object ?body .
  OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev dcterms:date ?date }
  OPTIONAL { ?ev g40:validUntil ?until } OPTIONAL { ?ev g40:past ?past }
  FILTER(isIRI(?ev))
}"""


def affiliation_terms(store: ox.Store, terms) -> list[Term]:
    """The affiliations (office :data:`AFFILIATION`) that an ended role of ``terms`` may end: those of the
    holders and bodies of the roles with a stated end and of the departures (few per build; a departure
    marked ``past``, :mod:`graph.departure_ends`), and those with a ministry that ceased
    (:func:`graph.ceased_ministries.ceased_ends` ends them on its last day), from every graph of
    ``store`` as curation left it; a report on a day (``dcterms:date`` alone) starts that day with no end,
    as ``--as-of`` reads it."""
    pairs = {(t.holder, t.body) for t in terms if t.office not in (PARTICIPATION, AFFILIATION, SUCCESSION)
             and _states_end(t)}
    # and of each stated departure: "X verlaat per 1 september het ministerie van VRO" (graph.departure_ends)
    departed = departures(store)
    pairs = sorted(pairs | set(departed.values()))
    ceased = " ".join(f"<{iri}>" for iri in sorted([*last_days(), *dissolved_days()]))
    found = {t.evidence: t for t in _affiliations(store, f"?body {{ {ceased} }}")} if ceased else {}
    if pairs:
        found.update((t.evidence, t) for t in _affiliations(
            store, "(?holder ?body) { %s }" % " ".join(f"(<{holder}> <{body}>)" for holder, body in pairs)))
    # a departure is an affiliation over (graph.departure_ends): "vertrekt per 1 juni bij" as "verliet"
    return sorted(t._replace(past=True) if t.evidence in departed else t for t in found.values())


def _affiliations(store: ox.Store, values: str) -> list[Term]:
    """The affiliations whose holder and body the ``VALUES`` clause ``values`` allows, as terms."""
    found = []
    for row in store.query(_AFFILIATIONS % values, use_default_graph_as_union=True):
        start = row["from"] if row["from"] is not None else row["date"]
        found.append(Term(row["ev"].value, row["holder"].value, row["body"].value, AFFILIATION,
                          start.value[:10] if start is not None else None,
                          row["until"].value[:10] if row["until"] is not None else None,
                          row["past"] is not None and row["past"].value == "true"))
    return found


def _earliest(ends) -> list[tuple[str, str, str]]:
    """The earliest inferred end of each term of ``ends`` (evidence, end, from where), sorted.

    >>> _earliest([("e1", "2024-05-31", "e3"), ("e1", "2024-04-30", "e2")])
    [('e1', '2024-04-30', 'e2')]
    """
    first: dict[str, tuple[str, str, str]] = {}
    for end in ends:
        if end[0] not in first or end[1:] < first[end[0]][1:]:
            first[end[0]] = end
    return sorted(first.values())


def _next_holder(terms: list[Term]):
    """A function of a term: the first of ``terms`` (sorted by start) that starts after it and is another
    holder's, or None. A bisection finds the first later start; where that is the same holder's (a chair
    reported again and again), a table made once gives the first term after it of another holder.

    >>> after = _next_holder([Term("e1", "a", "u", "voorzitter", d, d, False, True) for d in ("2023", "2024", "2025")]
    ...                      + [Term("e4", "b", "u", "voorzitter", "2026", None, False)])
    >>> after(Term("e0", "a", "u", "voorzitter", "2022", None, False)).evidence
    'e4'
    """
    starts, count = [t.start for t in terms], len(terms)
    other = [count] * (count + 1)  # other[k]: the first index after k of a holder other than terms[k]'s
    for k in range(count - 2, -1, -1):
        other[k] = k + 1 if terms[k + 1].holder != terms[k].holder else other[k + 1]

    def after(term: Term) -> Term | None:
        k = bisect.bisect_right(starts, term.start)
        if k < count and terms[k].holder == term.holder:
            k = other[k]
        return terms[k] if k < count else None

    return after


@functools.lru_cache(maxsize=4096)
def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso[:10]) - timedelta(days=1)).isoformat()


def build_terms(recorded, merges=(), suppressed=frozenset()) -> list[Term]:
    """The terms the documents state (``recorded``: the ``terms`` of their build records, see
    :class:`graph.build_stats.BuildStats`) as curation left them: an entity merged away is the one it went
    into (``merges``: (IRI, IRI it went into)), a suppressed piece of evidence (``suppressed``: IRIs) is gone.

    >>> build_terms([["e1", "p/a", "u/x", "voorzitter", "2022-01-01", None, False, False]], [("u/x", "u/y")])
    [Term(evidence='e1', holder='p/a', body='u/y', office='voorzitter', start='2022-01-01', end=None, past=False, reported=False)]
    """
    terms = [Term(evidence, holder, body, office, start, end, bool(past), bool(reported))
             for evidence, holder, body, office, start, end, past, reported in recorded if evidence not in suppressed]
    into = dict(merges)
    if not into:  # no merges (most builds): the records as they are
        return terms

    def merged(iri: str) -> str:
        seen = set()
        while iri in into and iri not in seen:  # merges may chain: a into b, b into c
            seen.add(iri)
            iri = into[iri]
        return iri

    return [term._replace(holder=merged(term.holder), body=merged(term.body)) for term in terms]


_CURATED_TERMS = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX g40: <https://w3id.org/g40kg/def#>
SELECT ?ev ?holder ?body ?office ?from ?until ?past WHERE {
  GRAPH <%s> {
    { ?ev rdf:predicate g40:hasRole ; g40:roleLabel ?office }
    UNION { ?ev rdf:predicate g40:participatesIn . BIND("%s" AS ?office) OPTIONAL { ?ev g40:past ?past } }
    ?ev rdf:subject ?holder ; rdf:object ?body .
    OPTIONAL { ?ev g40:validFrom ?from }
    OPTIONAL { ?ev g40:validUntil ?until }
  }
  FILTER(isIRI(?ev))
}"""


_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_APART = "PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?a ?b WHERE { ?a owl:differentFrom ?b }"


#: from this many holders on, :func:`holder_names` reads the store's preferred labels in one pass (10,000
#: documents: 4,300 labels, ≈ 30 ms) instead of looking each holder up (2,900 lookups, ≈ 75 ms), if they are at
#: least half of all holders in the terms: a label read costs a third of a lookup or less, and the labels are
#: mostly those of the terms' holders and bodies, so a few holders among many are looked up
HOLDERS_READ_AT_ONCE = 500


def holder_names(store: ox.Store, terms) -> dict[str, str]:
    """The preferred label of each holder of a single office in ``terms`` that another holder holds too
    (only they are compared by name: :func:`name_twins`): the first the holder's lookup in ``store`` gives.

    Many holders are read in one pass over the labels (:data:`HOLDERS_READ_AT_ONCE`, at least half of the
    terms' holders); a holder with more than one label (a correction's beside its description) is still looked
    up, so the label is the same.
    """
    shared: set[str] = set()
    for held in _single_office_terms(terms).values():
        office_holders = {t.holder for t in held}
        if len(office_holders) > 1:
            shared |= office_holders
    holders = sorted(shared)
    at_once = len(holders) >= HOLDERS_READ_AT_ONCE and 2 * len(holders) >= len({t.holder for t in terms})
    single, more = _single_labels(store, shared) if at_once else ({}, shared)
    names: dict[str, str] = {}
    for holder in holders:
        if holder in single:
            names[holder] = single[holder]
            continue
        if holder not in more:  # read at once and without a label
            continue
        for quad in store.quads_for_pattern(ox.NamedNode(holder), _PREF_LABEL, None, None):
            names[holder] = quad.object.value
            break
    return names


def _single_labels(store: ox.Store, wanted: set[str]) -> tuple[dict[str, str], set[str]]:
    """The preferred label of each IRI of ``wanted`` with one label in ``store`` (all graphs), and those with
    more (the first of them is the one their own lookup gives: left to it)."""
    labels: dict[str, str] = {}
    more: set[str] = set()
    for quad in store.quads_for_pattern(None, _PREF_LABEL, None, None):
        subject = quad.subject
        if type(subject) is ox.NamedNode and subject.value in wanted:
            if subject.value in labels:
                more.add(subject.value)
            else:
                labels[subject.value] = quad.object.value
    for iri in more:
        del labels[iri]
    return labels, more


def apart_pairs(store: ox.Store) -> set[frozenset]:
    """The pairs a document says are two people (``owl:differentFrom``)."""
    return {frozenset((row["a"].value, row["b"].value))
            for row in store.query(_APART, use_default_graph_as_union=True)}


def curated_terms(store: ox.Store, curated_graph: str) -> list[Term]:
    """The terms that corrections (``data/curated/``, graph ``curated_graph``) add: roles, and
    participations (:data:`PARTICIPATION`, round 40t), which a town's stated exit closes as it
    closes an extracted one where the correction gives a start and no end of its own (a curated
    exit, ``past: true`` with an end, closes too); one with no start may have begun after the exit."""
    query = _CURATED_TERMS % (curated_graph, PARTICIPATION)
    return [Term(row["ev"].value, row["holder"].value, row["body"].value, row["office"].value,
                 row["from"].value[:10] if row["from"] is not None else None,
                 row["until"].value[:10] if row["until"] is not None else None,
                 row["past"] is not None and row["past"].value == "true")
            for row in store.query(query)]


def tenure_quads(terms, graph: str, same_person=None, affiliations=(), known=None) -> list[ox.Quad]:
    """The statements of the named graph ``graph`` (``g40g:tenure``): each announced mention's stated start
    (``g40:inferredFrom``, ``g40:startedBy``: :func:`graph.announced_starts.announced_starts`), each inferred end of ``terms``
    (a name variant of the holder, ``same_person``, ends none: :func:`inferred_ends`; ``known``: the
    groups of holders a previous build made), and of the ``affiliations`` an ended role ends
    (:func:`affiliation_ends`)."""
    name, until, ended_by = (ox.NamedNode(graph), ox.NamedNode(_G40 + "inferredUntil"), ox.NamedNode(_G40 + "endedBy"))
    quads = []
    # a mention before a stated start announces it (graph.announced_starts): read from that start, by the
    # time filters and here, so that it ends no other holder's term before it
    starts = announced_starts(terms)
    moved = {evidence: start for evidence, start, _ in starts}
    if moved:
        terms = [t._replace(start=moved[t.evidence], end=moved[t.evidence]) if t.evidence in moved else t for t in terms]
    since, started_by = ox.NamedNode(_G40 + "inferredFrom"), ox.NamedNode(_G40 + "startedBy")
    for evidence, start, stating in starts:
        quads.append(ox.Quad(ox.NamedNode(evidence), since, ox.Literal(start, datatype=_DATE), name))
        quads.append(ox.Quad(ox.NamedNode(evidence), started_by, ox.NamedNode(stating), name))
    ends = inferred_ends(terms, same_person, known)
    # a term at a ministry that ceased ends on its last day at the latest (graph.ceased_ministries)
    for evidence, end, later in _earliest(ends + affiliation_ends(affiliations, terms, ends)
                                          + departure_ends(affiliations, terms)  # "X verlaat per D het ministerie"
                                          + ceased_ends([*terms, *affiliations])):
        node = ox.NamedNode(evidence)
        quads.append(ox.Quad(node, until, ox.Literal(end, datatype=_DATE), name))
        quads.append(ox.Quad(node, ended_by, ox.NamedNode(later), name))
    return quads


_G40 = "https://w3id.org/g40kg/def#"
_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
