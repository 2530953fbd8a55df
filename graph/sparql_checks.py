"""Checks and explanations of SPARQL text, before anything runs: size, nesting, keywords outside
strings and names, undeclared prefixes, and the parser's syntax errors in the user's words.

Everything here reads text; nothing parses or runs a query (:mod:`graph.query` does). The text
checked is the user's: the project prologue (:func:`graph.vocab.sparql_prologue`) is prepended
only to run it, and line numbers in messages refer to the user's lines (:func:`syntax_error`).
A query whose ``\\u`` escapes rdflib reads before it parses is checked in both readings
(:func:`uses_service`).

Examples
--------
>>> code_only('SELECT * { ?s ?p "SERVICE" } # SERVICE')
'SELECT * { ?s ?p   }  '
>>> has_keyword(code_only('SELECT * { SERVICE <http://x/> { } }'), _SERVICE)
True
>>> undeclared_prefixes("SELECT * { ?s foo:p ?o }")
['foo']
"""

from __future__ import annotations

import re

from .errors import QueryError
from .messages import CATALOGUE, msg
from .sparql_naming import naming_hint
from .vocab import sparql_prologue

__all__ = [
    "MAX_NESTING",
    "MAX_TOKENS",
    "MAX_PATTERNS",
    "check_size",
    "patterns",
    "terms_only",
    "code_only",
    "nesting",
    "has_keyword",
    "undeclared_prefixes",
    "prefixes_used",
    "unknown_prefix",
    "explain_syntax_error",
    "service_prefix_hint",
    "uses_service",
    "LATERAL_GROUP",
    "NOT_CODE",
    "one_line",
    "PROLOGUE_LINES",
    "syntax_error",
]

CATALOGUE.update(
    {
        "query_syntax": {"nl": "SPARQL-fout op regel {line}, kolom {column}: {reason}",
                         "en": "SPARQL syntax error at line {line}, column {column}: {reason}"},
        "query_unknown_prefix": {"nl": "onbekend prefix '{prefix}'; declareer het met PREFIX {prefix} <…> (bekend zonder "
                                       "declaratie: {known}; de IRI's: g40kg query --prefixes)",
                                 "en": "unknown prefix '{prefix}'; declare it with PREFIX {prefix} <…> (known without a "
                                       "declaration: {known}; their IRIs: g40kg query --prefixes)"},
        "query_bad_form": {"nl": "een query begint met SELECT, CONSTRUCT, ASK of DESCRIBE (na eventuele PREFIX-regels), "
                                 "niet met {word}",
                           "en": "a query begins with SELECT, CONSTRUCT, ASK or DESCRIBE (after any PREFIX lines), "
                                 "not with {word}"},
        "query_short_pattern": {"nl": "het tripelpatroon {pattern!r} is onvolledig: een patroon heeft een onderwerp, "
                                      "een predicaat en een object (?s ?p ?o)",
                                "en": "the triple pattern {pattern!r} is incomplete: a pattern has a subject, a "
                                      "predicate and an object (?s ?p ?o)"},
        "query_slash_in_name": {"nl": "een '/' kan niet in een prefixnaam: schrijf de volledige IRI {iri} in plaats van "
                                      "{name}",
                                "en": "a '/' cannot be in a prefixed name: write the full IRI {iri} instead of {name}"},
        "query_ends_early": {"nl": "de query houdt op voordat alle haakjes gesloten zijn",
                             "en": "the query ends before all its brackets are closed"},
        "query_service_prefix": {"nl": "; een prefix 'service:' leest als het woord SERVICE: geef het een andere naam "
                                        "(bijvoorbeeld svc:)",
                                  "en": "; a prefix 'service:' reads as the keyword SERVICE: give it another name "
                                        "(svc:, for instance)"},
        "query_too_long": {"nl": "de query is te lang ({count} woorden en tekens buiten teksten en IRI's; hooguit "
                                 "{limit}); splits hem in kleinere queries",
                           "en": "the query is too long ({count} words and symbols outside strings and IRIs; at most "
                                 "{limit}); split it into smaller queries"},
        "query_too_many_patterns": {"nl": "de query heeft te veel triplepatronen en groepen ({count}; hooguit "
                                          "{limit}): het plannen ervan duurt te lang; splits hem in kleinere queries",
                                    "en": "the query has too many triple patterns and groups ({count}; at most "
                                          "{limit}): planning it takes too long; split it into smaller queries"},
        "query_too_deep": {"nl": "de query is te diep genest (meer dan {limit} haakjes in elkaar); schrijf hem "
                                 "vlakker",
                           "en": "the query is nested too deeply (more than {limit} brackets inside each other); "
                                 "write it flatter"},
    }
)

