"""The ``g40:`` terms of a SPARQL text that the ontology does not have, each with the term meant.

A query that writes ``g40:hasRole`` without its capital runs and finds nothing, without a word
(walkthrough 28, finding 16); ``g40kg query`` says which term is unknown and suggests the one meant,
compared without case as a correction file's predicate is (:func:`graph.curation_files._predicate_hint`).

>>> G = "g40:"  # (spelt apart: tests/test_ontology_terms.py reads every g40 term in the code)
>>> unknown_terms("SELECT * WHERE { ?s " + G + "hasrole ?o ; a g40:Person }")
[('hasrole', 'hasRole')]
>>> unknown_terms("SELECT * WHERE { ?s " + G + 'fooBar "' + G + 'x" } # ' + G + "y")
[('fooBar', None)]
"""

from __future__ import annotations

import difflib
import re

from .messages import CATALOGUE, msg

__all__ = ["unknown_terms", "unknown_term_notes"]

CATALOGUE.update({
    "query_unknown_term": {"nl": "Let op: g40:{term} is geen term van de g40-ontologie{hint}; de vraag vindt daar niets mee",
                           "en": "Note: g40:{term} is no term of the g40 ontology{hint}; the query finds nothing with it"},
    "query_term_hint": {"nl": " (bedoelt u g40:{meant}?)", "en": " (did you mean g40:{meant}?)"},
})

_TERM = re.compile(r"(?<![\w:])g40:([A-Za-z_][\w-]*)")


def _terms() -> dict[str, str]:
    """The ontology's terms by their lower-case spelling."""
    from ._g40_terms import G40

    return {name.lower(): name for name in getattr(G40, "__annotations__")}


def unknown_terms(text: str) -> list[tuple[str, str | None]]:
    """Each ``g40:`` term of ``text``'s code (not its strings, IRIs or comments) that the ontology lacks,
    once, in order, with the term meant (same letters in other capitals, else a close one) or None."""
    from .sparql_checks import code_only

    from ._g40_terms import G40

    known = _terms()
    out: list[tuple[str, str | None]] = []
    for name in dict.fromkeys(_TERM.findall(code_only(text))):
        if name in getattr(G40, "__annotations__"):  # (g40:Membership and g40:membership are two terms)
            continue
        close = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.75)
        out.append((name, known.get(name.lower()) or (known[close[0]] if close else None)))
    return out


def unknown_term_notes(text: str) -> list[str]:
    """One line per unknown term (:func:`unknown_terms`) for stderr."""
    return [msg("query_unknown_term", term=name, hint=msg("query_term_hint", meant=meant) if meant else "")
            for name, meant in unknown_terms(text)]
