"""What a rectification withdraws: the claim of its "dat"-clause and how it names the earlier document.

A sentence that retracts a claim (:mod:`graph.extract.rectifications`) states no fact itself; where the
claim is a "dat"-clause of one person, a role and a body, it also withdraws that fact from the earlier
documents (:mod:`graph.withdrawals` does so in the build)::

    In het bericht van 27 januari stond abusievelijk dat Jan Smit voorzitter is van het G40-netwerk.
    In een eerder bericht stond dat Jan Smit trekker is van het programma X. Dat is onjuist: …
    De vermelding dat Jan Smit lid is van de stuurgroep, is onjuist.

The clause is a subordinate one, its verb last ("voorzitter is van"), which the relation patterns do
not read; it is read as the main clause it stands for ("Jan Smit is voorzitter van het G40-netwerk.")
by the extraction itself (``reread``), so the claim has the predicate and role word that extraction
gives such a sentence elsewhere. Only the person and body named in the clause count, never what the
rest of the sentence says of them ("wethouder Jan Smit (Breda)": his office is not withdrawn).

The earlier document is named by a date ("het bericht van 27 januari", "de nieuwsbrief van 3 maart
2026": a date without a year is the last such day before the rectifying document's), by a title in
quotation marks ("in 'Nieuwsbrief maart' stond"), or not at all ("een eerder bericht", "de vorige
nieuwsbrief"): then any document dated before the rectifying one.

A claim is a plain tuple (kept in the extraction cache's outline), its fields those of :class:`Claim`.

Examples
--------
>>> named_date("In het bericht van 27 januari stond abusievelijk dat", "2026-02-10")
'2026-01-27'
>>> named_date("In de nieuwsbrief van 3 december stond dat", "2026-02-10")
'2025-12-03'
>>> named_date("In een eerder bericht stond dat", "2026-02-10") is None
True
>>> named_title("In ‘Nieuwsbrief maart’ stond abusievelijk dat")
'Nieuwsbrief maart'

The verb may close the clause after the body ("dat Jan Smit wethouder van Ede is"):

>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Rectificatie: in ons vorige bericht stond ten onrechte dat Jan Smit wethouder van Ede is. Hij is wethouder van Epe."
>>> [(c[2], c[5]) for c in extract("d", text, gazetteer=load_gazetteer(), date="2026-02-10").withdrawn]
[('hasRole', 'wethouder')]

A claim may name a role and no body, what follows the semicolon being right; its object's span is (-1, -1)
and it withdraws the person's earlier role of that word and field, at whatever body (:mod:`graph.withdrawals`):

>>> text = "In ons vorige bericht stond ten onrechte dat Jan Smit beleidsadviseur Wonen is; hij is senior beleidsadviseur."
>>> [(c[3], c[5], c[11]) for c in extract("d", text, gazetteer=load_gazetteer(), date="2026-02-10").withdrawn]
[(-1, 'beleidsadviseur', 'Wonen')]
"""

from __future__ import annotations

import logging
import re
from typing import Callable, NamedTuple

from .lexicon import load_lexicon
from .model import Mention, Relation, Sentence
from .periods import MONTHS

__all__ = ["Claim", "withdrawn_claims", "named_date", "named_title"]

log = logging.getLogger(__name__)


class Claim(NamedTuple):
    """A withdrawn claim: its ends' spans, predicate and role word, the rectifying sentence (span and
    text), and how it names the earlier document (an ISO date, a title, or neither)."""

    subject_start: int
    subject_end: int
    predicate: str
    object_start: int
    object_end: int
    role: str | None
    sentence_start: int
    sentence_end: int
    sentence: str
    date: str | None
    title: str | None
    #: the field after the role word of a claim that names no body ("dat X beleidsadviseur Economie is")
    portfolio: str | None = None


#: "dat" opening the claim, after a word of reporting or retracting ("stond abusievelijk dat", "vermelding dat")
_CLAIM_START = re.compile(r"\b(?:(?:stond|stonden|staat|vermeld|gemeld|geschreven|aangegeven|opgenomen|gesteld|"
                          r"meldden|meldde|schreven|schreef|berichtten|vermeldden)\b[^.;:]{0,60}?\bdat"
                          r"|(?:melding|vermelding|mededeling|bericht|nieuwsbericht|bewering)\s+dat)\s+", re.IGNORECASE)
#: after the person: the role word and the verb last ("voorzitter is van", "de trekker was bij"), or the verb
#: first ("is voorzitter van"); the body follows
_ROLE_THEN_VERB = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:de|het)\s+)?(?P<role>[a-z][\w-]{1,40})\s+"
                             r"(?:is|was|zou\s+zijn)\s+(?:van|bij|in)\s+")  # "… wethouder is in Amersfoort" (walkthrough 21)
_VERB_THEN_ROLE = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:is|was)\s+(?:(?:de|het)\s+)?(?P<role>[a-z][\w-]{1,40})\s+"
                             r"(?:van|bij|in)\s+")
#: the verb after the body: "dat X wethouder van Zwolle is" (walkthrough 26, finding 7)
_ROLE_OF_THEN_VERB = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:de|het)\s+)?(?P<role>[a-z][\w-]{1,40})\s+"
                                r"(?:van|bij)\s+")
#: a role and no body, the verb closing the clause: "dat X beleidsadviseur Economie is;" (walkthrough 26, finding 7)
_ROLE_ALONE = re.compile(r"\s*,?\s*(?:(?:de|het|een)\s+)?(?P<role>[a-z][\w-]{1,40})"
                         r"(?:\s+(?P<portfolio>[A-Z][\w-]+(?:\s+(?:en|&)\s+[A-Z][\w-]+)?))?"
                         r"\s+(?:is|was)\s*(?=[;,.:]|$)")