_FIRST_WORD = re.compile(r"[A-Za-z]+")
_UPDATE_KEYWORDS = {"INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PROLOGUE = sparql_prologue()
PROLOGUE_LINES = _PROLOGUE.count("\n")
_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_PROLOGUE_DECL = re.compile(r"\s*(?:#[^\n]*\n\s*)*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*(?:#[^\n]*\n\s*)*)*",
                            re.I)
#: ``LATERAL { … }`` (SPARQL 1.2 draft), which rdflib and SPARQL 1.1 servers do not know
LATERAL_GROUP = re.compile(r"\bLATERAL(?=\s*\{)", re.I)


#: brackets inside each other that a query may have: the parser recurses per level, and a few
#: thousand overflow its stack (a crash, not an error), so deeper text is refused before parsing
MAX_NESTING = 200
#: words and symbols a query's code may have (strings and IRIs not counted): the parser and the
#: planner also recurse along a flat chain, and crash from about 9,400 (``!!!…``, ``1+1+…``,
#: ``FILTER(…) FILTER(…)…``, measured with pyoxigraph 0.5 on an 8 MB stack)
MAX_TOKENS = 4000
#: triple patterns, path steps and groups a query may have outside brackets: Oxigraph orders the
#: joins of a group in time that grows with the fourth power of its patterns (100 patterns about
#: 1 s, 200 about 18 s, in native code that a timeout cannot stop)
MAX_PATTERNS = 120
#: a word (a name, a number, a prefixed name: one run, so the scan is linear) or one symbol; a
#: hyphen is a symbol even inside a name, or "1-1-1-…" (a chain like "1+1+…") would be one word
_TOKEN = re.compile(r"[?$]?[\w.:%]+|[^\s\w]")


def check_size(text: str) -> None:
    """:class:`QueryError` when SPARQL ``text`` is nested deeper than :data:`MAX_NESTING`, has more
    than :data:`MAX_TOKENS` words and symbols outside strings, IRIs and comments, or more than
    :data:`MAX_PATTERNS` patterns.

    >>> check_size("SELECT * { " + "?s ?p ?o . " * 150 + "}")
    Traceback (most recent call last):
    graph.errors.QueryError: de query heeft te veel triplepatronen en groepen (151; hooguit 120): het plannen ervan duurt te lang; splits hem in kleinere queries
    """
    code, terms = code_only(text), terms_only(text)
    if nesting(code) > MAX_NESTING:
        raise QueryError(msg("query_too_deep", limit=MAX_NESTING))
    tokens = len(_TOKEN.findall(code))
    if tokens > MAX_TOKENS:
        raise QueryError(msg("query_too_long", count=tokens, limit=MAX_TOKENS))
    found = patterns(terms)
    if found > MAX_PATTERNS:
        raise QueryError(msg("query_too_many_patterns", count=found, limit=MAX_PATTERNS))


def patterns(code: str) -> int:
    """About how many triple patterns, path steps and groups ``code`` has: the separators
    ``. ; , /`` and the braces outside round brackets (where they would be arguments or
    arithmetic), and inside them the items of an RDF collection and the steps of a bracketed path
    (``?s <p> ( <a> <b> )``, ``?s (<a>/<b>) ?o``: Oxigraph plans each as a pattern) — outside
    ``VALUES`` blocks, whose rows are no patterns. Strings and IRIs in ``code`` should stand as one
    word each (:func:`terms_only`), or a collection of IRIs counts nothing.

    >>> patterns("SELECT * { ?s <p> ?o ; <q> ?x , ?y . ?x <a>/<b> ?z FILTER(?z IN (1, 2)) VALUES ?v { 1.5 } }")
    5
    >>> patterns("SELECT * { ?s ?p ( 0 0 0 ) . ?s (0/0|0) ?o VALUES (?a ?b) { (1 2) (3 4) } }")
    6
    """
    count = depth = braces = 0
    values_at = None  # the brace depth of the VALUES block being read
    previous = ""
    for token in _PATTERN_TOKEN.finditer(code):
        word = token.group()
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif word == "{":
            braces += 1
            count += depth == 0 and values_at is None
        elif word == "}":
            braces -= 1
            if values_at is not None and braces <= values_at:
                values_at = None
        elif word.upper() == "VALUES":
            values_at = braces
        elif values_at is not None:
            pass
        elif depth == 0:
            count += word in ";,/" or word.endswith(".")  # "?o ." and "?o." end a pattern, "1.5" does not
        elif _is_term(previous) and (_is_term(word) or word in "/|"):
            count += 1  # a collection's next item, a path's next step
        previous = word
    return count


#: the words and symbols of :data:`_TOKEN`, with "||" and "&&" as one (no path step)
_PATTERN_TOKEN = re.compile(r"\|\||&&|" + _TOKEN.pattern)


def _is_term(word: str) -> bool:
    """A variable, a number (or a string or IRI as :func:`terms_only` writes it) or a prefixed name."""
    return bool(word) and (word[0] in "?$" or word[0].isdigit() or ":" in word)


def terms_only(text: str) -> str:
    """``text`` without comments, each string and IRI written as ``0`` (one word, as in a collection).

    >>> terms_only('?s <p> ( "a" <b> ) # c')
    '?s  0  (  0   0  )  '
    """
    return NOT_CODE.sub(lambda m: " 0 " if m.group()[:1] in "\"'<" else _blank(m), text)


def syntax_error(error: SyntaxError, offset_lines: int, text: str | None = None) -> QueryError:
    """The one-line :class:`QueryError` for the parser's ``error`` on a query run with ``offset_lines`` lines of
    prologue before the user's ``text``: line numbers counted in the user's text, with a hint where one fits."""
    found = _ERROR_AT.match(str(error))
    if not found:
        return QueryError(msg("query_syntax", line="?", column="?", reason=str(error)))
    line, column, reason = int(found.group(1)) - offset_lines, int(found.group(2)), found.group(3)
    reason = " ".join(reason.split())
    explained = explain_syntax_error(reason, text, line, column) if text is not None else None
    if explained:
        reason = explained
    elif len(reason) > 160:
        reason = reason[:157] + "…"
    return QueryError(msg("query_syntax", line=line, column=column, reason=reason))


_PREFIX_USE = re.compile(r"(?<![\w?$:@\-.])([A-Za-z][\w\-]*(?:\.[\w\-]+)*)?:(?=[\w%\\]|\s|$)")
_PREFIX_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.\-]*)?:", re.I)


