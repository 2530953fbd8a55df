"""Whether a relation cue states a fact: not denied, not asked, not only possible.

A cue such as "samen met" or "doen mee" is a fact only when its clause asserts it. Dutch says
the opposite in a few regular ways, and each is a rule here:

- negation in the clause before or inside the cue: "De G40 werkt niet samen met BZK", "Er is
  geen samenwerking met OCW", "Enschede doet niet mee aan …" ("niet alleen … maar ook" is no
  negation);
- a question: the sentence ends in "?";
- a modal, conditional or aim before a verbal cue: "zou kunnen samenwerken met", "Breda wil samen met
  EZK …", "indien … samenwerkt", "De pijler streeft naar samenwerking met …". A collaboration named with a definite article stays a fact:
  "De G40 wil de samenwerking met OCW uitbreiden" presupposes it; and a modal as the finite verb right after
  a fronted "samen met" and its partners: "Samen met OCW en BZK willen we de steden verbinden" (a wish);
- a proposal or request before the cue: "Het idee om samen met de pijler Fysiek een taskforce op te richten",
  "X heeft voorgesteld om een werkconferentie te organiseren", "BZK heeft gevraagd om … samen te werken";
  a clause that is an "om … te" infinitive ("2. om samen met het ministerie van EZ te bezien …"), and a
  sentence that opens with an imperative ("Laat IenW dit programma trekken, in nauwe samenwerking met BZK");
- an embedded question: the cue under "vraagt of", "wil weten of", "onderzoekt of", "bekijkt of"
  ("Venlo vraagt of de G40 samen met het IPO …" asks, it does not state);
- a preparation: "gesprekken met het IPO worden voorbereid", "een convenant met X is in voorbereiding",
  and talks still going on: "Met X worden nog gesprekken gevoerd", "Breda is nog in gesprek met X"
  (something planned, not yet a fact);
- a "maar"-clause that takes it back without naming anyone else: "Een samenwerking met OCW is
  besproken, maar niet van de grond gekomen", "…, maar daarvan is afgezien";
- a permission or possibility said of a collaboration named without an article: "Een samenwerking met
  Platform31 is toegestaan", "Samenwerking met de VNG is mogelijk" (allowed, not done);
- an announcement or promise of a "te"-infinitive: "Aedes kondigt aan samen met de G40 een monitor te
  starten", "BZK is van plan met de steden een agenda op te stellen" (something to come);
- a later clause, naming no one, that says it is not yet confirmed: "Ede heeft zich aangemeld voor de
  City Deal X; de aansluiting is nog niet bevestigd".

The clause is the stretch of the sentence from the last clause boundary before the cue (``;``,
``:``, a comma, "maar", "want") on, so a denial in another clause does not count: "Hoewel het
geld er nog niet is, werkt Breda samen met EZK."

Examples
--------
>>> text = "De G40 werkt niet samen met BZK."
>>> asserted(text, 0, len(text), text.index("samen"), text.index("BZK"))
False
>>> text = "Met de deal willen Oss, Ede en Breda samen met EZK verkennen."
>>> asserted(text, 0, len(text), text.index("samen"), text.index("EZK"))
False
>>> text = "De G40 werkt niet alleen samen met BZK, maar ook met EZK."
>>> asserted(text, 0, len(text), text.index("samen"), text.index("BZK"))
True
>>> text = "2. Laat IenW dit programma trekken, in nauwe samenwerking met BZK."
>>> asserted(text, 0, len(text), text.index("samenwerking"), text.index("BZK"))
False
>>> text = "2. om samen met het ministerie van EZ te bezien hoe bedrijven worden geholpen;"
>>> asserted(text, 0, len(text), text.index("samen"), text.index("EZ"))
False
>>> text = "Ik betwijfel dat het ministerie van BZK met Dordrecht samenwerkt."
>>> asserted(text, 0, len(text), text.index("samenwerkt"), text.index("BZK"))
False
>>> text = "Almere tekende de Green Deal Zero Emissie niet."
>>> asserted(text, 0, len(text), text.index("tekende"), text.index("de Green"))
False
>>> text = "Met de VNG worden nog gesprekken gevoerd over deelname."
>>> asserted(text, 0, len(text), 0, text.index("gevoerd") + 7)
False
>>> text = "Om de wachtlijsten te verkorten werkt Breda samen met EZK."
>>> asserted(text, 0, len(text), text.index("samen"), text.index("EZK"))
True
>>> text = "Een samenwerking met Platform31 is toegestaan."
>>> asserted(text, 0, len(text), text.index("samenwerking"), text.index("Platform31"))
False
>>> text = "Aedes kondigt aan samen met de G40 een monitor te starten."
>>> asserted(text, 0, len(text), text.index("samen"), text.index("G40"))
False
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["asserted", "undecided_opening"]

_NEGATION = re.compile(r"\b(?:niet|geen|nooit|niets|noch)\b(?!\s+(?:alleen|enkel|slechts|uitsluitend)\b)",
                       re.IGNORECASE)
#: a modal, conditional or hedge that makes a following verbal cue a possibility, not a fact
_MODAL = re.compile(r"\b(?:zou|zouden|kan|kunnen|kon|konden|wil|willen|wilde|wilden|moet|moeten|mag|mogen|"
                    r"hoopt|hopen|overweegt|overwegen|indien|mits|mogelijk|mogelijke|eventueel|eventuele|"
                    r"wellicht|misschien|streeft\s+naar|streven\s+naar|streefde\s+naar|beoogt|beogen|"
                    r"betwijfel|betwijfelt|betwijfelen|betwijfelde|betwijfelden|twijfel|twijfelt|twijfelen|"
                    r"onduidelijk|onzeker)\b", re.IGNORECASE)
#: a hedge between the parts of a verbal cue: "sluit zich mogelijk aan bij", "werkt wellicht samen met"
_HEDGE = re.compile(r"\b(?:mogelijk|eventueel|wellicht|misschien|waarschijnlijk)\b", re.IGNORECASE)
#: a main clause's negation after its object, as its last word: "X tekende de deal niet", "… niet meer"
_FINAL_NEGATION = re.compile(r"\b(?:niet|nooit)(?:\s+(?:meer|langer))?$", re.IGNORECASE)
_TAIL_BOUNDARY = re.compile(r"[;:,]|\b(?:maar|want|doch|terwijl|omdat|hoewel)\b"
                            r"|\b(?:en|of)\s+(?:dat|dit|het|die|zij|ze|hij|er|we|wij|men)\b", re.IGNORECASE)
#: a proposal whose content follows: "het idee om …", "het voorstel tot …", "plannen van …"
_PROPOSAL = re.compile(r"\b(?:idee|ideeën|plan|plannen|voorstel|voorstellen|wens|optie|gedachte)\s+(?:om|tot)\b|"
                       r"\b(?:voorgesteld|stelt\s+voor|stelde\s+voor|stellen\s+voor|stelden\s+voor|gevraagd|verzocht|"
                       r"verzoekt|verzoeken)\s+(?:\w+\s+){0,4}?(?:om|te|dat)\b", re.IGNORECASE)
#: a conditional clause the cue is the verb of: "Als Breda deelneemt aan X, …", "Zodra Ede meedoet, …" (its
#: finite verb last; "Als trekker neemt Breda deel aan X" is a main clause: its verb comes second)
_CONDITION_OPENING = re.compile(r"[\s\"'“„‘(*•-]*(?:als|wanneer|zodra|tenzij|ingeval|in\s+geval|mocht|mochten)\s",
                                re.IGNORECASE)
#: the subject that opens a conditional clause: an article, a pronoun or a name ("Als trekker neemt …": "as")
_CONDITION_SUBJECT = re.compile(r"(?:de|het|een|wij|we|zij|ze|hij|u|jullie|dit|deze|die|er|men|alle|beide)\s|[A-ZÀ-Ý]")
#: the main clause after a conditional clause: a comma and (after "dan") its finite verb
_MAIN_AFTER_CONDITION = re.compile(r"[^,;:.]*,\s*(?:dan\s+)?[a-z]", re.IGNORECASE)
#: a condition after the cue's clause: "Breda doet mee, mits de raad instemt", "…, op voorwaarde dat …"
_CONDITION_AFTER = re.compile(r"[^;:.]*?,?\s+(?:mits|tenzij|op\s+voorwaarde\s+dat|onder\s+voorbehoud\s+van)\b",
                              re.IGNORECASE)
#: a clause that is an infinitive of purpose or request, with no finite verb of its own: "om samen met X te
#: bezien …", a numbered item of "Wij vragen u: 1. om …"
_OM_CLAUSE = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*|[-*•]\s*)?om\s", re.IGNORECASE)
#: the infinitive that closes an "om"-clause: a cue after it is in the main clause ("Om X te verkorten werkt Y samen met Z")
_TE_INFINITIVE = re.compile(r"\bte\s+\w+")
#: a sentence that opens with an imperative asks for something: "Laat IenW dit programma trekken",
#: "Richt, samen met de steden, een programma op", "Betrek de G40 …" (a numbered item of a request)
_IMPERATIVE = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*|[-*•]\s*)?(?:Laat|Maak|Geef|Richt|Betrek|Stel|Neem|Investeer|"
                         r"Zet|Breng|Erken|Ondersteun|Werk\s+samen|Creëer|Verbind|Zorg\s+(?:dat|ervoor))\b(?![-\w])")
#: a collaboration named as something that exists: "de samenwerking met", "onze samenwerking met"
_PRESUPPOSED = re.compile(r"\b(?:de|deze|die|onze|hun|haar|zijn|goede|bestaande|jarenlange)\s+"
                          r"(?:\w+\s+)?samenwerking\s+met\s*$", re.IGNORECASE)
#: a comma inside a list of names, no clause boundary: "willen Zwolle, Deventer en Venlo samen met …"
_LIST_COMMA = re.compile(r",\s*[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?\s*(?:,|\ben\b|\bof\b)")
_BOUNDARY = re.compile(r"[;:,]|\b(?:maar|want|doch)\b", re.IGNORECASE)
#: a clause that takes back what came before: "maar (het is) niet …", "maar daarvan is afgezien"
_TAKEN_BACK = re.compile(r"\bmaar\b(?P<clause>[^;:]*)", re.IGNORECASE)
#: a clause after a semicolon that opens with "maar": it takes back the clause before it ("X tekende; maar niet …")
_MAAR_OPENS = re.compile(r"\s*maar\b", re.IGNORECASE)
_WITHDRAWN = re.compile(r"\b(?:niet|geen|nooit|niets|afgezien|afgeblazen|afgezegd|stopgezet|uitgesteld)\b",
                        re.IGNORECASE)

#: a collaboration named without an article, opening its clause: "(Een) samenwerking met X (is toegestaan)"
_BARE_COLLABORATION = re.compile(r"[\s\"'“„‘(*•-]*(?:een\s+)?(?!(?:de|deze|die|onze|hun|haar|zijn|het)\s)(?:\w+\s+)?"
                                 r"samenwerking\s+met\b\s*", re.IGNORECASE)
#: what a sentence may say of such a collaboration that makes it no fact: allowed, possible, welcome
_PERMITTED = re.compile(r"\b(?:is|zijn|wordt|worden|blijft|lijkt)\s+(?:\w+\s+){0,2}?(?:toegestaan|toegelaten|"
                        r"mogelijk(?!\s+gemaakt)|denkbaar|gewenst|wenselijk|welkom|aanbevolen|aan\s+te\s+bevelen|een\s+optie|"
                        r"niet\s+uitgesloten|bespreekbaar)\b", re.IGNORECASE)
#: an announcement or promise, whose content is a "te"-infinitive after the cue: "kondigt aan … te starten"
_ANNOUNCED = re.compile(r"\b(?:kondigt|kondigen|kondigde|kondigden)\s+aan\b|\baangekondigd\b|"
                        r"\b(?:is|zijn|was|waren)\s+(?:\w+\s+)?van\s+plan\b|\b(?:belooft|beloven|beloofde|beloofden|"
                        r"zegt|zeggen|zegde|zegden)\s+toe\b|\btoegezegd\b|\bbelooft\b|\bplant\b|\bplannen\b",
                        re.IGNORECASE)
#: the "te" of an infinitive cue: "… is van plan een werkconferentie te organiseren"
_TE_BEFORE = re.compile(r"\bte\s+$")
#: a later clause, about the fact itself, that says it is not confirmed yet: "…; de aansluiting is nog niet
#: bevestigd", "…, maar dat is nog niet definitief" (not "…, maar de begroting is nog niet definitief")
_NOT_YET_CONFIRMED = re.compile(r"[;,]\s*(?:maar\s+)?(?P<clause>(?:(?:de|het|zijn|haar|hun)\s+(?:\w+\s+)?"
                                r"(?:aansluiting|deelname|toetreding|aanmelding|samenwerking|ondertekening|lidmaatschap|"
                                r"inschrijving|selectie|toelating|participatie)|dat|dit|die)\s+(?:is|zijn|wordt|worden)\s+"
                                r"nog\s+(?:niet|geen)\s+(?:\w+\s+){0,2}?(?:bevestigd|definitief|rond|officieel|formeel|"
                                r"bekrachtigd|goedgekeurd)\b)", re.IGNORECASE)

#: the partners of a fronted "samen met" up to the finite verb after them: "Samen met OCW en het
#: ministerie van BZK (willen we …)" (names, articles, "en", the kind words of a partner's name)
_FRONTED_PARTNERS = re.compile(r"\s*(?:(?:[A-ZÀ-Ý][\w'’&.-]*|de|het|een|en|van|der|den|voor|ministerie|ministeries|"
                               r"gemeente|gemeenten|provincie|provincies|onze|ons|alle|andere)\b(?:\s*,)?\s+)*")
#: what may stand before a cue that opens its clause: quotes, brackets, a bullet
_CLAUSE_OPENING = re.compile(r"[\s\"'“„‘(*•-]*")

#: an embedded yes/no question whose content the cue is: "vraagt of", "wil weten of", "onderzoekt of"
_EMBEDDED_QUESTION = re.compile(r"\b(?:vraagt|vragen|vroeg|vroegen|gevraagd|weten|onderzoekt|onderzoeken|onderzocht|"
                                r"bekijkt|bekijken|bekeken|verkent|verkennen|verkend|nagaan|gaat\s+na|gaan\s+na|"
                                r"peilt|peilen|af)(?:\s+(?:tot\s+slot|ten\s+slotte|ook|nog|verder|daarnaast|dan\s+ook))?"
                                r"\s+of\b", re.IGNORECASE)  # "vraagt tot slot of": the same question
#: a preparation: "(gesprekken met X) worden voorbereid", "is in voorbereiding"
_PREPARED = re.compile(r"\b(?:wordt|worden|werd|werden|is|zijn)\s+(?:\w+\s+){0,3}?(?:voorbereid|in\s+voorbereiding)\b"
                       r"|\bin\s+voorbereiding\b|\bnog\s+(?:in\s+)?gesprek(?:ken)?\b", re.IGNORECASE)


#: an infinitive of exploring that closes the clause of a cue: "samenwerking met X verkennen"
_EXPLORE = re.compile(r"\b(?:verkennen|onderzoeken|nagaan|bekijken|uitzoeken)\b(?=\s*(?:[.;:|)]|$))", re.IGNORECASE)
_NO_FINITE = re.compile(r"\b(?:hebben|heeft|hadden|had|is|zijn|was|waren|wordt|worden|werd|werden|gaan|gaat|"
                        r"gingen|ging|zal|zullen)\b", re.IGNORECASE)


def _explored_after(text: str, cue_end: int, end: int) -> bool:
    """Whether the clause of a cue ends in a bare infinitive of exploring, as action lists write
    ("Aanhaken bij afspraken met X verkennen"): something to explore, not a fact.

    >>> _explored_after("Afspraken met X verkennen | Y |", 12, 31)
    True
    >>> _explored_after("Zij hebben met X samengewerkt.", 16, 30)
    False
    """
    stop = min([k for k in (text.find(c, cue_end, end) for c in ",;|") if k >= 0] + [end])
    explore = _EXPLORE.search(text, cue_end, stop if stop < end else end)
    return explore is not None and not _NO_FINITE.search(text, cue_end, explore.start())


#: an opening clause that asks whom or what ("Wie X opvolgt als voorzitter, …", "Of Breda meedoet, …")
_WH_OPENING = re.compile(r"\s*(?:Wie|Wat|Welke|Welk|Of|Hoe|Wanneer)\s[^,;:]{3,160}?,\s*")
#: what the main clause says of it: still to be decided or unknown
_UNDECIDED = re.compile(r"(?:wordt|worden|zal|zullen|moet|is|blijft)\s+(?:[\w-]+\s+){0,8}?(?:besloten|beslist|bepaald|"
                        r"bekend|bekendgemaakt|duidelijk|gekozen|vastgesteld|besproken|onzeker|open)\b", re.IGNORECASE)


def undecided_opening(text: str, start: int, end: int) -> int:
    """The end of a sentence's opening clause that asks whom or what, when the main clause says it is
    still to be decided or unknown ("Wie X opvolgt als voorzitter, wordt in december besloten"; "Welke
    stad de trekker wordt, is nog niet bekend"), else ``start``: a cue inside it states nothing.

    >>> text = "Wie Eva Smit opvolgt als voorzitter, wordt in juni besloten."
    >>> undecided_opening(text, 0, len(text)) == text.index("wordt")
    True
    >>> text = "Wie Eva Smit kent, weet dat zij voorzitter is."
    >>> undecided_opening(text, 0, len(text))
    0
    """
    opening = _WH_OPENING.match(text, start, end)
    if opening is None or not _UNDECIDED.match(text, opening.end(), end):
        return start
    return opening.end()


def _fronted_before_modal(text: str, clause_start: int, cue_start: int, cue_end: int, end: int) -> bool:
    """Whether the cue opens its clause and the finite verb after its partners is a modal: in a Dutch
    main clause the finite verb follows the first phrase, so in "Samen met OCW en BZK willen we X" the
    wish governs the whole clause ("Samen met OCW werkt Breda aan X" states a fact).

    >>> text = "Samen met OCW en het ministerie van BZK willen we X."
    >>> _fronted_before_modal(text, 0, 0, 10, len(text))
    True
    >>> text = "Samen met OCW werkt Breda aan een plan dat kan helpen."
    >>> _fronted_before_modal(text, 0, 0, 10, len(text))
    False
    """
    if _CLAUSE_OPENING.fullmatch(text, clause_start, cue_start) is None \
            or not text[cue_start:cue_end].lower().startswith("samen"):
        return False
    partners = _FRONTED_PARTNERS.match(text, cue_end, end)
    return partners is not None and _MODAL.match(text, partners.end(), end) is not None


def _conditional(text: str, clause_start: int, cue_start: int, cue_end: int, end: int) -> bool:
    """Whether the cue is the verb of a conditional clause, or its clause is followed by a condition.

    >>> text = "Als Breda deelneemt aan de City Deal, komt er geld."
    >>> _conditional(text, 0, text.index("deelneemt"), text.index("deelneemt") + 9, len(text))
    True
    >>> text = "Als trekker neemt Breda deel aan de City Deal."
    >>> _conditional(text, 0, text.index("neemt"), text.index("aan") + 3, len(text))
    False
    >>> text = "Breda doet mee, mits de raad instemt."
    >>> _conditional(text, 0, text.index("doet"), text.index("mee") + 3, len(text))
    True
    """
    opening = _CONDITION_OPENING.match(text, clause_start, cue_start)
    if opening is not None and _CONDITION_SUBJECT.match(text, opening.end(), cue_start) \
            and not re.search(r"\s", text[cue_start:cue_end].strip()) \
            and _MAIN_AFTER_CONDITION.match(text, cue_end, end):
        return True  # the cue is one word at the end of its clause: "Als Breda deelneemt, …"
    return _CONDITION_AFTER.match(text, cue_end, end) is not None


def asserted(text: str, start: int, end: int, cue_start: int, cue_end: int,
             mentions_in: Callable[[int, int], list] | None = None) -> bool:
    """Whether the cue at ``text[cue_start:cue_end]`` in the sentence ``text[start:end]`` states a fact.

    ``mentions_in(a, b)`` lists the entity mentions in ``text[a:b]``: a "maar"-clause that names
    someone speaks about them ("…, maar niet met Apeldoorn"), not about the cue's fact.
    """
    if text[start:end].rstrip().rstrip("\"'”’)").endswith("?"):
        return False
    if cue_start < undecided_opening(text, start, end):
        return False  # "Wie X opvolgt als voorzitter, wordt in december besloten": not decided yet
    clause_start = start
    for boundary in _BOUNDARY.finditer(text, start, cue_start):
        if not _LIST_COMMA.match(text, boundary.start()):
            clause_start = boundary.end()
    before = text[clause_start:cue_end]
    if _NEGATION.search(before):
        return False
    if _HEDGE.search(text, cue_start, cue_end):
        return False  # "Zwolle sluit zich mogelijk later aan bij …": a hedge inside a split verb
    tail = _TAIL_BOUNDARY.search(text, cue_end, end)
    if _FINAL_NEGATION.search(text[cue_end:tail.start() if tail else end].rstrip(" \t\n.!?\"'”’)")):
        return False  # "Almere tekende de Green Deal niet.": the negation closes the main clause
    if _MODAL.search(text, clause_start, cue_start) and not _PRESUPPOSED.search(text[clause_start:cue_end]):
        return False
    if _fronted_before_modal(text, clause_start, cue_start, cue_end, end):
        return False  # "Samen met OCW en BZK willen we de steden verbinden": a wish, the modal is the finite verb
    if _conditional(text, clause_start, cue_start, cue_end, end):
        return False  # "Als Breda deelneemt aan de City Deal, …", "Ede doet mee, mits de raad instemt": a condition
    if _PROPOSAL.search(text, clause_start, cue_start):
        return False  # "Het idee om samen met de pijler Fysiek een taskforce op te richten, …"
    if _OM_CLAUSE.match(text, clause_start, cue_start) and not _TE_INFINITIVE.search(text, clause_start, cue_start):
        return False  # "(Wij vragen u:) 2. om samen met het ministerie van EZ te bezien …": a purpose or request
    if _IMPERATIVE.match(text, start, end):
        return False  # "Laat IenW dit programma trekken, in nauwe samenwerking met BZK": a request
    question_start = max(text.rfind(";", start, cue_start), text.rfind(":", start, cue_start), start)
    if _EMBEDDED_QUESTION.search(text, question_start, cue_start):
        return False  # "Venlo vraagt of de G40 samen met het IPO …": a question, not a fact
    clause_end = min([k for k in (text.find(c, cue_end, end) for c in ";:") if k >= 0] + [end])
    if _PREPARED.search(text, clause_start, clause_end):
        return False  # "gesprekken met het IPO worden voorbereid": a plan, no fact yet
    if _explored_after(text, cue_end, end):
        return False  # "Aanhaken bij afspraken met X verkennen": an action to explore, no fact yet
    if _BARE_COLLABORATION.fullmatch(text, clause_start, cue_end) is not None \
            and _PERMITTED.search(text, cue_end, clause_end) is not None:
        return False  # "Een samenwerking met Platform31 is toegestaan": allowed, not done
    if _ANNOUNCED.search(text, clause_start, cue_start) and (_TE_INFINITIVE.search(text, cue_end, clause_end)
                                                            or _TE_BEFORE.search(text, clause_start, cue_start)):
        return False  # "Aedes kondigt aan samen met de G40 een monitor te starten": still to come
    not_yet = _NOT_YET_CONFIRMED.search(text, cue_end, end)
    if not_yet is not None and not (mentions_in and mentions_in(not_yet.start("clause"), not_yet.end("clause"))):
        return False  # "…; de aansluiting is nog niet bevestigd": not a fact yet
    # a "maar" past a semicolon speaks of its own clause ("…; Gouda wil aansluiten, maar heeft nog geen besluit
    # genomen": not of the cue's), unless it opens that clause ("A tekende; maar niet voor lang"; round 56o)
    semicolon = text.find(";", cue_end, end)
    taken_back = _TAKEN_BACK.search(text, cue_end, end if semicolon < 0 or _MAAR_OPENS.match(text, semicolon + 1, end)
                                    else semicolon)
    if taken_back is not None and _WITHDRAWN.search(taken_back.group("clause")):
        named = mentions_in(taken_back.start("clause"), taken_back.end("clause")) if mentions_in else []
        if not named:
            return False
    return True
