"""Organisational units: pijlers, themagroepen, taskforces, stuurgroepen, kernteams, overleggen.

A unit is a kind word (``data/gazetteer/unit_kinds.csv``, or a compound ending in -overleg) with a
name after it ("pijler Fysiek", "VNG taskforce wonen en zorg", "stuurgroep Woningbouwimpuls"), or
a compound kind word with an article or adjective ("een opgavetafel", "het ambtelijk regio-overleg").
The label is the kind word capitalised plus the name, so that "pijler Fysiek" and "Pijler Fysiek"
are one unit; an organisation right before the kind word ("VNG taskforce …") is returned as the
unit's parent. A bare base kind ("de taskforce") is a
reference, left to :mod:`graph.extract.references`, unless "een ambtelijke/bestuurlijke" introduces
it ("een ambtelijke kerngroep"). A lower-case compound of a named head ("een selectiecommissie") is a unit
when the text refers back to it by its head ("… maakten deel uit van de commissie"). Also units: a committee named by its field ("de vaste commissie voor
Sociale Zaken"), a ministry's directorate-general ("het Directoraat-Generaal X", "DG X"), an organisation's bureau or daily board
("het G40-bureau", "het dagelijks bestuur van de G40"): those two in :mod:`graph.extract.standing_bodies`.
The units a list or a count announces ("drie themagroepen: Armoede, Jeugd en Zorg") are
:mod:`graph.extract.listed_units`'s.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "De pijler Fysiek sprak met het ambtelijk havenoverleg."
>>> [(m.label, m.kind) for m in find_units(text, tokenize(text), set())]
[('Pijler Fysiek', 'pijler'), ('ambtelijk havenoverleg', 'overleg')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .column_labels import column_labels
from .lexicon import load_lexicon
from .model import Mention
from .phrases import name_after, quoted_after
from .place_opened_names import place_opening_name
from .programmes import about_programme
from .standing_bodies import BODY_WORDS, directorates_general, organisation_bodies
from .tokens import Token, word_test

__all__ = ["find_units", "BASE_KINDS", "ADJECTIVES", "plural_kind"]

#: kind words that on their own ("de taskforce") refer back instead of naming a new unit
BASE_KINDS = frozenset({"pijler", "themagroep", "taskforce", "stuurgroep", "kernteam", "werkgroep", "overleg",
                        "projectgroep", "kerngroep", "expertgroep", "klankbordgroep", "directie", "commissie", "afdeling",
                        "team", "werkspoor"})
#: adjectives that qualify a unit ("ambtelijk regio-overleg", "landelijke stuurgroep")
ADJECTIVES = frozenset({"ambtelijk", "ambtelijke", "bestuurlijk", "bestuurlijke", "landelijk", "landelijke",
                        "regionaal", "regionale", "nationaal", "nationale", "gezamenlijk", "gezamenlijke",
                        "interdepartementaal", "interdepartementale", "nieuw", "nieuwe", "tijdelijk", "tijdelijke"})
_ARTICLES = {"de", "het", "een", "deze", "dit", "die", "onze", "ons", "hun"}



def _characterisation(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the quotation ``span`` after a kind word says what the body is, not its name: it opens
    with the indefinite article in lower case ("die de themagroep 'een onmisbare partner in de regio'
    noemde"); a name opens with a capital or a definite article ("de werkgroep 'De Nieuwe Wijk'").

    >>> from graph.extract.tokens import tokenize
    >>> text = "die de themagroep 'een onmisbare partner' noemde"
    >>> _characterisation(tokenize(text), (4, 7))
    True
    >>> text = "de werkgroep 'Samen Sterk' begon"
    >>> _characterisation(tokenize(text), (3, 5))
    False
    """
    return tokens[span[0]].text == "een"


def plural_kind(word: str) -> str | None:
    """The unit kind of a plural kind word ("themagroepen" → "themagroep")."""
    kinds = load_lexicon().unit_kinds
    low = word.lower()
    if low in ("teams", "team's"):
        return None  # "de teams Inkomen en Schuldhulpverlening": a municipality's teams at work, no units named (51a)
    for suffix in ("en", "s", "'s"):
        if low.endswith(suffix) and low[: -len(suffix)] in kinds:
            return kinds[low[: -len(suffix)]].kind
    if low.endswith("gen") and low[:-2] in kinds:  # overleggen
        return kinds[low[:-2]].kind
    if low.endswith("ggen") and low[:-3] in kinds:
        return kinds[low[:-3]].kind
    return None


