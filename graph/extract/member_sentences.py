"""A body's members in a sentence of their own (round 59r): "Leden waren A, B en C."

After a sentence about a committee or working group ("De commissie stond onder voorzitterschap van X."), the next
names its members with "leden" as the subject: "Leden waren dhr. R. Bos, destijds voorzitter van Divosa, mw. F.
Kok, directeur van UWV, en dhr. M. Arslan, namens MKB-Nederland."; "De overige leden zijn A en B."; "Leden van de
werkgroep zijn A en B.". Each person is a member ("lid") of the body (a member no longer after "waren"): the one
the sentence names after "leden van", else the last body of a committee's kind the two sentences before name. Their appositions are read by the
other rules (a post "destijds" held, an organisation "namens" which one sits). Rule ``units.member-sentence``. A
sentence about members of something else ("Leden van de VNG ontvangen …", "Leden waren verheugd") states none.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De Adviescommissie Jeugdzorg werd in 2021 ingesteld. Zij stond onder voorzitterschap van Eva Smit. "
...         "Leden waren Jan Bos, directeur van Divosa, en mw. A. (Anna) de Wit, namens de VNG.")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == MEMBER_RULE)
[('A. (Anna) de Wit', 'Adviescommissie Jeugdzorg', 'lid'), ('Jan Bos', 'Adviescommissie Jeugdzorg', 'lid')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_member_sentences", "MEMBER_RULE"]

MEMBER_RULE = "units.member-sentence"

#: a sentence whose subject is the members: "Leden waren", "De overige leden zijn", "Leden van de werkgroep zijn"
_MEMBERS = re.compile(r"(?:(?:De|Als)\s+)?(?:overige\s+|andere\s+|vaste\s+)?[Ll]eden(?P<of>\s+van\s+(?:de|het)\s+[^,:]{3,80}?)?"
                      r"\s+(?:waren|zijn|waren\s+verder|zijn\s+verder)\s*:?\s+(?=(?:mw|mevr|dhr|hr|de heer|mevrouw|prof|dr|drs|mr|ir)\b|[A-Z])")
#: the kind of body whose members a sentence after it lists, the head of its name ("Adviescommissie Jeugdzorg",
#: "de commissie", "Werkgroep Invoering")
_BODY_KIND = re.compile(r"(?:commissie|werkgroep|stuurgroep|klankbordgroep|adviesgroep|adviesraad|raad|jury|"
                        r"curatorium|kerngroep|taskforce|bestuur|comité|panel)\b", re.IGNORECASE)


def find_member_sentences(ctx: DocContext) -> None:
    """Add the members a "Leden waren …" sentence names (see the module)."""
    for k, sentence in enumerate(ctx.sentences):
        match = _MEMBERS.match(ctx.text, sentence.start)
        if match is None or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        mentions = ctx.in_sentence(sentence)
        if match.group("of"):
            named = [m for m in mentions if m.start < match.end() and m.type == "OrganisationalUnit"]
            body = named[0] if named and _BODY_KIND.search(named[0].label) else None
        else:
            before = [m for s in ctx.sentences[max(0, k - 2):k] for m in ctx.in_sentence(s)
                      if m.type == "OrganisationalUnit" and _BODY_KIND.search(m.label)]
            body = before[-1] if before else None
        if body is None:
            continue
        past = " waren" in match.group()  # "Leden waren …": told of a body that did its work
        for person in (m for m in mentions if m.type == "Person" and m.start >= match.end()):
            ctx.add(person, "hasRole", body, sentence, MEMBER_RULE, 0.7, role="lid", past=past)
