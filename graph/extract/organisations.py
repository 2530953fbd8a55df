"""Organisations the gazetteer does not know.

- "Full Name (ABBR)": a capitalised name followed by an abbreviation in brackets whose letters
  are the initials of the name's capitalised words; later uses of ABBR in the document too.
- Names with an organisation head or tail word (``data/gazetteer/org_suffixes.csv``):
  "Future City Foundation", "Social Enterprise NL", "Stichting Present", "Woonstichting De Kei",
  "GGD Hollands Noorden", "Deltion College" (some words only open a name, "Regio Twente"; "College"
  only closes one); an adjective and a compound on a body's head, "het Bossche Congresbureau" (round 58s). A place may close such a name ("Stichting Present Utrecht", "Tilburg University",
  "Regio Groningen-Assen"); "X en Y Hogeschool" names two partners when X is an abbreviation, two
  words, or follows a kind word ("ontwikkelingsmaatschappij X en Y Hogeschool").
- A regional body's name holds its region, a compass word included: "GGD Zuid Limburg", "Metropoolregio
  Eindhoven", "Economic Board Utrecht" ("in de Metropoolregio X" is the area).
- A legal form in initials closes a name, "Bouwbedrijf Jansen B.V."; after "Stichting X" the bare "X" is
  the same organisation (:mod:`.legal_forms`). A plural kind noun makes each name of the list after it an
  organisation: "de woningcorporaties Woonbedrijf en Trudo" (:mod:`.kind_lists`); later uses of a name found so
  (:mod:`.organisation_repeats`).
- Members of a list that also names a known organisation or ministry ("samen met IenW, Heijmans
  en VodafoneZiggo"): :mod:`.list_organisations`; "VNG Realisatie", "UWV Werkbedrijf Twente":
  :mod:`.subsidiary_names`.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Zij sprak met de Nederlandse Vereniging van Banken (NVB) en de Future City Foundation."
>>> [(m.text, m.label) for m in find_organisations(text, tokenize(text), set())]
[('Nederlandse Vereniging van Banken', 'Nederlandse Vereniging van Banken'), ('NVB', 'Nederlandse Vereniging van Banken'), ('Future City Foundation', 'Future City Foundation')]
"""

from __future__ import annotations

import re

from .kind_lists import plural_kind_names
from .legal_forms import LEGAL_HEADS, legal_form_end
from .lexicon import load_lexicon
from .model import Mention
from .organisation_repeats import repeated_words
from .phrases import STOP, is_cap, suspended_hyphen
from .role_words import role_of
from .programme_names import in_de_name
from .tokens import NAME_START, Token, word_test

__all__ = ["ARTICLES", "NOT_NAMES", "capitalised_run", "institution_place", "find_organisations", "looks_like_abbreviation", "peoples_platform"]

_INNER = {"van", "voor", "de", "der", "het", "en", "&", "op"}
#: the endings of a capitalised compound that opens a firm's or foundation's name ("Woonbedrijf X", "Zorgstichting Y")
_FIRM_ENDINGS = ("bedrijf", "stichting", "corporatie")
#: lower-case kind words before an organisation's name ("woningcorporatie Woonbedrijf")
_ORG_KINDS = frozenset({"woningcorporatie", "corporatie", "zorgverzekeraar", "netbeheerder", "hogeschool", "universiteit",
                        "onderwijsinstelling", "adviesbureau", "ingenieursbureau", "bouwbedrijf", "welzijnsorganisatie",
                        "zorgorganisatie", "kennisinstituut", "brancheorganisatie", "ondernemersvereniging", "stichting",
                        "vereniging", "bank", "energiebedrijf", "vervoerder", "ontwikkelaar", "projectontwikkelaar",
                        "woonstichting", "woningbouwcorporatie", "ontwikkelingsmaatschappij", "waterschap",
                        "omgevingsdienst", "veiligheidsregio", "kennisinstelling", "samenwerkingsorgaan", "samenwerkingsverband"})
#: capitalised sentence openers that never start an organisation's name
NOT_NAMES = STOP | {"volgens", "namens", "daarom", "verder", "ten", "aldus", "zo", "toch", "vandaag", "gisteren",
                    # a sentence-initial preposition before an article: "Op het Deltion College", "In de Campus X"
                    "op", "in", "bij", "rond", "tijdens", "na", "uit", "vanuit", "via", "naast"}
