"""Persons: names with Dutch particles, titles with a surname, initials, signatures.

A capitalised first name + optional particles (van, van der, den, de, ten, ter …) + surname is a
person when the first name is a known given name (``first_names.txt``), or when a cue confirms
it: a role word or title before it ("trekker Daan Bos", "minister Kramer", "dhr. Jansen"),
a bracket after it ("Tom Ris (UWV)"), or a matching e-mail address. Later mentions by surname
are :mod:`.surname_repeats`; an address that names a person no text writes out is
:mod:`.email_addresses`; a town's name used as a surname is :mod:`.place_surnames`.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Daarna sprak minister Van Nieuwenhuizen met Anna van der Berg (Delft) en Kees Jansen."
>>> [m.label for m in find_persons(text, tokenize(text), set())]
['Van Nieuwenhuizen', 'Anna van der Berg', 'Kees Jansen']
"""

from __future__ import annotations

import functools
import re
from functools import lru_cache

from .email_addresses import Email, compact, find_emails, unwritten_persons
from .lexicon import load_lexicon
from .model import Mention
from .name_words import is_name_word, particle_index, particle_words
from .periods import MONTH_NAMES
from .phrases import STOP
from .surname_repeats import particle_repeats, surname_repeats
from .salutations import unnamed_salutations
from .tokens import NAME_START, Token

__all__ = ["find_persons", "TITLES"]

#: words before a surname that make it a person ("minister Kramer", "mevrouw De Vries")
TITLES = frozenset({"dhr", "mevr", "mw", "mevrouw", "meneer", "heer", "drs", "dr", "ir", "mr", "prof", "ing"})
#: role words that are also forms of address before a bare surname ("minister Kramer")
_PERSONAL_TITLES = frozenset({"minister", "staatssecretaris", "burgemeester", "wethouder", "gedeputeerde", "premier",
                              "commissaris", "gemeentesecretaris"})
#: words before a capitalised pair that make it part of a longer name, not a person
_INSIDE_NAMES = frozenset({"of", "the", "for", "and", "van", "voor", "der"})
#: what may stand before a name that a role in apposition confirms ("– Eva Smit, wethouder van …"), also the
#: agent's and the place's preposition: "geleid door Priscilla Renfurm, teamleider …", "opgevolgd door Gonca
#: Yüksel-Brouwer, wethouder in Assen", "bij Liam de Koning, adviseur …" (a given name the list lacks)
_BEFORE_APPOSED_NAME = frozenset({"–", "—", ":", "-", "(", "en", "door", "bij", "met"})  # "(samen) met X, hoofd …"
#: verbs between a role word and the name it is given to ("Vicevoorzitter was Orhan Yildiz")
_COPULAS = frozenset({"is", "was", "wordt", "werd", "blijft", "bleef"})


#: words after a capitalised "Per" that make it the preposition, not the given name: "Per Januari",
#: "Per Maandag", "Per Saldo" (a title in capitals)
_AFTER_PER = MONTH_NAMES | frozenset("""maandag dinsdag woensdag donderdag vrijdag zaterdag zondag saldo direct
    omgaande heden stuk persoon jaar maand week dag kwartaal einde eind begin medio half gemeente regio inwoner""".split())


def _given_name_here(tokens: list[Token], i: int, first_names: frozenset[str]) -> bool:
    """Whether token ``i`` is a given name. A given name that is also a function word ("Per") is one
    only before a capitalised surname that is no date or measure word.

    >>> from graph.extract.tokens import tokenize
    >>> names = frozenset({"Per", "Jan"})
    >>> [_given_name_here(tokenize(t), 0, names) for t in ("Per Jansen", "Per 1 mei", "Per Januari", "Per de Wit")]
    [True, False, False, True]
    """
    word = tokens[i].text
    if word not in first_names:
        return False
    if word.lower() not in STOP:
        return True
    k = i + 1 + (_particles(tokens, i + 1, capital_ok=False) if i + 1 < len(tokens) else 0)  # "Per de Wit"
    return k < len(tokens) and is_name_word(tokens[k]) and tokens[k].text.lower() not in _AFTER_PER


def _particles(tokens: list[Token], i: int, *, capital_ok: bool) -> int:
    """Number of tokens of a particle sequence starting at ``i`` (0 when none)."""
    if i >= len(tokens):
        return 0
    first = tokens[i].text
    options = particle_index().get(first.lower())
    if not options or not (capital_ok or first.islower() or not first[:1].isalpha()):
        return 0
    for words in options:
        if i + len(words) < len(tokens) and all(tokens[i + k].text.lower() == w for k, w in enumerate(words)):
            return len(words)
    return 0


