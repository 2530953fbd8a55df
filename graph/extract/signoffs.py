"""A signature block: a name on a line of its own, the role on the next line, the employer after.

E-mails, letters, invitations and speaker cards close or introduce a person with lines, not with
a sentence::

    Sietske Hoogeveen
    Beleidsadviseur Fysiek Domein en Mobiliteit
    Stedennetwerk G40

The person holds the role of the second line at the organisation that opens one of the two lines
after it (a municipality for a municipal role, a ministry for a ministry's). A role line that names
its own organisation ("Wethouder gemeente Breda") is left to the rules of roles. A director's line that
names a directorate by its name alone ("directeur Woningmarkt", the letterhead naming "Directie
Woningmarkt") gives the role at that directorate.

The signatures of an agreement name the party on the line above instead::

    Namens de gemeente Enschede
    mr. Yasmina El Idrissi
    wethouder Armoedebestrijding

The person holds the role at that party (at the unit the role line names: "voorzitter Pijler
Sociaal Domein"), or, without a role line, works for it. A letter closes with the role above the
name ("De minister van Economische Zaken," / "drs. C.J.M. Verhoef"): the same fact.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Met vriendelijke groet,\\n\\nEva Smit\\nProgrammamanager Wonen\\nGemeente Breda\\nStadskantoor\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "signoffs.block")
[('Eva Smit', 'Breda', 'programmamanager')]
"""

from __future__ import annotations

import bisect
import re

from .affiliations import signing_party
from .context import ACTORS, HOLDERS, DocContext
from .directorates import named_directorate
from .letterhead_units import TEAM_HEADS, TEAM_RULE, named_team
from .model import Mention, Sentence
from .roles import role_of, role_pattern
from .voice import issuing_ministry

__all__ = ["find_signoff_blocks", "NAME_TITLES"]