#: names ending in these are programmes, not organisations ("Regionale Energiestrategie (RES)")
_PROGRAMME_WORDS = ("fonds", "agenda", "register", "regeling", "programma", "impuls", "strategie", "akkoord", "deal",
                    "wet", "plan", "project", "campagne", "deals")
#: an organisation's organ written with capitals before it: "Raad van Toezicht van", "Raad van Bestuur van"
_ORGAN_OF = re.compile(r"Raad van (?:Toezicht|Bestuur|Commissarissen|Advies) van")
#: head words that open a programme's name: "de Aanpak X", "het Pact voor Y", "het Actieplan Z"
_PROGRAMME_HEADS = frozenset({"aanpak", "pact", "actieplan", "convenant", "offensief"})
ARTICLES = {"de", "het", "een", "De", "Het", "Een"}
#: head words that close a name only: "Deltion College" (the "College van B en W" is a municipality's body)
_TAIL_ONLY = frozenset({"College", "Campus"})
#: head words that open a name only: "Regio Twente", "GGD Hollands Noorden" (not "Agenda Sterke Regio's")
_HEAD_ONLY = frozenset({"Regio", "Waterschap", "Hoogheemraadschap", "GGD", "Veiligheidsregio", "Omgevingsdienst",
                        "Werkgeversservicepunt", "Woonstichting", "Woningstichting", "Woningcorporatie",
                        "Metropoolregio", "Werkbedrijf", "Greenport", "Euregio"})
#: compounds whose head is an organisation's kind: "werkgeversvereniging", "huurdersvereniging", "zorgcorporatie"
_ORG_KIND_HEADS = ("vereniging", "corporatie", "federatie", "coöperatie")
_IS_ORG_KIND = word_test(_ORG_KINDS, _ORG_KIND_HEADS)
#: kind words that are legal forms: "stichting Kunst en Cultuur Centrum" may be one name
_LEGAL_FORMS = frozenset({"stichting", "vereniging"})


def capitalised_run(tokens: list[Token], i: int, text: str, blocked: set[int]) -> int:
    """End index of the run of capitalised tokens (with inner connectors) starting at ``i``."""
    j = i
    n = min(len(tokens), i + 12)  # names are short; this keeps long runs of capitals linear
    while j < n and j not in blocked:
        if j > i and "\n" in text[tokens[j - 1].end:tokens[j].start]:
            break
        if is_cap(tokens[j]) and tokens[j].text not in ARTICLES or (j == i and tokens[j].text.isupper()):
            j += 1
            continue
        if j > i and _glued_hyphen(tokens, j) and j + 1 not in blocked:
            j += 2  # "Verwey-Jonker Instituut", "GGD Gelderland-Midden"
            continue
        if j > i and suspended_hyphen(tokens, j, text) and j + 2 not in blocked:
            j += 2  # "Veiligheidsregio Noord- en Oost-Gelderland": the hyphen stands for the shared "Gelderland" (52d)
            continue
        if j > i and tokens[j].text in _INNER:
            k = j
            while k < min(len(tokens), j + 3) and tokens[k].text in _INNER and (k == j or tokens[j].text not in ("en", "&")):
                k += 1  # "Raad voor het Openbaar Bestuur" (but "X en de Y" is a list)
            if k < len(tokens) and is_cap(tokens[k]) and k not in blocked and tokens[k].text not in ARTICLES:
                j = k
                continue
        break
    while j > i and tokens[j - 1].text in _INNER:
        j -= 1
    return j


