"""A build warning as a record a script can filter on: a stable code, the file, the documents.

A warning is one line in the interface's language (``report.warnings``, ``manifest.json``); a
nightly job needs to tell a new skipped file from a known undated note, whatever ``G40KG_LANG``
says (walkthrough 18, finding 2). A warning made as a :class:`graph.build_warnings.BuildWarning`
carries its code and fields from where it was made; :func:`warning_record` reads another back by the
message templates it was made from, in either language, and gives::

    {"code": "not_utf8", "file": "/abs/path/memo.txt", "document": "memo",
     "documents": ["memo"], "message": "…"}

``code`` is one of :data:`WARNING_CODES` (the same in both languages; codes are added, never
renamed), ``file`` the absolute path of the file the warning is about (or None), ``documents``
the ids of the documents it names (a warning about all undated documents names each; at most
the five the line shows) and ``document`` the one id when it names exactly one. A line no
template fits gets ``other``. ``build --format json`` and ``--allow-warning`` use these records.

Examples
--------
>>> record = warning_record("docs/memo.txt: geen geldige UTF-8, gelezen als cp1252")
>>> record["code"], record["document"], record["file"].endswith("/docs/memo.txt")
('not_utf8', 'memo', True)
>>> warning_record("2 documents without a date: a, b (their facts hold at every date; give a date in "
...                "<name>.meta.json)")["documents"]
['a', 'b']
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import re
import string

from .messages import CATALOGUE

__all__ = ["WARNING_CODES", "warning_record", "allowed", "code_of"]

#: code → the message keys (``graph.messages.CATALOGUE``) of that kind of warning
WARNING_CODES = {
    "not_utf8": ("cp1252",),
    "bad_meta": ("bad_meta",),
    "unknown_meta_field": ("unknown_meta_field",),
    "bad_meta_date": ("bad_meta_date",),
    "bad_meta_period": ("bad_meta_period", "bad_meta_period_order"),
    "dms_metadata": ("dms_no_file_column", "bad_dms_metadata", "dms_row_no_file", "dms_row_many_files", "dms_two_rows"),
    "unreadable": ("bad_pdf", "bad_docx", "bad_odt", "bad_rtf", "bad_mail", "unreadable"),
    "binary": ("binary",),
    "empty": ("empty", "empty_file", "no_text_layer"),
    "unsupported": ("unsupported", "unsupported_advice"),
    "wrong_suffix": ("disguised_file",),
    "tracked_changes": ("tracked_changes", "tracked_changes_odt"),
    "attachment": ("mail_attachment",),
    "hidden_file": ("hidden_document",),
    "dangling_link": ("dangling_link",),
    "name_not_utf8": ("name_not_utf8",),
    "field_cut": ("field_cut",),
    "link_outside": ("link_outside",),
    "duplicate_id": ("id_left_out",),
    "copy": ("copy_skipped", "copies_skipped", "copies_in_folders", "renditions_skipped", "spelling_copy"),
    "case_id": ("case_ids",),
    "spelling_id": ("spelling_ids",),
    "index_page": ("index_page",),
    "older_version": ("older_version", "other_format", "named_version"),
    "too_large": ("too_large", "docx_too_big", "odt_too_big", "rtf_too_big"),
    "too_slow": ("over_time",),
    "undated": ("undated_document", "undated_documents"),
    "future_date": ("future_document", "future_documents", "future_meeting", "future_meetings"),
    "not_dutch": ("foreign_document", "foreign_documents"),
    "namesake": ("namesakes", "namesakes_maybe", "namesakes_bracketed"),
    "older_format": ("older_format",),
    "iri_changed": ("keys_moved", "keys_split"),
    "no_facts": ("factless_document", "factless_documents"),
    "rectification": ("rectification_no_date", "rectification_no_title", "rectification_undated"),
    # read by their shape (:data:`_SHAPES`): a mention that may be several people, a correction's line
    "ambiguous": (),
    "curation": (),
    "extraction": (),
    "other": (),
}

#: the warnings that are not made from a catalogue template: (code, pattern)
_SHAPES = (
    ("ambiguous", re.compile(r"(?P<document>[^:\s]+): '.*' kan .* zijn; niet samengevoegd", re.S)),
    ("curation", re.compile(r"(?P<file>[^:]+\.ya?ml):\d+: .*", re.S)),
)
_MORE = re.compile(r" (?:en \d+ andere|and \d+ more)$")


def code_of(key: str) -> str:
    """The code of the warnings made from message ``key``.

    >>> code_of("undated_documents")
    'undated'
    """
    return next(code for code, keys in WARNING_CODES.items() if key in keys)


def warning_record(warning: str, documents=()) -> dict:
    """The record of ``warning`` (see the module docstring); ``documents``: the documents read,
    whose ids a warning that names only a file gets (else the id the file's name gives). A
    :class:`graph.build_warnings.BuildWarning` gives its code and fields; another line is read by
    the templates and shapes.

    >>> warning_record("a.yaml:3: niets te onderdrukken voor x")["code"]
    'curation'
    >>> warning_record("iets anders")
    {'code': 'other', 'file': None, 'document': None, 'documents': [], 'message': 'iets anders'}
    """
    code, fields = (warning.code, warning.fields) if hasattr(warning, "code") else _classified(
        warning, frozenset(d.id for d in documents))
    path = fields.get("path") or fields.get("file")
    file = os.path.abspath(path) if path else None
    ids = _named_documents(fields, frozenset(d.id for d in documents))
    if not ids and file:
        ids = [next((d.id for d in documents if os.path.abspath(d.path) == file), _file_id(file))]
    return {"code": code, "file": file, "document": ids[0] if len(ids) == 1 else None, "documents": ids,
            "message": str(warning)}


def allowed(record: dict, allowances) -> bool:
    """Whether ``--allow-warning`` values ``allowances`` (``CODE`` or ``CODE:DOCUMENT``) cover
    ``record``: its code with no document, or its code and every document it names.

    >>> record = {"code": "undated", "documents": ["a", "b"]}
    >>> allowed(record, ["undated"]), allowed(record, ["undated:a"]), allowed(record, ["undated:a", "undated:b"])
    (True, False, True)
    """
    documents = {a.partition(":")[2] for a in allowances if a.partition(":")[0] == record["code"]}
    return "" in documents or bool(record["documents"]) and set(record["documents"]) <= documents


def _classified(warning: str, ids: frozenset) -> tuple[str, dict]:
    for code, pattern in _templates():
        found = pattern.fullmatch(warning)
        if found:
            return code, found.groupdict()
    for code, pattern in _SHAPES:
        found = pattern.fullmatch(warning)
        if found:
            return code, found.groupdict()
    prefix = warning.partition(": ")[0]
    if prefix in ids:  # what the extraction of one document noted
        return "extraction", {"document": prefix}
    return "other", {}


@functools.cache
def _templates() -> list[tuple[str, re.Pattern]]:
    """Every template of :data:`WARNING_CODES` in both languages as a pattern, the longest
    (the most literal text) first, so that a general template never hides a particular one."""
    for module in ("corpus_checks", "dms_metadata", "docdate", "document_time", "file_kinds", "factless", "index_pages",
                   "language", "published_keys", "withdrawals"):  # they add their messages
        importlib.import_module(f"{__package__}.{module}")
    patterns = []
    for code, keys in WARNING_CODES.items():
        for key in keys:
            for text in dict.fromkeys(CATALOGUE[key].values()):
                patterns.append((len(text), code, _pattern(text)))
    return [(code, pattern) for _, code, pattern in sorted(patterns, key=lambda p: -p[0])]


def _pattern(template: str) -> re.Pattern:
    r"""A pattern that matches what ``template`` formats, each field a named group.

    >>> _pattern("{path}: leeg {n} ({path})").pattern
    '(?P<path>.*?):\\ leeg\\ (?P<n>.*?)\\ \\((?P=path)\\)'
    """
    parts, seen = [], set()
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.*?)")
            seen.add(field)
    return re.compile("".join(parts), re.S)


def _named_documents(fields: dict, known=frozenset()) -> list[str]:
    """The document ids a warning's ``documents`` (a JSON list, exactly), ``names`` (``a, b (2027-03-01) en 2
    andere``), ``pairs`` (``a-kopie (= a)``), ``ids`` (``a (Z2025-001234), a (Z2025-001235)``) or ``document`` field
    holds; ``known``: the ids of the documents read, which a name is first looked up among (an id may hold " (":
    "document1 (Z2025-001234)", round 59m).

    >>> _named_documents({"pairs": "a (Z1) (= a (Z2)), b-kopie (= b) …"})
    ['a (Z1)', 'b-kopie']
    >>> _named_documents({"names": "a (Z1) (2027-03-01), b (2027-04-01)"}, frozenset({"a (Z1)"}))
    ['a (Z1)', 'b']
    """
    if fields.get("document"):
        return [fields["document"]]
    if fields.get("documents"):
        return json.loads(fields["documents"])
    if fields.get("ids"):  # ids as they are, "document1 (Z2025-001234)" included
        return _MORE.sub("", fields["ids"]).removesuffix(" …").split(", ")
    if fields.get("pairs"):  # "copy (= original)": the copy's id is all before " (= "
        return [pair.split(" (= ")[0] for pair in _MORE.sub("", fields["pairs"]).removesuffix(" …").split(", ")]
    if not fields.get("names"):
        return []
    return [_known_prefix(name, known) for name in _MORE.sub("", fields["names"]).removesuffix(" …").split(", ")]


def _known_prefix(name: str, known) -> str:
    """The id ``name`` begins with: the longest of ``known`` that it is or that " (" follows, else all before its
    first " (" (what a warning's list adds: a date, a language, a size)."""
    if name in known:
        return name
    cut = name.rfind(" (")
    while cut > 0:
        if name[:cut] in known:
            return name[:cut]
        cut = name.rfind(" (", 0, cut)
    return name.split(" (")[0]


def _file_id(path: str) -> str:
    """The document id of the file ``path`` (its name without its type; a sidecar's: its document's).

    >>> _file_id("/d/nota.meta.json"), _file_id("/d/nota.v2.pdf")
    ('nota', 'nota.v2')
    """
    name = os.path.basename(path)
    if name.endswith(".meta.json"):
        return name[: -len(".meta.json")]
    return os.path.splitext(name)[0]
