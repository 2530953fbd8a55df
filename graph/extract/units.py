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
("het G40-bureau", "het dagelijks bestuur van de G40").

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

from .lexicon import load_lexicon
from .model import Mention
from .phrases import name_after, quoted_after
from .tokens import Token, word_test

__all__ = ["find_units", "find_list_items", "find_lead_in_units", "lead_in_units_of", "BASE_KINDS", "ADJECTIVES",
           "plural_kind"]

#: kind words that on their own ("de taskforce") refer back instead of naming a new unit
BASE_KINDS = frozenset({"pijler", "themagroep", "taskforce", "stuurgroep", "kernteam", "werkgroep", "overleg",
                        "projectgroep", "kerngroep", "expertgroep", "klankbordgroep", "directie", "commissie"})
#: adjectives that qualify a unit ("ambtelijk regio-overleg", "landelijke stuurgroep")
ADJECTIVES = frozenset({"ambtelijk", "ambtelijke", "bestuurlijk", "bestuurlijke", "landelijk", "landelijke",
                        "regionaal", "regionale", "nationaal", "nationale", "gezamenlijk", "gezamenlijke",
                        "interdepartementaal", "interdepartementale", "nieuw", "nieuwe", "tijdelijk", "tijdelijke"})
_ARTICLES = {"de", "het", "een", "deze", "dit", "die", "onze", "ons", "hun"}


def plural_kind(word: str) -> str | None:
    """The unit kind of a plural kind word ("themagroepen" → "themagroep")."""
    kinds = load_lexicon().unit_kinds
    low = word.lower()
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


