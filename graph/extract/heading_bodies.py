"""A section headed by a body's kind word alone, over its members: "Begeleidingscommissie", "De jury".

A report, a call for tenders or a jury report names the body that guides or judges its work by its
kind alone, as the heading of the section that lists its members, in a table or a list::

    4. Begeleidingscommissie
    | Naam | Organisatie | Rol |
    | Frank Smits | gemeente Oss | voorzitter |
    …

    ## De jury
    De jury bestond dit jaar uit: …

Such a heading names one body of the document (the document's own committee, jury or steering
group): a unit of its own, one occurrence per document (rule ``units.unnamed``, see
:mod:`graph.resolve`), and "de begeleidingscommissie", "De jury" elsewhere in the document are that
body. The words are the bodies a piece of work has: a jury, a steering, sounding or project group,
a core team, and a compound on "-commissie" ("begeleidingscommissie", "adviescommissie",
"beoordelingscommissie"); "commissie" alone (a council's or the Kamer's committee) is not one.

A heading with no members below it (two persons at least) is the name of a section about the body,
not of the body ("Stuurgroep" over a paragraph on how decisions are taken), and names none; a
heading covered by a mention already ("Kernteam" named after the page's programme, see
:func:`graph.extract.references.find_heading_mentions`) keeps that one.

Examples
--------
>>> from graph.extract.model import Sentence
>>> text = "Begeleidingscommissie\\nJan Smit (voorzitter)\\nEva Bos\\nDe begeleidingscommissie kwam twee keer bijeen."
>>> sentences = [Sentence(0, 21, "Begeleidingscommissie", True), Sentence(22, 76, text[22:76]),
...              Sentence(77, len(text), text[77:])]
>>> persons = [Mention(22, 30, "Jan Smit", "Person", "persons.full-name", 0.9),
...            Mention(44, 51, "Eva Bos", "Person", "persons.full-name", 0.9)]
>>> [(m.text, m.label, m.rule) for m in heading_bodies(text, sentences, persons)]
[('Begeleidingscommissie', 'begeleidingscommissie', 'units.unnamed'), \
('begeleidingscommissie', 'begeleidingscommissie', 'units.unnamed')]
"""

from __future__ import annotations

import re

from .model import Mention, Sentence

__all__ = ["body_word", "heading_bodies"]

#: the bodies of a piece of work a heading names by their kind alone, and their unit kind
_BODY_WORDS = {"jury": "jury", "stuurgroep": "stuurgroep", "kernteam": "kernteam", "klankbordgroep": "werkgroep",
               "projectgroep": "werkgroep", "kerngroep": "werkgroep", "begeleidingsgroep": "werkgroep",
               "regiegroep": "werkgroep", "werkgroep": "werkgroep"}
#: a compound on "-commissie" (at least four letters before it): "begeleidingscommissie", "adviescommissie"
_COMMITTEE = re.compile(r"[a-z]{4,}commissie")
#: the heading: the kind word alone, with an article before it or not ("De jury", "Begeleidingscommissie"), or
#: an annex on its members ("Bijlage 1. Samenstelling van de visitatiecommissie", round 53e)
_HEADING = re.compile(r"(?:(?:bijlage|annex)\s+[\dA-Z]{1,3}[.:]?\s+)?(?:samenstelling\s+(?:van\s+)?)?"
                      r"(?:(?:de|het)\s+)?(?P<word>[a-z]+)[.:]?", re.IGNORECASE)
#: an annex on a body's members: only the document's own committee is named so ("Samenstelling van de
#: visitatiecommissie"); "Samenstelling stuurgroep" is a programme's body the table rules read
_ANNEX = re.compile(r"(?:(?:bijlage|annex)\s+[\dA-Z]{1,3}[.:]?\s+)?samenstelling\s", re.IGNORECASE)
#: a body named again by its word after an article: "de begeleidingscommissie", "De jury"
_AGAIN = re.compile(r"\b(?:[Dd]e|[Hh]et|[Dd]eze)\s+([a-z]+)\b(?![\w-])")
#: a body named by its kind in a sentence that seats someone in it: "De stuurgroep wordt voorgezeten door",
#: "(neemt X) zitting in de stuurgroep"
_SEATED_IN = re.compile(r"\b(?:[Dd]e\s+(?P<word>[a-z]+)\s+(?:wordt|werd)\s+voorgezeten\b|"
                        r"(?:zitting\s+in)\s+de\s+(?P<word2>[a-z]+)\b|"
                        # "De beoordelingscommissie stond onder voorzitterschap van X" (round 55f)
                        r"[Dd]e\s+(?P<word3>[a-z]+)\s+(?:staat|stond)\s+onder\s+voorzitterschap\s+van\b|"
                        # "Het PBL neemt deel aan de klankbordgroep", "EZ is vertegenwoordigd in de klankbordgroep"
                        # (the word alone: "de werkgroep reikwijdte jeugdhulp" is a group with a name of its own)
                        r"(?P<joined>deel\s+aan|vertegenwoordigd\s+in)\s+de\s+(?P<word4>[a-z]+)"
                        r"(?=\s*[.,;:)]|\s+(?:door|namens|sinds|en|om|voor)\b)|"
                        # "De klankbordgroep bestaat uit SZW, Divosa en …" opening a sentence
                        r"(?:^|(?<=[.>]\s)|(?<=\n))(?P<consists>De\s+(?:(?:bestuurlijke|ambtelijke)\s+)?)"
                        r"(?P<word5>[a-z]+)\s+(?:bestaat|bestond)\s+uit\b)", re.MULTILINE)
