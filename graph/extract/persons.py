"""Persons: names with Dutch particles, titles with a surname, initials, signatures.

A capitalised first name + optional particles (van, van der, den, de, ten, ter …) + surname is a
person when the first name is a known given name (``first_names.txt``), or when a cue confirms
it: a role word or title before it ("trekker Daan Bos", "minister Kramer", "dhr. Jansen"),
a bracket after it ("Tom Ris (UWV)"), or a matching e-mail address. Later mentions by surname
are :mod:`.surname_repeats`; an address that names a person no text writes out is
:mod:`.email_addresses`; a town's name used as a surname is :mod:`.place_surnames`. Where a name ends
is :mod:`.person_surnames`; the line around it (signatures, role lines) :mod:`.person_lines`.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Daarna sprak minister Van Nieuwenhuizen met Anna van der Berg (Delft) en Kees Jansen."
>>> [m.label for m in find_persons(text, tokenize(text), set())]
['Van Nieuwenhuizen', 'Anna van der Berg', 'Kees Jansen']
"""

from __future__ import annotations

import re

from .email_addresses import Email, find_emails, unwritten_persons
from .lexicon import load_lexicon
from .model import Mention
from .organisations import NOT_NAMES
from .name_words import is_name_word, particle_words
from .surname_repeats import particle_repeats, surname_repeats
from .subject_phrases import names_a_subject
from .double_surnames import second_surname_end
from .salutations import unnamed_salutations
from .tokens import NAME_START, Token
from .person_lines import (_adjective_first, _after_middle_initials, _apposition_opens_line, _bracket_first_name,
                           _email_follows, _known_after_kind, _name_under_role_line, _organisation_line, _role_at,
                           _role_field_before,
                           _signatory_line, _signature_column, _signature_name_line)
from .person_surnames import (OFFICE_PLACES, _given_name_here, _names_a_body, _particles, _PERSONAL_TITLES, _role_words,
                              _surname_end, _surname_goes_on, TITLES)

__all__ = ["find_persons"]

#: degrees and professional titles written after a name: "R. Nijkamp RA", "K.J. Boersma MSc" (round 60r)
_POSTNOMINALS = frozenset({"MSc", "MA", "BSc", "BA", "MBA", "MPA", "LLM", "LLB", "RA", "RC", "RE", "PhD", "AA", "EMIA"})

#: words before a capitalised pair that make it part of a longer name, not a person
_INSIDE_NAMES = frozenset({"of", "the", "for", "and", "van", "voor", "der"})
#: what may stand before a name that a role in apposition confirms ("– Eva Smit, wethouder van …"), also the
#: agent's and the place's preposition: "geleid door Priscilla Renfurm, teamleider …", "opgevolgd door Gonca
#: Yüksel-Brouwer, wethouder in Assen", "bij Liam de Koning, adviseur …" (a given name the list lacks)
_BEFORE_APPOSED_NAME = frozenset({"–", "—", ":", "-", "(", "en", "door", "bij", "met",  # "(samen) met X, hoofd …"
                                  "|"})  # a table's cell "| X, wethouder |"
#: prepositions before such a name, also opening the sentence: "Onder X, wethouder in Ede, groeide …",
#: "Met X, directeur van …", "onder leiding van X, wethouder …", "namens X, voorzitter …" (round 41b)
_PREPOSITIONS_BEFORE_APPOSED_NAME = frozenset({"door", "bij", "met", "onder", "van", "namens", "naast", "voor", "aan"})
#: the nouns of fixed phrases whose "van" introduces the one who leads, invites or asks: "onder leiding van X",
#: "onder voorzitterschap van X", "op uitnodiging van X", "in opdracht van X" (round 41d)
_VAN_PHRASES = frozenset({"leiding", "voorzitterschap", "uitnodiging", "initiatief", "opdracht", "voorstel"})
#: verbs between a role word and the name it is given to ("Vicevoorzitter was Orhan Yildiz")
_COPULAS = frozenset({"is", "was", "wordt", "werd", "blijft", "bleef"})