def _glued_hyphen(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is a hyphen glued between two capitalised words ("Verwey-Jonker").

    >>> from graph.extract.tokens import tokenize
    >>> _glued_hyphen(tokenize("Verwey-Jonker"), 1), _glued_hyphen(tokenize("Zuyd - Noord"), 1)
    (True, False)
    """
    return tokens[j].text == "-" and j + 1 < len(tokens) and tokens[j - 1].end == tokens[j].start \
        and tokens[j].end == tokens[j + 1].start and is_cap(tokens[j + 1])


def _initials_match(name_tokens: list[str], abbreviation: str) -> bool:
    letters = [t[0] for t in name_tokens if t[:1].isupper()]
    abbr = [c for c in abbreviation if c.isupper()]
    if len(abbr) < 2:
        return False
    k = 0
    for letter in letters:
        if k < len(abbr) and letter == abbr[k]:
            k += 1
    return k == len(abbr) and abbr[0] == letters[0] or _compound_initials(name_tokens, abbr)


def _compound_initials(name_tokens: list[str], abbr: list[str]) -> bool:
    """Whether ``abbr`` takes the initial of every capitalised word and, in order, letters of the parts of a
    compound: "AAC" is the "Ambtelijke Adviescommissie" (Advies|commissie), not the "Algemeen Bestuur".

    >>> _compound_initials(["Ambtelijke", "Adviescommissie"], list("AAC")), _compound_initials(["Algemeen", "Bestuur"], list("AAC"))
    (True, False)
    """
    words = [t for t in name_tokens if t[:1].isupper()]
    if len(words) < 2 or len(abbr) > 2 * len(words):
        return False
    k = 0
    for w, word in enumerate(words):
        if k >= len(abbr) or word[0] != abbr[k]:
            return False
        k += 1
        inside = word[1:].lower()
        position = 0
        while k < len(abbr) and len(abbr) - k > len(words) - w - 1:  # leave one letter for each word after
            found = inside.find(abbr[k].lower(), position + 2)  # a part of a compound is a few letters long
            if found < 0:
                break
            position, k = found, k + 1
    return k == len(abbr)


#: a place right after these words names an institution, not the place: "TU Delft", "Universiteit
#: Twente", "Hogeschool Utrecht", "ROC van Twente", both places of "Hogeschool van Arnhem en Nijmegen";
#: a capitalised "Regio" before one or two places names their joint body: "Regio Zwolle", "Regio Groningen-Assen"
_INSTITUTION_BEFORE = re.compile(r"\b(?:TU|Universiteit|University|Hogeschool|ROC|Radboud\s+Universiteit|"
                                 r"[A-Z][a-z]{2,}(?:hogeschool|universiteit)|"  # "Hanzehogeschool Groningen"
                                 r"(?<!\bin de )(?<!\bin )(?<!\buit de )Regio)"
                                 r"(?:\s+van(?:\s+[A-Z][\w-]+\s+en)?)?(?:\s+|\s+[A-Z]\w+-)$")
#: a regional body's head word, and a compass word, before the place that names its region: "GGD Zuid Limburg",
#: "Metropoolregio Eindhoven", "Economic Board Utrecht", "Werkbedrijf Rivierenland", "Greenport Venlo" (a regional
#: cluster; round 41d) (not "in de Metropoolregio X": the area), "Rekenkamer Apeldoorn" (a town's audit office; 52d)
_REGIONAL_BODY_BEFORE = re.compile(r"\b(?:GGD|Veiligheidsregio|Omgevingsdienst|(?<!\bin de )(?<!\bin )Metropoolregio|"
                                   r"Werkbedrijf|Economic\s+Board|Greenport|Rekenkamer|"
                                   # a compound on a kind, the local association or cooperative of the place:
                                   # "Ondernemersvereniging Venlo", "Binnenstadscoöperatie Assen" (54e)
                                   r"[A-Z][a-zà-ÿ]{3,}(?:vereniging|coöperatie|cooperatie))"
                                   # a coordinated compass pair before the region: "Noord- en Oost-Gelderland" (52d)
                                   r"(?:\s+(?:Zuid|Noord|Oost|West|Midden)(?:-\s+(?:en|of)\s+(?:Zuid|Noord|Oost|West|Midden)-)?)?"
                                   r"(?:\s+|(?<=-))$")


#: a place closing a name that opens with a legal or housing head word is the seat in the name:
#: "Stichting Present Utrecht", "Woonstichting Goed Wonen Zwolle", "woningcorporatie Goed Wonen Ede"
_NAME_BEFORE = re.compile(r"\b(?:[Ss]tichting|[Ww]oonstichting|[Ww]oningstichting|[Ww]oningcorporatie|Vereniging|Coöperatie|"
                          r"[A-Z][a-zà-ÿ]{3,}(?:vereniging|coöperatie|cooperatie))"  # "Ondernemersvereniging Binnenstad Alkmaar" (54e)
                          r"(?: [A-Z][\w'-]*){1,3} $")
#: a place before these words names a school or university: "Deltion College", "Tilburg University"
#: (the head word first, "College van B en W", is a municipality's body)
_INSTITUTION_AFTER = re.compile(r" +(?:College|University)\b")


def institution_place(text: str, mention: Mention) -> bool:
    """Whether the place ``mention`` is the name of an institution's seat ("de TU Delft").

    >>> institution_place("met de TU Delft", Mention(10, 15, "Delft", "Municipality", "t", 1.0))
    True
    >>> institution_place("de GGD Gelderland-Midden", Mention(7, 17, "Gelderland", "Province", "t", 1.0))
    True
    >>> institution_place("Stichting Present Ede", Mention(18, 21, "Ede", "Municipality", "t", 1.0))
    True
    >>> institution_place("in Ede werkt", Mention(3, 6, "Ede", "Municipality", "t", 1.0))
    False
    """
    return mention.type in ("Municipality", "Province") and \
        (_INSTITUTION_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
         or _REGIONAL_BODY_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
         or _NAME_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None
         or _INSTITUTION_AFTER.match(text, mention.end) is not None
         or (mention.type == "Province" and _REGION_AFTER.match(text, mention.end) is not None))


#: a compass word glued to a province names a region, not the province: "GGD Gelderland-Midden" (glued to
#: a municipality it names a district of it: "Tiel-Oost")
_REGION_AFTER = re.compile(r"-(?:Midden|Noord|Zuid|Oost|West|Centraal|Noordoost|Noordwest|Zuidoost|Zuidwest)\b")


#: endings of adjectives, inflected or before a neuter noun: "Technische", "Landelijk", "Nationaal", "Europees"
_ADJECTIVE_ENDS = ("e", "lijk", "isch", "aal", "ees", "ief", "ic")  # "ic": an English one, "Economic Board Twente"


def _adjective_head(words: list[str], suffixes) -> bool:
    """An adjective before the head word: "Technische Universiteit Eindhoven", "Vrije Universiteit
    Amsterdam", "Landelijk Netwerk Wijkzorg".

    >>> _adjective_head(["Technische", "Universiteit", "Eindhoven"], {"Universiteit"})
    True
    """
    return len(words) >= 3 and words[1] in suffixes and words[0].isalpha() and words[0].endswith(_ADJECTIVE_ENDS)


#: heads of a capitalised compound that names a body after an adjective: "Bossche Congresbureau", "Landelijk
#: Kenniscentrum", "Haags Architectuurinstituut" (round 58s)
_COMPOUND_BODY_HEADS = ("bureau", "centrum", "instituut", "academie", "hogeschool", "universiteit")


def _adjective_compound(words: list[str]) -> bool:
    """An adjective and a capitalised compound on a body's head word: "Bossche Congresbureau", "Landelijk
    Kenniscentrum" (not "Nieuwe Woonwijk": no body's head; not "Bossche Binnenstad").

    >>> _adjective_compound(["Bossche", "Congresbureau"]), _adjective_compound(["Landelijk", "Kenniscentrum"])
    (True, True)
    >>> _adjective_compound(["Bossche", "Binnenstad"]), _adjective_compound(["Bossche", "Bureau"])
    (False, False)
    """
    if len(words) != 2 or not words[0].isalpha() or not words[0].endswith(_ADJECTIVE_ENDS + ("sche",)):
        return False
    low = words[1].lower()
    return words[1][:1].isupper() and words[1].isalpha() and not low.startswith(_PLACE_CENTRES) and any(
        low.endswith(head) and len(low) > len(head) + 2 for head in _COMPOUND_BODY_HEADS)


#: a centre that is a place, no body: "het Nieuwe Stadscentrum", "het Oude Dorpscentrum", "Winkelcentrum"
_PLACE_CENTRES = ("stads", "stad", "dorps", "dorp", "winkel", "wijk")


def _head_first(words: list[str], suffixes) -> bool:
    """Whether the name opens with a head word that may open one ("Stichting Present", not
    "College van B en W").

    >>> _head_first(["Stichting", "Present"], {"Stichting", "College"}), _head_first(["College", "van"], {"College"})
    (True, False)
    """
    return (words[0] in suffixes or _kind_compound(words[0])) and words[0] not in _TAIL_ONLY and words[1:2] != ["-"]


def _kind_compound(word: str) -> bool:
    """A capitalised compound on an organisation's kind, which opens a name as the kind does: "Ondernemersvereniging
    Venlo", "Binnenstadscoöperatie Assen", "Huurdersvereniging De Sleutel" (round 54e).

    >>> _kind_compound("Binnenstadscoöperatie"), _kind_compound("Coöperatie"), _kind_compound("vereniging")
    (True, False, False)
    >>> _kind_compound("Bewonersplatform")
    True
    """
    return word[:1].isupper() and word.isalpha() and (any(word.endswith(head) and len(word) > len(head) + 2
                                                          for head in _ORG_KIND_HEADS) or peoples_platform(word))


#: the people a platform of people is made of: "Bewonersplatform X", "Huurdersplatform Y", "Cliëntenplatform Z" is a body
#: of residents, tenants or clients, an organisation (round 57r; "Dataplatform X" is a programme, graph.extract.programmes)
_PEOPLES = ("bewoners", "huurders", "cliënten", "clienten", "jongeren", "ondernemers", "ouderen", "patiënten")


def peoples_platform(word: str) -> bool:
    """Whether ``word`` is a platform of people: "Bewonersplatform", not "Dataplatform".

    >>> peoples_platform("Bewonersplatform"), peoples_platform("Dataplatform"), peoples_platform("Platform")
    (True, False, False)
    """
    low = word.lower()
    return low.endswith("platform") and low.startswith(_PEOPLES)


def _first_of_two_names(words: list[str], suffixes, *, after_kind: bool = False) -> int:
    """The length of the first name when "en" joins a name to a second one that closes with a head
    word: "LIOF en Zuyd Hogeschool", "Brainport Development en Oost NL", "ontwikkelingsmaatschappij
    Limbo en Zuyd Hogeschool" (0 when it does not: the first part is one plain word with no kind
    word before it, "Kunst en Cultuur Instituut", or the run opens with a head word).

    >>> _first_of_two_names(["LIOF", "en", "Zuyd", "Hogeschool"], {"Hogeschool"})
    1
    >>> _first_of_two_names(["Kunst", "en", "Cultuur", "Instituut"], {"Instituut"})
    0
    """
    if len(words) < 4 or not _head_last(words, suffixes) or words[0] in suffixes:
        return 0
    for k, word in enumerate(words[1:-2], 1):
        if word in ("en", "&"):
            first = words[:k]
            whole = len(first) >= 2 or after_kind or first[0].isupper() and len(first[0]) > 1
            if whole and not any(w in _INNER for w in words[k + 1:]) and not any(w in suffixes for w in first):
                return k
            return 0
    return 0


def _after_programme_word(tokens: list[Token], i: int) -> bool:
    """Whether a programme's head word comes just before tokens[i]: "Woondeal Regio Groningen" is the
    deal, not the Regio; "programma Slimme Data-Wijken (SDW)" a programme.

    >>> from graph.extract.tokens import tokenize
    >>> _after_programme_word(tokenize("de Woondeal Regio Zwolle"), 2), _after_programme_word(tokenize("de Regio Zwolle"), 1)
    (True, False)
    """
    return i > 0 and tokens[i - 1].text.isalpha() and tokens[i - 1].text.lower().endswith(_PROGRAMME_WORDS) \
        and tokens[i].start - tokens[i - 1].end == 1


def _capitalised_article(tokens: list[Token], k: int, blocked: set[int]) -> bool:
    """Whether tokens[k] is a capitalised "De"/"Het" that opens a name after a kind word
    ("woningcorporatie De Goede Woning"; mid-sentence, only a name capitalises its article).

    >>> from graph.extract.tokens import tokenize
    >>> _capitalised_article(tokenize("corporatie De Key"), 1, set()), _capitalised_article(tokenize("corporatie de Key"), 1, set())
    (True, False)
    """
    return k + 1 < len(tokens) and tokens[k].text in ("De", "Het") and k + 1 not in blocked \
        and is_cap(tokens[k + 1]) and tokens[k + 1].text not in ARTICLES


def _glued_genitive(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j:j + 2] are an "'s" glued to the word before ("Hunze en Aa's")."""
    return j + 1 < len(tokens) and tokens[j].text == "'" and tokens[j + 1].text == "s" \
        and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start


