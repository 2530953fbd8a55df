"""A role in a clause whose verb comes last, or after a semicolon with a pronoun for its subject: "Toen X in maart 2024 gedeputeerde van Gelderland werd, …",
"Nadat X burgemeester van Assen werd", "omdat X voorzitter van de pijler is".

In a subordinate clause Dutch puts the finite verb at the end: the conjunction opens the clause, the
subject follows, then a time perhaps, then the role and its body, then the verb ("werd", "is", "was",
"is geworden"). The person right after the conjunction holds the role; with "was" it is a past role
("toen X nog wethouder was"). Used by :func:`graph.extract.role_subjects.role_subjects` where no
copula stands between the name and the role word.

After a semicolon a clause may go on about the one person the first clause names, by a pronoun:
"Namens het Rijk zit X in de stuurgroep; zij is directeur-generaal Wonen en Bouwen bij BZK"
(:func:`pronoun_after_semicolon`).

Examples
--------
>>> from graph.extract.model import Sentence
>>> text = "Toen Eva Bos in maart 2024 gedeputeerde van Gelderland werd, nam Jan Kok haar plaats in."
>>> eva = Mention(5, 12, "Eva Bos", "Person", "persons.full-name", 0.9)
>>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [eva])
>>> start = text.index("gedeputeerde")
>>> clause_final_role(ctx, Sentence(0, len(text), text), eva, start, start + len("gedeputeerde"))
'present'
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import without_periods

__all__ = ["PRONOUN_COPULA", "PRONOUN_COPULA_AGAIN", "clause_final_role", "pronoun_after_semicolon"]

#: a personal pronoun as the subject of a copula: "Hij is", "Eerder was hij (ook)", "Sinds 2020 is zij"
#: (read with its dates blanked out: "Per 1 januari 2023 wordt zij", "Zij is op dit moment nog"); "blijft"/"bleef"
#: as after a name (:data:`graph.extract.role_subjects.COPULA`): "Zij blijft lid van …", "Hij bleef tot 2024
#: trekker van …" (round 58c)
PRONOUN_COPULA = re.compile(r"\s*(?:(?:Hij|Zij|Ze)\s+(?:is|was|wordt|werd|blijft|bleef)"
                             r"|(?:[\w-]+\s+){0,5}?(?:is|was|wordt|werd|blijft|bleef)\s+(?:hij|zij|ze))"
                             r"\s+(?:(?:ook|eerder|tevens|nog|al|nu|de|het|inmiddels|momenteel|thans|op\s+dit\s+moment|daar|"
                             # how long: "Daarvoor was zij vijf jaar beleidsadviseur", "was hij jarenlang"
                             r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+jaar|jarenlang|"
                             r"daarvoor|daarvóór|voorheen|vroeger|destijds|bovendien|daarnaast|toen|later|eerst)\s*,?\s+|,\s+"
                             # "Hij is binnen het G40 Stedennetwerk lid van …": where the role is held, named before it
                             r"|binnen\s+(?:de|het)\s+(?:[\w-]+\s+){1,3}"
                             # "Daarnaast is hij namens Hengelo lid van …": on whose behalf, before the role (round 40b)
                             r"|namens\s+(?:de\s+(?:gemeente|provincie)\s+|het\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+)*"
                             # "Zij is per 1 oktober benoemd tot burgemeester van …"
                             r"(?:(?:benoemd|gekozen|verkozen|aangesteld|beëdigd|geïnstalleerd)\s+(?:tot|als)\s+(?:de\s+|het\s+)?)?",
                             re.IGNORECASE)


#: a second copula of the same pronoun subject: "Hij is wethouder in Ede en was daarvoor (beleidsadviseur …)",
#: also after another verb: "Hij heeft wonen in zijn portefeuille en was tot vorig jaar (lid …)"
PRONOUN_COPULA_AGAIN = re.compile(r"\s*(?:Hij|Zij|Ze)\s+(?:is|was|wordt|werd|heeft|had|werkt|werkte)\s+[^;:()]*?\s+en\s+"
                                   r"(?:is|was|wordt|werd)\s+"
                                   r"(?:(?:ook|eerder|tevens|nog|al|nu|inmiddels|daar|daarvoor|daarvóór|voorheen|vroeger|"
                                   r"destijds|tot\s+(?:vorig|vorige)\s+(?:jaar|maand|zomer|week))\s+)*(?:de\s+|het\s+)?")

#: the conjunction that opens a subordinate clause, right before its subject ("Toen X", ", nadat X")
_OPENING = re.compile(r"(?:^|[,;:]\s*|\s)(?:[Tt]oen|[Nn]adat|[Ss]inds|[Zz]odra|[Vv]oordat|[Oo]mdat|[Dd]oordat|[Tt]otdat)"
                      r"\s+(?:(?:de\s+heer|mevrouw)\s+)?$")
#: between the subject and the role word: nothing but a time or an adverb ("in maart 2024", "per 1 mei", "nog")
_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|per|op|vanaf|met\s+ingang\s+van)\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+|"
                  r"(?:in|per|vanaf)\s+\d{4}\s+)?(?:(?:nog|inmiddels|zelf|ook)\s+)?")
#: after the role word: its body (no comma, no second verb) and the verb that closes the clause
_CLOSING = re.compile(r"[^,;:()]{0,60}?\s(?P<verb>werd|wordt|is\s+geworden|geworden\s+is|was|is)(?=\s*(?:[,;.)]|$))")
#: a verb inside the body phrase would make it another clause ("gedeputeerde Eva ontmoette en …")
_OTHER_VERB = re.compile(r"\b(?:en|of|maar|die|dat|met|ontmoette|sprak|opvolgde)\b")


def clause_final_role(ctx: DocContext, sentence: Sentence, person: Mention, start: int, end: int) -> str | None:
    """"present" or "past" when the role word at ``start:end`` is what ``person`` is or became in a
    subordinate clause that ``person`` opens as its subject and a copula closes; else None."""
    text = ctx.text
    if not _OPENING.search(text[sentence.start:person.start]) or not _GAP.fullmatch(text, person.end, start):
        return None
    closing = _CLOSING.match(text, end, sentence.end)
    if closing is None or _OTHER_VERB.search(text, end, closing.start("verb")):
        return None
    if any(m.type == "Person" for m in ctx.in_span(end, closing.start("verb"))):
        return None  # "toen X gedeputeerde Eva Bos opvolgde": the role is another person's
    return "past" if closing.group("verb") == "was" else "present"


def pronoun_after_semicolon(ctx: DocContext, sentence: Sentence, persons: list[Mention], start: int) -> Mention | None:
    """The one person the clause before the last semicolon names, when the clause after it opens with a
    pronoun copula right up to the role word at ``start`` ("…; zij is directeur …", "…; sinds juni 2022 is
    zij gedeputeerde …"); None with no semicolon, a person after it, or two persons before it.

    >>> from graph.extract.model import Sentence
    >>> text = "Namens het Rijk zit Eva Bos in de stuurgroep; zij is directeur bij BZK."
    >>> eva = Mention(20, 27, "Eva Bos", "Person", "persons.full-name", 0.9)
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [eva])
    >>> pronoun_after_semicolon(ctx, Sentence(0, len(text), text), [eva], text.index("directeur")).text
    'Eva Bos'
    """
    text = ctx.text
    semicolon = text.rfind(";", sentence.start, start)
    if semicolon < 0 or any(semicolon < p.start < start for p in persons):
        return None
    if not PRONOUN_COPULA.fullmatch(without_periods(text[semicolon + 1:start], year=ctx.date)):
        return None
    # the clause right before it, from an earlier semicolon or a table's cell border ("| Vertrek wethouder
    # A | … | … het ontslag van wethouder B …; hij is benoemd tot …": B, walkthrough 23, finding 1)
    clause = max(text.rfind(";", sentence.start, semicolon), text.rfind("|", sentence.start, semicolon), sentence.start)
    named = [p for p in persons if clause <= p.start and p.end <= semicolon]
    return named[-1] if named and len({p.label for p in named}) == 1 else None