def undeclared_prefixes(text: str) -> list[str]:
    """Prefixes ``text`` uses that neither it nor the project (:func:`graph.vocab.sparql_prologue`) declares.

    >>> undeclared_prefixes('PREFIX ex: <http://e/> SELECT * { ?s ex:p foo:o ; skos:note "a:b" }')
    ['foo']
    """
    from .vocab import PREFIXES

    code = code_only(text)
    declared = set(PREFIXES) | {name or "" for name in _PREFIX_DECLARED.findall(code)}
    used = [name or "" for name in _PREFIX_USE.findall(_PREFIX_DECLARED.sub(" ", code))]
    return list(dict.fromkeys(name for name in used if name not in declared))


#: the forms a query begins with (after its PREFIX and BASE lines)
_QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_PREFIXED_NAME_BEFORE = re.compile(r"([A-Za-z][\w.\-]*)?:[^\s{}()<>\"']*\Z")


def explain_syntax_error(reason: str, text: str, line: int, column: int) -> str | None:
    """What the parser's ``reason`` means for the usual mistakes, in the interface language, else None:
    a prefix nobody declared, a first word that is no query form, a query that ends too early, an
    expression without ``AS`` (:func:`graph.sparql_naming.naming_hint`).

    >>> explain_syntax_error("expected one of Prefix not found, ['%']", "SELECT * { ?s foo:bar ?o }", 1, 22)
    "onbekend prefix 'foo:'; declareer het met PREFIX foo: <…> (bekend zonder declaratie: g40:, g40id:, g40g:, org:, foaf:, prov:, skos:, dcterms:, schema:, owl:, rdf:, rdfs:, xsd:, tooi:, void:, dcat:; de IRI's: g40kg query --prefixes)"
    >>> explain_syntax_error("expected CONSTRUCT", "SELEC ?s {}", 1, 6)
    'een query begint met SELECT, CONSTRUCT, ASK of DESCRIBE (na eventuele PREFIX-regels), niet met SELEC'
    >>> explain_syntax_error("expected one of LATERAL", "SELECT * { g40id:person/x ?p ?o }", 1, 24)
    "een '/' kan niet in een prefixnaam: schrijf de volledige IRI <https://w3id.org/g40kg/id/person/x> in plaats van g40id:person/x"
    >>> explain_syntax_error("expected ENCODE_FOR_URI", "SELECT (YEAR(?d)) { ?s ?p ?d }", 1, 18)
    'een expressie in SELECT heeft een naam nodig: schrijf (YEAR(?d) AS ?naam)'
    >>> explain_syntax_error("expected one of LATERAL, SERVICE, [_]", "SELECT ?a WHERE { ?a ?b }", 1, 26)
    "het tripelpatroon '?a ?b' is onvolledig: een patroon heeft een onderwerp, een predicaat en een object (?s ?p ?o)"
    """
    lines = text.split("\n")
    before = lines[line - 1][:max(column - 1, 0)] if 0 < line <= len(lines) else ""
    if "Prefix not found" in reason:
        found = _PREFIXED_NAME_BEFORE.search(before)
        if found:
            return unknown_prefix((found.group(1) or "") + ":")
    unknown = undeclared_prefixes(text)
    if unknown:  # the parser does not always say so ("expected OPTIONAL" after "b:c")
        return unknown_prefix(unknown[0] + ":")
    first = _FIRST_WORD.match(text, _PROLOGUE_DECL.match(text).end())
    word = first.group() if first else ""
    if word and word.upper() not in _QUERY_FORMS and word.upper() not in _UPDATE_KEYWORDS:
        return msg("query_bad_form", word=word)
    code = code_only(text)
    still_open = sum(code.count(c) for c in "({[") - sum(code.count(c) for c in ")}]")
    offset = len("\n".join(lines[:line - 1])) + (line > 1) + column - 1  # of the error, in text
    if still_open > 0 and not text[offset + 1:].strip():
        return msg("query_ends_early")
    name = _PREFIXED_NAME_BEFORE.search(before)
    if name and text[offset:offset + 1] == "/":  # an entity key after g40id: ("person/x")
        written = name.group() + re.match(r"[^\s{}()<>\"';,]*", text[offset:]).group()
        return msg("query_slash_in_name", name=written, iri=_full_iri(written, text))
    named = naming_hint(reason, text)  # "SELECT (YEAR(?d))", "GROUP BY (YEAR(?d))" without AS
    if named:
        return named
    pattern = re.split(r"[{.;]", code[:offset])[-1].strip().removesuffix("}").split()
    if reason.startswith("expected") and 0 < len(pattern) < 3 and all(t[:1] in "?$<" or ":" in t for t in pattern):
        return msg("query_short_pattern", pattern=" ".join(pattern))
    return None


