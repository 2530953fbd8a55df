"""What a passage is about, for :class:`graph.extract.context.DocContext`: the unit a bullet item, a section
heading, a paragraph's lead-in, the title or a letter's subject line names; the actor of a sentence without
one; the town of a dateline ("Ede, 2 mei 2024 – ") and where a sentence proper starts after it.

>>> from graph.extract.context import DocContext
>>> from graph.extract.model import Mention, Sentence
>>> text = "Themagroep Afval\\n\\nDe voorzitter is X."
>>> ss = [Sentence(0, 16, text[:16], is_heading=True, section_start=0), Sentence(18, 37, text[18:], section_start=0)]
>>> ctx = DocContext("d", text, ss, [Mention(0, 16, "Themagroep Afval", "OrganisationalUnit", "", 1.0)])
>>> ctx.context_unit(22).text
'Themagroep Afval'
"""

from __future__ import annotations

import bisect
import re

from .actor_types import HOLDERS
from .context_lists import OWNER_AFTER
from .lexicon import load_lexicon
from .model import Mention, Sentence

__all__ = ["DiscourseContext", "KICKER_LINE", "NO_TOPIC_KINDS", "event_of_title"]

#: what joins the names of a kicker line under a title: markup, dashes, bars, slashes, commas
_KICKER_GLUE = re.compile(r"[\s*#_|/,–—-]*")
#: the owner of a unit alone in a bracket after it: "Themagroep X (Pijler Y)"
_OWNER_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
#: a letter's subject line: "Onderwerp: …", "Betreft: …"
_SUBJECT_LINE = re.compile(r"[ \t*]*(?:Onderwerp|Betreft)[ \t*]*:", re.IGNORECASE)
#: a dateline: "Den Haag, 8 februari 2024 – ", or places alone: "Enschede/Den Haag - ", a wire's with its
#: agency: "DEN HAAG (ANP) - " (44a)
_DATELINE = re.compile(r"[A-Z][\w' -]{1,40},\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*[–—-]\s*"
                       r"|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?(?:/[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)*(?:\s\([A-Z][A-Za-z.]{1,10}\))?"
                       r"\s[–—-]\s+(?=[A-Z])")
#: a dateline on a line of its own under a title: "Heerlen, 14 maart 2023"
_DATELINE_LINE = re.compile(r"[A-Z][\w' -]{1,40},\s+\d{1,2}\s+[a-z]+\s+\d{4}")
#: a line over a title that only names the genre (and the date or the sender): "Nieuws | 14 juni 2023", "Nieuws,
#: 7 november 2024", "PERSBERICHT", "PERSBERICHT – Provincie Noord-Brabant"
KICKER_LINE = re.compile(r"\s*(?:[A-Z]{4,}(?:\s+[A-Z]{2,}){0,2}(?:\s*[–—|-]\s*[^\n]{1,60})?|"
                          r"(?:Nieuws|Nieuwsbericht|Persbericht|Bericht)\s*[,|:–—-]\s*\d{1,2}\s+[a-z]+\s+\d{4})\s*")
#: unit kinds that are no passage's topic: a ministry's directorate or a network's bureau is named as someone's employer
#: (and a municipality's team: "Gemeente Venlo, team Onderzoek en Statistiek" under a report's title; round 51a)
NO_TOPIC_KINDS = frozenset({"directie", "bureau", "programmabureau", "secretariaat", "lijnteam",
                            # a joint arrangement's board named by its kind: what another body advises, seldom the topic
                            # ("De auditcommissie adviseert het algemeen bestuur. Voorzitter is X": the committee's)
                            "regelingsbestuur"})


#: the subject field of a letter's or memo's head: "Betreft    Voortgangsbrief programma X", "Onderwerp: Deelname aan X"
_SUBJECT_FIELD = re.compile(r"^[ \t]*(?:Betreft|Onderwerp)\b[ \t]*:?[ \t]+(?P<subject>[^\n]+)$", re.MULTILINE)
#: how far into a text the head of a letter may reach
_SUBJECT_REACH = 1500

#: an article before the unit that opens a bullet item: "- Een bestuurlijk kernteam …", "- De werkgroep X …"
_ITEM_ARTICLE = re.compile(r"(?:een|de|het)\s+(?:\*\*)?", re.IGNORECASE)


