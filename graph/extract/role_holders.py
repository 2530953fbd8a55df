"""Where a role is held: the organisation or unit a role word's complement or clause names.

The "van/bij …" complement, a unit right after the role word, the organisation a clause speaks for
("Namens OCW …"), a bracket's place, and what the role word's scope says. Places and fields ("wethouder
Zorg in Zwolle", a signature's municipality, "uit <gemeente>") are :mod:`.role_places`; bodies (a bare
kind word, a chair's board, a secretariat, a list's owner) :mod:`.role_bodies`. Helpers of
:mod:`graph.extract.roles`.
"""

from __future__ import annotations

import re

from .context import DocContext
from .lexicon import RoleWord, load_lexicon
from .model import Mention, Sentence
from .role_words import role_of, role_pattern
from .role_bodies import _BODY_OF

__all__ = ["apposition_role", "held_in_located_body", "object_after_topic", "_bracket_place", "_in_other_bracket", "_names_unknown_holder",
           "_object_after_van", "_on_behalf_clause", "_on_behalf_of", "_scope_object", "_second_apposition",
           "_unit_after_role"]


#: a sentence that opens with whom its subject speaks for: "Namens (de) VNG tekende X, directeur …"
_ON_BEHALF = re.compile(r"\s*(?:[Nn]amens|[Vv]anuit)\s+(?:de\s+|het\s+)?(?:(?i:ministerie\s+van|gemeenten?|provincie)\s+)?")


def _first_after(ctx: DocContext, offset: int, end: int, types, max_gap: int = 40) -> Mention | None:
    for m in ctx.in_span(offset, end):
        if m.type in types and m.start - offset <= max_gap:
            return m
    return None


#: an apposition of a role before another: ", voorzitter Pijler Duurzaamheid, "
#: (the second may be qualified as the role of a handover: ", nieuwe bestuurlijk trekker", ", vertrekkend trekker")
_FIRST_APPOSITION = re.compile(r"\s*,\s*([^,;()\n]{2,60}?)(?:,\s*(?:de\s+|het\s+)?"
                               r"(?:(?:nieuwe|vertrekkende?|scheidende?|kersverse|huidige)\s+)?|\s+en\s+)")


def _second_apposition(ctx: DocContext, name_end: int, start: int) -> bool:
    """Whether the role word at ``start`` is the second of two appositions to the name ending at
    ``name_end``: "Harm Bos, voorzitter Pijler Water, wethouder gemeente Ede".

    >>> text = "Harm Bos, voorzitter Pijler Water, wethouder gemeente Ede"
    >>> _second_apposition(DocContext("d", text, [], []), 8, text.index("wethouder"))
    True
    >>> text = "Harm Bos, voorzitter van de Pijler Water en wethouder in Ede"
    >>> _second_apposition(DocContext("d", text, [], []), 8, text.index("wethouder"))
    True
    >>> text = "Harm Bos, wethouder gemeente Ede, nieuwe bestuurlijk trekker"
    >>> _second_apposition(DocContext("d", text, [], []), 8, text.index("bestuurlijk"))
    True
    """
    first = _FIRST_APPOSITION.fullmatch(ctx.text, name_end, start)
    return first is not None and \
        role_pattern().match(ctx.text, _PAST_PREFIX.match(ctx.text, first.start(1)).end()) is not None


#: what makes a role word past before it: "oud-wethouder", "ex-voorzitter", "voormalig wethouder"
_PAST_PREFIX = re.compile(r"(?:(?:oud|ex)-|voormalige?\s+)?", re.IGNORECASE)


def _unit_after_role(ctx: DocContext, sentence: Sentence, end: int, *, organisations: bool = False) -> Mention | None:
    """The unit named right after a role word, without "van": "voorzitter G40 Pijler Duurzaamheid",
    "trekker themagroep Wonen" (an organisation's name may come first as a modifier); with
    ``organisations``, also an organisation that closes the phrase: "X, voorzitter Divosa," .

    >>> text = "Jan Bos, voorzitter G40 Pijler Water"
    >>> g40, unit = Mention(20, 23, "G40", "Organisation", "", 1.0), Mention(24, 36, "Pijler Water", "OrganisationalUnit", "", 1.0)
    >>> _unit_after_role(DocContext("d", text, [], [g40, unit]), Sentence(0, len(text), text), 19).text
    'Pijler Water'
    """
    after = [m for m in ctx.in_span(end, min(sentence.end, end + 80)) if m.type != "Person"][:2]
    if not after or ctx.text[end:after[0].start].strip():
        return None
    if after[0].type == "Organisation" and len(after) > 1 and after[1].type == "OrganisationalUnit" \
            and not ctx.text[after[0].end:after[1].start].strip("- "):
        return after[1]
    if organisations and after[0].type == "Organisation" and _NAME_CLOSES.match(ctx.text, after[0].end, sentence.end):
        return after[0]  # "Gerrit Bos, voorzitter Divosa,": an organisation that ends the role's phrase
    return after[0] if after[0].type == "OrganisationalUnit" else None


