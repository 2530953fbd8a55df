"""Lists of actors after a cue ("met IPO en de ministeries van EZK en BZK"), for :class:`graph.extract.context.DocContext`.

A list ends where a clause, a preposition or a stop word begins; a network's name before its member towns
("de G40-steden Zwolle en Ede") gives the towns, a unit's owner ("de pijler X van de G40") belongs to the unit.

>>> from graph.extract.context import DocContext
>>> from graph.extract.model import Mention, Sentence
>>> text = "Zwolle werkt samen met IPO en de VNG over wonen."
>>> ms = [Mention(0, 6, "Zwolle", "Municipality", "", 1.0), Mention(23, 26, "IPO", "Organisation", "", 1.0),
...       Mention(33, 36, "VNG", "Organisation", "", 1.0)]
>>> [m.text for m in DocContext("d", text, [Sentence(0, len(text), text)], ms).list_after(22, len(text))]
['IPO', 'VNG']
"""

from __future__ import annotations

import re

from .actor_types import ACTORS
from .model import Mention
from .periods import find_periods, in_brackets

__all__ = ["ListContext", "BOTH", "BOTH_AND", "OWNER_AFTER"]

#: between a unit and the unit that owns it: "themagroep X van de pijler Y"
OWNER_AFTER = re.compile(r"\s+van\s+(?:de|het)\s+")
_PREP_ARTICLE = re.compile(r"\b(?:van|in|op|bij|aan|voor|over|uit|naar|tot|om)\s+(?:de|het|deze|dit|een|haar|hun)\b")
_PREPOSITION = re.compile(r"\b(?:in|op|bij|aan|voor|over|uit|naar|tot|om|door|tijdens|na|vond|kwam|ging)\b")
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
_LIST_STOP = re.compile(r"[.;:!?]|\b(?:over|om|aan|voor|die|dat|waar|waarbij|te|is|was|zijn|heeft|hebben|wordt|worden|werd|werden|"
                        r"maar|behalve|zonder|niet|geen|net\s+als|"
                        # a subordinate clause after the list: "samen met Aedes, omdat Deventer en Enschede …"
                        r"omdat|doordat|nadat|zodat|terwijl|hoewel|wanneer|toen|waarna|waardoor|want)\b")


class ListContext:
    """The list helpers of :class:`graph.extract.context.DocContext` (a mixin: it reads the context's
    ``text`` and :meth:`~graph.extract.context.DocContext.in_span`)."""

    def list_after(self, offset: int, end: int, *, types=ACTORS | {"Person"},
                   prefixed_units: bool = False) -> list[Mention]:
        """Mentions forming a list right after ``offset`` ("met IPO en de ministeries van EZK en BZK");
        ``prefixed_units``: a unit its network's name prefixes is listed as the unit ("de G40-pijler X")."""
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
            if m.type == "Organisation" and self.text.startswith("-", m.end):
                # "de G40-pijler Fysiek en het ministerie van EZK": the unit, its network only as a prefix (45a)
                unit = next((u for u in self.in_span(m.end, end) if u.start == m.end + 1
                             and u.type == "OrganisationalUnit"), None)
                if prefixed_units and unit is not None and unit.type in types:
                    m = unit
                elif unit is not None and m.type in types:
                    # "door het G40-bureau en de gemeente Deventer": the network for its unit, and the list goes on
                    # past the unit's name (round 55e)
                    out.append(m)
                    position = unit.end
                    continue
            if m.type in types:
                out.append(m)
            elif m.type not in ("Person",):
                break
            position = m.end
            if m.type == "OrganisationalUnit":
                # the unit's owner is part of its name: "de pijler X van de G40 en Platform31" lists two, and so
                # does "de themagroep X van de G40-pijler Y en IenW" (the pijler, its network's prefix and all; 45a)
                owner = OWNER_AFTER.match(self.text, position, end)
                owned_by = [o for o in self.in_span(position, end) if owner and o.start == owner.end()
                            and o.type in ("Organisation", "OrganisationalUnit")]
                if owned_by:
                    position = max(o.end for o in self.in_span(position, end) if o.start <= owned_by[0].end + 1
                                   and o.start >= owned_by[0].start)
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
