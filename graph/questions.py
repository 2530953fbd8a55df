"""Named questions: ``ontology/queries/<name>.rq`` files read into :class:`Question` objects,
their parameter values made RDF terms, and the SPARQL text that asks them.

A question's header is comment lines that form YAML (title and description in ``nl``/``en``, the
``columns`` a table shows, the IRI ``codes`` columns whose register code CSV and JSON add,
parameters with type, default and help; a ``string`` parameter may list its ``values`` and name
a property whose values in the graph it also takes, ``values_of: g40:programmeKind``:
:func:`graph_value`). Parameter values never enter the query text as text:
each becomes an RDF term (``URIRef``, typed ``Literal``) serialised by rdflib into an inline
``VALUES`` block at the question's ``# @parameters`` line; the marker ``# @time ?ev`` expands to
the time filter of :mod:`graph.timefilter` on evidence node ``?ev`` (``# @time ?ev ranges``: with the
periods read as ranges, for a question that reads the whole graph, and with its ``OPTIONAL { SELECT *
WHERE { … } }`` groups as lookups when an entity parameter is bound, :func:`looked_up`; left out when no
``at``/``from``/``until``/``as_of`` is bound and the question does not show ``?ev_start``/``?ev_end``: it
would keep every row); a question that shows ``?ev_until`` gets the end a table shows (the text's or an
inferred one, never the document's date: :func:`graph.timefilter.shown_end`); ``# @member ?city`` beside it
tests a G40 city's membership against the window (:mod:`graph.g40_membership`: without one, today's members).
The markers are comments, so a question file also runs unchanged in any
SPARQL editor (with all parameters unbound). A question may use ``LATERAL { … }`` (SPARQL 1.2
draft, which Oxigraph evaluates once per row that precedes it); rdflib gets an OPTIONAL group and
other servers a plain group, with the same rows (:func:`without_lateral`).

Two questions that ask the same thing with another filter or order share its text: a line ``# @include
_parts/NAME.rq`` is replaced by that file's text (without its leading comment lines) when the question is
read, before its header (:func:`expand_includes`), so every form of the question (``g40kg questions NAME``,
the explorer's, the text run) is the whole SPARQL, and ``g40kg query -f`` reads such a file the same way. Such a
file alone is no query (another SPARQL editor sees the include line as a comment): take it from ``g40kg
questions NAME``.

Running a question is :func:`graph.query.run_question`: :func:`question_bindings`, then
:func:`question_text`, then :func:`graph.query.run_sparql`.

Examples
--------
>>> sorted(load_questions())[:2]
['city-involvement', 'city-ministry']
>>> to_term("2021-06-01", "date").n3()
'"2021-06-01"^^<http://www.w3.org/2001/XMLSchema#date>'
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Mapping

import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .errors import G40Error, InputError, UnknownName
from .g40_membership import FORMER, former_binding, with_members
from .messages import CATALOGUE, get_language, msg
from .resources import ontology_path
from .sparql_checks import LATERAL_GROUP, NOT_CODE, one_line
from .vocab import PREFIXES

__all__ = [
    "DUTCH_PARAMETER_NAMES",
    "DUTCH_QUESTION_NAMES",
    "TIME_PARAMETERS",
    "Parameter",
    "Question",
    "PARAMETER_TYPES",
    "ENTITY_PARAMETER_TYPES",
    "CONFIDENCE_PARAMETERS",
    "MAX_PARAMETER_LENGTH",
    "load_questions",
    "get_question",
    "expand_includes",
    "INCLUDE_LINE",
    "parameter_name",
    "question_bindings",
    "question_text",
    "values_block",
    "value_rows",
    "without_lateral",
    "looked_up",
    "shareable_text",
    "to_term",
    "sparql_term",
    "to_confidence",
    "graph_value",
]

#: characters a parameter value may have (a name is matched against every name in the graph)
MAX_PARAMETER_LENGTH = 500

CATALOGUE.update(
    {
        "query_parameter_too_long": {"nl": "parameter '{name}' is te lang (meer dan {limit} tekens)",
                                     "en": "parameter '{name}' is too long (more than {limit} characters)"},
        # {kind} is a whole phrase per type (query_kind_<type>): the Dutch adjective agrees with the noun
        "query_bad_value": {"nl": "parameter {name}: {value!r} is geen {kind}",
                            "en": "parameter {name}: {value!r} is not {kind}"},
        "query_kind_date": {"nl": "geldige datum (JJJJ-MM-DD of 31-01-2024)", "en": "a valid date (YYYY-MM-DD or 31-01-2024)"},
        "query_kind_integer": {"nl": "geldig geheel getal", "en": "a valid integer"},
        "query_kind_decimal": {"nl": "geldig decimaal getal", "en": "a valid decimal number"},
        "query_kind_iri": {"nl": "geldige IRI", "en": "a valid IRI"},
        "query_bad_confidence": {"nl": "parameter {name}: {value!r} ligt niet tussen 0 en 1",
                                 "en": "parameter {name}: {value!r} is not between 0 and 1"},
        "query_not_a_value": {"nl": "parameter {name}: {value!r} is geen van de waarden; kies uit {values}",
                              "en": "parameter {name}: {value!r} is none of its values; choose from {values}"},
        "query_given_twice": {"nl": "parameter {name} neemt één waarde; hij is meer dan eens gegeven",
                              "en": "parameter {name} takes one value; it was given more than once"},
        "query_missing": {"nl": "parameter {name} is verplicht (--param {name}=…)",
                          "en": "parameter {name} is required (--param {name}=…)"},
        "query_unknown_param": {"nl": "vraag {question} kent geen parameter {name}; wel: {known}",
                                "en": "question {question} has no parameter {name}; it has: {known}"},
        "query_bad_header": {"nl": "{path}: ongeldige kop van de vraag ({reason})",
                             "en": "{path}: malformed question header ({reason})"},
        "query_include_missing": {"nl": "{path}: '# @include {name}': {name} bestaat niet naast {path}",
                                  "en": "{path}: '# @include {name}': there is no {name} beside {path}"},
        "query_include_nested": {"nl": "{path}: '# @include {name}': een ingevoegd deel kan zelf niets invoegen",
                                 "en": "{path}: '# @include {name}': an included part cannot include another"},
        "unknown_name_question": {"nl": "onbekende vraag {name!r}{hint}", "en": "unknown question {name!r}{hint}"},
        "questions_there_are": {"nl": "; de vragen zijn: {names} (g40kg questions beschrijft ze)",
                                "en": "; the questions are: {names} (g40kg questions describes them)"},
    }
)

#: Parameter types a question may declare; entity types take a name, abbreviation or IRI.
#: ``body``: what people hold roles in, a unit, an organisation (the G40 itself), a programme, a
#: municipality (wethouders, the burgemeester), a province or a ministry.
PARAMETER_TYPES = ("string", "date", "integer", "decimal", "iri", "entity", "person", "municipality", "ministry",
                   "organisation", "unit", "body", "programme", "theme")
ENTITY_PARAMETER_TYPES = {"entity": None, "person": "Person", "municipality": "Municipality", "ministry": "Ministry",
                          "organisation": "Organisation", "unit": "OrganisationalUnit",
                          "body": ("OrganisationalUnit", "Organisation", "Programme", "Municipality", "Province", "Ministry"),
                          "programme": "Programme",
                          "theme": "Theme"}
#: How ``g40kg questions`` names each parameter type, per language (walkthrough 20, finding 23); the
#: ``.rq`` files, JSON and CSV keep the declared (English) type
PARAMETER_TYPE_NAMES = {
    "nl": {"string": "tekst", "date": "datum", "integer": "getal", "decimal": "kommagetal", "iri": "iri",
           "entity": "entiteit", "person": "persoon", "municipality": "gemeente", "ministry": "ministerie",
           "organisation": "organisatie", "unit": "eenheid", "body": "orgaan", "programme": "programma",
           "theme": "thema"},
    "en": {name: name for name in PARAMETER_TYPES},
}
#: Parameters that are a confidence, from 0 to 1 (``--min-confidence`` on the command line).
CONFIDENCE_PARAMETERS = ("min_confidence",)


@dataclass(frozen=True)
class Parameter:
    """A declared parameter of a named question."""

    name: str
    type: str = "string"
    default: str | None = None
    required: bool = False
    description: Mapping[str, str] = field(default_factory=dict)
    #: the values it takes (``citydeal``, ``fund`` …), and a property (``g40:programmeKind``) whose
    #: values in the graph it takes too (:func:`graph_value`)
    values: tuple[str, ...] = ()
    values_of: str | None = None
    #: whether it takes several values (``multiple: true``: ``-p person=A -p person=B``), each
    #: resolved on its own and all bound as rows of the ``VALUES`` block (:func:`values_block`)
    multiple: bool = False

    def help(self, lang: str | None = None) -> str:
        return _in_language(self.description, lang)


@dataclass(frozen=True)
class Question:
    """A named question: ``ontology/queries/<name>.rq`` with its header."""

    name: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    parameters: tuple[Parameter, ...]
    text: str
    path: Path | None = None
    columns: tuple[str, ...] = ()
    #: the description on a web page (``page:`` in the header), for readers who use no command line:
    #: no option names or relation keys; the ``description`` when there is none
    page: Mapping[str, str] = field(default_factory=dict)
    #: the IRI columns that may hold a municipality, province or ministry: CSV and JSON give each its
    #: register code in a column ``<name>Code`` after the others (``codes:`` in the header; round 44q)
    codes: tuple[str, ...] = ()
    #: what an empty answer did not find ("er is geen deelnemer herkend"; ``empty:`` in the header, nl/en), said
    #: under it with the number of documents that mention the entity asked about (:mod:`graph.empty_answers`)
    empty: Mapping[str, str] = field(default_factory=dict)
    #: the description on a page of a static copy (``site:`` in the header), which has no form: no "fill in";
    #: the ``page`` when there is none
    site: Mapping[str, str] = field(default_factory=dict)
    #: how its rows are given: ``terms`` (``rows: terms`` in the header) folds the rows of evidence of one
    #: person, role and body into one row per term after the engine answered (:mod:`graph.term_rows`)
    rows: str | None = None
    #: ``kept:`` in the header: its whole-graph answer is kept beside a built graph, and the listed
    #: parameters select that answer's rows by the column of the same name (:mod:`graph.kept_answers`);
    #: None: always the SPARQL text
    kept: tuple[str, ...] | None = None
    #: ``kept_per:`` in the header: a required parameter whose column splits the question's whole-graph answer
    #: into groups kept beside a built graph, an ask with that parameter alone reading its value's group
    #: (:mod:`graph.grouped_answers`); None: always the SPARQL text
    kept_per: str | None = None
    #: ``kept_each:`` in the header: a required parameter for each value of which the answer its text gives, asked
    #: with that parameter alone, is kept beside a built graph the first time and read the next
    #: (:mod:`graph.asked_answers`); None: always the SPARQL text
    kept_each: str | None = None

    def title_in(self, lang: str | None = None) -> str:
        return _in_language(self.title, lang)

    def description_in(self, lang: str | None = None) -> str:
        return _in_language(self.description, lang)

    def page_description_in(self, lang: str | None = None) -> str:
        """The description a web page shows: ``page`` in ``lang``, else :meth:`description_in`."""
        return _in_language(self.page, lang) if self.page else self.description_in(lang)

    def site_description_in(self, lang: str | None = None) -> str:
        """The description a static copy's page shows: ``site`` in ``lang``, else :meth:`page_description_in`."""
        return _in_language(self.site, lang) if self.site else self.page_description_in(lang)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "-"
        raise InputError(msg("query_unknown_param", question=self.name, name=name, known=known))