def _head_last(words: list[str], suffixes) -> bool:
    """Whether the name closes with a head word that may close one ("Zuyd Hogeschool", "Deltion
    College"; not "Sterke Regio", nor the region "Oost-Nederland").

    >>> _head_last(["Zuyd", "Hogeschool"], {"Hogeschool", "Regio"}), _head_last(["Sterke", "Regio"], {"Regio"})
    (True, False)
    """
    return words[-1] in suffixes and words[-1] not in _HEAD_ONLY and words[-2:-1] != ["-"]  # not "Oost-Nederland"


#: head words a capitalised article may follow inside the name: "Stichting De Kei", "Woonstichting Het Anker"
_ARTICLE_HEADS = _HEAD_ONLY | {"Stichting", "Vereniging", "Coöperatie"}
#: a locative before a region's name: "in de Regio Zwolle" is the area, not its joint body
_IN_REGION = frozenset({"in", "uit"})


def _region_in(tokens: list[Token], i: int) -> bool:
    """Whether "Regio" at tokens[i] follows "in (de)": a place, not the body ("in de Regio Twente").

    >>> from graph.extract.tokens import tokenize
    >>> _region_in(tokenize("wonen in de Regio Twente"), 3), _region_in(tokenize("door de Regio Twente"), 2)
    (True, False)
    """
    k = i - 1 if i > 0 and tokens[i - 1].text == "de" else i
    return tokens[i].text in ("Regio", "Metropoolregio") and k > 0 and tokens[k - 1].text.lower() in _IN_REGION


