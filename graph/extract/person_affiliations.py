"""Where a person comes from, as the words right after the name say: "Bram Kok uit Ede" (when an office is
spoken of: a resident is no member of the town's organisation), "X van de
gemeente Breda" ("X van het G40-bureau": the unit the compound names, not the G40 that opens it), "X
(Breda)", "Jan Bakker, voorzitter (Apeldoorn)", "(voorzitter Pijler Sociaal, Nijmegen)", and the other way
round "Zoetermeer (Ruben de Graaf) verwerkt de resultaten": the
``affiliatedWith`` facts of :func:`graph.extract.roles.find_roles`. A bracket that opens with a role
word ("(wethouder Delft)") is a role, read with the roles.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Vandaag nam Bram Kok uit Ede het stokje over van Jan Wit (Breda).", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.rule) for r in ex.relations if r.predicate == "affiliatedWith"]
[('Bram Kok', 'Ede', 'roles.uit-affiliation'), ('Jan Wit', 'Breda', 'roles.bracket-affiliation')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import RoleWord, role_of, role_pattern

__all__ = ["bracket_affiliations", "field_role_before"]


_VAN_ORG = re.compile(r"\s+(?:van\s+(?:(?:het\s+)?(?i:ministerie)\s+van\s+|de\s+(?i:gemeente|provincie)\s+|het\s+|de\s+)?|"
                      r"of\s+(?:the\s+(?:city|municipality|ministry|province)\s+of\s+|the\s+)?)")


def _is_name_word_after(ctx: DocContext, place: Mention) -> bool:
    """Whether a capitalised word follows the place on its line ("uit Ede Zuid"): a longer name."""
    return re.match(r"[ \t]+[A-Z]", ctx.text[place.end:place.end + 3]) is not None


#: a hyphen and a lower-case word glued to a name: the name opens a compound ("G40-themagroep", "VNG-commissie")
_COMPOUND_AFTER = re.compile(r"-[a-zà-ÿ]")


def _compound_prefix(ctx: DocContext, mention: Mention) -> bool:
    """Whether ``mention`` opens a compound ("van de G40-themagroep Wonen"): what the person belongs to is
    the thing the compound names, not the organisation in front of it."""
    return _COMPOUND_AFTER.match(ctx.text, mention.end) is not None


def _compound_unit(ctx: DocContext, prefix: Mention, sentence: Sentence) -> Mention | None:
    """The unit a compound opened by ``prefix`` names: "G40-bureau", "G40-themagroep Wonen"."""
    return next((m for m in ctx.in_span(prefix.end, sentence.end)
                 if m.type == "OrganisationalUnit" and m.start <= prefix.end + 1), None)


#: what may open a line before its name: a bullet and a label ("• Programmadirecteur: ", "Namens BZK: ")
_LINE_OPENING = re.compile(r"[ \t]*(?:[•*·–-][ \t]*)?(?:[A-ZÀ-Ý][\w ()-]{0,40}:[ \t]*)?")
#: a comma and the body's kind word after a name: ", (het) ministerie van ", ", gemeente "
_COMMA_BODY = re.compile(r"[ \t]*,[ \t]*(?:(?:het[ \t]+)?ministerie[ \t]+van[ \t]+|(?:de[ \t]+)?(?:gemeente|provincie)[ \t]+|"
                         r"(?:de|het)[ \t]+)?")
_BODIES = frozenset({"Municipality", "Organisation", "Ministry", "Province"})


def _line_body(ctx: DocContext, sentence: Sentence, person: Mention) -> None:
    """"• Programmadirecteur: X, ministerie van BZK", "X, gemeente Venlo" as a line of its own: the
    body after the comma closes the line the name opens, so it is where the person works. Not when
    more follows on the line ("X, Breda en Tilburg spreken …") or the line opens with other words.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Contact\\n\\n• Secretaris: Eva Smit, gemeente Venlo\\n", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "affiliatedWith"]
    [('Eva Smit', 'Venlo')]
    """
    text = ctx.text
    line_start = text.rfind("\n", 0, person.start) + 1
    if not _LINE_OPENING.fullmatch(text, line_start, person.start):
        return
    comma = _COMMA_BODY.match(text, person.end, sentence.end)
    if comma is None:
        return
    body = next((m for m in ctx.in_span(comma.end(), sentence.end) if m.start == comma.end()), None)
    if body is None or body.type not in _BODIES:
        return
    line_end = text.find("\n", body.end)
    if not text[body.end:line_end if line_end >= 0 else len(text)].strip(" \t."):
        ctx.add(person, "affiliatedWith", body, sentence, "roles.line-affiliation", 0.7)


def _body_before_bracket(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """The municipality or organisation right before a bracket that holds nothing but ``person``'s name:
    "Zoetermeer (Ruben de Graaf) verwerkt de resultaten", "De VNG (Freek Oosterveld) schuift aan" (an
    action list names a town or body and, in brackets, who acts for it)."""
    if not re.match(r"\s*\)", ctx.text[person.end:person.end + 3]):
        return None
    before = [m for m in ctx.in_span(sentence.start, person.start) if m.end <= person.start]
    if before and before[-1].type in _BODIES and re.fullmatch(r"\s*\(\s*", ctx.text[before[-1].end:person.start]):
        return before[-1]
    return None


#: words of an office that is not a role word: a handover, a predecessor, a -schap, a contact point
_OFFICE_WORDS = re.compile(r"\b(?:stokje|voorganger|opvolger|[a-z]+schap|rol|aanspreekpunt|namens|collega|"
                           r"trekt|trok|trekken|leidt|leidde|leiden)\b", re.IGNORECASE)


def _office_near(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether ``sentence`` or the one after it speaks of an office: a role word ("vicevoorzitter X uit
    Maastricht"), a handover ("nam het stokje over van X uit Almelo"), a predecessor, leading a body ("X
    uit Breda, die de themagroep met mij trekt"), a unit of the network named. A resident quoted
    in a news item ("Jan Smit uit Deventer vindt het een goed plan") comes from the town but holds no
    office in its organisation (round 41b, walkthrough).

    >>> from graph.extract.context import DocContext
    >>> from graph.extract.model import Sentence
    >>> text = "Jan Smit uit Deventer vindt het een goed plan. Hij woont er al lang."
    >>> _office_near(DocContext("d", text, [], []), Sentence(0, 46, text[:46]))
    False
    >>> text = "Zij nam het stokje over van Jan Smit uit Deventer."
    >>> _office_near(DocContext("d", text, [], []), Sentence(0, len(text), text))
    True
    """
    following = [s for s in ctx.sentences if s.start >= sentence.end][:1]
    end = following[0].end if following else sentence.end
    return bool(role_pattern().search(ctx.text, sentence.start, end) or _OFFICE_WORDS.search(ctx.text, sentence.start, end)
                or any(m.type == "OrganisationalUnit" for m in ctx.in_span(sentence.start, end)))