class DiscourseContext:
    """The discourse helpers of :class:`graph.extract.context.DocContext` (a mixin: it reads the context's
    ``text``, sentences, mentions and scope)."""

    def _title_programme(self) -> Mention | None:
        """The programme the document's title names ("Fonds Werk – programmabeschrijving"): what a
        later "nemen zes steden deel" without a name is about. The title need not hold the mention
        itself: a programme named later in the text whose name the title repeats counts too.

        >>> from graph.extract.context import DocContext
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
        subject = _SUBJECT_FIELD.search(self.text, 0, _SUBJECT_REACH)
        if subject is not None:
            # a letter's "Betreft"/"Onderwerp" line says what it is about: "Betreft  Voortgangsbrief programma X"
            named = next((m for m in self.in_span(subject.start("subject"), subject.end("subject"))
                          if m.type == "Programme" and len(m.text) > 4), None)
            if named is not None:
                return named
        if not self.sentences or self.text[:self.sentences[0].start].strip():
            return None
        first = self.sentences[0]
        if len(self.sentences) > 1 and KICKER_LINE.fullmatch(first.text):
            first = self.sentences[1]  # "Nieuws | 14 juni 2023" / "PERSBERICHT" over the title
        title = first.text.lower()
        return next((m for m in self.mentions if m.type == "Programme" and len(m.text) > 4
                     and m.text.lower() in title), None)

    def item_unit(self, sentence: Sentence) -> Mention | None:
        """The unit a bullet item is about (the mention at the start of the item)."""
        if sentence.bullet_list is None:
            return None
        for s in self.sentences:
            if s.bullet_list == sentence.bullet_list and s.bullet_item == sentence.bullet_item and s.item_start:
                # (after an article too: "- Een bestuurlijk kernteam stuurt …. Het bestaat uit X (voorzitter)"; 51a)
                ms = [m for m in self.in_sentence(s) if m.type in HOLDERS and (m.start - s.start < 3 or _ITEM_ARTICLE.fullmatch(
                    self.text, self.content_start(s), m.start))]
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

        >>> from graph.extract.context import DocContext
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
        if ms and event_of_title(self.text, title.start, ms[0]):
            return None  # "Draaiboek Netwerkdag Pijler X" / "2. Rollen": the day's roles, not the pijler's (round 56r)
        return ms[0] if len({m.label for m in ms}) == 1 else None

    def subject_line_thing(self) -> Mention | None:
        """The one programme, unit or event a letter's subject line names ("Onderwerp: Ondertekening Regio
        Deal X en bijdrage gemeente Y", "Onderwerp: Toetreding tot de City Deal X"): what the letter is
        about. None for none or several.

        >>> from graph.extract.context import DocContext
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
            here = [m for m in self.in_span(sentence.start, at) if m.type in types and m.kind not in NO_TOPIC_KINDS]
            if here:
                return here[-1]
            lead = self.paragraph_lead_unit(at)
            if lead is not None and lead.type in types:
                return lead  # "Armoede – … . Gorissen blijft als lid betrokken.": the paragraph's unit
            section = self.section_entity(sentence)
            if section is not None and section.type in types:
                return section
        in_row = self._in_table_row(at)
        row_start = self.text.rfind("\n", 0, at) + 1 if in_row else 0
        while k >= 0:
            m = self.mentions[k]
            if in_row and m.start < row_start and m.type in types and m.kind not in NO_TOPIC_KINDS \
                    and self._in_table_row(m.start) and self.scope.same_section(m, at):
                # a unit another row names is that row's: "| 3a. … namens de pijler X |" over "| 3b. … tot
                # penningmeester |" names no unit of the second row (round 52e)
                return None
            if m.type in types and m.kind not in NO_TOPIC_KINDS and self.scope.visible(m, at) \
                    and self.scope.same_section(m, at) and (in_row or not self._in_table_row(m.start)):
                head = self.mentions[k - 1] if k > 0 else None
                if head is not None and head.type == "OrganisationalUnit" and head.type in types \
                        and (OWNER_AFTER.fullmatch(self.text, head.end, m.start)
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

        >>> from graph.extract.context import DocContext
        >>> DocContext("d", "| A | Pijler X |\\nVoorzitter is Y.", [], [])._in_table_row(5)
        True
        """
        line = self.text.rfind("\n", 0, at) + 1
        return self.text.startswith("|", line)

    def context_actor(self, sentence: Sentence) -> Mention | None:
        """The actor of a sentence without one ("er is contact met …", "we …")."""
        return (self.section_entity(sentence) or self.context_unit(sentence.start)
                or next((m for m in self.mentions if m.type == "Organisation"), None))

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

        >>> from graph.extract.context import DocContext
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

        >>> from graph.extract.context import DocContext
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


def event_of_title(text: str, start: int, thing: Mention) -> bool:
    """Whether the word right before ``thing`` in a title (from ``start``) is a kind of event ("Netwerkdag
    Pijler Sociaal Domein", "Kennisdag Themagroep Wonen"): the title names the unit's event, which the document
    is about, not the unit.

    >>> from graph.extract.model import Mention
    >>> unit = Mention(21, 33, "Pijler Wonen", "OrganisationalUnit", "units.named", 1.0)
    >>> event_of_title("Draaiboek Netwerkdag Pijler Wonen", 0, unit), event_of_title("Werkplan 2024 van de Pijler Wonen", 0, unit)
    (True, False)
    """
    before = text[start:thing.start].split()
    return bool(before) and before[-1].lower() in load_lexicon().event_kinds
