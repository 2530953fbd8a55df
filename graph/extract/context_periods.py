"""The period a sentence gives a fact, for :class:`graph.extract.context.DocContext`: the time written in
the clause of the fact's subject or object (clauses end at commas, semicolons, "maar" and "en" before a new
predicate, outside brackets), with a start that speaks of leaving read as an end.

>>> from graph.extract.context import DocContext
>>> from graph.extract.model import Mention, Sentence
>>> text = "Sinds 2022 is Eva Smit voorzitter van Pijler X."
>>> ms = [Mention(14, 22, "Eva Smit", "Person", "", 1.0), Mention(38, 46, "Pijler X", "OrganisationalUnit", "", 1.0)]
>>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], ms, date="2024-05-01")
>>> ctx.period_of(ctx.sentences[0], ms[0], ms[1]).valid_from
'2022-01-01'

A list of names with their kind ("met woningcorporatie Elkien en netbeheerder Liander") is one clause (round 60g):

>>> text = "Zwolle werkt sinds 2024 samen met woningcorporatie Elkien en netbeheerder Liander."
>>> ms = [Mention(0, 6, "Zwolle", "Municipality", "", 1.0), Mention(74, 81, "Liander", "Organisation", "", 1.0)]
>>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], ms, date="2025-06-03")
>>> ctx.period_of(ctx.sentences[0], ms[0], ms[1]).valid_from
'2024-01-01'
"""

from __future__ import annotations

import bisect
import re

from .model import Mention, Sentence
from .periods import MONTH_NAMES, MONTHS, Period, day_before, find_periods, held_until_event, in_brackets, leaving
from .since_the_act import since_the_act

__all__ = ["PeriodContext"]

#: a noun of kind before a name, one more item of a list: "samen met woningcorporatie Elkien en netbeheerder
#: Liander" (round 60g); not a verb before its subject ("en werd Jansen lid", "en werkt Liander mee", "en leidde
#: Jansen"): a word ending as a present or a weak past does ("-t", "-kte", "-dde", "-nde" …) opens a clause
_KIND_BEFORE_NAME = (r"(?!(?:is|was|wordt|werd|zijn|waren|worden|werden|heeft|had|hebben|hadden|blijft|bleef|gaat|ging|"
                     r"neemt|nam|treedt|trad|volgt|volgde|komt|kwam|staat|stond|zit|zat|leidt|leidde|krijgt|kreeg|"
                     r"[\w-]*(?:t|kte|pte|fte|ste|chte|dde|lde|nde|ide))\b)[a-zà-ÿ][\w-]*\s+[A-Z]")
#: where a period's clause ends besides commas and semicolons: "maar", and "en" before a new
#: predicate ("die sinds 2022 voorzitter was en in januari afscheid nam als …"), not in a list
#: ("Breda en Tilburg", "de G40 en de VNG") nor before a second "als" of the same verb ("stopt als
#: wethouder van A en als voorzitter van B": both end)
_CLAUSE_CUT = re.compile(r"[,;]|\bmaar\b|\ben\s+(?!(?:de|het|een|zijn|haar|hun|andere|diverse|verschillende|"
                         r"alle|ook|tal|vele|als)\b)(?!" + _KIND_BEFORE_NAME + r")(?=[a-zà-ÿ])")
#: "sinds de start", "vanaf het begin": a time an act told before gives (:mod:`.since_the_act`)
_SINCE_THE = re.compile(r"\b(?:sinds|sedert|vanaf)\s+(?:de|het)\s", re.IGNORECASE)
#: a relative clause on a person, after the name: ", die de functie … vervulde"
_RELATIVE = re.compile(r"\s*,\s*die\s", re.IGNORECASE)
#: a relative clause on the post, after its body: ", een rol die hij …", ", een functie die zij …"
_ROLE_RELATIVE = re.compile(r"\s*,\s*(?:een|de|die)\s+(?:functie|rol|taak|positie|post)\s+die\s+(?:hij|zij|ze)\s",
                            re.IGNORECASE)
