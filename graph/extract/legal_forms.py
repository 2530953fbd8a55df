"""Legal forms in organisation names.

- In initials, a legal form closes a name: "Bouwbedrijf Jansen B.V.", "Heijmans N.V.", "Coöperatie
  Energie Samen U.A." (not a person's initial: "Jan B. Smit"); so does a foreign one with a slash, "Havnestad
  Udvikling A/S" (round 58s).
- Written out, it opens one that the text may later use without it: "Stichting Buurtkracht … samen met
  Buurtkracht" (the bare name standing free: not opening a sentence, no capitalised word glued to it).

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> tokens = tokenize("met Bouwbedrijf Jansen B.V. uit Oss")
>>> " ".join(t.text for t in tokens[1:legal_form_end(tokens, 4)])
'Bouwbedrijf Jansen B . V .'
"""

from __future__ import annotations

from .phrases import is_cap
from .tokens import Token

__all__ = ["LEGAL_HEADS", "legal_form_end", "standing_free"]


def legal_form_end(tokens: list[Token], j: int) -> int | None:
    """The end of a legal form in initials that closes the run of capitalised words ending at ``j``:
    "B.V.", "N.V.", "U.A." (the run took its first letter, tokens[j - 1]); None when there is none.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("met Bouwbedrijf Jansen B.V. uit Oss")
    >>> legal_form_end(t, 4), legal_form_end(tokenize("met Jan B. Smit"), 3)
    (7, None)
    >>> legal_form_end(tokenize("met Havnestad Udvikling A/S uit"), 4)
    6
    """
    if j + 1 < len(tokens) and tokens[j - 1].text + tokens[j].text + tokens[j + 1].text in _SLASH_FORMS \
            and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start:
        return j + 2  # "Havnestad Udvikling A/S": a Danish or Norwegian aktieselskab (round 58s)
    if j + 2 < len(tokens) and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper() \
            and tokens[j].text == "." and len(tokens[j + 1].text) == 1 and tokens[j + 1].text.isupper() \
            and tokens[j + 2].text == "." and tokens[j - 1].end == tokens[j].start \
            and tokens[j].end == tokens[j + 1].start and tokens[j + 1].end == tokens[j + 2].start \
            and tokens[j - 1].text + tokens[j + 1].text in _LEGAL_INITIALS:
        return j + 3
    return None


#: the legal forms written in initials: besloten and naamloze vennootschap, coöperatie with limited liability
_LEGAL_INITIALS = frozenset({"BV", "NV", "UA"})
#: the legal forms written with a slash: the Danish and Norwegian aktieselskab, the Danish anpartsselskab
_SLASH_FORMS = frozenset({"A/S"})


#: legal forms that open a name which the text may later use without them: "Stichting Buurtkracht" … "Buurtkracht"
LEGAL_HEADS = frozenset({"Stichting", "Vereniging", "Coöperatie"})


def standing_free(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens[first:last + 1] stand free of other capitalised words and do not open a sentence.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("Ook Ede werkt met Buurtkracht. Buurtkracht Noord helpt.")
    >>> standing_free(t, 4, 4), standing_free(t, 6, 6)
    (True, False)
    """
    before = tokens[first - 1].text if first > 0 else "."
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return before not in ".!?:;|*#" and not is_cap(tokens[first - 1]) and (after is None or not is_cap(after))
