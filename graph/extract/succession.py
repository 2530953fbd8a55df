"""Who succeeded whom, and the roles passed on with it: the ``succeeded`` predicate.

==========================================================  ======================================
cue                                                         example
==========================================================  ======================================
"eerst was dat X, later Y"                                  Y succeeded X (and the role before)
"Y volgt X op", "X wordt opgevolgd door Y", "Y vervangt X",  Y succeeded X
"Y ter vervanging van X", "Y, als opvolger van (de heer) X"
"Zij wordt opgevolgd door Y", "Haar taak is overgenomen     Y succeeded the person named before
door Y", "Haar opvolger is Y", "Zij volgt X op"              (a pronoun, or "Zij" once more)
"Haar voorganger X gaat met pensioen"                       the person named before succeeded X
"X was vicevoorzitter; haar taak is overgenomen door Y"     in a later clause of the same sentence
"Per 1 mei volgt Y (Breda) X op"                            the verb before both names
==========================================================  ======================================

A successor takes over the roles the one succeeded held of a unit, programme or organisation, from
the day after they left (:mod:`.passed_on_roles`); "volgt in die functie X op" gives X the
successor's role, in the past. A succession in a later or relative clause of the sentence is read
by :mod:`.succession_clauses`, an office taken over or handed on ("Y nam het trekkerschap over van
X") by :mod:`.office_handover`; the words they share are in :mod:`.succession_words`.

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Per 1 mei volgt Anna Kroes (Breda) Bram Wit op.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
[('Anna Kroes', 'Bram Wit')]
"""

from __future__ import annotations

import re

from .antecedents import portrayed, subject_antecedent
from .context import DocContext
from .model import Mention, Sentence
from .office_handover import fronted_pronoun_person, handed_over, plural_pronoun, took_over_after_departure, took_over_from, took_over_from_holder
from .passed_on_roles import PASSED_ON, add_succession, share_role_back
from .possessive_succession import possessive_succession
from .declined_posts import declined_post
from .fronted_perfect_succession import fronted_perfect_succession
from .semicolon_successors import semicolon_successor
from .clause_pronoun_successors import pronoun_follows_back
from .pronoun_succeeded import pronoun_succeeded
from .roles import role_of, role_pattern
from .succession_clauses import (as_successor_of, handover_in_clause, inverted_passive_in_clause, led_before,
                                 pronoun_follows_in_clause, pronoun_replaces_in_clause, subject_follows_in_clause,
                                 took_the_place)
from .succession_words import WHEN_HANDED, DESCRIBED, TASK, TITLED, after_home, inverted_gap

__all__ = ["find_succession"]

#: what is taken over: "het stokje", "het" alone (the office the passage is about), or a task named with
#: an article: "de taken", "deze rol", "haar werkzaamheden" ("Zij neemt de taken over van X")
_HANDED = r"(?:het\s+(?:stokje\s+)?|(?:de|het|die|deze|zijn|haar)\s+" + TASK + r"\s+)"
#: "Zij neemt het stokje over van X", "Hij neemt deze rol over van (de Goudse wethouder) X"
_PRONOUN_TAKES_OVER = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:neemt|nam)\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}?" + _HANDED + WHEN_HANDED
                                 + r"over\s+van\s+"
                                 + DESCRIBED)
