"""``ministry-contacts`` and ``themagroep-contacts`` under a window grouped, labelled and ordered in Python from their
kept rows (:mod:`graph.window_values`), as the text does after its time-filtered subquery.

Round 56c asked the text around the rows a window keeps (a ``VALUES`` block in the subquery's place). With thousands
of rows that costs about a second at 10^6 triples (4,231 rows of themagroep-contacts under ``--as-of``: the
grouping, labels and order 0.4 s, "on whose behalf" a lookup per row 0.56 s), while what the text reads around
the subquery depends on the window only through the rows kept and the day "on whose behalf" reads. So, as
:mod:`graph.window_roles` does for ``who-does-what``:

* **kept** with the rows (:func:`lookups`, once per graph and text): what the lines after the grouped subquery look
  up per group, asked of those lines themselves (ministry-contacts: each group's labels, role and dossier type,
  the text's own lines after a ``VALUES`` block of the groups; themagroep-contacts: each person's affiliations as
  "on whose behalf" reads them, its ``MAX`` argument and the document's day);
* **asked**: the groups of the rows the window keeps, their aggregates (``MIN``, ``MAX``, ``COUNT(DISTINCT …)``, in
  SPARQL's order, unbound when a value is, as Oxigraph) and the lines after them (:func:`answer`), in the order of
  the text's ``ORDER BY``.

What :func:`answer` makes of a table's terms (rdflib terms, literals, and for a themagroep-contacts group of one row
its place and cells but "on whose behalf") is made once per term or row and held with a table held for its dataset
(:class:`_Made`, :func:`graph.window_values._held`), so a later window reuses it.

Only a text whose lines around the subquery are those this module was written for (:data:`FORMS`, a digest of them
without comments) is answered here; another (an edited order, another lookup) is asked as written around the kept
rows (:mod:`graph.window_values`), and so is an answer with a value these aggregates or this order do not compare
(a language-tagged label, a typed value other than a day): :func:`answer` raises ValueError.

>>> _sort_key(["l", "b", None, None]) > _sort_key(["u", "urn:z"]) > _sort_key(None)
True
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from operator import itemgetter
from typing import Any, Mapping, NamedTuple

from rdflib import Literal, URIRef

from .oxigraph_store import _plain_literal
from .sparql_naming import _blanked
from .window_roles import _INTEGER, _number, _Terms

__all__ = ["FORMS", "form_of", "lookups", "answer", "made", "ranks"]

_DATE = "http://www.w3.org/2001/XMLSchema#date"
_DATE_IRI = URIRef(_DATE)
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_NO_DOSSIER = "urn:g40kg:no-dossier"
_NEVER = "9999-12-31"

#: digest of a question's expanded text (no window) around its subquery, without comments → the form answered here
FORMS = {"bc00684e0650efaf": "ministry-contacts", "0bf7c125dc0541af": "themagroep-contacts"}

#: the columns of each form's answer, as its text selects them
_COLUMNS = {
    "ministry-contacts": ("ministry", "ministryLabel", "person", "personLabel", "role", "dossier", "dossierLabel",
                          "dossierType", "since", "documents", "documentId", "curation"),
    "themagroep-contacts": ("themagroep", "themagroepLabel", "person", "personLabel", "onBehalfOf", "relation", "role",
                            "start", "end", "documents", "documentId", "curation"),
}


def form_of(text: str, found: tuple) -> str | None:
    """The form (a key of :data:`_COLUMNS`) of the expanded ``text`` whose subquery is at ``found``
    (:func:`graph.window_values.subquery`); None: its lines around the subquery are another's."""
    return FORMS.get(_digest(text, found))


def _digest(text: str, found: tuple) -> str:
    outside = _code(text[text.index("SELECT"):found[0]]) + "\0" + _code(text[found[1]:])
    return hashlib.sha256(outside.encode("utf-8")).hexdigest()[:16]


_COMMENT = re.compile(r'"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s()]*>|(#[^\n]*)')


