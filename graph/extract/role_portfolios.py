"""A role's portfolio: what its holder is responsible for, as the words after the role word say it.

A wethouder, gedeputeerde, minister or staatssecretaris holds a portfolio ("wethouder Wonen en Ruimte",
"de Delftse wethouder van wonen", "minister voor Armoedebeleid"), a directeur or directeur-generaal heads a
directie ("directeur Woningbouw", "plaatsvervangend directeur-generaal Water en Bodem"). The role rules
find the role word, its holder and the body; :func:`with_portfolios` then reads the portfolio after the
role word of each such role, once per document. The portfolio is a detail of the role: it changes no
role, no body and no key (:mod:`graph.document_writer` writes it as ``g40:portfolio``).

Dutch bounds it: it is a run of Title Case words (or lower-case words of a field,
``data/gazetteer/portfolios.txt``) joined by "en" or "&", and it ends where the body begins ("bij BZK",
"van Heerlen", "in Ede"), at a comma (unless "en" closes an enumeration: "Wonen, Binnenstad en Cultuur") or
bracket, a name, "sinds", a date or the end of the clause.
"minister van BZK", "staatssecretaris van Volkshuisvesting": after "van" a minister's words name the
ministry, not a portfolio. Words that only repeat the body ("directeur Woningmarkt" of the Directie
Woningmarkt) are no portfolio either.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Jan Smit, wethouder Wonen en Ruimte van Ede, opende.", gazetteer=load_gazetteer())
>>> [(r.role, r.portfolio, r.object.label) for r in ex.relations if r.predicate == "hasRole"]
[('wethouder', 'Wonen en Ruimte', 'Ede')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .assigned_portfolios import assigned_portfolio
from .lexicon import load_lexicon
from .model import Mention, Relation
from .periods import MONTHS
from .role_words import role_of, role_pattern

__all__ = ["PORTFOLIO_ROLES", "with_portfolios", "portfolio_after"]

#: the offices that hold a political portfolio: after them "van"/"voor" may name it ("wethouder van wonen")
_POLITICAL = frozenset({"wethouder", "gedeputeerde", "minister", "staatssecretaris"})
#: "minister van X" and "staatssecretaris van X" name the ministry: only "voor" names their portfolio
_MINISTERIAL = frozenset({"minister", "staatssecretaris"})
#: the heads of a directie or directoraat-generaal: the directie's name follows the role word
_HEADS = frozenset({"directeur", "plaatsvervangend directeur", "directeur-generaal", "plaatsvervangend directeur-generaal",
                    "programmadirecteur", "plaatsvervangend programmadirecteur"})
#: the role labels that can carry a portfolio
PORTFOLIO_ROLES = _POLITICAL | _HEADS

#: a word of a portfolio (letters, with hyphens and apostrophes inside: "Zorg-en-Welzijn", "Ruimtelijke")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
#: what joins two fields of one portfolio: "Wonen en Ruimte", "Zorg & Welzijn"
_JOIN = re.compile(r"[ \t]+(?:en|&)[ \t]+")
#: a preposition that opens a political portfolio: "wethouder van wonen", "minister voor Armoedebeleid"
_PREPOSITION = re.compile(r"[ \t]+(van|voor)[ \t]+", re.IGNORECASE)
#: Title Case words that are no field: articles and name particles ("minister De Jonge"), and the small
#: words a sentence may capitalise
_NOT_FIELD = frozenset({"de", "het", "een", "van", "der", "den", "ter", "ten", "te", "in", "op", "bij", "voor", "uit",
                        "en", "of", "is", "was", "sinds", "per", "tot", "vanaf", "namens", "heer", "mevrouw", "dhr",
                        "mevr", "mw", "drs", "dr", "ir", "mr", "prof", "ing", "ad", "interim", "a", "i"}) | frozenset(MONTHS)
_SPACE = re.compile(r"[ \t]+")
#: a comma inside an enumeration of fields: "Wonen, Binnenstad en Cultuur" (kept only when "en" closes it)
_COMMA = re.compile(r",[ \t]+")
#: at most this many words: a portfolio names a field or two, not a clause
_MOST_WORDS = 6


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """Each word of the lexicon's portfolios, lower case ("ruimtelijke", "ordening", "wonen")."""
    return frozenset(word for field in load_lexicon().portfolios for word in field.split())