#: past forms of verbs that are also Dutch surnames: capitalised after a given name they are the surname
#: ("Ingrid Sloot", "Kees Zag"), since a verb after a name is written in lower case
_VERB_SURNAMES = frozenset({"Sloot", "Sloten", "Zag", "Lag", "Nam", "Hield", "Liet", "Gaf", "Deed", "Bleef"})


def _surname_end(tokens: list[Token], i: int, blocked: set[int], *, capital_particle: bool = False,
                 after_given: bool = False) -> int | None:
    """End index of [particles] Surname[-Surname] starting at ``i``; after a given name
    (``after_given``) a capitalised verb form that is also a surname counts ("Ingrid Sloot").

    >>> from graph.extract.tokens import tokenize
    >>> _surname_end(tokenize("Ingrid Sloot (Ede)"), 1, set(), after_given=True)
    2
    >>> _surname_end(tokenize("Ingrid Sloot (Ede)"), 1, set()) is None
    True
    """
    n = len(tokens)
    k = i + _particles(tokens, i, capital_ok=capital_particle)
    if k >= n or k in blocked or not (is_name_word(tokens[k]) or (after_given and tokens[k].text in _VERB_SURNAMES)):
        return None
    j = k + 1
    # double surname: Jansen-de Vries, Smit-Jansen
    if j + 1 < n and tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end:
        m = j + 1 + _particles(tokens, j + 1, capital_ok=False)
        if m < n and is_name_word(tokens[m]) and tokens[j + 1].start == tokens[j].end:
            j = m + 1
        elif _letter_link(tokens, j):
            j += 4  # "Tjon-A-Fat": a one-letter link between two parts of a surname
    elif after_given and _spaced_letter_link(tokens, j):
        j += 2  # "Ilse Tjon A Fong": the link written with spaces
    return j


def _letter_link(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j:j + 4] are "-A-Fat", glued together: a capital letter between hyphens, then a name word."""
    if j + 3 >= len(tokens):
        return False
    dash, letter, dash2, word = tokens[j:j + 4]
    return dash.text == "-" == dash2.text and len(letter.text) == 1 and letter.text.isupper() \
        and dash.end == letter.start and letter.end == dash2.start and dash2.end == word.start \
        and dash.start == tokens[j - 1].end and is_name_word(word)


def _spaced_letter_link(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j:j + 2] are " A Fong" after a surname's first part: a capital letter with no
    full stop (an initial has one) between two name words, one space either side, on one line.

    >>> from graph.extract.tokens import tokenize
    >>> [_spaced_letter_link(tokenize(t), 2) for t in ("Ilse Tjon A Fong;", "Ilse Tjon A. Fong", "Ilse Tjon A")]
    [True, False, False]
    """
    if j + 1 >= len(tokens):
        return False
    letter, word = tokens[j], tokens[j + 1]
    return len(letter.text) == 1 and letter.text.isupper() and letter.start == tokens[j - 1].end + 1 \
        and word.start == letter.end + 1 and is_name_word(word)


#: nouns for a collective body or an organisation's form that head a name but are never a person's
#: name: "Gedeputeerde Staten", "Stichting Cirkelstad", "Platform Wonen" (with the unit and
#: programme kind words and the organisation heads of the lexicon)
_BODY_WORDS = frozenset("""staten raad college kamer commissie gemeenteraad provincie gemeente ministerie bestuur
    directie stichting vereniging coöperatie platform netwerk alliantie instituut universiteit hogeschool academie
    centrum bureau federatie groep""".split())
#: kind words that also end a compound naming a unit or programme: "Werkagenda", "Werkgroep"
_KIND_ENDINGS = ("groep", "agenda", "overleg", "pijler", "programma", "fonds", "actieplan", "convenant", "akkoord",
                 "campagne", "regeling", "taskforce", "deal", "regio")  # "City Deal", "Woondeal", "Veiligheidsregio" (40b)


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    lexicon = load_lexicon()
    words = set(_BODY_WORDS)
    words.update(w for w in lexicon.unit_kinds if " " not in w)
    words.update(w for w in lexicon.programme_kinds if " " not in w)
    return frozenset(words)