#: what may follow an organisation named right after a role word for it to be the role's holder
#: (its regional branch may follow it: "voorzitter Bouwend Nederland regio Oost", round 53e)
_NAME_CLOSES = re.compile(r"(?:\s+(?:regio|afdeling|district)\s+[A-Z][\w-]*(?:[ -][A-Z][\w-]*)?)?"
                          r"\s*(?:[,.;:)\]]|$|\s(?:en|is|was|wordt|werd|zei|zegt|sprak|tekende)\b)")


#: "<rol> van de huurdersvereniging in ", "bij een woningcorporatie uit ": a body the text does not name, then
#: where it is (a service of the town itself, "de sociale dienst in Delft", is the town's)
_LOCATED_BODY = re.compile(r"\s+(?:van|bij|aan)\s+(?:de|het|een)\s+(?!(?i:gemeente|gemeenteraad|raad|college|sociale\s+dienst|"
                           r"afdeling|dienst|directie|team|provincie|regio)\b)[\w-]+(?:\s+[\w-]+){0,2}?"
                           r"\s+(?:in|uit|te)\s+")


def held_in_located_body(ctx: DocContext, sentence: Sentence, end: int) -> bool:
    """Whether the role word ending at ``end`` is held in a body the text does not name but places:
    "Fenna Bos, voorzitter van de huurdersvereniging in Apeldoorn" chairs the association, not the town.

    >>> text = "Fenna Bos, voorzitter van de huurdersvereniging in Apeldoorn, sprak."
    >>> town = Mention(51, 60, "Apeldoorn", "Municipality", "", 1.0)
    >>> held_in_located_body(DocContext("d", text, [], [town]), Sentence(0, len(text), text), 21)
    True
    >>> text = "Jan Kok, directeur van de GGD in Zwolle, sprak."
    >>> town = Mention(33, 39, "Zwolle", "Municipality", "", 1.0)
    >>> held_in_located_body(DocContext("d", text, [], [town]), Sentence(0, len(text), text), 18)
    True
    >>> text = "Eva Smit, adviseur van de sociale dienst in Apeldoorn, sprak."
    >>> town = Mention(44, 53, "Apeldoorn", "Municipality", "", 1.0)
    >>> held_in_located_body(DocContext("d", text, [], [town]), Sentence(0, len(text), text), 18)
    False
    """
    match = _LOCATED_BODY.match(ctx.text, end, sentence.end)
    if match is None:
        return False
    named = ctx.in_span(end, sentence.end)  # the body unnamed: the place is the first name after the role word
    return bool(named) and named[0].start == match.end() and named[0].type in ("Municipality", "Province")


#: "van/bij/aan" after a role word, perhaps after the participle of becoming: "(X is) voorzitter geworden van Y",
#: "(X, die per 1 juni) voorzitter is geworden van Y" (round 57s)
_VAN_AFTER_ROLE = re.compile(r"(?P<become>(?:\s+(?:is|zijn)(?=\s+geworden\b))?(?:\s+geworden\b)?)\s+(?:van|bij|aan)\s+")


