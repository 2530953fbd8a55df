"""Units named by a list a sentence announces: "De pijler kent drie themagroepen:" and one bullet
per themagroep, "…: Armoede, Jeugd en Zorg" in the same sentence or the next ("Dit zijn …"), and the
paragraphs after a count that each open with a name and a dash ("Armoede – …"), and the names right
after a plural kind word ("de themagroepen Wonen en Mobiliteit": two themagroepen).

A counted or announced plural kind word (:func:`announcement`: "drie themagroepen", "de volgende
taskforces") gives the kind; each listed name becomes a unit of that kind ("Themagroep Armoede"). The
count decides where an "en" inside the last item splits ("Wonen en Zorg, Armoede en Jeugd": two
names). Which unit the listed units belong to is :mod:`graph.extract.announced_parts`'s job.

Examples
--------
>>> from graph.extract.sentences import split_sentences
>>> text = "De pijler kent drie themagroepen: Armoede, Jeugd en Zorg."
>>> [(m.text, m.label) for m in find_list_items(text, split_sentences(text))]
[('Armoede', 'Themagroep Armoede'), ('Jeugd', 'Themagroep Jeugd'), ('Zorg', 'Themagroep Zorg')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .model import Mention
from .units import ADJECTIVES, plural_kind

__all__ = ["find_list_items", "find_lead_in_units", "find_plural_named_units", "find_sibling_units", "lead_in_units_of",
           "announcement", "one_of_beside"]


#: where a bullet item's name ends: "• Warmte, getrokken door X", "• Jeugd met …", "• Zorg (…)", "• Armoede:",
#: "• Jeugd – trekker: X" (a dash between spaces)
_ITEM_END = re.compile(r",?\s(?:met|onder|o\.l\.v\.)\s|,\s(?:ge[a-zà-ÿ]+|voorgezeten)\s+door\s|\.(?:\s|$)|\s\(|[:;]|\s[–—-]\s")
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


def _split_names(text: str, offset: int, count: int | None, named=None) -> list[tuple[int, str]] | None:
    """The names of a list "Armoede, Jeugd en Zorg" at ``offset`` as (start, name), or None when it
    is no list of ``count`` names. "en" may sit inside a name ("Wonen en Zorg, Armoede en Jeugd":
    two names), so the count decides whether the last "en" separates; ``named`` (name → bool): the names
    the document uses elsewhere, which decide where it splits (:func:`_split_last`).

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
    options = (parts,) if serial else (_split_last(parts, named), parts)
    names = next((option for option in options if count is None or len(option) == count), None)
    if names is None or len(names) < 2:
        return None
    names = [(offset + k + len(name) - len(name.lstrip()), name.strip()) for k, name in names]
    if not all(name[:1].isupper() and len(name.split()) <= 6 for _, name in names):
        return None
    return names


def _split_last(parts: list[tuple[int, str]], named=None) -> list[tuple[int, str]]:
    """``parts`` with the last one split at the "en" before the last name. With several "en" in it the
    split whose names the document uses elsewhere wins (``named``: "de themagroep Jeugd" further on makes
    "Bestaanszekerheid, Jeugd en Zorg en Veiligheid" end in "Jeugd", "Zorg en Veiligheid"; 44e), else
    the one that makes the names most alike in length, as list items are parallel:
    "Armoede en Schulden, Jeugd en Gezin en Zorg en Welzijn" ends in "Jeugd en Gezin", "Zorg en Welzijn".

    >>> parts = [(0, "Armoede"), (9, "Jeugd en Zorg en Wonen")]
    >>> [name for _, name in _split_last(parts)], [name for _, name in _split_last(parts, {"Jeugd"}.__contains__)]
    (['Armoede', 'Jeugd en Zorg', 'Wonen'], ['Armoede', 'Jeugd', 'Zorg en Wonen'])
    """
    last_start, last = parts[-1]
    options = []
    for en in re.finditer(r"\s+en\s+", last):
        names = parts[:-1] + [(last_start, last[:en.start()]), (last_start + en.end(), last[en.end():])]
        lengths = [len(name.split()) for _, name in names]
        known = -sum(named(name.strip()) for _, name in names[-2:]) if named is not None else 0
        options.append((known, max(lengths) - min(lengths), -en.start(), names))
    return min(options, key=lambda option: option[:3])[3] if options else parts


