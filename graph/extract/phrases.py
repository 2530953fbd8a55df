"""Name phrases: the proper name that follows a kind word ("themagroep Slimme Mobiliteit").

Dutch names come in Title Case ("Gezonde Stad", "Wonen en Zorg": stop at the first lower-case
word that is not a connector) or in sentence case ("Vitale binnensteden en werklocaties": run on
to a boundary — punctuation, a function word or a finite verb). Quoted or starred names
("*Samen Sterk In De Wijk*", 'X') are taken whole.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> t = tokenize("themagroep Gezonde Stad vergaderde in mei")
>>> name_after(t, 1, "themagroep Gezonde Stad vergaderde in mei")
(1, 3)
>>> t = tokenize("de themagroep Vitale binnensteden en werklocaties, met als trekker")
>>> name_after(t, 2, "de themagroep Vitale binnensteden en werklocaties, met als trekker")
(2, 6)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .periods import MONTH_NAMES, MONTHS
from .tokens import Token

__all__ = ["name_after", "quoted_after", "starts_date", "STOP", "is_verbish", "is_cap"]

CONNECTORS = {"en", "&", "van", "voor", "-", "op", "de", "der", "in", "aan"}
#: words that end a name: articles, pronouns, prepositions (other than connectors), frequent verbs
STOP = frozenset(
    """de het een deze dit die dat is was zijn waren wordt werd werden worden heeft hebben had hadden
    gaat gaan ging gingen kwam kwamen komt komen blijft bleef bleven staat stond kan kunnen zal zullen
    moet moeten wil willen met bij door om over uit naar tot als waar waarbij waarin die wie wat
    ook nog al niet wel zich zij hij ze we wij er hier daar toen nu sinds tijdens na voor onder
    tussen binnen zoals maar of dus want omdat waardoor terwijl en dan nieuwe andere alle veel
    gericht gewerkt opgericht gestart gekozen vergaderd besproken sloot sloten kwam ging gaf nam sprak zat
    lag bleef hield liet zag begon doen doet deed deden the and of for namens via per respectievelijk
    inmiddels reeds onlangs opnieuw eindelijk officieel definitief formeel vandaag gisteren
    ik mij jij jou jullie""".split()  # (personal pronouns: "secretaris van de Werkgroep X jullie aanspreekpunt", 57r)
)
#: frequent finite verbs and participles of this genre that the endings below do not catch: a name
#: in sentence case ("pijler Fysiek") stops before them ("… werkt samen met", "… kent drie themagroepen")
VERBS = frozenset(
    """werkt kent telt overlegt bestaat richt zet stelt vraagt biedt houdt maakt krijgt neemt geeft levert
    ontvangt ondersteunt start brengt zoekt steunt bundelt vertegenwoordigt verbindt versterkt trekt trok
    gesloten getekend ondertekend aangekondigd vastgesteld ingesteld opgezet benoemd aangesteld verlengd
    gestopt vertrokken neergelegd herkozen teruggekeerd
    ontvangen ontving ontvingen krijgen kreeg kregen gekregen zit zitten zaten
    telde telden kende kenden stelde stelden deelde deelden diende dienden vormde vormden voerde voerden
    noemde noemden hoorde hoorden regelde regelden bundelde bundelden verbond verbonden
    spreekt spreken spraken kijkt keek keken kunt loopt liep liepen betrokken valt vallen viel vielen hoort horen leidt leiden
    bespreken bespreekt besprak behandelen behandelt agenderen agendeert uitwerken oppakken voorleggen
    verlaat verliet verlieten verlaten getreden gestapt uitgetreden uitgestapt treedt trad traden
    lezen leest""".split()
)


def _plural(verb: str) -> set[str]:
    """The plural present forms a third-person form may have: "werkt" → "werken", "zet" → "zetten",
    "maakt" → "maken" (a doubled vowel is single before "-en")."""
    stem = verb[:-1]
    forms = {stem + "en", stem + stem[-1:] + "en"}
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        forms.add(stem[:-2] + stem[-1] + "en")
    return forms


#: plural finite verbs ("werken", "trekken", "maken", "staan"): a Title Case name stops before one
#: ("De Themagroep Wonen en de Taskforce Wonen werken samen met …")
PLURAL_VERBS = frozenset(form for verb in VERBS if verb.endswith("t") and len(verb) > 3 for form in _plural(verb)) | \
    frozenset("staan blijven doen gaan komen hebben zijn willen kunnen moeten zullen mogen zetten richten starten "
              "werkten trokken maakten".split())
#: particles of separable verbs that end the clause after a subject: "Met BZK werkt de pijler Fysiek
#: samen", "Aan de deal neemt de pijler Sociaal deel", "… doet de themagroep Jeugd mee", "… kijkt terug"
#: (and "neer", "af": "legt zijn functie als voorzitter van de Pijler Sociaal neer", "treedt … af"; and the
#: "meer" of "is geen lid van de Themagroep Wonen meer", round 44k)
PARTICLES = frozenset({"samen", "mee", "deel", "terug", "neer", "af", "meer"})
#: past tenses (vergaderde, startte, bevestigde), -eren verbs (organiseert, gelanceerd, gepresenteerd)
#: and -igen verbs (bevestigd); "stemde",
#: "deelde" only in the singular: "schulden", "velden", "beelden" are nouns
_VERB_END = re.compile(r"^[a-zà-ÿ]{3,}(?:(?:erde|tte|dde|kte|pte|chte|sde|igde)n?|mde|lde)$|^[a-zà-ÿ]{3,}eer[dt]$"
                       # -igen verbs: bevestigd, beëindigd, aangekondigd (no noun ends so)
                       r"|^[a-zà-ÿ]{2,}igd$"
                       # participles of separable verbs: voorgezeten, aangesteld, ingesteld, opgericht
                       r"|^(?:voor|aan|op|in|uit|af|mee|samen|toe|vast|voort|bij|over|door|terug)ge[a-zà-ÿ]{2,}(?:d|t|en)$")
#: prepositions after which an article stays inside a name: "Huis van de Stad", "Samen voor de Wijk"
#: "daarbij", "hierop", "waarmee", "erin": the adverb of a clause, never part of a name
_PRONOMINAL_ADVERB = re.compile(r"^(?:daar|hier|waar|er)(?:aan|achter|bij|binnen|door|in|langs|mee|na|naar|naast|om|onder|"
                                r"op|over|tegen|toe|tussen|uit|van|voor|zonder)$")
_BEFORE_ARTICLE = frozenset({"van", "voor", "in", "op", "aan", "uit", "tussen", "over", "naar", "met", "onder"})
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "*": "*", "„": "”"}


def is_cap(token: Token) -> bool:
    return token.text[:1].isupper() or (token.text[:1].isdigit() and any(c.isalpha() for c in token.text))


def is_verbish(word: str) -> bool:
    """A lower-case word that looks like a verb (vergaderde, startte, kwamen, organiseert, werkt),
    or a pronominal adverb (daarbij, hierop), which no name holds either.

    >>> [is_verbish(w) for w in ("stemde", "vergaderden", "schulden", "velden", "daarbij")]
    [True, True, False, False, True]
    """
    return word in STOP or word in VERBS or word in PARTICLES or bool(_VERB_END.match(word)) \
        or bool(_PRONOMINAL_ADVERB.match(word))


def _finite_verb_first(tokens: list[Token], i: int) -> bool:
    """Whether the lower-case token ``i`` after a kind word is a finite verb (or an adverb), as the
    word after it shows: a number, a pronominal adverb, an article, "niet/wel/ook/nog" or a modal's
    infinitive ("de City Deal bedraagt 25.000 euro", "De City Deal sluit daarop aan", "Aan de City Deal
    nemen de steden deel", "De City Deal verplicht niet tot …", "met de City Deal sneller kunnen …").

    >>> from graph.extract.tokens import tokenize
    >>> _finite_verb_first(tokenize("City Deal sluit daarop aan"), 2)
    True
    >>> _finite_verb_first(tokenize("City Deal nemen de partijen deel"), 2)
    True
    >>> _finite_verb_first(tokenize("City Deal verplicht niet tot"), 2), _finite_verb_first(tokenize("City Deal inclusieve stad"), 2)
    (True, False)
    """
    if _verb_last(tokens, i):
        return True
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    # an article right after: "Aan de City Deal nemen de volgende partijen deel" (a name word goes on
    # with a preposition before an article: "City Deal kennis voor de stad")
    return nxt[:1].isdigit() or bool(_PRONOMINAL_ADVERB.match(nxt.lower())) or nxt in ("de", "het", "een", "deze", "dit") \
        or nxt in _AFTER_FINITE_VERB


#: words that open a subordinate clause, whose finite verb stands last: "dat Gouda uit de City Deal stapt;"
_SUBORDINATORS = frozenset({"dat", "die", "omdat", "doordat", "zodat", "nadat", "voordat", "terwijl", "wanneer", "als"})
#: auxiliaries and modals, whose infinitive stands last in the clause: "Hilversum gaat de themagroep X trekken,"
_AUXILIARIES = frozenset("gaat gaan ging gingen zal zullen zou zouden wil willen wilde wilden moet moeten moest "
                         "moesten kan kunnen kon konden mag mogen blijft blijven".split())
#: the endings of a finite verb (stapt, meedoen, stopte, meldde)
_FINITE_ENDINGS = ("t", "en", "te", "de")
_CLAUSE_ENDS = frozenset(",;:.!?)")


def _verb_last(tokens: list[Token], i: int) -> bool:
    """Whether the lower-case token ``i`` is the verb that closes its clause, and so no name word. Dutch
    puts the verb last in a subordinate clause ("dat", "die", "omdat" …) and the infinitive of an
    auxiliary or modal last in any clause: a verb-like word right before the clause's punctuation
    there is the verb ("Zij meldt dat Gouda uit de City Deal stapt; …", "Ede gaat de themagroep
    Wonen trekken, en …"). A name in lower case after a kind word closes no such clause ("Het gaat
    om de City Deal energiearmoede."; "als" opens no clause after "gaat": "Zij gaat als trekker …").

    >>> from graph.extract.tokens import tokenize
    >>> _verb_last(tokenize("Zij meldt dat Gouda uit de City Deal stapt; de rest blijft."), 8)
    True
    >>> _verb_last(tokenize("Ede gaat de themagroep Wonen trekken, en Delft volgt."), 5)
    True
    >>> _verb_last(tokenize("Het gaat om de City Deal energiearmoede."), 6)
    False
    >>> _verb_last(tokenize("Zij gaat naar de themagroep Jeugd en gezinnen."), 7)
    False

    A time after the verb still leaves it last: "dat het ministerie de City Deal financiert tot en met
    2026." (a name followed by a time and then the verb is none: "… energiearmoede tot 2026 loopt.").

    >>> _verb_last(tokenize("Hij zegt dat het ministerie de City Deal financiert tot en met 2026."), 9)
    True
    >>> _verb_last(tokenize("Hij zegt dat de City Deal energiearmoede tot 2026 loopt."), 6)
    False
    """
    after = _after_time(tokens, i + 1)
    if after < len(tokens) and tokens[after].text not in _CLAUSE_ENDS:
        return False
    word = tokens[i].text
    finite = word.endswith(_FINITE_ENDINGS)
    infinitive = word in PLURAL_VERBS or word in VERBS
    if not (finite or infinitive):
        return False
    k = i - 1
    while k >= 0 and i - k <= 20 and tokens[k].text not in _CLAUSE_ENDS:
        low = tokens[k].text.lower()
        if (finite and low in _SUBORDINATORS and not _as_role(tokens, k)) or (infinitive and low in _AUXILIARIES):
            return True
        k -= 1
    return False


#: the words of a time after a clause's verb: "tot en met 2026", "vanaf 1 maart 2025", "in 2024"
_TIME_WORDS = frozenset({"tot", "en", "met", "t/m", "vanaf", "sinds", "per", "in", "na", "eind", "begin", "medio"})


def _after_time(tokens: list[Token], j: int) -> int:
    """The index after a time that starts at token ``j`` (its words, day and year numbers, month names,
    at least one number), else ``j``."""
    k, numbers = j, 0
    while k < len(tokens) and (tokens[k].text in _TIME_WORDS or tokens[k].text.isdigit()
                               or tokens[k].text.lower().rstrip(".") in MONTHS):
        numbers += tokens[k].text.isdigit()
        k += 1
    return k if numbers and tokens[j].text in _TIME_WORDS else j


#: words after a subordinating "als" that open its clause's subject: "als de gemeente stopt", "als zij meedoet"
_CLAUSE_OPENERS = frozenset("de het een deze dit die dat we wij zij ze hij u er men je jij ik iemand".split())


def _as_role(tokens: list[Token], k: int) -> bool:
    """Whether the "als" at ``k`` is the preposition of a role, not a conjunction: a bare noun follows it
    ("aangemeld als voorbeeldproject bij de Themagroep Sterke keten van leren, …", "als trekker"), where a
    clause would open with its subject ("als de gemeente meedoet").

    >>> from graph.extract.tokens import tokenize
    >>> _as_role(tokenize("aangemeld als voorbeeldproject bij"), 1), _as_role(tokenize("als de gemeente stopt"), 0)
    (True, False)
    """
    if tokens[k].text.lower() != "als" or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1].text
    return following.isalpha() and following.islower() and following not in _CLAUSE_OPENERS


#: words that follow a finite verb or an adverb, never a name word: "de City Deal verplicht niet tot …",
#: "wil met de City Deal sneller kunnen isoleren" (a modal's infinitive after an adverb)
_AFTER_FINITE_VERB = frozenset({"niet", "wel", "ook", "nog", "kunnen", "worden", "moeten", "mogen", "willen"})


def quoted_after(tokens: list[Token], i: int, text: str, limit: int = 14) -> tuple[int, int] | None:
    """(start, end) token indexes inside quotes/stars opening at token ``i``."""
    if i >= len(tokens) or tokens[i].text not in _QUOTES:
        return None
    close = _QUOTES[tokens[i].text]
    for j in range(i + 1, min(len(tokens), i + limit + 2)):
        if tokens[j].text == close or (close in ("'", "’") and tokens[j].text in ("'", "’")):  # "’" is tokenised as "'"
            if j > i + 1 and tokens[j - 1].text != "*":
                return i + 1, j
            return None
        if "\n" in text[tokens[j - 1].end:tokens[j].start]:
            return None
    return None


def _title_list_end(tokens: list[Token], comma: int, text: str) -> int | None:
    """End of ", Werk en Onderwijs" (one-word Title Case items, the last after "en") at ``comma``."""
    n, k = len(tokens), comma
    for _ in range(3):
        if k + 1 >= n or tokens[k].text != "," or not tokens[k + 1].text[:1].isupper() \
                or not tokens[k + 1].text.isalpha() or "\n" in text[tokens[k].end:tokens[k + 1].end]:
            return None
        k += 2
        if k + 1 < n and tokens[k].text == "en" and tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha() \
                and "\n" not in text[tokens[k].end:tokens[k + 1].end]:
            k += 2
            return k if k >= n or not is_cap(tokens[k]) else None
    return None


@lru_cache(maxsize=1)
def _kind_and_role_words() -> frozenset[str]:
    """Unit kind words and role words: after "<Word> en" they start a new phrase, not a name."""
    lexicon = load_lexicon()
    return frozenset(lexicon.unit_kinds) | frozenset(lexicon.roles)


#: subject pronouns: a lower-case word right before one is the finite verb of an inverted clause
_SUBJECT_PRONOUNS = frozenset("zij ze wij we hij ik jij je u men".split())


def _subject_follows(tokens: list[Token], k: int) -> bool:
    """Whether a subject pronoun follows the lower-case word ``k``, which makes it the finite verb of an
    inverted clause, no name word: "de Hervormingsagenda Jeugd en voeren zij namens de G40 …".

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("Jeugd en voeren zij overleg")
    >>> _subject_follows(t, 2), _subject_follows(tokenize("Cultuur en erfgoed zijn"), 2)
    (True, False)
    """
    return k + 1 < len(tokens) and tokens[k + 1].text in _SUBJECT_PRONOUNS


def _sentence_case_after_en(tokens: list[Token], k: int, text: str) -> bool:
    """Whether token ``k``, after "<Word> en", goes on a name in sentence case: an ordinary
    lower-case noun or adjective on the same line, not a verb, a kind word or a role word.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("themagroep Cultuur en erfgoed")
    >>> _sentence_case_after_en(t, 3, "themagroep Cultuur en erfgoed")
    True
    >>> t = tokenize("pijler Sociaal en wethouder Jansen")
    >>> _sentence_case_after_en(t, 3, "pijler Sociaal en wethouder Jansen")
    False
    """
    if k >= len(tokens) or "\n" in text[tokens[k - 1].end:tokens[k].start]:
        return False
    word = tokens[k].text
    if not (word.isalpha() and word.islower()) or is_verbish(word) or _subject_follows(tokens, k):
        return False
    stems = {word, word[:-1], word[:-2]}  # "pijlers", "themagroepen", "voorzitters"
    return not stems & _kind_and_role_words()


#: endings of Dutch nouns: such a name word takes no lower-case word after it ("Dakloosheid opstarten")
_NOUN_ENDINGS = ("heid", "ing", "schap", "teit", "isme")
#: adjectives in -en that do go before a noun ("open data", "eigen regie")
_ADJECTIVES_EN = frozenset({"open", "eigen", "gesloten", "verbonden", "volwassen"})

#: common nouns a name may end in after "in de": "City Deal Kennis in de Wijk", "Cultuur in de Stad"
_COMMON_SETTINGS = frozenset({"wijk", "stad", "buurt", "straat", "klas", "school", "praktijk", "regio's", "binnenstad"})


#: a kind word that opens another body's or programme's name after "op de"/"voor het" (round 45x)
_OTHER_BODY_KINDS = frozenset({"programma", "city", "regio", "green", "woondeal", "fonds", "pijler", "themagroep",
                               "taskforce", "ministerie", "deltaprogramma"})


def _article_then_name(tokens: list[Token], j: int, text: str) -> bool:
    """Whether token ``j`` is a preposition followed by "de"/"het" and a capitalised word, on one line.

    >>> from graph.extract.tokens import tokenize
    >>> _article_then_name(tokenize("Voedsel op de Stedelijke Agenda"), 1, "Voedsel op de Stedelijke Agenda")
    True
    >>> _article_then_name(tokenize("Kennis in de Wijk"), 1, "Kennis in de Wijk")
    True
    >>> _article_then_name(tokenize("Werk in de Regio Twente"), 1, "Werk in de Regio Twente")
    False
    >>> _article_then_name(tokenize("Klimaat op het Programma Mooi Nederland"), 1, "Klimaat op het Programma Mooi Nederland")
    False
    """
    if j + 2 >= len(tokens) or tokens[j].text.lower() not in ("op", "voor", "in"):
        return False
    if tokens[j + 1].text.lower() not in ("de", "het") or not is_cap(tokens[j + 2]):
        return False
    if tokens[j + 2].text.lower() in _OTHER_BODY_KINDS:
        return False  # "de aansluiting van de City Deal X op het Programma Y": another programme's name follows
    if tokens[j].text.lower() == "in" and tokens[j + 2].text.lower() not in _COMMON_SETTINGS \
            and not _bare_region(tokens, j + 2, text):
        return False  # "in de Regio X", "in de Achterhoek": a place after the name
    return "\n" not in text[tokens[j].start:tokens[j + 2].start]


def _bare_region(tokens: list[Token], k: int, text: str) -> bool:
    """Whether token ``k`` is "Regio" with no name after it on its line: "City Deal Vakmanschap in de
    Regio" (the region as a setting; "in de Regio Twente" names a place). A compound of "regio" is a
    setting too: "Themagroep Arbeidsmarkt in de Grensregio" (round 59s).

    >>> from graph.extract.tokens import tokenize
    >>> [_bare_region(tokenize(t), 3, t) for t in ("Werk in de Regio", "Werk in de Regio Twente", "Werk in de Grensregio",
    ...                                            "Werk in de Metropoolregio Eindhoven")]
    [True, False, True, False]
    """
    word = tokens[k].text.lower()
    if word != "regio" and not (word.endswith("regio") and len(word) > 7 and word.isalpha()):
        return False
    return k + 1 >= len(tokens) or not is_cap(tokens[k + 1]) or "\n" in text[tokens[k].end:tokens[k + 1].start]


def _with_then_name(tokens: list[Token], j: int, text: str) -> int:
    """How many tokens "met" at ``j`` and an article after it take inside a Title Case name: 1 before
    a capitalised word, 2 before "de/het" and one ("City Deal Kennismaken met Laaggeletterdheid",
    "City Deal Samen met de Wijk"); 0 when no capitalised word follows on the same line, or when no
    capitalised word goes before it. A name of another entity after it ("… met Ede") is cut off
    later, as every name is at another mention.

    >>> from graph.extract.tokens import tokenize
    >>> [_with_then_name(tokenize(t), 1, t) for t in ("Samen met de Wijk", "Kennismaken met Laaggeletterdheid",
    ...                                                "Samen met de buurt", "Samen met")]
    [2, 1, 0, 0]
    """
    k = j + 1
    if k < len(tokens) and tokens[k].text in ("de", "het"):
        k += 1
    if j == 0 or k >= len(tokens) or not is_cap(tokens[j - 1]) or not is_cap(tokens[k]) or not tokens[k].text.isalpha() \
            or "\n" in text[tokens[j - 1].end:tokens[k].start] or _starts_an_entity(tokens[k].text):
        return 0
    return k - j


#: capitalised words that open a name of their own ("… met het Ministerie van EZK", "met de Gemeente Ede")
_ENTITY_KIND_WORDS = frozenset({"ministerie", "ministeries", "gemeente", "gemeenten", "provincie", "provincies", "rijk",
                                "rijksoverheid"})


def _starts_an_entity(word: str) -> bool:
    """Whether a capitalised ``word`` after "met (de/het)" opens another entity's name (a kind word, a
    unit kind or a role: "met het Ministerie van EZK", "met de Pijler Fysiek", "met Wethouder X"),
    which ends the name before it instead of going on in it.

    >>> _starts_an_entity("Ministerie"), _starts_an_entity("Themagroep"), _starts_an_entity("Wijk")
    (True, True, False)
    """
    word = word.lower()
    return word in _ENTITY_KIND_WORDS or word in _kind_and_role_words()


def _coordinated(tokens: list[Token], i: int) -> bool:
    """Whether the name at token ``i`` is the last of coordinated names ("A en (de) B", "A, B"): only
    then may a plural verb follow a singular name. A name alone keeps an infinitive it ends in (the
    "City Deal Kennis maken").
    """
    for k in range(i - 1, max(i - 4, -1), -1):  # "en de Taskforce Wonen": past an article and a kind word
        word = tokens[k].text.lower()
        if word in ("en", "of", ","):
            return True
        if word not in ("de", "het") and not is_cap(tokens[k]) and not (k == i - 1 and word.isalpha()):
            return False  # (the kind word right before the name may be lower case: "KGG en de pijler Fysiek werken")
    return False


def starts_date(tokens: list[Token], j: int) -> bool:
    """Whether a date starts at token ``j``: a day and a month ("14 mei", "3 Maart"), a date in
    figures ("14-05-2025", "14/5"), a month and a year ("mei 2025"), or a month written out in
    lower case ("mei"). A date ends a name: in a title "Notulen Themagroep Wonen 14 mei 2025" the
    unit is "Themagroep Wonen", the date is the meeting's ("Stad 3", "Thema 7" keep their number).

    >>> from graph.extract.tokens import tokenize
    >>> [starts_date(tokenize(t), 1) for t in ("Wonen 14 mei", "Wonen 14-05-2025", "Wonen Mei 2025", "Stad 3 en")]
    [True, True, True, False]
    """
    word = tokens[j].text
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if word.isdigit() and len(word) <= 2 and nxt is not None:
        if nxt.text.lower().rstrip(".") in MONTHS:
            return True  # "14 mei", "3 Maart", "1 jan."
        return nxt.text in ("-", "/") and nxt.start == tokens[j].end and j + 2 < len(tokens) \
            and tokens[j + 2].text.isdigit() and tokens[j + 2].start == nxt.end  # "14-05-2025", "14/5"
    if word.lower() in MONTHS:
        if word in MONTH_NAMES:
            return True  # "mei", "oktober": a month in lower case is no name word
        return nxt is not None and nxt.text.isdigit() and len(nxt.text) == 4  # "Mei 2025"
    return False


def suspended_hyphen(tokens: list[Token], j: int, text: str) -> bool:
    """Whether the hyphen at token ``j`` ends the first part of a coordinated compound whose shared
    last part only the second part spells out: "Zuid- en Oost-Drenthe", "Noord- of Midden-Limburg".

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("Regio Deal Zuid- en Oost-Drenthe, met")
    >>> suspended_hyphen(t, 3, "Regio Deal Zuid- en Oost-Drenthe, met"), suspended_hyphen(t, 6, "Regio Deal Zuid- en Oost-Drenthe, met")
    (True, False)
    """
    return tokens[j].text == "-" and j + 3 < len(tokens) and tokens[j].start == tokens[j - 1].end \
        and tokens[j + 1].text in ("en", "of") and tokens[j + 1].start > tokens[j].end and is_cap(tokens[j + 2]) \
        and tokens[j + 3].text == "-" and tokens[j + 3].start == tokens[j + 2].end \
        and "\n" not in text[tokens[j].end:tokens[j + 2].start]


def name_after(tokens: list[Token], i: int, text: str, *, allow_lower: bool = False, limit: int = 8,
               article_inside: bool = False):
    """Token range (i, j) of the name starting at token ``i``, or None.

    ``allow_lower`` lets a name start with a lower-case word (after "VNG taskforce …");
    ``article_inside`` lets "op de", "voor de" and "met (de)" before a capitalised word go on (City
    Deal names: "Voedsel op de Stedelijke Agenda", "Kennismaken met Laaggeletterdheid").
    """
    n = len(tokens)
    if i >= n:
        return None
    first = tokens[i]
    if i > 0 and "\n" in text[tokens[i - 1].end:first.start]:
        return None  # a name does not start on the next line
    if not (is_cap(first) or (allow_lower and first.text.isalpha() and first.text.lower() not in STOP
                              and not is_verbish(first.text))):
        return None
    if first.text.lower() in STOP and not first.text.isupper():
        return None
    if not is_cap(first) and (_finite_verb_first(tokens, i) or first.text in PLURAL_VERBS):
        return None  # "Aan deze City Deal nemen Heerlen en Venlo deel": the verb after the kind word
    if not is_cap(first) and first.text.startswith("ge") and i + 1 < n and tokens[i + 1].text == "door":
        return None  # "het eerste lab van de City Deal geopend door X": a participle and its agent
    j = i + 1
    title_case = True
    caps = 1 if is_cap(first) else 0
    while j < n and j - i < limit:
        token = tokens[j]
        gap = text[tokens[j - 1].end:token.start]
        if "\n" in gap:
            break
        word = token.text
        if starts_date(tokens, j):
            break  # "Themagroep Wonen 14 mei 2025": the date is no part of the name
        if word == "te" and j + 1 < n and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower():
            break  # "hopen de City Deal Zon te verlengen": an infinitive follows the name
        if is_cap(token) and word.lower() not in ("de", "het", "een"):
            caps += 1
            j += 1
            continue
        if word.isdigit() and len(word) <= 2 and gap and is_cap(tokens[j - 1]) \
                and not (j + 1 < n and tokens[j + 1].text.lower() in MONTH_NAMES):
            j += 1  # a number in a name: "Stad 3", "Thema 7" (not a year, nor a day: "Wonen 12 november 2024")
            continue
        if article_inside and word == "met" and gap and _with_then_name(tokens, j, text):
            j += _with_then_name(tokens, j, text)  # "City Deal Samen met de Wijk"
            continue
        if word in ("&",) or (word.lower() in CONNECTORS and word != "-" and gap):
            # a connector counts only when a name word follows it
            if article_inside and _article_then_name(tokens, j, text):
                j += 2  # "City Deal Voedsel op de Stedelijke Agenda"
                continue
            if j + 1 < n and (is_cap(tokens[j + 1]) or (not title_case and tokens[j + 1].text.isalpha()
                                                       and not is_verbish(tokens[j + 1].text.lower()))):
                if word.lower() in ("de", "der", "in", "aan", "op") and not is_cap(tokens[j + 1]):
                    break
                if word.lower() in ("de", "der") and tokens[j - 1].text.lower() not in _BEFORE_ARTICLE:
                    break  # "themagroep Mobiliteit de Agenda …": an article after a name starts a new phrase
                j += 1
                continue
            if j == i + 1 and word == "en" and _sentence_case_after_en(tokens, j + 1, text):
                title_case = False  # "Cultuur en erfgoed", "MKB en economische vernieuwing"
                j += 1
                continue
            break
        if word == "-" and not gap and j + 1 < n and tokens[j + 1].start == token.end:
            j += 2
            continue
        if word in ("'", "’") and not gap and j + 1 < n and tokens[j + 1].text == "s" \
                and tokens[j + 1].start == token.end and is_cap(tokens[j - 1]) and tokens[j - 1].text[-1:] in "aeiouy" \
                and j + 2 < n and is_cap(tokens[j + 2]) and "\n" not in text[tokens[j + 1].end:tokens[j + 2].start]:
            j += 2  # a plural after a vowel inside a name: "Directie Programma's Volkshuisvesting" (round 51d)
            continue
        if suspended_hyphen(tokens, j, text):
            j += 2  # "Zuid- en Oost-Drenthe": the first part's hyphen stands for the shared "Drenthe"
            continue
        if word.isalpha() and word.islower():
            if caps >= 2 and title_case:
                break  # Title Case name: stop at the first ordinary word
            if title_case and word in PLURAL_VERBS and is_cap(tokens[j - 1]) and _coordinated(tokens, i) \
                    and not (j + 1 < n and tokens[j + 1].text in (":", ")")):
                break  # (not a list item's label: "- Wonen en City Deal Kennis maken: X")  # "… en de Taskforce Wonen werken samen": the plural verb of a coordinated subject
            if is_verbish(word) or _verb_last(tokens, j) or _subject_follows(tokens, j):
                break
            before = tokens[j - 1].text
            if not gap or (before.isalpha() and before.islower() and before.endswith(_NOUN_ENDINGS + ("en",))
                            and before not in _ADJECTIVES_EN and before not in CONNECTORS) \
                    or (is_cap(tokens[j - 1]) and before.lower().endswith(_NOUN_ENDINGS)):
                break  # a noun is no adjective to a next word: "themagroep Vitale binnensteden plannen in", "Dakloosheid opstarten"
            nxt = tokens[j + 1].text if j + 1 < n else ""
            attributive = nxt.isalpha() and nxt.islower() and nxt not in STOP and nxt not in CONNECTORS \
                and "\n" not in text[token.end:tokens[j + 1].start]
            if word.endswith(("t", "d")) and not attributive and (nxt.lower() in STOP or nxt.isalpha()):
                break  # "werkt met", "voert dit": a present-tense verb
            if word.endswith(("de", "te")) and not attributive and nxt.isalpha():
                break  # "voerde dit jaar": a past-tense verb
            title_case = False
            j += 1
            continue
        if word == "," and title_case and j == i + 1:
            listed = _title_list_end(tokens, j, text)
            if listed is not None:
                j = listed  # "Economie, Werk en Onderwijs": a Title Case list of one-word nouns
                break
        if word == "," and not title_case and j + 1 < n and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower():
            # "leren, werken en ondernemen": a comma inside a sentence-case list of nouns
            k = j + 1
            while k < n and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].text != "en" and k - j < 3:
                k += 1
            if k < n and tokens[k].text == "en":
                j += 1
                continue
            break
        break
    # trailing connectors are not part of the name
    while j > i + 1 and tokens[j - 1].text.lower() in CONNECTORS | {","}:
        j -= 1
    return i, j