def _second_name_at(words: list[str], suffixes, i: int, j: int) -> int:
    """The end of the first name when "en" joins two names that open with a head word or an
    abbreviation: "Universiteit Twente en ROC van Twente", "Hogeschool X en TU Delft".

    >>> _second_name_at(["Universiteit", "Twente", "en", "ROC", "van", "Twente"], {"Universiteit", "ROC"}, 0, 6)
    2

    A second name may open with a capitalised compound on a kind of firm or foundation (round 52e):

    >>> _second_name_at(["Woonstichting", "Lindehof", "en", "Woonbedrijf", "Esdal"], {"Woonstichting"}, 0, 5)
    2
    """
    if words[0] not in suffixes or words[0] in _TAIL_ONLY:
        return j
    for k, word in enumerate(words[1:-1], 1):
        second = words[k + 1]
        if word == "en" and (second in suffixes or second.isupper() and len(second) > 1
                             or second[:1].isupper() and second.lower().endswith(_FIRM_ENDINGS)
                             or not any(w in _INNER for w in words[1:k]) and _closed_name(words[k + 1:], suffixes)):
            return i + k
    return j


def _closed_name(words: list[str], suffixes) -> bool:
    """Whether ``words`` (after an "en") are a name of their own that closes with a head word: "(Hogeschool Utrecht
    en) Tilburg University", "((Fontys) Hogeschool en) Maastricht University" (round 57o); a first name with a
    preposition inside goes on past "en" (the caller's test: "Hogeschool voor Kunst en Cultuur Instituut").

    >>> _closed_name(["Tilburg", "University"], {"University"}), _closed_name(["Cultuur"], {"University"})
    (True, False)
    """
    return len(words) >= 2 and not any(w in _INNER for w in words) and _head_last(words, suffixes)