def _apposition_title(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """Whether the title before token ``i`` opens an apposition (or bracket) to the person just
    found: in "Lieke Bos, wethouder Werklocaties, gemeente Helmond", "Jan Smit (directeur
    Primair Onderwijs)", "Esra Yıldız - pijlersecretaris Fysiek Domein" (a who's-who line) and
    "Maaike Stoffels (G40-bureau, pijlersecretaris Sociaal Domein)" the words after the title are
    a portfolio or a unit, not a second person. So are they after a copula whose subject is the
    person: "Lieke Bos is thematrekker Slimme Mobiliteit van de Themagroep …" (the role's topic).

    >>> from .tokens import tokenize
    >>> text = "Lieke Bos, wethouder Werklocaties"
    >>> _apposition_title(tokenize(text), 4, [Mention(0, 9, "Lieke Bos", "Person", "", 0.9)])
    True
    >>> text = "Lieke Bos is thematrekker Slimme Mobiliteit"
    >>> _apposition_title(tokenize(text), 4, [Mention(0, 9, "Lieke Bos", "Person", "", 0.9)])
    True
    """
    if i < 3 or not mentions or mentions[-1].type != "Person":
        return False
    if tokens[i - 2].text in (",", "(", "-", "–", "—") and mentions[-1].end == tokens[i - 3].end:
        return True  # "Lieke Bos, wethouder …", "Esra Yıldız - pijlersecretaris Fysiek Domein"
    if tokens[i - 2].text.lower() in _COPULAS and mentions[-1].end == tokens[i - 3].end:
        return True  # "Lieke Bos is thematrekker Slimme Mobiliteit": the subject holds the role
    if tokens[i - 2].text != ",":
        return False
    for k in range(i - 3, max(0, i - 12), -1):  # "Maaike Stoffels (G40-bureau, pijlersecretaris Sociaal Domein)"
        if tokens[k].text == ")":
            return False
        if tokens[k].text == "(":
            return mentions[-1].end == tokens[k - 1].end
    return False


def _line_of_its_own(text: str, start: int, end: int, following: int) -> bool:
    """Whether the words ``text[start:end]`` end at a blank line, or fill a line of their own, or end
    a line whose next opens with a label ("CC: Ingrid Vos\nDatum: 5 februari"), before the word at
    ``following`` (a name hard-wrapped in running text, "… met Jan\nJansen", goes on).

    >>> text = "CC: Ingrid Vos\\nDatum: 5 februari 2025"
    >>> _line_of_its_own(text, 4, 10, 11), _line_of_its_own(text, 4, 14, 15)
    (False, True)
    """
    gap = text[end:following]
    if "\n" not in gap:
        return False
    return gap.count("\n") >= 2 or not text[text.rfind("\n", 0, start) + 1:start].strip() \
        or _LABEL_OPENING.match(text, following) is not None


#: a line's opening label: "Datum:", "Onderwerp:", "Aan :"
_LABEL_OPENING = re.compile(r"[A-Z][\w-]*[ \t]*:(?!\S)")


#: the quotes around a nickname, opening and closing
#: (the tokens keep a right single quote as "'")
_NICKNAME_QUOTES = {'"': ('"',), "“": ("”",), "‘": ("’", "'"), "'": ("'",)}


def _nickname_end(tokens: list[Token], k: int) -> int | None:
    """The index after a nickname in quotes at ``k``, right after a given name: 'Jan "Jantje" de Vries',
    'Jan "de Baas" de Groot', "Jan ('de Baas') de Groot" (the surname follows it); None when no quoted
    nickname of one to three words, one of them capitalised, stands there (in brackets or not).

    >>> from graph.extract.tokens import tokenize
    >>> _nickname_end(tokenize('Jan "Jantje" de Vries'), 1), _nickname_end(tokenize("Jan de Vries"), 1)
    (4, None)
    >>> _nickname_end(tokenize('Jan "de Baas" de Groot'), 1), _nickname_end(tokenize("Jan (“de Baas”) de Groot"), 1)
    (5, 7)
    >>> _nickname_end(tokenize('Jan "de baas" de Groot'), 1)
    """
    bracketed = k < len(tokens) and tokens[k].text == "("
    q = k + 1 if bracketed else k
    if q + 2 >= len(tokens) or tokens[q].text not in _NICKNAME_QUOTES:
        return None
    close = _NICKNAME_QUOTES[tokens[q].text]
    for j in (q + 2, q + 3, q + 4):
        after = j + 2 if bracketed else j + 1
        if after < len(tokens) and tokens[j].text in close and tokens[j].start - tokens[q].end < 30 \
                and any(t.text[:1].isupper() for t in tokens[q + 1:j]) \
                and all(t.text[:1].isalpha() for t in tokens[q + 1:j]) \
                and (not bracketed or tokens[j + 1].text == ")"):
            return after
    return None


def _role_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a role word and the words after it) opens a line of its own that
    ends with "en <Field>": "Beleidsadviseur Fysiek Domein en Mobiliteit" under a name (a field, no
    person: a surname after a role word is not followed by "en" and a field on a line of its own)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return not text[line_start:start].strip() and re.fullmatch(r"\s*(?:en|&)\s+[\w -]{1,40}", rest) is not None