@lru_cache(maxsize=1 << 14)
def _kind_word(word: str) -> bool:
    """Whether ``word`` names a kind of unit, programme or organisation, never part of a person's name.

    >>> [_kind_word(w) for w in ("Pijler", "Themagroep", "Werkagenda", "Staten", "Stichting", "Bakker", "Groenewoud")]
    [True, True, True, True, True, False, False]
    """
    lower = word.lower()
    return lower in _kind_words() or lower.endswith(_KIND_ENDINGS)


def _names_a_body(text: str) -> bool:
    """Whether a candidate name holds a kind word of a unit, programme or organisation:
    "Themagroep Gezondheid", "Pijler Sociaal", "Gedeputeerde Staten", "Werkagenda Vakmanschap".

    >>> _names_a_body("Pijler Sociaal"), _names_a_body("Stichting Cirkelstad"), _names_a_body("Tom de Wit")
    (True, True, False)
    """
    return any(_kind_word(word) for word in re.findall(r"[A-Za-zÀ-ÿ]+", text))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    lexicon = load_lexicon()
    words = set()
    for role in lexicon.roles:
        words.add(role.split()[-1])
        words.add(role.split()[-1] + "s")
    return frozenset(words)


_WEEKDAYS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())


def _surname_goes_on(tokens: list[Token], end: int, blocked: set[int], role_words: frozenset[str]) -> int:
    """The end of a surname of two capitalised words without a particle ("Hamid Oulad Ali", "Ana
    García López"): one more name word right after the first, on the same line, that no other
    mention holds and that is no kind word, role word, title or month, and that no further name
    word follows (which would start a field or another name: "Jan Smit Ruimtelijke Ontwikkeling").

    >>> from .tokens import tokenize
    >>> _surname_goes_on(tokenize("wethouder Hamid Oulad Ali opende"), 3, set(), frozenset({"wethouder"}))
    4
    >>> _surname_goes_on(tokenize("Anne Bakker Wethouder Wonen"), 2, set(), frozenset({"wethouder"}))
    2
    >>> _surname_goes_on(tokenize("Anne Bakker Senior adviseur"), 2, set(), frozenset({"adviseur"}))
    2
    >>> _surname_goes_on(tokenize("wethouder Mirjam Oude Hengeveld van Hengelo"), 3, {5}, frozenset({"wethouder"}))
    4
    """
    if end >= len(tokens) or end in blocked or tokens[end].start != tokens[end - 1].end + 1:
        return end
    word = tokens[end].text
    lower = word.lower()
    if not is_name_word(tokens[end]) or not word[1:].islower() or _kind_word(word) or _role_at(tokens, end, role_words) \
            or lower in TITLES or lower in _PERSONAL_TITLES or lower in MONTH_NAMES or lower in _WEEKDAYS:
        return end
    if end + 1 < len(tokens) and tokens[end + 1].start == tokens[end].end + 1:
        if is_name_word(tokens[end + 1]):
            if word not in load_lexicon().first_names and _third_surname_word(tokens, end + 1, blocked, role_words):
                return end + 2  # "Bas Tjon Sie Fat, directeur …": a surname of three words before its role
            return end  # "… Human Capital René de Heer": the word starts the next name
        particle = _particles(tokens, end + 1, capital_ok=False)
        if particle and not _place_after(tokens, end + 1 + particle, blocked):
            return end
    return end + 1


def _third_surname_word(tokens: list[Token], k: int, blocked: set[int], role_words: frozenset[str]) -> bool:
    """Whether the name word ``k`` ends a surname of three words: a plain name word (no kind or role
    word, title or month) that a comma or bracket and then a role word follow ("Bas Tjon Sie Fat,
    directeur Warmte"), so that it can start no next name.

    >>> from .tokens import tokenize
    >>> _third_surname_word(tokenize("Bas Tjon Sie Fat, directeur"), 3, set(), frozenset({"directeur"}))
    True
    >>> _third_surname_word(tokenize("Bas Tjon Sie Fat zei"), 3, set(), frozenset({"directeur"}))
    False
    """
    if k + 2 >= len(tokens) or k in blocked or tokens[k + 1].text not in (",", "(") \
            or tokens[k + 1].start != tokens[k].end:
        return False
    word = tokens[k].text
    lower = word.lower()
    if not word[1:].islower() or word in load_lexicon().first_names or _kind_word(word) \
            or _role_at(tokens, k, role_words) or lower in TITLES or lower in _PERSONAL_TITLES or lower in MONTH_NAMES or lower in _WEEKDAYS:
        return False
    return _role_at(tokens, k + 2, role_words)


