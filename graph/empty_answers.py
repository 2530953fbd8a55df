"""What an empty answer says about the names asked (walkthrough 20, finding 12).

"(geen resultaten)" for ``ask members -p "target=Regio Deal Twente"`` did not tell a known programme with
no participant recognised from a name no document uses; a user would write "geen deelnemers" in a note.
For each entity a question was asked about, this module counts the documents that mention it and words
the line under an empty answer: "Regio Deal Twente wordt in 4 documenten genoemd, maar er is geen
deelnemer herkend." What was not recognised is the question's own ``empty:`` header text.
"""

from __future__ import annotations

import logging

from rdflib import URIRef

from .messages import CATALOGUE, msg

__all__ = ["empty_answer_notes"]

log = logging.getLogger(__name__)

CATALOGUE.update({
    "empty_mentioned": {"nl": "{label} wordt in {n} documenten genoemd, maar {what}{when}.",
                        "en": "{label} is mentioned in {n} documents, but {what}{when}."},
    "empty_mentioned_one": {"nl": "{label} wordt in 1 document genoemd, maar {what}{when}.",
                            "en": "{label} is mentioned in 1 document, but {what}{when}."},
    "empty_unmentioned": {"nl": "{label} wordt in geen document genoemd.",
                          "en": "{label} is mentioned in no document."},
    "empty_nothing": {"nl": "deze vraag vindt er niets over", "en": "this question finds nothing about it"},
    "empty_in_window": {"nl": " in deze periode", "en": " in this period"},
    "empty_suppressed": {"nl": " ({n} {facts} weggenomen door correcties: {sources})",
                         "en": " ({n} {facts} taken out by corrections: {sources})"},
    "empty_fact": {"nl": "feit", "en": "fact"},
    "empty_facts": {"nl": "feiten", "en": "facts"},
})

#: the documents that name an entity: a mention, or the evidence of a fact about it
_MENTIONS = """SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  { ?doc g40:mentions %(e)s } UNION { ?ev rdf:subject %(e)s ; prov:wasDerivedFrom ?doc }
  UNION { ?ev rdf:object %(e)s ; prov:wasDerivedFrom ?doc }
}"""

#: the suppressions (``suppress:`` rules of the corrections) that took facts of an entity out, with their file:line
_SUPPRESSED = """SELECT ?source ?count WHERE {
  ?rule a g40:CurationRule ; dcterms:subject %(e)s ; dcterms:source ?source ; g40:factCount ?count .
  FILTER(CONTAINS(STR(?rule), "/suppress-"))
} ORDER BY ?source"""


def empty_answer_notes(dataset, question, params: dict, *, windowed: bool = False, lang: str = "nl") -> list[str]:
    """One line per entity that ``params`` name for ``question`` (its entity-typed parameters), saying
    in how many documents it is mentioned and that ``question`` found nothing for it (its header's
    ``empty`` text; " in deze periode" when ``windowed``), and how many of its facts the corrections took out,
    with their file:line (walkthrough 36, finding 10: "geen rol herkend" where a correction removed the role).
    Names that do not resolve give no line (the question already said why).

    >>> empty_answer_notes(None, None, {})
    []
    """
    if question is None:
        return []
    from .messages import language
    from .names import entity_index, resolve_entity
    from .query import run_sparql
    from .questions import ENTITY_PARAMETER_TYPES, parameter_name

    given = {parameter_name(question, name): value for name, value in params.items()}
    notes = []
    with language(lang):
        what = question.empty.get(lang) or question.empty.get("nl") if question.empty else msg("empty_nothing")
        for parameter in question.parameters:
            if parameter.type not in ENTITY_PARAMETER_TYPES or not given.get(parameter.name):
                continue
            values = given[parameter.name]
            for value in values if isinstance(values, (list, tuple)) else [values]:
                try:
                    iri = resolve_entity(dataset, str(value), ENTITY_PARAMETER_TYPES[parameter.type])
                except Exception as error:  # an unknown name was refused before: no note
                    log.debug("no note for %r: %s", value, error)
                    continue
                label = entity_index(dataset)[str(iri)].label
                n = int(run_sparql(dataset, _MENTIONS % {"e": URIRef(iri).n3()}, check=False).rows[0]["n"])
                if n == 0:
                    notes.append(msg("empty_unmentioned", label=label))
                else:
                    notes.append(msg("empty_mentioned_one" if n == 1 else "empty_mentioned", label=label, n=n,
                                     what=what, when=(msg("empty_in_window") if windowed else "")
                                     + _suppressed(dataset, iri)))
    return notes


def _suppressed(dataset, iri) -> str:
    """" (3 feiten weggenomen door correcties: a.yaml:2)" for the suppressions that took facts of ``iri`` out,
    or "" when none did."""
    from .query import run_sparql

    rows = [row for row in run_sparql(dataset, _SUPPRESSED % {"e": URIRef(iri).n3()}, check=False).rows
            if int(row["count"] or 0) > 0]
    if not rows:
        return ""
    n = sum(int(row["count"]) for row in rows)
    return msg("empty_suppressed", n=n, facts=msg("empty_fact" if n == 1 else "empty_facts"),
               sources=", ".join(dict.fromkeys(str(row["source"]) for row in rows)))