def unknown_prefix(prefix: str) -> str:
    """The message for an undeclared ``prefix`` (``"foo:"``), listing the project's prefixes from
    :data:`graph.vocab.PREFIXES`, as ``g40kg query --help`` and ``--prefixes`` do."""
    from .vocab import prefix_list

    return msg("query_unknown_prefix", prefix=prefix, known=prefix_list())


def _full_iri(name: str, text: str) -> str:
    """The IRI ``<…>`` that the prefixed name ``name`` ("g40id:person/x") means, its prefix declared by
    ``text`` or by the project; the escape ``\\/`` is no way out (rdflib keeps the backslash in the IRI).

    >>> _full_iri("g40id:person/x", "")
    '<https://w3id.org/g40kg/id/person/x>'
    >>> _full_iri("ex:a/b", "PREFIX ex: <http://e/>")
    '<http://e/a/b>'
    """
    from .vocab import PREFIXES

    prefix, _, local = name.partition(":")
    declared = re.search(rf"PREFIX\s+{re.escape(prefix)}:\s*<([^>]*)>", text, re.I)
    namespace = declared.group(1) if declared else str(PREFIXES.get(prefix, prefix + ":"))
    return f"<{namespace}{local}>"


def prefixes_used(text: str) -> list[str]:
    """The project prefixes (:data:`graph.vocab.PREFIXES`) that ``text`` uses outside strings, IRIs
    and comments, in the table's order; also a bare namespace, ``STR(g40:)``.

    >>> prefixes_used('SELECT * { ?s a g40:Person ; rdfs:label "skos:x" FILTER(STRSTARTS(STR(?s), STR(g40id:))) } # owl:')
    ['g40', 'g40id', 'rdfs']
    """
    from .vocab import PREFIXES

    used = set(_PREFIX_NAME.findall(code_only(text)))
    return [prefix for prefix in PREFIXES if prefix in used]


#: the prefix of a prefixed name, or of a bare namespace (``g40:``)
_PREFIX_NAME = re.compile(r"(?<![\w?$:@\-.])([A-Za-z][\w\-.]*):")