#: a succession only possible: "wordt misschien opgevolgd door"
_MAYBE = r"(?:mogelijk|eventueel|wellicht|misschien|waarschijnlijk)\b"
_FIRST_LATER = re.compile(r"\beerst\s+(?:was\s+(?:dat|het)\s+|was\s+)?$", re.IGNORECASE)
#: "(Y is) (sinds 1 februari 2026) de (nieuwe) opvolger van (de vorige DG,) (mevrouw) X": the words between the verb
#: and X; the one succeeded may be described first by the office held before ("de vorige DG, X"; round 60r)
_SUCCESSOR_OF = (r"(?:(?:(?:per|sinds|vanaf)\s+(?:\d{1,2}\s+)?\S+(?:\s+\d{4})?|de|als|nieuwe)\s+){0,3}(?:opvolger|opvolgster)\s+van\s+"
                 r"(?:de\s+(?:vorige|voormalige|toenmalige|vertrokken|vertrekkende)\s+[\w.-]+(?:\s+[\w.-]+)?\s*,\s*)?"
                 r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?$")
_SUCCESSION = (
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*|,[^,;()]{0,80},\s*)?(?:volgt|volgde|volgen)\s+(?:\w+\s+){0,5}?"
                r"(?:(?:zijn|haar)\s+(?:[A-Z][\w'-]*(?:se|er)\s+)?(?:voorganger|voorgangster)\s+)?"
                r"(?:(?:de\s+heer|mevrouw)\s+)?$"),  # "volgt op 1 maart 2025 de heer X op" (round 60s)
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?op\b"), "forward"),  # Y volgt (op 1 mei zijn Bredase voorganger) X op
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*|,[^,;()]{1,80},\s*)?(?:wordt|werd|is|was)\s+(?:(?:per|vanaf|sinds|op|in)\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{4})?\s+|"
                r"(?:(?!niet\b|geen\b|nooit\b|" + _MAYBE + r")[a-z0-9][\w-]*\s+){1,4}?)?"  # "werd na de zomer opgevolgd door"
                r"(?:als\s+[^,;:()]{1,80}?\s+)?opgevolgd\s+(?:als\s+[^,;:()]{1,60}?\s+)?door\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}$"),
     None, "backward"),  # "X(, voorzitter van de pijler,) wordt (per 1 mei) (als voorzitter van de pijler) opgevolgd door Y"
    # "Y neemt het stokje over van X", and "het" alone for the office the passage is about: "Hij neemt het over van X"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*|,[^,;()]{1,80},\s*)?(?:neemt|nam)\s+(?:(?!niet\b|geen\b)\w+\s+){0,5}?" + _HANDED + WHEN_HANDED
                + r"over\s+van\s+$",
                re.IGNORECASE), None, "forward"),
    (re.compile(r"^\s*,?\s*(?:ter\s+vervanging\s+van|(?:de\s+)?opvolger\s+van|als\s+opvolger\s+van)\s+$", re.IGNORECASE),
     None, "forward"),
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:vervangt|verving)\s+$", re.IGNORECASE), None, "forward"),  # Y vervangt X
    # "Y is (de nieuwe) opvolger van X", "Y werd als opvolger van X benoemd"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:is|was|wordt|werd)\s+" + _SUCCESSOR_OF, re.IGNORECASE), None, "forward"),
    # a relative clause of the one succeeded, the passive last: "X, die (de portefeuille beheerde van 2018 tot juni 2022
    # en) (toen) werd opgevolgd door Y" (round 60r)
    (re.compile(r"^\s*,\s*die\s+(?:(?:(?!\b(?:niet|nooit|geen)\b)[^,;()]){1,120}?\s+en\s+)?"
                r"(?:(?:toen|daarna|later|vervolgens|(?:in|per|op|sinds)\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{4})?)\s+)?"
                r"(?:werd|wordt|is)\s+(?:(?:toen|daarna|later|vervolgens|(?:in|per|op)\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{4})?)\s+)?"
                r"opgevolgd\s+door\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}$"), None, "backward"),
    # "Y neemt de plaats in van X"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:neemt|nam)\s+(?:\w+\s+){0,3}?(?:de|zijn|haar)\s+plaats\s+in\s+van\s+$",
                re.IGNORECASE), None, "forward"),
    # a relative clause ("heet Y welkom, die …"): "Y, die (namens Almere) de plaats inneemt van X", "…, die het stokje overneemt van X"
    # (after an apposition that describes Y: "Y, secretaris van de pijler, die de rol in mei overnam van X")
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:welkom\s*|,[^,;()]{1,80}(?:\([^()]{0,40}\))?)?,\s*die\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,4}?"
                r"(?:(?:de|zijn|haar)\s+plaats\s+(?:inneemt|innam|heeft\s+ingenomen)|"
                r"het\s+stokje\s+(?:overneemt|overnam|heeft\s+overgenomen)|"
                r"(?:de|die|deze|zijn|haar)\s+" + TASK + r"\s+" + WHEN_HANDED  # "…, die deze taak op 1 april heeft overgenomen van X"
                + r"(?:overneemt|overnam|heeft\s+overgenomen))\s+van\s+$", re.IGNORECASE), None, "forward"),
    # the verb last in a relative clause: "Y, die (per 1 mei) X vervangt"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:welkom\s*)?,\s*die\s+(?:(?:per|sinds|vanaf|in|namens)\s+[\w ]{1,25}?\s+)?$", re.IGNORECASE),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:vervangt|verving|heeft\s+vervangen)\b", re.IGNORECASE), "forward"),
    # the perfect: "Y heeft/is X (in 2023) opgevolgd"
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:heeft|had|is|was)\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}?$", re.IGNORECASE),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|in|sinds|vanaf|op)\s+[\w ]{1,25}?\s+)?"
                r"(?:als\s+\w+\s+)?opgevolgd\b(?!\s+door\b)", re.IGNORECASE), "forward"),
    # the verb last, in a relative or subordinate clause: "Y, die X (per 1 mei) opvolgt, …", and after an
    # apposition that describes Y and a time or "in die rol": "Y, wethouder in Ede, die in die rol X opvolgde"
    # (a day before the one succeeded and a courtesy title: "X, die per 1 januari 2025 de heer Y opvolgde"; 60r)
    (re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;()]{1,80})?,\s*die\s+"
                r"(?:(?:per|sinds|vanaf|in|op)\s+(?:die|deze|dezelfde)\s+(?:functie|rol|hoedanigheid)\s+|"
                r"(?:per|sinds|vanaf|in|op)\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+)?"
                r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?$", re.IGNORECASE),
     re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|in|sinds|vanaf|op)\s+[\w ]{1,25}?\s+)?"
                r"(?:als\s+\w+\s+)?(?:opvolgt|opvolgde|heeft\s+opgevolgd)\b", re.IGNORECASE), "forward"),
)
#: a handover with a fronted time, the pronoun after the verb: "In 2018 droeg hij het trekkerschap (over aan Y)"
_FRONTED_HANDOVER = re.compile(r"(?:In|Per|Sinds|Vanaf|Op|Na)\s+[^,;:()]{1,30}?\s+(?:draagt|droeg)\s+(?:hij|zij|ze)\s+"
                               r"(?:het|dat|die|deze|zijn|haar)\s+" + TASK)