#: who may take part in a body the text names by its kind alone: a person, or an organisation in its own name
_TAKING_PART = frozenset({"Person", "Organisation", "Ministry", "Municipality", "Province"})
#: the least number of persons the section lists for its heading to name the body they are in
_MEMBERS = 2


def _body_word(word: str) -> str | None:
    """The unit kind of a body named by ``word`` alone ("jury", "begeleidingscommissie"), or None."""
    low = word.lower()
    if low in _BODY_WORDS:
        return _BODY_WORDS[low]
    return "commissie" if _COMMITTEE.fullmatch(low) else None


#: the public name of :func:`_body_word` (graph.extract.field_bodies reads a field's label with it; round 58s)
body_word = _body_word


def _section_end(sentences: list[Sentence], k: int, text: str) -> int:
    """The end of the section opened by the heading ``sentences[k]``: the next heading's start."""
    return next((s.start for s in sentences[k + 1:] if s.is_heading), len(text))


def heading_bodies(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The bodies headings name by their kind alone over their members, and the document's other
    mentions of them by "de"/"het"/"deze" and the same word."""
    covered = sorted((m.start, m.end) for m in mentions)
    persons = [m.start for m in mentions if m.type == "Person"]
    found: dict[str, Mention] = {}
    for k, s in enumerate(sentences):
        match = _HEADING.fullmatch(s.text.strip()) if s.is_heading else None
        kind = _body_word(match.group("word")) if match else None
        if kind is not None and kind != "commissie" and _ANNEX.match(s.text.strip()):
            kind = None  # "Samenstelling stuurgroep" under a City Deal: its own stuurgroep, read by the table rules
        if kind is None or match.group("word").lower() in found:
            continue
        end = _section_end(sentences, k, text)
        if sum(s.end <= p < end for p in persons) < _MEMBERS:
            continue
        start = s.start + s.text.index(match.group("word"))
        stop = start + len(match.group("word"))
        if any(a < stop and start < b for a, b in covered):
            continue
        word = match.group("word").lower()
        found[word] = Mention(start, stop, text[start:stop], "OrganisationalUnit", "units.unnamed", 0.7,
                              name=word, kind=kind)
    seated = not found and any(cue in text for cue in ("voorgezeten", "zitting in", "voorzitterschap", "deel aan",
                                                        "vertegenwoordigd in", "uit"))  # a literal first: most texts have none
    for match in _SEATED_IN.finditer(text) if seated else ():
        group = next(g for g in ("word", "word2", "word3", "word4", "word5") if match.group(g))
        word, start, stop = match.group(group), match.start(group), match.end(group)
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        # an organisation takes part too ("Het PBL neemt deel aan de klankbordgroep"); a chair is a person
        members = [m.start for m in mentions if m.type in _TAKING_PART] if match.group("joined") else \
            [m.start for m in mentions if m.type in _TAKING_PART - {"Person"}] if match.group("consists") else persons
        if match.group("consists") and any(sentence is not None and sentence.start <= p < sentence.end for p in persons):
            continue  # "De stemcommissie bestond uit X (Ede), voorzitter, en Y": its people's roles are read apart
            # (graph.extract.unnamed_bodies.unnamed_subject_of)
        if _body_word(word) is None or word in found or sentence is None \
                or not any(sentence.start <= p < sentence.end for p in members) \
                or any(a < stop and start < b for a, b in covered) or f"{word} van " in text \
                or any(m.type == "OrganisationalUnit" and word in m.text.lower() for m in mentions):
            continue  # a body whose owner or name the text gives ("de stuurgroep van de City Deal", "De
            # stuurgroep Zorg … zitting in de stuurgroep") is that one
        if group in ("word3", "word4", "word5") and re.search(rf"\b[Ee]en\s+(?:[a-z]+\s+)?{word}\b", text):
            continue  # "wordt bestuurd door een stuurgroep": the body introduced so is found as such (graph.extract.units)
        # "De stuurgroep wordt voorgezeten door wethouder X", "neemt Y zitting in de stuurgroep": the body
        # the document's persons sit in, named by its kind (round 45b)
        found[word] = Mention(start, stop, word, "OrganisationalUnit", "units.unnamed", 0.7, name=word,
                              kind=_body_word(word))
    if not found:
        return []
    bodies = list(found.values())
    for match in _AGAIN.finditer(text):
        word = match.group(1)
        if word in found and not any(a < match.end(1) and match.start(1) < b for a, b in covered) \
                and found[word].start != match.start(1):
            bodies.append(Mention(match.start(1), match.end(1), word, "OrganisationalUnit", "units.unnamed", 0.7,
                                  name=word, kind=found[word].kind))
    return bodies
