r"""A subtitle file saved as text (SubRip ``.srt``, WebVTT) → the running text its cues spell, a turn per speaker.

A webinar's or a recorded meeting's subtitles come as numbered cues, each a time span and one or two short lines;
a sentence runs on across cues, and a cue that starts a new speaker names them in capitals, in brackets or before
a colon::

    12
    00:00:53,920 --> 00:00:59,440
    [EVA SMIT] Ik ben wethouder Wonen
    in Ede en sinds 2022

    13
    00:00:59,440 --> 00:01:03,800
    trekker van de Themagroep Wonen.

Read line by line, no sentence is whole ("in Ede en sinds 2022" and "trekker van de Themagroep Wonen." are two
pieces between numbers and time codes). :func:`subtitle_text` drops the cue numbers and the time codes and joins
the cues' lines into one paragraph per turn; a turn opens with its speaker's name and a colon, in the form a
transcript gives it ("Eva Smit: Ik ben wethouder Wonen in Ede en sinds 2022 trekker van de Themagroep Wonen."),
whose "ik" the extraction then reads as that speaker's (:mod:`graph.extract.quotes`). The capitals of a speaker
cue are a subtitler's convention, not the name's spelling: "GERT-JAN VAN DER BERG" is "Gert-Jan van der Berg".
A cue of only a sound ("(muziek)", "[applaus]") says nothing and goes; a sentence a subtitler broke off with
"..." and picked up with "..." in the next cue is joined. A text with fewer than three cues is no subtitle file
(None: read as any plain text), and so is one with text outside its cues.

Examples
--------
>>> print(subtitle_text("1\n00:00:01,000 --> 00:00:03,000\n[EVA SMIT] Welkom. Ik ben wethouder\n\n"
...                     "2\n00:00:03,000 --> 00:00:05,000\nin Ede.\n\n3\n00:00:05,000 --> 00:00:06,000\n(applaus)\n\n"
...                     "4\n00:00:06,000 --> 00:00:08,000\n[JAN DE VRIES] Dank je, Eva.\n"))
Eva Smit: Welkom. Ik ben wethouder in Ede.
<BLANKLINE>
Jan de Vries: Dank je, Eva.
>>> subtitle_text("Verslag\n\n1\n00:00:01,000 --> 00:00:03,000\nWelkom.\n") is None
True
"""

from __future__ import annotations

import re

__all__ = ["subtitle_text", "speaker_name"]

#: a cue's time span: "00:00:53,920 --> 00:00:59,440" (SubRip), "00:53.920 --> 00:59.440 align:start" (WebVTT)
_TIMING = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*$")
#: a cue's number on the line before its time span
_NUMBER = re.compile(r"^[ \t]*\d{1,6}[ \t]*$")
#: the speaker a cue opens with: "[EVA SMIT]", "EVA SMIT:", ">> EVA SMIT:", "- [EVA SMIT]"
_SPEAKER = re.compile(r"^(?:-[ \t]*|>>[ \t]*)?(?:\[(?P<bracketed>[^\]\n]{3,60})\]|(?P<coloned>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'\-]{2,59}):)"
                      r"[ \t]*")
#: a cue of a sound alone: "(muziek)", "[applaus]", "♪"
_SOUND = re.compile(r"^[ \t]*(?:\([^)\n]*\)|\[[^\]\n]*\]|♪+)[ \t]*$")
#: the words of a name that a name writes in lower case after its first word ("Jan de Vries", "Lotte van Eijk")
_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "op", "in", "la", "le", "du", "d'"})


def speaker_name(caps: str) -> str | None:
    """The name a speaker cue writes in capitals, in a name's own case; None when it holds a lower-case letter
    (no capitals convention: "[Muziek]") or a digit.

    >>> speaker_name("GERT-JAN VAN DER BERG"), speaker_name("SANNE IJZERMAN"), speaker_name("Muziek")
    ('Gert-Jan van der Berg', 'Sanne IJzerman', None)
    """
    caps = " ".join(caps.split())
    if not caps or caps != caps.upper() or any(c.isdigit() for c in caps) or len(caps.split()) < 2:
        return None
    words = []
    for number, word in enumerate(caps.lower().split()):
        if number and word in _PARTICLES:
            words.append(word)
            continue
        parts = [part[:1].upper() + part[1:] for part in word.split("-")]
        words.append("-".join("IJ" + part[2:] if part.startswith("Ij") else part for part in parts))
    return " ".join(words)


def subtitle_text(text: str) -> str | None:
    """The running text of a subtitle file's cues, a paragraph per speaker's turn; None for any other text
    (see the module's docstring)."""
    if "-->" not in text:
        return None
    lines = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    cues: list[list[str]] = []
    at = 0
    if lines and lines[0].strip().startswith("WEBVTT"):  # WebVTT's header, up to its first blank line
        while at < len(lines) and lines[at].strip():
            at += 1
    while at < len(lines):
        line = lines[at]
        if not line.strip():
            at += 1
            continue
        if _NUMBER.match(line) and at + 1 < len(lines) and _TIMING.match(lines[at + 1]):
            at += 1
        if not _TIMING.match(lines[at]):
            return None  # text outside a cue: no subtitle file
        at += 1
        cue = []
        while at < len(lines) and lines[at].strip():
            cue.append(lines[at].strip())
            at += 1
        cues.append(cue)
    if len(cues) < 3:
        return None
    turns: list[list[str]] = [[]]
    for cue in cues:
        if not cue or all(_SOUND.match(line) for line in cue):
            continue
        opened = _SPEAKER.match(cue[0])
        name = opened and speaker_name(opened.group("bracketed") or opened.group("coloned"))
        if name:
            turns.append([name + ":", cue[0][opened.end():]])
            cue = cue[1:]
        for line in cue:
            if not _SOUND.match(line):
                turns[-1].append(line)
    paragraphs = []
    for turn in turns:
        joined = " ".join(part for part in turn if part)
        # "ruimte om..." / "...om te bouwen": one sentence, the word picked up said once
        joined = re.sub(r"(\w+)(?:\.\.\.|…)\s+(?:\.\.\.|…)\1\b", r"\1", joined)
        joined = re.sub(r"(?:\.\.\.|…)\s+(?:\.\.\.|…)", " ", joined)
        if joined.strip():
            paragraphs.append(" ".join(joined.split()))
    return "\n\n".join(paragraphs)
