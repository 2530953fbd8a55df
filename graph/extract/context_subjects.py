"""The subject of a clause, for :class:`graph.extract.context.DocContext`: the first actor before a cue outside
a prepositional phrase, the subject after the verb of an inverted sentence, and whom "Hij"/"Zij" stands for.

>>> from graph.extract.context import DocContext
>>> from graph.extract.model import Mention, Sentence
>>> text = "Namens de VNG sprak Zwolle met BZK."
>>> ms = [Mention(10, 13, "VNG", "Organisation", "", 1.0), Mention(20, 26, "Zwolle", "Municipality", "", 1.0),
...       Mention(31, 34, "BZK", "Ministry", "", 1.0)]
>>> DocContext("d", text, [Sentence(0, len(text), text)], ms).subject(Sentence(0, len(text), text), 27).text
'Zwolle'
"""

from __future__ import annotations

import re

from .actor_types import ACTORS
from .model import Mention, Sentence

__all__ = ["SubjectContext", "PERSON_SHAPED"]

#: an organisation glued to a word for its members: "de G40-steden", "VNG-leden", "G40-gemeenten"
_MEMBERS_OF = re.compile(r"-(?:steden|gemeenten|leden|lidsteden|lidgemeenten|partners)\b")
#: the first words of a sentence whose subject follows its finite verb (Dutch V2): "In oktober organiseerde de G40 …"
_INVERSION = frozenset({"in", "op", "tijdens", "sinds", "daarnaast", "ook", "namens", "samen", "met", "via", "bij",
                        "na", "voor", "vorig", "dit", "eerder", "later", "daarna", "vervolgens", "afgelopen",
                        "vandaag", "gisteren", "morgen", "nu", "inmiddels", "onlangs", "recent", "deze", "volgend",
                        "per", "vanaf", "medio", "begin", "eind", "rond"})  # "Per 1 juli organiseert de G40 …"
_IN_PP = re.compile(r"(?:^|\s)(?:van|bij|met|namens|door|tijdens|onder|in|op|aan|over|uit|via|voor|"
                    r"vertegenwoordigers\s+van|ministerie\s+van|ministeries\s+van)\s+(?:(?:de|het|deze|dit)\s+)?"
                    r"(?:(?-i:[a-z][\w-]*|Kamerlid)\s+)?$",  # "op initiatief van (Kamerlid|wethouder) X"
                    re.IGNORECASE)
#: a bold lead-in label before a sentence of its own: "Techniekcampus Emmen: NHL Stenden en … ontwikkelen"
_LEAD_IN = re.compile(r"\s*[A-ZÀ-Ý][\w'-]*(?:\s+[\w'-]+){0,5}\s*:\s+(?=[A-ZÀ-Ý])")
#: the head of a ministry's name before its short name: "(het) ministerie van SZW" (its "van" is no preposition
#: that puts the ministry inside a phrase)
_MINISTRY_HEAD = re.compile(r"(?:\b(?:het|de)\s+)?\bministeries?\s+van\s+$", re.IGNORECASE)
#: an aside that opens with a preposition: ", onder leiding van", ", namens de gemeente", ", onder voorzitterschap van"
_PP_ASIDE = re.compile(r"\s*(?:onder\s+(?:leiding|voorzitterschap)\s+van|namens|in\s+opdracht\s+van)\s+[^,;]*$",
                       re.IGNORECASE)
#: a singular personal pronoun opening a sentence, and the word after it (its verb)
_PRONOUN_OPENING = re.compile(r"\s*(Hij|Zij|Ze)\s+([a-zà-ÿ]+)\b")
#: a personal pronoun right after an inverted sentence's finite verb: "… sprak zij met …"
_PRONOUN_AFTER_VERB = re.compile(r"\s+(hij|zij|ze)\b", re.IGNORECASE)
#: plural verbs that do not end in "-en": "Zij zijn", "Ze gaan"
_PLURAL_VERBS = frozenset({"zijn", "gaan", "staan", "doen", "zien", "slaan"})
#: a person's name opening a clause, with initials or a form of address ("M. Bosman werd benoemd", "Mevrouw Kok
#: is …"), which a text may give without a recognised person: a "zij"/"hij" after it is that person, no body
PERSON_SHAPED = re.compile(r"\s*(?:(?:[A-Z]\.\s?){1,3}|(?:[Mm]evrouw|[Mm]w\.|[Dd]e\s+heer|[Dd]hr\.|[Mm]eneer)\s+)"
                           r"(?:(?:van|de|der|den|ter|ten)\s+){0,2}[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+[a-z]")


class SubjectContext:
    """The subject helpers of :class:`graph.extract.context.DocContext` (a mixin: it reads the context's
    ``text``, mentions and sentences)."""

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

        >>> from graph.extract.context import DocContext
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

        >>> from graph.extract.context import DocContext
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
            # (a kind word may stand before the name: "Op 2 oktober organiseren de gemeente Hoorn en X …", 57r)
            if m.type in allowed and re.fullmatch(r"\s*(?:(?:ook|de|het|zij|ze|daar|dit\s+jaar|gemeente|provincie)\s+){0,3}",
                                                 self.text[verb_end:m.start]):
                if m.type == "Organisation" and k + 1 < len(after) and after[k + 1].type == "OrganisationalUnit" \
                        and after[k + 1].start - m.end <= 1:
                    return after[k + 1]  # "In mei organiseerde de G40 Pijler X …": the unit the organisation owns
                return m
            break
        return None