#: the task of the person named before: "Haar taak", "Zijn rol", and "Die rol" / "Deze functie"
_POSSESSIVE_OPENING = re.compile(r"\s*(?:Zijn|Haar|(?:Die|Deze)\s+" + TASK + r")\s")
#: a pronoun subject ("Zij …") and the person after: who succeeded whom
_PRONOUN_SUCCESSION = (
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:wordt|werd|is)\s+(?:\w+\s+){0,6}?opgevolgd\s+(?:als\s+[^,;:()]{1,60}?\s+)?door\s+"), "backward"),
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:vervangt|verving)\s+(?:\w+\s+){0,2}?"), "forward"),
    # "Haar rol (als trekker van de themagroep X) wordt overgenomen door Y"
    (re.compile(r"\s*(?:Zijn|Haar|Die|Deze)\s+" + TASK + r"\s+(?:als\s+[^,;:.()]{1,90}?\s+|"
                r"[A-Z][\w-]*(?:\s+(?:en\s+)?[A-Z][\w-]*){0,3}\s+|"  # "Zijn portefeuille Economie (en Werk) is …"
                r"(?:in|binnen|bij)\s+(?:de|het)\s+[^,;:.()]{1,60}?\s+)?"  # "Haar rol in de pijler wordt …"
                r"(?:wordt|werd|is|worden|werden|zijn)\s+(?:\w+\s+){0,3}?(?:overgenomen|ingenomen)\s+door\s+"
                r"(?:(?:de\s+)?(?:[A-Z][\w'-]*(?:se|er)\s+)?[a-z][\w-]*\s+)?"), "backward"),  # "door (de Goudse) wethouder Y"
    # "Haar opvolger (als wethouder Economie in Ede) is Y"
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:opvolger|opvolgster)\s+(?:als\s+[^,;:.()]{1,90}?\s+)?(?:is|wordt|was|werd)\s+"
                r"(?:\w+\s+){0,2}?"), "backward"),
    # "Hij is sinds 1 februari 2026 de opvolger van mevrouw X" (round 60r)
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:is|was|wordt|werd)\s+" + _SUCCESSOR_OF), "forward"),
    # "Zijn opvolger, Y, is …", "Haar opvolger als plaatsvervangend directeur PDV, Y, is benoemd" (round 54d)
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:opvolger|opvolgster)(?:\s+als\s+[^,;:.()]{1,90}?)?,\s*"), "backward"),
    # "Haar voorganger Henk Brouwer gaat met pensioen", "Zijn voorganger was X": the one named before succeeded X
    (re.compile(r"\s*(?:Zijn|Haar)\s+(?:voorganger|voorgangster)\s+(?:(?:is|was)\s+)?(?:(?:de\s+heer|mevrouw|burgemeester|wethouder)\s+)?"),
     "forward"),
    # "Hij heeft dat stokje (in maart) overgedragen aan Y", "Zij droeg haar taken over aan Y"
    (re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:(?:heeft|had|draagt|droeg)\s+)?(?:\w+\s+){0,3}?(?:het|dat|die|deze|zijn|haar)\s+"
                + TASK + r"\s+(?:[\w-]+\s+){0,3}?(?:overgedragen\s+aan|over\s+aan)\s+" + DESCRIBED), "backward"),
    # the same after a fronted time (see _FRONTED_HANDOVER)
    (re.compile(r"\s*" + _FRONTED_HANDOVER.pattern + r"\s+(?:[\w-]+\s+){0,3}?over\s+aan\s+" + DESCRIBED), "backward"),
)
#: "Zij volgt …", "Hij is sinds mei directeur bij EZK en volgt in die functie …" (before the one succeeded)
#: a singular pronoun opening the sentence
_PRONOUN_OPENS = re.compile(r"\s*(?:Hij|Zij|Ze)\s")
#: "Zij volgde in die functie haar Deventer collega prof. X op": a description and titles before the one succeeded
_PRONOUN_FOLLOWS = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:[^,;]*?\ben\s+)?(?:volgt|volgde)\s+(?:(?!van\b)\w+\s+){0,5}?"
                              r"(?:(?:haar|zijn)\s+(?:[A-Z][\w'-]*\s+)?[a-z][\w-]*\s+)?" + TITLED)
