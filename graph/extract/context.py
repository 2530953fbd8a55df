"""The document as relation rules see it: sentences, mentions per sentence and discourse context.

Helpers answer the questions every rule asks: which mentions are in this sentence, who is the
subject before a cue, which actors form the list after "met", what unit a bare role belongs to
(the bullet item, else the nearest unit named earlier in the section, else the document's first
unit), and what a heading-introduced section is about.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable

from .cues import CueText
from .guests import ATTENDANCE_RULES, guest
from .model import RELATION_ENDS, Mention, Relation, Sentence
from .periods import Period, appointed, day_before, find_periods, in_brackets, leaving, told_in_past
from .polarity import asserted
from .references import Scope
from .relation_index import RelationList
from .subtitles import subtitle_parent

__all__ = ["DocContext", "ACTORS", "HOLDERS", "KICKER_LINE", "BOTH", "BOTH_AND", "PERSON_SHAPED"]

#: an organisation glued to a word for its members: "de G40-steden", "VNG-leden", "G40-gemeenten"
_MEMBERS_OF = re.compile(r"-(?:steden|gemeenten|leden|lidsteden|lidgemeenten|partners)\b")

ACTORS = frozenset({"Organisation", "Ministry", "Municipality", "Province", "OrganisationalUnit"})
#: what has members, trekkers and a voorzitter: units and programmes
HOLDERS = frozenset({"OrganisationalUnit", "Programme"})
_GLUE_WORD = re.compile(r"[a-zà-ÿ'’-]+|[,(<>/&]|en|\)")
_PREP_ARTICLE = re.compile(r"\b(?:van|in|op|bij|aan|voor|over|uit|naar|tot|om)\s+(?:de|het|deze|dit|een|haar|hun)\b")
#: between a unit and the unit that owns it: "themagroep X van de pijler Y"
#: what joins the names of a kicker line under a title: markup, dashes, bars, slashes, commas
_KICKER_GLUE = re.compile(r"[\s*#_|/,–—-]*")
_OWNER_AFTER = re.compile(r"\s+van\s+(?:de|het)\s+")
#: or the owner alone in a bracket after it: "Themagroep X (Pijler Y)"
_OWNER_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_INVERSION = frozenset({"in", "op", "tijdens", "sinds", "daarnaast", "ook", "namens", "samen", "met", "via", "bij",
                        "na", "voor", "vorig", "dit", "eerder", "later", "daarna", "vervolgens", "afgelopen",
                        "vandaag", "gisteren", "morgen", "nu", "inmiddels", "onlangs", "recent", "deze", "volgend",
                        "per", "vanaf", "medio", "begin", "eind", "rond"})  # "Per 1 juli organiseert de G40 …"
#: a letter's subject line: "Onderwerp: …", "Betreft: …"
_SUBJECT_LINE = re.compile(r"[ \t*]*(?:Onderwerp|Betreft)[ \t*]*:", re.IGNORECASE)
#: a dateline: "Den Haag, 8 februari 2024 – ", or places alone: "Enschede/Den Haag - "
_DATELINE = re.compile(r"[A-Z][\w' -]{1,40},\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*[–—-]\s*"
                       r"|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?(?:/[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)*\s[–—-]\s+(?=[A-Z])")
_IN_PP = re.compile(r"(?:^|\s)(?:van|bij|met|namens|door|tijdens|onder|in|op|aan|over|uit|via|voor|"
                    r"vertegenwoordigers\s+van|ministerie\s+van|ministeries\s+van)\s+(?:(?:de|het|deze|dit)\s+)?"
                    r"(?:(?-i:[a-z][\w-]*|Kamerlid)\s+)?$",  # "op initiatief van (Kamerlid|wethouder) X"
                    re.IGNORECASE)
#: a dateline on a line of its own under a title: "Heerlen, 14 maart 2023"
_DATELINE_LINE = re.compile(r"[A-Z][\w' -]{1,40},\s+\d{1,2}\s+[a-z]+\s+\d{4}")
#: a bold lead-in label before a sentence of its own: "Techniekcampus Emmen: NHL Stenden en … ontwikkelen"
_LEAD_IN = re.compile(r"\s*[A-ZÀ-Ý][\w'-]*(?:\s+[\w'-]+){0,5}\s*:\s+(?=[A-ZÀ-Ý])")
#: the head of a ministry's name before its short name: "(het) ministerie van SZW" (its "van" is no preposition
#: that puts the ministry inside a phrase)
_MINISTRY_HEAD = re.compile(r"(?:\b(?:het|de)\s+)?\bministeries?\s+van\s+$", re.IGNORECASE)
#: an aside that opens with a preposition: ", onder leiding van", ", namens de gemeente", ", onder voorzitterschap van"
_PP_ASIDE = re.compile(r"\s*(?:onder\s+(?:leiding|voorzitterschap)\s+van|namens|in\s+opdracht\s+van)\s+[^,;]*$",
                       re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:in|op|bij|aan|voor|over|uit|naar|tot|om|door|tijdens|na|vond|kwam|ging)\b")
#: rules that read a fact off how a person is named ("wethouder X (Zwolle)", an e-mail address): it
#: holds when the sentence is written, not in the period the sentence gives its main fact
#: ("pijler Sociaal van de G40", "het programma X van het ministerie van Y")
_DESCRIPTIVE_RULES = frozenset({"roles.before-name", "roles.bracket", "roles.bracket-affiliation",
                                "roles.van-affiliation", "persons.email-domain", "relations.unit-van-unit",
                                "relations.default-parent", "relations.org-prefix",
                                "relations.programma-van-ministerie"})
#: where a period's clause ends besides commas and semicolons: "maar", and "en" before a new
#: predicate ("die sinds 2022 voorzitter was en in januari afscheid nam als …"), not in a list
#: ("Breda en Tilburg", "de G40 en de VNG")
_CLAUSE_CUT = re.compile(r"[,;]|\bmaar\b|\ben\s+(?!(?:de|het|een|zijn|haar|hun|andere|diverse|verschillende|"
                         r"alle|ook|tal|vele)\b)(?=[a-zà-ÿ])")
#: a network's name as a modifier of its member towns that a list names next: "de G40-steden (Zwolle, …)"
_MEMBER_TOWNS = re.compile(r"(?:-|\s)(?:steden|gemeenten|gemeentes)\s+")
#: what joins two items of a list: "A, B", "A en B", "A of B", "A (B)", "A/B" (not "bezochten A samen met B
#: het ministerie van C": C is no item of the list after "met")
_LIST_JOIN = re.compile(r"[,(/&+<]|\b(?:en|of|and|alsmede|alsook|evenals)\b|^\s*$")
#: ", en" before the next name opens a clause of its own ("samen met de VNG, en Tilburg doet dat met …"):
#: a Dutch list has no comma before its "en"
_NEW_CLAUSE = re.compile(r"\s*,\s*en\s")
#: "zowel A als B": a list of two whose joiner is "als" after "zowel" (also used by :mod:`.subjects`)
BOTH = re.compile(r"\bzowel\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie)\s+)?$", re.IGNORECASE)
BOTH_AND = re.compile(r"\s+als\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie)\s+)?")
_LIST_STOP = re.compile(r"[.;:!?]|\b(?:over|om|aan|voor|die|dat|waar|waarbij|te|is|was|zijn|heeft|hebben|"
                        r"maar|behalve|zonder|niet|geen|net\s+als|"
                        # a subordinate clause after the list: "samen met Aedes, omdat Deventer en Enschede …"
                        r"omdat|doordat|nadat|zodat|terwijl|hoewel|wanneer|toen|waarna|waardoor|want)\b")


#: a singular personal pronoun opening a sentence, and the word after it (its verb)
#: a clause that opens with a time of its own: ", nu is zij", "; inmiddels is hij", "en is nu", "maar nu"
_OWN_TIME_OPENING = re.compile(r"[,;]?\s*(?:(?:en|maar)\s+)?(?:(?:is|was|wordt|werd|blijft|zijn)\s+(?:(?:zij|hij|ze)\s+)?)?"
                               r"(?:nu|thans|inmiddels|sindsdien|tegenwoordig|momenteel|daarna|nadien|vervolgens)\b", re.IGNORECASE)
#: a second predicate of the same subject that opens with its own time: "(was sinds 2018 wethouder) en sinds 2023 (voorzitter)"
_DATED_AND = re.compile(r"\s*(?:en|maar)\s+(?:sinds|vanaf|per|tot|van)\s", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(r"\s*(Hij|Zij|Ze)\s+([a-zà-ÿ]+)\b")
#: plural verbs that do not end in "-en": "Zij zijn", "Ze gaan"
#: a personal pronoun right after an inverted sentence's finite verb: "… sprak zij met …"
_PRONOUN_AFTER_VERB = re.compile(r"\s+(hij|zij|ze)\b", re.IGNORECASE)
_PLURAL_VERBS = frozenset({"zijn", "gaan", "staan", "doen", "zien", "slaan"})
#: a clause after one that leaves a post, which takes up another (group 1: "; zij wordt burgemeester van B",
#: ", en wordt …") or keeps one ("; zij blijft lid van C")
_NEXT_POST_CLAUSE = re.compile(r"[,;]?\s*(?:(?:en|daarna|vervolgens|dan)\s+)?(?:(?:zij|hij|ze)\s+)?"
                               r"(?:(wordt|gaat|begint|start)|blijft)\b", re.IGNORECASE)
#: a person's name opening a clause, with initials or a form of address ("M. Bosman werd benoemd", "Mevrouw Kok
#: is …"), which a text may give without a recognised person: a "zij"/"hij" after it is that person, no body
PERSON_SHAPED = re.compile(r"\s*(?:(?:[A-Z]\.\s?){1,3}|(?:[Mm]evrouw|[Mm]w\.|[Dd]e\s+heer|[Dd]hr\.|[Mm]eneer)\s+)"
                           r"(?:(?:van|de|der|den|ter|ten)\s+){0,2}[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+[a-z]")


#: unit kinds that are no passage's topic: a ministry's directorate or a network's bureau is named as someone's employer
#: a line over a title that only names the genre (and the date or the sender): "Nieuws | 14 juni 2023", "Nieuws,
#: 7 november 2024", "PERSBERICHT", "PERSBERICHT – Provincie Noord-Brabant"
KICKER_LINE = re.compile(r"\s*(?:[A-Z]{4,}(?:\s+[A-Z]{2,}){0,2}(?:\s*[–—|-]\s*[^\n]{1,60})?|"
                          r"(?:Nieuws|Nieuwsbericht|Persbericht|Bericht)\s*[,|:–—-]\s*\d{1,2}\s+[a-z]+\s+\d{4})\s*")
_NO_CONTEXT = frozenset({"directie", "bureau", "programmabureau", "secretariaat"})


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
class DocContext:
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
        self.topic_unit = next((m for m in self.mentions if m.type == "OrganisationalUnit" and m.kind not in _NO_CONTEXT), None)
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

    def _title_programme(self) -> Mention | None:
        """The programme the document's title names ("Fonds Werk – programmabeschrijving"): what a
        later "nemen zes steden deel" without a name is about. The title need not hold the mention
        itself: a programme named later in the text whose name the title repeats counts too.

        >>> text = "Fonds Werk – plan\\n\\nHet Fonds Werk helpt."
        >>> DocContext("d", text, [Sentence(0, 17, "Fonds Werk – plan")],
        ...            [Mention(23, 33, "Fonds Werk", "Programme", "", 1.0)]).title_programme.text
        'Fonds Werk'

        A line that only names the genre and the date comes before the title: "Nieuws | 14 juni 2023",
        "PERSBERICHT".

        >>> text = "Nieuws | 1 mei 2023\\n\\nFonds Werk van start\\n\\nHet Fonds Werk helpt."
        >>> DocContext("d", text, [Sentence(0, 19, "Nieuws | 1 mei 2023"), Sentence(21, 40, "Fonds Werk van start")],
        ...            [Mention(21, 31, "Fonds Werk", "Programme", "", 1.0)]).title_programme.text
        'Fonds Werk'
        """
        if not self.sentences or self.text[:self.sentences[0].start].strip():
            return None
        first = self.sentences[0]
        if len(self.sentences) > 1 and KICKER_LINE.fullmatch(first.text):
            first = self.sentences[1]  # "Nieuws | 14 juni 2023" / "PERSBERICHT" over the title
        title = first.text.lower()
        return next((m for m in self.mentions if m.type == "Programme" and len(m.text) > 4
                     and m.text.lower() in title), None)

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

    def sentence_at(self, offset: int) -> Sentence | None:
        return self.scope.of(offset)

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        k = bisect.bisect_left(self.scope.starts, sentence.start) - 1
        while k >= 0 and self.sentences[k].is_heading:
            k -= 1
        return self.sentences[k] if k >= 0 else None

    # --- discourse ------------------------------------------------------------------------------
    def item_unit(self, sentence: Sentence) -> Mention | None:
        """The unit a bullet item is about (the mention at the start of the item)."""
        if sentence.bullet_list is None:
            return None
        for s in self.sentences:
            if s.bullet_list == sentence.bullet_list and s.bullet_item == sentence.bullet_item and s.item_start:
                ms = [m for m in self.in_sentence(s) if m.type in HOLDERS and m.start - s.start < 3]
                return ms[0] if ms else None
        return None

    def section_entity(self, sentence: Sentence) -> Mention | None:
        """The unit, theme or programme a section heading names."""
        if sentence.section_start is None:
            return None
        heading = self.sentence_at(sentence.section_start)
        if heading is None or not heading.is_heading:
            return None
        if self.is_kicker(heading):
            owned = self._title_entity(heading)
            if owned is not None:
                return owned  # "# Verslag Themagroep X" / "**Pijler Y - G40**": the meeting is the themagroep's
        ms = [m for m in self.in_sentence(heading) if m.type in HOLDERS | {"Theme"}]
        if ms:
            return ms[0]
        implied = [m for m in self._section_units if self.scope.same_section(m, sentence.start)]
        return implied[0] if implied else self._title_entity(heading)

    def is_kicker(self, heading: Sentence) -> bool:
        """Whether ``heading`` is the line right under the document's title that only names where the
        title's body belongs ("**Pijler Fysiek - G40 Stedennetwerk**" under "# Verslag Themagroep X"):
        two names or more joined by dashes, bars or slashes, and nothing else. Such a line opens no
        section of its own.

        >>> text = "Verslag Themagroep Afval\\nPijler Fysiek - G40\\n\\nAanwezig: Eva Smit"
        >>> ss = [Sentence(0, 24, text[:24], is_heading=True), Sentence(25, 44, text[25:44], is_heading=True)]
        >>> ms = [Mention(8, 24, "Themagroep Afval", "OrganisationalUnit", "", 1.0),
        ...       Mention(25, 38, "Pijler Fysiek", "OrganisationalUnit", "", 1.0), Mention(41, 44, "G40", "Organisation", "", 1.0)]
        >>> DocContext("d", text, ss, ms).is_kicker(ss[1])
        True
        """
        if len(self.sentences) < 2 or self.sentences[1].start != heading.start or not self.sentences[0].is_heading:
            return False
        named = self.in_sentence(heading)
        if len(named) < 2:
            return False  # a path of belonging names two at least; "Stuurgroep" alone opens its section
        rest, position = [], heading.start
        for m in named:
            rest.append(self.text[position:m.start])
            position = m.end
        rest.append(self.text[position:heading.end])
        return all(_KICKER_GLUE.fullmatch(part) for part in rest)

    def _title_entity(self, heading: Sentence) -> Mention | None:
        """The unit or programme the document's title names, for a section whose heading names none
        ("Jaarverslag Pijler X" / "2.1 Samenstelling"): its sections are about it too. None when
        ``heading`` is the title itself."""
        title = self.sentences[0] if self.sentences else None
        if title is None or not title.is_heading or title is heading or title.start == heading.start:
            return None
        ms = [m for m in self.in_sentence(title) if m.type in HOLDERS | {"Theme"}]
        return ms[0] if len({m.label for m in ms}) == 1 else None

    def subject_line_thing(self) -> Mention | None:
        """The one programme, unit or event a letter's subject line names ("Onderwerp: Ondertekening Regio
        Deal X en bijdrage gemeente Y", "Onderwerp: Toetreding tot de City Deal X"): what the letter is
        about. None for none or several.

        >>> text = "Onderwerp: Ondertekening Regio Deal Twente\\n\\nGeachte leden,"
        >>> ctx = DocContext("d", text, [Sentence(0, 42, text[:42])],
        ...                  [Mention(25, 42, "Regio Deal Twente", "Programme", "", 1.0)])
        >>> ctx.subject_line_thing().text
        'Regio Deal Twente'
        """
        for sentence in self.sentences[:20]:
            line = _SUBJECT_LINE.match(self.text, sentence.start, sentence.end)
            if line is not None:
                named = {m.label: m for m in self.in_span(line.end(), sentence.end)
                         if m.type in ("Programme", "Event", "OrganisationalUnit")}
                return next(iter(named.values())) if len(named) == 1 else None
        return None

    def title_unit(self) -> Mention | None:
        """The one unit the document's first line names ("Van: Secretariaat Taskforce X <…>", "Nieuwsbrief
        Taskforce X"), else the heading below a title that names none ("Wie is wie - G40-bureau" over the
        page's heading "Wie is wie bij het G40-bureau")."""
        for sentence in self.sentences[:2]:
            named = {m.label: m for m in self.in_sentence(sentence) if m.type == "OrganisationalUnit"}
            if named or sentence.text.rstrip().endswith((".", ":", "?", "!")):
                return next(iter(named.values())) if len(named) == 1 else None
        return None

    def paragraph_lead_unit(self, at: int) -> Mention | None:
        """The unit whose name and a dash open the paragraph of offset ``at`` ("Jeugd – Deze
        themagroep …"; see :func:`graph.extract.listed_units.find_lead_in_units`), else None."""
        k = bisect.bisect_right([m.start for m in self._lead_ins], at) - 1 if self._lead_ins else -1
        if k < 0 or "\n\n" in self.text[self._lead_ins[k].start:at]:
            return None
        return self._lead_ins[k]

    def context_unit(self, at: int, *, types=HOLDERS) -> Mention | None:
        """What a bare role or a subjectless sentence is about, at offset ``at``."""
        sentence = self.sentence_at(at)
        if sentence is not None:
            item = self.item_unit(sentence)
            if item is not None and item.start < at:
                return item
        k = bisect.bisect_left(self.starts, at) - 1
        if sentence is not None:
            here = [m for m in self.in_span(sentence.start, at) if m.type in types and m.kind not in _NO_CONTEXT]
            if here:
                return here[-1]
            lead = self.paragraph_lead_unit(at)
            if lead is not None and lead.type in types:
                return lead  # "Armoede – … . Gorissen blijft als lid betrokken.": the paragraph's unit
            section = self.section_entity(sentence)
            if section is not None and section.type in types:
                return section
        in_row = self._in_table_row(at)
        while k >= 0:
            m = self.mentions[k]
            if m.type in types and m.kind not in _NO_CONTEXT and self.scope.visible(m, at) \
                    and self.scope.same_section(m, at) and (in_row or not self._in_table_row(m.start)):
                head = self.mentions[k - 1] if k > 0 else None
                if head is not None and head.type == "OrganisationalUnit" and head.type in types \
                        and (_OWNER_AFTER.fullmatch(self.text, head.end, m.start)
                             or _OWNER_BRACKET.fullmatch(self.text, head.end, m.start)
                             and _BRACKET_CLOSE.match(self.text, m.end)):
                    # "De themagroep X van de pijler Y had …", a heading "Themagroep X (Pijler Y)": about X
                    return head
                return m
            k -= 1
        topic = self.topic_unit
        return topic if topic is not None and topic.start < at and topic.type in types \
            and (in_row or not self._in_table_row(topic.start)) else None

    def _in_table_row(self, at: int) -> bool:
        """Whether offset ``at`` lies on a row of a Markdown table ("| Eva Smit | voorzitter Pijler Sociaal |"):
        a unit a row names is what that row is about, not what the prose after the table speaks of.

        >>> DocContext("d", "| A | Pijler X |\\nVoorzitter is Y.", [], [])._in_table_row(5)
        True
        """
        line = self.text.rfind("\n", 0, at) + 1
        return self.text.startswith("|", line)

    def context_actor(self, sentence: Sentence) -> Mention | None:
        """The actor of a sentence without one ("er is contact met …", "we …")."""
        return (self.section_entity(sentence) or self.context_unit(sentence.start)
                or next((m for m in self.mentions if m.type == "Organisation"), None))

    def subject(self, sentence: Sentence, before: int, *, types=ACTORS, persons: bool = False) -> Mention | None:
        """The first actor in ``sentence`` before offset ``before``.

        An organisation written right before a unit it owns ("G40 Pijler …") gives way to the unit; one
        that opens a compound naming its members ("de G40-steden", "VNG-leden") is no subject.
        """
        allowed = set(types) | ({"Person"} if persons else set())
        start = self.content_start(sentence)
        lead = _LEAD_IN.match(self.text, start, before)
        if lead is not None:
            start = lead.end()  # "Techniekcampus Emmen: A en B ontwikkelen …": the label names no subject
        ms = [m for m in self.in_span(start, before) if m.type in allowed]
        skipped: Mention | None = None
        for k, m in enumerate(ms):
            if skipped is not None and (skipped.type == "Person") == (m.type == "Person") and re.fullmatch(r"\s*(?:,|en|of)\s*(?:(?:de|het)\s+)?", self.text[skipped.end:m.start]):
                skipped = m
                continue  # the rest of a list inside a prepositional phrase ("met X en de Y")
            if m.type == "Organisation" and k + 1 < len(ms) and ms[k + 1].type == "OrganisationalUnit" \
                    and ms[k + 1].start - m.end <= 1:
                continue
            if _MEMBERS_OF.match(self.text, m.end):
                continue  # "Zes G40-steden krijgen geld": the network's members, not the network
            head = _MINISTRY_HEAD.search(self.text, sentence.start, m.start) if m.type == "Ministry" else None
            if _IN_PP.search(self.text[sentence.start:head.start() if head else m.start]) or self._in_pp_aside(sentence, m):
                skipped = m
                continue  # part of a prepositional phrase ("namens de themagroep", "met IenW")
            skipped = None
            return m
        return None

    def _in_pp_aside(self, sentence: Sentence, m: Mention) -> bool:
        """Whether ``m`` is inside an aside between commas that opens with a preposition: "Het bestuur,
        onder leiding van voorzitter X, voerde overleg met …" (X is not the subject)."""
        comma = self.text.rfind(",", sentence.start, m.start)
        return comma >= 0 and _PP_ASIDE.match(self.text, comma + 1, m.start) is not None

    def pronoun_person(self, sentence: Sentence) -> Mention | None:
        """The person "Hij"/"Zij" at the start of ``sentence`` refers to (the last one named before)."""
        if not re.match(r"\s*(?:Hij|Zij|Ze)\s", self.text[sentence.start:sentence.start + 5]):
            return None
        previous = self.previous_sentence(sentence)
        if previous is None:
            return None
        persons = [m for m in self.in_sentence(previous) if m.type == "Person"]
        return persons[-1] if persons else None

    def pronoun_subject(self, sentence: Sentence, *, depth: int = 2) -> tuple[bool, Mention | None]:
        """Whom a singular "Hij"/"Zij"/"Ze" opening ``sentence`` stands for, as the subject of a relation:
        the one person named in the sentence before, in the same paragraph ("Wethouder X van Zwolle
        is voorzitter van de themagroep. Zij werkt samen met BZK": X), or the person that sentence's
        own pronoun stood for. The first value says whether the pronoun is a person's: then the
        second is that person, or None when the previous sentence names several (no actor, not the
        passage's unit). ``(False, None)``: no such pronoun, a plural one ("Zij werken …"), or a
        "Zij" after a sentence without a person (a unit may be meant).

        >>> text = "Anna Kok is trekker. Zij werkt samen met BZK."
        >>> anna = Mention(0, 8, "Anna Kok", "Person", "", 1.0)
        >>> ctx = DocContext("d", text, [Sentence(0, 20, text[:20]), Sentence(21, 45, text[21:])], [anna])
        >>> ctx.pronoun_subject(ctx.sentences[1])[1].text
        'Anna Kok'
        """
        match = _PRONOUN_OPENING.match(self.text, self.content_start(sentence), sentence.end)
        if match is None:
            return False, None
        return self._pronoun_antecedent(sentence, match.group(1), match.group(2), depth)

    def inverted_pronoun_subject(self, sentence: Sentence, verb: re.Match) -> tuple[bool, Mention | None]:
        """As :meth:`pronoun_subject`, for a pronoun right after the finite ``verb`` of an inverted
        sentence: "Samen met X sprak zij met de minister" (she, not X, whom "samen met" adds).

        >>> text = "Anna Kok is trekker. Samen met Piet Bos sprak zij met BZK."
        >>> anna = Mention(0, 8, "Anna Kok", "Person", "", 1.0)
        >>> ctx = DocContext("d", text, [Sentence(0, 20, text[:20]), Sentence(21, 58, text[21:])], [anna])
        >>> ctx.inverted_pronoun_subject(ctx.sentences[1], re.search("sprak", text))[1].text
        'Anna Kok'
        """
        match = _PRONOUN_AFTER_VERB.match(self.text, verb.end(), sentence.end)
        if match is None:
            return False, None
        return self._pronoun_antecedent(sentence, match.group(1).capitalize(), verb.group(0), 2)

    @staticmethod
    def singular_verb(verb: str) -> bool:
        """Whether a finite verb goes with "hij"/"zij" as one person: "sprak", "werkt", not "spraken", "zijn"."""
        word = verb.lower()
        return not (word.endswith("en") or word in _PLURAL_VERBS)

    def _pronoun_antecedent(self, sentence: Sentence, pronoun: str, verb: str, depth: int) -> tuple[bool, Mention | None]:
        if pronoun != "Hij" and not self.singular_verb(verb):
            return False, None  # "Zij werken samen": they
        previous = self.previous_sentence(sentence)
        if previous is None or "\n\n" in self.text[previous.end:sentence.start]:
            return pronoun == "Hij", None  # a new paragraph: no antecedent at hand
        persons = {m.label: m for m in self.in_sentence(previous) if m.type == "Person"}
        if not persons and PERSON_SHAPED.match(self.text, self.content_start(previous), previous.end):
            return True, None  # "M. Bosman werd benoemd tot … Zij werkt samen met BZK": she, whom nothing names
        if not persons and depth > 0:
            return self.pronoun_subject(previous, depth=depth - 1)  # "X is … Zij is ook … Zij werkt …"
        if not persons:
            return pronoun == "Hij", None
        return True, (next(iter(persons.values())) if len(persons) == 1 else None)

    def content_start(self, sentence: Sentence) -> int:
        """Where the sentence proper starts, after a dateline ("Den Haag, 8 februari 2024 – ").

        Rules ask it about one sentence six times on average: the answer is kept per span.
        """
        key = (sentence.start, sentence.end)
        start = self._content_starts.get(key)
        if start is None:
            match = _DATELINE.match(self.text, sentence.start, sentence.end)
            start = self._content_starts[key] = match.end() if match else sentence.start
        return start

    def dateline_municipality_at(self, at: int) -> Mention | None:
        """The dateline's municipality (:meth:`dateline_municipality`) for a bare local role at offset
        ``at``, unless the paragraph names another municipality before it: in "In Sittard-Geleen ligt
        de nadruk op werk. Wethouder X: …" under "Maastricht, 6 juli 2023" X is no wethouder of Maastricht.

        >>> text = "Ede, 2 mei 2024\\n\\nIn Epe en Ede werken ze. Wethouder X sprak."
        >>> towns = [Mention(0, 3, "Ede", "Municipality", "", 1.0, key="e"),
        ...          Mention(20, 23, "Epe", "Municipality", "", 1.0, key="p"),
        ...          Mention(27, 30, "Ede", "Municipality", "", 1.0, key="e")]
        >>> ctx = DocContext("d", text, [Sentence(0, 15, text[:15]), Sentence(17, len(text), text[17:])], towns)
        >>> ctx.dateline_municipality_at(45) is None, ctx.dateline_municipality_at(16).start
        (True, 0)
        """
        town = self.dateline_municipality()
        if town is None:
            return None
        paragraph = self.text.rfind("\n\n", 0, at) + 1
        if any(m.type == "Municipality" and m.key != town.key for m in self.in_span(max(paragraph, town.end), at)):
            return None
        return town

    def dateline_municipality(self) -> Mention | None:
        """The municipality of the document's dateline ("DORDRECHT, 20 maart 2025 – …", or a line of its
        own under the title: "Heerlen, 14 maart 2023") when the text
        names it again: the city a news item reports from and about (a dateline alone, such as
        "Den Haag – " over a meeting of the ministries, is only where it was written).

        >>> text = "Ede, 2 mei 2024 – Wethouder X sprak in Ede."
        >>> ede = [Mention(0, 3, "Ede", "Municipality", "", 1.0), Mention(39, 42, "Ede", "Municipality", "", 1.0)]
        >>> DocContext("d", text, [Sentence(0, len(text), text)], ede).dateline_municipality().start
        0
        """
        if not hasattr(self, "_dateline"):
            self._dateline = None
            for sentence in self.sentences[:3]:
                match = _DATELINE.match(self.text, sentence.start, sentence.end) \
                    or _DATELINE_LINE.fullmatch(self.text, sentence.start, sentence.end)
                if match is None:
                    continue
                places = [m for m in self.in_span(sentence.start, match.end()) if m.type == "Municipality"]
                if len(places) == 1 and any(m.key == places[0].key and m.start >= match.end()
                                            for m in self.mentions if m.type == "Municipality"):
                    self._dateline = places[0]
                break
        return self._dateline

    def inverted_subject(self, sentence: Sentence, verb_end: int, *, persons: bool = False) -> Mention | None:
        """The subject after the finite verb when the sentence opens with an adverbial (Dutch V2):
        "In oktober organiseerde de themagroep …"."""
        start = self.content_start(sentence)
        first = self.text[start:start + 20].split(" ", 1)[0].lower()
        if first not in _INVERSION:
            return None
        allowed = ACTORS | ({"Person"} if persons else set())
        after = self.in_span(verb_end, sentence.end)
        for k, m in enumerate(after):
            if m.type in allowed and re.fullmatch(r"\s*(?:(?:ook|de|het|zij|ze|daar|dit\s+jaar)\s+){0,3}",
                                                 self.text[verb_end:m.start]):
                if m.type == "Organisation" and k + 1 < len(after) and after[k + 1].type == "OrganisationalUnit" \
                        and after[k + 1].start - m.end <= 1:
                    return after[k + 1]  # "In mei organiseerde de G40 Pijler X …": the unit the organisation owns
                return m
            break
        return None

    def list_after(self, offset: int, end: int, *, types=ACTORS | {"Person"}) -> list[Mention]:
        """Mentions forming a list right after ``offset`` ("met IPO en de ministeries van EZK en BZK")."""
        out: list[Mention] = []
        position = offset
        for m in self.in_span(offset, end):
            if m.start < position:
                continue
            gap = self.text[position:m.start]
            representatives = re.fullmatch(r"\s*(?:,|en)?\s*(?:vertegenwoordigers|leden|bestuurders|medewerkers)\s+van\s+"
                                           r"(?:de\s+|het\s+)?", gap)
            if not representatives and (_LIST_STOP.search(gap) or _PREP_ARTICLE.search(gap) or _PREPOSITION.search(gap)
                                        or len(gap.split()) > (9 if not out else 4)
                                        or out and _NEW_CLAUSE.match(gap)
                                        or out and not _LIST_JOIN.search(gap)
                                        and not (len(out) == 1 and BOTH_AND.fullmatch(gap)
                                                 and BOTH.search(self.text, max(0, out[0].start - 20), out[0].start))):
                # "met IPO en de ministeries van EZK en BZK", "met de VNG en met het ministerie van BZK", "met het
                # ministerie van EZ (EZ) en het ministerie van OCW" (the join after an abbreviation in brackets)
                if not re.fullmatch(r"\s*(?:(?:,|en|\(|<)?\s*(?:de\s+)?|(?:\)\s*)?(?:,\s*)?en\s+(?:met\s+)?(?:de\s+|het\s+)?)"
                                    r"(?:ministerie|ministeries)\s+van\s*", gap):
                    break
            members = _MEMBER_TOWNS.match(self.text, m.end, end) if m.type == "Organisation" else None
            if members is not None and any(x.start == members.end() and x.type == "Municipality"
                                           for x in self.in_span(members.end(), end)):
                position = members.end()  # "met de G40-steden Zwolle en Ede": the towns, the G40 only as their network
                continue
            if m.type in types:
                out.append(m)
            elif m.type not in ("Person",):
                break
            position = m.end
            if m.type == "OrganisationalUnit":
                # the unit's owner is part of its name: "de pijler X van de G40 en Platform31" lists two
                owner = _OWNER_AFTER.match(self.text, position, end)
                owned_by = [o for o in self.in_span(position, end) if owner and o.start == owner.end()
                            and o.type == "Organisation"]
                if owned_by:
                    position = owned_by[0].end
                    continue
            # skip a bracket or "van X" after a person: "Tom Ris (UWV)", "minister X van OCW", and the time of
            # any item: "EZK (tot juli), EZ en BZK"
            bracket = re.match(r"\s*\([^()]{0,60}\)", self.text[position:end])
            if bracket and (m.type == "Person" or any(
                    in_brackets(self.text, p) for p in find_periods(self.text, position, position + bracket.end(), year="2000"))):  # (any year: a time?)
                position += bracket.end()
            elif m.type == "Person":
                van = re.match(r"\s+van\s+(?:het\s+ministerie\s+van\s+|de\s+|het\s+)?\S+", self.text[position:end])
                if van:
                    position += van.end()
        return out

    def bracket_after(self, mention: Mention) -> tuple[int, int] | None:
        match = re.match(r"\s*\(([^()]{1,80})\)", self.text[mention.end:mention.end + 90])
        if not match:
            return None
        return mention.end + match.start(1), mention.end + match.end(1)

    # --- output ---------------------------------------------------------------------------------
    def add(self, subject: Mention, predicate: str, obj: Mention, sentence: Sentence, rule: str, confidence: float,
            *, role: str | None = None, past: bool = False, stated_at: int | None = None,
            since: str | None = None, until: str | None = None) -> None:
        """Add a relation; ``stated_at``: an offset in the clause that states it when ``obj`` is not
        named there (a unit from the context; the main clause after an apposition), see :meth:`period_of`;
        ``since``/``until``: the start or end date when the sentence dates nothing (a role taken over
        from a predecessor, the predecessor's role up to the handover)."""
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
                and obj.type == "OrganisationalUnit":
            visiting, ministries = guest(self, subject, sentence, obj)
            if visiting:  # "Aanwezig: …, Henk Bos (ministerie van BZK)": a guest at the body's meeting, no member
                for ministry in ministries:
                    self.add(obj, "collaboratesWith", ministry, sentence, "participation.guest-ministry", 0.6)
                return
        key = (subject.start, subject.end, predicate, obj.start, obj.end, role)
        if key in self._seen:
            return
        self._seen.add(key)
        dated = self.period_of(sentence, subject, obj, stated_at=stated_at, apposition=rule == "roles.apposition") \
            if rule not in _DESCRIPTIVE_RULES and until is None else None  # an end given: the sentence's start is another's
        valid_from, valid_until = (dated.valid_from, dated.valid_until) if dated else (since, until)
        precisions = {"valid_from_precision": dated.from_precision, "valid_until_precision": dated.until_precision} \
            if dated else {}  # "tot 2019": an end of year precision (docs/architecture.md, "Time")
        if valid_until and self.date and valid_until < self.date[:10] and not (dated and dated.during):
            past = True  # "Tot januari 2023 was X trekker", in a document of later that year
        clause = self._clause_at(sentence, obj.start if stated_at is None else stated_at)
        appointment = not (valid_from or valid_until or past) and predicate in ("hasRole", "participatesIn") \
            and rule not in _DESCRIPTIVE_RULES and appointed(self.text, *clause)
        told_past = not (valid_from or valid_until or past or appointment) and told_in_past(self.text, *clause)
        self.relations.append(Relation(subject, predicate, obj, sentence.start, sentence.end, rule, confidence,
                                       role=role, past=past, valid_from=valid_from, valid_until=valid_until,
                                       appointed=appointment, told_past=told_past, **precisions))

    def _clause_at(self, sentence: Sentence, position: int) -> tuple[int, int]:
        """Start and end of the clause of ``sentence`` that holds ``position``: clauses end at commas,
        semicolons and the cuts of :data:`_CLAUSE_CUT` outside brackets ("X (Zwolle, voorzitter)")."""
        start, end = sentence.start, sentence.end
        for cut in _CLAUSE_CUT.finditer(self.text, sentence.start, sentence.end):
            before = self.text[sentence.start:cut.start()]
            if before.count("(") > before.count(")"):
                continue
            if cut.start() < position:
                start = cut.start()
            else:
                end = cut.start()
                break
        return start, end

    def period_of(self, sentence: Sentence, subject: Mention, obj: Mention, *,
                  stated_at: int | None = None, apposition: bool = False) -> Period | None:
        """The period the sentence gives a fact of ``subject`` and ``obj`` (see :mod:`graph.extract.periods`):
        the one written in the clause of either (clauses end at commas and semicolons outside
        brackets, so "X, die sinds 2022 voorzitter is, …" dates X's role, not the rest), or in the
        clause of ``stated_at`` instead of ``obj``'s. A start in one of these clauses that speaks
        of leaving ("stopt per 1 januari 2024 als trekker") is the end: the day before it. A role in an
        ``apposition`` right after its subject keeps to its own clause: "Sinds 1 juli is X, wethouder
        van Breda, voorzitter van Y" dates the voorzitter, not the wethouder (who may have been one
        long before); only a time the whole sentence is about ("In 2023 …") holds for it too."""
        periods, cuts = self._sentence_periods(sentence)
        if not periods:
            return None
        periods = self._own_bracket_periods(periods, subject, obj)
        said = bisect.bisect_right(cuts, obj.start if stated_at is None else stated_at)
        own = bisect.bisect_right(cuts, subject.start)
        clauses = {own, said}
        if len(clauses) == 2 and said == max(clauses) and self._own_time(sentence, cuts, said, periods):
            clauses = {said}  # "Tot 2023 was X wethouder in Zwolle; nu is zij voorzitter van Y": Y's role is now
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
        if period.valid_from and not period.valid_until and \
                any(leaving(self.text, *self._clause(sentence, cuts, k)) for k in clauses):
            return Period(period.start, period.end, None, day_before(period.valid_from),  # (never "during")
                          until_precision=period.from_precision)
        return period

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
            cuts = []
            for cut in _CLAUSE_CUT.finditer(self.text, sentence.start, sentence.end) if periods else ():
                before = self.text[sentence.start:cut.start()]
                inside_period = any(p.start <= cut.start() < p.end for p in periods)  # "tot en met"
                if before.count("(") <= before.count(")") and not inside_period:  # not inside brackets either:
                    cuts.append(cut.start())  # "X (Zwolle, voorzitter)"
            known = self._periods[sentence.start] = (periods, cuts)
        return known