_SERVICE = re.compile(r"SERVICE", re.I)
_LOAD = re.compile(r"LOAD", re.I)
#: what may stand right before a keyword's letters when they are part of a name, not the keyword:
#: a variable (``?service``), the local part of a prefixed name (``ex:service``, ``ex:a.service``)
#: or a language tag (``"x"@service``).
#: Anything else counts as the keyword: Oxigraph also reads ``1SERVICE``, ``trueSERVICE``,
#: ``?o.SERVICE`` and ``SERVICE:x`` (``:x`` the endpoint) as a call.
_NAME_SO_FAR = re.compile(r"(?:[?$]\w*|:(?:[\w:%][\w.\-:%]*)?|@[\w-]*)\Z")


def has_keyword(code: str, keyword: re.Pattern) -> bool:
    """Whether ``code`` (text without strings, IRIs and comments) has ``keyword`` outside names.

    >>> has_keyword("SELECT ?service { ?s ex:service ?o }", _SERVICE)
    False
    >>> has_keyword("SELECT * { ?s ?p 1SERVICE <x> {} }", _SERVICE)
    True
    """
    return any(not _NAME_SO_FAR.search(code[max(0, found.start() - 200):found.start()])
               for found in keyword.finditer(code))


#: strings, IRIs, escapes and comments, each read so that whatever a parser might read as code stays
#: code: a line ends a comment or a short string at "\n" or "\r" (as Oxigraph reads it), and "<…>"
#: holding a bracket is no IRI ("FILTER(1<2)SERVICE:x#>" is a comparison, then a call)
NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'|<[^<>"{}|^`\\\s()]*>|\\.|#[^\r\n]*')


def code_only(text: str) -> str:
    """``text`` without string literals, IRIs and comments (so keywords inside them do not count).

    >>> code_only('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    'SELECT * { ?s ?p   }  '
    """
    return NOT_CODE.sub(_blank, text)


def _blank(skipped: re.Match) -> str:
    # an escape is part of a prefixed name ("ex:a\\.service"): a name character, not a gap
    text = skipped.group()
    return "_" if len(text) == 2 and text[0] == "\\" else " "


def nesting(code: str) -> int:
    """How deep the brackets of ``code`` (text without strings, IRIs and comments) go.

    >>> nesting("SELECT * { ?s ?p ?o FILTER((1 + (2))) }")
    4
    """
    depth = deepest = 0
    for char in code:
        if char in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")}]":
            depth -= 1
    return deepest


_SERVICE_PREFIX = re.compile(r"PREFIX\s+SERVICE:", re.I)


def service_prefix_hint(text: str) -> str:
    """What to add to the refusal of ``SERVICE`` when the query declares a prefix ``service:`` (whose
    uses Oxigraph may read as a call: ``service:x { }``), so the user knows what to rename.

    >>> service_prefix_hint("PREFIX service: <urn:s#> SELECT * { ?s service:p ?o }").startswith("; ")
    True
    >>> service_prefix_hint("SELECT * { SERVICE <http://x/> { } }")
    ''
    """
    return msg("query_service_prefix") if _SERVICE_PREFIX.search(code_only(text)) else ""


def uses_service(text: str) -> bool:
    """True when the query federates with ``SERVICE`` (g40kg never calls other endpoints), as
    written or after its ``\\u`` escapes are read (rdflib reads them before it parses: a
    ``\\u0022`` inside a string then ends it, and what followed is code).

    >>> uses_service('SELECT * { FILTER(?o = "a\\u0022) SERVICE <http://x/> { } FILTER(\\u0022") }')
    True
    """
    return any(has_keyword(code_only(t), _SERVICE) for t in _readings(text))


#: an escape as rdflib reads it: "\\u" or "\\U" with 8 hex digits or else 4 (rdflib 7 takes either length
#: after either letter)
_CODEPOINT = re.compile(r"\\[uU]([0-9A-Fa-f]{4}(?:[0-9A-Fa-f]{4})?)")


def _readings(text: str) -> list[str]:
    """``text`` as written and, if it has ``\\u``/``\\U`` escapes, as rdflib's parser reads it
    (SPARQL 1.1 §19.2: escapes are replaced before parsing)."""
    if "\\u" not in text and "\\U" not in text:
        return [text]
    expanded = _CODEPOINT.sub(_codepoint, text)
    return [text, expanded]


def _codepoint(escape: re.Match) -> str:
    """The character an escape stands for; one past U+10FFFF stays as written (rdflib refuses it)."""
    value = int(escape.group(1), 16)
    return chr(value) if value <= 0x10FFFF else escape.group()


def one_line(error: BaseException) -> str:
    """``error`` as one line of at most 200 characters (its type's name when it says nothing).

    >>> one_line(ValueError("a\\n   b")), one_line(KeyError())
    ('a b', 'KeyError')
    """
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:197] + "…"