#: the particle of "volgt X op" that closes the verb, not "op de voet" ("volgt het werk van X op de voet")
_PARTICLE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?op\b(?!\s+de\s+voet\b)")
#: the successor's role is the one succeeded's: "volgt in die functie X op", "als opvolger van X"
_IN_THAT_ROLE = re.compile(r"\bin\s+(?:die|deze|dezelfde)\s+(?:functie|rol|hoedanigheid)\b", re.IGNORECASE)
#: the passive's participle right after an apposition that names the one succeeded: "…, X, opgevolgd door"
_APPOSITION_PASSIVE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*opgevolgd\s+door\s+(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}")
#: its auxiliary before the apposition: "Per 1 mei wordt de voorzitter …"
_PASSIVE_BEFORE = re.compile(r"\b(?:wordt|werd|is)\s+(?:de|het)\s+[^,;]{1,80},\s*$")
#: "Per 1 november volgt A (Breda) B op": the finite verb before both names, after an opening adverbial
#: (an office or courtesy title may stand before each name: "Per 1 juli volgt wethouder A (Ede) wethouder B op")
_OFFICE_TITLE = r"(?:(?:wethouder|burgemeester|gedeputeerde|minister|staatssecretaris|de\s+heer|mevrouw)\s+)?"
_VERB_BEFORE_BOTH = re.compile(r"\b(?:volgt|volgde)\s+" + _OFFICE_TITLE + "$", re.IGNORECASE)
#: what stands between the two names of "volgt A (Ede) wethouder B op": a bracket, then a title
_BETWEEN_BOTH = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?" + _OFFICE_TITLE)


#: the passive with the pronoun after a fronted time: "Per 1 mei wordt zij (daar) (als trekker) opgevolgd door"
_INVERTED_PRONOUN_PASSIVE = re.compile(r"\s*(?:Per|Vanaf|Sinds|Op|In|Met\s+ingang\s+van|(?<=;\s)(?:per|vanaf|sinds|op|in))\s+[^,;:()]{1,30}?\s+(?:wordt|werd|is)\s+"
                                       r"(?:hij|zij|ze)\s+(?:(?:daar|daarin|hierin|ook)\s+)?(?:als\s+[^,;:()]{1,80}?\s+)?opgevolgd\s+(?:als\s+[^,;:()]{1,60}?\s+)?door\s+"
                                       r"(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}")


def _inverted_pronoun_referent(ctx: DocContext, sentence: Sentence, first: Mention) -> Mention | None:
    """The person a pronoun after a fronted time and the verb stands for, when the sentence says they
    are succeeded by ``first``: "X is voorzitter. Per 1 mei wordt zij opgevolgd door Y" (X, the last
    person of the sentence before).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok is trekker van de themagroep Wonen. Per 1 mei 2024 wordt zij opgevolgd door Jan de Wit."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Jan de Wit', 'Eva Kok')]
    """
    if not _INVERTED_PRONOUN_PASSIVE.fullmatch(ctx.text, sentence.start, first.start):
        return None
    previous = ctx.previous_sentence(sentence)
    named = [m for m in ctx.in_sentence(previous) if m.type == "Person"] if previous is not None else []
    return named[-1] if named else None