def _in_language(texts: Mapping[str, str] | str, lang: str | None) -> str:
    if isinstance(texts, str):
        return texts
    lang = lang or get_language()
    return str(texts.get(lang) or texts.get("nl") or next(iter(texts.values()), ""))


#: a line that takes in a shared part of a question: ``# @include _parts/roles.rq``, a path of plain names
#: relative to the question's folder (no "..", no absolute path)
INCLUDE_LINE = re.compile(r"^[ \t]*# @include[ \t]+((?:[\w-]+/)*[\w-]+\.rq)[ \t]*$", re.M)


def expand_includes(text: str, folder: Path, path: Path | str = "query") -> str:
    r"""``text`` (the file ``path`` in ``folder``) with each line ``# @include NAME`` replaced by the text
    of ``folder/NAME`` without its leading comment lines (what the part is, for who opens it): two
    questions that differ in a filter or their order share one text, and what runs, what ``g40kg
    questions NAME`` prints and what a test compares is the whole SPARQL. A part includes nothing
    itself; a name that is no file beside ``path`` is a :class:`G40Error` naming it.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "_parts").mkdir()
    >>> _ = (folder / "_parts" / "all.rq").write_text("# what it is\nSELECT * WHERE {\n  ?s ?p ?o\n", encoding="utf-8")
    >>> print(expand_includes("# title: t\n# @include _parts/all.rq\n  FILTER(isIRI(?o))\n}\n", folder), end="")
    # title: t
    SELECT * WHERE {
      ?s ?p ?o
      FILTER(isIRI(?o))
    }
    >>> expand_includes("# @include _parts/none.rq\n", folder, "q.rq")
    Traceback (most recent call last):
    graph.errors.G40Error: q.rq: '# @include _parts/none.rq': _parts/none.rq bestaat niet naast q.rq
    """
    def part(match) -> str:
        name = match.group(1)
        try:
            included = (Path(folder) / name).read_text(encoding="utf-8")
        except OSError:
            raise G40Error(msg("query_include_missing", path=path, name=name)) from None
        if INCLUDE_LINE.search(included):
            raise G40Error(msg("query_include_nested", path=path, name=name))
        lines = included.splitlines(keepends=True)
        body = "".join(lines[next((k for k, line in enumerate(lines) if not line.startswith("#")), len(lines)):])
        return body[:-1] if body.endswith("\n") else body  # the include line's own line break follows

    return INCLUDE_LINE.sub(part, text)