def _code(text: str) -> str:
    """``text`` without its comments, its blanks as one space."""
    return " ".join(_COMMENT.sub(lambda found: "" if found.group(1) else found.group(), text).split())


def _grouped_end(text: str, found: tuple) -> int:
    """Where the group holding the grouped subquery around the subquery at ``found`` closes (after its ``}``): the
    third brace the text closes after the subquery."""
    blank, depth, closed = _blanked(text), 0, 0
    for position in range(found[1], len(blank)):
        depth += {"{": 1, "}": -1}.get(blank[position], 0)
        if depth < 0:
            closed, depth = closed + 1, 0
            if closed == 3:
                return position + 1
    raise ValueError("no grouped subquery around the subquery")


def lookups(dataset, form: str, text: str, found: tuple, names: list[str], rows: list[list], terms: list,
            index: dict, timeout) -> list:
    """What the text of ``form`` (expanded without a window; its subquery at ``found``, selecting ``names``) looks up
    after its grouped subquery, for the groups of the subquery's ``rows`` (term numbers into ``terms``, new terms
    numbered there): ministry-contacts [ministry, person, dossierKey, ministryLabel, personLabel, role, dossierLabel,
    dossierType] per row of its lines; themagroep-contacts [person, the document's day (-1: none), the argument of
    "on whose behalf"'s ``MAX``] per affiliation."""
    from .kept_answers import _term, _written
    from .query import run_sparql
    from .questions import sparql_term

    def number(term) -> int:
        return -1 if term is None else _number(_written(term), terms, index)

    end = _grouped_end(text, found)
    outer = text[end:text.rindex("}", 0, text.rindex("ORDER BY"))]
    if form == "ministry-contacts":
        columns = [names.index(name) for name in ("ministry", "person", "dossierKey")]
        keys = sorted({tuple(row[column] for column in columns) for row in rows})
        if not keys:
            return []
        values = " ".join("(" + " ".join(sparql_term(_term(terms[cell])) for cell in key) + ")" for key in keys)
        selected = ["ministry", "person", "dossierKey", "ministryLabel", "personLabel", "role", "dossierLabel",
                    "dossierType"]
        query = (f"SELECT {' '.join('?' + name for name in selected)} WHERE {{\n"
                 f"  VALUES (?ministry ?person ?dossierKey) {{ {values} }}\n{outer}\n}}")
        return [[number(row.get(name)) for name in selected]
                for row in run_sparql(dataset, query, timeout=timeout, check=False).rows]
    person = names.index("person")
    persons = sorted({row[person] for row in rows})
    lateral = re.search(r"SELECT \?person \(MAX\((.*)\) AS \?onBehalfKey_\) WHERE \{", outer)
    if not persons or lateral is None:
        return []
    blank, depth = _blanked(outer), 0
    for position in range(lateral.end() - 1, len(blank)):
        depth += {"{": 1, "}": -1}.get(blank[position], 0)
        if depth == 0:
            break
    group = outer[lateral.end() - 1:position + 1]
    values = " ".join(sparql_term(_term(terms[cell])) for cell in persons)
    query = (f"SELECT DISTINCT ?person (STR(?onBehalfDay_) AS ?day) ?key WHERE {{\n  VALUES ?person {{ {values} }}\n"
             f"  LATERAL {{ {group} }}\n  BIND({lateral.group(1)} AS ?key)\n}}")  # as a join: 58 s, not 0.3
    return [[number(row["person"]), number(row.get("day")), number(row.get("key"))]
            for row in run_sparql(dataset, query, timeout=timeout, check=False).rows]


