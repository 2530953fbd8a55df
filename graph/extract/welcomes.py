"""A welcome at a meeting is a courtesy, no sign that the body works with the one welcomed.

Minutes open with "De voorzitter opent de vergadering en heet Jeroen Bos van BZK welkom." (walkthrough
27, finding 7): the guest from BZK is greeted, nothing more is said of him or his ministry. A sentence
whose clause about the guest is only a welcome ("heet X welkom", "verwelkomt X", with nothing after
the welcome) is therefore no evidence that the body collaborates with the guest's ministry
(:func:`graph.extract.guests.guest_discussions` reads on to the next sentence that speaks of them). A
welcome followed by what the guest does there ("heet X welkom, die namens BZK de regeling toelicht")
speaks of their work and still counts.

>>> text = "De voorzitter opent de vergadering en heet Jeroen Bos van BZK welkom."
>>> mere_welcome(text, 0, len(text))
True
>>> text = "De voorzitter heet Jeroen Bos welkom, die namens BZK de regeling toelicht."
>>> mere_welcome(text, 0, len(text))
False
>>> text = "Jeroen Bos van BZK licht de regeling toe."
>>> mere_welcome(text, 0, len(text))
False
"""

from __future__ import annotations

import re

__all__ = ["mere_welcome"]

#: "heet … welkom" or "verwelkomt …" closing the sentence: nothing but its end after the welcome
_WELCOME = re.compile(r"\b(?:heet|heten)\b[^.;:!?]*?\bwelkom\s*[.!]?\s*$|\bverwelkom(?:t|en|de|den)\b[^,;:]*$",
                      re.IGNORECASE)


def mere_welcome(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` closes with a welcome and says nothing after it (see the module)."""
    return _WELCOME.search(text[start:end].rstrip()) is not None
