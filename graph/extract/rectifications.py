"""A sentence that the next one calls wrong states no fact: "… Dat is onjuist: …".

A rectification (a correction notice, a reply to a report) repeats the wrong claim and then denies
it::

    In een eerder bericht stond dat X trekker is van het programma Y. Dat is onjuist: X is
    projectleider, de trekker is wethouder Z.

The facts read from the first sentence are dropped; what follows the denial ("X is projectleider",
"wethouder Z") is read as any other sentence. Only a denial that opens the next sentence and points
back with "dat", "dit" or "het" counts ("Dat is onjuist", "Dit klopt niet", "Het bericht is
onjuist" does not point back to one sentence and is left alone). A sentence that itself says a claim
was printed by mistake states no fact either: "In het bericht van 27 januari stond abusievelijk dat X
voorzitter is van Y", "Eerder is ten onrechte vermeld dat …", "In de vorige nieuwsbrief stond onjuist
dat …" (the claim after "dat" is retracted; the next sentence gives what is right and is read as any
other). "Anders dan eerder gemeld is X voorzitter" states the right fact and is left alone. So do, since
round 44k: a next sentence "Dat moet zijn: …" (what was printed is replaced); a sentence that calls its own
"dat"-clause wrong ("De vermelding dat X lid is van Y, is onjuist", "Het bericht dat … klopt niet"); and a
claim reported ("stond dat", "werd gemeld dat", "meldden wij dat") in a correction notice: a sentence that
opens with "Correctie:" or "Rectificatie:", or in a section under such a heading. The earlier
document's fact is not withdrawn here: what the claim was and how it names the earlier document is read by
:mod:`graph.extract.withdrawn_claims`, and the build withdraws it (:mod:`graph.withdrawals`). Called by :func:`graph.extract.extract` on
the relations of a document.

Examples
--------
>>> from graph.extract.sentences import split_sentences
>>> text = "Ede doet mee aan de City Deal Zon. Dat is onjuist: Ede doet niet mee."
>>> [text[s.start:s.end] for s in rectified_sentences(text, split_sentences(text))]
['Ede doet mee aan de City Deal Zon.']
>>> text = "Ede doet mee aan de City Deal Zon. Dat is een goed plan."
>>> rectified_sentences(text, split_sentences(text))
[]
>>> text = "In de vorige nieuwsbrief stond abusievelijk dat Ede meedoet. Ede doet niet mee."
>>> [text[s.start:s.end] for s in rectified_sentences(text, split_sentences(text))]
['In de vorige nieuwsbrief stond abusievelijk dat Ede meedoet.']
>>> text = "Correctie: in de vorige nieuwsbrief stond dat Ede meedoet. Ede doet mee aan de City Deal Wind."
>>> [text[s.start:s.end] for s in rectified_sentences(text, split_sentences(text))]
['Correctie: in de vorige nieuwsbrief stond dat Ede meedoet.']
>>> text = "De melding dat Ede meedoet aan de City Deal Zon, is onjuist."
>>> len(rectified_sentences(text, split_sentences(text)))
1
"""

from __future__ import annotations

import logging
import re

from ..messages import CATALOGUE, msg
from .model import Relation, Sentence

__all__ = ["rectified_sentences", "without_rectified", "unapplied_rectifications"]

log = logging.getLogger(__name__)

#: the opening of a sentence that calls the one before wrong
#: (not a partial one: "Dat klopt niet helemaal", "Dat is niet geheel juist")
_DENIAL = re.compile(r"(?:dat|dit|het)\s+(?:is|was)\s+(?:onjuist|niet\s+juist|niet\s+correct|incorrect|niet\s+waar)\b"
                     r"|(?:dat|dit|het)\s+klopt\s+niet\b(?!\s+(?:helemaal|geheel|volledig|precies|alleen))"
                     r"|(?:dat|dit)\s+berust\s+op\s+een\s+(?:misverstand|vergissing)\b"
                     r"|(?:dat|dit|het)\s+moet\s+(?:zijn|luiden)\b",  # "Dat moet zijn: secretaris" (round 44k)
                     re.IGNORECASE)

#: a claim said to have been printed by mistake, in the sentence itself: "stond abusievelijk dat",
#: "is ten onrechte vermeld dat", "werd per abuis gemeld dat", "stond onjuist dat"
_RETRACTED = re.compile(r"\b(?:stond|staat|stonden|is|was|werd|zijn|waren|werden)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:abusievelijk|ten\s+onrechte|onjuist|foutief|per\s+abuis|verkeerd)\s+"
                        r"(?:(?:vermeld|gemeld|vermeldt|geschreven|aangegeven|opgenomen|gesteld|bericht)\s+)?dat\b",
                        re.IGNORECASE)
#: a literal part of every match of _RETRACTED: a sentence without any is not scanned
_RETRACTED_WORDS = ("abusievelijk", "onrechte", "onjuist", "foutief", "abuis", "verkeerd", "juist", "correct",
                    "klopt niet")


#: a sentence that calls its own "dat"-clause wrong: "De vermelding dat X lid is van Y(,) is onjuist", "Het bericht
#: dat … klopt niet"
_CLAIM_OPENING = re.compile(r"(?:de|het)\s+(?:melding|vermelding|mededeling|bericht|nieuwsbericht|bewering)\s+dat\b",
                            re.IGNORECASE)
_CLAIM_DENIED = re.compile(r"(?:,\s*|\s)(?:is|was)\s+(?:onjuist|niet\s+juist|niet\s+correct|incorrect)\s*[.!]?\s*$"
                           r"|\sklopt\s+niet\s*[.!]?\s*$", re.IGNORECASE)
