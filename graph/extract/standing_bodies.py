"""An organisation's standing bodies named as units: its bureau or board ("het G40-bureau", "het
bureau van de G40", "het dagelijks bestuur van de G40") and a ministry's directorate-general ("het
Directoraat-Generaal Volkshuisvesting", "DG Mobiliteit").

A body word (``BODY_WORDS``) glued to an organisation with an article, or followed by "van de" and
the organisation, is a unit labelled "<organisation>-<body word>" over the body word alone, so that
the organisation stays a mention of its own (the unit's parent). A directorate-general is labelled
"Directoraat-Generaal X" with the kind "directie". Called by :func:`graph.extract.units.find_units`
after the units a kind word names.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Het overleg met het Directoraat-Generaal Volkshuisvesting liep goed."
>>> [(m.text, m.label, m.kind) for m in directorates_general(text, tokenize(text), set())]
[('Directoraat-Generaal Volkshuisvesting', 'Directoraat-Generaal Volkshuisvesting', 'directie')]
"""

from __future__ import annotations

from .model import Mention
from .phrases import name_after
from .tokens import Token, WordTest, word_test

__all__ = ["organisation_bodies", "directorates_general", "BODY_WORDS"]


#: the tokens that may open a directorate-general: "DG", "Directoraat(-Generaal)"
_DIRECTORATE_WORD = WordTest(lambda word: word == "DG" or word.lower() == "directoraat")


def directorates_general(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """A ministry's directorates-general: "het Directoraat-Generaal Volkshuisvesting en Bouwen",
    "(DG Mobiliteit)", both labelled "Directoraat-Generaal X" (kind "directie", so that "… van het
    ministerie van BZK" makes it part of the ministry). "DG" before a person is a title ("DG Jan
    Smit"): the person's tokens are blocked, so no name follows.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij opent namens DG Mobiliteit de dag."
    >>> [(m.text, m.label) for m in directorates_general(text, tokenize(text), set())]
    [('DG Mobiliteit', 'Directoraat-Generaal Mobiliteit')]
    """
    found = []
    for index in _DIRECTORATE_WORD.indexes(tokens):
        token = tokens[index]
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
#: the tokens :func:`organisation_bodies` looks at (every other token is skipped at once)
_BODY_WORD = word_test(BODY_WORDS)
#: the article a body named by its organisation takes ("het G40-bureau", "ons VNG-secretariaat")
_BODY_ARTICLES = frozenset({"het", "dit", "ons", "hun"})
#: what opens an aside that names where a person works: "Tamara Bakker (G40-bureau)", "(LG, G40-bureau, notulen)"
_ASIDE_OPENERS = frozenset({"(", ","})


def organisation_bodies(text: str, tokens: list[Token], blocked: set[int], org_tokens: dict[int, Mention]) -> list[Mention]:
    """An organisation's bureau or board, named by the organisation glued to the body word
    with an article ("het G40-bureau", "het VNG-bestuur"; "directeur G40-bureau" is a job title), a
    bureau also as the aside after a person that says where they work ("Tamara Bakker (G40-bureau)",
    "(LG, G40-bureau, notulen)") or as a table's cell of its own ("| Eva Smit | G40-bureau | secretaris |",
    round 56r), or
    after it ("het bureau van de G40"; not "het bestuur van de VNG", which names the organisation
    itself as often as its board): a unit labelled
    "G40-bureau" over the body word, so that the organisation stays a mention of its own (the
    unit's parent, see :mod:`graph.extract.parts`).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij leidt het bureau van de G40."
    >>> g40 = Mention(28, 31, "G40", "Organisation", "gazetteer.organisation", 1.0, key="G40")
    >>> [(m.text, m.label) for m in organisation_bodies(text, tokenize(text), set(), {7: g40})]
    [('bureau', 'G40-bureau')]
    """
    if not org_tokens:
        return []
    by_start = {m.start: m for m in org_tokens.values()}
    found = []
    for index in _BODY_WORD.indexes(tokens):
        token = tokens[index]
        word = token.text.lower()
        if index in blocked or index < 1:
            continue
        owner = None
        if tokens[index - 1].text == "-" and tokens[index - 1].end == token.start and index >= 2 \
                and tokens[index - 2].end == tokens[index - 1].start:
            owner = org_tokens.get(index - 2)  # "het G40-bureau"
            first = index - 2 - len((owner.text if owner else "").split()) + 1
            if owner is not None and (first < 1 or tokens[first - 1].text.lower() not in _BODY_ARTICLES) \
                    and not (word == "bureau" and first >= 1 and (tokens[first - 1].text in _ASIDE_OPENERS
                                                                   or _whole_cell(tokens, first, index))):
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
                             name=f"{_short_name(owner)}-{word}", kind=word))
    return found


def _whole_cell(tokens: list[Token], first: int, last: int) -> bool:
    """Whether ``tokens[first:last + 1]`` fill a table cell ("| G40-bureau |"): where a row's person works.

    >>> from graph.extract.tokens import tokenize
    >>> _whole_cell(tokenize("| Eva Smit | G40-bureau | lid |"), 4, 6), _whole_cell(tokenize("| directeur G40-bureau |"), 2, 4)
    (True, False)
    """
    return first >= 1 and tokens[first - 1].text == "|" and last + 1 < len(tokens) and tokens[last + 1].text == "|"


def _short_name(organisation: Mention) -> str:
    """The name a body's label joins to its kind: the gazetteer's key ("G40" for "het bureau van het Stedennetwerk
    G40", so that it is the "G40-bureau" the rest of the text names), else the name as written.

    >>> _short_name(Mention(0, 17, "Stedennetwerk G40", "Organisation", "gazetteer.organisation", 1.0, key="G40"))
    'G40'
    """
    return organisation.key if organisation.key and organisation.rule.startswith("gazetteer") else organisation.label


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
                   name=f"{qualifier.text.capitalize()} bestuur {_short_name(owner)}", kind="bestuur")

