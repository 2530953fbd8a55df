"""E-mail: who "ik", "jij" and "we" are in the messages of a mail or a thread.

A mail opens with header lines, and a reply quotes the earlier message under its own headers::

    Van: Sietske Hoogeveen <s.hoogeveen@g40stedennetwerk.nl>
    Aan: Ruben Tjon-A-Fat <ruben.tjonafat@minienw.nl>
    CC: Mark Verhulst <m.verhulst@breda.nl>
    Onderwerp: RE: Werkconferentie

    Beste Ruben, …

    -----Oorspronkelijk bericht-----
    Van: Ruben Tjon-A-Fat <ruben.tjonafat@minienw.nl>
    Aan: Sietske Hoogeveen <s.hoogeveen@g40stedennetwerk.nl>

    Hoi Sietske, … Ik zit zelf in de voorbereidingsgroep, samen met jou en Mark.

Each message runs from its headers (``Van:``/``From:``, then ``Aan:``/``To:``, ``CC:``, ``Datum:``,
``Verzonden:``, ``Onderwerp:``/``Subject:``) to the next message's, or to a quoted "Op … schreef X:".
Its "ik" is the person on the ``Van:`` line (:func:`sender_at`), its "jij/jou/je" the one person on the
``Aan:`` line (:func:`addressee_at`; not the CC; see :mod:`graph.extract.membership` for "ik zit in X,
samen met jou", :mod:`graph.extract.firstperson` for "ik ben secretaris van X"); "we samen" are the two of
them, each for the body they work for (:func:`find_mail_we`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> from graph.extract.context import DocContext
>>> text = "Van: Eva Smit <e.smit@ede.nl>\\nAan: Kees Bos <k.bos@vng.nl>\\nOnderwerp: Overleg\\n\\nBeste Kees,\\n\\nIk kom.\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> ctx = DocContext("d", text, ex.sentences, list(ex.mentions))
>>> sender_at(ctx, text.index("Ik kom")).text, addressee_at(ctx, text.index("Ik kom")).text
('Eva Smit', 'Kees Bos')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import DocContext
from .chat_messages import chat_messages
from .forum_posts import forum_posts
from .model import Mention, Sentence

__all__ = ["Message", "messages", "sender_at", "addressee_at", "sender_body", "in_message", "find_mail_we"]

#: the header line that opens a message: "Van: X <x@…>", "From: X"
_FROM = re.compile(r"^[ \t>]*(?:Van|From|Afzender)[ \t]*:[ \t]*(?P<who>[^\n]*)$", re.MULTILINE | re.IGNORECASE)
#: the addressee's header line: "Aan: X <x@…>", "To: X"
_TO = re.compile(r"[ \t>]*(?:Aan|To)[ \t]*:[ \t]*(?P<who>[^\n]*)$", re.IGNORECASE)
#: any further header line of the block
_HEADER = re.compile(r"[ \t>]*(?:Aan|To|CC|Cc|BCC|Datum|Date|Verzonden|Sent|Onderwerp|Subject|Bijlage[n]?|"
                     r"Attachments?)[ \t]*:[^\n]*$", re.IGNORECASE)
#: a quoted reply's opening line: "Op 12 januari 2026 om 09:15 schreef X <x@…>:", "On … X wrote:"
_WROTE = re.compile(r"^[ \t>]*(?:Op|On)\b[^\n]{4,80}?\b(?:schreef|wrote)[ \t]+(?P<who>[^\n]*?):?[ \t]*$",
                    re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    """One message of a mail: where its text runs, its sender and its one addressee (None when it has
    none or several)."""

    start: int
    end: int
    sender: Mention | None
    addressee: Mention | None
    #: the body on the "Van:" line when no person is ("Van: Secretariaat Taskforce X <taskforce.x@…>")
    sending_body: Mention | None = None


#: the bodies a "Van:" line without a person may name as the sender
_SENDING_BODIES = frozenset({"OrganisationalUnit", "Organisation", "Ministry", "Municipality", "Province"})


def _person_in(ctx: DocContext, start: int, end: int) -> list[Mention]:
    return [m for m in ctx.in_span(start, end) if m.type == "Person"]


def _addressees_above(ctx: DocContext, start: int) -> list[Mention]:
    """The persons of an "Aan:" line in the header lines right above the "Van:" line at ``start`` (a memo's
    header: "Aan: X, wethouder …" / "Van: Y, …" / "Datum: …")."""
    line_start = start
    while line_start > 0:
        above = ctx.text.rfind("\n", 0, line_start - 1) + 1
        line = ctx.text[above:line_start - 1]
        if not _HEADER.fullmatch(line):
            return []
        to = _TO.fullmatch(line)
        if to is not None:
            return _person_in(ctx, above + to.start("who"), above + to.end("who"))
        line_start = above
    return []


def messages(ctx: DocContext) -> list[Message]:
    """The messages of the document, in text order ([] for a document that is no mail; worked out once)."""
    if "mail_messages" in ctx.__dict__:
        return ctx.__dict__["mail_messages"]
    found: list[Message] = []
    openings = []
    if ":" in ctx.text:
        for match in _FROM.finditer(ctx.text):
            openings.append((match.start(), match.end(), match.start("who"), match.end("who"), True))
        for match in _WROTE.finditer(ctx.text):
            openings.append((match.start(), match.end(), match.start("who"), match.end("who"), False))
    openings.sort()
    for k, (start, end, who_start, who_end, headed) in enumerate(openings):
        senders = _person_in(ctx, who_start, who_end)
        body, addressees = end, _addressees_above(ctx, start) if headed else []
        while headed:  # the header block: "Aan:", "CC:", "Onderwerp:" … up to the first other line
            line_end = ctx.text.find("\n", body + 1)
            line_end = len(ctx.text) if line_end < 0 else line_end
            line = ctx.text[body + 1:line_end]
            if not _HEADER.fullmatch(line):
                break
            to = _TO.fullmatch(line)
            if to is not None:
                addressees = _person_in(ctx, body + 1 + to.start("who"), body + 1 + to.end("who"))
            body = line_end
        if headed and not addressees and body == end:
            continue  # a "Van:" line alone is no mail header ("Van: de gemeente")
        stop = openings[k + 1][0] if k + 1 < len(openings) else len(ctx.text)
        bodies = {m.label: m for m in ctx.in_span(who_start, who_end) if m.type in _SENDING_BODIES
                  and not m.rule.startswith("persons.email")} if not senders else {}  # (not the address's domain)
        found.append(Message(body, stop, senders[0] if len(senders) == 1 else None,
                             addressees[0] if len(addressees) == 1 else None,
                             next(iter(bodies.values())) if len(bodies) == 1 else None))
    if not found:  # a forum thread: each post under its author's card (round 53e)
        found = [Message(start, end, author, None, body) for start, end, author, body in forum_posts(ctx.text, ctx.mentions)]
    if not found:  # a chat export: each message after its stamp and author (round 57r)
        found = [Message(start, end, author, None) for start, end, author in chat_messages(ctx.text, ctx.mentions)]
    ctx.__dict__["mail_messages"] = found
    return found


def _message_at(ctx: DocContext, offset: int) -> Message | None:
    return next((m for m in messages(ctx) if m.start <= offset < m.end), None)


def sender_at(ctx: DocContext, offset: int) -> Mention | None:
    """Who writes the message that holds ``offset``: its "ik" (None outside a mail)."""
    message = _message_at(ctx, offset)
    return message.sender if message is not None else None


def addressee_at(ctx: DocContext, offset: int) -> Mention | None:
    """Whom the message that holds ``offset`` is written to: its "jij/jou/je" (None outside a mail, or
    for a message to several)."""
    message = _message_at(ctx, offset)
    return message.addressee if message is not None else None


def sender_body(ctx: DocContext, offset: int) -> Mention | None:
    """The body the writer of the message that holds ``offset`` works for (the e-mail domain's of the
    "Van:" line, so far), or the body that line names without a person: its "wij" ("Wij werken daarbij samen met de gemeente X" from
    t.verbeek@zaanstad.nl is Zaanstad's). None outside a mail or without a known sender.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Van: Eva Smit <e.smit@ede.nl>\\nAan: Kees Bos <k.bos@vng.nl>\\n\\nBeste Kees,\\n\\nWij werken samen met Breda.\\n"
    >>> sorted((r.subject.label, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.predicate == "collaboratesWith")
    [('ede.nl', 'Breda')]
    """
    message = _message_at(ctx, offset)
    if message is not None and message.sender is None:
        return message.sending_body  # "Van: Secretariaat Taskforce X": the taskforce writes
    if message is None or message.sender is None:
        return None
    return _employer(ctx, message.sender) or message.sending_body  # (a forum post's: the body on its author's card)


def in_message(ctx: DocContext, offset: int) -> bool:
    """Whether ``offset`` lies in the text of a mail's message (below its header lines)."""
    return _message_at(ctx, offset) is not None


#: "we (…) samen" in a message: the writer and the addressee together
_WE_TOGETHER = re.compile(r"\b(?:we|wij)\s+(?:(?:nu|ook|dan|graag|al)\s+)?samen\b", re.IGNORECASE)
#: organising, in the same clause: "(de werkconferentie) die we samen organiseren"
_ORGANISE = re.compile(r"\s+(?:organiseren|organiseerden|georganiseerd|organiseert)\b")
_EMPLOYERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


def _employer(ctx: DocContext, person: Mention) -> Mention | None:
    """The body the document has ``person`` work for so far (a signature's or an e-mail domain's); not one
    they have left ("Van: X, oud-wethouder gemeente Haarlem": X's "wij" is no longer Haarlem)."""
    return next((r.object for r in ctx.relations if r.subject.label == person.label and not r.past
                 and r.predicate in ("hasRole", "affiliatedWith") and r.object.type in _EMPLOYERS), None)


def find_mail_we(ctx: DocContext) -> None:
    """"de werkconferentie die we samen organiseren" in a mail from X to Y: X's body and Y's body work
    together, and both organise the event the clause is about (the one named right before "die").

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Van: Eva Smit <e.smit@ede.nl>\\nAan: Kees Bos <k.bos@vng.nl>\\n\\nBeste Kees,\\n\\n"
    ...         "Hieronder de opzet voor de werkconferentie die we samen organiseren.\\n")
    >>> sorted((r.subject.label, r.predicate, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "mail.we-samen")
    [('ede.nl', 'collaboratesWith', 'vng.nl'), ('ede.nl', 'organised', 'werkconferentie'), ('vng.nl', 'organised', 'werkconferentie')]
    """
    if not messages(ctx):
        return
    for sentence in ctx.sentences:
        if "samen" not in sentence.text:
            continue
        message = _message_at(ctx, sentence.start)
        if message is None or message.sender is None or message.addressee is None:
            continue
        ours = [_employer(ctx, message.sender), _employer(ctx, message.addressee)]
        if None in ours or ours[0].label == ours[1].label:
            continue
        for match in ctx.asserted_cues(_WE_TOGETHER, sentence):
            ctx.add(ours[0], "collaboratesWith", ours[1], sentence, "mail.we-samen", 0.7)
            if _ORGANISE.match(ctx.text, match.end(), sentence.end):
                _organised_together(ctx, sentence, match.start(), ours)


def _organised_together(ctx: DocContext, sentence: Sentence, we: int, ours: list[Mention]) -> None:
    """Both bodies organise the event that the relative clause "die we samen organiseren" is of."""
    event = next((m for m in reversed(ctx.in_span(sentence.start, we)) if m.type == "Event"
                  and re.fullmatch(r"\s*,?\s*(?:die|dat)\s+", ctx.text[m.end:we])), None)
    for body in ours if event is not None else ():
        ctx.add(body, "organised", event, sentence, "mail.we-samen", 0.7)