def portfolio_after(text: str, end: int, limit: int, role: str, mentions: list[Mention]) -> str | None:
    """The portfolio that follows the role word ``role`` (a label) ending at ``end``, read no further than
    ``limit``; ``mentions`` are the names found there (a name or a body ends the portfolio).

    >>> portfolio_after("wethouder Wonen en Ruimte van Heerlen", 9, 37, "wethouder", [])
    'Wonen en Ruimte'
    >>> portfolio_after("de wethouder van wonen, Anna", 12, 28, "wethouder", [])
    'wonen'
    >>> portfolio_after("minister van Volkshuisvesting", 8, 29, "minister", []) is None
    True
    >>> portfolio_after("directeur Woningbouw bij BZK", 9, 28, "directeur", [])
    'Woningbouw'
    >>> portfolio_after("wethouder sinds 2020", 9, 20, "wethouder", []) is None
    True
    >>> portfolio_after("wethouder Wonen, Binnenstad en Cultuur, Alkmaar", 9, 47, "wethouder", [])
    'Wonen, Binnenstad en Cultuur'
    >>> portfolio_after("wethouder Economie, Amstelveen", 9, 30, "wethouder", [])
    'Economie'
    """
    found = _read(text, end, limit, role, mentions)
    return found[0] if found else None


def _read(text: str, end: int, limit: int, role: str, mentions: list[Mention]) -> tuple[str, int] | None:
    """:func:`portfolio_after`, with the offset just after the portfolio."""
    if role not in PORTFOLIO_ROLES:
        return None
    opening = _PREPOSITION.match(text, end, limit)
    if opening is not None:
        if role not in _POLITICAL or (role in _MINISTERIAL and opening.group(1).lower() == "van"):
            return None  # "minister van BZK": the ministry; "directeur van Platform31": the body
        position = opening.end()
    else:
        gap = _SPACE.match(text, end, limit)
        if gap is None:
            return None
        position = gap.end()
    inside = [(m.start, m.end) for m in mentions if m.type != "Theme" and m.start < limit and m.end > end]
    first_names, field_words = load_lexicon().first_names, _field_words()
    first = last = listed = None  # listed: the end before a comma, until "en" closes the enumeration
    for _ in range(_MOST_WORDS):
        word = _WORD.match(text, position, limit)
        if word is None or any(s <= word.start() < e for s, e in inside):
            break  # a name or a body: "wethouder Jan de Vries", "wethouder van Heerlen"
        token = word.group()
        if token.lower() in _NOT_FIELD or role_of(token) is not None:
            break  # "bij", "sinds", "in", a month, a second role word
        if not token[:1].isupper() and token.lower() not in field_words:
            break  # a lower-case word that names no field: the clause goes on ("wethouder werd zij")
        if first is None and token in first_names:
            return None  # "wethouder Jan …": a name the person rules did not read
        first = word.start() if first is None else first
        last = word.end()
        join = _JOIN.match(text, last, limit)
        if join is not None:
            listed = None  # "Wonen, Binnenstad en Cultuur": the enumeration is closed
        else:
            join = _SPACE.match(text, last, limit)
            comma = _COMMA.match(text, last, limit)
            if join is None and comma is not None:
                listed = last if listed is None else listed
                join = comma
        if join is None:
            break
        position = join.end()
    if first is None:
        return None
    last = listed if listed is not None else last  # "wethouder Economie, Amstelveen": no enumeration
    return " ".join(text[first:last].split()), last


