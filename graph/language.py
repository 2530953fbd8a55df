"""Whether a document is written in Dutch, which is the only language the extraction reads.

A corpus of a researcher mixes sources: an English news item ("The G40 city network and the
Ministry of Economic Affairs signed …") gives few of its facts, and without a word the build would
let that pass for a document with little in it. The build names such documents in one warning (the extraction reads some English, "X chairs the
pijler Y", but was made for Dutch).

The check counts function words, the most frequent words of a language, in the first
:data:`SAMPLE` characters: a Dutch text has one in four or five of its words among (a list of names one in eight)
:data:`DUTCH` (de, het, een, van, …), an English one hardly any, however many Dutch names it
quotes ("Pijler Economie en Werk"). A text whose English function words outnumber its Dutch
ones two to one is English; one of at least :data:`MIN_WORDS` words of which fewer than one in
twelve is a Dutch function word is some other language. Names, tables (their rows are left out:
:func:`without_table_rows`) and short notes (fewer than :data:`MIN_WORDS` words) are never flagged; nor are the labelled lines of names of a
contact or attendance list (:func:`without_name_lines`). No dependency: a language model (langdetect,
fastText) would tell more languages apart, but this question has one answer that matters.

References
----------
Grefenstette, G. (1995). Comparing two language identification schemes. JADT 1995 (the
short-words method).

Examples
--------
>>> language_of("De G40 werkt samen met het ministerie van BZK aan de woningbouw in de steden. Ook de "
...             "provincies zijn erbij betrokken.")
'nl'
>>> language_of("The G40 city network and the Ministry of Economic Affairs signed an agreement with "
...             "the cities. Joost Smit chairs the Pijler Economie en Werk.")
'en'
"""

from __future__ import annotations

import re

from .docdate import shown_names
from .messages import CATALOGUE, msg
from .build_warnings import coded

__all__ = ["language_of", "foreign_language", "foreign_warning", "without_mail_headers", "without_name_lines",
           "without_table_rows"]

#: Dutch function words that are no English words ("in", "is", "was", "over" are both)
DUTCH = frozenset("de het een en van te dat die niet zijn met voor op aan bij ook wordt worden naar als er om door "
                  "nog maar uit deze dit heeft hebben werd zal tot we wij zij hij ze onze hun wat wel geen".split())
#: English function words that are no Dutch words
ENGLISH = frozenset("the and of to with for that this are has have by from an its their which were been will would "
                    "not or be".split())
#: how much of a document the check reads
SAMPLE = 3000
#: below this many words a text is too short to tell (a table, a list of names)
MIN_WORDS = 20
_WORD = re.compile(r"[^\W\d_]+")


def language_of(text: str) -> str | None:
    """'nl' for Dutch, 'en' for English, 'other' for another language, None when too short to tell.

    >>> language_of("Der Städtebund und das Ministerium haben eine Vereinbarung über Innenstädte geschlossen, "
    ...             "welche ab Januar gilt und für alle Mitglieder des Netzwerks verbindlich ist.")
    'other'
    >>> language_of("Zwolle, Deventer en Ede."), language_of("")
    (None, None)
    """
    words = [w.lower() for w in _WORD.findall(without_name_lines(without_table_rows(without_mail_headers(text)))[:SAMPLE])]
    dutch = sum(w in DUTCH for w in words)
    english = sum(w in ENGLISH for w in words)
    if english >= 5 and english > 2 * dutch:
        return "en"
    if len(words) < MIN_WORDS:
        return None
    return "other" if dutch < len(words) / 12 else "nl"


#: a mail's header line, as an English or Dutch mail program writes it ("From: …", "Onderwerp: …")
_MAIL_HEADER = re.compile(r"^[ \t>]*(?:from|sent|to|cc|bcc|subject|date|importance|attachments|reply-to|van|"
                          r"verzonden|aan|onderwerp|datum|bijlagen|urgentie|antwoord aan)[ \t]*:.*$\n?",
                          re.IGNORECASE | re.MULTILINE)


#: a table's row as the ingest writes it ("| City Deal X | Apeldoorn, Deventer | KGG |")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*$\n?", re.MULTILINE)


def without_table_rows(text: str) -> str:
    r"""``text`` without its tables' rows: their cells are names, in no language, so a page that is mostly a
    table of names ("| City Deal Energieke Wijken | Apeldoorn, Deventer, Zwolle | KGG |") is judged by its
    sentences, and one with too few of them is too short to tell (walkthrough 27, finding 14).

    >>> without_table_rows("Onderstaande tabel toont de deelnemers.\n| City Deal X | Breda, Ede |\n| City Deal Y | Epe |\n")
    'Onderstaande tabel toont de deelnemers.\n'
    """
    return _TABLE_ROW.sub("", text)


#: a labelled line of a list: "Voorzitter: …", "- Leden: …" (a label of a word or three, then a colon)
_LABELLED_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?[^\W\d_][\w-]*(?:[ \t]+[\w-]+){0,2}[ \t]*:[ \t]*(.+)")
#: the small words inside a name ("Pieter de Ruiter", "Jan van den Berg") and between two ("A en B")
_NAME_SMALL_WORDS = frozenset("de van der den ter ten het te 't in en".split())