def answer(form: str, table: dict, rows: list[list], bound: Mapping[str, Any]):
    """The answer of ``form`` from the subquery's ``rows`` the window ``bound`` keeps (a term number into
    ``table["terms"]`` per name of ``table["names"]``, -1: unbound) and the ``table``'s kept ``lookups``, ordered as
    the text orders it; ValueError for a value these aggregates or this order do not compare."""
    from .query import QueryResult

    terms, at = table["terms"], {name: position for position, name in enumerate(table["names"])}
    made_here = table.get("made") or made(terms)
    values, objects, plain, day, counted, single = made_here

    def count(documents: set):
        return counted(len(documents - {-1}))

    rank, columns, answered = table["ranks"], _COLUMNS[form], []
    if len(rank) <= len(terms):  # terms of rows asked of the text, not kept
        rank = ranks(terms)
    if form == "ministry-contacts":
        looked: dict[tuple, list] = {}
        for looked_up in table["lookups"]:
            looked.setdefault(tuple(looked_up[:3]), []).append(looked_up[3:])
        start_at, document_at, id_at, source_at = at["evStart"], at["document"], at["documentId"], at["source"]
        for key, members in _groups(rows, [at["ministry"], at["person"], at["dossierKey"]]).items():
            found = looked.get(key)
            if not found or key[1] < 0:  # the text's FILTER after its lookups drops it; HAVING(BOUND(?person))
                continue
            first, latest, curation = _NEVER, "", ""
            for member in members:
                start = values.day(member[start_at])
                if start is not None and start < first:
                    first = start
                if member[id_at] >= 0:
                    written = ("" if start is None else start) + "|" + values.string(member[id_at])
                    latest = written if written > latest else latest
                if member[source_at] >= 0:
                    source = values.string(member[source_at])
                    curation = source if source > curation else curation
            tail = [None if first == _NEVER else day(first), count({member[document_at] for member in members}),
                    plain(_after(latest) if latest != "" else None), plain(curation if curation != "" else None)]
            dossier = -1 if terms[key[2]] == ["u", _NO_DOSSIER] else key[2]
            for ministry_label, person_label, role, dossier_label, dossier_type in found:
                numbers = (key[0], ministry_label, key[1], person_label, role, dossier, dossier_label, dossier_type)
                place = (rank[ministry_label], rank[person_label], rank[dossier_label], rank[key[0]], rank[key[1]],
                         rank[dossier], rank[dossier_type])
                if -2 in place:
                    raise ValueError("a value not ordered here")
                answered.append((place, dict(zip(columns, [*map(objects.__getitem__, numbers), *tail]))))
    else:
        asked_day = next((str(bound[name]) for name in ("as_of", "until", "at") if bound.get(name) is not None),
                         _NEVER)
        group_by = [at[name] for name in ("themagroep", "themagroepLabel", "person", "personLabel", "relation", "role")]
        groups = _groups(rows, group_by)
        persons = {key[2] for key in groups}
        behalf: dict[int, str] = {}
        for person, kept_day, key in table["lookups"]:
            if person in persons and key >= 0 and (kept_day < 0 or values.text(kept_day) <= asked_day):
                text = values.string(key)
                if person not in behalf or text > behalf[person]:
                    behalf[person] = text
        start_at, end_at, document_at, id_at, curation_at = (at[name] for name in (
            "evStart", "evEnd", "document", "documentId", "curation"))
        day_of, text_of, string_of = values.day, values.text, values.string
        behalf = {person: key.split("\t", 1)[1] if "\t" in key else "" for person, key in behalf.items()}
        behalf = {person: plain(text) for person, text in behalf.items()}
        for key, members in groups.items():
            if len(members) == 1:  # most groups: the aggregates of one row, as the loop below makes them
                member = members[0]
                found = single.get(member)  # its place and cells made at an earlier ask of the table (held)
                if found is None:
                    found = single[member] = _single(member, key, at, made_here, rank)
                answered.append((found[0], dict(zip(columns, found[1]), onBehalfOf=behalf.get(key[2]))))
                continue
            first, last_end, latest, start_source, curation = _NEVER, None, "", None, ""
            first_at, curation_number = -1, -1  # the terms of the start and the curation (-1: unbound)
            for member in members:
                start, end = day_of(member[start_at]), text_of(member[end_at])
                if start is not None and start < first:
                    first, first_at = start, member[start_at]
                written = "~" if end is None else end
                last_end = written if last_end is None or written > last_end else last_end
                if member[id_at] >= 0:
                    document = string_of(member[id_at])
                    written = (end if end is not None else start if start is not None else "0000") + "|" + document
                    latest = written if written > latest else latest
                    written = "~" if start is None else start + "|" + document
                else:
                    written = "~"
                start_source = written if start_source is None or written < start_source else start_source
                if curation is not None:
                    number = member[curation_at]
                    if number < 0:
                        curation, curation_number = None, -1
                    elif string_of(number) >= curation:
                        curation, curation_number = string_of(number), number
            start = None if first == _NEVER else first
            first_at = -1 if start is None else first_at
            cells = [objects[key[0]], objects[key[1]], objects[key[2]], objects[key[3]], behalf.get(key[2]),
                     objects[key[4]], objects[key[5]], day(start), plain(None if last_end == "~" else last_end),
                     count({member[document_at] for member in members}),
                     plain(_after(start_source) if start_source != "~" else _after(latest) if latest != "" else None),
                     plain(curation)]
            place = (rank[key[1]], rank[key[3]], rank[first_at], rank[key[5]], rank[curation_number], rank[key[0]],
                     rank[key[2]], rank[key[4]])
            if -2 in place:
                raise ValueError("a value not ordered here")
            answered.append((place, dict(zip(columns, cells))))
    answered.sort(key=lambda item: item[0])
    return QueryResult("select", columns=list(columns), rows=[row for _, row in answered])