def _place_after(tokens: list[Token], k: int, blocked: set[int]) -> bool:
    """Whether token ``k`` (after "van") starts a known name, such as a town: in "wethouder Merel Oude
    Wesselink van Hengelo" the "van" introduces her town, it is no particle of a next name."""
    return k < len(tokens) and k in blocked and tokens[k].text[:1].isupper()


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


def find_persons(text: str, tokens: list[Token], blocked: set[int], emails: list[Email] | None = None, *,
                 known_starts: set[int] | None = None) -> list[Mention]:
    """Person mentions, left to right, not overlapping ``blocked`` token indexes.

    ``known_starts`` holds indexes of tokens where a gazetteer mention starts: a bracket after a
    name confirms a person only when it names a municipality, organisation or role.
    """
    lexicon = load_lexicon()
    first_names = lexicon.first_names
    role_words = _role_words()
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
        if previous and token.text.lower() in TITLES | _PERSONAL_TITLES:
            i += 1  # a title after a cue word starts no name: "… gemeentesecretaris Mw. …"
            continue
        cue = previous in role_words or previous in TITLES or previous.endswith(("voorzitter", "voorzitters",
                                                                                    "trekker", "trekkers"))
        title = previous in TITLES or previous in _PERSONAL_TITLES
        if (cue or title) and _apposition_title(tokens, i, mentions):
            cue = title = False  # "Lieke Bos, wethouder Werklocaties": a portfolio, not a second person
        if token.text in first_names and not _given_name_here(tokens, i, first_names):
            i += 1
            continue
        if token.text not in first_names and token.text.lower() in role_words | _PERSONAL_TITLES:
            i += 1  # "Wethouder Dijk (Zwolle) dankt …": a role word opening a sentence is a title, never a given name
            continue
        if cue and token.text not in first_names and token.text.lower() in lexicon.portfolios \
                and i + 1 < n and tokens[i + 1].text in first_names:
            i += 1  # "wethouder Wonen Sanne de Wit": the portfolio between the role word and the name
            continue
        if is_name_word(token) or token.text in first_names:
            after_first = i + 1
            if token.text in first_names and i + 3 < n and tokens[i + 1].text == "-" \
                    and tokens[i + 2].text in first_names and tokens[i + 1].start == token.end \
                    and tokens[i + 2].start == tokens[i + 1].end:
                after_first = i + 3  # hyphenated first name: "Anne-Marie Bakker", "Jan-Willem de Graaf"
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
                inside_name = i > 0 and tokens[i - 1].text.lower() in _INSIDE_NAMES  # "Association of X Y (VNG)"
                bracket = following == "(" and end + 1 < n and not inside_name and (
                    known_starts is None or _known_after_kind(tokens, end + 1, known_starts)
                    or _role_at(tokens, end + 1, role_words))
                # "Latifa Bos, voorzitter van …", "Ravi Kok (senior adviseur, …)": an apposition of a role; also
                # a name listed after another: "A van het IPO en Kenan Çelik, directeur van …"
                bracket = bracket or (following == "," and end + 1 < n and not inside_name
                                      and (i > 0 and tokens[i - 1].text in _BEFORE_APPOSED_NAME
                                           or _apposition_opens_line(text, tokens, i, end))
                                      and _role_at(tokens, end + 1, role_words))
                # "Vicevoorzitter was Orhan Yildiz, wethouder …", "Secretaris is Jet Mol.": the name a
                # role word before a copula is given to, or a name with a role in apposition after a copula
                bracket = bracket or (i > 1 and previous in _COPULAS and not inside_name and (
                    (following == "," and end + 1 < n and _role_at(tokens, end + 1, role_words))
                    or (_role_at(tokens, i - 2, role_words) and following in (".", ",", ";", "(", ""))))
                boundary = end >= n or not is_name_word(tokens[end])
                confirmed = (token.text in first_names or (cue and boundary and not _adjective_first(token.text)) or bracket
                             or (after in email_starts or _email_follows(text, tokens, end, email_starts)))
                if confirmed and token.text not in first_names and _names_a_body(text[token.start:tokens[end - 1].end]):
                    confirmed = False  # "voorzitter Pijler Sociaal", "trekker Themagroep Gezondheid": a unit's name
                if confirmed and token.text not in first_names \
                        and " ".join(text[token.start:tokens[end - 1].end].split()).lower() in lexicon.portfolios:
                    confirmed = False  # "programmaleider Sociaal Domein, Platform31": the field of the role, no name
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
            close = k + 2 if k + 2 < n and tokens[k + 2].text == ")" else k + 4  # "(Anne-Marie)": three tokens
            if close + 1 < n and tokens[k].text == "(" and tokens[close].text == ")" \
                    and _bracket_first_name(text, tokens[k + 1:close], first_names, initial=token.text):
                # initials with the first name in brackets: "J.H. (Hans) Verbeek" is Hans Verbeek
                end = _surname_end(tokens, close + 1, blocked)
                if end is not None:
                    start, stop = token.start, tokens[end - 1].end
                    given = text[tokens[k + 1].start:tokens[close - 1].end]
                    name = " ".join([given] + text[tokens[close + 1].start:stop].split())
                    mentions.append(Mention(start, stop, text[start:stop], "Person", "persons.initials", 0.8, name=name))
                    i = end
                    continue
            # initials are followed by the surname, so a capitalised particle opens it: "ing. R. El Amrani"
            end = (_surname_end(tokens, k, blocked, capital_particle=True) or _surname_end(tokens, k, blocked)) \
                if k < n else None
            # "J.W. Brinkhuis, beleidsadviseur Inkomen", "de burgemeester, R.M. van Dalen": a role beside the name
            beside = end is not None and (
                (end + 1 < n and tokens[end].text == "," and _role_at(tokens, end + 1, role_words))
                or (i >= 2 and tokens[i - 1].text == "," and _role_at(tokens, i - 2, role_words))
                or _signature_name_line(text, tokens, i, end, role_words)
                or _name_under_role_line(text, tokens, i, end, role_words)
                or _signature_column(text, tokens, i, end)
                or _organisation_line(text, tokens, i, end, known_starts))
            # "| F. El Amrani | Groningen |": initials and a surname (a capital particle too) that fill a table's cell
            in_cell = _surname_end(tokens, k, blocked, capital_particle=True) \
                if k < n and i > 0 and tokens[i - 1].text == "|" else None
            cell = in_cell is not None and in_cell < n and tokens[in_cell].text == "|"
            end = in_cell if cell else end
            # chairing names a person: "onder voorzitterschap van M. Bosman", "voorgezeten door M. Bosman",
            # "M. Bosman zit de themagroep voor"
            chairing = end is not None and (
                (i >= 2 and (tokens[i - 2].text.lower(), tokens[i - 1].text.lower()) in _CHAIRED_BY)
                or (end < n and tokens[end].text in ("zit", "zat") and _CHAIR_PARTICLE.match(text, tokens[end].end)))
            if end is not None and (title or cue or beside or cell or chairing or (end < n and tokens[end].text == "(")):
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
                    and not _names_a_body(text[token.start:tokens[end - 1].end]):
                start, stop = token.start, tokens[end - 1].end
                mentions.append(Mention(start, stop, text[start:stop], "Person", "persons.title-surname", 0.75))
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