#: between a role word and the name it labels: a field of at most four capitalised words (no verb: "als
#: wethouder heeft X (Gouda)"), whom one acts for, a colon
#: ("accountmanager Regio Oost X", "Accountmanager namens het Rijk: X", "Projectleider: drs. X")
_FIELD_TO_NAME = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,4}?(?:[ \t]+namens[ \t]+(?:de[ \t]+|het[ \t]+)?[\w-]+)?[ \t]*:?"
                            r"(?:[ \t]+(?:[a-z]{1,4}\.)+)*[ \t]+")
#: roles held at an event or a meeting, not at the body the bracket names ("Gespreksleider: X (VNG)")
_EVENT_ROLES = frozenset({"gespreksleider", "dagvoorzitter"})


def field_role_before(ctx: DocContext, sentence: Sentence, person: Mention, body: Mention) -> RoleWord | None:
    """The role a label before ``person`` names when the bracket after the name opens with ``body``: the
    role is held at that body ("Accountmanager namens het Rijk: Hester Bloem (BZK, DG Wonen)", "Mail
    accountmanager Regio Oost X (VRO)"). Only a role of any body or of the body's kind; a unit's role
    ("Voorzitter: X (G40-bureau)") is the unit's, the bracket where the person works.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Projectleider: Anna de Vries (Divosa)", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.predicate, r.object.text, r.role) for r in ex.relations]
    [('Anna de Vries', 'hasRole', 'Divosa', 'projectleider')]
    """
    begin = max(ctx.content_start(sentence), person.start - 60)
    for word in role_pattern().finditer(ctx.text, begin, person.start):
        if not _FIELD_TO_NAME.fullmatch(ctx.text, word.end(), person.start) \
                or ctx.in_span(word.end(), person.start):
            continue
        role = role_of(word.group(0))
        if role is not None and role.label not in _EVENT_ROLES and role.scope in ("any", body.type.lower()):
            return role
        return None
    return None