def _read_question(path: Path) -> Question:
    text = expand_includes(path.read_text(encoding="utf-8"), path.parent, path)
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[2:] if line.startswith("# ") else line[1:])
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
        if not isinstance(meta, dict) or "title" not in meta:
            raise ValueError("title missing")
        parameters = tuple(
            Parameter(
                name=name,
                type=str(spec.get("type", "string")),
                default=None if spec.get("default") is None else str(spec["default"]),
                required=bool(spec.get("required", False)),
                description=spec.get("description") or {},
                values=tuple(str(value) for value in spec.get("values") or ()),
                values_of=None if spec.get("values_of") is None else str(spec["values_of"]),
                multiple=bool(spec.get("multiple", False)),
            )
            for name, spec in (meta.get("parameters") or {}).items()
        )
    except (yaml.YAMLError, ValueError, AttributeError, TypeError) as error:
        raise G40Error(msg("query_bad_header", path=path, reason=one_line(error))) from None
    for parameter in parameters:
        if parameter.type not in PARAMETER_TYPES:
            raise G40Error(msg("query_bad_header", path=path, reason=f"type {parameter.type!r}"))
        if parameter.values_of is not None and parameter.values_of.partition(":")[0] not in PREFIXES:
            raise G40Error(msg("query_bad_header", path=path, reason=f"values_of {parameter.values_of!r}"))
    if meta.get("rows") not in (None, "terms"):
        raise G40Error(msg("query_bad_header", path=path, reason=f"rows {meta['rows']!r}"))
    kept = meta.get("kept")
    if kept is not None and (not isinstance(kept, list) or any(name not in {p.name for p in parameters}
                                                               or name in TIME_PARAMETERS for name in kept)):
        raise G40Error(msg("query_bad_header", path=path, reason=f"kept {kept!r}"))
    single = {p.name for p in parameters if p.required and not p.multiple}
    kept_per, kept_each = meta.get("kept_per"), meta.get("kept_each")
    if kept_per is not None and kept_per not in single:
        raise G40Error(msg("query_bad_header", path=path, reason=f"kept_per {kept_per!r}"))
    if kept_each is not None and (kept_each not in single or kept_per is not None):
        raise G40Error(msg("query_bad_header", path=path, reason=f"kept_each {kept_each!r}"))
    return Question(
        name=path.stem,
        title=meta["title"],
        description=meta.get("description") or {},
        parameters=parameters,
        text=text,
        path=path,
        columns=tuple(meta.get("columns") or ()),
        page=meta.get("page") or {},
        codes=tuple(meta.get("codes") or ()),
        empty=meta.get("empty") or {},
        site=meta.get("site") or {},
        rows=meta.get("rows"),
        kept=None if kept is None else tuple(kept),
        kept_per=kept_per,
        kept_each=kept_each,
    )


