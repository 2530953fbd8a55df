"""The words of a handover that the succession readers share: what one hands over ("haar taak",
"het trekkerschap"), a description before the one succeeded ("de Goudse wethouder"), a bracket
after a name ("(Breda)"), the place or body a name is "van" ("X van Dordrecht": the particle of
"volgt … op" comes after it), and the gap between two persons read with the verb put back after the
first: "In mei nam Eva Smit (Ede) het stokje over van Jan Kok" reads as "Eva Smit nam het stokje
over van Jan Kok".

Used by :mod:`.succession`, :mod:`.succession_clauses` and :mod:`.office_handover`.

Examples
--------
>>> import re
>>> bool(re.fullmatch(TASK, "trekkerschap")), bool(re.fullmatch(DESCRIBED, "de Goudse wethouder "))
(True, True)
>>> bool(re.fullmatch(DESCRIBED + TITLED, "prof. dr. "))
True
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["TASK", "WHEN_HANDED", "DESCRIBED", "TITLED", "BRACKET_ONLY", "inverted_gap", "after_home"]

#: what one hands over: "haar taak", "zijn werkzaamheden", "het trekkerschap"
TASK = r"(?:taak|taken|rol|functie|plaats|zetel|werkzaamheden|portefeuille|stokje|\w+schap)"
#: when a task is handed over, between the task and "over": "nam die rol op 1 juni 2024 over van", "in juni 2022"
WHEN_HANDED = r"(?:(?:op|in|per|vanaf|sinds)\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+)?"
#: a description before the one succeeded: "de Goudse wethouder", "haar Asser collega" (a possessive, a
#: place adjective in -se or -er, then at most two words in lower case)
DESCRIBED = r"(?:(?:de|het|haar|zijn|hun)\s+)?(?:[A-Z][\w'-]*(?:se|er)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
#: academic titles right before a name: "prof. dr. ", "mr. "
TITLED = r"(?:(?:prof|dr|drs|mr|ir|ing)\.\s*)*"
#: a bracket after a name, or nothing: "(Breda)"
BRACKET_ONLY = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?")


#: the finite verb before the subject, after a fronted phrase: "In juni nam", "Als trekker wordt", "Per 1 mei is"
_FRONTED_VERB = re.compile(r"(?:^|[\s(])(nam|neemt|namen|nemen|wordt|werd|is|was|vervangt|verving)\s+"
                           r"(?:(?:de\s+|het\s+)?(?:[A-Z][\w'-]*se\s+)?(?:[a-z][\w-]*\s+){0,2}?)$")


def inverted_gap(ctx: DocContext, sentence: Sentence, first: Mention, gap: str) -> str | None:
    """The gap between two persons as it would read with the verb after the first, when the sentence
    puts the verb before it (a fronted phrase, then verb and subject: "In juni nam X (Ede) het stokje
    over van Y", "Als trekker wordt X opgevolgd door Y"); None when the verb does not stand there.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "In mei nam Eva Smit (Ede) het stokje over van Jan Kok.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Smit', 'Jan Kok')]
    """
    opening = ctx.text[sentence.start:first.start]
    verb = _FRONTED_VERB.search(opening)
    if verb is None or verb.start(1) == 0 or len(opening) > 120 or "," in opening[:verb.start(1)] \
            or any(m.type == "Person" and m.end <= first.start for m in ctx.in_span(sentence.start, first.start)):
        return None
    bracket = BRACKET_ONLY.match(gap)
    return " " + verb.group(1) + " " + gap[bracket.end():]


#: where a person is from, after the name: "(Breda)", "van (de gemeente) ", "uit "
_OF_HOME = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:van|uit)\s+(?:de\s+gemeente\s+|de\s+|het\s+)?")
#: what a person may be "van": a town, a province, a body
_HOMES = frozenset({"Municipality", "Province", "Organisation", "Ministry"})


def after_home(ctx: DocContext, sentence: Sentence, person: Mention) -> int:
    """The end of the "van <place or body>" right after ``person`` (a bracket may come between), or the
    person's end without one: in "Zij volgde in januari Piet Baan van Delft op" the particle "op" of the
    verb comes after "van Delft", which says who Piet Baan is.

    >>> from graph.extract.context import DocContext
    >>> from graph.extract.model import Mention, Sentence
    >>> text = "Zij volgt Piet Baan van Delft op."
    >>> ms = [Mention(10, 19, "Piet Baan", "Person", "", 1.0), Mention(24, 29, "Delft", "Municipality", "", 1.0)]
    >>> text[after_home(DocContext("d", text, [Sentence(0, len(text), text)], ms), Sentence(0, len(text), text), ms[0]):]
    ' op.'
    """
    of = _OF_HOME.match(ctx.text, person.end, sentence.end)
    if of is None:
        return person.end
    home = next((m for m in ctx.in_span(person.end, sentence.end) if m is not person), None)
    if home is None or home.type not in _HOMES or not of.start() < home.start <= of.end():
        return person.end
    return home.end