#: the post a relative clause refers back to: "de functie", "die rol", "het ambt", "het voorzitterschap"
_THE_POST = re.compile(r"\b(?:de|die|deze|dat|dit|het|haar|zijn)\s+(?:functie|rol|taak|positie|post|ambt|"
                       r"voorzitterschap|lidmaatschap)\b", re.IGNORECASE)
#: a clause that opens with a time of its own: ", nu is zij", "; inmiddels is hij", "en is nu", "maar nu"
_OWN_TIME_OPENING = re.compile(r"[,;]?\s*(?:(?:en|maar)\s+)?(?:(?:is|was|wordt|werd|blijft|zijn)\s+(?:(?:zij|hij|ze)\s+)?)?"
                               r"(?:nu|thans|inmiddels|sindsdien|tegenwoordig|momenteel|daarna|nadien|vervolgens)\b", re.IGNORECASE)
#: a second predicate of the same subject that opens with its own time: "(was sinds 2018 wethouder) en sinds 2023 (voorzitter)"
_DATED_AND = re.compile(r"\s*(?:en|maar)\s+(?:(?:is|was|blijft|bleef)\s+(?:(?:zij|hij|ze)\s+)?)?(?:sinds|vanaf|per|tot|van)\s",
                        re.IGNORECASE)  # also "… en is sinds 2023 voorzitter" (round 60g)
#: a clause after one that leaves a post, which takes up another (group 1: "; zij wordt burgemeester van B",
#: ", en wordt …", "en treedt in dienst bij C", "en komt in dienst van C") or keeps one ("; zij blijft lid van C")
_NEXT_POST_CLAUSE = re.compile(r"[,;]?\s*(?:(?:en|daarna|vervolgens|dan)\s+)?(?:(?:zij|hij|ze)\s+)?"
                               r"(?:(wordt|gaat|begint|start|treedt\s+in\s+dienst|komt\s+in\s+dienst|stapt\s+over)|blijft)\b",
                               re.IGNORECASE)

#: a sentence that takes up the leaving of the sentence before it: "Daarmee stopt zij ook als …", "Tegelijk
#: legt hij … neer", "Op dezelfde dag treedt zij af als …"
_SAME_LEAVING = re.compile(r"\s*(daarmee|hiermee|tegelijk(?:ertijd)?|gelijktijdig|op\s+(?:die|dezelfde)\s+dag)\b",
                           re.IGNORECASE)

#: a meeting dated to the day: "in de vergadering van 3 december 2026", "tijdens het overleg op 5 maart 2025"
_MEETING_OF = re.compile(r"\b(?:vergadering|bijeenkomst|overleg|zitting|ledenvergadering|bestuursvergadering)\s+"
                         r"(?:van|op)\s+(?P<day>\d{1,2})\s+(?P<month>" + "|".join(sorted(MONTH_NAMES)) + r")\s+(?P<year>\d{4})\b",
                         re.IGNORECASE)
#: a clause that refers back to that meeting: "X is daarbij aangewezen als …", "hierbij werd Y gekozen"
_BACK_TO_MEETING = re.compile(r"\b(?:daarbij|hierbij|tijdens\s+die\s+vergadering)\b", re.IGNORECASE)
#: what opens a last clause that is only a time: ", met ingang van", ", per", ", vanaf"
_TRAILING_TIME = re.compile(r",\s*(?:(?:met\s+ingang\s+van|per|vanaf)\s+)?", re.IGNORECASE)


