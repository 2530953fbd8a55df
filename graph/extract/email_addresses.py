"""E-mail addresses: where they are, and the person an address names when the text does not.

"firstname.lastname@domain" gives the person even without a written name ("anna.van.dam@breda.nl"
is Anna van Dam), unless a name written just before the address, or anywhere before it in the
document, is the one it spells (:func:`spells`: in full, or initials and surname). The domain gives
the person's municipality or organisation (:func:`graph.extract.gazetteer.domain_entity`).

Examples
--------
>>> text = "Mail anna.van.dam@breda.nl of Kees Bos, k.bos@vng.nl."
>>> [(e.local, e.domain, e.name()) for e in find_emails(text)]
[('anna.van.dam', 'breda.nl', 'Anna van Dam'), ('k.bos', 'vng.nl', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import load_lexicon
from .model import Mention

__all__ = ["Email", "find_emails", "spells", "compact", "unwritten_persons"]

_EMAIL = re.compile(r"\b([A-Za-z][A-Za-z'-]*(?:\.[A-Za-z'-]+){1,4})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


@dataclass(frozen=True)
class Email:
    start: int
    end: int
    local: str
    domain: str
    domain_start: int

    def name(self) -> str | None:
        """"anna.van.dam" → "Anna van Dam"; None for "info" or initials."""
        particles = set(load_lexicon().particles)
        parts = [p for p in re.split(r"[.]", self.local) if p]
        if len(parts) < 2 or len(parts[0]) < 2 or len(parts[-1]) < 2:
            return None
        words = [parts[0].capitalize()]
        for part in parts[1:-1]:
            words.append(part.lower() if part.lower() in particles else part.capitalize())
        words.append("-".join(w.capitalize() for w in parts[-1].split("-")))
        return " ".join(words)


def find_emails(text: str) -> list[Email]:
    if "@" not in text:
        return []  # most documents have no address; the regex would try every word
    return [Email(m.start(), m.end(), m.group(1), m.group(2), m.start(2)) for m in _EMAIL.finditer(text)]


def unwritten_persons(text: str, emails: list[Email], mentions: list[Mention]) -> list[Mention]:
    """The persons of the addresses in ``emails`` that no mention in ``mentions`` writes out: a
    Person mention over the local part, labelled by the name it spells.

    >>> text = "Stuur het naar anna.van.dam@breda.nl."
    >>> [(m.text, m.name) for m in unwritten_persons(text, find_emails(text), [])]
    [('anna.van.dam', 'Anna van Dam')]
    """
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for email in emails:
        name = email.name()
        if not name or any(s <= email.start < e + 3 for s, e in covered) or _function_address(email):
            continue
        if _written_before(text, email, mentions) or _spelled(email, mentions):
            continue
        local_end = email.start + len(email.local)
        found.append(Mention(email.start, local_end, text[email.start:local_end], "Person", "persons.email", 0.8,
                             name=name))
    return found


#: the first word of an address that serves a function, not a person: "secretariaat.wonen@", "info.jeugd@"
_FUNCTION_WORDS = frozenset({"secretariaat", "info", "informatie", "contact", "communicatie", "pers", "redactie",
                             "bureau", "programmabureau", "postbus", "noreply", "nieuwsbrief", "aanmelden", "team"})


def _function_address(email: Email) -> bool:
    """Whether the address is a body's, not a person's: its first word is a unit's kind or a function
    ("taskforce.arbeidsmarkt@", "secretariaat.wonen@", "pijler.sociaal@").

    >>> [_function_address(e) for e in find_emails("taskforce.wonen@g40.nl anna.van.dam@breda.nl")]
    [True, False]
    """
    first = email.local.split(".")[0].lower()
    return first in _FUNCTION_WORDS or first in load_lexicon().unit_kinds


def _written_before(text: str, email: Email, mentions: list[Mention]) -> bool:
    for mention in mentions:
        if 0 <= email.start - mention.end <= 3 and not text[mention.end:email.start].strip():
            return True
    return False


def compact(name: str) -> str:
    """A name or address part in lower-case letters only, to compare them.

    >>> compact("Boerma-Lont"), compact("y.boerma")
    ('boermalont', 'yboerma')
    """
    return re.sub(r"[^a-z]", "", name.lower())


def _spelled(email: Email, mentions: list[Mention]) -> bool:
    """Whether a person named before the address, anywhere in the document, is the one it spells
    ("Ilse van Dongen … ilse.vandongen@"; "Robbert-Jan Mulder … Mulder is bereikbaar via rj.mulder@")."""
    return any(m.type == "Person" and spells(email.local, m.label) and m.end <= email.start for m in mentions)


def spells(local: str, label: str) -> bool:
    """Whether an address's local part spells the name: in full, or the first name's initials and the
    surname ("dj.eikelboom" for Dirk-Jan Eikelboom, "y.boerma" for Yvette Boerma-Lont).

    >>> spells("dj.eikelboom", "Dirk-Jan Eikelboom"), spells("y.boerma", "Yvette Boerma-Lont"), spells("j.bos", "Eva Bos")
    (True, True, False)
    """
    if compact(label) == compact(local):
        return True
    parts = [p for p in re.split(r"[._-]", local.lower()) if p]
    words = label.split()
    if len(parts) < 2 or len(words) < 2 or len(compact(parts[-1])) < 3:
        return False
    first = words[0].lower()
    initials = {first[:1], "".join(w[:1] for w in first.split("-") if w)}
    return "".join(parts[:-1]) in initials and compact(parts[-1]) in compact(" ".join(words[1:]))
