"""Who the "ik" of a document is: its speaker or author, and whether a sentence is in their own words.

The speaker of a speech, column or blog is the person its title names ("Toespraak van burgemeester X bij
…"), or the signature that closes it (a line with only a name, perhaps followed by a line with the role); a
post on a professional network opens with its author's name and the headline of their profile ("Eva Smit •
Wethouder Wonen gemeente Ede"); else the one an interview questions (:mod:`graph.extract.interviews`), a
byline ("Door X, wethouder van Y") or "Mijn naam is X.". The "ik" of a quotation is who is quoted (see
:mod:`graph.extract.quotes`), the "ik" of a mail its message's sender (:mod:`graph.extract.mail`). The roles
the speaker states are read by :mod:`graph.extract.firstperson`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Column\\n\\nDoor Eva Smit\\n\\nSinds mei ben ik voorzitter van de Pijler Werk.\\n"
>>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "hasRole"]
[('Eva Smit', 'Pijler Werk', 'voorzitter')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .interviews import interviewee
from .mail import messages, sender_at
from .model import Mention, Sentence
from .quotes import quoted_speakers
from .roles import role_pattern
from .signoffs import NAME_TITLES

__all__ = ["QUOTED", "HEADLINE", "document_speaker", "own_words"]

#: a title naming its speaker or author: "Toespraak van (burgemeester) X", "Column van wethouder Y"
_BY = re.compile(r"\b(?:toespraak|speech|column|blog|openingswoord|welkomstwoord|nieuwjaarstoespraak|"
                 r"nieuwjaarsspeech|vlog|brief)\s+(?:(?:van|door)\s+|(?=(?:wethouder|burgemeester|gedeputeerde|minister|"
                 r"staatssecretaris|commissaris|voorzitter)\s+[A-Z]))"  # "Toespraak wethouder X bij …" (41b)
                 r"|\b(?:interview|dubbelinterview|gesprek)\s+met\s+", re.IGNORECASE)  # "Interview met X": who answers
#: a quotation in a sentence: its "ik" is who is quoted, not the speaker or author
QUOTED = re.compile(r"[\"“”„‘’]|\b(?:zegt|zei|aldus|vertelt|vertelde|stelt|benadrukt|licht\w*\s+toe)\b")
#: a quotation attributed to someone named in the sentence: "…", zegt X / aldus X
_SOMEONE_QUOTED = re.compile(r"\b(?:zegt|zei|aldus|vertelt|vertelde)\s+[A-Z]")


def document_speaker(ctx: DocContext) -> tuple[Mention | None, Sentence | None]:
    """The speaker or author, and the sentence that names them with their role (the signature)."""
    body = [s for s in ctx.sentences if s.text.strip()]
    for k in range(max(0, len(body) - 3), len(body)):
        s = body[k]
        persons = [m for m in ctx.in_sentence(s) if m.type == "Person"]
        if len(persons) == 1 and NAME_TITLES.match(ctx.text, s.start).end() == persons[0].start \
                and persons[0].end == s.end:  # "Eva Smit", "drs. M.J. Hoekstra-Bakker"
            role_line = body[k + 1] if k + 1 < len(body) else None
            return persons[0], role_line
    if not body:
        return None, None
    title = body[0]
    opening = [m for m in ctx.in_sentence(title) if m.type == "Person"]
    if opening and opening[0].start == title.start and opening[0].end == title.end:
        return opening[0], None  # a post or a profile that opens with its author's name on a line of its own
    headline = HEADLINE.match(ctx.text, opening[0].end, title.end) if opening and opening[0].start == title.start else None
    if headline and headline.end() < title.end:  # the author's name before the headline of a profile: "Eva Smit • Wethouder Wonen gemeente Ede"
        return opening[0], Sentence(headline.end(), title.end, ctx.text[headline.end():title.end])
    for title in body[:2]:  # the title, or the line under a quoted headline: "Interview met X, …"
        match = _BY.match(title.text) if title is not body[0] else _BY.search(title.text)
        if match:
            after = title.start + match.end()
            role = role_pattern().match(ctx.text, after)
            at = role.end() + 1 if role else after
            persons = [m for m in ctx.in_sentence(title) if m.type == "Person" and m.start - at <= 1 and m.start >= after]
            if persons:
                return persons[0], None
    # "*Interview*" over a lead; "Door X, wethouder van Y"; "Mijn naam is X." in a speech or a video's text
    return interviewee(ctx) or _byline(ctx, body[:3]) or _introduced_self(ctx), None


#: a speaker who introduces themself: "Mijn naam is X", "Ik ben X, wethouder …" (the name right after)
_MY_NAME = re.compile(r"\b(?:[Mm]ijn\s+naam\s+is|[Ii]k\s+heet)\s+")


def _introduced_self(ctx: DocContext) -> Mention | None:
    """The one person the text's own words introduce as its "ik": "Mijn naam is Eva Smit." (a speech or a
    video's text without a title that names the speaker). Not inside a quotation, and only when one
    person is introduced so.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Goedemorgen allemaal.\\n\\nMijn naam is Eva Smit. Ik ben wethouder Wonen en Zorg in Ede."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
    [('Eva Smit', 'Ede', 'wethouder')]
    """
    found = []
    for match in _MY_NAME.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        person = next((m for m in ctx.mentions if m.start == match.end() and m.type == "Person"), None)
        if person is not None and sentence is not None and not QUOTED.search(sentence.text):
            found.append(person)
    return found[0] if len({p.label for p in found}) == 1 else None


#: the separator between a name and the headline of a profile on a professional network: "Eva Smit • Wethouder"
HEADLINE = re.compile(r"[ \t]*[•·|][ \t]*")


#: a byline: "Door Eva Smit, wethouder van Ede", "*Door Eva Smit*", "Geschreven door Eva Smit", a blog's
#: "Geplaatst op 12 maart 2024 door Eva Smit" (round 54d)
_BYLINE = re.compile(r"[ \t*_]*(?:[Dd]oor|[Gg]eschreven\s+door|[Gg]eplaatst\s+(?:op\s+[\w ]{1,30}?\s+)?door)\s+")


#: a byline that names the author first, then their post and the day of writing: "*Eva Smit, directeur
#: G40-bureau · 18 december 2024*" (round 58t)
_NAME_FIRST = re.compile(r"[ \t*_]*")
_POST_AND_DAY = re.compile(r",[ \t]+[^·|\n]{2,80}?[ \t]+[·|][ \t]+\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}[ \t*_]*$")


def _byline(ctx: DocContext, top: list[Sentence]) -> Mention | None:
    """The author a byline on one of the first lines names (a column, a blog, an opinion piece): the one
    its "ik" is. A line "Tekst: X" names a journalist, no author of the "ik"."""
    for line in top:
        match = _BYLINE.match(ctx.text, line.start, line.end)
        person = next((m for m in ctx.in_sentence(line) if match and m.start == match.end() and m.type == "Person"), None)
        if person is not None:
            return person
    for line in top:  # "*Eva Smit, directeur G40-bureau · 18 december 2024*"
        start = _NAME_FIRST.match(ctx.text, line.start, line.end).end()
        person = next((m for m in ctx.in_sentence(line) if m.start == start and m.type == "Person"), None)
        if person is not None and _POST_AND_DAY.match(ctx.text, person.end, line.end):
            return person
    return None


def own_words(ctx: DocContext, sentence: Sentence, speaker: Mention) -> bool:
    """Whether the "ik" of ``sentence`` is the speaker's: outside a quotation, or in an interview's quoted
    answer that no "zegt X" gives to someone else."""
    writer = sender_at(ctx, sentence.start)
    if writer is not None or messages(ctx):
        return writer is not None and writer.label == speaker.label  # a mail's "ik" is its message's sender
    owner = next((who for start, end, who in quoted_speakers(ctx) if start < sentence.end and sentence.start < end), None)
    if owner is not None:
        return owner.label == speaker.label  # "**Jan Bos:** Ik ben …" in an interview with Eva Smit: Jan's words
    if not QUOTED.search(sentence.text):
        return True
    return speaker == interviewee(ctx) and not _SOMEONE_QUOTED.search(sentence.text)
