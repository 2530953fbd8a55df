"""Actors named together who do not work together.

Dutch names towns, ministries and organisations side by side for many reasons besides a
partnership, and "samen" itself often means "in sum" or "alike". The rules of working together
(:mod:`graph.extract.collaboration`) ask these questions before they pair the actors:

* **each on their own**: a distributive word after the coordinated subject says each acts apart:
  "Leiden en Delft tekenden *elk* een convenant", "Zwolle en Deventer hebben *ieder een eigen*
  gezamenlijke aanpak met hun corporaties", "… werken *afzonderlijk* samen met de provincie" (not
  "elk jaar", a time);
* **together as a sum or a description**: "Breda en Tilburg zijn samen goed voor een derde van de
  bouw", "Emmen en Hoogeveen zijn samen de grootste steden van Drenthe", "Helmond, samen met
  Eindhoven de motor van de regio, …", "Dordrecht ligt samen met Zwijndrecht aan de Merwede";
* **counted among others**: "samen met" after a verb of being, having, standing or receiving, or
  before a participle of being chosen: "Zwolle is samen met Deventer *geselecteerd*", "Zwolle
  *ontvangt* samen met Deventer 5 miljoen", "Samen met Deventer *is* Zwolle een van de
  pilotgemeenten" (but "… heeft samen met Deventer een aanvraag *ingediend*" is a joint doing);
* **a shared thing of others**: "gezamenlijk" inside a prepositional phrase describes what the
  phrase names, not the subject's doing: "Zwolle en Deventer krijgen geld *uit het gezamenlijke
  fonds* van BZK en de VNG"; so do "de gezamenlijke G40-steden" (all of them) and "de gezamenlijke
  lobby van de G40" (another's);
* **another clause**: the coordinated subject must stand in the clause of the cue: "Zwolle en
  Deventer krijgen geld, en de VNG en BZK werken samen aan de regeling" pairs the VNG and BZK only;
* **a fronted subordinate clause**: "Omdat Deventer en Enschede al ervaring hebben, werkt Zwolle samen
  met Aedes": the actors of the clause before the comma are no subject of the main clause (Zwolle is);
* **a comparison**: an actor after "net als", "zoals", "evenals", "naast" or "anders dan" is
  compared, not the subject: "Net als Breda werkt Helmond samen met BZK" (Helmond works with BZK).

>>> each_on_their_own("Leiden en Delft tekenden elk een convenant.", 15, 40)
True
>>> each_on_their_own("Leiden en Delft werken elk jaar samen.", 15, 37)
False
>>> together_as_sum("Breda en Tilburg zijn samen goed voor een derde.", 22)
True
>>> clause_start("Zwolle krijgt geld, en de VNG en BZK werken samen.", 0, 43)
23
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["each_on_their_own", "together_as_sum", "shared_thing_in_phrase", "clause_start", "compared",
           "described_together", "fronted_description", "in_fronted_clause", "main_subject_after_clause"]


#: a distributive word: "elk", "ieder", "afzonderlijk", "elk voor zich", "(allebei|beide) een eigen"
#: (not "elk jaar", "iedere week": a time; not "elkaar": each other)
_EACH = re.compile(r"\b(?:elk|ieder|elke|iedere)\b(?!\s+(?:jaar|maand|week|kwartaal|keer|dag|half\s+jaar|voorjaar|najaar)\b)"
                   r"|\b(?:afzonderlijk|apart|los\s+van\s+elkaar)\b|\been\s+eigen\b", re.IGNORECASE)


def each_on_their_own(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (what follows a coordinated subject, up to the cue) says that each
    acts on its own: "elk", "ieder", "afzonderlijk", "een eigen"."""
    return _EACH.search(text, start, end) is not None


#: "samen" as a sum or a shared description: "samen goed voor", "samen ruim 200.000 inwoners", "samen
#: de grootste", "samen een derde"
_SUM_AFTER = re.compile(r"samen\s+(?:goed\s+voor|(?:ruim|bijna|ongeveer|circa|ca\.|zo'n|meer\s+dan|minder\s+dan)\s|\d"
                        r"|(?:de|het|een)\s+(?:grootste|kleinste|meeste|helft|derde|kwart|enige|belangrijkste)\b)",
                        re.IGNORECASE)