_CACHE: dict[Path, dict[str, Question]] = {}


def load_questions(directory: Path | None = None) -> dict[str, Question]:
    """Every named question in ``directory`` (default: the bundled ``ontology/queries``), by name."""
    directory = Path(directory) if directory else ontology_path("queries")
    if directory not in _CACHE:
        _CACHE[directory] = {p.stem: _read_question(p) for p in sorted(directory.glob("*.rq"))}
    return _CACHE[directory]


#: the Dutch names a user may give a question (``g40kg ask wie-is-wie``; walkthrough 19, finding 12)
DUTCH_QUESTION_NAMES = {"wie-is-wie": "who-is-who", "wie-doet-wat": "who-does-what", "leden": "members",
                        "samenwerkingen-per-jaar": "collaborations-per-year", "wie-zit-wat-voor": "unit-chairs"}
#: the Dutch names of parameters ("-p persoon=…"), taken for a question that has the English one
DUTCH_PARAMETER_NAMES = {"persoon": "person", "stad": "city", "gemeente": "city", "ministerie": "ministry",
                         "orgaan": "body", "soort": "kind", "rol": "role", "thema": "theme", "eenheid": "unit",
                         "doel": "target", "entiteit": "entity", "stand_per": "as_of", "op": "at", "van": "from",
                         "tot": "until"}


def parameter_name(question: Question, name: str) -> str:
    """``name`` as ``question`` calls its parameter: the English name of a Dutch one it has
    (:data:`DUTCH_PARAMETER_NAMES`), else as given.

    >>> question = get_question("who-is-who")
    >>> parameter_name(question, "persoon"), parameter_name(question, "stad"), parameter_name(question, "person")
    ('person', 'stad', 'person')
    """
    english = DUTCH_PARAMETER_NAMES.get(name)
    return english if english and any(p.name == english for p in question.parameters) else name


def get_question(name: str, directory: Path | None = None) -> Question:
    """The question called ``name`` (or by its Dutch name, :data:`DUTCH_QUESTION_NAMES`); :class:`UnknownName`
    with close matches otherwise.

    >>> get_question("wie-is-wie").name
    'who-is-who'
    """
    questions = load_questions(directory)
    name = name if name in questions else DUTCH_QUESTION_NAMES.get(name, name)
    if name in questions:
        return questions[name]
    suggestions = difflib.get_close_matches(name, list(questions), n=3, cutoff=0.5)
    suggestions += [q for q in questions if name.lower() in q and q not in suggestions][:3]
    raise UnknownName("question", name, suggestions, otherwise=msg("questions_there_are", names=", ".join(questions)))


def to_term(value: Any, type_: str, *, name: str = "value"):
    """``value`` (text from the command line, or already a term) as the RDF term for ``type_``."""
    if isinstance(value, (URIRef, Literal)):
        return value
    text = str(value).strip()
    try:
        if type_ == "date":
            return Literal(_iso_date(text), datatype=XSD.date)
        if type_ == "integer":
            return Literal(int(text), datatype=XSD.integer)
        if type_ == "decimal":
            return Literal(str(float(text)), datatype=XSD.decimal)
    except ValueError:
        raise _bad_value(name, text, type_) from None
    if type_ in ("iri",) or type_ in ENTITY_PARAMETER_TYPES:
        return _iri(text, name, type_)
    return Literal(text)


def _iso_date(text: str) -> str:
    """``text`` as an ISO date: ``2021-06-01``, or ``2021-06`` and ``2021`` for their first day, or a date as
    Dutch writes it, read as ``--as-of`` reads it (:func:`graph.docdate.human_date`; walkthrough 21, finding 10);
    ValueError for anything else, also a date with more after it.

    >>> _iso_date("7-12-2026"), _iso_date("1 november 2026"), _iso_date("2026")
    ('2026-12-07', '2026-11-01', '2026-01-01')
    """
    from .docdate import typed_date

    text = typed_date(text) or text
    for padded in (text, text + "-01", text + "-01-01"):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", padded):
            return date.fromisoformat(padded).isoformat()
    raise ValueError(text)


def sparql_term(term) -> str:
    r"""``term`` written in SPARQL: an IRI in ``<…>``, a literal in one pair of double quotes with
    every quote, backslash and line break escaped (rdflib's ``n3()`` writes a multi-line literal
    in triple quotes and cannot end one in a quote).

    >>> print(sparql_term(Literal('two\nlines ending in \\"')))
    "two\nlines ending in \\\""
    >>> print(sparql_term(Literal("2024-01-01", datatype=XSD.date)))
    "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>
    """
    if isinstance(term, URIRef):
        return f"<{term}>"
    text = _escape_codepoints("".join(_ECHAR.get(char, char) for char in str(term)))
    if term.language:
        return f'"{text}"@{term.language}'
    return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'


_ESCAPED_U = re.compile(r"(?<!\\)((?:\\\\)*\\\\)([uU][0-9A-Fa-f]*)")