#: a correction notice: "Correctie:", "Rectificatie:" opening a sentence, or as a heading of its own
_NOTICE = re.compile(r"[#*\s]*(?:correctie|rectificatie|erratum)(?:s)?\b", re.IGNORECASE)
#: a claim reported in a correction notice: "stond dat", "werd (abusievelijk) gemeld dat", "meldden wij dat"
_REPORTED = re.compile(r"\b(?:stond|stonden|staat|(?:werd|is|was)\s+(?:[\w-]+\s+){0,2}?(?:gemeld|vermeld|geschreven|bericht)|"
                       r"meldden|meldde|schreven|schreef|berichtten|vermeldden)\b[^.;:]{0,60}?\bdat\b", re.IGNORECASE)


def _in_notice(sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` is part of a correction notice: it opens with "Correctie:" or "Rectificatie:", or its
    section's heading is one."""
    if ("orrectie" in sentence.text or "ectificatie" in sentence.text or "rratum" in sentence.text) \
            and _NOTICE.match(text, sentence.start, sentence.end):
        return True
    return sentence.section is not None and _NOTICE.fullmatch(sentence.section.strip(" #*:")) is not None


def rectified_sentences(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of ``text`` whose next sentence (no heading between) opens with a denial, and those
    that retract a claim themselves."""
    body = [s for s in sentences if not s.is_heading]
    denied = [before for before, after in zip(body, body[1:])
              if _DENIAL.match(text, after.start, after.end) and "\n\n" not in text[before.end:after.start]]
    retracted = [s for s in body if any(word in s.text for word in _RETRACTED_WORDS)
                 and (_RETRACTED.search(text, s.start, s.end)
                      or _CLAIM_DENIED.search(s.text) and _CLAIM_OPENING.search(s.text))]
    retracted += [s for s in body if " dat " in s.text and _in_notice(s, text) and _REPORTED.search(text, s.start, s.end)]
    return sorted({s.start: s for s in denied + retracted}.values(), key=lambda s: s.start) if retracted else denied


def without_rectified(relations: list[Relation], text: str, sentences: list[Sentence],
                      wrong: list[Sentence] | None = None) -> list[Relation]:
    """``relations`` without those whose evidence lies inside a sentence the next one calls wrong
    (``wrong``: :func:`rectified_sentences`, when known)."""
    wrong = rectified_sentences(text, sentences) if wrong is None else wrong
    if not wrong:
        return relations
    right_from = {s.start: _right_clause(text, s) for s in wrong}
    return [r for r in relations
            if not any(s.start <= r.evidence_start and r.evidence_end <= s.end
                       and not (right_from[s.start] is not None and r.object.start >= right_from[s.start])
                       for s in wrong)]


def _right_clause(text: str, sentence: Sentence) -> int | None:
    """Where the clause after the retracted claim begins, the semicolon that gives what is right: "In ons vorige
    bericht stond ten onrechte dat X beleidsadviseur is; hij is senior beleidsadviseur bij het G40-bureau" (its
    facts stand; walkthrough 26, finding 7). None for a sentence the next one calls wrong as a whole.

    >>> text = "Eerder stond ten onrechte dat Eva Kok lid is; zij is voorzitter van de pijler."
    >>> _right_clause(text, Sentence(0, len(text), text))
    44
    """
    retracted = _RETRACTED.search(text, sentence.start, sentence.end)
    semicolon = text.find(";", retracted.end(), sentence.end) if retracted is not None else -1
    return semicolon if semicolon >= 0 else None


def unapplied_rectifications(text: str, rectified: list[Sentence], withdrawn) -> list[str]:
    """The build warnings for the sentences that say an earlier document was wrong ("stond ten onrechte dat …",
    "Rectificatie: …") but withdraw no fact of it (``withdrawn``: the claims of :mod:`.withdrawn_claims`; a
    claim with no body, "dat X beleidsadviseur Economie is", cannot be told apart from the right fact):
    the user should correct the earlier fact by hand (walkthrough 26, finding 7).

    >>> text = "Correctie: eerder stond ten onrechte dat Eva Kok adviseur is; zij is secretaris."
    >>> unapplied_rectifications(text, [Sentence(0, len(text), text)], ())  # doctest: +ELLIPSIS
    ['corrigeert een eerder document ("Correctie: eerder stond ten onrechte dat Eva Kok adviseur is; zij is secretaris."), ...']
    """
    applied = {claim[6] for claim in withdrawn}
    out = []
    for sentence in rectified:
        if sentence.start in applied or not (_RETRACTED.search(text, sentence.start, sentence.end)
                                             or _in_notice(sentence, text)):
            continue
        out.append(unapplied_warning(sentence.text))
    return out


def unapplied_warning(sentence: str) -> str:
    """The warning that a rectifying ``sentence`` withdraws no fact g40kg can point to, the sentence cut to 90
    characters; also the build's, for a claim with no body that no earlier document's role matches
    (:func:`graph.withdrawals.apply_withdrawals`).

    >>> unapplied_warning("Eerder stond ten onrechte dat Eva Kok adviseur is.")[:60]
    'corrigeert een eerder document ("Eerder stond ten onrechte d'
    """
    quote = " ".join(sentence.split())
    return msg("rectification_unapplied", quote=quote if len(quote) <= 90 else quote[:88].rsplit(" ", 1)[0].rstrip(" ,;") + " …")


CATALOGUE.update({
    "rectification_unapplied": {
        "nl": "corrigeert een eerder document (\"{quote}\"), maar welk feit daar fout was, kan g40kg niet aanwijzen: "
              "zoek het op (g40kg entity) en zet het recht met een correctiebestand (suppress: en facts:)",
        "en": "corrects an earlier document (\"{quote}\"), but g40kg cannot tell which fact there was wrong: look it up "
              "(g40kg entity) and put it right with a correction file (suppress: and facts:)"},
})
