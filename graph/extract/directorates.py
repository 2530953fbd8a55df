"""A ministry's directorates named without the ministry, and their heads named after them.

A directorate named with no ministry ("Het programma valt onder het Directoraat-Generaal X; de directie
Y voert het secretariaat") is part of the one ministry the document names before it
(:func:`only_ministry_before`). A directorate on a line of its own in a signature or letterhead, over or
under a line that is only a ministry's name ("Directie Leefbaarheid en Wijken" / "Ministerie van BZK"),
is that ministry's, whatever ministry the body of the text spoke of (:func:`block_ministry`).

A directorate-general or directorate is named once in full ("het Directoraat-Generaal Volkshuisvesting
en Bouwen (DGVB)", "de directie Woningmarkt"); its head is then introduced by the role word and the
directorate's name alone: "directeur-generaal Volkshuisvesting en Bouwen Hanneke Sprenger",
"directeur Woningmarkt Eva Smit". The words between the role word and the name are then no portfolio
but the name of that directorate, and the person holds the role there.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Het programma valt onder het Directoraat-Generaal Wonen en Bouwen. "
...         "De stuurgroep wordt voorgezeten door directeur-generaal Wonen en Bouwen Anna Kok.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.label, r.role) for r in ex.relations if r.object.type == "OrganisationalUnit"
...  and r.predicate == "hasRole" and r.role == "directeur-generaal"]
[('Anna Kok', 'Directoraat-Generaal Wonen en Bouwen', 'directeur-generaal')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .model import Mention

__all__ = ["named_directorate", "field_directorate", "only_ministry_before", "directorate_before", "block_ministry"]

#: the kind words a directorate's label opens with
_KIND = re.compile(r"(?:Directoraat-Generaal|Directie)\s+", re.IGNORECASE)


#: an apposition's comma and the salutation and titles before the name: "directeur Woningmarkt, de heer drs. X"
_BEFORE_NAME = re.compile(r",?\s*(?:(?:de\s+heer|mevrouw|dhr\.|mevr\.|mw\.)\s*)?(?:(?:drs|dr|ir|mr|prof|ing)\.\s*)*$",
                          re.IGNORECASE)


def named_directorate(ctx: DocContext, role_end: int, name_start: int) -> Mention | None:
    """The directorate named before ``role_end`` whose name (without its kind word) is exactly the text
    between the role word ending at ``role_end`` and the person's name at ``name_start`` (or the end of a
    signature's role line): "directeur Woningmarkt Eva Smit", "directeur Woningmarkt, de heer drs. W. Visscher".

    >>> _BEFORE_NAME.sub("", " Woningmarkt, de heer drs. ")
    ' Woningmarkt'
    """
    field = " ".join(_BEFORE_NAME.sub("", ctx.text[role_end:name_start]).split()).lower()
    if not field:
        return None
    for m in reversed(ctx.directorates):
        if m.start >= role_end:
            continue
        kind = _KIND.match(m.label)
        if kind is not None and m.label[kind.end():].lower() == field:
            return m
    return None


#: the end of a role's field in a bracket or an apposition: its bracket's close, a comma or a semicolon
_FIELD_END = re.compile(r"[),;]")


def field_directorate(ctx: DocContext, role_end: int, end: int) -> Mention | None:
    """The directorate the document names (before or after) whose name is the whole field after a head's role
    word in a bracket, up to its close: "X (plv. directeur Participatie en Decentrale
    Voorzieningen), Y (beleidsmedewerker, directie Participatie en Decentrale Voorzieningen)" makes X the
    directorate's deputy head, not only the ministry's (round 54d). None when the field names no directorate.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "- SZW: Eva Kok (directeur Werk en Inkomen), Jan Smit (adviseur, directie Werk en Inkomen)"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.label, r.role) for r in ex.relations if r.role == "directeur"]
    [('Eva Kok', 'Directie Werk en Inkomen', 'directeur')]
    """
    close = _FIELD_END.search(ctx.text, role_end, end)
    field = " ".join(ctx.text[role_end:close.start() if close else end].split()).lower()
    if not field:
        return None
    return next((m for m in ctx.directorates if (kind := _KIND.match(m.label)) is not None
                 and m.label[kind.end():].lower() == field and not m.start <= role_end < m.end), None)


def directorate_before(ctx: DocContext, sentence, role_start: int) -> Mention | None:
    """The one directorate the sentence before names, for a head's role word that opens ``sentence``
    ("Het programma valt onder de directie X van mijn ministerie. Directeur is de heer Y"): Y heads X.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Het programma valt onder de directie Woningmarkt van BZK. Directeur is de heer Jan Smit."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.label, r.role) for r in ex.relations if r.predicate == "hasRole"]
    [('Jan Smit', 'Directie Woningmarkt', 'directeur')]
    """
    previous = ctx.previous_sentence(sentence)
    if previous is None or role_start != ctx.content_start(sentence) or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    named = {m.label: m for m in ctx.in_sentence(previous) if m.type == "OrganisationalUnit" and m.kind == "directie"}
    return next(iter(named.values())) if len(named) == 1 else None


def only_ministry_before(ctx: DocContext, mentions: list[Mention], k: int) -> Mention | None:
    """The ministry of a directorate named without one ("Het programma valt onder het Directoraat-Generaal
    X; de directie Y voert het secretariaat"): the one ministry the document names before it, when it
    names exactly one. Not for a directorate in apposition to a ministry ("(ministerie van BZK, directie
    Wonen)"): that says where a person works, or whom a letter is addressed to."""
    m = mentions[k]
    if k > 0 and mentions[k - 1].type == "Ministry" and re.fullmatch(r"\)?\s*,\s*", ctx.text[mentions[k - 1].end:m.start]):
        return None
    before = [x for x in ctx.mentions[:bisect.bisect_left(ctx.starts, m.start)] if x.type == "Ministry"]
    return before[-1] if before and len({x.key or x.label for x in before}) == 1 else None


#: a line that is only a ministry's name: "Ministerie van BZK", "ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
_MINISTRY_LEAD = re.compile(r"[ \t]*(?:(?:het|Het)[ \t]+)?(?:[Mm]inisterie[ \t]+van[ \t]+)?")


def block_ministry(ctx: DocContext, directorate: Mention) -> Mention | None:
    """The ministry of the line right under or over the line that is only ``directorate``'s name (a
    signature's or letterhead's block), else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Het ministerie van VWS sluit aan.\\n\\nGroet,\\n\\nAnne Kuipers\\nBeleidsmedewerker\\n"
    ...         "Directie Wonen en Wijken\\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\\n")
    >>> [(r.subject.text, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "partOf"]
    [('Directie Wonen en Wijken', 'Binnenlandse Zaken en Koninkrijksrelaties')]
    """
    text = ctx.text
    line_start = text.rfind("\n", 0, directorate.start) + 1
    line_end = text.find("\n", directorate.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:directorate.start].strip() or text[directorate.end:line_end].strip():
        return None
    below_end = text.find("\n", line_end + 1)
    above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    for start, end in ((line_end + 1, len(text) if below_end < 0 else below_end), (above_start, line_start - 1)):
        if not 0 <= start < end:
            continue
        lead = _MINISTRY_LEAD.match(text, start, end)
        found = next((m for m in ctx.in_span(start, end) if m.type == "Ministry" and m.start == lead.end()), None)
        if found is not None and not text[found.end:end].strip():
            return found
    return None
