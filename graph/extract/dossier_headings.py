"""A lobby or action agenda's dossiers: the headings whose sections open with their trekkers.

A city's lobbyagenda, a network's werkagenda or an actieplan lists its dossiers as numbered headings,
each with its trekkers as fields right under it:

    ## 1. Betaalbaar wonen
    - **Bestuurlijk trekker:** wethouder Hiske de Vries
    - **Ambtelijk trekker:** Jelmer Bos, programmamanager Wonen

The heading then names the dossier, which the trekkers lead: a programme (:mod:`graph.extract.cards`
gives the fields to it). The dossier's "Rijkspartner:" and "Bondgenoten:" fields name those the
agenda's owner (the municipality, province or organisation its title names) works with on it
(:func:`find_dossier_partners`, rule ``relations.dossier-partner``); a partner only planned or aimed at
("eerste gesprek gepland", "beoogd") is none yet, and the G40 of "de pijler Fysiek van de G40" is the
pijler's. Its trekkers work at the owner: "wethouder X" is the owner's wethouder, "X, programmamanager
Wonen" its programmamanager (rule ``roles.dossier-trekker-owner``). A status after the name in brackets ("Ondermijning (in voorbereiding)") is
no part of it; a heading a mention covers already is left alone, and so is one in which another rule found
what it names ("Projectkaart Proeftuin Slimme Buurten" over "Trekker:": the card's programme, not a dossier).

Examples
--------
>>> from graph.extract.sentences import split_sentences
>>> text = "Lobbyagenda\\n\\n1. Betaalbaar wonen\\n- Bestuurlijk trekker: wethouder Eva Smit\\n"
>>> [(m.text, m.type) for m in dossier_headings(text, split_sentences(text), [])]
[('Betaalbaar wonen', 'Programme')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .email_roles import apposition_role
from .role_words import role_of
from .model import Mention, Sentence

__all__ = ["dossier_headings", "find_dossier_partners", "DOSSIER_HEADING_RULE"]

DOSSIER_HEADING_RULE = "programmes.dossier-heading"

#: a trekker's field: "Bestuurlijk trekker:", "Ambtelijk trekker:", "Trekker:", "Bestuurlijk trekkers:"
_TREKKER_FIELD = re.compile(r"(?:[-*•]\s*)?(?:\*\*|__)?(?:(?:bestuurlijke?|ambtelijke?)\s+)?(?:kar)?trekkers?\s*(?:\*\*|__)?\s*:",
                            re.IGNORECASE)
#: the dossier's name: the heading without its number and a status in brackets after it
_NAME = re.compile(r"(?:\d{1,2}[.)]?\s+)?(?P<name>[A-ZÀ-Ý][^()]*?)\s*(?:\([^()]*\))?\s*")
#: a line's number before its title: "1. ", "## 2) "
_NUMBER = re.compile(r"[ \t]*(?:#+[ \t]*)?\d{1,2}[.)][ \t]*")
#: a town or province in a dossier's heading is part of its name ("Binnenstad Enschede"); another entity
#: found in it is what the heading names (a card's title, :mod:`graph.extract.cards`)
_PLACES = frozenset({"Municipality", "Province"})
#: what ends a sentence, not a title
_FINAL = (".", "!", "?", ":", ";", ",")


def _title_line(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a line of its own, numbered or not, without final punctuation or a colon
    ("1. Betaalbaar wonen" over a list of fields is read as a list's first item, "Ondermijning (in
    voorbereiding)" as a sentence, not as a heading).

    >>> from graph.extract.sentences import split_sentences
    >>> text = "1. Wonen\\n- a\\nOndermijning (in voorbereiding)\\n- b\\nDat is zo.\\n"
    >>> [_title_line(text, s) for s in split_sentences(text)]
    [True, False, True, False, False]
    """
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    return (bool(_NUMBER.fullmatch(text, line_start, sentence.start)) or not text[line_start:sentence.start].strip()) \
        and not text[sentence.end:len(text) if line_end < 0 else line_end].strip() \
        and ":" not in sentence.text and not sentence.text.rstrip().endswith(_FINAL)


#: a page's summary box over its fields, no dossier's name: "In het kort", "Kerngegevens" (round 59r)
_SUMMARY = re.compile(r"(?:in\s+het\s+kort|kort\s+samengevat|samenvatting|kerngegevens|op\s+een\s+rij|"
                      r"feiten\s+en\s+cijfers|in\s+één\s+oogopslag|projectgegevens|gegevens)", re.IGNORECASE)