def _clause_role_referent(ctx: DocContext, sentence: Sentence, first: Mention) -> tuple[Mention, str] | None:
    """The person a pronoun after a semicolon, a fronted phrase and the verb stands for, with the role the clause
    before the semicolon gives them, when the clause after says they are succeeded by ``first``: "Van 2018 tot 2022
    was zij voorzitter van de pijler; in die rol werd zij opgevolgd door Y" (the one role of the clause before, held
    by one person named before the sentence; round 58s).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = ("Eva Kok werkte bij UWV. Van 2018 tot 2022 was zij voorzitter van de Pijler Wonen; in die rol werd zij "
    ...         "opgevolgd door Jan de Wit.")
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.subject.text == "Jan de Wit")
    [('Jan de Wit', 'hasRole', 'Pijler Wonen'), ('Jan de Wit', 'succeeded', 'Eva Kok')]
    """
    semicolon = ctx.text.rfind(";", sentence.start, first.start)
    if semicolon < 0 or not _INVERTED_PRONOUN_PASSIVE.fullmatch(ctx.text, semicolon + 1, first.start):
        return None
    held = [r for r in ctx.relations.stated_at(sentence.start)
            if r.predicate == "hasRole" and r.subject.start < sentence.start and r.evidence_start <= semicolon]
    if len({r.subject.label for r in held}) != 1 or len({r.role for r in held}) != 1 \
            or any(m.type == "Person" for m in ctx.in_span(sentence.start, semicolon)):
        return None
    return held[0].subject, held[0].role


#: the role a task is named by: "Haar rol als trekker van de themagroep X"
_TASK_AS = re.compile(r"\s*(?:Zijn|Haar|Die|Deze)\s+" + TASK + r"\s+als\s+")


def _task_as_role(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention, before: int) -> None:
    """"Haar rol als trekker van de themagroep Wonen wordt overgenomen door Y": Y is trekker of the
    unit now, the one succeeded was before.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Eva Kok vertrekt. Haar rol als trekker van de themagroep Wonen wordt overgenomen door Jan de Wit."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.role, r.past) for r in ex.relations if r.predicate == "hasRole")
    [('Eva Kok', 'trekker', True), ('Jan de Wit', 'trekker', False)]
    """
    match = _TASK_AS.match(ctx.text, sentence.start, before)
    named = role_pattern().match(ctx.text, match.end()) if match else None
    role = role_of(named.group(0)) if named else None
    of = re.match(r"\s+van\s+(?:de|het)\s+", ctx.text[named.end():before]) if role else None
    if of is None:
        return
    # the unit right after "van de" (its mention may hold the article)
    holder = next((m for m in ctx.in_span(named.end(), before)
                   if m.type in PASSED_ON and m.start <= named.end() + of.end()), None)
    if holder is None:
        return
    ctx.add(new, "hasRole", holder, sentence, "succession.rol-als", 0.7, role=role.label, stated_at=new.start)
    ctx.add(old, "hasRole", holder, sentence, "succession.rol-als", 0.65, role=role.label, past=True,
            stated_at=match.start())




#: the office an opening names after "als": "Haar opvolger als coördinator is Y", "Haar rol als trekker … wordt
#: overgenomen door Y"
_AS_OFFICE = re.compile(r"\bals\s+")


def _office_named_as(opening: str):
    """The known role an opening names after "als", which is the one that passes on ("Haar opvolger als
    coördinator is Y": not the other roles the one succeeded held; walkthrough 29, finding 2); None without one.

    >>> _office_named_as("Haar opvolger als coördinator is ").label, _office_named_as("Haar opvolger is ")
    ('coördinator', None)
    """
    match = _AS_OFFICE.search(opening)
    named = role_pattern().match(opening, match.end()) if match is not None else None
    return role_of(named.group(0)) if named is not None else None


#: a possessive successor opening the sentence: "Zijn/Haar opvolger(ster) (als …) is/wordt"
_HIS_SUCCESSOR = re.compile(r"\s*(?:Zijn|Haar)\s+(?:opvolger|opvolgster)\s")


