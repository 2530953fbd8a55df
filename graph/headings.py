"""The headings people read above a table's columns, in their language.

A named question's columns are variable names (``otherLabel``, ``documentId``); JSON, CSV and TSV
keep them for programs, while tables (the CLI's ``table`` and ``markdown``, the explorer's pages)
show a word: Dutch by default, English where the name is no word.

>>> headings(["relation", "otherLabel", "past"], "nl"), headings(["relation", "otherLabel"], "en")
(['relatie', 'ander', 'vroeger'], ['relation', 'other'])
"""

from __future__ import annotations

__all__ = ["DUTCH_HEADINGS", "ENGLISH_HEADINGS", "YES", "headings"]

#: how a table people read shows a true cell (a false one stays empty): the ``vroeger`` column
YES = {"nl": "ja", "en": "yes"}

#: Dutch column headings of the tables people read (``table`` and ``markdown``) for the columns of
#: the named questions and shortcuts; JSON, CSV and TSV keep the names programs rely on
DUTCH_HEADINGS = {
    "relation": "relatie", "relations": "relaties", "direction": "richting", "otherLabel": "ander",
    "otherType": "soort", "type": "soort", "role": "rol", "start": "begin", "end": "einde", "endedBy": "einde afgeleid uit",
    "confidence": "zekerheid", "quote": "citaat", "quotes": "citaten", "documentId": "document",
    "documents": "documenten", "evidence": "bewijs", "curation": "curatie", "curations": "curaties",
    "past": "vroeger", "label": "naam", "names": "namen", "matched": "gevonden als", "personLabel": "persoon",
    "cityLabel": "gemeente", "ministryLabel": "ministerie", "ministry": "ministerie", "actorLabel": "actor",
    "actorType": "soort actor", "viaLabel": "via", "themeLabel": "thema", "themagroepLabel": "themagroep",
    "provinceLabel": "provincie", "programmeLabel": "programma", "programmeKind": "soort programma",
    "memberLabel": "lid", "memberType": "soort lid", "members": "leden", "step": "stap", "from": "van",
    "to": "naar", "degree": "graad", "community": "gemeenschap", "size": "grootte", "total": "totaal",
    "name": "naam", "title": "titel", "parameters": "parameters", "description": "beschrijving",
    "undated": "zonder datum", "change": "verandering", "subject": "onderwerp", "predicate": "relatie",
    "object": "object", "date": "datum", "mentions": "vermeldingen", "as_written": "zoals geschreven",
    "sentences": "zinnen", "neighbours": "buren", "strongest": "meeste documenten met",
    "pairs": "paren via knoop", "why": "waarom", "facts": "feiten", "otherFacts": "feiten ander", "merge": "regel",
    "reason": "reden", "ruleKind": "soort regel", "ruleSource": "bestand:regel", "rule": "regel",
    "entities": "entiteiten", "stale": "zonder effect", "period": "periode", "bodyLabel": "orgaan",
    "since": "sinds", "portfolio": "portefeuille", "curated": "gecureerd", "by": "door", "built": "gebouwd", "event": "gebeurtenis",
    "sinceStated": "sinds in de tekst", "startStated": "begin in de tekst", "sinceDocument": "sinds volgens",
    "dossierLabel": "dossier", "dossierType": "soort dossier", "onBehalfOf": "namens",
    "cityRole": "rol van de gemeente", "year": "jaar", "collaborations": "samenwerkingen",
}


#: English headings where a column's name is not a word (``otherLabel``); the others are their name
ENGLISH_HEADINGS = {
    "otherLabel": "other", "otherType": "type", "endedBy": "end inferred from", "documentId": "document", "personLabel": "person",
    "cityLabel": "municipality", "ministryLabel": "ministry", "actorLabel": "actor", "actorType": "actor type",
    "viaLabel": "via", "themeLabel": "theme", "themagroepLabel": "themagroep", "provinceLabel": "province",
    "programmeLabel": "programme", "programmeKind": "programme kind", "memberLabel": "member",
    "memberType": "member type", "as_written": "as written", "strongest": "most documents with",
    "pairs": "pairs through node", "otherFacts": "other's facts", "merge": "rule",
    "ruleKind": "kind", "ruleSource": "file:line", "bodyLabel": "body",
    "sinceStated": "since in the text", "startStated": "start in the text", "sinceDocument": "since according to",
    "dossierLabel": "dossier", "dossierType": "dossier type", "onBehalfOf": "on behalf of",
    "cityRole": "city's part",
}


def headings(columns, lang: str) -> list[str]:
    """The headings people read for ``columns`` in ``lang`` (:data:`DUTCH_HEADINGS`, :data:`ENGLISH_HEADINGS`).

    >>> headings(["relation", "otherLabel", "EZK"], "nl"), headings(["relation", "otherLabel"], "en")
    (['relatie', 'ander', 'EZK'], ['relation', 'other'])
    """
    names = DUTCH_HEADINGS if lang == "nl" else ENGLISH_HEADINGS
    return [names.get(column, column) for column in columns]