def _object_after_van(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The organisation in "<rol> van/bij <X>" (skipping "de stuurgroep van" to reach the owner); none for a
    body the text does not name but places ("van de huurdersvereniging in Apeldoorn"). "<rol> (is) geworden van
    <X>" is the same: "Piet Bos is voorzitter geworden van de Pijler Fysiek Domein".

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Piet Bos is voorzitter geworden van de Pijler Fysiek Domein."
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Piet Bos', 'Pijler Fysiek Domein', 'voorzitter')]
    """
    tail = ctx.text[end:sentence.end]
    match = _VAN_AFTER_ROLE.match(tail)
    if not match or held_in_located_body(ctx, sentence, end + match.end("become")):
        return None
    at_institution = match.group().strip() == "aan"  # "lector aan de Hogeschool X": only an organisation
    clause_end = end + (re.search(r"[,.;:()]", tail).start() if re.search(r"[,.;:()]", tail) else len(tail))
    clause_end = max([clause_end] + [m.end for m in ctx.in_span(end, sentence.end) if m.start < clause_end < m.end])
    # (a name with a comma of its own goes on: "lid van de VNG-commissie Zorg, Jeugd en Onderwijs")
    on_behalf = re.search(r"\s+namens\s", ctx.text[end:clause_end])
    if on_behalf is not None:
        clause_end = end + on_behalf.start()  # "lid van de kerngroep namens Zwolle": on whose behalf, not the body (48g)
    for joined in re.finditer(r"\s+en\s+", ctx.text[end:clause_end]):
        if role_pattern().match(ctx.text, end + joined.end()):
            clause_end = end + joined.start()  # "voorzitter van de themagroep en wethouder in Ede": a second role
            break
    candidates = [m for m in ctx.in_span(end, clause_end) if m.type != "Person"]
    if len(candidates) > 1 and candidates[0].type == "Organisation" and candidates[1].type in ("OrganisationalUnit", "Programme") \
            and candidates[1].start - candidates[0].end <= 1:
        return candidates[1]  # "voorzitter van de G40 pijler Sociaal", "trekker van het G40-traject "X"" (round 58s)
    if candidates and _BODY_OF.match(ctx.text, candidates[0].end):
        return None  # "lid van de VNG-commissie X": a body of the organisation, not the organisation
    if at_institution and (not candidates or candidates[0].type != "Organisation"):
        return None
    return candidates[0] if candidates else None


#: a role's topic written with capitals between the role word and its body: "thematrekker Slimme
#: Mobiliteit van de Themagroep …" (one to four words, no name among them)
_TOPIC_WORDS = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?=\s+(?:van|bij)\s)")


def object_after_topic(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The body in "<rol> <onderwerp> van <X>": Dutch puts the role's topic between the role word
    and the body it is held in ("X is thematrekker Slimme Mobiliteit van de Themagroep Y"). The topic
    is a theme, or capitalised words that name nothing the text found (so never a person)."""
    topic = _TOPIC_WORDS.match(ctx.text, end, sentence.end)
    if topic is None:
        return None
    inside = [m for m in ctx.in_span(end, topic.end()) if m.start < topic.end()]
    if any(m.type != "Theme" for m in inside):
        return None
    return _object_after_van(ctx, sentence, topic.end())


#: a role word with the kind of its unit after "van": "secretaris van de themagroep" (no name: the last one named)
_KIND_AFTER_ROLE = re.compile(r"[\w-]+\s+van\s+(?:de|het)\s+([a-z]+)\b(?!\s+[A-Z])")


def _scope_object(ctx: DocContext, role: RoleWord, sentence: Sentence, at: int, person: Mention | None):
    scope = role.scope
    if scope.startswith("body:"):  # "Kamerlid X": a member of the Tweede Kamer, when the document names it
        return next((m for m in ctx.mentions if m.label == scope[5:]), None)
    named_kind = _KIND_AFTER_ROLE.match(ctx.text, at, sentence.end)
    if scope == "unit" and named_kind is not None and named_kind.group(1).lower() in load_lexicon().unit_kinds:
        # "secretaris van de themagroep": the last themagroep named, not the passage's pijler
        scope = "unit:" + load_lexicon().unit_kinds[named_kind.group(1).lower()].kind
    if scope.startswith("unit:"):
        kind = scope.split(":", 1)[1]
        for m in reversed([m for m in ctx.mentions if m.end <= at]):
            if m.type == "OrganisationalUnit" and m.kind == kind and ctx.scope.visible(m, at):
                return m
        return None
    if scope in ("municipality", "ministry", "province", "any"):
        types = {"municipality": {"Municipality"}, "ministry": {"Ministry"}, "province": {"Province"},
                 "any": {"Municipality", "Organisation", "Ministry", "Province"}}[scope]
        if person is not None:
            bracket = ctx.bracket_after(person)
            if bracket:
                found = _first_after(ctx, bracket[0], bracket[1], types)
                if found:
                    return found
        return None
    if scope == "theme":
        return None
    return ctx.context_unit(at)


#: "… van de Arbeidsmarktregio Noord": a capitalised name after "van (de|het)"
_VAN_NAME = re.compile(r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?=[A-Z])")


def _names_unknown_holder(ctx: DocContext, sentence: Sentence, end: int) -> bool:
    """Whether the role word ending at ``end`` is followed by "van (de) <Name>" where the name is no
    known entity: the role is held there, so no unit of the passage may stand in for it.

    >>> text = "Jan is bestuurslid van de Arbeidsmarktregio Noord."
    >>> _names_unknown_holder(DocContext("d", text, [], []), Sentence(0, len(text), text), 18)
    True
    """
    match = _VAN_NAME.match(ctx.text, end, sentence.end)
    if match is None:
        return False
    at = match.end()
    return not any(m.start <= at < m.end for m in ctx.in_sentence(sentence))


def _on_behalf_of(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The organisation of "Namens <organisatie> <werkwoord> X, <rol>" when X is its first person."""
    opening = _ON_BEHALF.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if opening is None:
        return None
    after = ctx.in_span(opening.end(), person.start)
    if not after or after[0].start != opening.end() or len(after) > 1 or person.start - after[0].end > 60 \
            or after[0].type not in ("Organisation", "Ministry", "Municipality", "Province"):
        return None
    return after[0]


#: a clause that opens with whom it speaks for, one verb, then the role word: "Voor Divosa tekende voorzitter X"
_ON_BEHALF_CLAUSE = re.compile(r"(?:^|[;:]\s*|,\s*(?:en\s+)?)(?:[Nn]amens|[Vv]oor|[Vv]anuit)\s+(?:de\s+|het\s+)?"
                               r"(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?$")
_ONE_VERB = re.compile(r"\s+[a-zà-ÿ]+(?:\s+(?:ook|mede))?\s+(?:de\s+|het\s+)?")


def _on_behalf_clause(ctx: DocContext, sentence: Sentence, start: int) -> Mention | None:
    """The organisation a clause opens with when it names whom its role word speaks for:
    "Voor Divosa tekende voorzitter X", "…; namens het UWV sprak regiodirecteur Y" (a role word of
    any scope, the name right after it), and with the verb left out of a second conjunct: "Namens A neemt
    gedeputeerde X deel, namens B gedeputeerde Y".

    >>> text = "Voor Divosa tekende voorzitter Jan Bos."
    >>> divosa = Mention(5, 11, "Divosa", "Organisation", "", 1.0)
    >>> _on_behalf_clause(DocContext("d", text, [], [divosa]), Sentence(0, len(text), text), 20).text
    'Divosa'
    """
    begin = ctx.content_start(sentence)
    before = [m for m in ctx.in_span(begin, start) if m.type != "Person"]
    if not before:
        return None
    holder = before[-1]
    clause = _ON_BEHALF_CLAUSE.search(ctx.text[begin:holder.start])
    if holder.type not in ("Organisation", "Ministry", "Municipality", "Province") or clause is None:
        return None
    # the verb left out of a second conjunct: "Namens A neemt gedeputeerde X deel, namens B gedeputeerde Y"
    gapped = clause.group().startswith(",") and not ctx.text[holder.end:start].strip()
    return holder if gapped or _ONE_VERB.fullmatch(ctx.text, holder.end, start) else None


def _in_other_bracket(ctx: DocContext, sentence: Sentence, obj: Mention, person: Mention) -> bool:
    """Whether ``obj`` is named in the bracket after another person of the sentence (an attendance list)."""
    for other in ctx.in_span(sentence.start, obj.start):
        if other.type == "Person" and other is not person:
            bracket = ctx.bracket_after(other)
            if bracket and bracket[0] <= obj.start and obj.end <= bracket[1]:
                return True
    return False


def _bracket_place(ctx: DocContext, person: Mention, obj: Mention) -> Mention | None:
    """The mention of ``obj``'s type in the bracket after ``person`` ("Ilse Bos (Leiden)"), if any."""
    bracket = ctx.bracket_after(person)
    inside = [m for m in ctx.in_span(*bracket) if m.type == obj.type] if bracket else []
    return inside[0] if inside else None


#: before a role word in apposition right after a name: ", (de) directeur Armoede"
_APPOSITION_GLUE = re.compile(r"\s*,\s*(?:de\s+|het\s+)?")


def apposition_role(ctx: DocContext, person: Mention, end: int, body: Mention) -> RoleWord | None:
    """The role an apposition right after ``person`` (up to ``end``) gives them, when it is one that can be
    held at ``body``: "Ruud Hoogendijk, directeur Armoede" (a directeur of the body), "X, programmadirecteur
    Fiets"; None without one, or for a role of a unit or of another kind of body.

    >>> from graph.extract.model import Mention
    >>> text = "Eva Kok, directeur Armoede"
    >>> ctx = DocContext("d", text, [], [])
    >>> apposition_role(ctx, Mention(0, 7, "Eva Kok", "Person", "", 1.0), len(text),
    ...                 Mention(0, 0, "SZW", "Ministry", "", 1.0)).label
    'directeur'
    """
    glue = _APPOSITION_GLUE.match(ctx.text, person.end, end)
    word = role_pattern().match(ctx.text, glue.end(), end) if glue else None
    role = role_of(word.group(0)) if word else None
    return role if role is not None and role.scope in ("any", body.type.lower()) else None