#: the field of a project card that names the project: "Projectnaam:", "Naam project:", "Programma:"
_PROJECT_FIELD = re.compile(r"[ \t]*(?:(?:project|programma)(?:naam|titel)?|naam\s+(?:van\s+(?:het|dit)\s+)?(?:project|programma))"
                            r"[ \t]*:[ \t]*", re.IGNORECASE)
#: heads of the bodies an organisation has: "Algemeen Bestuur", "Ambtelijke Adviescommissie", "Landelijk Overleg"
_BODY_HEAD_KINDS = (("bestuur", "bestuur"), ("commissie", "commissie"), ("overleg", "overleg"), ("stuurgroep", "stuurgroep"),
                    ("werkgroep", "werkgroep"), ("kernteam", "kernteam"))


def _body_kind(head: str) -> str | None:
    """The kind of body a name's head word makes it ("Bestuur", "Adviescommissie"), or None.

    >>> _body_kind("Adviescommissie"), _body_kind("Bestuur"), _body_kind("Raad"), _body_kind("Gemeenten")
    ('commissie', 'bestuur', None, None)
    """
    low = head.lower()
    return next((kind for ending, kind in _BODY_HEAD_KINDS if low.endswith(ending)), None)


#: a name headed by a unit of a ministry: "Directoraat-Generaal Mobiliteit (DGMo)" is a unit (see units), no organisation
_UNIT_HEAD = re.compile(r"directoraat[-\s]generaal\b", re.IGNORECASE)