class PeriodContext:
    """The period helpers of :class:`graph.extract.context.DocContext` (a mixin: it reads the context's
    ``text``, ``date`` and :meth:`~graph.extract.context.DocContext.previous_sentence`)."""

    def _clause_at(self, sentence: Sentence, position: int) -> tuple[int, int]:
        """Start and end of the clause of ``sentence`` that holds ``position``: clauses end at commas,
        semicolons and the cuts of :data:`_CLAUSE_CUT` outside brackets ("X (Zwolle, voorzitter)").
        A cut at ``position`` ends the clause; one before it starts it."""
        cuts = self._clause_cuts(sentence)
        k = bisect.bisect_left(cuts, position)
        return (cuts[k - 1] if k else sentence.start), (cuts[k] if k < len(cuts) else sentence.end)

    def _clause_cuts(self, sentence: Sentence) -> list[int]:
        """Where the clauses of ``sentence`` end (:meth:`_clause_at`), found once a sentence: each fact of
        a sentence asks for the clauses of its subject and object, several rules for the same ones."""
        known = self.__dict__.setdefault("_cuts_of", {})
        key = (sentence.start, sentence.end)
        cuts = known.get(key)
        if cuts is None:
            cuts = known[key] = []
            depth = 0  # brackets opened before the cut and not closed
            last = sentence.start
            for cut in _CLAUSE_CUT.finditer(self.text, sentence.start, sentence.end):
                depth += self.text.count("(", last, cut.start()) - self.text.count(")", last, cut.start())
                last = cut.start()
                if depth <= 0:
                    cuts.append(cut.start())
        return cuts

    def period_of(self, sentence: Sentence, subject: Mention, obj: Mention, *,
                  stated_at: int | None = None, apposition: bool = False, relative: bool = False) -> Period | None:
        """The period the sentence gives a fact of ``subject`` and ``obj`` (see :mod:`graph.extract.periods`):
        the one written in the clause of either (clauses end at commas and semicolons outside
        brackets, so "X, die sinds 2022 voorzitter is, …" dates X's role, not the rest), or in the
        clause of ``stated_at`` instead of ``obj``'s. A start in one of these clauses that speaks
        of leaving ("stopt per 1 januari 2024 als trekker") is the end: the day before it. A role in an
        ``apposition`` right after its subject keeps to its own clause: "Sinds 1 juli is X, wethouder
        van Breda, voorzitter van Y" dates the voorzitter, not the wethouder (who may have been one
        long before); only a time the whole sentence is about ("In 2023 …") holds for it too. A bracket that
        dates a former name ("het ministerie van EZ (tot juli 2024: EZK)") dates no fact. A role told in a
        ``relative`` clause after its subject ("Y volgt X op, die sinds 2022 voorzitter was"; ``stated_at`` in
        it) takes that clause's time alone, not the main clause's (round 55t)."""
        periods, cuts = self._sentence_periods(sentence)
        periods = [p for p in periods if not _name_period(self.text, p)]
        if not periods:
            return self._meeting_day(sentence, obj.start if stated_at is None else stated_at)
        periods = self._own_bracket_periods(periods, subject, obj)
        if len(periods) == 1 and (self._group_bracket(subject, periods[0]) or self._group_bracket(obj, periods[0])):
            return periods[0]  # "Breda, Ede en Zwolle (sinds 2021)": Breda's clause ends at its comma, the run's does not
        said = bisect.bisect_right(cuts, obj.start if stated_at is None else stated_at)
        own = bisect.bisect_right(cuts, subject.start)
        clauses = {own, said}
        if len(clauses) == 2 and said == max(clauses) and self._own_time(sentence, cuts, said, periods):
            clauses = {said}  # "Tot 2023 was X wethouder in Zwolle; nu is zij voorzitter van Y": Y's role is now
        if self._trailing_time(sentence, cuts, periods):
            clauses.add(len(cuts))  # "wijst X aan als lid van Y, met ingang van 1 maart 2025.": the whole sentence's
        if relative and stated_at is not None:
            clauses = {said}  # "Per 1 mei is X, die eerder voorzitter was van Y, directeur van Z": not since 1 May
        if apposition and stated_at is None and said == own + 1 and not self.text[subject.end:cuts[own]].strip():
            periods = [p for p in periods if p.during or bisect.bisect_right(cuts, p.start) == said]
        found = {(p.valid_from, p.valid_until): p for p in periods if bisect.bisect_right(cuts, p.start) in clauses}
        if len(found) != 1:
            return None
        period = next(iter(found.values()))
        next_post = _NEXT_POST_CLAUSE.match(self.text, self._clause(sentence, cuts, said)[0], sentence.end) \
            if period.valid_from and not period.valid_until and len(clauses) == 2 and said == max(clauses) else None
        if next_post is not None and leaving(self.text, *self._clause(sentence, cuts, own)) \
                and not leaving(self.text, *self._clause(sentence, cuts, said)):
            # "X vertrekt per 1 september als wethouder van A; zij wordt burgemeester van B": B's office starts then;
            # "…; zij blijft lid van C": C's does not end
            return period if next_post.group(1) else None
        if next_post is not None and next_post.group(1) is None:
            return None  # "X is per 1 maart lid van A; zij blijft ook lid van B": B's membership goes on, from before
        if period.valid_from and not period.valid_until and \
                any(leaving(self.text, *self._clause(sentence, cuts, k)) for k in clauses):
            return Period(period.start, period.end, None, day_before(period.valid_from),  # (never "during")
                          until_precision=period.from_precision)
        return period

    def _meeting_day(self, sentence: Sentence, position: int) -> Period | None:
        """The day of the meeting an earlier clause names, for a clause that refers back to it:
        "Het verslag is vastgesteld in de vergadering van 3 december 2026; X is daarbij aangewezen als
        vicevoorzitter" dates X's office from 3 December 2026, not from the minutes' date (walkthrough 23,
        finding 11)."""
        clause = self._clause_at(sentence, position)
        if _BACK_TO_MEETING.search(self.text, clause[0], clause[1]) is None:
            return None
        days = list(_MEETING_OF.finditer(self.text, sentence.start, clause[0]))
        if len(days) != 1:
            return None
        day = days[0]
        iso = f"{int(day.group('year')):04d}-{MONTHS[day.group('month').lower()]:02d}-{int(day.group('day')):02d}"
        return Period(day.start(), day.end(), iso, None)

    def _trailing_time(self, sentence: Sentence, cuts: list[int], periods: list[Period]) -> bool:
        """Whether the last clause of ``sentence`` is only a time after a comma (", met ingang van 1 maart
        2025.", ", per 1 juni."): it dates the sentence, not a clause of its own (walkthrough 23, finding 11)."""
        if not cuts:
            return False
        start, end = self._clause(sentence, cuts, len(cuts))
        last = [p for p in periods if start <= p.start < end]
        return len(last) == 1 and _TRAILING_TIME.fullmatch(self.text, start, last[0].start) is not None \
            and not self.text[last[0].end:end].strip(" .;)|")  # (a table cell closes after it)

    def _own_bracket_periods(self, periods: list[Period], subject: Mention, obj: Mention) -> list[Period]:
        """``periods`` without the times in brackets after other items of a list ("samen met EZK (tot juli),
        EZ en BZK": EZ's and BZK's time is the sentence's); the bracket right after ``subject`` or ``obj``
        is its own time, within the year the sentence is about ("In 2024 …": EZK from 2024-01-01 to
        2024-06-30)."""
        bracketed = [p for p in periods if in_brackets(self.text, p)]
        if not bracketed:
            return periods
        own = [p for p in bracketed if re.fullmatch(r"\s*\(\s*", self.text[obj.end:p.start])
               or re.fullmatch(r"\s*\(\s*", self.text[subject.end:p.start])]
        if not own:
            own = [p for p in bracketed if self._group_bracket(subject, p) or self._group_bracket(obj, p)]
        rest = [p for p in periods if p not in bracketed]
        if len(own) != 1:
            return rest
        whole = next((p for p in rest if p.during), None)
        if whole is None:
            return own
        first, last = own[0].valid_from or whole.valid_from, own[0].valid_until or whole.valid_until
        return [Period(own[0].start, own[0].end, first, last, False,
                       own[0].from_precision if own[0].valid_from else whole.from_precision,
                       own[0].until_precision if own[0].valid_until else whole.until_precision)]

    def _group_bracket(self, item: Mention, period: Period) -> bool:
        """Whether the bracketed ``period`` closes a run of a list that ``item`` opens or is inside: "Breda,
        Ede en Zwolle (sinds 2021), Venlo en Oss (sinds 2023)" dates Breda and Ede from 2021 as it does
        Zwolle (round 54d). Only the names joined by commas and a last "en" up to the bracket belong to
        the run, none with a bracket of its own; "Breda, Ede (sinds 2021) en Zwolle" dates Ede alone."""
        if period.start <= item.end or self.text[item.end:period.start].count("(") != 1:
            return False
        names = [m for m in self.in_span(item.end, period.start) if m.type == item.type]
        if not names or not re.fullmatch(r"\s*\(\s*", self.text[names[-1].end:period.start]):
            return False
        gaps = [self.text[a.end:b.start] for a, b in zip([item, *names], names)]
        return all(re.fullmatch(r"\s*,\s*", gap) for gap in gaps[:-1]) \
            and re.fullmatch(r"\s*(?:,\s*)?en\s+", gaps[-1]) is not None

    def _own_time(self, sentence: Sentence, cuts: list[int], later: int, periods: list[Period]) -> bool:
        """Whether clause ``later`` of ``sentence`` has a time of its own, apart from the clause before:
        it opens with one ("; nu is zij voorzitter", ", inmiddels is hij trekker", "en is nu …", "maar nu
        is zij …"), or it follows a semicolon and gives a period itself ("; sinds 2024 is zij …"), or opens
        with "en" and a period of its own ("was sinds 2018 wethouder en sinds 2023 voorzitter van X")."""
        start = self._clause(sentence, cuts, later)[0]
        if later == 0:
            return False
        if _OWN_TIME_OPENING.match(self.text, start, sentence.end) is not None:
            return True
        return (self.text[start] == ";" or _DATED_AND.match(self.text, start, sentence.end) is not None) \
            and any(bisect.bisect_right(cuts, p.start) == later for p in periods)

    def _held_until_event(self, sentence: Sentence, subject: Mention, obj: Mention, clause: tuple[int, int]) -> bool:
        """Whether the fact's clause, its subject's, a relative clause on the subject ("Voorzitter was X,
        die de functie tot de opheffing vervulde") or on the post after its body ("… voorzitter van Y, een
        rol die hij tot zijn afscheid vervulde") tells of a post held until an event in the past, with no
        date (:func:`graph.extract.periods.held_until_event`, round 54u)."""
        spans = [clause, self._clause_at(sentence, subject.start)]
        relative = _RELATIVE.match(self.text, subject.end, sentence.end)
        if relative is not None:  # on the post itself ("die de functie …"), not another ("die tot de fusie wethouder was")
            span = self._clause_at(sentence, relative.end())
            if _THE_POST.search(self.text, *span):
                spans.append(span)
        role = _ROLE_RELATIVE.match(self.text, obj.end, sentence.end)
        if role is not None:
            spans.append(self._clause_at(sentence, role.end()))
        known = self.__dict__.setdefault("_held_until", {})  # a clause's answer, for the other facts it states
        for span in spans:
            held = known.get(span)
            if held is None:
                held = known[span] = held_until_event(self.text, *span)
            if held:
                return True
        return False

    def takes_up_leaving(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` dates its leaving by the sentence before ("Daarmee stopt zij ook …"):
        a leaving to come when that date lies after the document's (:meth:`_same_leaving`)."""
        self._sentence_periods(sentence)
        return sentence.start in self.__dict__.get("_taken_up", ())

    def _same_leaving(self, sentence: Sentence, previous: Sentence) -> list[Period]:
        """A leaving that the sentence before dates, taken up by this one without a date of its own:
        "X vertrekt per 15 november als wethouder. Daarmee stopt zij ook als voorzitter van Y" ends Y's
        role when the office ends (the day before the 15th), not on the document's day. The period is
        placed on the word that refers back ("Daarmee"), so it is the whole sentence's."""
        back = _SAME_LEAVING.match(self.text, sentence.start, sentence.end)
        if back is None or not leaving(self.text, sentence.start, sentence.end) \
                or not leaving(self.text, previous.start, previous.end):
            return []
        earlier = [p for p in find_periods(self.text, previous.start, previous.end, year=self.date)
                   if p.valid_from and not p.valid_until and not p.during]
        if len({p.valid_from for p in earlier}) != 1:
            return []
        return [Period(back.start(1), back.end(1), earlier[0].valid_from, None, False, earlier[0].from_precision)]

    @staticmethod
    def _clause(sentence: Sentence, cuts: list[int], k: int) -> tuple[int, int]:
        """Start and end of clause ``k`` of ``sentence`` (its ``k``-th stretch between ``cuts``)."""
        return (cuts[k - 1] if k > 0 else sentence.start), (cuts[k] if k < len(cuts) else sentence.end)

    def _sentence_periods(self, sentence: Sentence) -> tuple[list[Period], list[int]]:
        known = self._periods.get(sentence.start)
        if known is None:
            previous = self.previous_sentence(sentence)  # "X stopt per 1 juni. Vanaf die datum is Y …"
            periods = find_periods(self.text, sentence.start, sentence.end, year=self.date,
                                   earlier=previous.start if previous is not None else None)
            if not periods and previous is not None:
                periods = self._same_leaving(sentence, previous)
                if periods:
                    self.__dict__.setdefault("_taken_up", set()).add(sentence.start)
            if not periods and previous is not None and _SINCE_THE.search(self.text, sentence.start, sentence.end):
                # "Aedes is sinds de start partner": the date of the start told just before (round 56s)
                periods = since_the_act(self.text, sentence.start, sentence.end,
                                        self.spans_back(sentence, sentence.start, 3)[1:], self.date)
            cuts = []
            for cut in _CLAUSE_CUT.finditer(self.text, sentence.start, sentence.end) if periods else ():
                before = self.text[sentence.start:cut.start()]
                inside_period = any(p.start <= cut.start() < p.end for p in periods)  # "tot en met"
                if before.count("(") <= before.count(")") and not inside_period:  # not inside brackets either:
                    cuts.append(cut.start())  # "X (Zwolle, voorzitter)"
            known = self._periods[sentence.start] = (periods, cuts)
        return known


def _name_period(text: str, period: Period) -> bool:
    """Whether ``period`` opens a bracket and a name follows it: "EZ (tot juli 2024: EZK)", when a name held;
    or stands between two abbreviations in a bracket, "(EZ, sinds 2026 EZK)": since when the body has the second.

    >>> from graph.extract.periods import find_periods
    >>> text = "het ministerie van EZ (tot juli 2024: EZK) en Platform31"
    >>> [_name_period(text, p) for p in find_periods(text)]
    [True]
    >>> text = "| Yara Mahabier (EZ, sinds 2026 EZK) | Eva Smit (Ede, sinds 2020 wethouder) |"
    >>> [_name_period(text, p) for p in find_periods(text)]
    [True, False]
    """
    if re.search(r"\(\s*$", text[max(0, period.start - 3):period.start]) \
            and re.match(r"\s*:\s*\S", text[period.end:period.end + 4]):
        return True
    return bool(re.search(rf"\(\s*{_ABBREVIATION},\s*$", text[max(0, period.start - 20):period.start])
                and re.match(rf"\s+{_ABBREVIATION}\s*\)", text[period.end:period.end + 20]))


#: an abbreviation of a body's name: two capitals or more ("EZ", "EZK", "IenW", "VRO")
_ABBREVIATION = r"(?=[A-Z][\w&]*[A-Z])[\w&]{2,8}"
