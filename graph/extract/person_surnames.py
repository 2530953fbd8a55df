"""Where a person's name ends: particles, surnames of more words, initials glued to a surname, and the kind words
of bodies that are never part of one. Helpers of :mod:`.persons`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .name_words import is_name_word, particle_index
from .periods import MONTH_NAMES
from .phrases import STOP
from .role_words import role_of
from .tokens import Token
from .person_lines import _role_at

__all__ = ["TITLES", "_given_name_here", "_names_a_body", "_particles", "_PERSONAL_TITLES", "_role_words",
           "_surname_end", "_surname_goes_on"]

#: words before a surname that make it a person ("minister Kramer", "mevrouw De Vries")
TITLES = frozenset({"dhr", "mevr", "mw", "mevrouw", "meneer", "heer", "drs", "dr", "ir", "mr", "prof", "ing"})


#: role words that are also forms of address before a bare surname ("minister Kramer")
_PERSONAL_TITLES = frozenset({"minister", "staatssecretaris", "burgemeester", "wethouder", "gedeputeerde", "premier",
                              "commissaris", "gemeentesecretaris"})


#: the offices of a government a bare surname's title names, and the kind of key of that government: "wethouder
#: Kramer" is one of a municipality's (:mod:`graph.resolve` joins the one person of that surname tied to one, 48g)
OFFICE_PLACES = {"wethouder": "municipality/", "burgemeester": "municipality/", "gemeentesecretaris": "municipality/",
                 "gedeputeerde": "province/", "minister": "ministry/", "staatssecretaris": "ministry/"}


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
    """End index of [particles] Surname[-Surname] starting at ``i``; after a given name or initials
    (``after_given``) a capitalised verb form that is also a surname counts ("Ingrid Sloot", "T.W. van Sloten").

    >>> from graph.extract.tokens import tokenize
    >>> _surname_end(tokenize("Ingrid Sloot (Ede)"), 1, set(), after_given=True)
    2
    >>> _surname_end(tokenize("Ingrid Sloot (Ede)"), 1, set()) is None
    True
    >>> _surname_end(tokenize("Ineke Wolbers-Oude Vrielink"), 1, set(), after_given=True)
    5
    """
    n = len(tokens)
    k = i + _particles(tokens, i, capital_ok=capital_particle)
    if k >= n or k in blocked or not (is_name_word(tokens[k]) or (after_given and tokens[k].text in _VERB_SURNAMES)):
        return None
    j = k + 1
    # double surname: Jansen-de Vries, Smit-Jansen
    if j + 1 < n and tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end:
        m = j + 1 + _particles(tokens, j + 1, capital_ok=False)
        if tokens[j + 1].text in _CAPITAL_PARTS and m == j + 1:
            m += 1  # "Wolbers-Oude Vrielink": a Twente surname's "Oude"/"Olde" is written with a capital
        if m < n and is_name_word(tokens[m]) and tokens[j + 1].start == tokens[j].end:
            j = m + 1
        elif _letter_link(tokens, j):
            j += 4  # "Tjon-A-Fat": a one-letter link between two parts of a surname
    elif after_given and _spaced_letter_link(tokens, j):
        j += 2  # "Ilse Tjon A Fong": the link written with spaces
    return j


#: the words that open a surname with a capital, as its own part: "Oude Vrielink", "Olde Monnikhof"
_CAPITAL_PARTS = frozenset({"Oude", "Olde"})


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
                 "campagne", "regeling", "taskforce", "deal", "regio",  # "City Deal", "Woondeal", "Veiligheidsregio" (40b)
                 "strategie", "strategieën")  # "programmadirecteur Regionale Energiestrategieën": no name (60r)


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
    >>> _surname_goes_on(tokenize("Anne Bakker\\nBestuursadviseur wethouder"), 2, set(), frozenset({"adviseur"}))
    2
    >>> _surname_goes_on(tokenize("wethouder Mirjam Oude Hengeveld van Hengelo"), 3, {5}, frozenset({"wethouder"}))
    4
    """
    if end >= len(tokens) or end in blocked or tokens[end].start != tokens[end - 1].end + 1:
        return end
    word = tokens[end].text
    lower = word.lower()
    if not is_name_word(tokens[end]) or not word[1:].islower() or _kind_word(word) or _role_at(tokens, end, role_words) \
            or role_of(word) is not None \
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
