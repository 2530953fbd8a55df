"""The page a contact line stands on, and what a contact's apposition names: helpers of the contact rules
(:mod:`graph.extract.contacts`, :mod:`graph.extract.contact_points`, :mod:`graph.extract.contact_asks`).

- :func:`page_title`: the document's title (after navigation bullets and a genre label);
- :func:`page_thing`: the one unit, programme or event the title names;
- :func:`role_thing`: what the role of the apposition after a contact's name names ("X, secretaris Pijler Y");
- :func:`spokesperson_of`: the organisation a contact speaks for;
- :func:`spelled_by_address`: the person an e-mail address after a contact label spells;
- :func:`press_note`: whether a sentence is in a press release's note to the editors.
"""

from __future__ import annotations

import re

from .context import DocContext
from .email_addresses import spells
from .model import Mention, Sentence
from .roles import role_pattern

__all__ = ["CONTACT_THINGS", "page_thing", "page_title", "press_note", "role_thing", "spelled_by_address",
           "spokesperson_of"]

#: what a contact may be the contact for (besides a city or an organisation)
CONTACT_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})


#: what the organisation a contact speaks for may be
_ORGANISATIONS = frozenset({"Organisation"})
#: the contact's e-mail address right after the name: ", x@g40stedennetwerk.nl", " (x@…)"
_ADDRESS_AFTER = re.compile(r"\s*[,(]\s*(?:[^,;()@\s]{1,40},\s*)?[\w.'-]+@$")


def spokesperson_of(ctx: DocContext, sentence: Sentence, person: Mention, *, by_address: bool = False) -> Mention | None:
    """The organisation a contact speaks for, when no unit, programme or event is at hand: the one
    its apposition's role names ("Bram Kok, woordvoerder G40"), else, for a contact for the press
    (``by_address``), the one its e-mail address right after the name belongs to ("Voor perscontacten
    kunt u terecht bij Daan Verheul (d.verheul@g40stedennetwerk.nl)"; an address alone after "Contact:"
    says how to reach the person, not whom they speak for).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Contact voor de pers: Bram Kok, woordvoerder G40, b.kok@g40stedennetwerk.nl", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "contactFor"]
    [('Bram Kok', 'G40')]
    """
    named = role_thing(ctx, sentence, person, _ORGANISATIONS)
    if named is not None or not by_address:
        return named
    domain = next((m for m in ctx.in_span(person.end, sentence.end) if m.rule.startswith("persons.email-domain")), None)
    if domain is not None and domain.type == "Organisation" and _ADDRESS_AFTER.fullmatch(ctx.text, person.end, domain.start):
        return domain
    return None


#: an e-mail address right after a contact label: "Contact: t.broekhuizen@g40stedennetwerk.nl"
_ADDRESS = re.compile(r"\s*([A-Za-z][\w.'-]*)@[\w-]+\.")


def spelled_by_address(ctx: DocContext, at: int, end: int) -> list[Mention]:
    """The person named earlier in the document whom the address right after a contact label spells
    ("Tim Broekhuizen … Contact: t.broekhuizen@g40stedennetwerk.nl"); none when no one or two do.

    >>> from graph.extract.model import Sentence
    >>> text = "Tim Broekhuizen notuleert. Contact: t.broekhuizen@g40.nl"
    >>> tim = Mention(0, 15, "Tim Broekhuizen", "Person", "persons.full-name", 0.9)
    >>> ctx = DocContext("d", text, [Sentence(0, 26, text[:26]), Sentence(27, len(text), text[27:])], [tim])
    >>> [m.text for m in spelled_by_address(ctx, 36, len(text))]
    ['Tim Broekhuizen']
    """
    address = _ADDRESS.match(ctx.text, at, end)
    if address is None:
        return []
    spelled = [m for m in ctx.mentions if m.type == "Person" and m.end <= at and spells(address.group(1), m.label)]
    return spelled[-1:] if len({m.label for m in spelled}) == 1 else []



