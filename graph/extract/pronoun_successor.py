""""Hij volgt X op" after a sentence that dates his new post: the succession and X's end of that post.

"Per 1 september 2025 is Tom Baas gemeentesecretaris van Zwolle. Hij volgt Anna de Graaf op, die met
pensioen is gegaan." The pronoun is the person of the sentence before, whose one current role that
sentence dates; the succession takes effect on that day, and the one succeeded held that role (the same
word at the same body) until the day before. Nothing when the sentence before gives that person no
dated role, or more than one, or when the succession sentence gives a date of its own.

>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Per 1 september 2025 is Tom Baas gemeentesecretaris van Zwolle. Hij volgt Anna de Graaf op, die met "
...         "pensioen is gegaan.")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2026-01-30")
>>> for r in ex.relations:
...     print(r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until)
Tom Baas hasRole Zwolle 2025-09-01 None
Tom Baas succeeded Anna de Graaf 2025-09-01 None
Anna de Graaf hasRole Zwolle None 2025-08-31
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Relation, Sentence
from .periods import day_before

__all__ = ["with_pronoun_successors"]

#: "Hij volgt X op", "Zij volgde X op": the pronoun opens the sentence
_PRONOUN_FOLLOWS = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:volgt|volgde)\s+")


def with_pronoun_successors(text: str, sentences: list[Sentence], relations: list[Relation]) -> list[Relation]:
    """``relations`` with the date and the predecessor's end of each "Hij volgt X op" (see the module docstring)."""
    if "volg" not in text:
        return relations
    out = list(relations)
    for index, succession in enumerate(relations):
        if succession.predicate != "succeeded" or succession.valid_from or succession.valid_until:
            continue
        k = next((k for k, s in enumerate(sentences) if s.start <= succession.evidence_start < s.end), None)
        if not k or not _PRONOUN_FOLLOWS.match(text, sentences[k].start) \
                or "\n\n" in text[sentences[k - 1].end:sentences[k].start]:
            continue
        before = sentences[k - 1]
        posts = [r for r in relations if r.predicate == "hasRole" and r.subject.label == succession.subject.label
                 and before.start <= r.evidence_start < before.end and not r.past and r.valid_from
                 and len(r.valid_from) == 10]
        if len(posts) != 1:
            continue
        post = posts[0]
        out[index] = replace(succession, valid_from=post.valid_from)
        until = day_before(post.valid_from)
        held = [j for j, r in enumerate(out) if r.predicate == "hasRole" and r.subject.label == succession.object.label
                and r.object.label == post.object.label and r.role == post.role and not r.valid_until]
        for j in held:  # the role another rule passed on to the one succeeded ("volgt X op als …"): now ended
            out[j] = replace(out[j], valid_until=until, past=True)
        if held:
            continue
        out.append(Relation(succession.object, "hasRole", post.object, succession.evidence_start,
                            succession.evidence_end, "succession.pronoun-successor", 0.65, role=post.role, past=True,
                            valid_until=until))
    return out
