r"""A hard-wrapped plain text (a PDF saved as text, a mail wrapped at 72 columns) as a reader sees it.

A ``.txt`` document whose body runs over lines of about the same length (a memo, a newsletter sent
as plain text, the text a PDF viewer saves) breaks its sentences wherever the line was full: a role
on one line and its holder's name on the next ("voorgezeten door wethouder" / "Jorrit Bos van
Ede"), a word at its hyphen ("Voor-" / "zitter"). The extraction reads a line break as the end of a
sentence, a heading or a list item, so :func:`unwrap_plain` joins a line with the next where the
line is *full* (about as long as the text's long lines), does not end a sentence (``. ! ? : ;``)
and neither line is a table's row (columns apart by runs of spaces, or ``|``), a heading in capitals,
a ruler or a list item. A
text whose lines are not wrapped (a paragraph a line, as most ``.txt`` files are) is left as it is
(:func:`looks_wrapped`).

A word broken at the line's end is joined without its hyphen ("Participatie-" + "wet" is
"Participatiewet"), except where Dutch writes the hyphen: after a digit or capitals ("G40-" +
"secretariaat"), after a prefix written with one ("oud-", "ex-", "vice-"), between two vowels
("zee-egel"), before "generaal" ("directeur-generaal") and before a surname's particle
("Mulder-" + "ten Have").

>>> text = ("De stuurgroep van de deal wordt sinds het voorjaar voorgezeten door wethouder\n"
...         "Jorrit Bos van Ede, die ook de themagroep trekt. Secretaris is de directeur-\n"
...         "generaal van het ministerie. De Voor-\n"
...         "zitter van de pijler is wethouder van Zwolle en neemt in de stuurgroep deel\n"
...         "namens de G40. Zij werkt daarin nauw samen met de provincies en het Rijk en\n"
...         "met de VNG, die het secretariaat van de stuurgroep sinds dit jaar voert met\n"
...         "de gemeente Ede.\n")
>>> print(unwrap_plain(text))  # doctest: +NORMALIZE_WHITESPACE
De stuurgroep van de deal wordt sinds het voorjaar voorgezeten door wethouder Jorrit Bos van Ede,
die ook de themagroep trekt. Secretaris is de directeur-generaal van het ministerie. De Voorzitter van
de pijler is wethouder van Zwolle en neemt in de stuurgroep deel namens de G40. Zij werkt daarin nauw
samen met de provincies en het Rijk en met de VNG, die het secretariaat van de stuurgroep sinds dit
jaar voert met de gemeente Ede.
"""

from __future__ import annotations

import re

__all__ = ["looks_wrapped", "unwrap_plain"]

#: a line that starts a list item: a bullet, a dash, "1." / "2)" / "a)"
_ITEM = re.compile(r"\s*(?:[•●▪◦‣∙·*\-–—]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
#: a line that ends a sentence or introduces what follows (a list, a table)
_ENDS = (".", "!", "?", ":", ";", "…")
#: columns of a table or a form: a run of spaces between words, or a cell's bar
_COLUMNS = re.compile(r"\S {2,}\S|\t|\|")
#: a wrapped text's long lines are this long at most (a line of a paragraph a line is longer)
MAX_WRAP = 100
#: and at least this long (shorter lines are a list, a table or a poem)
MIN_WRAP = 55
#: a line at least this share of the long lines ran on to the next
FULL_SHARE = 0.7
#: so many full lines at least break a sentence before a text counts as wrapped
MIN_BROKEN = 5
#: prefixes Dutch writes with a hyphen: "oud-wethouder", "ex-directeur", "vice-voorzitter"
_HYPHEN_PREFIXES = frozenset({"oud", "ex", "vice", "co", "niet", "anti", "pro", "non", "loco", "adjunct", "interim"})
#: a surname's particles: "Mulder-" + "ten Have" is a double surname
_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "te", "het", "la", "le", "du", "da", "dos", "el"})
_VOWELS = frozenset("aeiouyéëïü")


def _long_line(lengths: list[int]) -> int:
    """The length of the text's long lines (the 90th percentile, so one overlong line does not count)."""
    lengths = sorted(lengths)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def looks_wrapped(text: str) -> bool:
    """Whether ``text``'s body is hard-wrapped: its long lines are of a wrapped width and several full
    lines break a sentence.

    >>> looks_wrapped("Een alinea op een regel, zo lang als de schrijver hem maakte.\\nNog een.")
    False
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    long = _long_line([len(line) for line in lines])
    if not MIN_WRAP <= long <= MAX_WRAP:
        return False
    full = FULL_SHARE * long
    broken = sum(1 for line in lines if len(line) >= full and not line.endswith(_ENDS) and not _COLUMNS.search(line))
    return broken >= MIN_BROKEN


def _joint(word: str, following: str) -> str:
    """What joins ``word`` (ending in a hyphen) and the line that goes on with ``following``: nothing
    (the hyphen dropped) or the hyphen.

    >>> _joint("Participatie-", "wet"), _joint("G40-", "secretariaat"), _joint("oud-", "wethouder")
    ('', '-', '-')
    >>> _joint("zee-", "egel"), _joint("directeur-", "generaal"), _joint("Mulder-", "ten")
    ('-', '-', '-')
    """
    stem = word[:-1].rsplit("-", 1)[-1]
    if not following[:1].islower() or not stem.isalpha() or any(c.isupper() for c in stem[1:]) \
            or stem.lower() in _HYPHEN_PREFIXES or following.startswith("generaal") or following in _PARTICLES \
            or (stem[-1:].lower() in _VOWELS and following[:1] in _VOWELS):
        return "-"
    return ""


def unwrap_plain(text: str) -> str:
    """``text`` with the lines its wrapping broke joined (see the module); a text that is not
    wrapped (:func:`looks_wrapped`) comes back as it is."""
    if not looks_wrapped(text):
        return text
    lines = text.split("\n")
    long = _long_line([len(line.rstrip()) for line in lines if line.strip()])
    full = FULL_SHARE * long
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and line.strip() and not _ITEM.match(line) and not _COLUMNS.search(line) and not line.isupper():
            last = out[-1]
            first_word = line.split()[0]
            if last.endswith("-") and last[-2:-1].isalnum():
                out[-1] = last[:-1] + _joint(last.split()[-1], first_word) + line.lstrip()
            else:
                out[-1] = last + " " + line.lstrip()
        else:
            out.append(line.rstrip())
        current = out[-1]
        tail = line.rstrip()
        joining = bool(tail) and (tail[-1].isalnum() or tail[-1] in ",)-") and not tail.endswith(_ENDS) \
            and not _COLUMNS.search(tail) and not tail.isupper() and any(c.isalpha() for c in tail) and (
            len(tail) >= full or (tail.endswith("-") and tail[-2:-1].isalnum()))
        if joining and _ITEM.match(current) and len(tail) < full:
            joining = False
    return "\n".join(out)
