"""Sentences that may carry special categories of personal data (AVG art. 9 and 10).

Health (a sick leave, an illness, a pregnancy, a disability aid), a criminal record, refugee or
ethnic origin, religion and sexual orientation may be processed only where that is needed, and a
knowledge graph of public roles never needs them. Extraction reads every sentence, so this module
finds the ones that name a person (a Person mention) and hold a word of :data:`CATEGORIES`:

* the build warns once per document, naming the categories and the sentences' positions ("zin 4",
  the n-th sentence of the document), never their text (:func:`special_data_warning`);
* a fact stated in such a sentence and in another sentence of the same document keeps only the
  other sentence as its evidence (:func:`without_sensitive_twins`), so its quote does not carry
  the remark.

The words are Dutch and general, with their inflections and compounds where those keep the
meaning ("borstkanker", "zwangerschapsverlof"); words with an everyday public sense are left out
("handicap" in "mensen met een handicap", "aangehouden" of a motion that is postponed,
"veroordelen" of condemning violence), and a sentence without a named person is no one's data
("de opvang van vluchtelingen"). A warning says "mogelijk": read the sentence before you publish.

Examples
--------
>>> categories_in("Lammerts was afwezig wegens een burn-out.")
['gezondheid']
>>> categories_in("Hij heeft een strafblad; zij is gevlucht uit haar land.")
['strafrechtelijk', 'afkomst']
>>> categories_in("Het ziekenhuis en de ziektekosten; de raad veroordeelde het geweld.")
[]
"""

from __future__ import annotations

import bisect
import re

from ..messages import CATALOGUE, msg

__all__ = ["CATEGORIES", "categories_in", "sensitive_sentences", "special_data_warning", "special_spans", "without_sensitive_twins"]

#: category (its Dutch name, as the warning shows it) → the words that signal it (regex, case-insensitive)
CATEGORIES = {
    "gezondheid": (r"ziek|zieke|ziekte|ziekteverlof|ziekteverzuim|ziekgemeld|ziekmelding|burn-?out|overspannen(?:heid)?"
                   r"|\w*kanker|copd|astma|diabetes|dementie|dement|depressie|depressief|zwanger\w*|bevallingsverlof"
                   r"|gehandicapt\w*|rolstoel|dyslexie|dyslectisch|autisme|autistisch|adhd|verslaafd\w*|verslaving"
                   r"|chemotherapie|herstellende"),
    "strafrechtelijk": r"strafblad|gedetineerd\w*|detentie|celstraf|taakstraf|gevangenisstraf|strafrechtelijk\w*|verdacht van",
    "afkomst": r"gevlucht|vluchteling|statushouder|asielzoeker|afkomst|etnisch\w*",
    "religie": r"moslim\w*|islamitisch\w*|joods\w*|gelovig\w*|bekeerd",
    "seksuele geaardheid": r"homoseksu\w*|lesbisch\w*|biseksu\w*|transgender",
}
_WORDS = re.compile("|".join(f"(?P<c{i}>(?<!\\w)(?:{words})(?!\\w))" for i, words in enumerate(CATEGORIES.values())),
                    re.IGNORECASE)
_NAMES = list(CATEGORIES)


def categories_in(text: str) -> list[str]:
    """The categories of :data:`CATEGORIES` whose words occur in ``text``, each once, in order."""
    found: list[str] = []
    for match in _WORDS.finditer(text):
        name = _NAMES[int(match.lastgroup[1:])]
        if name not in found:
            found.append(name)
    return found


def special_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "special") of each word of :data:`CATEGORIES` in ``text``, for
    :func:`graph.privacy.masked_text` (the evidence-only publication masks them).

    >>> special_spans("Tessa Wolters (Enschede; ziek)")
    [(25, 29, 'special')]
    """
    return [(m.start(), m.end(), "special") for m in _WORDS.finditer(text)]


def sensitive_sentences(sentences, mentions) -> list[tuple[int, object, list[str]]]:
    """(position from 1, sentence, categories) of each of ``sentences`` that holds a Person mention
    (of ``mentions``) and a word of :data:`CATEGORIES`."""
    people = sorted((m.start, m.end) for m in mentions if m.type == "Person")
    starts = [start for start, _end in people]
    out = []
    for position, sentence in enumerate(sentences, 1):
        if not _holds_one(people, starts, sentence.start, sentence.end):
            continue
        categories = categories_in(sentence.text)
        if categories:
            out.append((position, sentence, categories))
    return out


def _holds_one(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether one of ``spans`` (sorted; ``starts`` their starts) lies inside ``start:end``, read from the
    first that starts there on (no scan of the document's spans for each sentence: linear in its length).

    >>> _holds_one([(0, 4), (6, 12), (14, 16)], [0, 6, 14], 5, 13), _holds_one([(6, 14)], [6], 5, 13)
    (True, False)
    """
    k = bisect.bisect_left(starts, start)
    while k < len(spans) and spans[k][0] <= end:
        if spans[k][1] <= end:
            return True
        k += 1
    return False


def special_data_warning(found) -> str | None:
    """The build warning for the :func:`sensitive_sentences` of a document, or None.

    >>> from types import SimpleNamespace as S
    >>> special_data_warning([(3, S(), ["gezondheid"]), (7, S(), ["strafrechtelijk", "gezondheid"])])
    'mogelijk bijzondere persoonsgegevens (AVG art. 9/10) in zin 3 (gezondheid), zin 7 (strafrechtelijk, gezondheid): lees die zinnen voor u publiceert (build --minimal-people, export --no-document-text)'
    """
    if not found:
        return None
    where = ", ".join(msg("special_data_at", n=position, categories=", ".join(msg("special_" + c) for c in categories))
                      for position, _sentence, categories in found)
    return msg("special_data", where=where)


def without_sensitive_twins(relations, found) -> list:
    """``relations`` without those whose evidence lies in a sentence of ``found``
    (:func:`sensitive_sentences`) while another sentence outside ``found`` states the same fact
    (same subject and object as written, same predicate)."""
    spans = [(sentence.start, sentence.end) for _position, sentence, _categories in found]
    if not spans:
        return list(relations)

    def sensitive(relation) -> bool:
        return any(start <= relation.evidence_start < end for start, end in spans)

    def fact(relation) -> tuple:
        return relation.subject.text, relation.predicate, relation.object.text

    plain = {fact(r) for r in relations if not sensitive(r)}
    return [r for r in relations if not (sensitive(r) and fact(r) in plain)]


CATALOGUE.update({
    "special_data": {
        "nl": "mogelijk bijzondere persoonsgegevens (AVG art. 9/10) in {where}: lees die zinnen voor u publiceert "
              "(build --minimal-people, export --no-document-text)",
        "en": "possibly special categories of personal data (GDPR art. 9/10) in {where}: read those sentences before "
              "you publish (build --minimal-people, export --no-document-text)"},
    "special_data_at": {"nl": "zin {n} ({categories})", "en": "sentence {n} ({categories})"},
    "special_gezondheid": {"nl": "gezondheid", "en": "health"},
    "special_strafrechtelijk": {"nl": "strafrechtelijk", "en": "criminal record"},
    "special_afkomst": {"nl": "afkomst", "en": "origin"},
    "special_religie": {"nl": "religie", "en": "religion"},
    "special_seksuele geaardheid": {"nl": "seksuele geaardheid", "en": "sexual orientation"},
})