def page_thing(ctx: DocContext) -> Mention | None:
    """The one unit, programme or event the page's title names, if any (a name inside another's is
    that one's: "Verslag stuurgroep City Deal X" names the stuurgroep): what its staff answer for,
    and what "Vragen over dit verslag: X" asks about.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Verslag stuurgroep City Deal Zon\\n\\nDe stuurgroep kwam bijeen.\\n\\nVragen over dit verslag: Eva Smit."
    >>> [(r.subject.text, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'Stuurgroep City Deal Zon')]
    """
    title = page_title(ctx)
    named = [m for m in ctx.in_sentence(title) if m.type in CONTACT_THINGS] if title is not None else []
    named = [m for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end for o in named)]
    return named[0] if len({m.label for m in named}) == 1 else None



#: an apposition's role, possibly the last of two ("X, beleidsadviseur bij de G40 en secretaris van de Y")
#: ("secretaris van de G40-themagroep X", "beleidsadviseur G40 Pijler X": the network opens the name)
_APPOSITION_ROLE = re.compile(r"\s*,\s*(?:[^,;:()]{1,60}?\s+en\s+)?((?:[a-zà-ÿ-]+\s+){1,2})(?:van\s+(?:de\s+|het\s+)?)?"
                             r"(?:[A-Z0-9][\w]*-|G40\s+)?")


def role_thing(ctx: DocContext, sentence: Sentence, person: Mention, types: frozenset[str] = CONTACT_THINGS) -> Mention | None:
    """The unit or programme (or another of ``types``) an apposition's role names right after the
    contact: "X, programmaleider City Deal Y, gemeente Z" (the contact speaks for what the person leads);
    also where the apposition says what the person is the contact for: "X, contactpersoon Woondeal Y" (55f)."""
    after = [m for m in ctx.in_span(person.end, sentence.end) if m.type in types]
    if not after:
        return None
    apposition = _APPOSITION_ROLE.fullmatch(ctx.text[person.end:after[0].start])
    if apposition is None:
        return None
    word = role_pattern().match(ctx.text, person.end + apposition.start(1)) \
        or _CONTACT_WORD.match(ctx.text, person.end + apposition.start(1))
    return after[0] if word is not None else None


#: the word of an apposition that makes the person the contact for what follows: "contactpersoon (Woondeal Y)"
_CONTACT_WORD = re.compile(r"(?:contactpersoon|aanspreekpunt)\s", re.IGNORECASE)


#: the closing note of a press release, or its title
_PRESS_NOTE = re.compile(r"noot\s+(?:voor\s+|aan\s+)?(?:de\s+)?redactie|persbericht\b", re.IGNORECASE)


def press_note(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether ``sentence`` is in the "Noot voor de redactie" of a press release (or in a document
    whose title says it is one): its contact speaks for what the release announces."""
    if _PRESS_NOTE.match((sentence.section or "").strip()):
        return True
    if ctx.sentences and sentence.start >= ctx.sentences[-1].start and _dateline(ctx):
        return True  # the last line of a news item with a dateline ("Den Haag, 22 mei 2025 – …")
    return bool(ctx.sentences) and _PRESS_NOTE.match(ctx.sentences[0].text.strip()) is not None


def _dateline(ctx: DocContext) -> bool:
    """Whether one of the document's first sentences opens with a dated dateline ("Den Haag, 22 mei 2025 – ")."""
    return any(_DATED_DATELINE.match(ctx.text, s.start, s.end) for s in ctx.sentences[:4])


#: a news item's dateline: place, date and a dash
_DATED_DATELINE = re.compile(r"[A-Z][\w' -]{1,40},\s+\d{1,2}\s+[a-z]+\s+\d{4}\s*[–—-]\s")


def page_title(ctx: DocContext) -> Sentence | None:
    """The document's title: its first heading, after any navigation bullets of a web page and after a
    genre label over it ("UITNODIGING", "VERSLAG": a heading of one word in capitals)."""
    for sentence in ctx.sentences:
        if sentence.bullet_list is not None and len(sentence.text.split()) <= 3:
            continue  # "• Home", "• Contact"
        if sentence.is_heading and _GENRE_LABEL.fullmatch(sentence.text.strip()):
            continue  # "UITNODIGING" over 'Netwerkbijeenkomst "De binnenstad van 2035"'
        return sentence if sentence.is_heading else None
    return None


#: a genre label over a title: one word in capitals ("UITNODIGING", "VERSLAG", "PERSBERICHT")
_GENRE_LABEL = re.compile(r"[A-ZÀ-Ý]{4,}")