def _escape_codepoints(text: str) -> str:
    r"""``text`` (a literal's escaped body) with each "u" after an escaped backslash, and the hex
    digits after it, written as ``\uXXXX`` escapes: rdflib replaces ``\u`` + 4 or 8 hex digits
    everywhere before it parses, also right after an escaped backslash.

    >>> print(_escape_codepoints(r"a\\u0041 \\\\U1 u0041"))
    a\\\u0075\u0030\u0030\u0034\u0031 \\\\\u0055\u0031 u0041
    """
    return _ESCAPED_U.sub(lambda m: m.group(1) + "".join(f"\\u{ord(c):04x}" for c in m.group(2)), text)


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def to_confidence(value: Any, *, name: str = "min_confidence") -> float:
    """``value`` as a confidence from 0 to 1; :class:`InputError` naming parameter ``name`` otherwise.

    >>> to_confidence("0.8")
    0.8
    """
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        raise _bad_value(name, text, "decimal") from None
    if not 0 <= number <= 1:  # NaN is refused too
        raise InputError(msg("query_bad_confidence", name=name, value=text))
    return number


_IRI_OK = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", re.I)


def _iri(text: str, name: str, type_: str) -> URIRef:
    prefix, _, local = text.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        text = str(PREFIXES[prefix]) + local
    if not _IRI_OK.match(text):
        raise _bad_value(name, text, "iri")  # entity types too: what is wrong is the IRI
    return URIRef(text)


def _bad_value(name: str, text: str, type_: str) -> InputError:
    """``text`` given for parameter ``name`` is not a ``type_`` (date, integer, decimal or iri), in the user's language."""
    return InputError(msg("query_bad_value", name=name, value=text, kind=msg(f"query_kind_{type_}")))


#: ``LATERAL`` before a group that is itself optional: ``LATERAL { OPTIONAL { … } }``
_OPTIONAL_LATERAL = re.compile(r"\bLATERAL(?=\s*\{\s*OPTIONAL\b)", re.I)


def without_lateral(text: str, *, optional: bool = False) -> str:
    """``text`` with every ``LATERAL { … }`` as a plain group ``{ … }``, or with ``optional`` as
    ``OPTIONAL { … }`` (strings, IRIs and comments untouched).

    Oxigraph evaluates a lateral group once per row before it: after a grouped subquery, a few
    hundred lookups instead of a scan of every label in the graph. rdflib and SPARQL 1.1 servers
    have no ``LATERAL``. Joining the plain group gives the same rows when every variable the
    group shares with the rows before it is bound in each of them, as in the named questions;
    the optional group does too when the question also keeps only rows where the group bound
    its variables (``FILTER(BOUND(…))``, as the named questions do). rdflib evaluates an
    OPTIONAL once per row and a join after a subquery by matching the group on its own
    (collaborations-matrix at 10^5 triples: 1.9 against 5.3 s), so it gets ``optional=True``.
    A lateral group that is itself optional (``LATERAL { OPTIONAL { … } }``: a lookup per row that
    may find nothing) becomes ``OPTIONAL { … }`` for every engine, since joining it would drop
    the rows where it finds nothing.

    >>> without_lateral('SELECT * { { SELECT ?s { ?s ?p ?o } } LATERAL { ?s <urn:l> "LATERAL {" } }')
    'SELECT * { { SELECT ?s { ?s ?p ?o } }  { ?s <urn:l> "LATERAL {" } }'
    >>> without_lateral('{ { SELECT ?s { ?s ?p ?o } } LATERAL { ?s <urn:l> ?l } }', optional=True)
    '{ { SELECT ?s { ?s ?p ?o } } OPTIONAL { ?s <urn:l> ?l } }'
    >>> without_lateral('{ ?s ?p ?o LATERAL { OPTIONAL { ?s <urn:l> ?l } } }')
    '{ ?s ?p ?o OPTIONAL { OPTIONAL { ?s <urn:l> ?l } } }'
    """
    keyword = "OPTIONAL" if optional else ""

    def plain(code: str) -> str:
        return LATERAL_GROUP.sub(keyword, _OPTIONAL_LATERAL.sub("OPTIONAL", code))

    out, start = [], 0
    for skipped in NOT_CODE.finditer(text):
        out += [plain(text[start:skipped.start()]), skipped.group()]
        start = skipped.end()
    out.append(plain(text[start:]))
    return "".join(out)



def question_text(question: Question, bindings: Mapping[str, Any], *, engine: str = "oxigraph",
                  values: str | None = None) -> str:
    """The question's SPARQL with its ``VALUES`` block (terms written by :func:`sparql_term`) and time filter,
    for ``engine`` (``oxigraph``, ``rdflib`` or ``endpoint``: its ``LATERAL`` groups as
    :func:`without_lateral` makes them for the last two). ``values``: a block to write instead of the
    bindings' (rdflib's engine parses a question once with a placeholder there: :mod:`graph.rdflib_questions`)."""
    if values is None:
        values = values_block([p.name for p in question.parameters], bindings)
    whole_graph = not any(bindings.get(p.name) is not None for p in question.parameters
                          if p.type in ENTITY_PARAMETER_TYPES)
    text = question.text if whole_graph else looked_up(question.text)
    text = re.sub(r"^[ \t]*# @parameters[ \t]*$", lambda _: values, text, flags=re.M)
    window = any(bindings.get(n) is not None for n in TIME_PARAMETERS)
    as_of = bindings.get("as_of") is not None  # its filter only when asked: rdflib pays for a FILTER on every row
    text = with_members(_with_time(question, text, window, as_of, ranges=whole_graph), window,
                        former=bindings.get(FORMER) is not None)
    return text if engine == "oxigraph" else without_lateral(text, optional=engine == "rdflib")


