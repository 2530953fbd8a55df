"""The line and clause around a candidate name: a signature line, a name under a role line, an organisation's
line, an apposition, a bracket with a first name. Helpers of :mod:`.persons`.
"""

from __future__ import annotations

import functools
import re

from .email_addresses import Email, compact
from .role_words import field_role
from .tokens import Token

__all__ = ["_adjective_first", "_after_middle_initials", "_apposition_opens_line", "_bracket_first_name",
           "_email_follows", "_known_after_kind", "_name_under_role_line", "_organisation_line", "_role_at",
           "_role_field_before", "_signature_column", "_signature_name_line", "_signatory_line"]


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


#: a field's label that opens its line, before the colon: "Wethouder Wonen", "- **Secretaris-generaal**"
_FIELD_LABEL = re.compile(r"[ \t>*•-]*(?:\*\*|__)?(?P<label>[A-Za-zÀ-ÿ][\w-]*(?:[ \t]+[\w-]+){0,3}?)(?:\*\*|__)?[ \t]*")


def _role_field_before(text: str, tokens: list[Token], i: int) -> bool:
    r"""Whether token ``i`` opens the value of a field whose label, opening the line, is a role word, on its own
    or with a portfolio after it: "Wethouder Wonen: Rana Yilmaz", "Secretaris-generaal: J.P. de Boer" (a
    register's "functie: naam" line names a person after the colon).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Gemeente Ede\nWethouder Wonen: Rana Yilmaz\nDatum: Maart Zes"
    >>> [_role_field_before(text, tokenize(text), k) for k in (5, 9)]
    [True, False]
    """
    if i == 0 or tokens[i - 1].text != ":":
        return False
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    label = _FIELD_LABEL.fullmatch(text, line_start, tokens[i - 1].start)
    if label is None:
        return False
    return field_role(label.group("label")) is not None


#: a line that signs on behalf of a body: "Namens het ministerie van SZW: …", "namens de gemeente Ede, …"
_ON_BEHALF_LINE = re.compile(r"[ \t>*_-]*namens\s", re.IGNORECASE)


def _signatory_line(text: str, tokens: list[Token], first: int, end: int) -> bool:
    r"""Whether initials and a surname at ``first``..``end`` close a line that opens with "Namens", after a
    comma or a colon: the signatory of an agreement ("Namens het ministerie van SZW: de minister voor
    Armoedebeleid, Participatie en Pensioenen, C.J. Westerveld"), whose role the line gives before the name.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Namens BZK: de minister van Wonen en Bouwen, A.E. Kok-Sahin\nNamens Ede: P. Bos"
    >>> tokens = tokenize(text)
    >>> [t.text for t in tokens].index("A"), [t.text for t in tokens].index("P")
    (10, 20)
    >>> _signatory_line(text, tokens, 10, 17), _signatory_line(text, tokens, 20, 23)
    (True, True)
    >>> text = "Namens BZK zegt de minister, A.E. Kok, dat"
    >>> _signatory_line(text, tokenize(text), 6, 11)
    False
    """
    if first == 0 or tokens[first - 1].text not in (",", ":"):
        return False
    if end < len(tokens) and "\n" not in text[tokens[end - 1].end:tokens[end].start]:
        return False
    line_start = text.rfind("\n", 0, tokens[first].start) + 1
    return _ON_BEHALF_LINE.match(text, line_start) is not None


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
    >>> _bracket_first_name("Hans Marie", tokenize("Hans Marie"), names, initial="H")
    True
    """
    if len(tokens) == 1:
        word = tokens[0].text
        return word.isalpha() and (word in first_names or (
            bool(initial) and word[0] == initial and word[1:].islower() and len(word) > 2))
    if len(tokens) == 2:  # two given names, the first the first initial's: "J.H. (Jan Hendrik) Wolters"
        return all(t.text in first_names for t in tokens) and (not initial or tokens[0].text[0] == initial)
    return len(tokens) == 3 and tokens[1].text == "-" and tokens[0].end == tokens[1].start \
        and tokens[1].end == tokens[2].start and tokens[0].text in first_names and tokens[2].text in first_names
