"""Member lists: bullet items under a heading or a lead-in that says they are members.

"Leden" / "Deelnemers" / "Partners" / "Samenstelling" (also "Nieuwe leden", a newsletter's news of who
joined; "Pilotsteden", "Praktijkgemeenten", "Proeftuinen": the towns that try a programme out take part
in it) as the heading of a section, or a sentence
ending in ":" that says who takes part ("De stuurgroep bestaat uit:", "Deelnemende gemeenten:", "Aan de
deal werken mee:", "De deal is een samenwerking van:", "Betrokken partijen zijn:"),
makes each bullet item that opens with a name a member of what the passage is about:

- "- Gemeente Breda", "- VNG (kennispartner)": the actor participatesIn the subject;
- "- Kees Molenaar (voorzitter, gemeente Breda)", "- Ans de Wit, secretaris": of a unit, the person
  has the role the bracket or apposition names, else participatesIn it.

The same holds under a heading that places the items in the programme ("De steden in het programma"),
after a sentence that counts who joined ("In 2023 namen vier steden deel."), after a lead-in that says
where the programme's money goes ("In de eerste tranche gaan de bijdragen naar:"), and for a first
paragraph under a member heading that only lists actors ("Tilburg, Zwolle en de VNG."). A person in the
participants' list of a programme ("- Eva Smit (wethouder Ede)") takes part, and so does the one town or
body the item names for them.

The subject is the unit or programme the lead-in names, else the one the heading or the document's
title names (see :func:`graph.extract.cards.card_subject`), else the one the lead-in's paragraph names. A list under any other heading (an
agenda, "In dit nummer", action points) states no membership. The evidence is the item.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "City Deal Slimme Wijk\\n\\nPartners\\n\\n- gemeente Breda\\n- VNG (kennispartner)\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("lists."))
[('Breda', 'participatesIn', 'City Deal Slimme Wijk'), ('VNG', 'participatesIn', 'City Deal Slimme Wijk')]
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import ACTORS, DocContext
from .member_headings import (announced_things, announces_recipients, counts_joined, names_members, paragraph_programme,
                              programme_named_before)
from .model import Mention, Sentence
from .petitions import petition_signed
from .roles import role_of, role_pattern

__all__ = ["find_counted_named", "find_lists", "find_listed_paragraphs", "find_led_items"]

#: (the rest of them too, as an infobox row names them: "Overige partners", "Andere deelnemers")
_MEMBER_HEADING = re.compile(r"(?:de\s+|onze\s+)?(?:nieuwe\s+|overige\s+|andere\s+)?"
                             # where they come from: "Nederlandse partners", "Europese partners" (round 50a)
                             r"(?:(?:nederlandse|europese|internationale|buitenlandse|landelijke|regionale|lokale)\s+)?(?:leden|deelnemers|(?:samenwerkings)?partners|samenstelling|bezetting|"
                             r"(?:mede-?)?ondertekenaars|"
                             # the towns that try the programme out: "Pilotsteden", "Praktijkgemeenten", "Proeftuinen"
                             r"(?:pilot|praktijk|proef|koploper)(?:steden|gemeenten)|proeftuinen|"
                             r"deelnemende\s+\w+|betrokken\s+(?:partijen|organisaties|gemeenten|steden|partners)|"
                             r"aangesloten\s+\w+|wie\s+do(?:en|et)\s+(?:er\s+)?mee\??)", re.IGNORECASE)
#: a lead-in that announces members: "De stuurgroep bestaat (verder) uit:", "Aan de deal nemen deel:"
_MEMBER_LEAD = re.compile(r"\b(?:(?:bestaat|bestaan)\s+(?:(?:verder|voorts|daarnaast|nu|ook)\s+)?uit|zitting\s+in|leden|lid\s+van|deelnemers|partners|"
                          # "Deze gemeenten doen al mee:" (round 39a: a time word between)
                          r"(?:doen|nemen)\s+(?:(?:al|nu|ook|inmiddels|momenteel)\s+)*(?:mee|deel)|deelnemende|aangesloten|ondertekenaars|"
                          r"(?:doen|nemen)\s+(?:de\s+)?volgende\s+\w+\s+(?:mee|deel)|(?:ondertekend|getekend)\s+door|"
                          # "Aan de deal werken mee:", "De deal is een samenwerking van:", "Betrokken partijen zijn:"
                          r"werken\s+mee|werkt\s+mee|samenwerking\s+(?:van|tussen)|"
                          r"betrokken\s+(?:partijen|organisaties|gemeenten|steden|partners))"
                          r"\b[^:]{0,60}:\s*$", re.IGNORECASE)
#: a lead-in about the members of a body ("De stuurgroep bestaat uit:"): an unnamed body is no programme named before
_BODY_LEAD = re.compile(r"\b(?:bestaat|bestaan)\s+(?:(?:verder|voorts|daarnaast|nu|ook)\s+)?uit|\bzitting\s+in|\bleden\b|\blid\s+van", re.IGNORECASE)
#: what may follow a member's name in its item: nothing, a bracket, an apposition, a dash or a colon
_ITEM_REST = re.compile(r"\s*(?:$|\(|,|[–—-]\s|:|[;.]\s*$)")
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})


def _list_items(ctx: DocContext) -> dict[int, list[Sentence]]:
    """The first sentence of each bullet item, per bullet list."""
    lists: dict[int, list[Sentence]] = {}
    for sentence in ctx.sentences:
        if sentence.bullet_list is not None and sentence.item_start and not sentence.is_heading:
            lists.setdefault(sentence.bullet_list, []).append(sentence)
    return lists


def _list_subject(ctx: DocContext, first: Sentence) -> Mention | None:
    """What the members of the list opening with ``first`` belong to, if the passage says they are members."""
    k = ctx.position[first]
    lead = ctx.sentences[k - 1] if k > 0 else None
    if lead is not None and not lead.is_heading and lead.bullet_list is None and (
            _MEMBER_LEAD.search(lead.text) or names_members(lead.text) or announces_recipients(lead.text)
            or (counts_joined(lead.text) and not _DENIED.search(lead.text))):  # "Zes steden zijn geselecteerd."
        named = announced_things(ctx, lead)
        if named:
            return named[0]
        return petition_signed(ctx, lead) or _pronoun_body(ctx, lead) or card_subject(ctx, lead, ctx.content_start(lead)) \
            or paragraph_programme(ctx, lead) \
            or (None if _BODY_LEAD.search(lead.text) else programme_named_before(ctx, lead.start))
    if first.section and (_MEMBER_HEADING.fullmatch(first.section.strip()) or names_members(first.section)) and (
            lead is None or lead.is_heading or _introduces(ctx, lead, first)):
        heading = ctx.sentence_at(first.section_start) if first.section_start is not None else None
        return card_subject(ctx, heading, heading.start) if heading is not None else None
    heading = ctx.sentence_at(first.section_start) if first.section_start is not None and (
        lead is None or lead.is_heading) else None
    if heading is not None:
        body = [m for m in ctx.in_sentence(heading) if m.rule == "references.body-heading"]
        if body:
            return body[0]  # "## Kernteam" on the page of a taskforce: the items are its members
    return None


#: a pronoun that opens a lead-in as its subject: "Het bestaat uit:", "Zij bestaat uit:"
_PRONOUN_LEAD = re.compile(r"\s*(?:Het|Dit|Deze|Die|Zij|Ze)\s+(?:bestaat|bestond|bestaan|bestonden)\s+uit\b")


def _pronoun_body(ctx: DocContext, lead: Sentence) -> Mention | None:
    """The body a pronoun opening the lead-in stands for: "Met de benoeming is het dagelijks bestuur weer
    compleet. Het bestaat uit:" (the one unit or programme the sentence before names, in the same paragraph).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Nieuws\\n\\nNu is het dagelijks bestuur van de G40 compleet. Het bestaat uit:\\n- Eva Smit (Ede)\\n- Jan Kok (Breda)\\n"
    >>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "participatesIn")
    [('Eva Smit', 'dagelijks bestuur'), ('Jan Kok', 'dagelijks bestuur')]
    """
    if not _PRONOUN_LEAD.match(ctx.text, ctx.content_start(lead), lead.end):
        return None
    previous = ctx.previous_sentence(lead)
    if previous is None or previous.is_heading or "\n\n" in ctx.text[previous.end:lead.start]:
        return None
    bodies = [m for m in ctx.in_sentence(previous) if m.type in _THINGS]
    return bodies[0] if len({m.label for m in bodies}) == 1 else None


#: the bracket after a member that says it leads: "- Gemeente Emmen (penvoerder)", "- VNG (trekker)"
_LEADS = re.compile(r"\s*\((?:penvoerder|kartrekker|trekker|(?:eerste\s+)?aanvrager|coördinator|regiehouder)\)\s*[.;]?\s*",
                    re.IGNORECASE)
#: a sentence that takes back what a list would state: "De volgende gemeenten doen niet mee:"
_DENIED = re.compile(r"\b(?:niet|geen|nooit|afgewezen|afgevallen|gestopt|vertrokken)\b", re.IGNORECASE)


def _introduces(ctx: DocContext, lead: Sentence, first: Sentence) -> bool:
    """Whether the paragraph ``lead`` right above a list under a member heading only introduces its
    items ("Deelnemende gemeenten" / "Aan de eerste ronde doen acht gemeenten mee." / the items): a
    plain paragraph of the same section, no item of another list, that denies nothing."""
    return (lead.bullet_list is None and lead.section_start == first.section_start
            and not _DENIED.search(lead.text))


def find_lists(ctx: DocContext) -> None:
    """Add the members of every bullet list the passage announces as members."""
    if "\n" not in ctx.text:
        return
    for items in _list_items(ctx).values():
        subject = _list_subject(ctx, items[0])
        if subject is None:
            continue
        if subject.rule == "references.body-heading":
            owner = _title_owner(ctx)
            if owner is not None:
                ctx.add(subject, "partOf", owner, ctx.sentence_at(subject.start), "lists.body-of-title", 0.7)
        k = ctx.position[items[0]]
        lead_text = ctx.sentences[k - 1].text if k > 0 and not ctx.sentences[k - 1].is_heading else ""
        for item in items:
            start = ctx.content_start(item)
            if any(m.start < start for m in ctx.in_sentence(item)):
                start = item.start  # "Almelo – Westwijk" opens an item, not a news item's dateline
            opening = [m for m in ctx.in_sentence(item) if m.start - start <= 45]
            opening = [m for m in opening if _ITEM_OPENING.fullmatch(ctx.text, start, m.start)]
            if not opening:
                signer = _kind_signer(ctx, item, start)  # "namens de woningcorporaties: directeur X van Y"
                if signer is not None and signer.label != subject.label:
                    ctx.add(signer, "participatesIn", subject, item, "lists.member-by-kind", 0.7)
                continue
            coordinated = _coordinated(ctx, opening[0], item)
            if coordinated:
                # "- de gemeenten A, B en C", "- de ministeries van SZW en BZK": one member each
                for member in coordinated:
                    if member.label != subject.label:
                        ctx.add(member, "participatesIn", subject, item, "lists.member", 0.75)
                continue
            if not _ITEM_REST.match(ctx.text, opening[0].end, item.end):
                continue
            member = opening[0]
            if member.type == "Municipality" and subject.type == "OrganisationalUnit" and _PEOPLE_LEAD.search(lead_text):
                # "De volgende wethouders zijn lid:" / "- Gouda – Eva de Wit, wethouder Werk": the person is
                # the member, the place is where they hold office (see role_holders._line_place)
                for person in _listed_person(ctx, member, item):
                    ctx.add(person, "participatesIn", subject, item, "lists.member-person", 0.75)
                continue
            if member.type in ACTORS and member.label != subject.label:
                ctx.add(member, "participatesIn", subject, item, "lists.member", 0.75)
                if _LEADS.fullmatch(ctx.text[item.start:item.end], member.end - item.start):
                    ctx.add(subject, "ledBy", member, item, "lists.member-lead", 0.75)  # "- Gemeente Emmen (penvoerder)"
                if subject.type == "OrganisationalUnit" and member.type in ("Municipality", "Province", "Ministry", "Organisation"):
                    # "- Alkmaar: wethouder Eva Smit": the city's representative sits in the unit too
                    for person in _representatives(ctx, member, item):
                        ctx.add(person, "participatesIn", subject, item, "lists.member", 0.75)
            elif member.type == "Person" and subject.type == "OrganisationalUnit":
                role = _item_role(ctx, member, item)
                if role is not None:
                    ctx.add(member, "hasRole", subject, item, "lists.member-role", 0.75, role=role)
                else:
                    ctx.add(member, "participatesIn", subject, item, "lists.member", 0.75)
            elif member.type == "Person" and subject.type == "Programme":
                _person_item(ctx, member, item, subject)


#: the governments and bodies a listed person stands for
_STANDS_FOR = frozenset({"Municipality", "Province", "Ministry", "Organisation"})


def _person_item(ctx: DocContext, person: Mention, item: Sentence, programme: Mention) -> None:
    """"- Eva Smit (wethouder Ede)", "- Jan de Kok, Hogeschool Utrecht" in the list of a programme's
    participants: the person takes part, and so does the one town or body the item names for them."""
    ctx.add(person, "participatesIn", programme, item, "lists.member-person", 0.7)
    bodies = [m for m in ctx.in_sentence(item) if m.start >= person.end and m.type in _STANDS_FOR]
    if len({m.label for m in bodies}) == 1 and bodies[0].label != programme.label:
        ctx.add(bodies[0], "participatesIn", programme, item, "lists.member-person", 0.7)


#: what may open a member item before its first name: an article and a kind word, singular or
#: plural ("de gemeenten", "de ministeries van", "woningcorporatie"), after "namens" in a list of
#: signatories ("namens de provincie Drenthe: gedeputeerde X")
_ITEM_OPENING = re.compile(r"(?:namens\s+)?(?:(?:de|het)\s+)?(?:(?:regionale|landelijke|lokale|betrokken|twee|drie|vier)\s+)?"
                           r"(?:(?:gemeenten?|provincies?|ministeries\s+van|ministerie\s+van|"
                           r"woningcorporaties?|corporaties?|hogescholen|(?:kennis|uitvoerings)?instellingen|"
                           r"[a-z]*maatschappij(?:en)?|organisaties|kennispartners?|partners?)\s+)?", re.IGNORECASE)
#: a signatory item for a kind of party, named after the colon: "namens de woningcorporaties: directeur-bestuurder X
#: van Woonstichting Y"
_FOR_A_KIND = re.compile(r"\s*namens\s+(?:de|het)\s+[a-z]+\s*:\s*")


def _kind_signer(ctx: DocContext, item: Sentence, start: int) -> Mention | None:
    """The one organisation an item "namens de woningcorporaties: <rol> X van Y" names after its colon (Y)."""
    match = _FOR_A_KIND.match(ctx.text, start, item.end)
    if match is None:
        return None
    bodies = [m for m in ctx.in_sentence(item) if m.start >= match.end() and m.type == "Organisation"]
    return bodies[0] if len({m.label for m in bodies}) == 1 else None


#: the glue between the members of a coordinated list: ", ", " en ", " & ", ", de gemeente "
_GLUE = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+|\s*&\s*)(?:(?:de|het)\s+)?(?:gemeenten?\s+|provincies?\s+|ministeries?\s+van\s+)?",
                   re.IGNORECASE)


#: the end of an item that is a coordinated list: a bracket or a full stop, or a colon before who signed
#: for them ("namens de gemeenten A en B: de wethouders X (A) en Y (B)")
_COORDINATED_END = re.compile(r"\s*(?:\([^()]*\))?\s*(?:[.;]?\s*|:[^\n]*)")


def _coordinated(ctx: DocContext, first: Mention, item: Sentence) -> list[Mention]:
    """The actors of an item that is a coordinated list from ``first`` to its end ("A, B en C",
    optionally closed by a bracket or a full stop, or a colon before the ones who signed for them),
    or [] when the item holds anything else."""
    members = [first]
    rest = [m for m in ctx.in_sentence(item) if m.start >= first.end]
    at = first.end
    for m in rest:
        if re.fullmatch(r"\s*\(", ctx.text[at:m.start]) and ctx.text[m.end:m.end + 1] == ")":
            at = m.end + 1  # "het ministerie van Economische Zaken (EZ) en …": the abbreviation of the one before
            continue
        if not _GLUE.fullmatch(ctx.text, at, m.start):
            break
        members.append(m)
        at = m.end
    if len(members) < 2 or not _COORDINATED_END.fullmatch(ctx.text, at, item.end):
        return []
    return members if all(m.type in ACTORS for m in members) else []


def find_listed_paragraphs(ctx: DocContext) -> None:
    """A paragraph under a member heading that only lists actors ("Deelnemers" / "Tilburg, Zwolle, Breda en de
    VNG."): each participatesIn what the heading's section is about, as the items of a bullet list there would.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "City Deal Zon\\n\\nDe deal is gesloten.\\n\\nDeelnemers\\n\\nTilburg, Zwolle en de VNG.\\n"
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "lists.paragraph")
    ['Tilburg', 'VNG', 'Zwolle']
    """
    for k, sentence in enumerate(ctx.sentences):
        if k == 0 or sentence.is_heading or sentence.bullet_list is not None or not sentence.section \
                or not ctx.sentences[k - 1].is_heading or ctx.sentences[k - 1].start != sentence.section_start:
            continue  # the first paragraph right under its heading only
        if not (_MEMBER_HEADING.fullmatch(sentence.section.strip()) or names_members(sentence.section)):
            continue
        mentions = ctx.in_sentence(sentence)
        if not mentions or mentions[0].start - ctx.content_start(sentence) > 8 \
                or not _ITEM_OPENING.fullmatch(ctx.text, ctx.content_start(sentence), mentions[0].start):
            continue
        members = _coordinated(ctx, mentions[0], sentence)
        subject = card_subject(ctx, ctx.sentences[k - 1], ctx.sentences[k - 1].start) if members else None
        if subject is None or _DENIED.search(sentence.text):
            continue
        for member in members:
            if member.label != subject.label:
                ctx.add(member, "participatesIn", subject, sentence, "lists.paragraph", 0.7)


#: a sentence that names the ones a counted sentence before it spoke of: "Het gaat om A, B en C.", "Het betreft …",
#: "Dat zijn …" (44a)
_NAMING_COUNTED = re.compile(r"(?:Het|Dit|Dat)\s+(?:gaat\s+om|ging\s+om|betreft|betrof|zijn|waren)\s+")


def find_counted_named(ctx: DocContext) -> None:
    """The actors a sentence names after one that counted who joined or receive a programme's money ("Negen
    gemeenten krijgen geld uit het Impulsfonds X. Het gaat om A, B en C."): each participatesIn it, as the
    items of a list after that sentence would (it may stand up to three sentences before; it denies nothing).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Nieuws\\n\\nDrie steden krijgen geld uit het Impulsfonds Sterke Steden. Het gaat om Ede, Breda en Venlo.\\n"
    >>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "lists.counted-named")
    ['Breda', 'Ede', 'Venlo']
    """
    for k, sentence in enumerate(ctx.sentences):
        if k == 0 or sentence.is_heading or sentence.bullet_list is not None:
            continue
        opening = _NAMING_COUNTED.match(ctx.text, ctx.content_start(sentence), sentence.end)
        if opening is None:
            continue
        lead = _counted_lead(ctx, k)
        if lead is None:
            continue
        mentions = ctx.in_sentence(sentence)
        if not mentions or not _ITEM_OPENING.fullmatch(ctx.text, opening.end(), mentions[0].start):
            continue
        named = announced_things(ctx, lead)
        members = _coordinated(ctx, mentions[0], sentence) if named else []
        for member in members:
            if member.label != named[0].label:
                ctx.add(member, "participatesIn", named[0], sentence, "lists.counted-named", 0.7)


def _counted_lead(ctx: DocContext, k: int) -> Sentence | None:
    """The sentence of the three before sentence ``k`` (no heading or list item between; a news item's lead
    may be a paragraph of its own) that counts who joined or receive money, denying nothing, else None."""
    for lead in reversed(ctx.sentences[max(0, k - 3):k]):
        if lead.is_heading or lead.bullet_list is not None:
            return None
        if counts_joined(lead.text):
            return None if _DENIED.search(lead.text) else lead
    return None


#: a lead-in that announces people, not places: "De volgende bestuurders zijn lid van de themagroep:"
_PEOPLE_LEAD = re.compile(r"\b(?:bestuurders|wethouders|burgemeesters|gedeputeerden|personen|mensen)\b", re.IGNORECASE)


def _listed_person(ctx: DocContext, place: Mention, item: Sentence) -> list[Mention]:
    """The one person after the place and a dash or colon that open ``item`` ("Gouda – Eva de Wit,
    wethouder Werk"), unless a bracket gives them a role in the unit ("(trekker)": the roles say it)."""
    persons = [m for m in ctx.in_sentence(item) if m.start >= place.end]
    if not persons or persons[0].type != "Person" or not re.fullmatch(r"\s*[–—:-]\s*", ctx.text[place.end:persons[0].start]):
        return []
    for bracket in re.findall(r"\(([^()]{1,40})\)", ctx.text[persons[0].end:item.end]):
        role = role_of(bracket.strip())
        if role is not None and role.scope.startswith("unit"):
            return []
    return persons[:1]


def _representatives(ctx: DocContext, member: Mention, item: Sentence) -> list[Mention]:
    """The one person who follows a member's name and a colon or dash in its item, without a role of
    the unit of their own ("Alkmaar: wethouder Eva Smit", not "Ede – Jan Smit (trekker)": that role
    is read by the roles)."""
    persons = [m for m in ctx.in_sentence(item) if m.start >= member.end]
    if len(persons) != 1 or persons[0].type != "Person":
        return []
    between = ctx.text[member.end:persons[0].start]
    if not re.fullmatch(r"\s*(?::|[–—-])\s*(?:[\w-]+\s+){0,2}", between):
        return []
    role = role_pattern().match(between.lstrip(" :–—-"))
    if between.strip(" :–—-") and (role is None or role.end() != len(between.strip(" :–—-"))):
        return []  # only a role word may stand between: "Alkmaar: wethouder X"
    return [] if _item_role(ctx, persons[0], item) is not None else persons


def _item_role(ctx: DocContext, person: Mention, item: Sentence) -> str | None:
    """The unit role a bracket or apposition after ``person`` names: "(voorzitter, Breda)", ", secretaris"."""
    after = re.match(r"\s*\([^()]{0,80}\)\s*[–—-]\s*(\w[^,;()]{1,40})", ctx.text[person.end:item.end])
    if after is not None:
        # "Eva Smit (adviseur, Breda) – trekker kernteam": the role after the bracket is the one in the body
        word = role_pattern().match(after.group(1))
        role = role_of(word.group(0)) if word else None
        if role is not None and role.scope.startswith("unit"):
            return role.label
    rest = re.match(r"\s*(?:\(|,|[–—-])\s*([^,;()]{2,40})", ctx.text[person.end:item.end])
    if rest is None:
        return None
    role = role_of(rest.group(1).strip())
    return role.label if role is not None and role.scope.startswith("unit") else None



def _title_owner(ctx: DocContext) -> Mention | None:
    """The unit or programme the document's title names first."""
    title = ctx.sentences[0] if ctx.sentences and ctx.sentences[0].is_heading else None
    named = [m for m in ctx.in_sentence(title) if m.type in ("OrganisationalUnit", "Programme")] if title else []
    return named[0] if named else None



#: "De trekkers zijn:", "Voorzitters:"
_LEAD_IN_ROLE = re.compile(r"\b(?:(?P<pulled>getrokken)|voorgezeten|geleid)\s+door\s*:\s*$"
                           r"|\b(?P<role>trekkers|voorzitters)(?:\s+(?:zijn|waren|worden))?\s*:\s*$", re.IGNORECASE)


def find_led_items(ctx: DocContext) -> None:
    """"Die worden getrokken door:" over items "Armoede en Schulden: A (Leeuwarden) en B (Dordrecht)":
    the persons after each item's unit and colon hold the role in it (trekker after "getrokken",
    "trekkers"; voorzitter otherwise).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De pijler kent twee themagroepen. Die worden getrokken door:\\n- Jeugd: Eva Smit (Ede)\\n- Zorg: Kees Bos\\n"
    >>> sorted((r.subject.text, r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "lists.led-item")
    [('Eva Smit', 'Themagroep Jeugd', 'trekker'), ('Kees Bos', 'Themagroep Zorg', 'trekker')]
    """
    if ":" not in ctx.text:
        return
    for items in _list_items(ctx).values():
        k = ctx.position[items[0]]
        lead = ctx.sentences[k - 1] if k > 0 else None
        match = _LEAD_IN_ROLE.search(lead.text) if lead is not None and lead.bullet_list is None else None
        if match is None or _DENIED.search(lead.text):
            continue
        pulled = match.group("pulled") or (match.group("role") or "").lower().startswith("trekker")
        role = "trekker" if pulled else "voorzitter"
        for item in items:
            start = ctx.content_start(item)
            unit = next((m for m in ctx.in_sentence(item) if m.start <= start + 2), None)
            colon = re.match(r"\s*:\s*", ctx.text[unit.end:item.end]) if unit is not None else None
            if unit is None or unit.type not in _THINGS or colon is None:
                continue
            for person in ctx.list_after(unit.end + colon.end(), item.end, types={"Person"}):
                ctx.add(person, "hasRole", unit, item, "lists.led-item", 0.75, role=role)