def values_block(names: list[str], bindings: Mapping[str, Any]) -> str:
    """The ``VALUES`` block of the parameters ``names``: one row, ``UNDEF`` for a parameter without a
    value; a parameter with several values (a tuple of terms, :attr:`Parameter.multiple`) gives a
    row for each, every combination when several do, and none at all when it has none (a document
    that names nobody: no answer). Every value is a term :func:`sparql_term` writes, never text.

    >>> person = "https://w3id.org/g40kg/id/person/"
    >>> print(values_block(["person", "at"], {"person": (URIRef(person + "a"), URIRef(person + "b"))}))
    VALUES (?person ?at) { (<https://w3id.org/g40kg/id/person/a> UNDEF) (<https://w3id.org/g40kg/id/person/b> UNDEF) }
    >>> values_block(["person"], {"person": ()}), values_block([], {})
    ('VALUES (?person) { }', '')
    """
    if not names:
        return ""
    cells = " ".join("(" + " ".join("UNDEF" if t is None else sparql_term(t) for t in row) + ")"
                     for row in value_rows(names, bindings))
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {cells} }}".replace("{  }", "{ }")


def value_rows(names: list[str], bindings: Mapping[str, Any]) -> list[list]:
    """The rows of the ``VALUES`` block of the parameters ``names`` (:func:`values_block`), each a
    term or None (``UNDEF``) per name: every combination of the values of a parameter with several.

    >>> value_rows(["kind", "at"], {"kind": (Literal("a"), Literal("b"))})
    [[rdflib.term.Literal('a'), None], [rdflib.term.Literal('b'), None]]
    """
    rows = [[]]
    for name in names:
        term = bindings.get(name)
        choices = term if isinstance(term, tuple) else (term,)
        rows = [row + [choice] for row in rows for choice in choices]
    return rows


_RANGES_MARKER = re.compile(r"^[ \t]*# @time[ \t]+\?\w+[ \t]+ranges[ \t]*$", re.M)
_RANGE_GROUP = re.compile(r"OPTIONAL \{ SELECT \* WHERE \{ ([^{}]*?) \} \}")


def looked_up(text: str) -> str:
    r"""A question that reads the whole graph (marked ``# @time ?ev ranges``) as it is asked about
    one entity: each of its ``OPTIONAL { SELECT * WHERE { pattern } }`` groups as ``OPTIONAL {
    pattern }``, a lookup per row. A range hash-joined pays off for the 6,556 evidence nodes of
    every role at 10^6 triples (who-does-what 680 → 394 ms of CPU), not for one person's five
    (4 → 28 ms); the same rows either way. Other questions are returned unchanged.

    >>> print(looked_up("{ ?ev ?p ?o OPTIONAL { SELECT * WHERE { ?o <urn:label> ?l } } }\n# @time ?ev ranges"))
    { ?ev ?p ?o OPTIONAL { ?o <urn:label> ?l } }
    # @time ?ev ranges
    >>> looked_up("{ OPTIONAL { SELECT * WHERE { ?o <urn:label> ?l } } }")
    '{ OPTIONAL { SELECT * WHERE { ?o <urn:label> ?l } } }'
    """
    if not _RANGES_MARKER.search(text):
        return text
    return _RANGE_GROUP.sub(lambda group: f"OPTIONAL {{ {group.group(1)} }}", text)


def _with_time(question: Question, text: str, window: bool, as_of: bool = True, ranges: bool = True) -> str:
    """``text`` with each ``# @time ?ev`` marker expanded to the time filter on ``?ev``: under a
    ``window``, or when the question shows what the filter computes; ``as_of``: with the filter of
    the last known state (:func:`graph.timefilter.time_filter`); ``ranges``: a marker ``# @time ?ev
    ranges`` reads the periods as ranges (no entity parameter bound: :func:`looked_up`)."""
    from .timefilter import inferred_end_source, shown_end, time_filter

    def time(match) -> str:
        # Without a time window the filter keeps every row; its three OPTIONAL lookups per
        # evidence node are only needed when the question shows the start and end it computes
        # (at most one of each per node, see ontology/shapes.ttl, so no row is repeated).
        # "# @time ?ev ranges": a question that reads the whole graph reads the text's periods as
        # ranges too (graph.timefilter.time_filter), unless an entity is bound.
        evidence, periods = match.group(1), bool(match.group(2)) and ranges
        shown = re.search(rf"\?{evidence}_(?:until|endedBy)\b", question.text)
        if not (window or shown or re.search(rf"\?{evidence}_(?:start|end)\b", question.text)):
            return ""
        parts = [time_filter(evidence, as_of, ranges=periods)]
        if shown:  # the end a table shows: the text's or an inferred one, never the document's date
            parts.append(shown_end(evidence))
        if re.search(rf"\?{evidence}_endedBy\b", question.text):
            parts.append(inferred_end_source(evidence))
        return "\n  ".join(parts)

    return re.sub(r"^[ \t]*# @time[ \t]+\?(\w+)(?:[ \t]+(ranges))?[ \t]*$", time, text, flags=re.M)