#: heads of compound kind words that name a unit when a capitalised name follows
#: ("Versnellingsteam Middelgrote Steden", "Deskundigencommissie Hervormingsagenda Jeugd"); with
#: no name, or in lower case, they stay common nouns ("het wijkteam Noord", "een adviescommissie")
_NAMED_HEADS = ("team", "commissie")


@lru_cache(maxsize=1)
def _unit_word_test():
    """A unit kind word, or a compound ending in -overleg, -team or -commissie."""
    return word_test(load_lexicon().unit_kinds, ("overleg", *_NAMED_HEADS))


#: a possessive after "van": the owner of a unit, not part of its name ("van onze pijler", "van hun netwerk")
_POSSESSIVES = frozenset({"onze", "ons", "hun", "haar", "zijn", "uw", "mijn", "jullie"})


def _before_possessive_owner(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` cut before "van <possessive>": "themagroep MKB en economische vernieuwing van onze pijler
    delen" names "MKB en economische vernieuwing"; None when nothing is left."""
    for k in range(span[0] + 1, span[1] - 1):
        if tokens[k].text == "van" and tokens[k + 1].text.lower() in _POSSESSIVES:
            return (span[0], k)
    return span


def _before_next_unit(tokens: list[Token], span: tuple[int, int], kinds) -> tuple[int, int] | None:
    """``span`` ending before an "en" (or "&", ",") that is followed by another unit's kind word: in
    "Themagroep Wonen en Themagroep Werk" and "Pijler Sociaal en Pijler Fysiek" the name is two
    names, not one ("Themagroep Armoede en Schulden" stays one).

    >>> from graph.extract.lexicon import load_lexicon
    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("Themagroep Wonen en Themagroep Werk")
    >>> _before_next_unit(t, (1, 5), load_lexicon().unit_kinds)
    (1, 2)
    """
    for k in range(span[0] + 1, span[1] - 1):
        if tokens[k].text in ("en", "&", ",") and tokens[k + 1].text.lower() in kinds \
                and tokens[k + 1].text[:1].isupper():
            return (span[0], k) if k > span[0] else None
    return span


def _titled_adjectives(tokens: list[Token], first: int, index: int) -> str:
    """The adjectives before a unit's kind word that belong to its name, each with a space after: those
    of a name written in title case ("het Landelijk Bestuurlijk Overleg Woningbouw" is not the "Overleg
    Woningbouw"; round 54d), none in lower case ("de landelijke stuurgroep Wonen" is the stuurgroep Wonen).

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("het Landelijk Bestuurlijk Overleg Woningbouw")
    >>> _titled_adjectives(tokens, 1, 3), _titled_adjectives(tokenize("de landelijke Stuurgroep Wonen"), 1, 2)
    ('Landelijk Bestuurlijk ', '')
    """
    words = [t.text for t in tokens[first:index]]
    if not words or not tokens[index].text[:1].isupper() or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(f"{w} " for w in words)


def find_units(text: str, tokens: list[Token], blocked: set[int],
               org_tokens: dict[int, Mention] | None = None, places: set[int] | None = None) -> list[Mention]:
    """Unit mentions.

    ``blocked`` holds indexes of tokens already inside another mention (names stop there);
    ``org_tokens`` maps the index of an organisation mention's last token to that mention: after
    an organisation a name may start in lower case ("VNG taskforce wonen en zorg"). The
    organisation itself becomes the unit's parent in :mod:`graph.extract.relations`. ``places``
    holds the indexes of the tokens of municipalities and provinces: a name may end in one
    ("Stuurgroep Binnenstad Breda", rule ``units.place-named``; see :func:`_place_ending`).
    """
    kinds = load_lexicon().unit_kinds
    org_tokens = org_tokens or {}
    mentions: list[Mention] = []
    for index in _unit_word_test().indexes(tokens):
        token = tokens[index]
        if index in blocked:
            continue
        low = token.text.lower()
        unit_kind = kinds.get(low)
        if unit_kind is None and low.endswith("overleg") and len(low) > 10 and token.text.isalpha():
            unit_kind = kinds["overleg"]  # a compound names its kind by its head: "havenoverleg"
            low = "overleg-compound"
        head = None
        if unit_kind is None and low.endswith(_NAMED_HEADS) and token.text.isalpha():
            head = next(h for h in _NAMED_HEADS if low.endswith(h))
            if len(low) < len(head) + 4 or not token.text[:1].isupper() or index + 1 >= len(tokens) or not tokens[index + 1].text[:1].isupper() \
                    or tokens[index + 1].start != token.end + 1:
                if _introduced_then_referred(text, tokens, index, head):
                    # "een selectiecommissie onder leiding van X. … maakten deel uit van de commissie"
                    mentions.append(Mention(token.start, token.end, token.text, "OrganisationalUnit", "units.introduced",
                                            0.7, name=low, kind=head))
                continue  # "het wijkteam", "de commissie": no name, no unit of its own
            unit_kind = _HeadKind(head)
        if unit_kind is None or _meeting_of_unit(tokens, index, unit_kind.kind):
            continue
        # adjectives before the kind word
        first = index
        while first > 0 and tokens[first - 1].text.lower() in ADJECTIVES and tokens[first - 1].end + 2 >= tokens[first].start:
            first -= 1
        before = tokens[first - 1].text.lower() if first > 0 else ""
        parent = org_tokens.get(first - 1)
        if parent is None and first > 1 and tokens[first - 1].text == "-" and tokens[first - 1].end == tokens[first].start:
            parent = org_tokens.get(first - 2)  # "VNG-commissie Zorg, Jeugd en Onderwijs"
        # "Pijler fysiek", "VNG taskforce wonen", "| Ambtelijke werkgroep bestaanszekerheid |": a name in lower case
        lower_ok = (token.text[:1].isupper() and index > 0 or parent is not None
                    or first < index and tokens[first].text[:1].isupper()) and head is None
        span = quoted_after(tokens, index + 1, text)
        if span is not None and _characterisation(tokens, span):
            span = None  # "noemde de themagroep 'een onmisbare partner'": what it is called, not its name
        if span is None and low == "commissie":
            span = _committee_for(tokens, index, text)  # "de vaste commissie voor Sociale Zaken en Werkgelegenheid"
            if span is not None and any(k in blocked for k in range(span[0], span[1])):
                # "commissie voor Sociale Zaken en Werkgelegenheid": the ministry's name stays its own mention
                name = " ".join(text[tokens[span[0]].start:tokens[span[1] - 1].end].split())
                mentions.append(Mention(token.start, token.end, token.text, "OrganisationalUnit", "units.named", 0.85,
                                        name=f"Commissie {name}", kind=unit_kind.kind))
                continue
        if span is None:
            span = name_after(tokens, index + 1, text, allow_lower=lower_ok, article_inside=True)  # "werkgroep Preventie in de Wijk"
            if span is None and index + 1 < len(tokens) and tokens[index + 1].start == token.end + 1 \
                    and "-" in text[tokens[index + 1].start:tokens[index + 1].start + 40].split(" ")[0][1:]:
                # "directeurenoverleg rijk-regio-mkb": a hyphenated lower-case name
                j = index + 1
                while j + 2 < len(tokens) and tokens[j + 1].text == "-" and tokens[j + 1].start == tokens[j].end:
                    j += 2
                span = (index + 1, j + 1) if j > index + 1 else None
        place_end = _place_ending(tokens, span, blocked, places or set()) if span else None
        if place_end is None and span:
            place_end = place_opening_name(tokens, span, blocked, places or set())
        if place_end is not None:
            span = (span[0], place_end)  # "Stuurgroep Binnenstad Breda", "stuurgroep Utrecht Oost Bereikbaar": the place is part of the name
        elif span and any(k in blocked for k in range(span[0], span[1])):
            stop = next(k for k in range(span[0], span[1]) if k in blocked)
            while stop > span[0] and tokens[stop - 1].text in (",", "en", "&", "voor", "in", "uit", "bij", "met", "namens"):
                stop -= 1  # "Themagroep Wonen, Zwolle en …", "Themagroep Wonen voor Breda": the name ends before
            if stop - 1 > span[0] and tokens[stop - 1].text in ("de", "het") and tokens[stop - 2].text == "van":
                stop -= 2  # "directie Wonen van de VNG": the owner follows the name
            elif stop - 1 > span[0] and tokens[stop - 1].text == "van":
                stop -= 1  # "directie Wonen van BZK"
            stop = _before_titled_name(tokens, span[0], stop)  # "de Pijler Fysiek schoof wethouder [Jan Smit] aan"
            span = (span[0], stop) if stop > span[0] else None
        if span:
            span = _before_next_unit(tokens, span, kinds)  # "Themagroep Wonen en Themagroep Werk": two units
        if span:
            span = _before_possessive_owner(tokens, span)  # "themagroep MKB van onze pijler": the owner follows
        if span:
            span = _before_date(tokens, span)  # "Actiepunten themagroep Armoede 12 november 2024": a date follows
        if span:
            span = _before_clause(tokens, span)  # "voorzitter van de themagroep Wonen en volgt daarmee X op"
        if span:
            span = _before_predicate(tokens, span)  # "Binnen de pijler is de themagroep Wonen actief"
        if span:
            span = _apostrophe_plural(tokens, span)  # "Themagroep Grensregio's": a plural, part of the name
        if span and column_labels(tokens, span):
            span = None  # a table's header row "Pijler Voorzitter Sinds": labels of columns, no name
        if span:
            span = _sentence_case_name(text, tokens, span, blocked)  # "themagroep Leefomgeving en gezondheid"
            name_start, name_end = tokens[span[0]].start, tokens[span[1] - 1].end
            quoted = text[name_start - 1:name_start] in "'\"*“‘"
            end = name_end + (1 if quoted else 0)
            name = text[name_start:name_end]
            word = token.text.lower()
            label = f"{_titled_adjectives(tokens, first, index)}{word[:1].upper()}{word[1:]} {name}"
            mention = Mention(tokens[first].start, end, text[tokens[first].start:end], "OrganisationalUnit",
                              "units.named" if place_end is None else "units.place-named", 0.9,
                              name=" ".join(label.split()), kind=unit_kind.kind)
        elif (low not in BASE_KINDS or unit_kind.kind != "overleg" and _introduced_body(tokens, first, index)
              or unit_kind.kind == "overleg" and _overleg_of_unit(text, tokens, first, index)) and head is None:
            if first == index and before not in _ARTICLES:
                continue
            if low in BODY_WORDS and index + 2 < len(tokens) and tokens[index + 1].text == "van" \
                    and tokens[index + 2].text.lower() in ("de", "het"):
                continue  # "het programmabureau van de G40": the organisation's body (see organisation_bodies)
            surface = text[tokens[first].start:token.end]
            mention = Mention(tokens[first].start, token.end, surface, "OrganisationalUnit", "units.unnamed", 0.7,
                              name=" ".join(surface.split()), kind=unit_kind.kind)
        else:
            continue
        mentions.append(mention)
    return mentions + organisation_bodies(text, tokens, blocked, org_tokens) + directorates_general(text, tokens, blocked)



def _place_ending(tokens: list[Token], span: tuple[int, int], blocked: set[int], places: set[int]) -> int | None:
    """The end of a unit's name that ends in a place: the first blocked token of the name ``span`` is
    a municipality or province right after a capitalised name word, one space apart, and no list of
    places goes on after it ("Stuurgroep Binnenstad Breda", "Taskforce Woningbouw Utrecht"; not
    "Themagroep Wonen, Breda", "Themagroep Wonen voor Breda", "Werkgroep Wonen Breda en Tilburg").
    None when the name does not end so.

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("De Stuurgroep Binnenstad Breda komt bijeen.")
    >>> _place_ending(tokens, (2, 5), {3}, {3})
    4
    """
    stop = next((k for k in range(span[0], span[1]) if k in blocked), None)
    if stop is None or stop not in places or stop == span[0]:
        return None
    before = tokens[stop - 1]
    if not (before.text[:1].isupper() and before.text.isalpha()) or tokens[stop].start != before.end + 1:
        return None
    end = stop
    while end in places:
        end += 1
    if end < len(tokens) and tokens[end].text in (",", "en", "of", "/") and end + 1 in places:
        return None  # "Werkgroep Wonen Breda en Tilburg": places listed, not a name
    return end


def _committee_for(tokens: list[Token], index: int, text: str) -> tuple[int, int] | None:
    """The name of a committee named by its field with "voor" (``index``: "commissie"), as the
    committees of a parliament or a council are: "de vaste commissie voor Sociale Zaken en
    Werkgelegenheid" → tokens "voor Sociale Zaken en Werkgelegenheid"; None when no capitalised name
    follows "voor" ("een commissie voor advies").

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("lid van de vaste commissie voor Binnenlandse Zaken.")
    >>> [t.text for t in tokens[slice(*_committee_for(tokens, 4, "lid van de vaste commissie voor Binnenlandse Zaken."))]]
    ['voor', 'Binnenlandse', 'Zaken']
    """
    if index + 2 >= len(tokens) or tokens[index + 1].text != "voor":
        return None
    name = name_after(tokens, index + 2, text, article_inside=True)
    return (index + 1, name[1]) if name is not None else None


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(role.split()[-1] for role in load_lexicon().roles)


def _before_titled_name(tokens: list[Token], first: int, stop: int) -> int:
    """The end of a unit's name that runs into a role word and the name it titles: the lower-case words
    before "wethouder [Jan Smit]" are the sentence going on, not the name ("Bij de Pijler Fysiek schoof
    wethouder Jan Smit aan": the name ends at its last capitalised word).

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("Bij de Pijler Fysiek schoof wethouder Jan Smit aan")
    >>> _before_titled_name(t, 3, 6)
    4
    >>> _before_titled_name(tokenize("de Themagroep Wonen en Zorg"), 2, 5)
    5
    """
    if stop - 1 <= first or tokens[stop - 1].text not in _role_words():
        return stop
    end = stop - 1
    while end > first + 1 and not tokens[end - 1].text[:1].isupper():
        end -= 1
    return end


def _sentence_case_name(text: str, tokens: list[Token], span: tuple[int, int], blocked: set[int]) -> tuple[int, int]:
    """``span`` with a lower-case "en"-part after it when the document writes the longer name on
    a line of its own, as a heading: "Leefomgeving en gezondheid" over "de themagroep Leefomgeving
    en gezondheid" (a name in sentence case); without that line "en gezondheid" may be the
    sentence going on ("de themagroep Wonen en haar partners").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Wijk en gezondheid\\nDe themagroep Wijk en gezondheid start."
    >>> _sentence_case_name(text, tokenize(text), (5, 6), set())
    (5, 8)
    >>> _sentence_case_name("De themagroep Wijk en gezondheid start.", tokenize("De themagroep Wijk en gezondheid start."), (2, 3), set())
    (2, 3)
    """
    k = span[1]
    if k + 1 >= len(tokens) or tokens[k].text != "en" or not tokens[k + 1].text.isalpha() \
            or not tokens[k + 1].text.islower() or k in blocked or k + 1 in blocked:
        return span
    longer = text[tokens[span[0]].start:tokens[k + 1].end]
    if "\n" in longer:
        return span
    line = re.compile(r"(?:^|\n)[#*\s]*" + re.escape(longer) + r"[*\s]*(?:\n|$)")
    return (span[0], k + 2) if line.search(text) else span


#: adjectives that say which kind of body a bare kind word is ("een ambtelijke kerngroep")
_BODY_ADJECTIVES = frozenset({"ambtelijk", "ambtelijke", "bestuurlijk", "bestuurlijke"})


def _introduced_body(tokens: list[Token], first: int, index: int) -> bool:
    """Whether a bare kind word is introduced as a body of its own: "een ambtelijke kerngroep"
    (an indefinite article and the adjective that says whose body it is); "de ambtelijke
    werkgroep" refers back, "een nieuwe werkgroep" names no kind of body. ("een bestuurlijk overleg"
    is a meeting: the caller leaves out the overleg kind.)

    >>> from graph.extract.tokens import tokenize
    >>> _introduced_body(tokenize("met een ambtelijke kerngroep"), 2, 3), _introduced_body(tokenize("met de ambtelijke kerngroep"), 2, 3)
    (True, False)
    """
    return (first == index - 1 and first > 0 and tokens[first].text.lower() in _BODY_ADJECTIVES
            and tokens[first - 1].text.lower() == "een") or _introduced_by_relative(tokens, first, index)


#: after an official or administrative overleg, the named unit it belongs to: " van de G40-pijler Fysiek"
_OF_NAMED_UNIT = re.compile(r"\s+van\s+(?:de|het)\s+(?:G40-?\s?)?(?:pijler|themagroep|taskforce)\s+(?-i:[A-Z])", re.IGNORECASE)


def _overleg_of_unit(text: str, tokens: list[Token], first: int, index: int) -> bool:
    """Whether "het ambtelijk overleg" (or "bestuurlijk") is a body of its own because a role is held in it and the
    named unit it belongs to follows: "voorzitter van het ambtelijk overleg van de G40-pijler Fysiek" chairs the
    overleg, not the pijler (round 59s). "het ambtelijk overleg" alone, of a town ("van de gemeente Ede"), or with
    no role before it ("rapporteert aan het bestuurlijk overleg van de pijler X": the pijler's meeting) stays no
    unit.

    >>> from graph.extract.tokens import tokenize
    >>> text = "voorzitter van het ambtelijk overleg van de G40-pijler Fysiek"
    >>> _overleg_of_unit(text, tokenize(text), 3, 4)
    True
    >>> text = "voorzitter van het ambtelijk overleg van de gemeente Ede"
    >>> _overleg_of_unit(text, tokenize(text), 3, 4)
    False
    >>> text = "rapporteert aan het bestuurlijk overleg van de pijler Sociaal"
    >>> _overleg_of_unit(text, tokenize(text), 3, 4)
    False
    """
    return first == index - 1 and first > 2 and tokens[first].text.lower() in ("ambtelijk", "bestuurlijk") \
        and tokens[first - 1].text.lower() == "het" and tokens[first - 2].text.lower() == "van" \
        and tokens[first - 3].text.lower() in _role_words() \
        and _OF_NAMED_UNIT.match(text, tokens[index].end) is not None


def _introduced_by_relative(tokens: list[Token], first: int, index: int) -> bool:
    """Whether a bare kind word after "een" is followed by a relative clause that says who sit in it: "een
    klankbordgroep, waarin INretail en KHN de ondernemers vertegenwoordigen" introduces a body of its own (see
    :func:`graph.extract.sitting_in.members_in_clause_after`); "een klankbordgroep opzetten" names none (round 56o).

    >>> from graph.extract.tokens import tokenize
    >>> _introduced_by_relative(tokenize("werkt een klankbordgroep, waarin Ede zit"), 2, 2)
    True
    >>> _introduced_by_relative(tokenize("wil een klankbordgroep opzetten, waarin Ede zit"), 2, 2)
    False
    """
    if first != index or first == 0 or tokens[first - 1].text.lower() != "een":
        return False
    after = [t.text.lower() for t in tokens[index + 1:index + 3]]
    return after[:1] == ["waarin"] or after == [",", "waarin"]


#: a definite reference to a compound's head, for each named head: "de commissie", "het team"
_HEAD_REFERENCES = {head: re.compile(rf"\b(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it)\s+{head}\b(?!\s+(?:van|voor)\b)")
                    for head in _NAMED_HEADS}
#: how far after its introduction a body is referred back to
_REFERENCE_REACH = 400


def _introduced_then_referred(text: str, tokens: list[Token], index: int, head: str) -> bool:
    """Whether a lower-case compound ending in a named head (``index``) is introduced as a body of its
    own: "een selectiecommissie" with the indefinite article, then referred back to by its head in the
    text that follows ("… maakten deel uit van de commissie"). Without the reference ("een
    adviescommissie kan helpen") it stays a common noun.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Er was een selectiecommissie. Jan zat in de commissie."
    >>> _introduced_then_referred(text, tokenize(text), 3, "commissie")
    True
    >>> text = "Er was een onafhankelijke adviescommissie. In de commissie zaten Jan en Eva."
    >>> _introduced_then_referred(text, tokenize(text), 4, "commissie")
    True
    >>> text = "Er komt een adviescommissie. Jan zat in de commissie voor Zorg."
    >>> _introduced_then_referred(text, tokenize(text), 3, "commissie")
    False
    """
    token = tokens[index]
    article = index - 1
    if article > 0 and tokens[article].text.isalpha() and tokens[article].text.islower() \
            and tokens[article].text.endswith("e") and len(tokens[article].text) > 3:
        article -= 1  # an adjective between: "een onafhankelijke adviescommissie"
    return article >= 0 and tokens[article].text.lower() == "een" and token.text.isalpha() and token.text.islower() \
        and len(token.text) >= len(head) + 4 \
        and _HEAD_REFERENCES[head].search(text, token.end, token.end + _REFERENCE_REACH) is not None


class _HeadKind:
    """The kind of a unit named by a compound head ("Versnellingsteam X": "team")."""

    def __init__(self, kind: str):
        self.kind = kind


def _meeting_of_unit(tokens: list[Token], index: int, kind: str) -> bool:
    """Whether the overleg word at ``index`` names the meeting of the unit right after it
    ("bestuurlijk overleg Themagroep Digitale Stad", "Pijleroverleg Pijler Wonen"): the unit
    is the one named, the meeting is no unit of its own; so is a meeting about a programme
    named by its compound ("bestuurlijk overleg Woningbouwimpuls", "overleg Groeiagenda").

    >>> from graph.extract.tokens import tokenize
    >>> _meeting_of_unit(tokenize("Pijleroverleg Pijler Wonen"), 0, "overleg")
    True
    >>> _meeting_of_unit(tokenize("overleg Woningbouwimpuls op 9 juli"), 0, "overleg")
    True
    """
    if kind != "overleg" or index + 1 >= len(tokens):
        return False
    if about_programme(tokens, index + 1):
        return True  # "bestuurlijk overleg Woningbouwimpuls": a meeting about the programme, no body
    if index + 2 >= len(tokens):
        return False
    following = load_lexicon().unit_kinds.get(tokens[index + 1].text.lower())
    return (following is not None and following.kind != "overleg" and tokens[index + 1].text[:1].isupper()
            and tokens[index + 2].text[:1].isupper())


#: the months, for a day number that ends a name only in appearance ("… Armoede en Schulden 12 november")
_MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                     "oktober", "november", "december"})


#: a finite verb or adverb that opens a second clause after "en": "de themagroep Wonen en volgt daarmee X op",
#: "in de Pijler Fysiek en ben sinds …", "… en is lid van …" (never a noun such as "werk": "Wonen en werk")
_CLAUSE_VERBS = frozenset({"ben", "bent", "is", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden",
                           "word", "wordt", "worden", "werd", "werden", "zal", "zult", "zullen", "zou", "zouden", "kan",
                           "kunnen", "kon", "konden", "moet", "moeten", "ga", "gaat", "gaan", "ging", "gingen", "zit",
                           "zat", "zitten", "blijf", "blijft", "blijven", "bleef", "werkt", "werkte", "neem", "neemt",
                           "nemen", "nam", "sta", "staat", "stond", "doe", "doet", "deed", "wil", "wilt", "willen", "wilde",
                           "volgt", "volgen", "volgde", "komt", "kwam", "treedt", "trad", "vertegenwoordigt", "leidt",
                           "leidde", "krijgt", "kreeg", "stopt", "stopte", "vertrekt", "vertrok", "daarmee", "daarna",
                           "vervolgens", "tevens", "sinds", "per"})


def _before_clause(tokens, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` cut before "en" that opens a second clause with a verb: "themagroep Wonen en volgt" in
    "voorzitter van de G40-themagroep Wonen en volgt daarmee X op" is the themagroep Wonen (walkthrough
    23, finding 11), "Pijler Fysiek en ben" in "in de Pijler Fysiek en ben sinds …" the Pijler Fysiek;
    "themagroep Wonen en Bouwen" and "Economie en Werk" keep their names.

    >>> from .tokens import tokenize
    >>> _before_clause(tokenize("themagroep Wonen en volgt daarmee"), (1, 4)), _before_clause(tokenize("themagroep Wonen en Bouwen"), (1, 4))
    ((1, 2), (1, 4))
    >>> _before_clause(tokenize("Fysiek en ben"), (0, 3)), _before_clause(tokenize("Economie en Werk"), (0, 3))
    ((0, 1), (0, 3))
    """
    for k in range(span[0] + 1, span[1] - 1):
        if tokens[k].text == "en" and tokens[k + 1].text in _CLAUSE_VERBS:
            return (span[0], k)
    return span


#: a predicate's adjective or participle after a unit's name, no part of it: "is de themagroep Wonen actief",
#: "was de werkgroep Data betrokken" (walkthrough 26, finding 8)
_PREDICATES = frozenset({"actief", "werkzaam", "betrokken", "bezig", "aanwezig", "verantwoordelijk", "opgericht",
                         "ingesteld", "opgeheven", "gestart", "gestopt", "vertegenwoordigd", "succesvol"})


#: a conjunction that opens a subordinate clause, never part of a name: "de Pijler Fysiek zolang X met verlof is"
_SUBORDINATORS = frozenset({"zolang", "omdat", "terwijl", "nadat", "voordat", "totdat", "zodat", "zodra", "wanneer",
                            "toen", "indien", "hoewel", "doordat", "aangezien", "tenzij", "mits", "waarna", "waarbij"})
#: an adverb that may follow a name in a clause, never its last word: "de themagroep Wonen inmiddels"
_ADVERBS = frozenset({"nu", "ook", "al", "inmiddels", "eerder", "voortaan", "opnieuw", "weer", "niet", "nog", "reeds",
                      "intussen", "vandaag", "gisteren", "morgen", "destijds", "tijdelijk", "samen", "daarbij",
                      "daarin", "hierin", "dus", "echter"})
#: a weak past participle that ends a clause: "als voorzitter van de Themagroep X geleid." (not a noun or adjective
#: of that shape: "gezondheid", "gebied"; a strong one in -en is too like a plural noun to tell: "gezinnen")
_PARTICIPLE = re.compile(r"ge[a-zë]{2,}[dt]")
_NOUN_ENDINGS = ("heid", "teit", "gebied", "gebiet", "gezicht", "gewicht", "gericht", "geld", "geest", "gezond",
                 "geluid", "gebit", "gelaat")


def _before_predicate(tokens, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` without the words after its name that belong to the clause: a last word in lower case that is a
    predicate's adjective (:data:`_PREDICATES`), an adverb, or a past participle right before a comma or the
    sentence's end (walkthrough 28, finding 4); and cut before a subordinating conjunction ("zolang").

    >>> from .tokens import tokenize
    >>> _before_predicate(tokenize("themagroep Wonen actief, met"), (1, 3)), _before_predicate(tokenize("themagroep Wonen"), (1, 2))
    ((1, 2), (1, 2))
    >>> _before_predicate(tokenize("Themagroep Zon geleid."), (1, 3)), _before_predicate(tokenize("Pijler Zon zolang"), (1, 3))
    ((1, 2), (1, 2))
    >>> _before_predicate(tokenize("themagroep Leefomgeving en gezondheid."), (1, 4))
    (1, 4)
    """
    start, end = span
    cut = next((k for k in range(start + 1, end) if tokens[k].text in _SUBORDINATORS), None)
    if cut is not None:
        end = cut
    while end - 1 > start:
        last = tokens[end - 1].text
        closing = end >= len(tokens) or tokens[end].text in (".", ",", ";", ":", ")", "!", "?")
        if last in _PREDICATES or last in _ADVERBS or (closing and _PARTICIPLE.fullmatch(last)
                                                        and not last.endswith(_NOUN_ENDINGS)):
            end -= 1
            continue
        break
    return (start, end)


def _apostrophe_plural(tokens, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` with the "'s" glued to its last word when that word ends in a vowel: Dutch writes such a plural with
    an apostrophe ("Themagroep Grensregio's", "Werkgroep Foto's"; round 57o), and the name is the plural. After a
    consonant the "'s" stays outside (an English genitive: "Themagroep Jeugd's").

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("de Themagroep Grensregio's en de Themagroep Jeugd's")
    >>> _apostrophe_plural(tokens, (2, 3)), _apostrophe_plural(tokens, (9, 10))
    ((2, 5), (9, 10))
    """
    last = tokens[span[1] - 1]
    if span[1] + 1 < len(tokens) and tokens[span[1]].text == "'" and tokens[span[1] + 1].text == "s" \
            and last.end == tokens[span[1]].start and tokens[span[1]].end == tokens[span[1] + 1].start \
            and last.text[-1:].lower() in "aeiouy" and (span[1] + 2 == len(tokens) or not tokens[span[1] + 2].text.isalnum()
                                                        or tokens[span[1] + 2].start > tokens[span[1] + 1].end):
        return span[0], span[1] + 2
    return span


def _before_date(tokens, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span`` without a day number at its end that a month follows: "Themagroep Armoede en Schulden 12"
    in "Actiepunten themagroep Armoede en Schulden 12 november 2024" (a subject line) is the themagroep,
    then a date.

    >>> from .tokens import tokenize
    >>> tokens = tokenize("themagroep Armoede 12 november")
    >>> _before_date(tokens, (1, 3))
    (1, 2)
    """
    last = span[1] - 1
    if last > span[0] and tokens[last].text.isdigit() and span[1] < len(tokens) \
            and tokens[span[1]].text.lower() in _MONTHS:
        return (span[0], last)
    return span