def _after_middle_initials(tokens: list[Token], k: int) -> int:
    """The token after the middle initials that follow a given name at ``k`` ("Marloes J. Hoogendijk",
    "Anna M.J. de Wit"), or ``k`` itself when none follow or no surname would be left after them.

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("Marloes J. Hoogendijk")
    >>> tokens[_after_middle_initials(tokens, 1)].text
    'Hoogendijk'
    """
    n, j = len(tokens), k
    while j + 2 < n and j - k < 6 and len(tokens[j].text) == 1 and tokens[j].text.isupper() \
            and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end:
        j += 2
    if j == k or j >= n or tokens[j].start == tokens[j - 1].end or not tokens[j].text[:1].isalpha():
        return k
    return j


def _email_follows(text: str, tokens: list[Token], end: int, email_starts: dict[int, Email]) -> bool:
    if end >= len(tokens):
        return False
    gap_end = tokens[end].start
    if end + 1 < len(tokens) and tokens[end].text in ",:;(|" and tokens[end + 1].start in email_starts:
        # "Wubbo de Groot, w.degroot@…", "| Youri Sedney | y.sedney@… |": after punctuation or in the next
        # cell of a table the address must spell the surname
        local = compact(email_starts[tokens[end + 1].start].local)
        return len(local) > 3 and local.endswith(compact(tokens[end - 1].text))
    return gap_end in email_starts and not text[tokens[end - 1].end:gap_end].strip()