CATALOGUE.update(
    {
        "question_form_portable": {
            "nl": "# SPARQL 1.1, voor elke store (g40kg questions {name}); de LATERAL-groepen staan er als OPTIONAL, "
                  "zoals g40kg ze met --engine rdflib stelt: dezelfde rijen (g40kg questions {name} --oxigraph: "
                  "met LATERAL)",
            "en": "# SPARQL 1.1, for any store (g40kg questions {name}); its LATERAL groups are written as OPTIONAL, "
                  "as g40kg asks them with --engine rdflib: the same rows (g40kg questions {name} --oxigraph: "
                  "with LATERAL)"},
        "question_form_plain": {
            "nl": "# SPARQL 1.1, voor elke store (g40kg questions {name})",
            "en": "# SPARQL 1.1, for any store (g40kg questions {name})"},
        "question_form_oxigraph": {
            "nl": "# SPARQL voor Oxigraph (g40kg questions {name} --oxigraph): LATERAL (SPARQL 1.2-concept) kennen "
                  "andere stores en rdflib niet; zonder --oxigraph: SPARQL 1.1",
            "en": "# SPARQL for Oxigraph (g40kg questions {name} --oxigraph): other stores and rdflib do not know "
                  "LATERAL (a SPARQL 1.2 draft); without --oxigraph: SPARQL 1.1"},
        "question_form_terms": {
            "nl": "# deze SPARQL geeft één regel per bewijsstuk; g40kg voegt de regels van één persoon, rol en orgaan "
                  "waarvan de periodes overlappen of aansluiten samen tot één regel per termijn (graph/term_rows.py)",
            "en": "# this SPARQL gives one row per piece of evidence; g40kg folds the rows of one person, role and "
                  "body whose periods overlap or touch into one row per term (graph/term_rows.py)"},
        "question_form_parameters": {
            "nl": "# parameters {names}: bind ze als RDF-termen, een entiteit als IRI (rdflib: initBindings), of "
                  "zet VALUES op de regels '# @parameters'; ongebonden filteren ze niet",
            "en": "# parameters {names}: bind them as RDF terms, an entity as its IRI (rdflib: initBindings), or "
                  "put VALUES on the lines '# @parameters'; unbound they filter nothing"},
    }
)


def shareable_text(question: Question, *, oxigraph: bool = False) -> str:
    """The question's SPARQL to take away (``g40kg questions NAME``): its header, a comment saying
    which form it is, a ``PREFIX`` line for every project prefix it uses, and its query with each
    time filter written out (it keeps every row while ``?at``, ``?from`` and ``?until`` are unbound)
    and, unless ``oxigraph``, its ``LATERAL`` groups as the OPTIONAL groups that g40kg's rdflib
    engine runs (:func:`without_lateral`): SPARQL 1.1, the same rows on any store. Parameters stay
    unbound; the ``# @parameters`` lines mark where g40kg puts their ``VALUES``.

    >>> text = shareable_text(get_question("collaborations-matrix"))
    >>> [line for line in text.splitlines() if line.startswith("PREFIX")][:2]
    ['PREFIX g40: <https://w3id.org/g40kg/def#>', 'PREFIX prov: <http://www.w3.org/ns/prov#>']
    >>> "LATERAL {" in text, "LATERAL {" in shareable_text(get_question("collaborations-matrix"), oxigraph=True)
    (False, True)
    """
    from .sparql_checks import prefixes_used
    from .vocab import sparql_prologue

    lines = question.text.splitlines(keepends=True)
    cut = next((k for k, line in enumerate(lines) if not line.startswith("#")), len(lines))
    header, body = "".join(lines[:cut]), with_members(_with_time(question, "".join(lines[cut:]), True), True,
                                                                   shared=True)
    lateral = bool(LATERAL_GROUP.search(re.sub(NOT_CODE, " ", body)))
    if not oxigraph:
        body = without_lateral(body, optional=True)
    form = "question_form_oxigraph" if oxigraph and lateral else \
        "question_form_portable" if lateral else "question_form_plain"
    notes = [msg(form, name=question.name)] + ([msg("question_form_terms")] if question.rows == "terms" else [])
    if question.parameters:
        notes.append(msg("question_form_parameters", names=" ".join("?" + p.name for p in question.parameters)))
    return header + "\n".join(notes) + "\n" + sparql_prologue(prefixes_used(body)) + body


#: the parameters of a time window (TimeWindow.parameters)
TIME_PARAMETERS = ("at", "from", "until", "as_of")


