"""The document as relation rules see it: sentences, mentions per sentence and discourse context.

Helpers answer the questions every rule asks: which mentions are in this sentence, does a cue state a
fact, and (in the mixins of one concern each) what a passage is about (:mod:`.context_discourse`), who is
the subject before a cue (:mod:`.context_subjects`), which actors form the list after "met"
(:mod:`.context_lists`) and what period a clause gives a fact (:mod:`.context_periods`). :meth:`DocContext.add`
records a relation with its period.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable

from .actor_types import ACTORS, HOLDERS
from .context_discourse import NO_TOPIC_KINDS, DiscourseContext
from .context_lists import ListContext
from .context_periods import PeriodContext
from .context_subjects import SubjectContext
from .cues import CueText
from .founding_dates import founding_date
from .since_the_act import same_year_start
from .absences import absent, meeting_body
from .guests import ATTENDANCE_RULES, guest, guest_discussions
from .listings import listed_spans
from .model import RELATION_ENDS, Mention, Relation, Sentence
from .periods import Period, appointed, in_office, told_in_past
from .polarity import asserted
from .references import Scope
from .relation_index import RelationList
from .subtitles import subtitle_parent

#: ACTORS and HOLDERS live in :mod:`.actor_types`; rules import them from here too
__all__ = ["DocContext", "ACTORS", "HOLDERS"]

#: rules that read a fact off how a person is named ("wethouder X (Zwolle)", an e-mail address): it
#: holds when the sentence is written, not in the period the sentence gives its main fact
#: ("pijler Sociaal van de G40", "het programma X van het ministerie van Y")
_DESCRIPTIVE_RULES = frozenset({"roles.before-name", "roles.bracket", "roles.bracket-affiliation",
                                "roles.field-bracket", "roles.van-affiliation", "persons.email-domain",
                                "relations.unit-van-unit", "relations.default-parent", "relations.org-prefix",
                                "relations.programma-van-ministerie",
                                "tables.town-contact", "tables.town-units", "roles.infobox-field",  # a table's cell: dated by its own cell
                                "tables.party-contact", "register.officer", "tables.programme-column", "kamer.lid",
                                # a themagroep named in its pijler's section: the sentence's time is another fact's
                                # ("X stopt per 1 juni als voorzitter van de themagroep Jeugd" ends no part of the pijler)
                                "parts.section-pijler",
                                "parts.holder-pijler",  # (and one named after a pijler its holder sits in, 58c)
                                "tables.office-heading",  # "Wethouders" over a row: the row's dates are its other cells' (52a)
                                # "X is tot 1 maart met verlof; Y neemt … waar": the leave's end is no end of X's post (58r)
                                "roles.on-leave-holder",
                                "tables.paired"})  # a pairing table's row: its dates are the background cell's (59r)


def _name_interiors(text: str, mentions: list[Mention]) -> bytearray:
    """1 at every offset of ``text`` inside a proper name (a mention written with a capital) after
    its first character: a cue that starts there is a word of the name, no cue ("de City Deal Samen
    met de Wijk" says no "samen met", the surname "Sloot" no "sloot"). A mention in lower case is a
    common noun whose head may be a cue: "een bestuurlijk overleg met SZW".

    >>> m = Mention(3, 30, "City Deal Samen met de Wijk", "Programme", "", 1.0)
    >>> interiors = _name_interiors("De City Deal Samen met de Wijk loopt.", [m])
    >>> interiors[3], interiors[13], interiors[30]
    (0, 1, 0)
    >>> _name_interiors("een bestuurlijk overleg met SZW", [Mention(4, 23, "bestuurlijk overleg", "Event", "", 1.0)])[16]
    0
    """
    interiors = bytearray(len(text) + 1)
    for m in mentions:
        if m.text[:1].isupper():
            interiors[m.start + 1:m.end] = b"\x01" * max(0, m.end - m.start - 1)
    return interiors




@dataclass
class DocContext(DiscourseContext, SubjectContext, ListContext, PeriodContext):
    document_id: str
    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    #: see :mod:`graph.extract.relation_index`: ``relations.stated_at(sentence.start)`` without a scan
    relations: RelationList = field(default_factory=RelationList)
    #: the document's date (ISO), for periods without a year and for periods that are over
    date: str | None = None

    def __post_init__(self):
        if not isinstance(self.relations, RelationList):
            self.relations = RelationList(self.relations)
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self._lead_ins = [m for m in self.mentions if m.rule == "units.lead-in"]
        self._section_units = [m for m in self.mentions if m.rule == "references.section-unit"]
        #: each sentence's position in ``sentences`` (the first of equal ones, as ``sentences.index``; no scan)
        self.position: dict[Sentence, int] = {}
        for k, sentence in enumerate(self.sentences):
            self.position.setdefault(sentence, k)
        #: the directorates named ("Directie Woningmarkt"), for a signature's role (see graph.extract.directorates)
        self.directorates = [m for m in self.mentions if m.type == "OrganisationalUnit" and m.kind == "directie"]
        self.scope = Scope(self.sentences)
        self.topic_unit = next((m for m in self.mentions if m.type == "OrganisationalUnit" and m.kind not in NO_TOPIC_KINDS), None)
        self.title_programme = self._title_programme()
        #: the title's unit, the pijler its subtitle names, and that subtitle ("Verslag Themagroep X" /
        #: "Pijler Y - G40"): see :mod:`graph.extract.subtitles`
        self.subtitle_parent = subtitle_parent(self.text, self.sentences, self.mentions)
        self._seen: set[tuple] = set()
        self._by_sentence: dict[tuple[int, int], list[Mention]] = {}
        self._content_starts: dict[tuple[int, int], int] = {}  # see content_start
        self._cue_text = CueText(self.text)
        self._inside_names = _name_interiors(self.text, self.mentions)
        self._periods: dict[int, tuple[list[Period], list[int]]] = {}
        self._listed: frozenset[tuple[int, int]] | None = None  # see listed

    # --- lookup ---------------------------------------------------------------------------------
    def in_span(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        """The mentions inside ``sentence`` (the same list on every call: read it, do not change it).

        Roles and relations ask this several times per sentence; the mentions do not change
        once the context is made.
        """
        key = (sentence.start, sentence.end)
        found = self._by_sentence.get(key)
        if found is None:
            found = self._by_sentence[key] = self.in_span(sentence.start, sentence.end)
        return found

    def cues(self, pattern: re.Pattern, sentence: Sentence) -> Iterable[re.Match]:
        """``pattern.finditer`` over ``sentence``; nothing, without a scan, when the sentence lacks
        the words every match contains (see :mod:`graph.extract.cues`). A match that starts inside a
        capitalised name is a word of that name, no cue (see :func:`_name_interiors`)."""
        if not self._cue_text.may_match(pattern, sentence.start, sentence.end):
            return ()
        inside = self._inside_names
        return [match for match in pattern.finditer(self.text, sentence.start, sentence.end) if not inside[match.start()]]

    def asserted_cues(self, pattern: re.Pattern, sentence: Sentence) -> Iterable[re.Match]:
        """The matches of :meth:`cues` that state a fact: not denied, asked or only possible
        (see :mod:`graph.extract.polarity`)."""
        return [match for match in self.cues(pattern, sentence) if self.asserted(sentence, match.start(), match.end())]

    def asserted(self, sentence: Sentence, cue_start: int, cue_end: int) -> bool:
        """Whether the cue at ``cue_start:cue_end`` of ``sentence`` states a fact (see :meth:`asserted_cues`)."""
        return asserted(self.text, sentence.start, sentence.end, cue_start, cue_end, self.in_span)

    def has_cue(self, pattern: re.Pattern, sentence: Sentence) -> bool:
        """Whether ``pattern`` matches somewhere in ``sentence`` (as :meth:`cues`)."""
        return self._cue_text.may_match(pattern, sentence.start, sentence.end) and \
            pattern.search(self.text, sentence.start, sentence.end) is not None

    def search(self, pattern: re.Pattern) -> re.Match | None:
        """``pattern.search`` over the whole text, without the scan when the text lacks a word every match
        holds (as :func:`graph.extract.cues.search_text`, with the lower-case text made once a document)."""
        if not self._cue_text.may_match(pattern, 0, len(self.text)):
            return None
        return pattern.search(self.text)

    def listed(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` only lists people: an attendance, absence or guest list, a contact line,
        a signature (:func:`graph.extract.listings.listed_spans`, found once per document)."""
        if self._listed is None:
            self._listed = frozenset(listed_spans(self.text, self.sentences))
        return (sentence.start, sentence.end) in self._listed

    def sentence_at(self, offset: int) -> Sentence | None:
        return self.scope.of(offset)

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        k = bisect.bisect_left(self.scope.starts, sentence.start) - 1
        while k >= 0 and self.sentences[k].is_heading:
            k -= 1
        return self.sentences[k] if k >= 0 else None

    def spans_back(self, sentence: Sentence, before: int, back: int = 2) -> list[tuple[int, int]]:
        """``sentence`` up to offset ``before``, then the ``back`` sentences before it (headings skipped),
        nearest first: where a rule looks for what a phrase ("de commissie", "die gemeente") points back to."""
        spans = [(sentence.start, before)]
        previous = sentence
        for _ in range(back):
            previous = self.previous_sentence(previous)
            if previous is None:
                break
            spans.append((previous.start, previous.end))
        return spans

    # --- output ---------------------------------------------------------------------------------
    def _titled_in_office(self, rule: str, subject: Mention, sentence: Sentence) -> bool:
        """Whether a title before ``subject``'s name is the post the clause says they hold or held: "Burgemeester
        X was in functie tot 2021" (:func:`graph.extract.periods.in_office`, round 55x)."""
        return rule == "roles.before-name" and in_office(self.text, subject.end, self._clause_at(sentence, subject.start)[1])

    def add(self, subject: Mention, predicate: str, obj: Mention, sentence: Sentence, rule: str, confidence: float,
            *, role: str | None = None, past: bool = False, stated_at: int | None = None,
            since: str | None = None, until: str | None = None, precision: str | None = None) -> None:
        """Add a relation; ``stated_at``: an offset in the clause that states it when ``obj`` is not
        named there (a unit from the context; the main clause after an apposition), see :meth:`period_of`;
        ``since``/``until``: the start or end date when the sentence dates nothing (a role taken over
        from a predecessor, the predecessor's role up to the handover); ``precision``: theirs when they
        stand for a whole year or month ("year": a table's column "2023")."""
        if subject is None or obj is None or subject is obj or (subject.label == obj.label and subject.type == obj.type):
            return
        if predicate == "collaboratesWith" and (subject.type == "Programme") != (obj.type == "Programme"):
            # a programme is the work, not a partner: "Het programma wordt samen met BZK uitgevoerd",
            # "De Regio Deal werkt samen met de hogeschool": BZK and the hogeschool take part in it
            subject, predicate, obj = (obj, "participatesIn", subject) if subject.type == "Programme" \
                else (subject, "participatesIn", obj)
        subjects, objects = RELATION_ENDS[predicate]
        if subject.type not in subjects or obj.type not in objects:
            return  # e.g. "Voorzitter: X" under a meeting's title chairs the meeting, which holds no roles
        if predicate == "participatesIn" and rule in ATTENDANCE_RULES and subject.type == "Person" \
                and (obj.type != "OrganisationalUnit" or meeting_body(obj)) \
                and absent(self.text, sentence.start, subject.start, subject.end):
            return  # "Afwezig met kennisgeving: X": listed, but not at the meeting (a body's member stays one)
        if predicate == "participatesIn" and rule in ATTENDANCE_RULES and subject.type == "Person" \
                and obj.type == "OrganisationalUnit":
            if guest(self, subject, sentence, obj):  # "Aanwezig: …, Henk Bos (ministerie van BZK)": a guest at
                # the body's meeting, no member. The list is no collaboration either; the minutes' own
                # sentence about the guest or their ministry is (graph.extract.guests.discussed_after)
                for ministry, where in guest_discussions(self, subject, sentence):
                    self.add(obj, "collaboratesWith", ministry, where, "participation.guest-ministry", 0.6)
                return
        # (and the sentence: "X, wethouder van Ede, … . Zij was sinds 2018 wethouder" dates X's office in Ede anew)
        key = (subject.start, subject.end, predicate, obj.start, obj.end, role, sentence.start)
        if key in self._seen:
            return
        self._seen.add(key)
        dated = self.period_of(sentence, subject, obj, stated_at=stated_at, apposition=rule == "roles.apposition",
                               relative=rule == "roles.relative") \
            if (rule not in _DESCRIPTIVE_RULES or self._titled_in_office(rule, subject, sentence)) and until is None \
            else None  # an end given: the sentence's start is another's
        valid_from, valid_until = (dated.valid_from, dated.valid_until) if dated else (since, until)
        precisions = {"valid_from_precision": dated.from_precision, "valid_until_precision": dated.until_precision} \
            if dated else {"valid_from_precision": precision if since else None,
                           "valid_until_precision": precision if until else None}  # "tot 2019": an end of year precision (docs/architecture.md, "Time")
        clause = self._clause_at(sentence, obj.start if stated_at is None else stated_at)
        if dated and dated.ended:
            past = True  # "Van 2020 tot de opheffing was X voorzitter": held until an event told in the past
        elif not valid_until and self._held_until_event(sentence, subject, obj, clause):
            past = True  # "die de functie tot de opheffing vervulde", "X was tot de fusie voorzitter": no end date, ended (round 54u)
        elif valid_until and self.date and valid_until < self.date[:10] and not (dated and dated.during):
            past = True  # "Tot januari 2023 was X trekker", in a document of later that year
        elif valid_until and not self.date and dated and dated.valid_until and not dated.during \
                and (told_in_past(self.text, *clause) or told_in_past(self.text, *self._clause_at(sentence, subject.start))):
            past = True  # an undated biography: "Van 2002 tot en met 2009 werkte X als …", an end told in the past (round 54d)
        elif past and dated and valid_until and self.date and valid_until >= self.date[:10] \
                and self.takes_up_leaving(sentence):
            past = False  # "Daarmee stopt zij ook als voorzitter" after "… vertrekt per 15 november": not yet ended
        appointment = not (valid_from or valid_until or past) and predicate in ("hasRole", "participatesIn") \
            and rule not in _DESCRIPTIVE_RULES and appointed(self.text, *clause)
        told_past = not (valid_from or valid_until or past or appointment) and told_in_past(self.text, *clause)
        if not (valid_from or valid_until or past) and predicate in ("initiated", "participatesIn", "collaboratesWith"):
            # "Het programma is in 2021 gestart door A", "Op 10 juni 2020 ondertekenden A en B de deal": from then (round 55t);
            # "A en B sloten in 2018 aan", "startte in 2019 samen met BZK het programma" (round 56t)
            founded = founding_date(self.text, sentence.start, sentence.end, (subject.start, subject.end),
                                    (obj.start, obj.end), predicate, self.date)
            if founded:
                valid_from, precisions["valid_from_precision"] = founded
            elif predicate in ("initiated", "participatesIn") and (before := self.previous_sentence(sentence)) is not None:
                # "Dat programma was in datzelfde jaar gestart op initiatief van A": the year written before (round 56s)
                founded = same_year_start(self.text, sentence.start, sentence.end, predicate, before.start, self.date)
                if founded:
                    valid_from, precisions["valid_from_precision"] = founded
        self.relations.append(Relation(subject, predicate, obj, sentence.start, sentence.end, rule, confidence,
                                       role=role, past=past, valid_from=valid_from, valid_until=valid_until,
                                       appointed=appointment, told_past=told_past, **precisions))