def _signature_name_line(text: str, tokens: list[Token], first: int, end: int, role_words: frozenset[str]) -> bool:
    r"""Whether tokens ``first``..``end`` fill a line of their own with a role word opening the next
    line: a signature block's name ("Namens de VNG / S.E. de Vries / lid directieraad").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Namens Divosa\nP.J. van Dam\nvoorzitter"
    >>> _signature_name_line(text, tokenize(text), 2, 8, frozenset({"voorzitter"}))
    True
    >>> text = "Namens Divosa P.J. van Dam\nvoorzitter"
    >>> _signature_name_line(text, tokenize(text), 2, 8, frozenset({"voorzitter"}))
    False
    """
    if end >= len(tokens) or first == 0:
        return False
    line_before = text[tokens[first - 1].end:tokens[first].start]
    line_after = text[tokens[end - 1].end:tokens[end].start]
    return "\n" in line_before and "\n" in line_after and _role_at(tokens, end, role_words)


def _name_under_role_line(text: str, tokens: list[Token], first: int, end: int, role_words: frozenset[str]) -> bool:
    r"""Whether tokens ``first``..``end`` fill a line of their own under a line that opens with a role word
    and ends with a comma: the signature of an answer or a letter ("De Minister van Economische Zaken,"
    over "M.J. Hofstede-Kok").

    >>> from graph.extract.tokens import tokenize
    >>> text = "De Minister van Economische Zaken,\nM.J. Hofstede"
    >>> _name_under_role_line(text, tokenize(text), 6, 11, frozenset({"minister"}))
    True
    >>> text = "De Minister van Economische Zaken\nM.J. Hofstede"
    >>> _name_under_role_line(text, tokenize(text), 5, 10, frozenset({"minister"}))
    False
    """
    opening = text.rfind("\n", 0, tokens[first].start)
    if opening < 0 or text[opening - 1:opening] != "," or (end < len(tokens) and "\n" not in text[tokens[end - 1].end:tokens[end].start]):
        return False
    line_start = text.rfind("\n", 0, opening) + 1
    k = first - 1
    while k > 0 and tokens[k - 1].start >= line_start:
        k -= 1  # the first token of the line before
    if tokens[k].text.lower() in ("de", "het") and k + 1 < first:
        k += 1
    return _role_at(tokens, k, role_words)


#: the rest of an apposition after its role word, closed by a comma before the clause goes on: "… in Almere, "
_APPOSITION_CLOSES = re.compile(r"[^.,;:!?\n]{1,80},\s+[a-z]")


#: a kind word before the name of a body a person comes from: "gemeente Breda", "ministerie van BZK"
_BODY_KINDS = frozenset({"gemeente", "provincie", "ministerie"})


def _organisation_line(text: str, tokens: list[Token], i: int, end: int, known_starts: set[int] | None) -> bool:
    """Whether initials and a surname open their line and a comma then names the body the person comes from,
    a name the gazetteer knows, to the end of the line: a list of members, "J.W. Muskens, IPO",
    "R. de Vries, gemeente Breda".

    >>> from graph.extract.tokens import tokenize
    >>> text = "Leden\\nJ.W. Muskens, IPO\\n"
    >>> _organisation_line(text, tokenize(text), 1, 6, {7}), _organisation_line(text, tokenize(text), 1, 6, set())
    (True, False)
    """
    if not known_starts or end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    if any(c.isalnum() for c in text[line_start:tokens[i].start]):
        return False
    k = end + 1
    if tokens[k].text.lower() in _BODY_KINDS:
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "van" else 1
    return k in known_starts


def _apposition_opens_line(text: str, tokens: list[Token], i: int, end: int) -> bool:
    """Whether a name we do not know opens its line (after any bullet or symbols) with an apposition of a
    role that a comma closes before the sentence goes on: "Rachelle Doelwijt, wethouder Jeugd in Almere,
    is de nieuwe trekker". Not when the text writes the first word in lower case elsewhere (a word, no
    given name: "Volgens Jansen, wethouder in Ede, is …").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Intro.\\n🧒 Eva Kok, wethouder in Ede, is trekker."
    >>> _apposition_opens_line(text, tokenize(text), 3, 5), _apposition_opens_line(text, tokenize(text), 4, 5)
    (True, False)
    """
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    if any(c.isalnum() for c in text[line_start:tokens[i].start]) or end + 1 >= len(tokens):
        return False
    if not _APPOSITION_CLOSES.match(text, tokens[end + 1].end):
        return False
    return tokens[i].text.lower() not in _lower_case_words(text)