def find_organisations(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    suffixes = load_lexicon().org_suffixes
    mentions: list[Mention] = []
    abbreviations: dict[str, tuple[str, str, str | None]] = {}  # abbreviation → name, type, kind of body
    n = len(tokens)
    i = 0
    for candidate in NAME_START.indexes(tokens):
        if candidate < i:
            continue  # inside the name found last
        i = candidate
        if i in blocked or not is_cap(tokens[i]) or tokens[i].text in ARTICLES or tokens[i].text.lower() in NOT_NAMES \
                or _after_programme_word(tokens, i) or (i > 1 and _glued_hyphen(tokens, i - 1)):
            i += 1  # (a word glued after a hyphen is inside a compound: "Oost-Nederland")
            continue
        j = capitalised_run(tokens, i, text, blocked)
        if j <= i:
            i += 1
            continue
        if tokens[j - 1].text in _ARTICLE_HEADS and _capitalised_article(tokens, j, blocked):
            j = max(j, capitalised_run(tokens, j + 1, text, blocked))  # "Woonstichting De Kei", "Stichting Het Anker"
        legal = legal_form_end(tokens, j)  # "Bouwbedrijf Jansen B.V.", "Coöperatie Energie Samen U.A."
        if legal and j - i >= 2:
            start, end = tokens[i].start, tokens[legal - 1].end
            mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.legal-form", 0.8,
                                    name=" ".join(text[start:end].split())))
            i = legal
            continue
        words = [t.text for t in tokens[i:j]]
        if len(words) > 4 and _ORGAN_OF.fullmatch(" ".join(words[:4])):
            i += 4  # "Raad van Toezicht van Stichting X": the organ of the organisation named after it (48g)
            continue
        if len(words) > 2 and words[1] in ("van", "bij") and role_of(words[0]) is not None:
            i += 1  # "Voorzitter van de Twente Board is X": a role word opening the sentence, before the name (52d)
            continue
        start, end = tokens[i].start, tokens[j - 1].end
        name = " ".join(text[start:end].split())
        # Full Name (ABBR)
        # "Regionale Energiestrategie (RES)", "Interbestuurlijk Programma Hittebestendige Wijken (IPHW)"
        # (also a compound or head word that opens the name: "Woondeal Regio Zwolle (WRZ)", "Fonds Leefbaarheid en
        # Wijkaanpak (FLW)", "Nationale Aanpak Energiearmoede (NAE)": the programme rules read them, with the abbreviation;
        # a legal form first is a body that runs one: "Stichting Stimuleringsfonds Volkshuisvesting (SVn)")
        programme_name = words[0] not in LEGAL_HEADS and \
            any(w.lower().endswith(_PROGRAMME_WORDS) or w.lower() in _PROGRAMME_HEADS for w in words)
        if j + 2 < n and tokens[j].text == "(" and tokens[j + 2].text == ")" and looks_like_abbreviation(tokens[j + 1].text) \
                and not programme_name and not _UNIT_HEAD.match(name) \
                and _initials_match(words, tokens[j + 1].text) and j - i >= 2:
            abbr = tokens[j + 1]
            kind = _body_kind(words[-1])  # "Dagelijks Bestuur (DB)", "Ambtelijke Adviescommissie (AAC)": a body of one
            found = "OrganisationalUnit" if kind else "Organisation"
            if _PROJECT_FIELD.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
                found, kind = "Programme", "project"  # "Projectnaam: Werkplaats Vakmanschap Twente (WVT)"
            mentions.append(Mention(start, end, text[start:end], found, "organisations.name-abbreviation",
                                    0.85, name=name, kind=kind))
            mentions.append(Mention(abbr.start, abbr.end, abbr.text, found, "organisations.name-abbreviation",
                                    0.85, name=name, kind=kind))
            abbreviations[abbr.text] = (name, found, kind)
            i = j + 3
            continue
        j = _second_name_at(words, suffixes, i, j)
        k = _first_of_two_names(words, suffixes, after_kind=i > 0 and _IS_ORG_KIND.test(tokens[i - 1].text)
                                and tokens[i - 1].text not in _LEGAL_FORMS)
        if k and not any(w.lower().endswith(_PROGRAMME_WORDS) for w in words[:k]):
            # "LIOF en Zuyd Hogeschool", "Brainport Development en Oost NL": two partners, not one name
            start, end = tokens[i].start, tokens[i + k - 1].end
            mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.head-word-partner",
                                    0.7, name=" ".join(text[start:end].split())))
            i += k + 1
            continue
        if len(words) >= 3 and words[0].lower() in _ORG_KINDS and _head_first(words[1:], suffixes):
            i += 1  # "Woningcorporatie Woonstichting De Kei": the kind word before the name
            words = words[1:]
        if j - i >= 2 and _head_first(words, suffixes) and _glued_genitive(tokens, j):
            j += 2  # "Waterschap Hunze en Aa's"
        words = [t.text for t in tokens[i:j]]
        start, end = tokens[i].start, tokens[j - 1].end
        name = " ".join(text[start:end].split())
        if j - i >= 2 and (_head_last(words, suffixes) or _head_first(words, suffixes) or _adjective_head(words, suffixes)
                           or _adjective_compound(words)) \
                and not any(w.lower().endswith(_PROGRAMME_WORDS) for w in words) and not _region_in(tokens, i):
            if words[0] == "Alliantie" and words[-1] not in suffixes:
                # "Alliantie Taal Werkt": a named alliance of cities and partners is a joint programme; "in de
                # Wijk" may close its name ("Alliantie Werk in de Wijk")
                j = in_de_name(tokens, (i, j), blocked, text)[1]
                end = tokens[j - 1].end
                name = " ".join(text[start:end].split())
                mentions.append(Mention(start, end, text[start:end], "Programme", "organisations.alliance", 0.7,
                                        name=name, kind="project"))
            else:
                mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.head-word", 0.75,
                                        name=name))
            i = j
            continue
        i += 1
    for k in _IS_ORG_KIND.indexes(tokens):
        token = tokens[k]
        first = k + 2 if _capitalised_article(tokens, k + 1, blocked) else k + 1
        if token.text.islower() and first < n and first not in blocked \
                and is_cap(tokens[first]) and tokens[first].text.lower() not in NOT_NAMES:
            j = capitalised_run(tokens, first, text, blocked)
            if j > first and not any(m.start <= tokens[k + 1].start < m.end for m in mentions):
                start, end = tokens[k + 1].start, tokens[j - 1].end
                # "de Limburgse werkgeversvereniging LWV": the regional adjective belongs to the phrase, not a name
                opening = tokens[k - 1].start if k > 0 and k - 1 not in blocked and _regional_adjective(tokens[k - 1].text) \
                    else start
                mentions.append(Mention(opening, end, text[opening:end], "Organisation", "organisations.kind-word", 0.75,
                                        name=" ".join(text[start:end].split())))
    if abbreviations:
        taken = {(m.start, m.end) for m in mentions}
        for k, token in enumerate(tokens):
            if token.text in abbreviations and k not in blocked and (token.start, token.end) not in taken:
                name, found, kind = abbreviations[token.text]
                mentions.append(Mention(token.start, token.end, token.text, found,
                                        "organisations.abbreviation", 0.8, name=name, kind=kind))
    mentions += [m for m in plural_kind_names(text, tokens, blocked)
                 if not any(o.start <= m.start < o.end for o in mentions)]  # "de woningcorporaties X en Y"
    return mentions + repeated_words(tokens, blocked, mentions, text)


def _regional_adjective(word: str) -> bool:
    """A capitalised adjective of a region or place before a kind word: "Limburgse", "Brabantse",
    "Twentse", "Zeeuwse" (not a name: "Alliantie", "Woonstad").

    >>> _regional_adjective("Limburgse"), _regional_adjective("Woonstad")
    (True, False)
    """
    return len(word) > 4 and word[:1].isupper() and word.endswith("se") and word[1:].islower()


def looks_like_abbreviation(word: str) -> bool:
    """"NVB", "NJi", "KvK", "FLW": at most 8 characters, starting with a capital, two capitals or more (also what
    :mod:`graph.extract.programme_abbreviations` takes for a programme's abbreviation)."""
    return 2 <= len(word) <= 8 and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and word.isalnum()