def _title_before_bracket(text: str, tokens: list[Token], i: int, end: int) -> bool:
    """Whether the words ``tokens[i:end]`` (a surname alone, no given name) close a line's capitalised
    title whose bracket ends the line: "Transformatie Binnenstad Noord (Leiden)", "Zaanse Kern Vitaal
    (Zaanstad)" are a project and its town, not a person from that town. A capitalised word before a
    person's surname on its line is a title or role ("Wethouder Bos (Ede)", a cue) or a sentence's
    opening word ("Volgens Bos (VNG) …").

    >>> from .tokens import tokenize
    >>> text = "### 1. Transformatie Binnenstad Noord (Leiden)\\n"
    >>> _title_before_bracket(text, tokenize(text), 6, 8)
    True
    >>> text = "Volgens Bos (VNG)\\n"
    >>> _title_before_bracket(text, tokenize(text), 1, 2)
    False
    """
    if i == 0 or end >= len(tokens) or tokens[end].text != "(":
        return False
    before = tokens[i - 1]
    if "\n" in text[before.end:tokens[i].start] or not before.text[:1].isupper() or not before.text.isalpha() \
            or before.text.lower() in NOT_NAMES:
        return False
    close = text.find(")", tokens[end].end)
    line_end = text.find("\n", tokens[end].end)
    return close >= 0 and not text[close + 1:line_end if line_end >= 0 else len(text)].strip()