def together_as_sum(text: str, at: int) -> bool:
    """Whether the "samen" at offset ``at`` adds up or describes ("samen goed voor", "samen ruim
    20.000 inwoners", "samen de grootste steden") instead of naming a joint undertaking."""
    return _SUM_AFTER.match(text, at) is not None


#: "gezamenlijk" inside a prepositional phrase: "uit het gezamenlijke fonds", "namens de gezamenlijke"
_SHARED_IN_PHRASE = re.compile(r"\b(?:uit|van|in|aan|bij|via|voor|over|door|op|naar|tot|onder|binnen|namens|tussen|"
                               r"per|volgens|zoals)\s+(?:het|de|een|hun|haar|zijn)\s+(?:[a-zà-ÿ-]+\s+)?$", re.IGNORECASE)
#: "gezamenlijke" before a plural group: "de gezamenlijke G40-steden" are all of them, no joint doing
_ALL_OF_THEM = re.compile(r"gezamenlijke\s+(?:[\w-]*(?:gemeenten|steden|partijen|partners|leden|organisaties|"
                          r"ministeries|provincies|corporaties|instellingen))\b", re.IGNORECASE)


def shared_thing_in_phrase(text: str, start: int, at: int) -> bool:
    """Whether the "gezamenlijk(e)" at offset ``at`` stands in a prepositional phrase that opens after
    ``start`` ("uit het gezamenlijke fonds van BZK en de VNG": it describes the phrase's noun), names
    a plural group ("de gezamenlijke G40-steden": all of them) or a thing of another ("de gezamenlijke
    lobby van de G40")."""
    return _SHARED_IN_PHRASE.search(text, max(start, at - 40), at) is not None or _ALL_OF_THEM.match(text, at) is not None \
        or _OF_OTHERS.match(text, at) is not None


#: a joint thing that is named as another's: "de gezamenlijke lobby van de G40", "het gezamenlijke fonds van BZK"
#: (not "van beide steden", "van de twee gemeenten": the subject's own)
_OF_OTHERS = re.compile(r"gezamenlijke?\s+(?:[\w-]+\s+){1,2}?van\s+(?!beide\b|de\s+(?:twee|drie|vier|beide)\b|hun\b)"
                        r"(?:de\s+|het\s+)?(?-i:[A-Z])", re.IGNORECASE)


#: where a new clause with a subject of its own begins: ";", ", en", ", maar", "terwijl", "want"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:en|maar|terwijl|want|dus|of|en\s+ook)\s|\bterwijl\s", re.IGNORECASE)


def clause_start(text: str, start: int, cue: int) -> int:
    """The offset where the clause of the cue at ``cue`` begins: after the last clause break
    between ``start`` and ``cue``, else ``start``."""
    found = start
    for found_break in _CLAUSE_BREAK.finditer(text, start, cue):
        found = found_break.end()
    return found


#: a phrase of comparison right before an actor: "net als", "zoals", "evenals", "naast", "anders dan"
_COMPARISON = re.compile(r"\b(?:net\s+als|zoals|evenals|naast|anders\s+dan|in\s+tegenstelling\s+tot|behalve)\s+"
                         r"(?:(?:de|het)\s+)?(?:(?:gemeenten?|steden|provincies?|ministeries?\s+van)\s+)?"
                         r"(?:[\w-]+\s*(?:,|en)\s*(?:de\s+|het\s+)?)*$", re.IGNORECASE)


def compared(text: str, start: int, at: int) -> bool:
    """Whether the actor at offset ``at`` stands in a phrase of comparison that opens after ``start``
    ("Net als Breda en Tilburg werkt Helmond …"): it is compared, not the subject."""
    return _COMPARISON.search(text, max(start, at - 80), at) is not None