_VERB_LAST = re.compile(r"\s+(?:is|was|zou\s+zijn)\b")
_ARTICLE = re.compile(r"(?:de|het)\s+", re.IGNORECASE)
#: a publication named by its day: "het bericht van 27 januari (2026)", "de nieuwsbrief van 3 maart"
_DATED = re.compile(r"\b(?:bericht|nieuwsbericht|persbericht|nieuwsbrief|artikel|brief|verslag|notitie|update|e-?mail|"
                    r"publicatie|editie|mededeling|uitgave)\w*\s+van\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
                    r"zaterdag|zondag)\s+)?(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?\b", re.IGNORECASE)
#: a title in quotation marks before the claim: "in ‘Nieuwsbrief maart’ stond"
_TITLE = re.compile(r"[‘“'\"]([^‘’“”'\"]{3,120})[’”'\"]")
#: the roles a claim may withdraw: a word, not a name or a number
_ROLE_WORD = re.compile(r"[a-z][a-z-]+")


def named_date(before_claim: str, rectifying_date: str | None) -> str | None:
    """The ISO date of the publication ``before_claim`` names by its day, a date without a year taken as
    the last such day before ``rectifying_date``; None when it names none (or no year can be told)."""
    match = _DATED.search(before_claim)
    if not match or match.group(2).lower() not in MONTHS:
        return None
    day, month = int(match.group(1)), MONTHS[match.group(2).lower()]
    if not 1 <= day <= 31:
        return None
    if match.group(3):
        return f"{int(match.group(3)):04d}-{month:02d}-{day:02d}"
    if not rectifying_date or not re.match(r"\d{4}-\d{2}-\d{2}", rectifying_date):
        return None
    year = int(rectifying_date[:4])
    candidate = f"{year:04d}-{month:02d}-{day:02d}"
    return candidate if candidate < rectifying_date[:10] else f"{year - 1:04d}-{month:02d}-{day:02d}"


def named_title(before_claim: str) -> str | None:
    """A title in quotation marks in ``before_claim`` (the part of the sentence before the claim), or None."""
    match = _TITLE.search(before_claim)
    return " ".join(match.group(1).split()) if match else None


def withdrawn_claims(text: str, rectified: list[Sentence], mentions: list[Mention], *,
                     reread: Callable[[str], list[Relation]], date: str | None) -> tuple[tuple, ...]:
    """The claims (plain tuples, see :class:`Claim`) the ``rectified`` sentences of ``text`` withdraw.
    ``reread(sentence)``: the relations extraction finds in one sentence of its own."""
    claims = []
    for sentence in rectified:
        claim = _claim(text, sentence, mentions, reread, date)
        if claim is not None:
            claims.append(tuple(claim))
    return tuple(claims)


def _role_alone(text: str, sentence: Sentence, subject: Mention, opening, date) -> Claim | None:
    """The claim of a clause that names a role and no body: "dat X beleidsadviseur Economie is; hij is …"
    withdraws X's role of that word (and field, where it names one) wherever an earlier document gave it
    (walkthrough 26, finding 7); its object's span is (-1, -1). A role word of the lexicon only, and a
    field of its list only: "dat X ziek is" claims no role."""
    shape = _ROLE_ALONE.match(text, subject.end, sentence.end)
    if shape is None:
        return None
    lexicon = load_lexicon()
    role = lexicon.roles.get(shape.group("role").lower())
    portfolio = shape.group("portfolio")
    if role is None or portfolio and portfolio.lower() not in lexicon.portfolios:
        return None
    before = text[sentence.start:opening.start()]
    return Claim(subject.start, subject.end, "hasRole", -1, -1, role.label, sentence.start, sentence.end,
                 " ".join(sentence.text.split()), named_date(before, date), named_title(before), portfolio)


def _claim(text: str, sentence: Sentence, mentions: list[Mention], reread, date) -> Claim | None:
    opening = _CLAIM_START.search(text, sentence.start, sentence.end)
    if opening is None:
        return None
    inside = [m for m in mentions if opening.end() <= m.start and m.end <= sentence.end]
    subject = next((m for m in inside if m.type == "Person"), None)
    if subject is None:
        return None
    rest = text[subject.end:sentence.end]
    shape = _ROLE_THEN_VERB.match(rest) or _VERB_THEN_ROLE.match(rest)
    verb_last = shape is None
    shape = shape or _ROLE_OF_THEN_VERB.match(rest)
    if shape is None:
        return _role_alone(text, sentence, subject, opening, date)
    if not _ROLE_WORD.fullmatch(shape.group("role")):
        return None
    body_start = subject.end + shape.end()
    article = _ARTICLE.match(text, body_start)
    named_at = article.end() if article else body_start
    body = next((m for m in inside if m.start == named_at and m.type != "Person"), None)
    if body is None or verb_last and not _VERB_LAST.match(text, body.end, sentence.end):
        return None
    main = f"{subject.text} is {shape.group('role')} van {text[body_start:body.end]}."
    found = [r for r in reread(main) if r.subject.text == subject.text and r.object.text == body.text]
    if not found:
        return None
    relation = found[0]
    before = text[sentence.start:opening.start()]
    return Claim(subject.start, subject.end, relation.predicate, body.start, body.end,
                 relation.role or ("lid" if relation.predicate == "hasRole" else None),
                 sentence.start, sentence.end, " ".join(sentence.text.split()), named_date(before, date),
                 named_title(before))