def find_persons(text: str, tokens: list[Token], blocked: set[int], emails: list[Email] | None = None, *,
                 known_starts: set[int] | None = None) -> list[Mention]:
    """Person mentions, left to right, not overlapping ``blocked`` token indexes.

    ``known_starts`` holds indexes of tokens where a gazetteer mention starts: a bracket after a
    name confirms a person only when it names a municipality, organisation or role.
    """
    lexicon = load_lexicon()
    first_names = lexicon.first_names
    role_words = _role_words()
    role_or_title, titles = role_words | _PERSONAL_TITLES, TITLES | _PERSONAL_TITLES  # once, not per token
    emails = emails if emails is not None else find_emails(text)
    email_starts = {e.start: e for e in emails}
    inside_email = bytearray(len(text) + 1)  # 1 inside an address (a mask: no scan of the addresses per name)
    for e in emails:
        inside_email[e.start:e.end] = b"\x01" * (e.end - e.start)
    mentions: list[Mention] = []
    n = len(tokens)
    i = 0
    for candidate in NAME_START.indexes(tokens):
        if candidate < i:
            continue  # inside the name found last
        i = candidate
        token = tokens[i]
        if not token.text[:1].isupper() or i in blocked or inside_email[token.start]:
            i += 1
            continue
        cue_at = i - 1
        previous = tokens[cue_at].text.lower() if i > 0 else ""
        if previous in (".", ":") and i > 1:
            cue_at = i - 2
            previous = tokens[cue_at].text.lower()  # "dhr. Jansen"; a field "Voorzitter: Sevda Aksoy"
            if tokens[i - 1].text == "." and previous not in TITLES:
                previous = ""  # a full word before a period ends a sentence: "… nog maar net wethouder. Hoe ben je …"
        if i > 0 and "\n" in text[tokens[cue_at].end:token.start]:
            previous = ""  # a heading's last word is no title of the line below: "Zoetermeer in het bestuur\nBurgemeester …"
        if previous and token.text.lower() in titles:
            i += 1  # a title after a cue word starts no name: "… gemeentesecretaris Mw. …"
            continue
        cue = previous in role_words or previous in TITLES or previous.endswith(("voorzitter", "voorzitters",
                                                                                    "trekker", "trekkers"))
        cue = cue or (previous != "" and _role_field_before(text, tokens, i))  # a field "Wethouder Wonen: X" (46b)
        title = previous in TITLES or previous in _PERSONAL_TITLES
        if (cue or title) and _apposition_title(tokens, i, mentions):
            cue = title = False  # "Lieke Bos, wethouder Werklocaties": a portfolio, not a second person
        if token.text in first_names and not _given_name_here(tokens, i, first_names):
            i += 1
            continue
        if token.text not in first_names and token.text.lower() in role_or_title:
            i += 1  # "Wethouder Dijk (Zwolle) dankt …": a role word opening a sentence is a title, never a given name
            continue
        if cue and token.text not in first_names and token.text.lower() in lexicon.portfolios \
                and i + 1 < n and tokens[i + 1].text in first_names:
            i += 1  # "wethouder Wonen Sanne de Wit": the portfolio between the role word and the name
            continue
        if is_name_word(token) or token.text in first_names:
            after_first = i + 1
            if token.text in first_names and i + 3 < n and tokens[i + 1].text == "-" \
                    and (tokens[i + 2].text in first_names or _given_name_shape(tokens[i + 2].text)) \
                    and tokens[i + 1].start == token.end and tokens[i + 2].start == tokens[i + 1].end:
                # hyphenated first name: "Anne-Marie Bakker", "Jan-Willem de Graaf"; its second part need not be
                # a listed name on its own ("Anne-Marije Visser": a given name, then a capitalised word of letters)
                after_first = i + 3
            while token.text in first_names and after_first + 1 < n and tokens[after_first].text in first_names \
                    and (is_name_word(tokens[after_first + 1]) or _particles(tokens, after_first + 1, capital_ok=False)) \
                    and after_first - i < 3:
                after_first += 1  # "Jan Willem Bakker", "Henk Jan de Wit"
            if token.text in first_names:
                after_first = _after_middle_initials(tokens, after_first)  # "Marloes J. Hoogendijk"
            nickname = _nickname_end(tokens, after_first) if token.text in first_names else None
            if nickname is not None:
                after_first = nickname  # 'Jan "Jantje" de Vries': the surname after the nickname
            end = None
            if token.text in first_names:  # "Ahmed El Amrani", "Jan Van Dijk": a capitalised particle after a given name
                end = _surname_end(tokens, after_first, blocked, capital_particle=True, after_given=True)
            if end is None:
                end = _surname_end(tokens, after_first, blocked)
            if end is not None and token.text in first_names and end == after_first + 1:
                end = _surname_goes_on(tokens, end, blocked, role_words)  # "Hamid Oulad Ali": a surname of two words
                end = second_surname_end(text, tokens, end, blocked)  # "a. José Ramírez van Loon;": its second part
            labelled = next((k for k in range(i, end - 1) if "\n" in text[tokens[k].end:tokens[k + 1].start]
                             and _LABEL_OPENING.match(text, tokens[k + 1].start)), None) if end is not None else None
            if labelled is not None and labelled >= max(after_first, i + 1):
                end = labelled + 1  # "CC: Ingrid Vos\nDatum: …": the name ends with its line
            if end is not None and any(_line_of_its_own(text, token.start, tokens[k].end, tokens[k + 1].start)
                                       for k in range(i, end - 1)):
                # a name does not run over a blank line, nor from a line of its own into the next:
                # "Groet,\nSietske\n\nSietske Hoogeveen" (a sign-off, then the signature) is two names
                end = None
            if end is not None and nickname is not None and end <= nickname:
                end = None
            if end is not None and not any(k in blocked for k in range(i, end)):
                following = tokens[end].text if end < n else ""
                after = tokens[end].start if end < n else len(text)
                inside_name = i > 0 and tokens[i - 1].text.lower() in _INSIDE_NAMES \
                    and not (i > 1 and tokens[i - 1].text == "van" and tokens[i - 2].text.lower() in _VAN_PHRASES)
                # "Association of X Y (VNG)" (but "onder leiding van X, wethouder …": a person after a fixed phrase)
                bracket = following == "(" and end + 1 < n and not inside_name and (
                    known_starts is None or _known_after_kind(tokens, end + 1, known_starts)
                    or _role_at(tokens, end + 1, role_words))
                # "Latifa Bos, voorzitter van …", "Ravi Kok (senior adviseur, …)": an apposition of a role; also
                # a name listed after another: "A van het IPO en Kenan Çelik, directeur van …"
                bracket = bracket or (following == "," and end + 1 < n and not inside_name
                                      and (i > 0 and (tokens[i - 1].text in _BEFORE_APPOSED_NAME
                                                      or tokens[i - 1].text.lower() in _PREPOSITIONS_BEFORE_APPOSED_NAME)
                                           or _apposition_opens_line(text, tokens, i, end))
                                      and _role_at(tokens, end + 1, role_words))
                # "Vicevoorzitter was Orhan Yildiz, wethouder …", "Secretaris is Jet Mol.": the name a
                # role word before a copula is given to, or a name with a role in apposition after a copula
                bracket = bracket or (i > 1 and previous in _COPULAS and not inside_name and (
                    (following == "," and end + 1 < n and _role_at(tokens, end + 1, role_words))
                    or (_role_at(tokens, i - 2, role_words) and following in (".", ",", ";", "(", ""))))
                # (a line break ends a name: "Wethouder: Rana Yilmaz\nGemeentesecretaris: …")
                boundary = end >= n or not is_name_word(tokens[end]) or "\n" in text[tokens[end - 1].end:tokens[end].start]
                confirmed = (token.text in first_names or (cue and boundary and not _adjective_first(token.text)) or bracket
                             or (after in email_starts or _email_follows(text, tokens, end, email_starts)))
                if confirmed and token.text not in first_names and _names_a_body(text[token.start:tokens[end - 1].end]):
                    confirmed = False  # "voorzitter Pijler Sociaal", "trekker Themagroep Gezondheid": a unit's name
                if confirmed and token.text not in first_names \
                        and (" ".join(text[token.start:tokens[end - 1].end].split()).lower() in lexicon.portfolios
                             or names_a_subject(text[token.start:tokens[end - 1].end])):
                    confirmed = False  # "programmaleider Sociaal Domein, Platform31": the field of the role, no name
                    # (also "programmamanager Energie in de Wijk", "beleidsmedewerker City Deals": subject_phrases)
                if confirmed and bracket and not cue and token.text not in first_names \
                        and _title_before_bracket(text, tokens, i, end):
                    confirmed = False  # "### 2. Werklocaties Parkstad Circulair (Heerlen)": a project's title
                if confirmed and token.text not in first_names and not bracket and i > 0 \
                        and _role_line(text, tokens[i - 1].start, tokens[end - 1].end):
                    confirmed = False  # a signature's role line "Beleidsadviseur Fysiek Domein": a field, no name
                if confirmed:
                    start, stop = token.start, tokens[end - 1].end
                    # "Geachte heer Van den Berg": a capitalised particle opens a surname without a given name
                    bare = cue and token.text not in first_names and token.text.lower() in particle_words()
                    name = None if nickname is None else " ".join([token.text] + text[tokens[nickname].start:stop].split())
                    mentions.append(Mention(start, stop, text[start:stop], "Person",
                                            "persons.full-name" if token.text in first_names
                                            else "persons.title-surname" if bare else "persons.cue",
                                            0.9 if token.text in first_names else 0.8, name=name))
                    i = end
                    continue
        if len(token.text) == 1 and token.text.isupper() and i + 1 < n and tokens[i + 1].text == ".":
            # initials: "dhr. J. Visser (VNG)", "J.P. de Boer"
            k = i
            while k + 1 < n and k - i < 8 and len(tokens[k].text) == 1 and tokens[k].text.isupper() and tokens[k + 1].text == ".":
                k += 2
            close = k + 2 if k + 2 < n and tokens[k + 2].text == ")" else \
                k + 3 if k + 3 < n and tokens[k + 3].text == ")" else k + 4  # "(Jan Hendrik)", "(Anne-Marie)"
            if close + 1 < n and tokens[k].text == "(" and tokens[close].text == ")" \
                    and _bracket_first_name(text, tokens[k + 1:close], first_names, initial=token.text):
                # initials with the first name in brackets: "J.H. (Hans) Verbeek" is Hans Verbeek; a capitalised
                # particle opens the surname as after initials alone: "A. (Ahmed) El Idrissi" (round 43b)
                end = _surname_end(tokens, close + 1, blocked, capital_particle=True) or _surname_end(tokens, close + 1, blocked)
                if end is not None:
                    start, stop = token.start, tokens[end - 1].end
                    given = text[tokens[k + 1].start:tokens[close - 1].end]
                    name = " ".join([given] + text[tokens[close + 1].start:stop].split())
                    mentions.append(Mention(start, stop, text[start:stop], "Person", "persons.initials", 0.8, name=name))
                    i = end
                    continue
            # initials are followed by the surname, so a capitalised particle opens it: "ing. R. El Amrani"
            # (a capitalised verb form after initials is the surname, as after a given name: "T.W. van Sloten")
            end = (_surname_end(tokens, k, blocked, capital_particle=True, after_given=True)
                   or _surname_end(tokens, k, blocked, after_given=True)) if k < n else None
            # "J.W. Brinkhuis, beleidsadviseur Inkomen", "de burgemeester, R.M. van Dalen": a role beside the name
            beside = end is not None and (
                (end + 1 < n and tokens[end].text == "," and _role_at(tokens, end + 1, role_words))
                or (i >= 2 and tokens[i - 1].text == "," and _role_at(tokens, i - 2, role_words))
                or _signature_name_line(text, tokens, i, end, role_words)
                or _name_under_role_line(text, tokens, i, end, role_words)
                or _signature_column(text, tokens, i, end)
                or _signatory_line(text, tokens, i, end)
                or _organisation_line(text, tokens, i, end, known_starts))
            # "| F. El Amrani | Groningen |": initials and a surname (a capital particle too) that fill a table's cell
            in_cell = _surname_end(tokens, k, blocked, capital_particle=True, after_given=True) \
                if k < n and i > 0 and tokens[i - 1].text == "|" else None
            # (a degree after the surname stays in the cell, out of the name: "| R. Nijkamp RA |", "| K.J. Bos MSc |"; 60r)
            cell = in_cell is not None and in_cell < n and (tokens[in_cell].text == "|" or (
                tokens[in_cell].text in _POSTNOMINALS and in_cell + 1 < n and tokens[in_cell + 1].text == "|"))
            end = in_cell if cell else end
            # chairing names a person: "onder voorzitterschap van M. Bosman", "voorgezeten door M. Bosman",
            # "M. Bosman zit de themagroep voor"
            chairing = end is not None and (
                (i >= 2 and (tokens[i - 2].text.lower(), tokens[i - 1].text.lower()) in _CHAIRED_BY)
                or (end < n and tokens[end].text in ("zit", "zat") and _CHAIR_PARTICLE.match(text, tokens[end].end)))
            if end is not None and (title or cue or beside or cell or chairing or (end < n and tokens[end].text == "(")
                                    or _next_in_list(text, mentions, token.start)):
                start, stop = token.start, tokens[end - 1].end
                mentions.append(Mention(start, stop, text[start:stop], "Person", "persons.initials", 0.75,
                                        name=" ".join(text[start:stop].split())))
                i = end
                continue
        if title and token.text[:1].isupper() and token.text.lower() not in lexicon.portfolios:
            # "minister Kramer", "minister Van Nieuwenhuizen": a surname after a title (not a
            # portfolio: "wethouder Zorg en Welzijn")
            end = _surname_end(tokens, i, blocked, capital_particle=True)
            if end is not None and (end >= n or not is_name_word(tokens[end])) \
                    and not _names_a_body(text[token.start:tokens[end - 1].end]) \
                    and not names_a_subject(text[token.start:tokens[end - 1].end]):  # "wethouder Binnenstad"
                start, stop = token.start, tokens[end - 1].end
                # (the office before it, as its kind: "wethouder Kramer" may join the one wethouder of that name, 48g)
                mentions.append(Mention(start, stop, text[start:stop], "Person", "persons.title-surname", 0.75,
                                        kind=previous if previous in OFFICE_PLACES else None))
                i = end
                continue
        i += 1
    mentions = particle_repeats(text, tokens, blocked, mentions)
    mentions += surname_repeats(text, tokens, blocked, mentions)
    mentions = unnamed_salutations(text, mentions)  # "Geachte heer X," in a letter that names no X in full
    return mentions + unwritten_persons(text, emails, mentions)


