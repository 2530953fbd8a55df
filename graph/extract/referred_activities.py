"""What "daarvan" points back to: "De themagroep heeft een verkenning afgerond; X was daarvan de trekker"
makes X the trekker of the verkenning, not of the themagroep (walkthrough 24, finding 9).

A pronominal adverb ("daarvan", "hiervan", "ervan") stands for the last thing named before it: in the
clause before, that is the last noun phrase. When a noun phrase with its article follows the clause's last
named entity ("… heeft in 2025 een verkenning naar stagediscriminatie afgerond"), the adverb stands for
that activity — an action, a study, a plan — which holds no roles in the graph, as the owner of a row in
an action list is no role holder of the list's body (:mod:`graph.extract.action_tables`). When the entity
closes the clause ("… startte de City Deal Zon; X was daarvan de trekker"), it is the antecedent, and the
role rules find it as before.

Called by :mod:`graph.extract.roles` for a copula's role ("X was daarvan de trekker").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De themagroep Wonen heeft in 2025 een verkenning naar leegstand afgerond; "
...         "Eva Kok (Ede) was daarvan de trekker.")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "hasRole"]
[]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Sentence

__all__ = ["refers_to_activity"]

#: the pronominal adverb between the person and the role word
_BACK_REFERENCE = re.compile(r"\b(?:daarvan|hiervan|ervan)\b", re.IGNORECASE)
#: a noun phrase with its article, in lower case: "een verkenning", "het onderzoek", "deze actie"
_NOUN_PHRASE = re.compile(r"\b(?:een|de|het|dit|deze|dat|die)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ][\w-]{3,}")
#: where the clause before ends: a semicolon or a comma, or the sentence before
_CLAUSE_END = re.compile(r"[;,:]")


def refers_to_activity(ctx: DocContext, sentence: Sentence, begin: int, end: int) -> bool:
    """Whether a "daarvan" in ``ctx.text[begin:end]`` (between the person and the role word) points back to
    an activity the clause before names after its last entity (see the module docstring).

    >>> from graph.extract.model import Mention
    >>> text = "Ede heeft een plan opgesteld; Eva Kok was daarvan de trekker."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)],
    ...                  [Mention(0, 3, "Ede", "Municipality", "", 1.0), Mention(30, 37, "Eva Kok", "Person", "", 1.0)])
    >>> refers_to_activity(ctx, ctx.sentences[0], 37, 58)
    True
    >>> text = "Ede startte de themagroep Wonen; Eva Kok was daarvan de trekker."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [Mention(0, 3, "Ede", "Municipality", "", 1.0),
    ...                  Mention(15, 31, "themagroep Wonen", "OrganisationalUnit", "", 1.0),
    ...                  Mention(33, 40, "Eva Kok", "Person", "", 1.0)])
    >>> refers_to_activity(ctx, ctx.sentences[0], 40, 61)
    False
    """
    if not _BACK_REFERENCE.search(ctx.text, begin, end):
        return False
    person_start = max((m.start for m in ctx.in_span(sentence.start, begin) if m.type == "Person"), default=begin)
    ends = [m.start() for m in _CLAUSE_END.finditer(ctx.text, sentence.start, person_start)]
    if ends:
        clause_start, clause_end = (ends[-2] + 1 if len(ends) > 1 else sentence.start), ends[-1]
    else:
        previous = ctx.previous_sentence(sentence)
        if previous is None:
            return False
        clause_start, clause_end = previous.start, previous.end
    named = [m for m in ctx.in_span(clause_start, clause_end)]
    tail_start = named[-1].end if named else clause_start
    return bool(_NOUN_PHRASE.search(ctx.text, tail_start, clause_end))