_SCOPE_TYPES = {"municipality": {"Municipality"}, "ministry": {"Ministry"}, "province": {"Province"}}
#: what may come before the organisation on its line: "Gemeente", "Ministerie van", "Provincie"
_LINE_HEAD = re.compile(r"\s*(?:(?:de\s+|het\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def find_signoff_blocks(ctx: DocContext) -> None:
    """Add the role a signature block gives the person it names (see the module's docstring)."""
    text = ctx.text
    persons = [m for m in ctx.mentions if m.type == "Person"]
    if not persons or "\n" not in text:
        return
    lines = _lines(text)
    starts = {start: k for k, (start, _) in enumerate(lines)}
    _party_signatures(ctx, persons, lines)
    if "t.a.v." in text:
        _addressee_role(ctx, persons, lines)
    _role_above_name(ctx, persons, lines)
    _role_lines(ctx, persons, lines)
    _role_beside_name(ctx, persons, lines)
    _role_portfolio_body(ctx, persons, lines)
    for person in persons:
        k = starts.get(person.start)
        if k is None and NAME_TITLES.match(text, _line_start(text, person.start)).end() == person.start:
            k = starts.get(_line_start(text, person.start))  # "drs. P.J. van Leeuwen"
        if k is None or k + 2 >= len(lines) or text[person.end:lines[k][1]].strip():
            continue  # not a name on a line of its own
        role_start, role_end = lines[k + 1]
        match = role_pattern().match(text, role_start)
        role = role_of(match.group(0)) if match else None
        if role is not None:
            _stacked_bodies(ctx, person, lines, k, match.end(), role.label)
        elif not text[role_start:role_end].strip():
            _letter_signature_role(ctx, person, lines, k)  # a letter's name, a blank line, the role
            continue
        if role is None or any(m.type in ACTORS and not _served_person(text, m, match.end())
                               for m in ctx.in_span(role_start, role_end)):
            continue
        directorate = named_directorate(ctx, match.end(), role_end) if role.label.startswith("directeur") else None
        if directorate is not None:  # "drs. M.J. Hoekstra" / "directeur Woningmarkt" under a letterhead "Directie Woningmarkt"
            sentence = Sentence(person.start, role_end, text[person.start:role_end])
            ctx.add(person, "hasRole", directorate, sentence, "signoffs.directorate", 0.75, role=role.label)
            _directorate_bodies(ctx, person, lines, k, directorate)
            continue
        team = named_team(ctx, match.end(), role_end) if role.label in TEAM_HEADS else None
        if team is not None:  # "R. Scheepstra" / "teamleider Inkoop a.i." under a letterhead "Team Inkoop" (round 59s)
            ctx.add(person, "hasRole", team, Sentence(person.start, role_end, text[person.start:role_end]), TEAM_RULE,
                    0.75, role=role.label)
            continue
        wanted = _SCOPE_TYPES.get(role.scope, ACTORS)
        for start, end in lines[k + 2:k + 4]:
            head = _LINE_HEAD.match(text, start, end)
            first = [m for m in ctx.in_span(start, end) if m.start == head.end()]
            if first and first[0].type in wanted:
                sentence = Sentence(person.start, end, text[person.start:end])
                ctx.add(person, "hasRole", first[0], sentence, "signoffs.block", 0.75, role=role.label)
                break


def _served_person(text: str, mention: Mention, role_end: int) -> bool:
    """Whether ``mention`` on a signature's role line is the office-holder the signer works for, named
    by a title right after the role: "Bestuursadviseur wethouder Brouwer" (round 45x), not a body.

    >>> line = "Bestuursadviseur wethouder Anna de Vries"
    >>> _served_person(line, Mention(27, 40, "Anna de Vries", "Person", "", 1.0), 16)
    True
    """
    if mention.type != "Person":
        return False
    between = text[role_end:mention.start].split()
    return len(between) == 1 and role_of(between[0]) is not None


#: the role after the name on the name's line: "Pieter van Dam, plv. directeur"
_ROLE_BESIDE = re.compile(r"[ \t]*,[ \t]*(\S[^,;:\n]*?)[ \t,]*")


def _role_beside_name(ctx: DocContext, persons, lines: list[tuple[int, int]]) -> None:
    """A signature with the role beside the name and the organisation on the next line ("Pieter van Dam,
    plv. directeur" / "Ministerie van BZK"): the role at that organisation, when the line holds it alone.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Met vriendelijke groet,\\n\\nPieter van Dam, plv. directeur\\nMinisterie van BZK\\n"
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Pieter van Dam', 'BZK', 'plaatsvervangend directeur')]
    """
    text = ctx.text
    for person, k in _on_lines(ctx.text, persons, lines):
        if k is None or NAME_TITLES.match(text, lines[k][0]).end() != person.start:
            continue  # the name opens its line
        beside = _ROLE_BESIDE.fullmatch(text, person.end, lines[k][1])
        word = role_pattern().fullmatch(text, beside.start(1), beside.end(1)) if beside is not None else None
        role = role_of(word.group(0)) if word is not None else None
        if role is None or k + 1 >= len(lines):
            continue
        body = _sole_body(ctx, *lines[k + 1])
        if body is not None and body.type in _SCOPE_TYPES.get(role.scope, ACTORS):
            sentence = Sentence(person.start, lines[k + 1][1], text[person.start:lines[k + 1][1]])
            ctx.add(person, "hasRole", body, sentence, "signoffs.role-beside-name", 0.75, role=role.label)


#: a role's portfolio and the comma before the organisation on a signature's role line: " Woningmarkt, "
_PORTFOLIO_COMMA = re.compile(r"(?:[ \t]+[A-Za-zÀ-ÿ&-]+){0,4}[ \t]*,[ \t]*")


def _role_portfolio_body(ctx: DocContext, persons, lines: list[tuple[int, int]]) -> None:
    """A name alone on its line over "<rol> <portefeuille>, <organisatie>" ("directeur Woningmarkt,
    ministerie van BZK"): the role at the organisation the line closes with, when it is the line's one
    body and fits the role.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Met vriendelijke groet,\\n\\nmr. Eva Smit\\nprogrammamanager Werk en Inkomen, VNG\\n"
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Eva Smit', 'VNG', 'programmamanager')]
    """
    text = ctx.text
    for person, k in _names_over_a_line(text, persons, lines):
        start, end = lines[k + 1]
        if "," not in text[start:end]:
            continue
        word = role_pattern().match(text, _LEADING.match(text, start, end).end(), end)
        role = role_of(word.group(0)) if word else None
        portfolio = _PORTFOLIO_COMMA.match(text, word.end(), end) if role is not None else None
        body = _sole_body(ctx, portfolio.end(), end) if portfolio is not None else None
        if body is None or body.type not in _SCOPE_TYPES.get(role.scope, ACTORS) \
                or any(m.end <= portfolio.end() and m.type in ACTORS | HOLDERS for m in ctx.in_span(word.end(), end)):
            continue  # a unit or body in the portfolio: the rules of units read it
        sentence = Sentence(person.start, end, text[person.start:end])
        ctx.add(person, "hasRole", body, sentence, "signoffs.role-portfolio-body", 0.75, role=role.label)


#: a letter's addressee line: "t.a.v. de heer A. de Boer, voorzitter", "T.a.v. mevrouw drs. E. Kok,"
_FOR_ATTENTION = re.compile(r"[ \t]*[Tt]\.a\.v\.[ \t]+(?:(?:de\s+heer|mevrouw|dhr\.|mevr\.)[ \t]+)?")
#: the role after the addressee's name: ", voorzitter"
_ROLE_AFTER_COMMA = re.compile(r"\s*,\s*(.+?)[\s,]*")
#: the line above it that names the body written to: "Aan: het bestuur van het G40 Stedennetwerk"
_TO_BODY = re.compile(r"[ \t]*(?:Aan[ \t]*:[ \t]*)?(?:(?:het|de)[ \t]+(?:bestuur|college|directie|leden)[ \t]+van[ \t]+)?"
                      r"(?:(?:het|de)[ \t]+)?(?:(?:gemeente|provincie|ministerie\s+van)[ \t]+)?", re.IGNORECASE)


#: the bodies a role of a unit is held at when the letter is written to them: a network, a unit
_NETWORK_BODIES = frozenset({"Organisation", "OrganisationalUnit"})


def _addressee_role(ctx: DocContext, persons, lines: list[tuple[int, int]]) -> None:
    """A letter's addressee: "Aan: het bestuur van het G40 Stedennetwerk" over "t.a.v. de heer A. de Boer,
    voorzitter": the person holds the role at the body written to.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Aan: het bestuur van de VNG\\n\\nt.a.v. mevrouw E. Kok, voorzitter\\n\\nGeachte mevrouw Kok,\\n"
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('E. Kok', 'VNG', 'voorzitter')]
    """
    text = ctx.text
    for person, k in _on_lines(text, persons, lines):
        opening = _FOR_ATTENTION.match(text, lines[k][0]) if k else None
        if opening is None or NAME_TITLES.match(text, opening.end()).end() != person.start:
            continue
        role = _ROLE_AFTER_COMMA.fullmatch(text, person.end, lines[k][1])
        word = role_of(role.group(1)) if role is not None and role_pattern().fullmatch(role.group(1)) else None
        above = next((j for j in range(k - 1, max(-1, k - 3), -1) if text[lines[j][0]:lines[j][1]].strip()), None)
        if word is None or above is None:
            continue
        head = _TO_BODY.match(text, *lines[above])
        body = next((m for m in ctx.in_span(*lines[above]) if m.start == head.end()), None)
        if body is not None and not text[body.end:lines[above][1]].strip(" \t,") \
                and body.type in _SCOPE_TYPES.get(word.scope, _NETWORK_BODIES):
            sentence = Sentence(lines[above][0], lines[k][1], text[lines[above][0]:lines[k][1]])
            ctx.add(person, "hasRole", body, sentence, "signoffs.addressee", 0.7, role=word.label)


def _letter_signature_role(ctx: DocContext, person, lines: list[tuple[int, int]], k: int) -> None:
    """A ministry's letter that closes with the name, a blank line and a ministry's role on a line of
    its own, the last of the letter ("drs. P.J. van Leeuwen" / "" / "Directeur-generaal
    Volkshuisvesting"): the signatory holds that role at the ministry whose line opens the letter.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\\n\\nGeachte heer,\\n\\nHoogachtend,\\n\\n" \\
    ...        "drs. P.J. van Leeuwen\\n\\nDirecteur-generaal Volkshuisvesting\\n"
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('P.J. van Leeuwen', 'Binnenlandse Zaken en Koninkrijksrelaties', 'directeur-generaal')]
    """
    text = ctx.text
    role_start, role_end = lines[k + 2]
    match = role_pattern().match(text, role_start, role_end)
    role = role_of(match.group(0)) if match else None
    if role is None or role.scope != "ministry" or any(text[start:end].strip() for start, end in lines[k + 3:]) \
            or any(m.type in ACTORS for m in ctx.in_span(role_start, role_end)):
        return
    ministry = issuing_ministry(ctx)
    if ministry is not None:
        sentence = Sentence(person.start, role_end, text[person.start:role_end])
        ctx.add(person, "hasRole", ministry, sentence, "signoffs.letter", 0.7, role=role.label)


#: between a role and its unit on one signature line: "Senior beleidsmedewerker | Directie X", "Adviseur, Team Y"
_ROLE_SEPARATOR = re.compile(r"[ \t]*[|,–—-][ \t]*")
_BODY_TYPES = frozenset({"OrganisationalUnit", "Organisation", "Ministry", "Municipality", "Province"})


def _sole_body(ctx: DocContext, start: int, end: int):
    """The one unit or organisation a line (or the rest of one) holds and nothing else ("Ministerie van X" too)."""
    head = _LINE_HEAD.match(ctx.text, start, end)
    inside = [m for m in ctx.in_span(start, end) if m.type in _BODY_TYPES]
    if len(inside) == 1 and inside[0].start == head.end() and not ctx.text[inside[0].end:end].strip(" \t,"):
        return inside[0]
    return None


#: a directorate-general by its name: "Directoraat-generaal Ondernemen en Innovatie", "DG Mobiliteit"
_DG = re.compile(r"(?:directoraat-generaal|dg)\s", re.IGNORECASE)


def _directorate_bodies(ctx: DocContext, person, lines: list[tuple[int, int]], k: int, directorate) -> None:
    """The bodies a director's signature lists under the role line, one a line and in either order, place the
    directorate: in the directorate-general, that in the ministry (in the ministry without one)::

        Eva Smit
        Directeur Regionale Economie
        Ministerie van Economische Zaken
        Directoraat-generaal Ondernemen en Innovatie

    A line that holds no body alone ends the block (round 58u).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Directie Wonen\\n\\nGroet,\\n\\nEva Smit\\nDirecteur Wonen\\nMinisterie van BZK\\n"
    ...         "Directoraat-generaal Volkshuisvesting\\n")
    >>> sorted({(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer(), date="2023-05-01").relations
    ...         if r.predicate == "partOf" and r.rule == "signoffs.directorate"})
    [('Directie Wonen', 'Directoraat-generaal Volkshuisvesting'), ('Directoraat-generaal Volkshuisvesting', 'BZK')]
    """
    text = ctx.text
    bodies = []
    for start, end in lines[k + 2:k + 5]:
        body = _sole_body(ctx, start, end)
        if body is None or body is directorate:
            break
        bodies.append((body, Sentence(person.start, end, text[person.start:end])))
    ministry = next(((b, where) for b, where in bodies if b.type == "Ministry"), None)
    general = next(((b, where) for b, where in bodies if b.type == "OrganisationalUnit" and _DG.match(b.text)), None)
    if ministry is None:
        return
    if general is not None:
        ctx.add(directorate, "partOf", general[0], general[1], "signoffs.directorate", 0.7)
        ctx.add(general[0], "partOf", ministry[0], max(general[1], ministry[1], key=lambda w: w.end),
                "signoffs.directorate", 0.7)
    else:
        ctx.add(directorate, "partOf", ministry[0], ministry[1], "signoffs.directorate", 0.7)


def _stacked_bodies(ctx: DocContext, person, lines: list[tuple[int, int]], k: int, role_end: int, role: str) -> None:
    """A signature that stacks the bodies from small to large, the first on the role's line::

        Ruben Tjon-A-Fat
        Senior beleidsmedewerker | Directie Openbaar Vervoer en Spoor
        Directoraat-Generaal Mobiliteit
        Ministerie van Infrastructuur en Waterstaat

    The person holds the role at the unit after the separator; each unit is part of the body on the
    line below it, as long as the lines hold one body each.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Groet,\\n\\nJan Bos\\nAdviseur | Directie Wonen\\nDirectoraat-Generaal Volkshuisvesting\\nMinisterie van BZK\\n"
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('Directie Wonen', 'partOf', 'Directoraat-Generaal Volkshuisvesting'), ('Directoraat-Generaal Volkshuisvesting', 'partOf', 'BZK'), ('Jan Bos', 'hasRole', 'Directie Wonen')]
    """
    text = ctx.text
    separator = _ROLE_SEPARATOR.match(text, role_end, lines[k + 1][1])
    if separator is None or separator.end() == role_end:
        return
    first = _sole_body(ctx, separator.end(), lines[k + 1][1])
    if first is None or first.type != "OrganisationalUnit":
        return
    block = Sentence(person.start, lines[k + 1][1], text[person.start:lines[k + 1][1]])
    ctx.add(person, "hasRole", first, block, "signoffs.stacked", 0.75, role=role)
    below = first
    for start, end in lines[k + 2:k + 5]:
        body = _sole_body(ctx, start, end)
        if body is None or below.type != "OrganisationalUnit":
            break
        ctx.add(below, "partOf", body, Sentence(person.start, end, text[person.start:end]), "signoffs.stacked", 0.7)
        below = body


#: academic titles before a signatory's name: "mr. A.J. (Arjen) Hoekstra", "drs. ing. W. de Boer"
NAME_TITLES = re.compile(r"[ \t]*(?:(?:mr|drs|dr|ir|ing|prof|bc)\.\s*)*", re.IGNORECASE)


def _party_signatures(ctx: DocContext, persons, lines: list[tuple[int, int]]) -> None:
    """"Namens <partij>" / a name / a role: the signatory's role at the party (see the docstring).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Convenant\\n\\nNamens de gemeente Ede\\nEva Smit\\nwethouder Werk\\n\\nNamens de VNG,\\nKees Bos\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in ex.relations if r.rule.startswith("signoffs.party"))
    [('Eva Smit', 'hasRole', 'Ede', 'wethouder'), ('Kees Bos', 'affiliatedWith', 'VNG', None)]
    """
    text = ctx.text
    for person, k in _on_lines(text, persons, lines):
        if k is None or k < 1 or NAME_TITLES.match(text, lines[k][0]).end() != person.start:
            continue
        party = signing_party(ctx, *lines[k - 1])
        if party is None:
            continue
        rest = text[person.end:lines[k][1]]
        if rest.strip() and not rest.lstrip().startswith(","):
            continue  # the name line holds more than a name and its role
        role_span = (person.end + rest.index(",") + 1, lines[k][1]) if rest.strip() else \
            (lines[k + 1] if k + 1 < len(lines) else (lines[k][1], lines[k][1]))
        sentence = Sentence(lines[k - 1][0], role_span[1], text[lines[k - 1][0]:role_span[1]])
        at = len(text[role_span[0]:role_span[1]]) - len(text[role_span[0]:role_span[1]].lstrip())
        match = role_pattern().match(text, role_span[0] + at, role_span[1])
        role = role_of(match.group(0)) if match else None
        if role is None:
            ctx.add(person, "affiliatedWith", party, sentence, "signoffs.party", 0.75)
            continue
        units = [m for m in ctx.in_span(match.end(), role_span[1]) if m.type in HOLDERS]
        wanted = _SCOPE_TYPES.get(role.scope, ACTORS)
        holder = units[0] if units else party if party.type in wanted else None
        if holder is None:
            ctx.add(person, "affiliatedWith", party, sentence, "signoffs.party", 0.75)
        else:
            ctx.add(person, "hasRole", holder, sentence, "signoffs.party-role", 0.75, role=role.label)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _on_lines(text: str, persons, lines: list[tuple[int, int]]):
    """Each person with the index of the line of ``lines`` (all of ``text``'s, :func:`_lines`) they stand on.

    The line is found by bisection, not by reading back to the line's start: a long line (a file
    without paragraph breaks) would otherwise be read once per person on it.

    >>> from .model import Mention
    >>> text = "Aan:\\nJan Kok\\nvoorzitter"
    >>> [k for _p, k in _on_lines(text, [Mention(5, 12, "Jan Kok", "Person", "", 1.0)], _lines(text))]
    [1]
    """
    starts = [start for start, _ in lines]
    return [(person, bisect.bisect_right(starts, person.start) - 1) for person in persons]





def _names_over_a_line(text: str, persons, lines: list[tuple[int, int]]):
    """Each person whose name (after any titles) is alone on a line with a line under it, with that line's index.

    >>> from .model import Mention
    >>> text = "Groet,\\ndrs. Jan Kok\\nvoorzitter"
    >>> [k for _p, k in _names_over_a_line(text, [Mention(12, 19, "Jan Kok", "Person", "", 1.0)], _lines(text))]
    [1]
    """
    return [(person, k) for person, k in _on_lines(text, persons, lines)
            if k + 1 < len(lines) and NAME_TITLES.match(text, lines[k][0]).end() == person.start
            and not text[person.end:lines[k][1]].strip()]

#: the office over a letter's signature: "De minister van Economische Zaken,", "de burgemeester van Ede,"
_OFFICE_LINE = re.compile(r"[ \t]*(?:de\s+|het\s+)?", re.IGNORECASE)


def _role_above_name(ctx: DocContext, persons, lines: list[tuple[int, int]]) -> None:
    """"De minister van Economische Zaken," over (a blank line and) a name alone on its line: the
    signatory holds that office.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Kamerbrief\\n\\nIk informeer u.\\n\\nDe minister van Sociale Zaken en Werkgelegenheid,\\n\\nmr. Eva Smit\\n"
    >>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Eva Smit', 'Sociale Zaken en Werkgelegenheid', 'minister')]
    """
    text = ctx.text
    for person, k in _on_lines(text, persons, lines):
        if k is None or NAME_TITLES.match(text, lines[k][0]).end() != person.start or text[person.end:lines[k][1]].strip():
            continue
        above = k - 1 if k >= 1 and text[slice(*lines[k - 1])].strip() else k - 2
        if above < 0 or not text[slice(*lines[above])].rstrip().endswith(","):
            continue
        start, end = lines[above]
        match = role_pattern().match(text, _OFFICE_LINE.match(text, start, end).end(), end)
        role = role_of(match.group(0)) if match else None
        if role is None:
            continue
        places = [m for m in ctx.in_span(match.end(), end) if m.type in ACTORS]
        wanted = _SCOPE_TYPES.get(role.scope, ACTORS)
        if len(places) == 1 and places[0].type in wanted and \
                re.fullmatch(r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?",
                             text[match.end():places[0].start], re.IGNORECASE):
            sentence = Sentence(start, lines[k][1], text[start:lines[k][1]])
            ctx.add(person, "hasRole", places[0], sentence, "signoffs.office", 0.8, role=role.label)


#: between a role word and the body it names on a signature's role line: "van (de gemeente) ", "bij het ",
#: "Werk in " (a portfolio, then the town), or nothing ("wethouder Dordrecht", "voorzitter G40")
_ROLE_TO_BODY = re.compile(r"[ \t]+(?:(?:(?!(?:en|van|bij|in)\b)[A-Za-zÀ-ÿ-]+[ \t]+){0,3}?(?:van|bij|in)[ \t]+|"
                           # a portfolio, then the town's own word: "wethouder Sociaal Domein gemeente Leeuwarden"
                           r"(?:[A-ZÀ-Ý][\w-]*[ \t]+){1,3}(?=(?:gemeente|provincie)[ \t]))?(?:(?:de|het)[ \t]+)?"
                           r"(?:(?:gemeente|provincie|ministerie[ \t]+van)[ \t]+)?(?:G40-)?", re.IGNORECASE)
#: what separates the roles of one line: a comma, "en", a bar or a dash (or the line's start)
_ROLE_JOIN = re.compile(r"[ \t]*(?:[,|–—][ \t]*|[ \t]en[ \t]+)(?:en[ \t]+)?", re.IGNORECASE)
_LEADING = re.compile(r"[ \t]*")
#: the topics a profile's headline closes with, each after a bar: " | Werklocaties | Regionale economie"
_TAGS = re.compile(r"(?:[ \t]*\|[ \t]*[\w&' -]{2,40}?)+[ \t]*")
_ROLE_HOLDERS = {"municipality": {"Municipality"}, "province": {"Province"}, "ministry": {"Ministry"}}


def _role_lines(ctx: DocContext, persons, lines: list[tuple[int, int]]) -> None:
    """A name alone on its line over a line of roles that name their own bodies: "burgemeester van Zwolle,
    voorzitter G40", "wethouder Dordrecht en voorzitter van de Pijler Fysiek". The person holds each role at
    the body it names; a role line that holds anything else (a verb, a sentence) gives nothing.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Met vriendelijke groet,\\n\\nEva Smit\\nwethouder Ede, voorzitter G40 Pijler Fysiek\\n"
    >>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "signoffs.role-line")
    [('Eva Smit', 'Ede', 'wethouder'), ('Eva Smit', 'Pijler Fysiek', 'voorzitter')]

    One role a line, the unit's network after it, a portfolio before the town:

    >>> text = "Groet,\\n\\nJan Kok\\nvoorzitter Pijler Cultuur G40\\nwethouder Kunst en Erfgoed gemeente Hengelo\\nT 012\\n"
    >>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule == "signoffs.role-line")
    [('Jan Kok', 'Hengelo', 'wethouder'), ('Jan Kok', 'Pijler Cultuur', 'voorzitter')]
    """
    text = ctx.text
    for person, k in _names_over_a_line(text, persons, lines):
        for line in range(k + 1, min(k + 4, len(lines))):  # each role line under the name (walkthrough 26, finding 15)
            start, end = lines[line]
            held = _roles_of_line(ctx, start, end)
            block = Sentence(person.start, end, text[person.start:end])
            for role, body in held:
                ctx.add(person, "hasRole", body, block, "signoffs.role-line", 0.75, role=role)
            if not held:
                break


def _roles_of_line(ctx: DocContext, start: int, end: int) -> list[tuple[str, object]]:
    """The (role, body) pairs a role line is made of, in order; [] when the line holds anything else."""
    text = ctx.text
    bodies = {m.start: m for m in ctx.in_span(start, end) if m.type in ACTORS | HOLDERS}
    held, at = [], start
    while True:
        join = _LEADING.match(text, at, end) if at == start else _ROLE_JOIN.match(text, at, end)
        if join is None:
            return []
        word = role_pattern().match(text, join.end(), end)
        role = role_of(word.group(0)) if word else None
        if role is None:
            return []
        gap = _ROLE_TO_BODY.match(text, word.end(), end)
        body = bodies.get(gap.end()) if gap else None
        owned = bodies.get(body.end + 1) if body is not None and text[body.end:body.end + 1] == " " else None
        if owned is not None and owned.type == "OrganisationalUnit" and body.type == "Organisation":
            body = owned  # "voorzitter G40 Pijler Fysiek": the unit, its network named before it
        if body is None or body.type not in _ROLE_HOLDERS.get(role.scope, ACTORS | HOLDERS):
            return []
        held.append((role.label, body))
        at = body.end
        network = bodies.get(at + 1) if body.type == "OrganisationalUnit" and text[at:at + 1] == " " else None
        if network is not None and network.type == "Organisation" and not text[network.end:end].strip(" \t.,"):
            at = network.end  # "voorzitter Pijler Sociaal G40": the unit, its network named after it
        if not text[at:end].strip(" \t.,") or _TAGS.fullmatch(text, at, end):
            return held  # a profile's headline may close with its topics: "… bij X | Werklocaties | Economie"
