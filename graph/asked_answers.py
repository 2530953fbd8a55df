"""A question about one entity answered, the second time it is asked of a built graph, from its answer kept then.

``entity-facts`` (``g40kg entity``, ``g40kg ask entity-facts``) and ``city-involvement`` ask about one entity, yet
at 10^6 triples their text costs 40–400 ms of CPU a time (an entity with 1,148 facts: ≈ 15 index lookups per
evidence node, its 21 columns read), every ask again, although a built graph never changes. A question whose
header says ``kept_each: entity`` (a required parameter) is therefore answered, on a read-only Oxigraph store of
a graph directory (:func:`graph.derived.keeps_results`), asked with that parameter alone (one value, no window,
no other parameter), from the answer its text gave for that value the first time, kept beside the graph as
:func:`graph.kept_answers.encode` writes an answer (:func:`graph.derived.remembered`: one file per value asked,
``derived/asked-<question>-<key>-<version>.json``, keyed by the SPARQL text with the value bound, so a changed
question never reads another's answer, and versioned by the graph's stamp, so a rebuilt graph never reads the
answer of the one before). It is the text's answer itself: the same rows in the same order. The first ask of
each value costs what the text costs, plus writing the file.

Not the whole answer kept in groups by entity (``kept_per:``, :mod:`graph.grouped_answers`): every entity's facts
are every fact twice (52,986 rows at 10^6 triples), 6.8 s of CPU and 19 s of wall at load 5 even with their
index ranges hash-joined (10.4 s with the text's lookups), which the first ``g40kg entity`` after a build would
pay. A file per value asked grows ``derived/`` by at most one file per entity, each the size of its answer.

Windows (``--at``, ``--from``/``--until``, ``--as-of``), ``min_confidence``, ``--engine rdflib``,
``--endpoint``, a store in memory and a read-only graph folder run the text, which stays the definition (an
answer per date asked would pile up). A damaged file is computed again.

>>> from graph.store import new_dataset
>>> asked_answer(new_dataset(), None, {}, None) is None  # no question that says so: the text answers
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from . import kept_answers

__all__ = ["asked_answer"]

#: the prefix of a kept answer's file in ``derived/``
_NAME = "asked-"

#: the source a kept answer depends on (a change keeps it anew)
_CODE = (__file__, kept_answers.__file__, str(Path(__file__).with_name("questions.py")))


def asked_answer(dataset, question, bindings: Mapping[str, Any], timeout: float | None):
    """The answer of ``question`` with ``bindings`` (:func:`graph.questions.question_bindings`) read from, or kept
    as, the answer its text gave for the same value of its ``kept_each`` parameter (module docstring); None when
    the SPARQL text must answer, as for every other ask."""
    from .derived import keeps_results, remembered
    from .query import engine_of, run_sparql
    from .questions import question_text

    column = getattr(question, "kept_each", None)
    if column is None or engine_of(dataset) != "oxigraph" or not keeps_results(dataset):
        return None
    bound = {name: value for name, value in bindings.items() if value is not None}
    if set(bound) != {column} or isinstance(bound[column], tuple):
        return None
    text = question_text(question, bindings, engine="oxigraph")
    return remembered(dataset, _NAME + question.name, {"text": text},
                      lambda: run_sparql(dataset, text, timeout=timeout, check=False), code=_CODE,
                      encode=kept_answers.encode, decode=kept_answers.decode)