def _role_word_of(text: str, relation: Relation, mentions: list[Mention]) -> re.Match | None:
    """The role word in the relation's sentence that gives its holder the role: the one before the
    holder's name that titles it ("wethouder Wonen Jan Smit", "de wethouder van wonen, Jan Smit"), else the
    nearest after the name ("Jan Smit, wethouder Wonen", "Jan Smit is wethouder Wonen"), else the nearest
    before it; never one with another person's name between it and the holder."""
    subject = relation.subject
    start, end = relation.evidence_start, relation.evidence_end
    if not (start <= subject.start and subject.end <= end):
        return None
    persons = [m.start for m in mentions if m.type == "Person" and m.label != subject.label]
    matches = [m for m in role_pattern().finditer(text, start, end) if _label(m.group()) == relation.role]
    before = [m for m in matches if m.end() <= subject.start
              and not any(m.end() <= p < subject.start for p in persons)]
    after = [m for m in matches if m.start() >= subject.end and (not any(subject.end <= p < m.start() for p in persons)
                                                                 or _succeeds_as(text, start, subject, m.start()))]
    if before:
        found = _read(text, before[-1].end(), subject.start, relation.role, mentions)
        if _TITLES.fullmatch(text, found[1] if found else before[-1].end(), subject.start) and (found or not after):
            return before[-1]  # (a bare title with the role word again after the name: "wethouder X is wethouder Zorg")
    if after:
        return after[0]
    return before[-1] if before else None


#: a succession between the holder and the role word: "X volgt Y op als wethouder Economie" (walkthrough 30,
#: finding 10): the role and its portfolio are X's (and were Y's), though Y's name stands between
_SUCCEEDS_AS = re.compile(r"[ \t]+(?:volgt|volgde|volgen|volgden)[ \t]+[^,;.:()]{2,60}?[ \t]+op[ \t]+als[ \t]+", re.IGNORECASE)
#: the same with the verb before the holder: "In Zwolle volgt X Y op als wethouder Economie"
_SUCCEEDED_AS = re.compile(r"[ \t]+[^,;.:()]{2,60}?[ \t]+op[ \t]+als[ \t]+", re.IGNORECASE)
_SUCCEEDS_BEFORE = re.compile(r"\b(?:volgt|volgde|volgen|volgden)[ \t]+\Z", re.IGNORECASE)


def _succeeds_as(text: str, start: int, subject: Mention, role_start: int) -> bool:
    """Whether the holder ``subject`` succeeds someone "als" the role word at ``role_start``, the one succeeded
    named between them: "X volgt Y op als wethouder …", "In Zwolle volgt X Y op als wethouder …"."""
    if _SUCCEEDS_AS.fullmatch(text, subject.end, role_start):
        return True
    return bool(_SUCCEEDED_AS.fullmatch(text, subject.end, role_start)
                and _SUCCEEDS_BEFORE.search(text, max(start, subject.start - 12), subject.start))


def _label(surface: str) -> str | None:
    role = role_of(surface)
    return role.label if role is not None else None


#: what may stand between a titling role (with its portfolio) and the name: a comma, a courtesy or
#: academic title ("directeur Woningbouw, de heer drs. X")
_TITLES = re.compile(r"[\s,:]*(?:(?:de\s+heer|mevrouw|dhr\.|mevr\.|mw\.)\s*)?(?:(?:drs|dr|ir|mr|prof|ing)\.\s*)*",
                     re.IGNORECASE)


