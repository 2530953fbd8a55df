"""The build's warning about documents from which no fact was recognised (walkthrough 20, finding 5).

A document the build read but took no fact from is in the graph as a node with nothing on it; the
summary's counts do not show it, so the user takes it for read. :func:`factless_warning` names such
documents in one line (the first five; its record names them all), each with how much text was read: a scanned PDF without a text layer gives a
few characters (page numbers, a header), a text about something else gives thousands. The line has
the code ``no_facts`` (:data:`graph.warning_codes.WARNING_CODES`), so ``build --strict`` trips on it
as on any other warning and ``--allow-warning no_facts:ID`` lets a known one pass: a document that
gives nothing is what an unattended build should report, once per new document.

Examples
--------
>>> from types import SimpleNamespace as Doc
>>> factless_warning([Doc(id="scan", text="  3  "), Doc(id="nota", text="Pijler X")],
...                  [{"relations": {}}, {"relations": {"hasRole": 1}}])
'geen feiten herkend in 1 document: scan (1 teken tekst gelezen; weinig tekst: een scan zonder tekstlaag?)'
"""

from __future__ import annotations

from .build_warnings import BuildWarning, coded
from .docdate import shown_names
from .messages import CATALOGUE, get_language, msg

__all__ = ["factless_warning", "FEW_CHARACTERS"]

#: fewer characters than this read from a document: most likely a scan without text, not a text without facts
FEW_CHARACTERS = 200


def factless_warning(documents, records) -> BuildWarning | None:
    """One warning naming the ``documents`` whose build ``records`` (:meth:`graph.build_stats.BuildStats.as_record`,
    in the same order) hold no fact, each with the characters of text read; None if every document gave one.

    >>> from types import SimpleNamespace as Doc
    >>> docs = [Doc(id=f"d{k}", text="x" * 1200) for k in range(7)]
    >>> warning = factless_warning(docs, [{"relations": {}}] * 7)
    >>> print(warning)
    geen feiten herkend in 7 documenten: d0 (1.200 tekens tekst gelezen), d1 (1.200 tekens tekst gelezen), d2 (1.200 tekens tekst gelezen), d3 (1.200 tekens tekst gelezen), d4 (1.200 tekens tekst gelezen) en 2 andere
    >>> warning.code, warning.fields["names"].count(",")
    ('no_facts', 6)
    """
    factless = sorted((document.id, len(document.text.strip())) for document, record in zip(documents, records)
                      if not any((record or {}).get("relations", {}).values()))
    if not factless:
        return None
    names = shown_names([_described(name, characters) for name, characters in factless])
    warning = coded("factless_document" if len(factless) == 1 else "factless_documents", n=len(factless), names=names)
    return BuildWarning(warning, warning.code, {"names": ", ".join(name for name, _ in factless)})


def _described(name: str, characters: int) -> str:
    """``name`` with the characters read, and a hint where they are few.

    >>> _described("memo", 4210)
    'memo (4.210 tekens tekst gelezen)'
    """
    amount = f"{characters:,}".replace(",", "." if get_language() == "nl" else ",")
    key = "factless_few" if characters < FEW_CHARACTERS else "factless_read"
    return f"{name} ({msg(key + ('_one' if characters == 1 else ''), n=amount)})"


CATALOGUE.update({
    "factless_document": {"nl": "geen feiten herkend in 1 document: {names}",
                          "en": "no facts recognised in 1 document: {names}"},
    "factless_documents": {"nl": "geen feiten herkend in {n} documenten: {names}",
                           "en": "no facts recognised in {n} documents: {names}"},
    "factless_read": {"nl": "{n} tekens tekst gelezen", "en": "{n} characters of text read"},
    "factless_few": {"nl": "{n} tekens tekst gelezen; weinig tekst: een scan zonder tekstlaag?",
                     "en": "{n} characters of text read; little text: a scan without a text layer?"},
    "factless_few_one": {"nl": "{n} teken tekst gelezen; weinig tekst: een scan zonder tekstlaag?",
                         "en": "{n} character of text read; little text: a scan without a text layer?"},
})
