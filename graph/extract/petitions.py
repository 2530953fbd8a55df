"""A petition's signatories and supporters take part in it.

A petition is named by its quoted name ('de petitie "Investeer in de wijk"', a campaign:
:mod:`graph.extract.programmes`), and "de petitie" refers back to it (:mod:`graph.extract.references`). Its
page lists who signed it first and who back it:

- "Eerste ondertekenaars:" (also "Ondertekenaars:", "Mede-ondertekenaars:") over a bullet list: each listed
  person or organisation takes part in the petition (:func:`petition_signed`, the subject
  :mod:`graph.extract.lists` gives such a list when the document names one petition and no other subject);
- "De petitie wordt gesteund door Aedes en (door) Platform31", "Aedes en Platform31 steunen de petitie",
  "De colleges van Heerlen en Lelystad hebben zich achter de petitie geschaard": each organisation or
  town takes part in it (:func:`find_petition_support`).

Who only agrees without signing ("heeft laten weten de strekking van de petitie te onderschrijven, maar heeft
haar niet ondertekend"), who considers it ("overweegt") and a sentence that denies ("niet", "geen") give
nothing. Round 55e.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ('Nieuws\\n\\nDe petitie "Groen in de Straat" is een initiatief van de Woonbond. '
...         'De petitie wordt gesteund door Aedes en door Platform31.\\n')
>>> sorted((r.subject.text, r.predicate, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Aedes', 'participatesIn', 'Groen in de Straat'), ('Platform31', 'participatesIn', 'Groen in de Straat'), \
('Woonbond', 'initiated', 'Groen in de Straat')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_petition_support", "petition_signed"]

#: a mention of a petition: its kind word opens it ('petitie "X"', "de petitie")
_PETITION = re.compile(r"(?:de\s+|deze\s+)?petitie\b", re.IGNORECASE)

#: a lead-in over the list of who signed: "Eerste ondertekenaars:", "Ondertekend door:"
_SIGNED_LEAD = re.compile(r"\s*(?:(?:eerste|overige|andere)\s+)?(?:mede-?)?ondertekenaars\b[^:]{0,40}:\s*$|"
                          r"\s*(?:mede\s+)?ondertekend\s+door\s*:\s*$", re.IGNORECASE)

#: the support stated with the petition before the backers: "wordt (ook) gesteund door", "wordt ondersteund door"
_SUPPORTED_BY = re.compile(r"\s+(?:wordt|werd|is)\s+(?:(?:ook|mede|breed|inmiddels|onder\s+meer)\s+)*"
                           r"(?:ge|onder)steund\s+door\b", re.IGNORECASE)

#: the support stated after the backers: "steunen de petitie", "hebben zich (formeel) achter de petitie geschaard"
_SUPPORTING = re.compile(r"\b(?:steun(?:t|en|de|den)|ondersteun(?:t|en|de|den)|(?:heeft|hebben)\s+zich\s+"
                         r"(?:(?:formeel|ook|publiekelijk|inmiddels|uitdrukkelijk)\s+)*achter|"
                         r"(?:schaart|scharen)\s+zich\s+(?:(?:formeel|ook|publiekelijk|inmiddels|uitdrukkelijk)\s+)*achter)"
                         r"\s+(?:(?:de|deze)\s+)?$", re.IGNORECASE)

_DENIED = re.compile(r"\b(?:niet|geen|nog\s+niet|overweegt|overwegen|mogelijk|misschien)\b", re.IGNORECASE)

_BACKERS = frozenset({"Organisation", "Municipality", "Province", "Ministry"})


def _petitions(ctx: DocContext, before: int | None = None) -> dict[str, Mention]:
    """The petitions the document names (before offset ``before``), by label."""
    return {m.label: m for m in ctx.mentions if m.type == "Programme" and _PETITION.match(m.text)
            and (before is None or m.end <= before)}


def petition_signed(ctx: DocContext, lead: Sentence) -> Mention | None:
    """The petition a signatories' lead-in ("Eerste ondertekenaars:") lists the signers of: the one petition
    the document names before it, else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ('Nieuws\\n\\nDe petitie "Groen in de Straat" is aangeboden.\\n\\nEerste ondertekenaars:\\n'
    ...         '- Eva Smit, wethouder Wonen, gemeente Ede\\n')
    >>> sorted((r.subject.text, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "participatesIn")
    [('Ede', 'Groen in de Straat'), ('Eva Smit', 'Groen in de Straat')]
    """
    if not _SIGNED_LEAD.fullmatch(ctx.text, ctx.content_start(lead), lead.end):
        return None
    named = _petitions(ctx, lead.start)
    return next(iter(named.values())) if len(named) == 1 else None


def find_petition_support(ctx: DocContext) -> None:
    """Add "X participatesIn petition" for each organisation or town a sentence says backs the petition."""
    if "petitie" not in ctx.text.lower() or not _petitions(ctx):
        return
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        petitions = [m for m in mentions if _PETITION.match(m.text) and m.type == "Programme"]
        if len(petitions) != 1 or _DENIED.search(sentence.text):
            continue
        petition = petitions[0]
        if _SUPPORTED_BY.match(ctx.text, petition.end):
            # "De petitie wordt gesteund door Aedes en door Platform31": each backer after "door"
            backers = [m for m in mentions if m.start > petition.end and m.type in _BACKERS]
        elif _SUPPORTING.search(ctx.text, sentence.start, petition.start):
            # "Aedes en Platform31 steunen de petitie", "De colleges van A en B hebben zich achter de petitie geschaard"
            backers = [m for m in mentions if m.end <= petition.start and m.type in _BACKERS]
        else:
            continue
        for backer in backers:
            ctx.add(backer, "participatesIn", petition, sentence, "petitions.support", 0.7)