def _single(member: tuple, key: tuple, at: dict, made_here: "_Made", rank: list) -> tuple[tuple, tuple]:
    """The place and cells (on whose behalf None: the window's) of themagroep-contacts' group ``key`` of the one row
    ``member`` (``rank``: the terms' places): its aggregates as :func:`answer`'s loop over a group's rows makes them."""
    values, objects, plain, day, counted, _ = made_here
    day_of, text_of, string_of = values.day, values.text, values.string
    start_number, id_number, curation_number = member[at["evStart"]], member[at["documentId"]], member[at["curation"]]
    start, end = day_of(start_number), text_of(member[at["evEnd"]])
    first_at = -1 if start is None or start == _NEVER else start_number
    document = None if id_number < 0 else objects[id_number] if string_of(id_number) and (
        start is not None) else plain(_after((end if end is not None else "0000") + "|" + string_of(id_number)))
    curation = None if curation_number < 0 else string_of(curation_number)
    cells = (objects[key[0]], objects[key[1]], objects[key[2]], objects[key[3]], None, objects[key[4]],
             objects[key[5]], None if first_at < 0 else day(start), None if end is None or end == "~" else plain(end),
             counted(1 if member[at["document"]] >= 0 else 0), document, plain(curation))
    place = (rank[key[1]], rank[key[3]], rank[first_at], rank[key[5]], rank[curation_number], rank[key[0]],
             rank[key[2]], rank[key[4]])
    if -2 in place:
        raise ValueError("a value not ordered here")
    return place, cells


class _Made(NamedTuple):
    """What :func:`answer` makes of a table's terms, each made once: held with a table that never changes."""

    values: "_Values"  # what the aggregates read of a term number
    objects: _Terms  # term number → rdflib term
    plain: Any  # text → plain literal
    day: Any  # a day's text → xsd:date literal
    counted: Any  # a count → xsd:integer literal
    single: dict  # themagroep-contacts: a row → its place and cells as a group of its own (:func:`_single`)


def made(terms: list) -> _Made:
    """A :class:`_Made` of ``terms`` (none made yet)."""
    objects = _Terms(terms)
    return _Made(_Values(terms), objects, _once(_plain_literal), _once(_day_literal),
                 _once(lambda size: objects.made(["l", str(size), _INTEGER, None])), {})


def _once(make):
    """``make(value)``, made once per value (None: None)."""
    made: dict = {}

    def get(value):
        if value is None:
            return None
        found = made.get(value)
        if found is None:
            found = made[value] = make(value)
        return found

    return get