def with_portfolios(text: str, relations: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """``relations`` with the portfolio of each role that can have one (:data:`PORTFOLIO_ROLES`) where the
    words after its role word give one; a portfolio that only repeats the body's name is left out.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Eva Smit, directeur Woningbouw bij het ministerie van BZK, was er.", gazetteer=load_gazetteer())
    >>> [(r.role, r.portfolio) for r in ex.relations if r.predicate == "hasRole"]
    [('directeur', 'Woningbouw')]
    """
    out = []
    for relation in relations:
        if relation.predicate == "hasRole" and relation.role in PORTFOLIO_ROLES and relation.portfolio is None:
            portfolio = _portfolio_of(text, relation, mentions) or assigned_portfolio(text, relation, mentions)
            if portfolio and portfolio.lower() not in relation.object.label.lower():
                relation = replace(relation, portfolio=portfolio)
        out.append(relation)
    return out


def _portfolio_of(text: str, relation: Relation, mentions: list[Mention]) -> str | None:
    here = [m for m in mentions if relation.evidence_start <= m.start < relation.evidence_end]
    word = _role_word_of(text, relation, here)
    if word is None:
        return None
    limit = relation.subject.start if relation.subject.start >= word.end() else relation.evidence_end
    found = portfolio_after(text, word.end(), limit, relation.role, here)
    if found is None and word.end() <= relation.subject.start:
        return _after_colon(text, relation, here) or _in_bracket(text, relation, here)
    return found


#: a colon right after the name of a list's item: "- wethouder X: Sociaal Domein en Zorg;"
_NAME_COLON = re.compile(r"[ \t]*:(?=[ \t])")


def _after_colon(text: str, relation: Relation, mentions: list[Mention]) -> str | None:
    """The portfolio after a colon that follows the holder titled by the role word, where it is all the
    item says: "- wethouder Eva Kok: Sociaal Domein en Zorg;" (walkthrough 23, finding 2), not "Wethouder
    Eva Kok: Wij gaan door" (a quote).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Gemeente Ede\\n\\nHet college:\\n\\n- wethouder Eva Kok: Sociaal Domein en Zorg;\\n"
    ...              "- wethouder Jan Smit: Wij gaan door.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.portfolio) for r in ex.relations if r.predicate == "hasRole"]
    [('Eva Kok', 'Sociaal Domein en Zorg'), ('Jan Smit', None)]
    """
    colon = _NAME_COLON.match(text, relation.subject.end, relation.evidence_end)
    found = _read(text, colon.end(), relation.evidence_end, relation.role, mentions) if colon is not None else None
    if found is None or text[found[1]:relation.evidence_end].strip(" \t;.,"):
        return None
    return found[0]


#: a bracket right after the name of a holder its role word titles: "Wethouder Eva Kok (Wonen en Zorg)"
_NAME_BRACKET = re.compile(r"[ \t]*\(([^()\n]{1,80})\)")
#: the words of a bracketed portfolio: fields joined by "en", "&" or commas
_BRACKET_WORD = re.compile(r"[^\W\d_][\w'’-]*|&|,")


def _in_bracket(text: str, relation: Relation, mentions: list[Mention]) -> str | None:
    """The portfolio in a bracket right after the holder a role word titles, where every word in it is a word
    of a field (``data/gazetteer/portfolios.txt``) or joins two: "Wethouder Eva Kok (Economie en Onderwijs)"
    (walkthrough 30, finding 10). Not a town, a party or a number: "Wethouder Eva Kok (Zwolle)",
    "(GroenLinks)", "(52)".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Wethouder Eva Kok (Economie en Onderwijs) van Zwolle opende. Wethouder Jan Smit (GroenLinks) "
    ...              "van Deventer sprak.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.portfolio) for r in ex.relations if r.predicate == "hasRole"]
    [('Eva Kok', 'Economie en Onderwijs'), ('Jan Smit', None)]
    """
    bracket = _NAME_BRACKET.match(text, relation.subject.end, relation.evidence_end)
    if bracket is None or any(bracket.start(1) <= m.start < bracket.end(1) and m.type != "Theme" for m in mentions):
        return None
    words = _BRACKET_WORD.findall(bracket.group(1))
    fields = _field_words()
    if not words or words[0] in ("&", ",") or words[-1] in ("&", ",") \
            or not all(w in ("&", ",") or w.lower() == "en" or w.lower() in fields for w in words) \
            or "".join(_BRACKET_WORD.sub("", bracket.group(1)).split()):
        return None  # a word of no field, or something that is no word ("(52)", "(v.a. 2024)")
    return " ".join(bracket.group(1).split())
