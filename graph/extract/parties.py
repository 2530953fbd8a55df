"""The parties of an agreement: the signatories listed first and later called "partijen".

An intentieverklaring, convenant or samenwerkingsovereenkomst lists its parties before its articles
("De ondergetekenden, 1. de gemeente Ede; 2. Aedes, …; hierna te noemen: partijen") and then
speaks of them together as "Partijen" ("Partijen richten het programma X op"). A sentence with
"(de) partijen" as its subject states its fact of every listed party:

- setting up a programme or unit ("richten … op", "zetten … op", "starten", "lanceren"):
  each party ``initiated`` it;
- taking part in or carrying it out ("nemen deel aan", "voeren … uit", "werken samen in/aan"):
  each party ``participatesIn`` it.

A party is the first actor of its list item: "het Stedennetwerk G40, vertegenwoordigd door de
voorzitter van de Pijler Sociaal Domein" is the G40, not the pijler that represents it.

An agreement may name its parties only where it is signed: a line "Namens het ministerie van SZW:"
over the line of the one who signs ("drs. C. Jansen, staatssecretaris"). In a document whose title
names an agreement (an akkoord, convenant, agenda, deal, verklaring, overeenkomst, pact), each such
party ``participatesIn`` it (:func:`find_signing_parties`, round 39a).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De ondergetekenden:\\n\\n1. de gemeente Ede;\\n2. de gemeente Epe;\\n\\n"
...         "hierna te noemen: partijen.\\n\\nPartijen richten samen het programma Groene Daken op.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("parties."))
[('Ede', 'initiated', 'programma Groene Daken'), ('Epe', 'initiated', 'programma Groene Daken')]
"""

from __future__ import annotations

import re

from .affiliations import signing_party
from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_parties", "find_signing_parties"]

#: the lead-in of a list of parties: "De ondergetekenden,", "Partijen:"
_PARTIES_LEAD = re.compile(r"\s*(?:de\s+)?(?:ondergetekenden|partijen)\s*[,:]?\s*", re.IGNORECASE)
#: the line after the list that names its items together: "hierna (gezamenlijk) te noemen: partijen"
_PARTIES_AFTER = re.compile(r"\s*(?:hierna|verder)\b[^.]{0,40}?\bnoemen\b\s*:?\s*(?:de\s+)?[\"'‘“]?partijen\b",
                            re.IGNORECASE)
#: "partijen" as the subject opening a sentence: "Partijen richten …", "De partijen nemen deel aan …"
_PARTIES_SUBJECT = re.compile(r"(?:(?:De|Alle)\s+)?[Pp]artijen\s+(?!die\b|van\b|dat\b)")
#: a verb of setting something up, its particle closing the clause (or a bracket that defines a short name
#: after it): "richten (gezamenlijk) het programma X op", "richten het Living Lab X op (hierna: het Living Lab)"
_SET_UP = re.compile(r"\b(?:richt(?:en)?|richtte(?:n)?|zet(?:ten)?|zette(?:n)?)\b[^.;:]{0,100}?\bop(?=\s*(?:[.;,(]|$))|"
                     r"\b(?:starten|startten|lanceren|lanceerden|initiëren|initieerden)\b", re.IGNORECASE)
#: a verb of taking part: "nemen deel aan", "voeren (samen) het programma X uit", "werken samen in/aan"
_TAKE_PART = re.compile(r"\b(?:nemen|namen)\s+deel\s+aan\b|\b(?:voeren|voerden)\b[^.;:]{0,100}?\buit(?=\s*(?:[.;,(]|$))|"
                        r"\b(?:werken|werkten)\s+(?:\w+\s+){0,2}?samen\s+(?:in|aan|binnen)\b", re.IGNORECASE)
_PARTY_TYPES = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
_SET_UP_TARGETS = frozenset({"Programme", "Event", "OrganisationalUnit"})
_TAKE_PART_TARGETS = frozenset({"Programme", "Event", "OrganisationalUnit"})


def _list_after(ctx: DocContext, k: int) -> list[Sentence]:
    """The first sentences of the items of the bullet list that opens right after sentence ``k``."""
    if k + 1 >= len(ctx.sentences) or ctx.sentences[k + 1].bullet_list is None:
        return []
    number = ctx.sentences[k + 1].bullet_list
    return [s for s in ctx.sentences[k + 1:] if s.bullet_list == number and s.item_start]


def _list_before(ctx: DocContext, k: int) -> list[Sentence]:
    """The first sentences of the items of the bullet list that ends right before sentence ``k``."""
    if k == 0 or ctx.sentences[k - 1].bullet_list is None:
        return []
    number = ctx.sentences[k - 1].bullet_list
    return [s for s in ctx.sentences[:k] if s.bullet_list == number and s.item_start]


def _party_of(ctx: DocContext, item: Sentence) -> Mention | None:
    """The first actor of a list item, if it opens the item ("de gemeente Ede;", "Aedes, vereniging van …")."""
    actors = [m for m in ctx.in_sentence(item) if m.type in _PARTY_TYPES]
    if not actors or actors[0].start - ctx.content_start(item) > 40:
        return None
    return actors[0]