def _inline_items(text: str, sentences, k: int, kind: str, count: int | None, counted) -> list[tuple[int, str]]:
    """The names listed after an announcement in its own sentence ("… drie themagroepen: Armoede,
    Jeugd en Zorg.") or in the next one ("… drie themagroepen. Dit zijn Armoede, Jeugd en Zorg.")."""
    sentence = sentences[k]
    if counted is not None and counted.group(3) == ":":
        rest = sentence.text[counted.end():].rstrip().rstrip(".")
        return _split_names(rest, sentence.start + counted.end(), count, _named_with_kind(text, kind)) or []
    if counted is not None and counted.group(3) == "." and k + 1 < len(sentences) and count is not None:
        following = sentences[k + 1]
        if following.bullet_list is None and not following.is_heading:
            opening = _LIST_OPENING.match(following.text)
            rest = following.text[opening.end():].rstrip().rstrip(".")
            return _split_names(rest, following.start + opening.end(), count) or []
    return []


def _named_with_kind(text: str, kind: str):
    """Whether the document names a unit ``name`` with its kind word before it ("de themagroep Jeugd",
    not "de themagroep Jeugd en Zorg"): name → bool.

    >>> named = _named_with_kind("Zij trekt de themagroep Jeugd en de themagroep Zorg en Wonen.", "themagroep")
    >>> named("Jeugd"), named("Zorg"), named("Zorg en Wonen")
    (True, False, True)
    """
    def named(name: str) -> bool:
        return re.search(rf"\b{re.escape(kind)}\s+{re.escape(name)}\b(?!\s+(?:en|&)\s+(?-i:[A-ZÀ-Ý]))", text,
                         re.IGNORECASE) is not None
    return named


_ITEM_ARTICLE = re.compile(r"(?:de|het)\s+(?=\w)", re.IGNORECASE)


def _item_mention(kind: str, start: int, name: str) -> Mention:
    """The unit a list item names; a leading article is no part of the name.

    >>> _item_mention("themagroep", 10, "de Themagroep Wonen").name
    'Themagroep Wonen'
    """
    article = _ITEM_ARTICLE.match(name)
    if article and name[article.end():article.end() + len(kind)].lower() == kind:
        start, name = start + article.end(), name[article.end():]
    label = name if name.lower().startswith(kind) or names_own_body(name) else f"{kind.capitalize()} {name}"
    return Mention(start, start + len(name), name, "OrganisationalUnit", "units.list-item", 0.75, name=label, kind=kind)


#: heads of compounds that name a body: "Programmaraad", "Kwartaaloverleg", "VNG-bestuur", "Regiegroep"
_BODY_HEADS = ("overleg", "team", "commissie", "raad", "bestuur", "groep")


def names_own_body(name: str) -> bool:
    """Whether a listed name is a body's full name by itself: its head word (after an adjective such as
    "Landelijke") is a kind of unit or a compound on one ("Programmaraad Regio Deals", "Kwartaaloverleg
    Stedelijke Netwerken", "Landelijke Stuurgroep Aanpak Geldzorgen", "VNG-bestuur"), so an announced
    kind ("in de volgende overleggen:") is not put before it.

    >>> [names_own_body(n) for n in ("Programmaraad Regio Deals", "Landelijke Stuurgroep Wonen", "VNG-bestuur")]
    [True, True, True]
    >>> [names_own_body(n) for n in ("Armoede en Schulden", "Wonen", "Raadsleden")]
    [False, False, False]
    """
    words = [w for w in name.split() if w.lower() not in ADJECTIVES]
    if not words or not words[0][:1].isupper():
        return False
    head = words[0].rsplit("-", 1)[-1].lower()
    return head in load_lexicon().unit_kinds or head.endswith(_BODY_HEADS)


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
        if announced is None and sentence.is_heading:
            # a heading over the list of units and their holders: "## Themagroepen en hun trekkers" (round 52e; a bare
            # "Directies" over items that name their own kind, "Programmadirectie X", is none)
            first = re.match(r"[#\s]*([A-Za-zà-ÿ]+)\s+en\s+(?:hun|de)\s+[a-zà-ÿ]+\s*$", sentence.text)
            kind = plural_kind(first.group(1)) if first else None
            announced = (kind, None, None) if kind and k + 1 < len(sentences) \
                and sentences[k + 1].bullet_list is not None else None
        if announced is None:
            continue
        kind, count, counted = announced
        inline = _inline_items(text, sentences, k, kind, count, counted)
        found += [_item_mention(kind, start, name) for start, name in inline]
        ends_list = sentence.text.rstrip().endswith(":") or (counted is not None and counted.group(3) == ".") \
            or sentence.is_heading
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


