"""Dutch sentence and section splitting.

Lines are read one by one. A bullet line starts an item (``•``, ``-``, ``*``, ``1.``); indented
lines after a bullet continue it. A short line without final punctuation is a heading and sets
the section of what follows (a bullet line followed by an indented paragraph is a sub-heading). A
short numbered line with its text right under it is a numbered heading ("3. Regionale Werkcentra"), but
the last line of a numbered list that a blank line or the end of the text closes is its last item.
Inside a line, sentences end at ``.``/``!``/``?`` followed by a capital, except after the usual
Dutch abbreviations (o.l.v., m.b.t., bijv., dhr., mevr., e.d. …) and initials. All regexes are
linear; overlong sentences are cut at whitespace so later stages stay bounded.

Examples
--------
>>> [s.text for s in split_sentences("Breed MKB\\n\\nDit is o.l.v. BZK gedaan. Daarna volgde meer.")]
['Breed MKB', 'Dit is o.l.v. BZK gedaan.', 'Daarna volgde meer.']
>>> split_sentences("Breed MKB\\n\\nDit is o.l.v. BZK gedaan.")[1].section
'Breed MKB'
"""

from __future__ import annotations

import re

from .model import Sentence

__all__ = ["split_sentences", "nonblank_lines", "ABBREVIATIONS", "MAX_SENTENCE"]

#: Abbreviations after which a full stop does not end the sentence (lower case).
ABBREVIATIONS = frozenset(
    """o.l.v. m.b.t. bijv. bv. dhr. mevr. mw. e.d. o.a. i.s.m. t.b.v. m.i.v. ca. nr. drs. dr. ir. mr. prof. ing.
    st. blz. incl. excl. jl. vs. d.w.z. a.s. e.a. resp. i.o.m. t.a.v. n.a.v. v.w.b. z.s.m. m.n. i.v.m. t.z.t.
    evt. vz. wnd. ong. o.b.v. i.c.m. c.q. p.p. zgn. z.g.n. m.m.v. i.o. t.o.v. ivm. mln. mld. mrd.""".split()
)
MAX_SENTENCE = 1200

_BULLET = re.compile(r"[ \t]*(?:[•·▪◦●\-\*–]|\d{1,2}[.)])[ \t]+")
#: the number of a subsection before its heading: "4.5 ", "2.1.3. "
#: (not a time of day of a programme: "09.30 Inloop", "13.15 Ronde 2")
_SUBSECTION = re.compile(r"[ \t]*(?![0-2]?\d[.:][0-5]\d[ \t])\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=[A-ZÀ-Ý])")
#: a sentence's end; a reference mark may follow its full stop, as in an encyclopaedia: "… penvoerder.[3] Met …"
_END = re.compile(r"[.!?]+(?:\[\^?\d{1,3}\])*[\"'”’)*\]]*[^\S\n]+")  # "ondertekende.[^1] De …": a Markdown footnote mark
_INITIAL = re.compile(r"[a-z]\.")
_INITIALS = re.compile(r"(?:[a-z]\.){2,}")
_FINAL = re.compile(r"[.!?:;,]\s*$")
_FUNCTION_END = re.compile(r"\b(?:de|het|een|van|voor|en|met|in|op|aan|te|naar|door|bij|om|die|dat|of|als|tot|uit)$")
_STARTS_UPPERISH = re.compile(r"[\"'“‘(*]*[A-ZÀ-ÝÉ0-9•]")
_SPACE_RUN = re.compile(r"\s+")


#: the genre a title may open with before a colon: "Persbericht: …", "Projectkaart: …"
_GENRE_LABEL = re.compile(r"(?:persbericht|nieuwsbericht|factsheet|projectkaart|projectfiche|programmakaart|"
                          r"projectbeschrijving|notitie|memo|interview|achtergrond|column|nieuwsbrief)\s*:\s+(?=\w)",
                          re.IGNORECASE)