def parties(ctx: DocContext) -> tuple[list[Mention], int]:
    """The parties the document lists, and the offset after which "partijen" names them.

    A bullet list after "De ondergetekenden"/"Partijen:" or before "hierna te noemen: partijen".
    """
    for k, sentence in enumerate(ctx.sentences):
        items = []
        if _PARTIES_LEAD.fullmatch(sentence.text):
            items = _list_after(ctx, k)
        elif _PARTIES_AFTER.match(sentence.text):
            items = _list_before(ctx, k)
        found = [p for p in (_party_of(ctx, item) for item in items) if p is not None]
        if len(found) >= 2:
            return found, items[-1].end
    return [], len(ctx.text)


def _things(ctx: DocContext, sentence: Sentence, start: int, end: int, types: frozenset[str]) -> list[Mention]:
    return [m for m in ctx.in_span(start, end) if m.type in types]


def find_parties(ctx: DocContext) -> None:
    """Add what the sentences with "partijen" as subject state of each listed party, and the parties
    that sign the agreement of the title (:func:`find_signing_parties`)."""
    find_signing_parties(ctx)
    listed, after = parties(ctx)
    if not listed:
        return
    for sentence in ctx.sentences:
        opening = ctx.content_start(sentence)
        if sentence.start < after or sentence.bullet_list is not None or not _PARTIES_SUBJECT.match(ctx.text, opening):
            continue
        for pattern, predicate, types in ((_SET_UP, "initiated", _SET_UP_TARGETS),
                                          (_TAKE_PART, "participatesIn", _TAKE_PART_TARGETS)):
            for cue in ctx.asserted_cues(pattern, sentence):
                for thing in _things(ctx, sentence, cue.start(), cue.end(), types)[:1] \
                        or _things(ctx, sentence, cue.end(), sentence.end, types)[:1]:
                    for party in listed:
                        ctx.add(party, predicate, thing, sentence, f"parties.{predicate}", 0.75)


#: what the title calls a signed agreement: "Samenwerkingsagenda X", "Convenant Y", "Woondeal Z"
_AGREEMENT_WORD = re.compile(r"akkoord|convenant|agenda|deal\b|verklaring|overeenkomst|pact\b|afspraken", re.IGNORECASE)
#: a line that names the party signing, and a blank line after it at most: "Namens het ministerie van SZW:",
#: "Voor de gemeente Ede,"
_PARTY_LINE = re.compile(r"^[ \t]*(?:voor\s+akkoord,?\s+)?(?:namens|voor)\b[^\n]*(?P<blank>\n)(?:[ \t]*\n)?",
                         re.MULTILINE | re.IGNORECASE)
#: a line that names the party signing and, after its colon, the one who signs: "Namens de gemeente Ede: E. Smit"
_PARTY_COLON_LINE = re.compile(r"^[ \t]*(?:voor\s+akkoord,?\s+)?(?:namens|voor)\b[^\n:]*(?P<colon>:)[^\n]+",
                               re.MULTILINE | re.IGNORECASE)
#: the line of one who signs: markup and titles, then the name ("**drs. C.A. (Carla) Jansen**, …")
_SIGNER_OPENING = re.compile(r"[ \t*_]*(?:(?:mw|mevr|dhr)\.\s*|(?:mevrouw|de\s+heer)\s+)?(?:(?:mr|drs|dr|ir|ing|prof|bc)\.\s*)*(?:[A-Z]\.(?:[A-Z]\.)*\s*(?:\([^()]{1,20}\)\s*)?)?")


def find_signing_parties(ctx: DocContext) -> None:
    """"Namens <partij>" ("Voor <partij>") over the line of one who signs, in a document whose title names an agreement:
    the party takes part in it.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Woondeal Groene Daken\\n\\nWij werken samen.\\n\\nNamens de gemeente Ede:\\nEva Smit, wethouder\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "parties.signed"]
    [('Ede', 'Woondeal Groene Daken')]
    """
    agreement = ctx.title_programme
    if agreement is None or not _AGREEMENT_WORD.search(agreement.text):
        return
    for line in _PARTY_LINE.finditer(ctx.text):
        party = signing_party(ctx, line.start(), line.start("blank"))
        if party is None:
            continue
        next_end = ctx.text.find("\n", line.end())
        next_end = len(ctx.text) if next_end < 0 else next_end
        signer = [m for m in ctx.in_span(line.end(), next_end)
                  if m.type == "Person" and _SIGNER_OPENING.fullmatch(ctx.text, line.end(), m.start)]
        if not signer:
            continue
        sentence = Sentence(line.start(), next_end, ctx.text[line.start():next_end])
        ctx.add(party, "participatesIn", agreement, sentence, "parties.signed", 0.75)
    for line in _PARTY_COLON_LINE.finditer(ctx.text) if ":" in ctx.text else ():
        # the one who signs on the party's own line: "Namens de gemeente Ede: *E. Smit*, wethouder" (round 43i)
        party = signing_party(ctx, line.start(), line.end("colon"))
        if party is None:
            continue
        signer = [m for m in ctx.in_span(line.end("colon"), line.end()) if m.type == "Person"]
        if not signer or not _SIGNER_OPENING.fullmatch(ctx.text, line.end("colon"), signer[0].start):
            continue
        sentence = Sentence(line.start(), line.end(), line.group())
        ctx.add(party, "participatesIn", agreement, sentence, "parties.signed", 0.75)