def find_units(text: str, tokens: list[Token], blocked: set[int],
               org_tokens: dict[int, Mention] | None = None) -> list[Mention]:
    """Unit mentions.

    ``blocked`` holds indexes of tokens already inside another mention (names stop there);
    ``org_tokens`` maps the index of an organisation mention's last token to that mention: after
    an organisation a name may start in lower case ("VNG taskforce wonen en zorg"). The
    organisation itself becomes the unit's parent in :mod:`graph.extract.relations`.
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
        if span and any(k in blocked for k in range(span[0], span[1])):
            stop = next(k for k in range(span[0], span[1]) if k in blocked)
            while stop > span[0] and tokens[stop - 1].text in (",", "en", "&", "voor", "in", "uit", "bij", "met", "namens"):
                stop -= 1  # "Themagroep Wonen, Zwolle en …", "Themagroep Wonen voor Breda": the name ends before
            if stop - 1 > span[0] and tokens[stop - 1].text in ("de", "het") and tokens[stop - 2].text == "van":
                stop -= 2  # "directie Wonen van de VNG": the owner follows the name
            elif stop - 1 > span[0] and tokens[stop - 1].text == "van":
                stop -= 1  # "directie Wonen van BZK"
            span = (span[0], stop) if stop > span[0] else None
        if span:
            span = _before_possessive_owner(tokens, span)  # "themagroep MKB van onze pijler": the owner follows
        if span:
            span = _sentence_case_name(text, tokens, span, blocked)  # "themagroep Leefomgeving en gezondheid"
            name_start, name_end = tokens[span[0]].start, tokens[span[1] - 1].end
            quoted = text[name_start - 1:name_start] in "'\"*“‘"
            end = name_end + (1 if quoted else 0)
            name = text[name_start:name_end]
            word = token.text.lower()
            label = f"{word[:1].upper()}{word[1:]} {name}"
            mention = Mention(tokens[first].start, end, text[tokens[first].start:end], "OrganisationalUnit",
                              "units.named", 0.9, name=" ".join(label.split()), kind=unit_kind.kind)
        elif (low not in BASE_KINDS or unit_kind.kind != "overleg" and _introduced_body(tokens, first, index)) and head is None:
            if first == index and before not in _ARTICLES:
                continue
            if low in BODY_WORDS and index + 2 < len(tokens) and tokens[index + 1].text == "van" \
                    and tokens[index + 2].text.lower() in ("de", "het"):
                continue  # "het programmabureau van de G40": the organisation's body (see _bodies)
            surface = text[tokens[first].start:token.end]
            mention = Mention(tokens[first].start, token.end, surface, "OrganisationalUnit", "units.unnamed", 0.7,
                              name=" ".join(surface.split()), kind=unit_kind.kind)
        else:
            continue
        mentions.append(mention)
    return mentions + _bodies(text, tokens, blocked, org_tokens) + _directorates_general(text, tokens, blocked)


def _directorates_general(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """A ministry's directorates-general: "het Directoraat-Generaal Volkshuisvesting en Bouwen",
    "(DG Mobiliteit)", both labelled "Directoraat-Generaal X" (kind "directie", so that "… van het
    ministerie van BZK" makes it part of the ministry). "DG" before a person is a title ("DG Jan
    Smit"): the person's tokens are blocked, so no name follows.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij opent namens DG Mobiliteit de dag."
    >>> [(m.text, m.label) for m in _directorates_general(text, tokenize(text), set())]
    [('DG Mobiliteit', 'Directoraat-Generaal Mobiliteit')]
    """
    found = []
    for index, token in enumerate(tokens):
        if token.text == "DG":
            name_start = index + 1
        elif token.text.lower() == "directoraat" and index + 2 < len(tokens) and tokens[index + 1].text == "-" \
                and tokens[index + 2].text.lower() == "generaal" and tokens[index + 2].start == token.end + 1:
            name_start = index + 3  # "Directoraat-Generaal Mobiliteit"
        else:
            continue
        if index in blocked or name_start >= len(tokens) or name_start in blocked \
                or tokens[name_start].start != tokens[name_start - 1].end + 1:
            continue
        span = name_after(tokens, name_start, text)
        if span is None:
            continue
        end = next((k for k in range(span[0], span[1]) if k in blocked), span[1])
        while end > span[0] and tokens[end - 1].text.lower() in ("en", "van", "de", "het", "&", ","):
            end -= 1  # "DG Wonen en BZK": the name ends before what is blocked
        if end == span[0]:
            continue
        name = " ".join(text[tokens[span[0]].start:tokens[end - 1].end].split())
        found.append(Mention(token.start, tokens[end - 1].end, text[token.start:tokens[end - 1].end], "OrganisationalUnit",
                             "units.directorate-general", 0.85, name=f"Directoraat-Generaal {name}", kind="directie"))
    return found


#: the standing bodies of an organisation: "het G40-bureau", "het bestuur van de VNG"
BODY_WORDS = frozenset({"bureau", "bestuur", "secretariaat", "programmabureau"})
#: the article a body named by its organisation takes ("het G40-bureau", "ons VNG-secretariaat")
_BODY_ARTICLES = frozenset({"het", "dit", "ons", "hun"})
#: what opens an aside that names where a person works: "Tamara Bakker (G40-bureau)", "(LG, G40-bureau, notulen)"
_ASIDE_OPENERS = frozenset({"(", ","})


def _bodies(text: str, tokens: list[Token], blocked: set[int], org_tokens: dict[int, Mention]) -> list[Mention]:
    """An organisation's bureau or board, named by the organisation glued to the body word
    with an article ("het G40-bureau", "het VNG-bestuur"; "directeur G40-bureau" is a job title), a
    bureau also as the aside after a person that says where they work ("Tamara Bakker (G40-bureau)",
    "(LG, G40-bureau, notulen)"), or
    after it ("het bureau van de G40"; not "het bestuur van de VNG", which names the organisation
    itself as often as its board): a unit labelled
    "G40-bureau" over the body word, so that the organisation stays a mention of its own (the
    unit's parent, see :mod:`graph.extract.parts`).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij leidt het bureau van de G40."
    >>> g40 = Mention(28, 31, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40")
    >>> [(m.text, m.label) for m in _bodies(text, tokenize(text), set(), {7: g40})]
    [('bureau', 'G40-bureau')]
    """
    if not org_tokens:
        return []
    by_start = {m.start: m for m in org_tokens.values()}
    found = []
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if word not in BODY_WORDS or index in blocked or index < 1:
            continue
        owner = None
        if tokens[index - 1].text == "-" and tokens[index - 1].end == token.start and index >= 2 \
                and tokens[index - 2].end == tokens[index - 1].start:
            owner = org_tokens.get(index - 2)  # "het G40-bureau"
            first = index - 2 - len((owner.text if owner else "").split()) + 1
            if owner is not None and (first < 1 or tokens[first - 1].text.lower() not in _BODY_ARTICLES) \
                    and not (word == "bureau" and first >= 1 and tokens[first - 1].text in _ASIDE_OPENERS):
                owner = None  # "directeur G40-bureau": a job title, not the body as a referent
        elif word != "bestuur" and tokens[index - 1].text.lower() == "het" and index + 3 < len(tokens) \
                and tokens[index + 1].text == "van" and tokens[index + 2].text.lower() in ("de", "het"):
            owner = by_start.get(tokens[index + 3].start)  # "het bureau van de G40"
        elif word == "bestuur" and index >= 2 and tokens[index - 1].text.lower() in _BOARD_KINDS:
            board = _board_of(tokens, index, by_start)  # "het dagelijks bestuur van de G40"
            if board is not None:
                found.append(board)
            continue
        if owner is None or owner.type != "Organisation":
            continue
        found.append(Mention(token.start, token.end, token.text, "OrganisationalUnit", "units.body", 0.75,
                             name=f"{owner.label}-{word}", kind=word))
    return found


#: the board an association has beside its members' meeting: "het dagelijks bestuur"; not "het algemeen
#: bestuur" (of a joint arrangement: the members' delegates, so sitting in it is taking part in the body itself)
_BOARD_KINDS = frozenset({"dagelijks"})


def _board_of(tokens: list[Token], index: int, by_start: dict[int, Mention]) -> Mention | None:
    """The board named by "het dagelijks bestuur van de G40" (``index``: "bestuur"): unlike a bare
    "het bestuur van de VNG", which names the association as often as its board, a qualified board
    is always the body. The unit spans the two words, labelled "Dagelijks bestuur G40", so that the
    organisation stays its own mention (the unit's parent).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij zit in het dagelijks bestuur van de G40."
    >>> g40 = Mention(40, 43, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40")
    >>> board = _board_of(tokenize(text), 5, {40: g40})
    >>> board.text, board.label
    ('dagelijks bestuur', 'Dagelijks bestuur G40')
    """
    if index < 2 or tokens[index - 2].text.lower() not in ("het", "dit", "ons") or index + 3 >= len(tokens) \
            or tokens[index + 1].text != "van" or tokens[index + 2].text.lower() not in ("de", "het"):
        return None
    owner = by_start.get(tokens[index + 3].start)
    if owner is None or owner.type != "Organisation":
        return None
    qualifier = tokens[index - 1]
    surface = f"{qualifier.text} {tokens[index].text}"
    return Mention(qualifier.start, tokens[index].end, surface, "OrganisationalUnit", "units.body", 0.75,
                   name=f"{qualifier.text.capitalize()} bestuur {owner.label}", kind="bestuur")


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
            and tokens[first - 1].text.lower() == "een")


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
    >>> text = "Er komt een adviescommissie. Jan zat in de commissie voor Zorg."
    >>> _introduced_then_referred(text, tokenize(text), 3, "commissie")
    False
    """
    token = tokens[index]
    return index > 0 and tokens[index - 1].text.lower() == "een" and token.text.isalpha() and token.text.islower() \
        and len(token.text) >= len(head) + 4 \
        and _HEAD_REFERENCES[head].search(text, token.end, token.end + _REFERENCE_REACH) is not None


class _HeadKind:
    """The kind of a unit named by a compound head ("Versnellingsteam X": "team")."""

    def __init__(self, kind: str):
        self.kind = kind


def _meeting_of_unit(tokens: list[Token], index: int, kind: str) -> bool:
    """Whether the overleg word at ``index`` names the meeting of the unit right after it
    ("bestuurlijk overleg Themagroep Digitale Stad", "Pijleroverleg Pijler Wonen"): the unit
    is the one named, the meeting is no unit of its own.

    >>> from graph.extract.tokens import tokenize
    >>> _meeting_of_unit(tokenize("Pijleroverleg Pijler Wonen"), 0, "overleg")
    True
    """
    if kind != "overleg" or index + 2 >= len(tokens):
        return False
    following = load_lexicon().unit_kinds.get(tokens[index + 1].text.lower())
    return (following is not None and following.kind != "overleg" and tokens[index + 1].text[:1].isupper()
            and tokens[index + 2].text[:1].isupper())


#: where a bullet item's name ends: "• Warmte, getrokken door X", "• Jeugd met …", "• Zorg (…)", "• Armoede:"
_ITEM_END = re.compile(r",?\s(?:met|onder|o\.l\.v\.)\s|,\s(?:ge[a-zà-ÿ]+|voorgezeten)\s+door\s|\.(?:\s|$)|\s\(|[:;]")
_NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
#: a counted plural kind word: "drie themagroepen", "4 nieuwe werkgroepen", "de volgende taskforces"
_COUNTED = re.compile(r"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}|volgende)\s+(?:[a-zà-ÿ]+\s+)?"
                      r"([a-zà-ÿ]+)\s*([:.]?)", re.IGNORECASE)
#: words that open a sentence which only lists names: "Dit zijn Armoede, Jeugd en Zorg."
_LIST_OPENING = re.compile(r"\s*(?:(?:Dit|Deze|Dat|Het)\s+zijn|Het\s+gaat\s+om|Namelijk)?:?\s*")


@lru_cache(maxsize=4096)  # asked per sentence by find_list_items and again by parts.find_parts
def announcement(text: str) -> tuple[str, int | None, re.Match | None] | None:
    """The kind of unit a sentence announces a list of, how many (None: not said) and the counted
    words, if any: "De pijler kent drie themagroepen:" → ("themagroep", 3, …).

    Examples
    --------
    >>> announcement("De pijler kent drie themagroepen.")[:2]
    ('themagroep', 3)
    >>> announcement("De themagroepen vergaderden.") is None
    True
    """
    for counted in _COUNTED.finditer(text):
        kind = plural_kind(counted.group(2))
        if kind is not None:
            number = counted.group(1).lower()
            return kind, _NUMBERS.get(number) or (int(number) if number.isdigit() else None), counted
    if text.rstrip().endswith(":"):
        kind = next((plural_kind(w) for w in re.findall(r"\w+", text) if plural_kind(w)), None)
        return (kind, None, None) if kind else None
    return None


#: a number and the plural of a kind of unit, perhaps an adjective between: "drie (nieuwe) themagroepen"
_NUMBER_KIND = re.compile(r"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:[a-zà-ÿ]+\s+)??([a-zà-ÿ]+)\b",
                          re.IGNORECASE)


def _counted_kind(text: str) -> tuple[str, int | None, None] | None:
    """The kind and number of units a sentence counts anywhere in it ("… gingen in drie themagroepen
    uiteen."), for the lead-in after it that ends in a colon.

    >>> _counted_kind("Daarna gingen de bestuurders in drie themagroepen uiteen.")
    ('themagroep', 3, None)
    """
    for match in _NUMBER_KIND.finditer(text):
        for word in (match.group(2), *re.findall(r"[a-zà-ÿ]+", text[match.end():match.end() + 20])[:1]):
            kind = plural_kind(word)
            if kind is not None:
                number = match.group(1).lower()
                return kind, _NUMBERS.get(number) or (int(number) if number.isdigit() else None), None
    return None


def _split_names(text: str, offset: int, count: int | None) -> list[tuple[int, str]] | None:
    """The names of a list "Armoede, Jeugd en Zorg" at ``offset`` as (start, name), or None when it
    is no list of ``count`` names. "en" may sit inside a name ("Wonen en Zorg, Armoede en Jeugd":
    two names), so the count decides whether the last "en" separates.

    Examples
    --------
    >>> [name for _, name in _split_names("Wonen en Zorg, Armoede en Jeugd", 0, 2)]
    ['Wonen en Zorg', 'Armoede en Jeugd']
    >>> [name for _, name in _split_names("Armoede, Jeugd en Zorg", 0, 3)]
    ['Armoede', 'Jeugd', 'Zorg']
    >>> [name for _, name in _split_names("Armoede en Schulden, Jeugd, en Zorg en Welzijn", 0, 3)]
    ['Armoede en Schulden', 'Jeugd', 'Zorg en Welzijn']
    """
    parts, start = [], 0
    for comma in re.finditer(r",\s*", text):
        parts.append((start, text[start:comma.start()]))
        start = comma.end()
    serial = re.match(r"en\s+", text[start:]) if parts else None
    if serial:  # "Armoede en Schulden, Jeugd, en Zorg en Welzijn": the comma before "en" closes the list
        start += serial.end()
    parts.append((start, text[start:]))
    options = (parts,) if serial else (_split_last(parts), parts)
    names = next((option for option in options if count is None or len(option) == count), None)
    if names is None or len(names) < 2:
        return None
    names = [(offset + k + len(name) - len(name.lstrip()), name.strip()) for k, name in names]
    if not all(name[:1].isupper() and len(name.split()) <= 6 for _, name in names):
        return None
    return names


def _split_last(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``parts`` with the last one split at the "en" before the last name. With several "en" in it
    the split that makes the names most alike in length wins, as list items are parallel:
    "Armoede en Schulden, Jeugd en Gezin en Zorg en Welzijn" ends in "Jeugd en Gezin", "Zorg en Welzijn"."""
    last_start, last = parts[-1]
    options = []
    for en in re.finditer(r"\s+en\s+", last):
        names = parts[:-1] + [(last_start, last[:en.start()]), (last_start + en.end(), last[en.end():])]
        lengths = [len(name.split()) for _, name in names]
        options.append((max(lengths) - min(lengths), -en.start(), names))
    return min(options, key=lambda option: option[:2])[2] if options else parts


def _inline_items(text: str, sentences, k: int, kind: str, count: int | None, counted) -> list[tuple[int, str]]:
    """The names listed after an announcement in its own sentence ("… drie themagroepen: Armoede,
    Jeugd en Zorg.") or in the next one ("… drie themagroepen. Dit zijn Armoede, Jeugd en Zorg.")."""
    sentence = sentences[k]
    if counted is not None and counted.group(3) == ":":
        rest = sentence.text[counted.end():].rstrip().rstrip(".")
        return _split_names(rest, sentence.start + counted.end(), count) or []
    if counted is not None and counted.group(3) == "." and k + 1 < len(sentences) and count is not None:
        following = sentences[k + 1]
        if following.bullet_list is None and not following.is_heading:
            opening = _LIST_OPENING.match(following.text)
            rest = following.text[opening.end():].rstrip().rstrip(".")
            return _split_names(rest, following.start + opening.end(), count) or []
    return []


_ITEM_ARTICLE = re.compile(r"(?:de|het)\s+(?=\w)", re.IGNORECASE)


def _item_mention(kind: str, start: int, name: str) -> Mention:
    """The unit a list item names; a leading article is no part of the name.

    >>> _item_mention("themagroep", 10, "de Themagroep Wonen").name
    'Themagroep Wonen'
    """
    article = _ITEM_ARTICLE.match(name)
    if article and name[article.end():article.end() + len(kind)].lower() == kind:
        start, name = start + article.end(), name[article.end():]
    label = name if name.lower().startswith(kind) else f"{kind.capitalize()} {name}"
    return Mention(start, start + len(name), name, "OrganisationalUnit", "units.list-item", 0.75, name=label, kind=kind)


def find_list_items(text: str, sentences) -> list[Mention]:
    """Units named by the items of a list that a sentence announces: "… met drie themagroepen:"
    (or a counted "De pijler kent drie themagroepen.") followed by bullets, or followed by the
    names in the same or the next sentence ("…: Armoede, Jeugd en Zorg")."""
    found: list[Mention] = []
    for k, sentence in enumerate(sentences):
        if sentence.bullet_list is not None:
            continue
        announced = announcement(sentence.text)
        if announced is None and k > 0 and sentence.text.rstrip().endswith(":") and sentences[k - 1].bullet_list is None:
            # "… gingen in drie themagroepen uiteen. Die worden getrokken door:": the sentence before counts them
            announced = _counted_kind(sentences[k - 1].text)
        if announced is None:
            continue
        kind, count, counted = announced
        inline = _inline_items(text, sentences, k, kind, count, counted)
        found += [_item_mention(kind, start, name) for start, name in inline]
        ends_list = sentence.text.rstrip().endswith(":") or (counted is not None and counted.group(3) == ".")
        following = sentences[k + 1:]
        if inline or not ends_list or not following or following[0].bullet_list is None:
            continue
        number = following[0].bullet_list
        for item in following:
            if item.bullet_list != number:
                break
            if not item.item_start:
                continue
            end = _ITEM_END.search(item.text)
            name = item.text[: end.start()] if end else item.text
            name = name.strip()
            if not name or len(name.split()) > 10 or not name[0].isalpha():
                continue
            found.append(_item_mention(kind, item.start, name))
    return found + _items_again(text, found)


def _items_again(text: str, items: list[Mention]) -> list[Mention]:
    """Later sentences that open with the name of a listed unit of several words ("De pijler heeft drie
    themagroepen: Armoede en Schulden, Jeugd, en Zorg en Welzijn. … Armoede en Schulden wordt door Y
    getrokken"): the unit again (a name of one word may be an ordinary word, and is left).

    >>> text = "Er zijn twee werkgroepen: Wonen en Zorg, en Jeugd. Wonen en Zorg wordt door X getrokken."
    >>> [(m.start, m.text) for m in _items_again(text, [_item_mention("werkgroep", 26, "Wonen en Zorg")])]
    [(51, 'Wonen en Zorg')]
    """
    out: list[Mention] = []
    for name in {m.text for m in items if len(m.text.split()) >= 2}:
        first = next(m for m in items if m.text == name)
        pattern = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[\"“]))" + re.escape(name) + r"(?![\w-])")
        out += [Mention(again.start(), again.end(), name, "OrganisationalUnit", "units.list-item-again", 0.7,
                        name=first.name, kind=first.kind)
                for again in pattern.finditer(text, first.end) if not any(m.start == again.start() for m in items)]
    return out


#: a paragraph that opens with a name and a dash: "Armoede en Schulden – In juni nam …"
_DASH_LEAD_IN = re.compile(r"([A-ZÀ-Ý][\w'-]*(?:\s+(?:[A-ZÀ-Ý][\w'-]*|en|&|van|voor|in|de|het|[a-zà-ÿ][\w-]*)){0,5}?)"
                           r"[ \t]+[–—-][ \t]+(?=\S)")


def lead_in_units_of(text: str, sentences, k: int) -> tuple[str, list[tuple[int, str]]] | None:
    """The units a count in sentence ``k`` announces when the paragraphs after it (up to the next
    heading) each open with a name and a dash, as many as counted ("De pijler werkt met drie
    themagroepen." then "Armoede – …", "Jeugd – …", "Zorg en Welzijn – …"): their kind and
    (start, name) each; None otherwise.

    >>> from graph.extract.sentences import split_sentences
    >>> text = "De pijler kent twee werkgroepen.\\n\\nArmoede – X trekt.\\n\\nWonen en Zorg – Y trekt.\\n"
    >>> lead_in_units_of(text, split_sentences(text), 0)
    ('werkgroep', [(34, 'Armoede'), (54, 'Wonen en Zorg')])
    """
    announced = announcement(sentences[k].text)
    if announced is None or announced[1] is None or announced[2] is None:
        return None
    kind, count, _ = announced
    found: list[tuple[int, str]] = []
    for later in sentences[k + 1:]:
        if later.is_heading:
            break
        opens_paragraph = "\n\n" in text[max(0, later.start - 4):later.start + 1] or text[:later.start].endswith("\n")
        if not opens_paragraph:
            continue
        match = _DASH_LEAD_IN.match(text, later.start, later.end)
        if match is None:
            if found:
                break  # the lead-ins follow one another
            continue
        found.append((match.start(1), match.group(1)))
    return (kind, found) if len(found) == count else None


def find_lead_in_units(text: str, sentences, mentions) -> list[Mention]:
    """The units a counted announcement lists as paragraphs that each open with the unit's name and a
    dash (see :func:`lead_in_units_of`): "Themagroep Armoede en Schulden" for "Armoede en Schulden – …"
    after "De pijler werkt met drie themagroepen."."""
    if " – " not in text and " — " not in text and " - " not in text:
        return []
    found = []
    for k, sentence in enumerate(sentences):
        if sentence.bullet_list is not None or sentence.is_heading:
            continue
        listed = lead_in_units_of(text, sentences, k)
        if listed is None:
            continue
        kind, names = listed
        for start, name in names:
            found.append(Mention(start, start + len(name), name, "OrganisationalUnit", "units.lead-in", 0.75,
                                 name=f"{kind[:1].upper()}{kind[1:]} {name}", kind=kind))
    return found