def bracket_affiliations(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the ``affiliatedWith`` facts the words after each of ``persons`` give: "uit Ede", "van de
    gemeente Breda", a bracket with a place or organisation."""
    for person in persons:
        uit = re.match(r"\s+uit\s+", ctx.text[person.end:person.end + 8])
        if uit:
            # "met Bram Kok uit Ede, die …": the municipality the person comes for
            after = [m for m in ctx.in_span(person.end + uit.end(), sentence.end) if m.start == person.end + uit.end()]
            if after and after[0].type == "Municipality" and not _is_name_word_after(ctx, after[0]) \
                    and _office_near(ctx, sentence):
                ctx.add(person, "affiliatedWith", after[0], sentence, "roles.uit-affiliation", 0.7)
        van = _VAN_ORG.match(ctx.text, person.end, sentence.end)
        if van:
            after = [m for m in ctx.in_span(van.end(), sentence.end) if m.start == van.end()]
            if after and after[0].type in ("Municipality", "Organisation", "Ministry", "Province"):
                body = _compound_unit(ctx, after[0], sentence) if _compound_prefix(ctx, after[0]) else after[0]
                if body is not None:
                    ctx.add(person, "affiliatedWith", body, sentence, "roles.van-affiliation", 0.75)
        _line_body(ctx, sentence, person)  # "Programmadirecteur: X, ministerie van BZK" closing its line
        holder = _body_before_bracket(ctx, sentence, person)  # "Maastricht (Chantal Hermans) verkent …"
        if holder is not None:
            ctx.add(person, "affiliatedWith", holder, sentence, "roles.body-bracket", 0.75)
        bracket = ctx.bracket_after(person)
        if not bracket:
            # "Jan Bakker, voorzitter (Apeldoorn)", "Frits Leeuw, secretaris pijler Ruimte (VNG)"
            apposition = re.match(r",\s*([^,()]{2,60}?)\(([^()]{1,60})\)\s*$", ctx.text[person.end:sentence.end]) \
                or _role_list_item(ctx, sentence, person)
            if apposition and role_pattern().match(ctx.text, person.end + apposition.start(1)):
                bracket = (person.end + apposition.start(2), person.end + apposition.end(2))
        if not bracket:
            continue
        inside = ctx.in_span(*bracket)
        if not inside:
            continue
        if role_pattern().match(ctx.text, bracket[0]):
            # "(wethouder Delft)" is a role, handled with the roles; a place closing the bracket after a
            # comma is where the person comes from: "(voorzitter Pijler Sociaal, Nijmegen)"
            last = inside[-1]
            if last.type == "Municipality" and last.end == bracket[1] and len(inside) > 1 \
                    and re.fullmatch(r"\s*,\s*", ctx.text[inside[-2].end:last.start]):
                ctx.add(person, "affiliatedWith", last, sentence, "roles.bracket-affiliation", 0.75)
            continue
        target = inside[0]
        if target.type in ("Municipality", "Organisation", "Ministry", "Province"):
            role = field_role_before(ctx, sentence, person, target) if target.start == bracket[0] else None
            if role is not None:  # "Accountmanager namens het Rijk: X (BZK)": the role, held there
                ctx.add(person, "hasRole", target, sentence, "roles.field-bracket", 0.75, role=role.label)
            else:
                ctx.add(person, "affiliatedWith", target, sentence, "roles.bracket-affiliation", 0.85)
                for other in _both_before(ctx, sentence, person, bracket, target):
                    ctx.add(other, "affiliatedWith", target, sentence, "roles.bracket-affiliation", 0.8)


#: a list item "- X, raadslid (Lokaal Ede), voorzitter;": a role with its bracket, then the role in the list's body
_BULLET = re.compile(r"\s*[-*•]\s+")
_ROLE_ITEM = re.compile(r",\s*([^,()]{2,60}?)\(([^()]{1,60})\),\s*([^,()]{2,40}?)\s*[;.]?\s*$")


def _role_list_item(ctx: DocContext, sentence: Sentence, person: Mention) -> re.Match | None:
    """The apposition of a bullet item whose bracket is followed by one more role word (round 54f):
    "- Eva Kok, raadslid (Lokaal Ede), voorzitter;" reads as "Eva Kok, raadslid (Lokaal Ede)". Not
    "- Eva Kok, raadslid (Ede), werkt nu bij X": the tail must be a role word alone."""
    line = ctx.text.rfind("\n", 0, person.start) + 1
    if sentence.bullet_list is None and not _BULLET.fullmatch(ctx.text, line, person.start):
        return None
    item = _ROLE_ITEM.match(ctx.text[person.end:sentence.end])
    if item is None:
        return None
    tail = role_pattern().fullmatch(item.group(3))
    return item if tail is not None else None


#: a bracket that holds for every name of the list before it: "A en B (beiden Platform31)", "(allen gemeente Ede)"
_EACH = re.compile(r"(?:beiden|allebei|allen|alle\s+(?:twee|drie|vier|vijf))\s+(?:(?:de|het)\s+)?"
                   r"(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")
_LIST_AND = re.compile(r"\s*(?:,|en)\s*(?:(?:drs|dr|ir|mr|prof|ing)\.\s*)*")


def _both_before(ctx: DocContext, sentence: Sentence, person: Mention, bracket: tuple[int, int],
                 target: Mention) -> list[Mention]:
    """The persons listed right before ``person`` when its bracket says "beiden"/"allen" before the body:
    "Jorien Hazelhoff en drs. Koen van Dalfsen (beiden Platform31)" (Hazelhoff too); none otherwise.

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Redactie: Eva Smit en drs. Jan de Wit (beiden Platform31)", gazetteer=load_gazetteer())
    >>> sorted(r.subject.text for r in ex.relations if r.predicate == "affiliatedWith")
    ['Eva Smit', 'Jan de Wit']
    """
    if not _EACH.fullmatch(ctx.text, bracket[0], target.start):
        return []
    persons = [m for m in ctx.in_span(sentence.start, person.start) if m.type == "Person"]
    listed: list[Mention] = []
    at = person.start
    for other in reversed(persons):
        if not _LIST_AND.fullmatch(ctx.text, other.end, at):
            break
        listed.append(other)
        at = other.start
    return listed