@lru_cache(maxsize=1)
def _kind_plurals() -> str:
    """The plural kind words as one regular-expression alternation, longest first."""
    return "|".join(sorted({f"{word}{ending}" for word in load_lexicon().unit_kinds if " " not in word
                            for ending in ("en", "s", "gen")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def one_of_beside():
    """"(X is) een van de vier themagroepen van de pijler, naast A, B en C": the other units of the count."""
    return re.compile(r"\b[eé]{1,2}n\s+van\s+de\s+(?:(?P<count>\w+)\s+)?(?P<kind>" + _kind_plurals() + r")\b"
                      r"[^.;:!?\n]*?,?\s+naast\s+(?P<names>[A-ZÀ-Ý][^.;:!?\n]*)")


def find_sibling_units(text: str, mentions) -> list[Mention]:
    """The units a sentence names beside the one it counts among its kind: "De Themagroep Mobiliteit is
    een van de vier themagroepen van de Pijler Fysiek, naast Wonen, Ruimte en Klimaatadaptatie" names
    Themagroep Wonen, Themagroep Ruimte and Themagroep Klimaatadaptatie (with a count, one name fewer than
    it). Names that overlap another mention give nothing.

    >>> text = "De Themagroep Jeugd is een van de drie themagroepen van de pijler, naast Armoede en Zorg."
    >>> [(m.text, m.label) for m in find_sibling_units(text, [])]
    [('Armoede', 'Themagroep Armoede'), ('Zorg', 'Themagroep Zorg')]
    >>> find_sibling_units("Het is een van de drie themagroepen, naast Armoede en Zorg.", [])[0].label
    'Themagroep Armoede'
    >>> find_sibling_units("Het is een van de vier themagroepen, naast Armoede en Zorg.", [])
    []
    """
    if "naast" not in text:
        return []
    found: list[Mention] = []
    for match in one_of_beside().finditer(text):
        kind = plural_kind(match.group("kind"))
        count = match.group("count") and match.group("count").lower()
        total = _NUMBERS.get(count) or (int(count) if count and count.isdigit() else None)
        names = _split_names(match.group("names").rstrip(), match.start("names"), total - 1 if total else None)
        if kind is None or not names or any(m.start < start + len(name) and start < m.end
                                            for start, name in names for m in mentions):
            continue
        found += [Mention(start, start + len(name), name, "OrganisationalUnit", "units.sibling-named", 0.75,
                          name=f"{kind.capitalize()} {name}", kind=kind) for start, name in names]
    return found


@lru_cache(maxsize=1)
def _plural_named():
    """A plural kind word (``data/gazetteer/unit_kinds.csv``) after an article and the capitalised names right
    after it: "de themagroepen Wonen en Mobiliteit", "De pijlers Fysiek, Sociaal en Economie" (the names end
    at a word in lower case other than "en"). Only the plurals of known kinds: "de steden Breda en Tilburg"
    is no list of units."""
    return re.compile(r"\b(?:[Dd]e|[Bb]eide|[Dd]eze)\s+(?P<kind>" + _kind_plurals() + r")\s+"
                      r"(?P<names>[A-ZÀ-Ý][\w-]*(?:(?:,\s+|\s+en\s+|\s+)[A-ZÀ-Ý][\w-]*)*)")


def find_plural_named_units(text: str, mentions) -> list[Mention]:
    """The units a plural kind word names, each by the name after it: "de themagroepen Wonen en
    Mobiliteit" names Themagroep Wonen and Themagroep Mobiliteit. "en" may sit inside a name: two
    names joined by it stay one where the text names that unit elsewhere ("de pijlers Economie en
    Werk en Fysiek" after "Pijler Economie en Werk"). Names that overlap another mention, or a single
    name (a plural kind word names two or more), give nothing.

    >>> [(m.text, m.label) for m in find_plural_named_units("Breda neemt deel aan de themagroepen Wonen en Mobiliteit.", [])]
    [('themagroepen Wonen', 'Themagroep Wonen'), ('Mobiliteit', 'Themagroep Mobiliteit')]
    >>> known = [Mention(0, 23, "Pijler Economie en Werk", "OrganisationalUnit", "", 0.9, name="Pijler Economie en Werk")]
    >>> [m.label for m in find_plural_named_units("Pijler Economie en Werk. De pijlers Economie en Werk en Fysiek.", known)]
    ['Pijler Economie en Werk', 'Pijler Fysiek']
    """
    pattern = _plural_named()
    known = {m.label.lower() for m in mentions if m.type == "OrganisationalUnit"}
    found: list[Mention] = []
    for match in pattern.finditer(text):
        kind = plural_kind(match.group("kind"))
        if kind is None:
            continue
        names = _named_items(match.group("names"), match.start("names"), kind, known)
        if len(names) < 2:
            names = _sentence_case_items(text, match.start("names"))  # "MKB en economische vernieuwing en Vitale …"
        if len(names) < 2 or any(m.start < start + len(name) and start < m.end
                                 for start, name in names for m in mentions):
            continue
        for k, (start, name) in enumerate(names):
            begin = match.start("kind") if k == 0 else start  # "aan de themagroepen Wonen": the object opens there
            found.append(Mention(begin, start + len(name), text[begin:start + len(name)], "OrganisationalUnit",
                                 "units.plural-named", 0.75, name=f"{kind.capitalize()} {name}", kind=kind))
    return found


#: names in sentence case that run to the end of the clause: "MKB en economische vernieuwing en Vitale
#: binnensteden en werklocaties." (words joined by spaces, "en" or commas, a comma never before a word in
#: lower case)
_SENTENCE_CASE_RUN = re.compile(r"[A-ZÀ-Ý][\w-]*(?:(?:\s+en\s+|,\s+(?=[A-ZÀ-Ý])|\s+)[\w-]+){1,14}?(?=\s*(?:[.;:()]|$))")
#: a finite verb: the clause goes on after the names ("Wonen en Zorg hebben een plan")
_FINITE_VERB = re.compile(r"\b(?:zijn|is|was|waren|hebben|heeft|had|hadden|worden|wordt|werd|werden|kunnen|kan|zullen|zal|"
                          r"moeten|moet|gaan|gaat|komen|komt|blijven|blijft)\b")
#: where the next name opens: "en" or a comma before a capital
_NEXT_NAME = re.compile(r"(?:,\s+|\s+en\s+)(?=[A-ZÀ-Ý])")


def _sentence_case_items(text: str, at: int) -> list[tuple[int, str]]:
    """The names at ``at`` when only their first word is capitalised, as Dutch names go ("Vitale
    binnensteden en werklocaties"): each capitalised word after "en" or a comma opens a name, the
    words in lower case go on with it. Read only up to the end of the clause, and not where a finite
    verb stands in it: no verb after the names joins the last one ("de themagroepen Wonen en energie
    hebben …").

    >>> _sentence_case_items("MKB en economische vernieuwing en Vitale binnensteden en werklocaties.", 0)
    [(0, 'MKB en economische vernieuwing'), (34, 'Vitale binnensteden en werklocaties')]
    >>> _sentence_case_items("Wonen en Mobiliteit hebben een plan.", 0)
    []
    """
    run = _SENTENCE_CASE_RUN.match(text, at)
    if run is None or _FINITE_VERB.search(text, at, run.end()):
        return []
    items, start = [], at
    for joint in _NEXT_NAME.finditer(text, at, run.end()):
        items.append((start, text[start:joint.start()]))
        start = joint.end()
    items.append((start, text[start:run.end()]))
    return items


def _named_items(names: str, offset: int, kind: str, known: set[str]) -> list[tuple[int, str]]:
    """The names of "Wonen en Mobiliteit" (at ``offset``) as (start, name): split at commas and at
    each "en", then two parts joined again where "<kind> A en B" is a unit the text names."""
    parts = [(offset + m.start(), m.group()) for m in re.finditer(r"[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*", names)]
    items: list[tuple[int, str]] = []
    for start, name in parts:
        if items:
            joined = f"{items[-1][1]} en {name}"
            gap = names[items[-1][0] - offset + len(items[-1][1]):start - offset]
            if gap.strip() == "en" and f"{kind} {joined}".lower() in known:
                items[-1] = (items[-1][0], joined)
                continue
        items.append((start, name))
    return items