@functools.lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (once per document)."""
    return frozenset(_LOWER_WORD.findall(text))


_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ-]*\b")


def _signature_column(text: str, tokens: list[Token], first: int, end: int) -> bool:
    r"""Whether initials and a surname at ``first``..``end`` close a line as its last column, set apart by a
    run of spaces: the second signatory of a letter ("P.H.M. Kleinhout          A.J. Vos-Hamer").

    >>> from graph.extract.tokens import tokenize
    >>> text = "P. Kok          A.J. Vos-Hamer\n"
    >>> _signature_column(text, tokenize(text), 3, 10)
    True
    >>> text = "Zie ook A.J. Vos-Hamer\n"
    >>> _signature_column(text, tokenize(text), 2, 9)
    False
    """
    if first == 0 or end > len(tokens):
        return False
    gap = text[tokens[first - 1].end:tokens[first].start]
    line_end = end >= len(tokens) or "\n" in text[tokens[end - 1].end:tokens[end].start]
    return "\n" not in gap and (len(gap) >= 3 or "\t" in gap) and line_end


#: the kind word before a known body's name in a bracket after a person: "(gemeente Ede)", "(ministerie van BZK)"
_KIND_BEFORE_BODY = (("gemeente",), ("provincie",), ("ministerie", "van"), ("het", "ministerie", "van"))


def _known_after_kind(tokens: list[Token], k: int, known_starts) -> bool:
    """Whether token ``k`` opens a known body's name, or a kind word right before one: "(VNG", "(gemeente Ede",
    "(ministerie van BZK" after a name whose given name is not in the list ("Rinske Poelstra (ministerie van BZK)")."""
    if k in known_starts:
        return True
    for kind in _KIND_BEFORE_BODY:
        if k + len(kind) < len(tokens) and all(tokens[k + j].text.lower() == w for j, w in enumerate(kind)) \
                and k + len(kind) in known_starts:
            return True
    return False


def _role_at(tokens: list[Token], k: int, role_words: frozenset[str]) -> bool:
    """Whether a role word (possibly after "senior"/"plaatsvervangend") starts at token ``k``."""
    word = tokens[k].text.lower()
    if word in ("senior", "plaatsvervangend", "plaatsvervangende") and k + 1 < len(tokens):
        word = tokens[k + 1].text.lower()
    return word in role_words


#: endings of inflected Dutch adjectives that open a field of work, never a person's name:
#: "directeur Regionale Economie", "wethouder Economische Zaken", "Ruimtelijke Ordening"
_ADJECTIVE_ENDING = re.compile(r"(?:ische|ale|ele|iele|ieve|lijke|aire|ante|ente)$")


def _adjective_first(word: str) -> bool:
    """Whether ``word`` is an inflected adjective ("Regionale", "Economische", "Ruimtelijke").

    >>> _adjective_first("Regionale"), _adjective_first("Bakker")
    (True, False)
    """
    return bool(_ADJECTIVE_ENDING.search(word))


def _bracket_first_name(text: str, tokens: list[Token], first_names, initial: str = "") -> bool:
    """Whether ``tokens`` (between brackets after initials) are a given name: "Hans", "Anne-Marie";
    or a name we do not know that starts with the first ``initial`` ("C.J.M. (Claire) …").

    >>> from graph.extract.tokens import tokenize
    >>> names = {"Anne", "Marie", "Hans"}
    >>> [_bracket_first_name(t, tokenize(t), names) for t in ("Hans", "Anne-Marie", "Anne - Marie", "VNG")]
    [True, True, False, False]
    >>> [_bracket_first_name(t, tokenize(t), names, initial="C") for t in ("Claire", "Coa", "CDA", "Hans")]
    [True, True, False, True]
    """
    if len(tokens) == 1:
        word = tokens[0].text
        return word.isalpha() and (word in first_names or (
            bool(initial) and word[0] == initial and word[1:].islower() and len(word) > 2))
    return len(tokens) == 3 and tokens[1].text == "-" and tokens[0].end == tokens[1].start \
        and tokens[1].end == tokens[2].start and tokens[0].text in first_names and tokens[2].text in first_names
