"""E-mail domains of organisations the gazetteer does not know, by the name the text gives them:
"r.stevens@liof.nl" belongs to the "LIOF" the document names, "k.smit@platform31.nl" to "Platform31".

The domain's name (its label before the top-level domain) must spell an organisation mention of the
document, letters and digits only, ignoring case; "info@gmail.com" or a domain that spells nothing
named belongs to no one.

Examples
--------
>>> from graph.extract.model import Mention
>>> liof = Mention(0, 4, "LIOF", "Organisation", "organisations.head-word", 0.8)
>>> organisation_domain("liof.nl", [liof]).label
'LIOF'
>>> organisation_domain("gmail.com", [liof]) is None
True
"""

from __future__ import annotations

import logging

from .model import Mention

__all__ = ["organisation_domain"]

log = logging.getLogger(__name__)


def _spelling(name: str) -> str:
    """``name`` in lower case, letters and digits only: "Platform 31" → "platform31"."""
    return "".join(c for c in name.lower() if c.isalnum())


def organisation_domain(domain: str, mentions: list[Mention]) -> Mention | None:
    """The organisation mention whose name the e-mail ``domain`` spells (a template: offsets are the caller's)."""
    labels = domain.lower().split(".")
    if len(labels) < 2 or len(labels[-2]) < 3:
        return None
    wanted = _spelling(labels[-2])
    return next((m for m in mentions if m.type == "Organisation" and _spelling(m.label) == wanted), None)