#: a title that names its subject before a colon: "Volkshuisvestingsfonds: steden aan de slag"
_NAME_COLON = re.compile(r"[A-ZÀ-Ý][\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s*:\s+(?=[\"“„']?\w[^:]*\s\S)")
#: a headline quoted after the name: 'Tien jaar Themagroep X: "We zijn nooit een praatclub geweest"'
_QUOTED = re.compile(r"[\"“„']([^\"“”„']+)[\"”']")
#: the label of a memo's or e-mail's field, no title: "Aan: Leden", "Onderwerp: Overleg"
_FIELD_LABEL = re.compile(r"(?:aan|van|cc|datum|onderwerp|betreft|kenmerk|locatie|plaats|tijd|aanwezig|afwezig|aanw\.|afw\.|"
                          r"notulist|voorzitter|bijlagen?)\s*:", re.IGNORECASE)


#: a topic, then an acronym in brackets: "Wonen en ruimte (BZK)", "Economie (EZK)"; the topic is one word or
#: holds a lower-case word (two capitalised words are a person's name: "Jan Smit (VNG)")
_ACRONYM_BRACKET = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ-]+|[A-ZÀ-Ý][\w-]*(?:\s+[\w-]+)*?\s+(?:en|&|[a-zà-ÿ][\w-]{2,})(?:\s+[\w-]+)*)"
                             r"\s+\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z&]{2,6}\)\s*")