#: a verb of being, having, standing, scoring or receiving (or a passive auxiliary): with "samen met" it
#: describes or counts its subject among others ("ligt", "heeft", "staat", "krijgt", "werd")
_STATE_WORDS = (r"(?:ligt|liggen|lag|lagen|telt|tellen|behoort|behoren|hoort|horen|grenst|grenzen|staat|staan|stond|stonden|"
                r"scoort|scoren|scoorde|scoorden|eindigt|eindigen|eindigde|eindigden|ontvangt|ontvangen|ontving|ontvingen|"
                r"krijgt|krijgen|kreeg|kregen|wint|winnen|won|wonnen|is|zijn|was|waren|heeft|hebben|had|hadden|"
                r"wordt|worden|werd|werden)")
#: that verb right before "samen met" (a few adverbs between)
_STATE = re.compile(r"\b" + _STATE_WORDS + r"(?:\s+(?:al|ook|nu|nog|jaren|daarmee))*\s*,?\s*$", re.IGNORECASE)
#: that verb right after the partners of a fronted "Samen met X": "Samen met Deventer is Zwolle …"
_STATE_AFTER = re.compile(r"\s*,?\s*" + _STATE_WORDS + r"\b", re.IGNORECASE)
#: a noun phrase right after the partners of an aside: "(Helmond,) samen met Eindhoven de motor van …"
_NOUN_PHRASE_AFTER = re.compile(r"\s+(?:de|het|een)\s", re.IGNORECASE)
#: what closes a clause as a doing after its object: a participle ("opgesteld", "ingediend", "ontwikkeld",
#: "vormgegeven") or a phrase of activity ("aan de slag", "bezig", "in gesprek")
_DOING = re.compile(r"\b(?:ge(?!(?:meenten|bieden|bouwen|volgen|sprekken|zinnen|gevens)\b)[a-zà-ÿ]{2,}(?:d|t|en)|(?:op|aan|in|uit|af|mee|samen|vast|voor|door|over|bij|vorm|na|toe|neer|weg|terug)ge[a-zà-ÿ]{2,}(?:d|t|en)|"
                    r"(?:be|ver|ont|her|er)[a-zà-ÿ]{3,}(?:d|t)|aan\s+de\s+slag|bezig|in\s+gesprek)\b", re.IGNORECASE)
#: participles of being chosen or given, which name no joint doing: "(is samen met X) geselecteerd", "gekregen"
_CHOSEN = frozenset({"geselecteerd", "gekozen", "aangewezen", "genomineerd", "uitgenodigd", "toegevoegd", "benoemd",
                     "bekroond", "beloond", "gehonoreerd", "erkend", "uitgeroepen", "opgenomen", "toegelaten", "gekregen",
                     "ontvangen", "gewonnen", "gerangschikt", "genoemd", "vermeld", "verkozen", "beoordeeld"})


