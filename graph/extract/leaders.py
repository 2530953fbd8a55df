"""Who leads: the person behind a place adjective ("voorgezeten door de Goudse wethouder X").

"Die themagroep wordt getrokken door de Arnhemse wethouder Thijs Koenders" names a person as the
leader; "Arnhemse" only says whose wethouder he is (the role rules read that). The adjective of a
place before a role word and a person is no leader itself.
"""

from __future__ import annotations

import re

from .model import Mention

__all__ = ["person_behind_adjective"]

#: between the adjective and the person: a role word and perhaps its portfolio in lower case
#: ("de Goudse wethouder", "de Delftse wethouder van wonen"), or a Title Case portfolio
_ROLE_GAP = re.compile(r"\s+(?:[a-zà-ÿ-]+\s+){1,4}(?:[A-Z][\w-]*\s+(?:en\s+)?){0,3}$")


def person_behind_adjective(text: str, mentions: list[Mention], leader: Mention) -> Mention | None:
    """The person named after ``leader`` when ``leader`` is a place adjective before a role word
    ("de Goudse wethouder Marit Verbeek"), else None.

    >>> a = Mention(0, 8, "Arnhemse", "Municipality", "gazetteer.place-adjective", 0.9)
    >>> p = Mention(19, 33, "Thijs Koenders", "Person", "persons.full-name", 0.9)
    >>> person_behind_adjective("Arnhemse wethouder Thijs Koenders", [a, p], a).text
    'Thijs Koenders'
    """
    if leader.rule != "gazetteer.place-adjective":
        return None
    after = [m for m in mentions if m.start >= leader.end]
    if not after or after[0].type != "Person":
        return None
    return after[0] if _ROLE_GAP.fullmatch(text[leader.end:after[0].start]) else None


#: an apposition that places the subject in a larger unit: ", onderdeel van onze themagroep,"
_PART_APPOSITION_BEFORE = re.compile(r",\s*(?:een\s+)?(?:onderdeel|deel)\s+van\s+(?:de|het|onze|deze|hun)?\s*$",
                                     re.IGNORECASE)


def led_thing(text: str, before: list[Mention]) -> Mention | None:
    """What a "wordt getrokken door" clause is about among the units named ``before`` the cue: the
    nearest, unless that one sits in an apposition to the subject ("De Werkgroep X, onderdeel van
    onze themagroep, wordt getrokken door Y": the werkgroep).

    >>> text = "De Werkgroep X, onderdeel van de themagroep Y, wordt"
    >>> x = Mention(3, 14, "Werkgroep X", "OrganisationalUnit", "t", 1.0)
    >>> y = Mention(33, 45, "themagroep Y", "OrganisationalUnit", "t", 1.0)
    >>> led_thing(text, [x, y]).text
    'Werkgroep X'
    >>> body = Mention(3, 26, "stuurgroep City Deal Zon", "OrganisationalUnit", "t", 1.0)
    >>> deal = Mention(14, 26, "City Deal Zon", "Programme", "t", 1.0)
    >>> led_thing("De stuurgroep City Deal Zon staat", [body, deal]).text
    'stuurgroep City Deal Zon'
    """
    if not before:
        return None
    last = before[-1]
    if len(before) > 1 and before[-2].start <= last.start and last.end <= before[-2].end:
        return before[-2]  # "De stuurgroep City Deal X staat onder voorzitterschap van": the name holding the deal's
    if len(before) > 1 and before[-2].type == "OrganisationalUnit" \
            and re.fullmatch(r"\s+van\s+(?:(?:de|het)\s+)?", text[before[-2].end:last.start]):
        return before[-2]  # "De stuurgroep van de City Deal X staat onder voorzitterschap van": the stuurgroep
    if len(before) > 1 and re.match(r"\s*,", text[last.end:last.end + 3]) \
            and _PART_APPOSITION_BEFORE.search(text, before[-2].end, last.start):
        return before[-2]
    return last