#: the words before a chair's name: "(onder) voorzitterschap van", "voorgezeten door"
_CHAIRED_BY = frozenset({("voorzitterschap", "van"), ("voorgezeten", "door"), ("leiding", "van")})
#: "zit … voor" in the clause after a name: the verb's particle before the clause ends
_CHAIR_PARTICLE = re.compile(r"[^,;.:()\n]{2,80}?\s+voor\s*(?:[,;.]|$)")


def _given_name_shape(word: str) -> bool:
    """Whether ``word`` looks like the second part of a hyphenated given name: a capital, then three or more
    lower-case letters ("Marije" of "Anne-Marije").

    >>> _given_name_shape("Marije"), _given_name_shape("ter"), _given_name_shape("VNG")
    (True, False, False)
    """
    return len(word) >= 4 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


#: what lies between two persons of one list: a comma or "en", after the first one's bracket ("(voorzitter)")
_LIST_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,|,?[ \t]+en|;)[ \t]+")


def _next_in_list(text: str, mentions: list[Mention], at: int) -> bool:
    """Whether the initials at ``at`` follow a person read by initials in the same list: "de raadsleden M. Bos
    (voorzitter), S. Achterberg-Nunes en H. de Vries" names three persons, the cue before the first holds for the
    others (round 58r); not after a person named otherwise ("Eva Smit en A. Team").

    >>> first = Mention(0, 6, "M. Bos", "Person", "persons.initials", 0.75)
    >>> _next_in_list("M. Bos (voorzitter), S. Kok", [first], 21), _next_in_list("M. Bos kent S. Kok", [first], 11)
    (True, False)
    """
    last = mentions[-1] if mentions else None
    return last is not None and last.rule == "persons.initials" and _LIST_GAP.fullmatch(text, last.end, at) is not None
