"""A build warning that carries its code from where it is made.

A warning is one line in the interface's language (``report.warnings``, ``manifest.json``); a script
filters on its record (:func:`graph.warning_codes.warning_record`: code, file, documents). A
:class:`BuildWarning` is that line (it *is* the text, so every list, message and JSON file that holds
warnings holds the same bytes) with the code and the fields the record is made of (``path`` or
``file``, ``document``, ``names``, ``pairs``, ``ids``, and ``documents``: the ids it names, exactly, as a JSON list)
given by the code that made it, so the record need not read them back from the text (an id may hold " (" or ", ":
"document1 (Z2025-001234)", round 59m). A warning made without one (a cached one of an older g40kg, a line
another module changed) is still read by its text.

Examples
--------
>>> warning = coded("cp1252", path="docs/memo.txt")
>>> warning, warning.code, warning.fields
('docs/memo.txt: geen geldige UTF-8, gelezen als cp1252', 'not_utf8', {'path': 'docs/memo.txt'})
>>> from_plain(to_plain(warning)).code, from_plain("ouder: alleen tekst")
('not_utf8', 'ouder: alleen tekst')
"""

from __future__ import annotations

from .messages import msg

__all__ = ["BuildWarning", "coded", "to_plain", "from_plain"]

#: the values of a message that its warning's record is made of
RECORD_FIELDS = ("path", "file", "document", "names", "pairs", "ids", "documents")


class BuildWarning(str):
    """The text of a warning, with its ``code`` (one of :data:`graph.warning_codes.WARNING_CODES`) and
    ``fields`` (field name → text, of :data:`RECORD_FIELDS`).

    >>> warning = BuildWarning("a.yaml:3: niets te onderdrukken", "curation", {"file": "a.yaml"})
    >>> warning == "a.yaml:3: niets te onderdrukken", warning.code, warning.retold("b/a.yaml:3: …", file="b/a.yaml").fields
    (True, 'curation', {'file': 'b/a.yaml'})
    """

    code: str
    fields: dict

    def __new__(cls, text: str, code: str, fields: dict | None = None):
        warning = super().__new__(cls, text)
        warning.code, warning.fields = code, dict(fields or {})
        return warning

    def __reduce__(self):  # to a worker process and back
        return BuildWarning, (str(self), self.code, self.fields)

    def retold(self, text: str, **fields) -> "BuildWarning":
        """The same warning in another ``text`` (a file named as the user gave it), ``fields`` updated."""
        return BuildWarning(text, self.code, {**self.fields, **fields})


def coded(message: str, /, **values) -> BuildWarning:
    """The warning of ``message`` (a key of ``graph.messages.CATALOGUE``) filled with ``values``, with the
    code :data:`graph.warning_codes.WARNING_CODES` gives that message; ``documents``, a list of the ids it names, is
    kept as a JSON list (no message shows it).

    >>> coded("copy_skipped", n=1, pairs="a (Z1) (= a (Z2))", documents=["a (Z1)"]).fields["documents"]
    '["a (Z1)"]'
    """
    import json

    from .warning_codes import code_of

    if "documents" in values:
        values["documents"] = json.dumps(list(values["documents"]), ensure_ascii=False)
    return BuildWarning(msg(message, **values), code_of(message),
                        {name: str(values[name]) for name in RECORD_FIELDS if name in values})


def to_plain(warning: str) -> str | tuple:
    """``warning`` as plain data for the corpus cache (a pickle of strings and tuples): its text alone,
    or (text, code, ((field, value), …)) for a :class:`BuildWarning`."""
    if isinstance(warning, BuildWarning):
        return str(warning), warning.code, tuple(sorted(warning.fields.items()))
    return str(warning)


def from_plain(plain) -> str:
    """The warning :func:`to_plain` gave ``plain``."""
    if isinstance(plain, tuple):
        text, code, fields = plain
        return BuildWarning(text, code, dict(fields))
    return plain
