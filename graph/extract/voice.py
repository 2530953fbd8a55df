"""The voice of a document: whom its "wij" stands for.

- "wij als (gemeente) Breda", "wij als provincie X" anywhere in the document: the "we" of its
  sentences is that actor (:func:`we_actor`; :func:`graph.extract.subjects.subject_or_context` asks it);
- a raadsinformatiebrief or a letter to a minister closes with "Burgemeester en wethouders van X,"
  (or "Het college van B&W van X"): the municipality X speaks in it (:func:`issuer`). Its "wij" is X,
  and a wethouder or burgemeester it names without a place is one of X (:mod:`graph.extract.roles`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> from graph.extract.context import DocContext
>>> text = "Brief\\n\\nWij stemmen in.\\n\\nBurgemeester en wethouders van Breda,\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> issuer(DocContext("d", text, ex.sentences, list(ex.mentions)))[0].text
'Breda'
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .affiliations import signing_party
from .interviews import interviewee_body
from .mail import sender_body
from .model import Mention, Sentence

__all__ = ["agreement_municipality", "issuing_province", "issuer", "letterhead", "signatory_body", "we_actor", "we_at",
           "find_signatures"]

#: "wij als (gemeente) X": whom "we" stands for
_WE_AS = re.compile(r"\b(?:wij|we)\s+als\s+(?:gemeente\s+|stad\s+|provincie\s+)?", re.IGNORECASE)

#: the college that signs a municipality's letter: "(Het college van) burgemeester en wethouders van X"
_COLLEGE = re.compile(r"\b(?:burgemeester\s+en\s+wethouders|B\s*(?:&|en)\s*W)\s+van\s+(?:de\s+gemeente\s+)?",
                      re.IGNORECASE)


def issuer(ctx: DocContext) -> tuple[Mention | None, Sentence | None]:
    """The municipality whose college of burgemeester en wethouders signs the document, with the
    sentence that names it (the last such mention: a letter is signed at its end); worked out once."""
    if "issuer" not in ctx.__dict__:
        found: tuple[Mention | None, Sentence | None] = (None, None)
        for match in _COLLEGE.finditer(ctx.text) if ("wethouders" in ctx.text or "W van" in ctx.text) else ():
            place = [m for m in ctx.in_span(match.end(), match.end() + 40) if m.start == match.end()]
            if place and place[0].type == "Municipality":
                found = (place[0], ctx.sentence_at(match.start()))
        ctx.__dict__["issuer"] = found
    return ctx.__dict__["issuer"]


#: a letterhead: the document's first line names the municipality that sends it ("Gemeente Ede"), or
#: its title ends with it ("# Jaarverslag 2023 gemeente Dordrecht": the municipality's own report)
_LETTERHEAD = re.compile(r"\s*[Gg]emeente\s+(?=\S)|\s*#*\s*(?:[Jj]aarverslag|[Jj]aarrekening|[Rr]aadsinformatiebrief|"
                         r"[Rr]aadsvoorstel|[Bb]egroting|[Cc]ollegebrief)\b[^\n]*?\s[Gg]emeente\s+(?=\S)"
                         # a web page's title, the site last: "Samenwerkingsverbanden - Gemeente Ede" (round 54d)
                         r"|[^\n]*?\S[ \t]+[-–|][ \t]+[Gg]emeente[ \t]+(?=\S)")


def letterhead(ctx: DocContext) -> Mention | None:
    """The municipality whose letterhead opens the document: a first line "Gemeente X" and nothing
    else on it (a raadsinformatiebrief, a letter of the college), or a title of a municipality's own
    document ending in it ("Jaarverslag 2023 gemeente Dordrecht", a web page's "Contact - Gemeente Ede");
    its wethouders are X's.

    >>> text = "Gemeente Ede\\nRaadsinformatiebrief"
    >>> ede = Mention(9, 12, "Ede", "Municipality", "", 1.0)
    >>> letterhead(DocContext("d", text, [Sentence(0, 12, text[:12])], [ede])).text
    'Ede'
    >>> text = "# Jaarverslag 2023 gemeente Ede\\n\\nDe burgemeester opent."
    >>> letterhead(DocContext("d", text, [Sentence(0, 31, text[:31])], [Mention(28, 31, "Ede", "Municipality", "", 1.0)])).text
    'Ede'
    >>> text = "Samenwerkingsverbanden - Gemeente Ede\\n\\nDe wethouder zit in de pijler."
    >>> letterhead(DocContext("d", text, [Sentence(0, 37, text[:37])], [Mention(34, 37, "Ede", "Municipality", "", 1.0)])).text
    'Ede'
    """
    if "letterhead" not in ctx.__dict__:
        ctx.__dict__["letterhead"] = None
        first_line = ctx.text.lstrip().split("\n", 1)[0]
        offset = len(ctx.text) - len(ctx.text.lstrip())
        match = _LETTERHEAD.match(first_line)
        if match is not None:
            found = [m for m in ctx.in_span(offset + match.end(), offset + len(first_line))
                     if m.type == "Municipality" and m.start == offset + match.end() and m.end == offset + len(first_line.rstrip())]
            ctx.__dict__["letterhead"] = found[0] if found else None
        if ctx.__dict__["letterhead"] is None:
            ctx.__dict__["letterhead"] = _subtitle_municipality(ctx)
    return ctx.__dict__["letterhead"]


#: a subtitle under the title that names the municipality publishing the document, then at most a
#: separator and what the document is: "**Gemeente Hengelo — week 41**", "Gemeente Ede | Persbericht"
_SUBTITLE = re.compile(r"[ \t]*(?:\*\*|\*|_)?[ \t]*[Gg]emeente[ \t]+(?=\S)")
_SUBTITLE_END = re.compile(r"[ \t]*(?:$|\*|_|[—–|·][ \t])", re.MULTILINE)


def _subtitle_municipality(ctx: DocContext) -> Mention | None:
    """The municipality the line right under the document's title names as its publisher (round 40b).

    >>> text = "# Openbare agenda wethouder Kok\\n\\n**Gemeente Ede — week 41**\\n"
    >>> ede = Mention(44, 47, "Ede", "Municipality", "", 1.0)
    >>> _subtitle_municipality(DocContext("d", text, [Sentence(0, 31, text[:31])], [ede])).text
    'Ede'
    >>> text = "# Nieuws\\n\\nGemeente Ede opent een wijkhub.\\n"
    >>> _subtitle_municipality(DocContext("d", text, [Sentence(0, 8, text[:8])], [Mention(20, 23, "Ede", "Municipality", "", 1.0)]))
    """
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", ctx.text[:600]) if m.group().strip()]
    if len(lines) < 2:
        return None
    offset, line = lines[1]
    match = _SUBTITLE.match(line)
    if match is None:
        return None
    place = [m for m in ctx.in_span(offset + match.end(), offset + len(line)) if m.start == offset + match.end()]
    if place and place[0].type == "Municipality" and _SUBTITLE_END.match(ctx.text, place[0].end):
        return place[0]
    return None


def we_at(ctx: DocContext, at: int) -> Mention | None:
    """The actor a "wij" at offset ``at`` stands for: the document's (:func:`we_actor`), else, in a
    mail, the body the sender of the message works for (:func:`graph.extract.mail.sender_body`)."""
    return we_actor(ctx) or sender_body(ctx, at)


def we_actor(ctx: DocContext) -> Mention | None:
    """The actor a "wij als X" of the document names, else the municipality whose college signs it
    (:func:`issuer`), if there is one (worked out once)."""
    if "we_actor" not in ctx.__dict__:
        ctx.__dict__["we_actor"] = None
        for match in _WE_AS.finditer(ctx.text) if " als " in ctx.text else ():
            found = [m for m in ctx.in_span(match.end(), match.end() + 60) if m.start == match.end()]
            if found and found[0].type in ACTORS:
                ctx.__dict__["we_actor"] = found[0]
                break
        if ctx.__dict__["we_actor"] is None:
            ctx.__dict__["we_actor"] = issuer(ctx)[0]
        if ctx.__dict__["we_actor"] is None:
            ctx.__dict__["we_actor"] = signed_body(ctx)
        if ctx.__dict__["we_actor"] is None:
            ctx.__dict__["we_actor"] = closing_party(ctx)
        if ctx.__dict__["we_actor"] is None:
            ctx.__dict__["we_actor"] = signatory_body(ctx)
        if ctx.__dict__["we_actor"] is None:
            ctx.__dict__["we_actor"] = agreement_municipality(ctx)  # "Coalitieakkoord Amersfoort 2022-2026" (41c)
        if ctx.__dict__["we_actor"] is None:
            ctx.__dict__["we_actor"] = interviewee_body(ctx)  # the themagroep an interviewed trekker speaks for
    return ctx.__dict__["we_actor"]


#: the title of a municipality's coalition agreement or college programme: "Coalitieakkoord Amersfoort 2022-2026";
#: or of its bid book for hosting an event: "Bidbook 's-Hertogenbosch — kandidatuur gaststad …" (round 59s)
_AGREEMENT_TITLE = re.compile(r"\b(?:(?:coalitie|college|bestuurs)(?:akkoord|programma|werkprogramma)|bid[ -]?book)\s+"
                              r"(?:(?:de\s+)?gemeente\s+)?", re.IGNORECASE)


def agreement_municipality(ctx: DocContext) -> Mention | None:
    """The municipality whose coalition agreement or college programme the document's opening lines
    name, right after the word ("Coalitieakkoord Amersfoort 2022-2026", "Collegeprogramma gemeente Ede"):
    its "wij" is that municipality's new college. A bid book's title names the town that bids ("Bidbook Ede —
    kandidatuur gaststad …"): its "wij" is that town (round 59s).

    >>> text = "Coalitieakkoord Ede 2022-2026\\n\\nWij werken samen."
    >>> ede = Mention(16, 19, "Ede", "Municipality", "", 1.0)
    >>> agreement_municipality(DocContext("d", text, [Sentence(0, 29, text[:29])], [ede])).text
    'Ede'
    """
    for sentence in ctx.sentences[:3]:
        title = _AGREEMENT_TITLE.search(ctx.text, sentence.start, sentence.end)
        place = [m for m in ctx.in_span(title.end(), sentence.end) if m.start == title.end()] if title else []
        if place and place[0].type == "Municipality":
            return place[0]
    return None


#: a letter's greeting, then its "namens <body>," line: "Met vriendelijke groet,\n\nnamens het Stedennetwerk G40,"
_GREETING_ON_BEHALF = re.compile(r"^[ \t]*(?:met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|hoogachtend|"
                                 r"(?:vriendelijke\s+)?groet(?:en)?)[ \t]*,?[ \t]*\n(?:[ \t]*\n)*"
                                 r"(?P<line>[ \t]*namens\b[^\n]*)$", re.IGNORECASE | re.MULTILINE)
_ON_BEHALF = re.compile(r"^[ \t]*namens\b", re.IGNORECASE | re.MULTILINE)


def closing_party(ctx: DocContext) -> Mention | None:
    """The body a letter or note is signed for: "Met vriendelijke groet," then "namens het Stedennetwerk
    G40," over the signatures. Its "wij" is that body ("Met het ministerie werken wij goed samen"). None
    when the document has more than one "namens" line (the parties of an agreement) or none.

    >>> text = "Wij werken samen.\\n\\nMet vriendelijke groet,\\n\\nnamens de VNG,\\n\\nEva Smit\\n"
    >>> vng = Mention(text.index("VNG"), text.index("VNG") + 3, "VNG", "Organisation", "", 1.0)
    >>> closing_party(DocContext("d", text, [], [vng])).text
    'VNG'
    """
    if "closing_party" not in ctx.__dict__:
        ctx.__dict__["closing_party"] = None
        lines = _ON_BEHALF.findall(ctx.text) if "amens" in ctx.text else []
        closing = _GREETING_ON_BEHALF.search(ctx.text) if len(lines) == 1 else None
        if closing is not None:
            ctx.__dict__["closing_party"] = signing_party(ctx, closing.start("line"), closing.end("line"))
    return ctx.__dict__["closing_party"]


#: a letter's greeting on a line of its own: "Met vriendelijke groet,", "Hoogachtend,"
_GREETING_LINE = re.compile(r"^[ \t]*(?:met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|hoogachtend)[ \t]*,?[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)
#: the organisation that closes a signature's role line: ", ministerie van IenW", ", VNG"
_CLOSING_BODY = re.compile(r"[ \t]*,[ \t]*(?:(?:de|het)[ \t]+)?(?:(?:gemeente|provincie|ministerie[ \t]+van)[ \t]+)?",
                           re.IGNORECASE)


def signatory_body(ctx: DocContext) -> Mention | None:
    """The organisation a letter's one signature closes with: "Met vriendelijke groet," over a name and a
    role line "programmadirecteur Circulaire Economie, ministerie van IenW". The letter's "wij" is that
    organisation; None when the signature names no organisation, or more than one.

    >>> text = "Wij werken samen met Ede.\\n\\nMet vriendelijke groet,\\n\\nEva Smit\\nadviseur Wonen, VNG\\n"
    >>> vng = Mention(text.index("VNG"), text.index("VNG") + 3, "VNG", "Organisation", "", 1.0)
    >>> signatory_body(DocContext("d", text, [], [vng])).text
    'VNG'
    """
    if "signatory_body" not in ctx.__dict__:
        ctx.__dict__["signatory_body"] = None
        text = ctx.text
        tail = max(0, len(text) - 300)
        greetings = list(_GREETING_LINE.finditer(text, tail)) if "groet" in text[tail:] or "oogachtend" in text[tail:] else []
        lines = text[greetings[-1].end():].strip().split("\n") if len(greetings) == 1 else []
        if len(lines) == 2:
            end = text.rindex(lines[1]) + len(lines[1].rstrip())
            found = [m for m in ctx.in_span(greetings[0].end(), len(text)) if m.type in ACTORS]
            if len(found) == 1 and found[0].end == end \
                    and _CLOSING_BODY.fullmatch(text, text.rfind(",", 0, found[0].start), found[0].start):
                ctx.__dict__["signatory_body"] = found[0]
    return ctx.__dict__["signatory_body"]


#: a line atop a ministry's press release: "Ministerie van VRO, 12 november 2024", "Persbericht ministerie van SZW"
_MINISTRY_LINE = re.compile(r"\s*(?:Persbericht\s*[:|–-]?\s*(?:van\s+)?(?:het\s+)?)?[Mm]inisterie\s+van\s+")


def issuing_ministry(ctx: DocContext) -> Mention | None:
    """The ministry whose line opens the document (one of its first three lines: "Ministerie van
    Volkshuisvesting en Ruimtelijke Ordening, 12 november 2024"): its press release's directeur-generaal
    and spokesperson are that ministry's. None when that line names anything else."""
    if "issuing_ministry" not in ctx.__dict__:
        ctx.__dict__["issuing_ministry"] = None
        for sentence in ctx.sentences[:3]:
            match = _MINISTRY_LINE.match(ctx.text, sentence.start, sentence.end)
            named = ctx.in_sentence(sentence)
            if match is None or len(named) != 1 or named[0].type != "Ministry" or named[0].start != match.end():
                continue
            rest = ctx.text[named[0].end:sentence.end]
            if re.fullmatch(r"\s*(?:,\s*\d{1,2}\s+[a-z]+\s+\d{4})?\s*", rest):
                ctx.__dict__["issuing_ministry"] = named[0]
                break
    return ctx.__dict__["issuing_ministry"]


#: a line atop a province's press release: "PERSBERICHT – Provincie Noord-Brabant", "Persbericht provincie Utrecht"
#: (a province's letterhead alone, "Provincie Gelderland" over a statenbrief, is one too: round 52e)
_PROVINCE_LINE = re.compile(r"\s*(?:(?:[Pp]ersbericht|PERSBERICHT)\s*[:|–-]?\s*(?:van\s+)?(?:de\s+)?)?[Pp]rovincie\s+")


def issuing_province(ctx: DocContext) -> Mention | None:
    """The province whose press release the document is, by its opening line ("PERSBERICHT – Provincie
    Noord-Brabant", one of the first three lines, naming nothing else): its gedeputeerden and its
    spokesperson are that province's. None otherwise.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "PERSBERICHT – Provincie Utrecht\\n\\nDe deal is rond, zegt gedeputeerde Eva Kok."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Eva Kok', 'Utrecht')]
    >>> text = "Provincie Utrecht\\n\\nSTATENBRIEF\\n\\nGedeputeerde Eva Kok opent de dag."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Eva Kok', 'Utrecht')]
    """
    if "issuing_province" not in ctx.__dict__:
        ctx.__dict__["issuing_province"] = None
        for sentence in ctx.sentences[:3]:
            match = _PROVINCE_LINE.match(ctx.text, sentence.start, sentence.end)
            named = ctx.in_sentence(sentence)
            if match is not None and len(named) == 1 and named[0].type == "Province" and named[0].start == match.end() \
                    and not ctx.text[named[0].end:sentence.end].strip():
                ctx.__dict__["issuing_province"] = named[0]
                break
    return ctx.__dict__["issuing_province"]


#: the office of a signature that speaks for a body: "(…) en voorzitter van de Pijler X (van de G40)"
_CHAIRS_BODY = re.compile(r"\b(?:voorzitter|vicevoorzitter|trekker|directeur)\s+van\s+(?:de|het)\s+(?:G40-)?$",
                          re.IGNORECASE)


def signed_body(ctx: DocContext) -> Mention | None:
    """The unit whose chair signs an opinion piece or letter at its end: a line with only a name, then a
    line "Wethouder Werk in Ede en voorzitter van de Pijler Economie van de G40". Its "wij" speaks for
    that unit ("Wij hebben samen met TNO uitgerekend …"); None without such a signature.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_the_we_of_a_piece_signed_by_a_unit_chair_is_that_unit)
    """
    body = [s for s in ctx.sentences if s.text.strip()]
    for k in range(max(0, len(body) - 3), len(body)):
        persons = [m for m in ctx.in_sentence(body[k]) if m.type == "Person"]
        if len(persons) != 1:
            continue
        if persons[0].start == body[k].start and persons[0].end == body[k].end and k + 1 < len(body):
            line = body[k + 1]  # the name on a line of its own, the office on the next
        elif _SIGNATURE_OPENING.fullmatch(ctx.text, body[k].start, persons[0].start) \
                and not body[k].text.rstrip().endswith((".", "!", "?")) and ctx.text[body[k].start - 1:body[k].start] == "\n" \
                and re.match(r"\s*(?:\([^()]{0,40}\)\s*)?,", ctx.text[persons[0].end:body[k].end]):
            line = body[k]  # "(Wethouder) X (Ede), wethouder … en voorzitter van de Pijler Y" on one line
        else:
            continue
        for unit in (m for m in ctx.in_sentence(line) if m.type == "OrganisationalUnit"):
            if _CHAIRS_BODY.search(ctx.text, max(line.start, unit.start - 40), unit.start):
                return unit
    return None


#: what may open a one-line signature before the name: a role word or nothing
_SIGNATURE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?")


#: the office a letter closes with, over its signature: "De minister van Economische Zaken,"
_OFFICE_LINE = re.compile(r"^[ \t]*[Dd]e\s+(?:minister|staatssecretaris|burgemeester|gedeputeerde|voorzitter|directeur)"
                          r"(?:-generaal)?\s+(?:van|voor)\s+[^\n,]{2,80},?[ \t]*$", re.MULTILINE)


def writer_actor(ctx: DocContext) -> Mention | None:
    """The actor whose office signs a letter ("De minister van Economische Zaken," over the name, in
    the last lines): who its "ik" speaks for; None when the letter closes otherwise.

    >>> text = "Brief\\n\\nIk werk samen met Ede.\\n\\nDe minister van EZK,\\n\\nEva Smit"
    >>> ezk = Mention(47, 50, "EZK", "Ministry", "", 1.0)
    >>> writer_actor(DocContext("d", text, [], [ezk])).text
    'EZK'
    """
    if "writer_actor" not in ctx.__dict__:
        ctx.__dict__["writer_actor"] = None
        tail = max(0, len(ctx.text) - 400)
        for match in _OFFICE_LINE.finditer(ctx.text, tail):
            found = [m for m in ctx.in_span(match.start(), match.end()) if m.type in ACTORS]
            if len(found) == 1:
                ctx.__dict__["writer_actor"] = found[0]
    return ctx.__dict__["writer_actor"]


#: a signature line of a college's letter: "de secretaris," and "de burgemeester," side by side
_SIGNATURE_ROLES = re.compile(r"[ \t]*(?:(?:de\s+)?(?:gemeente)?(secretaris|burgemeester|loco-burgemeester),?[ \t]*){1,2}$",
                              re.IGNORECASE)
_SIGNATURE_ROLE = re.compile(r"(?:gemeente)?(secretaris|burgemeester|loco-burgemeester)", re.IGNORECASE)


def find_signatures(ctx: DocContext) -> None:
    """The signature block of a letter that :func:`issuer`'s college signs: a line of offices ("de
    secretaris,   de burgemeester,") over a line of names (a blank line or two may stand between), in
    the same order. Each name holds its office at the municipality.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Brief\\n\\nWij stemmen in.\\n\\nBurgemeester en wethouders van Breda,\\n\\n"
    ...         "de secretaris,      de burgemeester,\\nKees Molenaar       Petra de Wit\\n")
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.role) for r in ex.relations if r.rule == "voice.signature")
    [('Kees Molenaar', 'secretaris'), ('Petra de Wit', 'burgemeester')]
    """
    if "secretaris" not in ctx.text and "burgemeester" not in ctx.text:
        return
    place, _ = issuer(ctx)
    if place is None:
        return
    lines = ctx.text[place.end:].split("\n")
    offset = place.end
    for k, line in enumerate(lines[:-1]):
        start = offset
        offset += len(line) + 1
        if not line.strip() or not _SIGNATURE_ROLES.fullmatch(line):
            continue
        offices = [m.group(1).lower() for m in _SIGNATURE_ROLE.finditer(line)]
        names_at, j = offset, k + 1
        while j < len(lines) - 1 and not lines[j].strip() and j - k < 3:
            names_at += len(lines[j]) + 1  # a blank line between the offices and the names
            j += 1
        persons = [m for m in ctx.in_span(names_at, names_at + len(lines[j])) if m.type == "Person"]
        if len(persons) != len(offices):
            continue
        sentence = ctx.sentence_at(persons[0].start) or ctx.sentence_at(start)
        for office, person in zip(offices, persons):
            if sentence is not None:
                ctx.add(person, "hasRole", place, sentence, "voice.signature", 0.8, role=office)