#: the office a possessive successor takes, in a town: "Zijn opvolger als wethouder (Economie) in/van "
_SUCCESSOR_OFFICE = re.compile(r"\s*(?:Zijn|Haar)\s+(?:opvolger|opvolgster)\s+als\s+(?P<role>[\w-]+)\s+(?:[^,;:()]{0,60}?\s)?(?:in|van)\s+"
                               r"(?:de\s+gemeente\s+)?")


def _successor_office(ctx: DocContext, sentence: Sentence, new: Mention) -> None:
    """"Zijn opvolger als wethouder Economie in Alphen aan den Rijn is Y": Y holds that office in that town."""
    match = _SUCCESSOR_OFFICE.match(ctx.text, sentence.start, new.start)
    role = role_of(match.group("role")) if match else None
    place = next((m for m in ctx.in_span(match.end(), new.start) if m.start == match.end()), None) if match else None
    if role is not None and place is not None and place.type.lower() == role.scope:
        ctx.add(new, "hasRole", place, sentence, "relations.opvolger-ambt", 0.7, role=role.label)


def _pronoun_role_holder(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """Whom the "Hij"/"Zij" opening ``sentence`` stands for when the sentence before (same paragraph) opens with
    that pronoun too and a role was found for it there: "Sinds 2022 is hij voorzitter van de vereniging. Hij werd
    bij zijn pensionering als directeur opgevolgd door Y" after a sentence about something else that broke the
    chain of pronouns ("Onder zijn leiding sloot X …"; round 55d). The holder is named before that sentence."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start] \
            or not _PRONOUN_INSIDE.match(ctx.text, ctx.content_start(previous), previous.end):
        return None
    held = {r.subject.label: r.subject for r in ctx.relations if r.predicate == "hasRole" and r.subject.type == "Person"
            and previous.start <= r.evidence_start < previous.end and r.subject.end <= previous.start}
    return next(iter(held.values())) if len(held) == 1 else None


#: a sentence whose subject is a pronoun, first or after a fronted time: "Hij is …", "Sinds 2022 is hij …"
_PRONOUN_INSIDE = re.compile(r"\s*(?:(?:Hij|Zij|Ze)\s|[^,;.]{0,40}?\b(?:is|was|werd|wordt)\s+(?:hij|zij|ze)\s)")


def _role_holder_in(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The person a role was found for in ``sentence`` (the last such), for "Die rol …" after
    "De afgelopen jaren was zij vicevoorzitter van de pijler." where the pronoun is not first.

    Examples
    --------
    (see tests/test_extract_round8.py::test_that_role_taken_over_is_the_role_of_the_sentence_before)
    """
    held = [r.subject for r in ctx.relations if r.predicate == "hasRole" and r.subject.type == "Person"
            and sentence.start <= r.evidence_start < sentence.end]
    return held[-1] if held else None


def find_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the succession facts ``sentence`` states (its ``mentions`` given)."""
    text = ctx.text
    persons = [m for m in mentions if m.type == "Person"]
    pronoun = ctx.pronoun_person(sentence)
    if pronoun is None and persons and _PRONOUN_OPENS.match(text, sentence.start, sentence.end):
        # "X is wethouder. Sinds 2024 is zij trekker. Zij volgde daarin Y op": whom the sentence before's pronoun is
        pronoun = subject_antecedent(ctx, sentence) or _pronoun_role_holder(ctx, sentence)
    if pronoun is not None and persons:
        # "Zij volgt Hans Kootstra op", "Hij volgde in mei X op als trekker"
        opening = text[sentence.start:persons[0].start]
        # "Zij neemt het stokje over van X", "Hij neemt het over van X" (the office the passage is about)
        handover = _PRONOUN_TAKES_OVER.fullmatch(opening)
        if handover or _PRONOUN_FOLLOWS.fullmatch(opening) and \
                _PARTICLE.match(text, after_home(ctx, sentence, persons[0]), sentence.end):
            add_succession(ctx, sentence, pronoun, persons[0], 0.7)
            if _IN_THAT_ROLE.search(opening):
                share_role_back(ctx, sentence, pronoun, persons[0])
            as_role = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?op\s+als\s+", text[after_home(ctx, sentence, persons[0]):sentence.end])
            if as_role:
                role_match = role_pattern().match(text, persons[0].end + as_role.end())
                role = role_of(role_match.group(0)) if role_match else None
                holder = ctx.context_unit(sentence.start)
                if role is not None and holder is not None:
                    ctx.add(persons[0], "hasRole", holder, sentence, "relations.opvolging", 0.65, role=role.label,
                            past=True)
                    ctx.add(pronoun, "hasRole", holder, sentence, "relations.opvolging", 0.65, role=role.label)
    referent = pronoun
    clause_role = _clause_role_referent(ctx, sentence, persons[0]) if referent is None and persons and ";" in sentence.text \
        else None
    if clause_role is not None:  # "…; in die rol werd zij opgevolgd door Y": that role passes on (round 58s)
        add_succession(ctx, sentence, persons[0], clause_role[0], 0.75, only_role=clause_role[1])
    elif referent is None and persons:
        referent = _inverted_pronoun_referent(ctx, sentence, persons[0])  # "Per 1 mei wordt zij opgevolgd door Y"
        if referent is not None:
            add_succession(ctx, sentence, persons[0], referent, 0.75)
            referent = None
    if referent is None and _POSSESSIVE_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + 40)):
        previous = ctx.previous_sentence(sentence)  # "Haar taak is overgenomen door X": whose, said before
        named = [m for m in ctx.in_sentence(previous) if m.type == "Person"] if previous is not None else []
        # "Zij is gedeputeerde geworden. Haar rol is overgenomen door Y": "Zij" names the one before
        referent = named[-1] if named else ctx.pronoun_person(previous) if previous is not None else None
        if referent is None and previous is not None:
            referent = _role_holder_in(ctx, previous)  # "… was zij vicevoorzitter. Die rol wordt overgenomen door Y"
        if referent is None and _HIS_SUCCESSOR.match(text, sentence.start, sentence.end):
            referent = portrayed(ctx)  # a farewell piece: "Zijn opvolger als wethouder … is Y" is its subject's
        if referent is not None and persons:
            _successor_office(ctx, sentence, persons[0])  # "… als wethouder Economie in Alphen aan den Rijn is Y"
    if referent is None and persons and _FRONTED_HANDOVER.match(text, ctx.content_start(sentence), sentence.end):
        referent = subject_antecedent(ctx, sentence)  # "In 2018 droeg hij het trekkerschap over aan Y": whom "hij" is
        if referent is None:
            referent = portrayed(ctx)  # an obituary or a portrait: "hij", far from the name, is its subject
    if referent is not None and persons:
        opening = text[sentence.start:persons[0].start]
        for pattern, direction in _PRONOUN_SUCCESSION:
            if pattern.fullmatch(opening) and ctx.asserted(sentence, sentence.start, persons[0].start):
                new, old = (referent, persons[0]) if direction == "forward" else (persons[0], referent)
                # "droeg hij het voorzitterschap over aan Y": only that office passes on, not all X held
                office = re.search(r"\b(\w+)schap\b", opening)
                passed = role_of(office.group(1)) if office is not None else _office_named_as(opening)
                add_succession(ctx, sentence, new, old, 0.75, only_role=passed.label if passed is not None else None)
                _task_as_role(ctx, sentence, new, old, persons[0].start)
                break
    if persons and ("schap" in sentence.text or "leiding" in sentence.text or "management" in sentence.text
                    or "overne" in sentence.text or "overnam" in sentence.text):
        # "Per 1 april neemt zij het trekkerschap over van X": the pronoun after a fronted time
        for successor in plural_pronoun(ctx, sentence) or [pronoun or fronted_pronoun_person(ctx, sentence)]:
            took_over_from(ctx, sentence, persons, successor)
    if " op" in sentence.text and ("haar" in sentence.text or "hem" in sentence.text):
        pronoun_succeeded(ctx, sentence, persons)  # "De voorzitter treedt per 1 juli terug. Y volgt haar op"
    if persons and "opgevolgd" in sentence.text and "opgevolgd door" not in sentence.text:
        fronted_perfect_succession(ctx, sentence, persons)  # "Per 1 januari is zij X opgevolgd als voorzitter"
    if persons and " aan als " in sentence.text:
        declined_post(ctx, sentence, persons)  # "Zij blijft niet aan als trekker; haar opvolger is Y" (walkthrough 26)
    if len(persons) > 1 and ";" in sentence.text and "opgevolgd door" in sentence.text:
        semicolon_successor(ctx, sentence, persons)  # "Contactpersoon was tot 1 mei X; per 1 mei is zij opgevolgd door Y"
    if persons and ("Zijn " in sentence.text[:12] or "Haar " in sentence.text[:12]):
        possessive_succession(ctx, sentence, persons)  # "Zijn opvolger, wethouder Y (Tilburg), is per 1 juli voorzitter"
    if len(persons) > 1 and ("schap" in sentence.text or "secretariaat" in sentence.text):
        handed_over(ctx, sentence, persons)
    if persons and ";" in sentence.text and " door " in sentence.text:
        led_before(ctx, sentence, persons)  # "Hij is sinds 2021 voorzitter; daarvoor werd de themagroep geleid door X"
    if persons and "opgevolgd door" in sentence.text:
        inverted_passive_in_clause(ctx, sentence, persons)  # "… en werd hij opgevolgd door Y"
    if persons and "plaats" in sentence.text:
        took_the_place(ctx, sentence, persons)  # "Y nam haar plaats in"
    if len(persons) > 1:
        if "volg" in sentence.text or "stokje" in sentence.text or " over van " in sentence.text:
            # "volgt", "volgde"; "zij nam het stokje over van", "hij nam die rol op 1 juni over van"
            pronoun_follows_in_clause(ctx, sentence, persons)
            if " en volg" in sentence.text:
                subject_follows_in_clause(ctx, sentence, persons)  # "Y is sinds mei directeur en volgt X op"
        if "vervang" in sentence.text or "verving" in sentence.text:
            pronoun_replaces_in_clause(ctx, sentence, persons)
        if "genomen" in sentence.text:  # "overgenomen", "ingenomen"
            handover_in_clause(ctx, sentence, persons)
        if "opvolg" in sentence.text:
            as_successor_of(ctx, sentence, persons)
    elif persons:
        if "opvolg" in sentence.text:
            as_successor_of(ctx, sentence, persons)  # "Zij werd … benoemd, als opvolger van X": the pronoun's
        if "volg" in sentence.text and ";" in sentence.text:
            pronoun_follows_back(ctx, sentence, persons)  # "…; hij volgde in die rol X op", "hij" named before
        took_over_after_departure(ctx, sentence, persons)
        if "schap" in sentence.text:
            took_over_from_holder(ctx, sentence, persons)  # "daarna neemt Y het ambtelijk trekkerschap over"
    for a, b in zip(persons, persons[1:]):
        gap = text[a.end:b.start]
        # "eerst was dat X, later Y"
        if re.fullmatch(r"\s*,?\s*(?:en\s+)?later\s+(?:was\s+het\s+|werd\s+dat\s+)?", gap) and \
                _FIRST_LATER.search(text[sentence.start:a.start]):
            ctx.add(b, "succeeded", a, sentence, "relations.eerst-later", 0.8)
            _carry_role(ctx, sentence, a, b)
            continue
        if _BETWEEN_BOTH.fullmatch(gap) and _SUCCESSION[0][1].match(text[after_home(ctx, sentence, b):sentence.end]) \
                and _VERB_BEFORE_BOTH.search(text[sentence.start:a.start]):
            add_succession(ctx, sentence, a, b, 0.75)
            continue
        if _APPOSITION_PASSIVE.fullmatch(gap) and _PASSIVE_BEFORE.search(text, sentence.start, a.start):
            # "Per 1 mei wordt de voorzitter van de pijler, X, opgevolgd door Y"
            add_succession(ctx, sentence, b, a, 0.75)
            continue
        inverted = inverted_gap(ctx, sentence, a, gap)
        homed = text[after_home(ctx, sentence, a):b.start]  # "X van Ede volgt Y op": the gap after X's town
        for pattern, tail, direction in _SUCCESSION:
            if any(g is not None and pattern.match(g) for g in (gap, inverted, homed)) \
                    and (tail is None or tail.match(text[after_home(ctx, sentence, b):sentence.end])):
                new, old = (a, b) if direction == "forward" else (b, a)
                add_succession(ctx, sentence, new, old, 0.8)
                break


def _carry_role(ctx: DocContext, sentence: Sentence, first: Mention, later: Mention) -> None:
    """"Tilburg is voorzitter, eerst was dat X, later Y": X held the role before Y."""
    match = None
    for m in role_pattern().finditer(ctx.text, sentence.start, first.start):
        match = m
    if match is None:
        return
    role = role_of(match.group(0))
    if role is None:
        return
    holder = ctx.context_unit(sentence.start)
    if holder is None:
        return
    ctx.add(first, "hasRole", holder, sentence, "relations.eerst-later", 0.7, role=role.label, past=True)
    ctx.add(later, "hasRole", holder, sentence, "relations.eerst-later", 0.7, role=role.label)