def question_bindings(dataset, question: Question, params: Mapping[str, Any] | None = None, *,
                      resolve: bool = True) -> dict[str, Any]:
    """The RDF term for each parameter of ``question`` that has a value: from ``params`` (name →
    text or RDF term), else its default; :class:`InputError` for a parameter the question does
    not have, a required one without a value, or a value that is too long or not of its type.

    Names given for entity-typed parameters (``ministry``, ``person`` …) are resolved to IRIs in
    ``dataset`` with :func:`graph.names.resolve_entity` (abbreviation or name, any case; "did you
    mean" otherwise); with ``resolve=False`` they must be IRIs. A parameter that takes several
    values (``multiple: true``) may get a list: each value is resolved on its own, and the binding is
    the tuple of their terms (:func:`values_block`); a list for any other parameter is an error.
    A ministry of a question whose rows name their ministry is bound with the ministries that went up
    in it by the day asked (:func:`graph.ministry_mergers.with_merged`: BZK with VRO after 2026-02-23).

    >>> g40 = "https://w3id.org/g40kg/id/organisation/g40"
    >>> bindings = question_bindings(None, get_question("members"), {"target": g40, "at": "2021-06"}, resolve=False)
    >>> sorted(bindings), bindings["at"].n3()
    (['at', 'target'], '"2021-06-01"^^<http://www.w3.org/2001/XMLSchema#date>')
    """
    params = {parameter_name(question, given): value for given, value in (params or {}).items()}
    for given in params:
        question.parameter(given)
    from .ministry_mergers import answers_for_merged, with_merged
    from .timefilter import refuse_as_of_with_window

    refuse_as_of_with_window(params.get("as_of"), *(params.get(name) for name in ("at", "from", "until")))
    bindings = {}
    day = _asked_day(params)
    for parameter in question.parameters:
        value = params.get(parameter.name)
        if value is None or value == "":
            value = parameter.default
        if value is None:
            if parameter.required:
                raise InputError(msg("query_missing", name=parameter.name))
            continue
        if isinstance(value, (list, tuple)) and not parameter.multiple:
            raise InputError(msg("query_given_twice", name=parameter.name))
        if isinstance(value, (list, tuple)):  # several values: each its own term, in the order given
            terms = [_bound_value(dataset, parameter, one, resolve, day) for one in value]
            bindings[parameter.name] = tuple(dict.fromkeys(terms))
        else:
            bindings[parameter.name] = _bound_value(dataset, parameter, value, resolve, day)
            if parameter.type == "ministry" and answers_for_merged(question):  # BZK: VRO's rows too
                bindings[parameter.name] = with_merged(bindings[parameter.name], day)
    return {**bindings, **former_binding(dataset, question, bindings)}  # a former G40 member in the window asked


def _asked_day(params: Mapping[str, Any]) -> str | None:
    """The ISO day a question asks about, for naming ministries as then (:func:`graph.names.resolve_entity`):
    ``as_of`` or ``at`` (a year or month: its last day), else ``until``; None when none is given or
    it is no date (its own parameter says so).

    >>> _asked_day({"at": "2025"}), _asked_day({"as_of": "2024-02"}), _asked_day({"at": "x"}), _asked_day({})
    ('2025-12-31', '2024-02-29', None, None)
    """
    from .timefilter import TimeWindow

    given = {name: str(params[name]) for name in ("at", "as_of", "until") if params.get(name) not in (None, "")}
    try:
        window = TimeWindow(at=given.get("at") or given.get("until"), as_of=given.get("as_of"))
    except InputError:
        return None
    return window.label_date


def _bound_value(dataset, parameter: Parameter, value: Any, resolve: bool, day: str | None = None):
    """The RDF term of one value of ``parameter`` (:func:`question_bindings`)."""
    from .names import resolve_entity

    if isinstance(value, str) and len(value) > MAX_PARAMETER_LENGTH:  # names take a moment per character
        raise InputError(msg("query_parameter_too_long", name=parameter.name, limit=MAX_PARAMETER_LENGTH))
    if parameter.name in CONFIDENCE_PARAMETERS and not isinstance(value, Literal):
        value = to_confidence(value, name=parameter.name)
    entity_type = ENTITY_PARAMETER_TYPES.get(parameter.type, "-")
    if resolve and entity_type != "-" and not isinstance(value, URIRef):
        return resolve_entity(dataset, str(value), entity_type, kind=parameter.type, on=day)
    if resolve and (parameter.values or parameter.values_of) and not isinstance(value, Literal):
        return graph_value(dataset, parameter, str(value))
    return to_term(value, parameter.type, name=parameter.name)


#: values an error lists at most (a graph may add many to those a question lists)
_VALUES_LISTED = 20


def graph_value(dataset, parameter: Parameter, text: str) -> Literal:
    """The value of ``parameter`` that ``text`` names, one of its ``values`` or of the values its
    property ``values_of`` has in ``dataset``: the same text, in any case, or with only spaces and
    punctuation different ("City Deal" for ``citydeal``); :class:`InputError` naming the values
    otherwise.

    >>> from graph.store import new_dataset
    >>> kind = Parameter("kind", values=("citydeal", "fund"), values_of="g40:programmeKind")
    >>> dataset = new_dataset()
    >>> _ = dataset.add((URIRef("urn:p"), URIRef(PREFIXES["g40"] + "programmeKind"), Literal("pilot")))
    >>> [str(graph_value(dataset, kind, text)) for text in ("City Deal", "FUND", "pilot")]
    ['citydeal', 'fund', 'pilot']
    >>> graph_value(dataset, kind, "Green Deal")
    Traceback (most recent call last):
    graph.errors.InputError: parameter kind: 'Green Deal' is geen van de waarden; kies uit citydeal, fund, pilot
    """
    from .query import run_sparql

    values = {Literal(value) for value in parameter.values}
    if parameter.values_of:
        query = f"SELECT DISTINCT ?value WHERE {{ ?thing {parameter.values_of} ?value }}"
        values |= {row["value"] for row in run_sparql(dataset, query, check=False).rows}
    values = sorted(values, key=str)
    for same in (str, str.casefold, _compact):
        hits = [value for value in values if same(str(value)) == same(text)]
        if len(hits) == 1:
            return hits[0]
    listed = ", ".join(map(str, values[:_VALUES_LISTED])) + (f", … (+{len(values) - _VALUES_LISTED})"
                                                             if len(values) > _VALUES_LISTED else "")
    raise InputError(msg("query_not_a_value", name=parameter.name, value=text, values=listed))


def _compact(text: str) -> str:
    """``text`` in lower case without spaces and punctuation.

    >>> _compact("City-Deal "), _compact("Regio Deal")
    ('citydeal', 'regiodeal')
    """
    return "".join(char for char in text.casefold() if char.isalnum())