def _after(text: str) -> str:
    """``STRAFTER(text, "|")``."""
    return text.split("|", 1)[1] if "|" in text else ""


def _day_literal(text: str):
    """``Literal(text, datatype=XSD.date)`` of a day's text (as :func:`graph.oxigraph_store._plain_literal` makes a
    plain one, without rdflib's casts).

    >>> from rdflib import Literal, URIRef
    >>> made, expected = _day_literal("2024-06-01"), Literal("2024-06-01", datatype=URIRef(_DATE))
    >>> made == expected and made.value == expected.value and made.ill_typed == expected.ill_typed
    True
    """
    from .oxigraph_store import _LITERAL_SLOTS_KNOWN

    if not _LITERAL_SLOTS_KNOWN:
        return Literal(text, datatype=_DATE_IRI)
    literal = str.__new__(Literal, text)
    literal._language, literal._datatype, literal._ill_typed = None, _DATE_IRI, False
    literal._value = date.fromisoformat(text)
    return literal


def _groups(rows: list[list], columns: list[int]) -> dict[tuple, list]:
    """The ``rows`` per the term numbers of their ``columns`` (SPARQL's ``GROUP BY``: the same term, the same number)."""
    groups: dict[tuple, list] = {}
    key_of = itemgetter(*columns)
    for row in rows:
        key = key_of(row)
        found = groups.get(key)
        if found is None:
            groups[key] = [row]
        else:
            found.append(row)
    return groups


def _sort_key(written) -> tuple:
    """SPARQL's order (Oxigraph's) of the values ordered here: unbound, IRIs, then plain strings and days by their
    text; ValueError for another value."""
    if written is None:
        return (0, "")
    if written[0] == "u":
        return (1, written[1])
    if written[0] == "l" and written[3] is None and (written[2] in (None, _STRING) or (
            written[2] == _DATE and _DAY.fullmatch(written[1]))):
        return (2, written[1])
    raise ValueError(f"not ordered here: {written!r}")


def ranks(terms: list) -> list[int]:
    """Each term's place in SPARQL's order (Oxigraph's: :func:`_sort_key`) among ``terms``, the same for equal
    places; -1 stands for unbound, -2 for a term not ordered here.

    >>> ranks([["l", "b", None, None], ["u", "urn:z"], ["l", "a", "urn:other", None], ["l", "b", None, None]])
    [1, 0, -2, 1, -1]
    """
    keys = []
    for number, term in enumerate(terms):
        try:
            keys.append((_sort_key(term), number))
        except ValueError:
            pass
    found = [-2] * len(terms)
    place, last = -1, None
    for key, number in sorted(keys):
        if key != last:
            place, last = place + 1, key
        found[number] = place
    return found + [-1]  # [-1]: an unbound value's place, read as the last item


class _Values:
    """What the aggregates read of the term numbered so in ``terms`` (-1: unbound), each found once."""

    def __init__(self, terms: list):
        self.terms, self.strings, self.days = terms, {-1: None}, {-1: None}

    def text(self, number: int) -> str | None:
        """``STR()``."""
        return None if number < 0 else self.terms[number][1]

    def string(self, number: int) -> str | None:
        """A plain string's text (``CONCAT``'s argument, ``MAX``'s value); ValueError for another term."""
        found = self.strings.get(number, False)
        if found is False:
            term = self.terms[number]
            if term[0] != "l" or term[3] is not None or term[2] not in (None, _STRING):
                raise ValueError(f"not a plain string: {term!r}")
            found = self.strings[number] = term[1]
        return found

    def day(self, number: int) -> str | None:
        """A day's text (``xsd:date``, as ``MIN`` compares days here); ValueError for another term."""
        found = self.days.get(number, False)
        if found is False:
            term = self.terms[number]
            if term[0] != "l" or term[2] != _DATE or not _DAY.fullmatch(term[1]):
                raise ValueError(f"not a day: {term!r}")
            found = self.days[number] = term[1]
        return found