def without_name_lines(text: str) -> str:
    r"""``text`` without the labelled lines of a list that hold names alone, "Voorzitter: Femke Tuinstra
    (Zwolle)", "Leden: Pieter de Ruiter (Leeuwarden), Sandra Kok (Emmen)": like a table's cells, names are
    in no language, so a contact or attendance list is too short to tell rather than "another language"
    (walkthrough 30, finding 11). A line whose text after the label has a word in lower case other than the
    small words of names ("Besluit: het college stemt in") is a sentence and stays.

    >>> without_name_lines("Contactlijst\nVoorzitter: Femke Tuinstra (Zwolle)\nLeden: Jan van den Berg en Eva Kok\n"
    ...                    "Besluit: het college stemt in.\n")
    'Contactlijst\nBesluit: het college stemt in.\n'
    """
    return "".join(line for line in text.splitlines(keepends=True) if not _names_only(line))


def _names_only(line: str) -> bool:
    labelled = _LABELLED_LINE.fullmatch(line.rstrip("\r\n"))
    return labelled is not None and all(word[:1].isupper() or word.lower() in _NAME_SMALL_WORDS
                                        for word in _WORD.findall(labelled.group(1)))


def without_mail_headers(text: str) -> str:
    r"""``text`` without a mail's header lines, so that the language of a Dutch mail saved from an English
    Outlook ("From:", "Sent:", "Subject: FW: Invitation to …") is judged by its body (round 45l).

    >>> without_mail_headers("From: A <a@b.nl>\nSent: Friday, November 20, 2026\nSubject: RE: the meeting\n\nHoi Petra,")
    '\nHoi Petra,'
    """
    return _MAIL_HEADER.sub("", text)


def foreign_language(text: str) -> str | None:
    """"en" or "other" when ``text`` does not look Dutch, else None (Dutch, or too short to tell).

    >>> english = "The network and the ministry signed an agreement with the cities of the east."
    >>> foreign_language(english), foreign_language("De G40 en BZK werken samen.")
    ('en', None)
    """
    language = language_of(text or "")
    return language if language in ("en", "other") else None


def foreign_warning(documents) -> str | None:
    """One warning naming the documents that do not look Dutch (``foreign_language`` of each, which
    ingest reads with the file), or None.

    The warning says plainly what is lost: the extraction reads roles and relations in Dutch only,
    so such a document gives names and little else; what it says goes into a correction file
    (walkthrough 23 finding 15: "… has been co-lead of the working group … since 1 May 2025"
    gave no fact, and the old warning's "maar een deel van de feiten" did not say which part).

    >>> from types import SimpleNamespace as Doc
    >>> foreign_warning([Doc(id="news", foreign_language="en"), Doc(id="brief", foreign_language=None)])
    '1 document lijkt niet Nederlandstalig: news (Engels); rollen en relaties in het Engels worden niet herkend, alleen namen: zet ze zelf in een correctiebestand (g40kg build … --curated MAP; zie data/curated/README.md)'
    >>> foreign_warning([Doc(id="note", foreign_language="en"), Doc(id="brief", foreign_language="other")])[:115]
    '2 documenten lijken niet Nederlandstalig: brief (andere taal), note (Engels); rollen en relaties in een andere taal'
    """
    foreign = sorted((d.id, d.foreign_language) for d in documents if d.foreign_language)
    if not foreign:
        return None
    names = shown_names([f"{doc} ({msg('language_' + lang)})" for doc, lang in foreign])
    languages = msg("roles_in_english" if {lang for _, lang in foreign} == {"en"} else "roles_in_other_languages")
    return coded("foreign_document" if len(foreign) == 1 else "foreign_documents", n=len(foreign), names=names,
                 advice=msg("foreign_advice", languages=languages))


CATALOGUE.update({
    "foreign_document": {"nl": "1 document lijkt niet Nederlandstalig: {names}; {advice}",
                         "en": "1 document does not look Dutch: {names}; {advice}"},
    "foreign_documents": {"nl": "{n} documenten lijken niet Nederlandstalig: {names}; {advice}",
                          "en": "{n} documents do not look Dutch: {names}; {advice}"},
    "foreign_advice": {
        "nl": "rollen en relaties {languages} worden niet herkend, alleen namen: zet ze zelf in een correctiebestand "
              "(g40kg build … --curated MAP; zie data/curated/README.md)",
        "en": "roles and relations {languages} are not recognised, only names: put them in a correction file "
              "yourself (g40kg build … --curated FOLDER; see data/curated/README.md)"},
    "roles_in_english": {"nl": "in het Engels", "en": "in English"},
    "roles_in_other_languages": {"nl": "in een andere taal dan het Nederlands", "en": "in a language other than Dutch"},
    "language_en": {"nl": "Engels", "en": "English"},
    "language_other": {"nl": "andere taal", "en": "another language"},
})