def dossier_headings(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The dossiers the headings over trekker fields name (see the module); ``mentions``: the
    document's mentions so far (a heading one covers whole is left alone)."""
    found = []
    for index, sentence in enumerate(sentences):
        if not (sentence.is_heading or _title_line(text, sentence)):
            continue
        under = sentences[index + 1] if index + 1 < len(sentences) else None
        if under is None or under.is_heading or not _TREKKER_FIELD.match(under.text):
            continue
        named = _NAME.fullmatch(sentence.text)
        if named is None or len(named.group("name").split()) > 6 or _SUMMARY.fullmatch(named.group("name")):
            continue
        start, end = sentence.start + named.start("name"), sentence.start + named.end("name")
        if any(m.start < end and start < m.end and (m.type not in _PLACES or m.start <= start and end <= m.end)
               for m in mentions):
            continue  # a card's title names its programme already ("Projectkaart Proeftuin X" over "Trekker:")
        found.append(Mention(start, end, text[start:end], "Programme", DOSSIER_HEADING_RULE, 0.7, kind="project"))
    return found


#: a dossier's field of partners: "Rijkspartner:", "Rijkspartners:", "Bondgenoten:", "Partners:"
_PARTNER_FIELD = re.compile(r"(?:rijkspartners?|bondgenoten|bondgenoot|partners?|samenwerkingspartners?)\s*:", re.IGNORECASE)
#: a partner not yet one
_NOT_YET = re.compile(r"\b(?:gepland|beoogd|beoogde|verkennend|nog\s+niet|overwogen|wordt\s+overwogen)\b", re.IGNORECASE)
_OWNERS = frozenset({"Municipality", "Province", "Organisation"})
_PARTNERS = frozenset({"Municipality", "Province", "Organisation", "Ministry", "OrganisationalUnit"})
PARTNER_RULE = "relations.dossier-partner"
OWNER_RULE = "roles.dossier-trekker-owner"
#: a unit's owner after it: "de pijler Fysiek van de G40" names the G40 as the pijler's, no partner
_OWNED = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
#: the role word right before a trekker's name: "wethouder X", "beoogd is burgemeester X"
_ROLE_BEFORE = re.compile(r"\b([a-zà-ÿ-]+)\s+$")
#: the scope of role words an owner of each kind has
_SCOPE = {"Municipality": "municipality", "Province": "province"}


def find_dossier_partners(ctx: DocContext) -> None:
    """Add "<owner> collaboratesWith <partner>" for each partner in a dossier's partner fields.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Lobbyagenda gemeente Breda 2026\\n\\n1. Wonen\\n- Bestuurlijk trekker: wethouder Eva Smit\\n"
    ...         "- Rijkspartner: ministerie van BZK\\n- Bondgenoten: Tilburg en de VNG\\n\\n2. Veiligheid\\n"
    ...         "- Ambtelijk trekker: Jan Kok\\n- Rijkspartner: ministerie van JenV (eerste gesprek gepland)\\n")
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == PARTNER_RULE)
    [('Breda', 'BZK'), ('Breda', 'Tilburg'), ('Breda', 'VNG')]
    >>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == OWNER_RULE)
    [('Eva Smit', 'Breda', 'wethouder'), ('Jan Kok', 'Breda', None)]
    """
    dossiers = [m for m in ctx.mentions if m.rule == DOSSIER_HEADING_RULE]
    title = next((s for s in ctx.sentences if s.is_heading), None)
    if not dossiers or title is None or title.start > dossiers[0].start:
        return
    owner = next((m for m in ctx.in_sentence(title) if m.type in _OWNERS), None)
    if owner is None:
        return
    for sentence in ctx.sentences:
        if sentence.start < dossiers[0].start or sentence.is_heading:
            continue
        trekker = _TREKKER_FIELD.match(sentence.text)
        if trekker is not None:
            _owners_trekkers(ctx, owner, sentence)
            continue
        field = _PARTNER_FIELD.match(sentence.text)
        if field is None or _NOT_YET.search(sentence.text):
            continue
        named = [m for m in ctx.in_sentence(sentence) if m.start >= sentence.start + field.end()]
        for before, partner in zip([None] + named, named):
            if partner.type in _PARTNERS and not (before is not None and before.type == "OrganisationalUnit"
                                                  and _OWNED.fullmatch(ctx.text, before.end, partner.start)):
                ctx.add(owner, "collaboratesWith", partner, sentence, PARTNER_RULE, 0.7)  # (not "van de G40")


def _owners_trekkers(ctx: DocContext, owner: Mention, sentence: Sentence) -> None:
    """A trekker of the owner's own agenda works there: "wethouder X" holds that office at the owner,
    "X, programmamanager Wonen" that role; a trekker without a role is the owner's."""
    for person in (m for m in ctx.in_sentence(sentence) if m.type == "Person"):
        before = _ROLE_BEFORE.search(ctx.text, sentence.start, person.start)
        role = role_of(before.group(1)) if before else None
        if role is None or role.scope not in ("any", _SCOPE.get(owner.type)):
            role = apposition_role(ctx.text[person.end:sentence.end].rstrip() + ",")
        if role is not None:
            ctx.add(person, "hasRole", owner, sentence, OWNER_RULE, 0.65, role=role.label)
        else:
            ctx.add(person, "affiliatedWith", owner, sentence, OWNER_RULE, 0.6)