def _only_chosen(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no doing but a participle of being chosen or given (or none)."""
    return all(m.group().lower() in _CHOSEN for m in _DOING.finditer(text, start, end))


#: the subject counted among others by a copula: "(Almelo) is een van de vier pilotgemeenten van X, (samen met …)" (58r)
_ONE_OF = re.compile(r"\s+(?:is|was|wordt|werd|blijft)\s+(?:ook\s+)?(?:één|een)\s+van\s+de\s+[^,;:]*,?\s*$", re.IGNORECASE)


def described_together(text: str, subject_end: int, cue: int, partners_end: int, clause_end: int) -> bool:
    """Whether a "samen met" at ``cue`` describes its subject together with its partners, or counts it
    among them, instead of naming a joint undertaking: after a verb of being, having, standing or
    receiving ("Dordrecht ligt samen met Zwijndrecht aan de Merwede", "Breda heeft, samen met Tilburg,
    de meeste inwoners", "Zwolle ontvangt samen met Deventer 5 miljoen") when no participle of a
    doing closes the clause ("Zwolle is samen met Deventer geselecteerd" is chosen, no doing), or in an
    aside after the subject that goes on with a noun phrase ("Helmond, samen met Eindhoven de motor
    van de regio, investeert …").

    >>> t = "Helmond, samen met Eindhoven de motor van de regio, groeit."
    >>> described_together(t, 7, 9, 28, len(t))
    True
    >>> t = "Breda heeft samen met Tilburg een plan opgesteld."
    >>> described_together(t, 5, 12, 29, len(t))
    False
    >>> t = "Zwolle is samen met Deventer geselecteerd."
    >>> described_together(t, 6, 10, 28, len(t))
    True
    >>> t = "Almelo is een van de pilotgemeenten van X, samen met Ede."
    >>> described_together(t, 6, 43, 56, len(t))
    True
    """
    if re.fullmatch(r"\s*,\s*", text[subject_end:cue]):  # an aside right after the subject
        return _NOUN_PHRASE_AFTER.match(text, partners_end, clause_end) is not None
    if _ONE_OF.match(text, subject_end, cue) is not None:  # "Almelo is een van de pilotgemeenten van X, samen met Ede"
        return _only_chosen(text, partners_end, clause_end)
    if _STATE.search(text, subject_end, cue) is None:
        return False
    return _only_chosen(text, partners_end, clause_end)


def fronted_description(text: str, partners_end: int, clause_end: int) -> bool:
    """Whether a sentence that opens with "Samen met <partners>" goes on with a verb of being, having
    or receiving and no doing: "Samen met Deventer is Zwolle een van de pilotgemeenten", "Samen met
    Deventer heeft Zwolle de meeste inwoners" (not "Samen met Deventer heeft Zwolle een plan opgesteld").

    >>> t = "Samen met Deventer is Zwolle een van de pilotgemeenten."
    >>> fronted_description(t, 18, len(t))
    True
    """
    verb = _STATE_AFTER.match(text, partners_end, clause_end)
    return verb is not None and _only_chosen(text, verb.end(), clause_end)


#: a subordinate clause that opens the sentence, up to its comma: "Omdat Deventer al ervaring heeft, "
_FRONTED_CLAUSE = re.compile(r"\s*(?:[-*•]\s*)?(?:Omdat|Doordat|Nadat|Hoewel|Terwijl|Toen|Zodra|Als|Wanneer|Voordat|Zodat|Nu)\s"
                             r"[^,;:.]*,")


#: the finite verb (and an adverb) between a fronted clause's comma and the main clause's subject
_VERB_BEFORE_SUBJECT = re.compile(r"\s*[a-zà-ÿ]+\s+(?:(?:nu|ook|al|daarom|dan)\s+)?(?:de\s+|het\s+)?(?:gemeente\s+)?")


def main_subject_after_clause(ctx: DocContext, sentence: Sentence, cue: int) -> Mention | None:
    """The subject of the main clause after a fronted subordinate clause, before the cue at ``cue``:
    the actor right after the clause's comma and the finite verb ("Omdat Deventer al ervaring heeft,
    werkt Zwolle samen met Aedes" → Zwolle); None when the sentence opens otherwise or names none there."""
    clause = _FRONTED_CLAUSE.match(ctx.text, ctx.content_start(sentence), cue)
    if clause is None:
        return None
    actors = [m for m in ctx.in_span(clause.end(), cue) if m.type in ACTORS]
    if not actors or not _VERB_BEFORE_SUBJECT.fullmatch(ctx.text, clause.end(), actors[0].start):
        return None
    return actors[0]


def in_fronted_clause(text: str, start: int, at: int, cue: int) -> bool:
    """Whether offset ``at`` lies in a subordinate clause that opens the sentence at ``start`` and
    ends before the cue at ``cue``: "Omdat Deventer al ervaring heeft, werkt Zwolle samen met Aedes".

    >>> t = "Omdat Deventer al ervaring heeft, werkt Zwolle samen met Aedes."
    >>> in_fronted_clause(t, 0, 6, t.index("samen")), in_fronted_clause(t, 0, t.index("Zwolle"), t.index("samen"))
    (True, False)
    """
    clause = _FRONTED_CLAUSE.match(text, start, cue)
    return clause is not None and at < clause.end()