def _is_heading(line: str, *, first: bool, numbered: bool = False) -> bool:
    """Whether ``line`` is a heading: short, without final punctuation. The title (``first``) and a
    numbered heading may end in a bracket: "3. Programma Lokale Data (LDI)".

    >>> _is_heading("3. Programma Slimme Wijk (PSW)"[3:], first=False, numbered=True)
    True
    >>> _is_heading("Jan Smit (Breda)", first=False)
    False
    >>> _is_heading("Wonen en ruimte (BZK)", first=False), _is_heading("Jan Smit (VNG)", first=False)
    (True, False)
    """
    words = line.split()
    limit = 16 if first else 10
    if not words or len(words) > limit or len(line) > (120 if first else 80):
        return False
    if first and _GENRE_LABEL.match(line):
        line = line[_GENRE_LABEL.match(line).end():]  # "Projectkaart: Proeftuin X": the genre, then the title
    elif first and _NAME_COLON.match(line) and not _FIELD_LABEL.match(line):
        line = line[_NAME_COLON.match(line).end():]  # "Fonds X: steden aan de slag": a name, then the headline
        quoted = _QUOTED.fullmatch(line.rstrip())
        line = quoted.group(1) if quoted else line  # 'Themagroep X: "We zijn geen praatclub"': a quote as headline
    if _FINAL.search(line) or not line[0].isalpha() or ":" in line:
        return False
    if "(" in line and not ((first or numbered) and line.rstrip().endswith(")")) and not _ACRONYM_BRACKET.fullmatch(line):
        # a title may end in a bracketed parent: "Verslag Themagroep X (Pijler Y)"; a section a ministry's
        # acronym closes: "Wonen en ruimte (BZK)", "Mobiliteit (IenW)" (not a name: "Jan Smit (VNG)")
        return False
    if "," in line and not first:
        return False
    return not _FUNCTION_END.search(line.lower())


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one line (offsets into ``text``)."""
    spans = []
    begin = start
    for match in _END.finditer(text, start, end):
        after = match.end()
        if after >= end or not _STARTS_UPPERISH.match(text, after):
            continue
        # the word the punctuation ends (at most 40 characters back; a split is cheaper than a regex here)
        before = text[max(begin, match.start() - 40):match.start() + 1].split()
        word = before[-1].lower() if before else ""
        if word in ABBREVIATIONS or _INITIAL.fullmatch(word) or _INITIALS.fullmatch(word):
            continue
        stop = match.end() - len(match.group(0)) + len(match.group(0).rstrip())
        spans.append((begin, stop))
        begin = after
    spans.append((begin, end))
    out = []
    for s, e in spans:
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e - s <= MAX_SENTENCE:  # the usual case, without a call
            if e > s:
                out.append((s, e))
        else:
            out.extend(_cut(text, s, e))
    return out


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an overlong span at whitespace into pieces of at most MAX_SENTENCE characters."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def nonblank_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` that holds more than whitespace.

    >>> nonblank_lines("Titel\\n\\n  \\nTekst.")
    [(0, 5), (10, 16)]
    """
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences and headings with offsets and section context."""
    sentences: list[Sentence] = []
    section = section_start = None
    sub = sub_start = None  # bullet sub-heading
    bullet_list = bullet_item = None
    list_count = 0
    in_list = numbered_list = False
    first_content = True
    nonblank = nonblank_lines(text)
    for index, (s, e) in enumerate(nonblank):
        raw = text[s:e]
        bullet = _BULLET.match(raw)
        indented = raw[:1] in (" ", "\t") and not bullet
        content_start = s + (bullet.end() if bullet else len(raw) - len(raw.lstrip()))
        content = text[content_start:e].rstrip()
        if not content:
            continue
        content_end = content_start + len(content)
        next_line = text[nonblank[index + 1][0]:nonblank[index + 1][1]] if index + 1 < len(nonblank) else ""
        next_indented = next_line[:1] in (" ", "\t") and not _BULLET.match(next_line)
        numbered = bool(bullet) and bullet.group(0).strip()[:1].isdigit()
        subsection = _SUBSECTION.match(raw)
        if subsection and not bullet:
            # "4.5 Taskforce Drugsafval Zuid": the number of a subsection is no part of its heading
            numbered, content_start = True, s + subsection.end()
            content = text[content_start:e].rstrip()
            content_end = content_start + len(content)
        # the last item of a numbered list, where a blank line or the end of the text ends the list: "1. Gemeente
        # Almelo / 2. Gemeente Deventer" and a paragraph after an empty line (a heading has its text right under it)
        last_item = numbered and in_list and numbered_list and (
            not next_line or text.count("\n", e, nonblank[index + 1][0]) >= 2)
        if numbered and _is_heading(content, first=False, numbered=True) and not _BULLET.match(next_line) \
                and not next_indented and not last_item:
            # "2. Taskforce Stedelijke Vernieuwing": a numbered section heading, not a list item
            in_list = False
            bullet_list = bullet_item = None
            sub = sub_start = None
            section, section_start = content, content_start
            sentences.append(Sentence(content_start, content_end, content, True, content, content_start))
            first_content = False
            continue
        if bullet:
            if not in_list:
                list_count += 1
                bullet_list, bullet_item = list_count, 0
                in_list = True
                numbered_list = numbered
            else:
                bullet_item = (bullet_item or 0) + 1
            sub = sub_start = None
        elif not indented:
            in_list = False
            bullet_list = bullet_item = None
            sub = sub_start = None
        if bullet and next_indented and not _FINAL.search(content) and len(content.split()) <= 12:
            sub, sub_start = content, content_start
            sentences.append(Sentence(content_start, content_end, content, True, section, section_start,
                                      bullet_list, bullet_item, True))
            first_content = False
            continue
        if not bullet and not indented and _is_heading(content, first=first_content):
            section, section_start = content, content_start
            sentences.append(Sentence(content_start, content_end, content, True, content, content_start))
            first_content = False
            continue
        first_content = False
        current, current_start = (sub, sub_start) if sub else (section, section_start)
        for number, (a, b) in enumerate(_split_line(text, content_start, content_end)):
            sentences.append(Sentence(a, b, text[a:b], False, current, current_start,
                                      bullet_list if (bullet or indented) else None,
                                      bullet_item if (bullet or indented) else None,
                                      bool(bullet) and number == 0))
    return sentences
