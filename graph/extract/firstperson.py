"""First person: who "wij" and "ik" are in a document written by a municipality or a person.

- "wij als (gemeente) Breda": the "we" of the document is that actor (see :mod:`graph.extract.voice`);
- the speaker of a speech, column or blog: the person its title names ("Toespraak van burgemeester
  X bij …") or the signature that closes it (a line with only a name, perhaps followed by a line
  with the role: "burgemeester van Breda"); the signature's role line gives the speaker's role; else
  the one an interview questions (:mod:`graph.extract.interviews`), else a byline ("Door X, wethouder van Y");
  a post on a professional network opens with its author's name and the headline of their profile, whose
  role is the author's: "Eva Smit • Wethouder Wonen gemeente Ede", "Eva Smit | Burgemeester van Ede";
- "heb ik zes jaar bij Divosa gewerkt, als adviseur", "ben ik begonnen als … bij de sociale dienst in
  Delft": the speaker worked there (in the role "als" names, when the lexicon knows it);
- "ik ben (sinds juni) voorzitter van de pijler X", "Vandaag ben ik benoemd tot voorzitter van X", "Als
  voorzitter van X …": the speaker has that role in X ("Als burgemeester van deze stad": in the
  town the document speaks for); the "ik" of a quotation is who is quoted ('"Ik ben trekker van X,"
  zegt Y': Y's role; see :mod:`graph.extract.quotes`), never the document's speaker;
- the signature under "burgemeester en wethouders van X": "de secretaris, Y" is X's gemeentesecretaris,
  "de burgemeester, Z" its burgemeester.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Toespraak van burgemeester Marloes Kapteijns\\n\\nSinds mei ben ik voorzitter van de Pijler Werk.\\n\\n"
...         "Marloes Kapteijns\\nburgemeester van Breda\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole")
[('Marloes Kapteijns', 'Breda', 'burgemeester'), ('Marloes Kapteijns', 'Pijler Werk', 'voorzitter')]
>>> text = "Eva Smit • Wethouder Wonen gemeente Ede\\n\\nGisteren ben ik gekozen tot trekker van de themagroep Zorg.\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole")
[('Eva Smit', 'Ede', 'wethouder'), ('Eva Smit', 'themagroep Zorg', 'trekker')]
"""

from __future__ import annotations

import bisect
import re

from .context import ACTORS, DocContext
from .document_speaker import HEADLINE, QUOTED, document_speaker, own_words
from .first_person_became import became
from .follows_me import follows_me
from .first_person_units import stated_units
from .first_person_succession import (handover_to_me, inverted_handover_to_me, my_predecessor, my_successor,
                                      you_take_over_from_me)
from .mail import messages, sender_body
from .model import Mention, Sentence
from .periods import find_periods
from .quotes import quoted_speakers
from .roles import role_of, role_pattern
from .voice import issuer, we_actor

__all__ = ["find_first_person"]

_I = re.compile(r"\b[Ii]k\b")
#: the town the speaker speaks for: "(van) deze stad", "onze gemeente"
_THIS_TOWN = re.compile(r"(?:stad|gemeente)\b")
#: a body named by its kind after a role word, in a message: "(fractievoorzitter van de) partij die …", "(van de) stichting"
_A_BODY = re.compile(r"(?:partij|fractie|vereniging|stichting|organisatie)\b(?!\s+[A-Z])")
#: "ik ben/was (sinds juni) <rol> van", "ben/was ik (sinds juni) <rol> van", "als <rol> van"; appointed:
#: "ik ben benoemd tot <rol> van", "ben ik gekozen tot (de nieuwe) <rol> van", "ik ben aangesteld als <rol> bij"
_I_AM = re.compile(r"\b(?:[Ii]k\s+(?:ben|was|word|werd)|(?:ben|was|word|werd)\s+ik|[Aa]ls)\s+"
                   r"(?:(?:sinds|vanaf|per)\s+[\w-]+(?:\s+\d{4})?\s+|(?:nu|ook|al|inmiddels|trots|de|het|nieuwe)\s+"
                   r"|(?:benoemd|gekozen|verkozen)\s+tot\s+(?:de\s+)?(?:nieuwe\s+)?|aangesteld\s+als\s+)*"
                   r"(?P<role>(?:(?:waarnemend|plaatsvervangend|strategisch|senior)\s+)?[\w-]+)"
                   r"(?:\s+en\s+(?:algemeen\s+|plaatsvervangend\s+)?(?P<also>(?-i:[a-zà-ÿ][\w-]*)))?"
                   r"(?:\s+(?-i:[A-Z][\w-]*)(?:,|\s+en(?=\s+[A-Z]))?){0,5}\s+(?:van|bij|in)\s+"
                   r"(?:de\s+|het\s+|deze\s+)?")  # a portfolio between (41b): "ik ben wethouder Wonen en Zorg in Ede";
# two role words (57t): "ben ik gemeentesecretaris en algemeen directeur van de gemeente X" (the first is the role);
# a role with its qualifier (58r): "ik ben strategisch adviseur bij X", "ik ben waarnemend directeur Y bij Z" (see _role)
#: a second role of the same "ik", coordinated: "ik ben wethouder in Ede en sinds 2022 voorzitter van de pijler X"
_AND_SINCE_ROLE = re.compile(r"\s+en\s+(?:(?:sinds|vanaf|per)\s+[\w-]+(?:\s+\d{4})?\s+|(?:ook|tevens|daarnaast)\s+)*"
                             r"(?P<role>[\w-]+)\s+(?:van|bij|in)\s+(?:de\s+|het\s+|deze\s+)?")


#: "ik" as the subject of the clause that ends in "als <rol>": a start, a post taken up
_I_BEFORE_ALS = re.compile(r"\b[Ii]k\s+(?:(?!\b(?:hij|zij|ze|die|dat|wie|je|jij|u)\b)[^,;:\"“”])*?"
                           r"\b(?:begonnen|begon|begin|startte|start|gestart|slag|aan\s+het\s+werk|gewerkt|werkte|werk)\b"
                           r"[^,;:]*$")


#: a line of the signature under the college: "de secretaris, Eva Smit", "De burgemeester, Kees Bos"
_SIGNED_AS = re.compile(r"(?:de|De)\s+(?P<role>[\w-]+)\s*,\s*")


#: academic titles before a signatory's name: "de secretaris, drs. H.A. Wolters"
_ACADEMIC = re.compile(r"(?:(?:mr|drs|dr|ir|ing|prof)\.\s*)*", re.IGNORECASE)


#: the author's field of a council proposal: "Steller: J.W. Brinkhuis, beleidsadviseur Inkomen"
_AUTHOR_FIELD = re.compile(r"(?:Steller|Opsteller|Auteur)\s*:\s*", re.IGNORECASE)


def _signed_lines(ctx: DocContext) -> None:
    """The signature under "burgemeester en wethouders van X": "de secretaris, Eva Smit" is X's
    (gemeente)secretaris, "de burgemeester, Kees Bos" its burgemeester; the "Steller:" of the
    proposal works for X."""
    place, closing = issuer(ctx)
    if place is None or closing is None:
        return
    for sentence in ctx.sentences[:12]:
        field = _AUTHOR_FIELD.match(ctx.text, sentence.start, sentence.end)
        author = next((m for m in ctx.in_sentence(sentence) if field and m.type == "Person" and m.start == field.end()), None)
        if author is not None:
            ctx.add(author, "affiliatedWith", place, sentence, "firstperson.author", 0.75)
    for sentence in ctx.sentences:
        if sentence.start <= closing.start or sentence.start - closing.end > 200:
            continue
        match = _SIGNED_AS.match(sentence.text)
        persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person"]
        role = role_of(match.group("role")) if match else None
        titled = _ACADEMIC.match(ctx.text, sentence.start + match.end()) if match else None
        if role is not None and persons and persons[0].start == (titled.end() if titled else -1):
            label = "gemeentesecretaris" if role.label == "secretaris" else role.label
            ctx.add(persons[0], "hasRole", place, sentence, "firstperson.college-signature", 0.8, role=label)


def find_first_person(ctx: DocContext) -> None:
    """Add the roles a speaker states of themself, and the one their signature gives; and the roles
    of those who sign for a municipality's college."""
    _signed_lines(ctx)
    if "voorgang" in ctx.text:
        my_predecessor(ctx, document_speaker(ctx)[0])  # "Mijn voorganger, X, …" (also in a transcript's turn)
    if not re.search(r"\b(?:ik|Ik|als|mij|mijzelf)\b", ctx.text):
        return
    you_take_over_from_me(ctx)  # "dat jij het trekkerschap van mij overneemt" in a note from Y to Z
    _quoted_roles(ctx)
    _mail_roles(ctx)
    follows_me(ctx)  # "Tom de Wit volgt mij op als projectleider": the speaker's or sender's successor (57r)
    speaker, role_line = document_speaker(ctx)
    if speaker is None:
        return
    if role_line is not None and (role_line.start - speaker.end <= 2 or HEADLINE.fullmatch(ctx.text, speaker.end, role_line.start)):
        match = role_pattern().match(ctx.text, role_line.start)
        role = role_of(match.group(0)) if match else None
        places = [m for m in ctx.in_sentence(role_line) if m.type in ACTORS]
        if role is not None and places and not role.scope.startswith("unit"):
            signature = Sentence(speaker.start, role_line.end, ctx.text[speaker.start:role_line.end])
            ctx.add(speaker, "hasRole", places[0], signature, "firstperson.signature", 0.8, role=role.label)
        if match is not None:
            _second_signature_roles(ctx, speaker, role_line, match.end())
    _career_lines(ctx, speaker)
    handover_to_me(ctx, speaker)
    my_successor(ctx, speaker)  # "…, mijn opvolger als wethouder Mobiliteit, Y"
    _led_by_me(ctx, speaker)
    for sentence in ctx.sentences:
        if "ik" not in sentence.text.lower():
            continue
        if not re.search(r"\b[Ii]k\b", sentence.text) or not own_words(ctx, sentence, speaker):
            continue  # "'Ik ben voorzitter', zegt X": the "ik" of a quote is who is quoted
        _stated_roles(ctx, sentence, speaker)
        if " ik " in sentence.text:
            inverted_handover_to_me(ctx, sentence, speaker)  # "In juli 2022 volgde ik X op als voorzitter"
            became(ctx, sentence, speaker)  # "Toen ik in februari 2023 directeur van X werd" (58t)
    _worked_at(ctx, speaker)  # after "ik ben begonnen als X bij Y", which dates the role


def _mail_roles(ctx: DocContext) -> None:
    """"Ik ben sinds mei secretaris van de themagroep" in a mail: the roles its "ik" states are the sender's
    of that message (see :mod:`graph.extract.mail`), whoever signs the thread last."""
    for message in messages(ctx):
        if message.sender is None:
            continue
        k = bisect.bisect_left(ctx.scope.starts, message.start)
        while k < len(ctx.sentences) and ctx.sentences[k].start < message.end:
            sentence = ctx.sentences[k]
            if _I.search(sentence.text) and not QUOTED.search(sentence.text):
                _stated_roles(ctx, sentence, message.sender, rule="firstperson.mail")
                if " ik " in sentence.text:
                    inverted_handover_to_me(ctx, sentence, message.sender)  # "In juli 2022 volgde ik X op"
            k += 1


def _quoted_roles(ctx: DocContext) -> None:
    """'"Ik ben sinds 2021 trekker van de themagroep Wonen," zegt Eva Smit': the roles the "ik" of a quotation
    states are its speaker's (see :mod:`graph.extract.quotes`)."""
    for start, end, speaker in quoted_speakers(ctx):
        k = max(0, bisect.bisect_right(ctx.scope.starts, start) - 1)  # the sentence the quotation opens in
        while k < len(ctx.sentences) and ctx.sentences[k].start < end:
            sentence = ctx.sentences[k]
            if sentence.end > start and _I.search(ctx.text, max(start, sentence.start), min(end, sentence.end)):
                _stated_roles(ctx, sentence, speaker, rule="firstperson.quoted")
            k += 1


#: the qualifiers of one who holds a role for the time being: the role is theirs (not so "plaatsvervangend")
_ACTING = frozenset({"waarnemend", "interim"})


def _role(words: str):
    """The role ``words`` name: a role word with its qualifier ("strategisch adviseur", "plaatsvervangend directeur")
    where the roles know it, else an acting holder's role word ("waarnemend directeur": directeur); None for others.

    >>> _role("waarnemend directeur").label, _role("strategisch adviseur").label, _role("plaatsvervangend wethouder")
    ('directeur', 'strategisch adviseur', None)
    """
    role = role_of(words)
    if role is None and " " in words and words.split()[0].lower() in _ACTING:
        role = role_of(words.split()[-1])
    return role


def _stated_roles(ctx: DocContext, sentence: Sentence, speaker: Mention, rule: str = "firstperson.ik-ben") -> None:
    """The roles ``speaker`` states of themself in ``sentence``: "ik ben (sinds juni) voorzitter van de pijler X",
    "Als burgemeester van deze stad …" (see the module's docstring)."""
    stated = list(_I_AM.finditer(ctx.text, sentence.start, sentence.end))
    for match in stated[:1]:  # "ik ben wethouder X in Ede en sinds juni voorzitter van de pijler Y"
        targets = [m for m in ctx.in_span(match.end(), sentence.end) if m.start == match.end()]
        second = _AND_SINCE_ROLE.match(ctx.text, targets[0].end, sentence.end) if targets else None
        if second is not None and role_of(second.group("role")) is not None:
            stated.append(second)
    for match in stated + _career_after_colon(ctx, sentence):
        if match.group(0)[:3].lower() == "als" and not _speaks_of_self(ctx, sentence, match):
            continue
        role = _role(match.group("role"))
        if match.re is _I_AM and match.group("also") and role_of(match.group("also")) is None:
            continue  # "ik ben wethouder en woon in Ede": no second role word
        target = [m for m in ctx.in_span(match.end(), sentence.end)
                  if re.fullmatch(r"(?:[\w]+-)?|(?:gemeente|provincie|ministerie\s+van|vaste)\s+", ctx.text[match.end():m.start],
                                  re.IGNORECASE)]  # "de G40-pijler X", "bij de gemeente X", "de vaste commissie voor X"
        if not target:  # "van de themagroep": a reference that holds its article (round 57r)
            target = [m for m in ctx.in_span(max(sentence.start, match.end() - 5), sentence.end)
                      if m.start < match.end() and _ARTICLE_ONLY.fullmatch(ctx.text, m.start, match.end())]
        if role is None or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        wanted = {"OrganisationalUnit", "Programme"} if role.scope.startswith("unit") else \
            ACTORS if role.scope in ("municipality", "any") else set()
        thing = next((m for m in target if m.type in wanted), None)  # "de G40-pijler X": the pijler
        owner = target[0] if thing is None and target and target[0].type == "Organisation" else None
        if owner is not None and "OrganisationalUnit" in wanted:  # "voorzitter van de G40 Pijler X": the pijler
            thing = next((m for m in ctx.in_span(owner.end, sentence.end) if m.type == "OrganisationalUnit"
                          and re.fullmatch(r"[ \t]", ctx.text[owner.end:m.start])), None)
        if thing is None and role.scope == "municipality" and _THIS_TOWN.match(ctx.text, match.end()):
            thing = we_actor(ctx)  # "Als burgemeester van deze stad" in a document of "wij als X"
        if thing is None and rule == "firstperson.mail" and role.scope in ("any", "unit") \
                and _A_BODY.match(ctx.text, match.end()):
            body = sender_body(ctx, sentence.start)  # "Van 2014 tot 2022 was ik fractievoorzitter van de partij die …"
            thing = body if body is not None and body.type == "Organisation" else None  # (the party on the card; 57s)
        if thing is not None:
            since, until = _trailing_period(ctx, sentence, thing)
            if since is None and until is None and match.re is _I_AM and match.group("also"):
                since, until = _start_before(ctx, sentence, match)  # (the "en" of the two role words cuts the clause)
            ctx.add(speaker, "hasRole", thing, sentence, rule, 0.75, role=role.label,
                    since=since, until=until)
    if "contactpersoon" in sentence.text or "aanspreekpunt" in sentence.text:
        _stated_contact(ctx, sentence, speaker, rule)
    if " deel aan " in sentence.text or " ik " in sentence.text:
        stated_units(ctx, sentence, speaker)  # "Ik neem graag deel aan de themagroep X", "…, die ik mag voorzitten"


#: "ik ben (binnen Zaanstad) (de) contactpersoon / het aanspreekpunt voor (vragen over) …"
_I_AM_CONTACT = re.compile(r"\b(?:[Ii]k\s+(?:ben|blijf)|(?:ben|blijf)\s+ik)\s+(?:[^,;:.]{0,40}?\s+)?(?:de\s+|het\s+|een\s+)?"
                           r"(?:(?:vaste|ambtelijke?|bestuurlijke?|eerste)\s+)?(?:contactpersoon|aanspreekpunt)\s+"
                           r"(?:voor|van)\s+(?:vragen\s+over\s+)?")
_CONTACT_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
#: an article and its space, which a reference's mention holds ("de themagroep")
_ARTICLE_ONLY = re.compile(r"(?:de|het|deze)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:de\s+|het\s+)?")


def _stated_contact(ctx: DocContext, sentence: Sentence, speaker: Mention, rule: str) -> None:
    """"Ik ben binnen Zaanstad de contactpersoon voor deze City Deal": the speaker is the contact for
    the programme, unit or event named right after.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Van: Eva Smit <e.smit@ede.nl>\\nAan: Kees Bos <k.bos@vng.nl>\\n\\nBeste Kees,\\n\\n"
    ...         "Ik ben de contactpersoon voor de City Deal Zon.\\n")
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.predicate == "contactFor"]
    [('Eva Smit', 'City Deal Zon')]
    """
    for match in _I_AM_CONTACT.finditer(ctx.text, sentence.start, sentence.end):
        thing = next((m for m in ctx.in_span(match.end(), sentence.end) if m.type in _CONTACT_THINGS
                      and _ARTICLE.fullmatch(ctx.text, match.end(), m.start)), None)
        if thing is not None and ctx.asserted(sentence, match.start(), match.end()):
            ctx.add(speaker, "contactFor", thing, sentence, rule, 0.7)


#: a career the speaker lists after a colon: "Daarna ben ik de politiek in gegaan: eerst vier jaar
#: gemeenteraadslid in Maastricht, …"
_COLON_CAREER = re.compile(r":\s*(?:(?:eerst|daarna|toen|later)\s+)?(?:(?:\w+\s+jaar|van\s+\d{4}\s+tot\s+\d{4})\s+)?"
                           r"(?P<role>[a-zà-ÿ][\w-]+)\s+(?:in|bij|van)\s+(?:de\s+|het\s+)?")


def _career_after_colon(ctx: DocContext, sentence: Sentence) -> list[re.Match]:
    """The role that opens the list after "ik …:" ("Ik ben de politiek in gegaan: eerst vier jaar
    gemeenteraadslid in Maastricht"), matched as :data:`_I_AM` is (its group "role").

    >>> from graph.extract.model import Sentence
    >>> text = "Toen ben ik de politiek in gegaan: eerst twee jaar raadslid in Ede."
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [])
    >>> [m.group("role") for m in _career_after_colon(ctx, ctx.sentences[0])]
    ['raadslid']
    """
    colon = ctx.text.find(":", sentence.start, sentence.end)
    if colon < 0 or not re.search(r"\b[Ii]k\b", ctx.text[sentence.start:colon]):
        return []
    match = _COLON_CAREER.match(ctx.text, colon, sentence.end)
    return [match] if match is not None and role_of(match.group("role")) is not None else []


#: a passive whose agent is the speaker: "X wordt (voorlopig) door mij(zelf) getrokken / voorgezeten"
_BY_ME = re.compile(r"\s+(?:wordt|werd|is)\s+(?:(?:nu|voorlopig|tijdelijk|sinds\s+\S+|ook)\s+){0,2}door\s+mij(?:zelf)?\s+"
                    r"(?P<verb>getrokken|voorgezeten|geleid|gecoördineerd)\b")
_ROLE_OF_VERB = {"getrokken": "trekker", "voorgezeten": "voorzitter", "geleid": "voorzitter", "gecoördineerd": "coördinator"}


def _led_by_me(ctx: DocContext, speaker: Mention) -> None:
    """"Armoede en Schulden wordt voorlopig door mijzelf getrokken": the speaker leads the unit that
    opens the clause (the trekker of a themagroep, the chair of what is "voorgezeten")."""
    for sentence in ctx.sentences:
        if "door mij" not in sentence.text:
            continue
        for match in ctx.asserted_cues(_BY_ME, sentence):
            unit = next((m for m in reversed(ctx.in_span(sentence.start, match.start()))
                         if m.end == match.start()), None)
            role = role_of(_ROLE_OF_VERB[match.group("verb")])
            if unit is not None and unit.type == "OrganisationalUnit" and role is not None:
                ctx.add(speaker, "hasRole", unit, sentence, "firstperson.door-mij", 0.7, role=role.label)


#: a further role of a signature line: "(Wethouder Werk in Zoetermeer) en voorzitter van de (G40-)"
_AND_ROLE = re.compile(r"(?:\s+en\s+|\s*,\s*)(?P<role>[a-zà-ÿ][\w-]*)\s+(?:van|bij)\s+(?:de\s+|het\s+)?", re.IGNORECASE)


def _second_signature_roles(ctx: DocContext, speaker: Mention, role_line: Sentence, after: int) -> None:
    """The roles a signature line adds after its first one: "Wethouder Werk in Zoetermeer en voorzitter van
    de Pijler Economie en Werk van het Stedennetwerk G40" gives the chair of the pijler too.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_a_signature_line_with_two_roles_gives_both)
    """
    mentions = ctx.in_sentence(role_line)
    for joined in _AND_ROLE.finditer(ctx.text, after, role_line.end):
        role = role_of(joined.group("role"))
        if role is None:
            continue
        wanted = {"OrganisationalUnit", "Programme"} | ACTORS if role.scope.startswith("unit") or role.scope == "any" \
            else {role.scope.capitalize()}
        thing = next((m for m in mentions if m.start == joined.end() and m.type in wanted), None)
        if thing is None:
            thing = next((m for m in mentions if m.start == joined.end() + 4 and m.type == "OrganisationalUnit"
                          and ctx.text[joined.end():m.start].lower() == "g40-"), None)  # "van de G40-pijler X"
        if thing is not None:
            signature = Sentence(speaker.start, role_line.end, ctx.text[speaker.start:role_line.end])
            ctx.add(speaker, "hasRole", thing, signature, "firstperson.signature", 0.75, role=role.label)


#: a period added after the role's organisation, closing the clause: "…, van 2005 tot 2010."
_TRAILING = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*")


def _start_before(ctx: DocContext, sentence: Sentence, match: re.Match) -> tuple[str | None, str | None]:
    """The one start written in the clause before "ik ben <rol> en <rol> van": "sinds 1 januari 2021 ben ik
    gemeentesecretaris en algemeen directeur van de gemeente X" (round 57t); ``(None, None)`` without one."""
    begin = max(sentence.start, ctx.text.rfind(";", sentence.start, match.start()) + 1)
    periods = find_periods(ctx.text, begin, match.start(), year=ctx.date)
    if len(periods) != 1 or not periods[0].valid_from or periods[0].valid_until:
        return None, None
    return periods[0].valid_from, None


def _trailing_period(ctx: DocContext, sentence: Sentence, thing: Mention) -> tuple[str | None, str | None]:
    """The start and end of a range written after the organisation, up to the end of the clause
    ("Ik ben begonnen als beleidsadviseur bij X, van 2005 tot 2010."); ``(None, None)`` without one."""
    gap = _TRAILING.match(ctx.text, thing.end, sentence.end)
    if gap is None:
        return None, None
    periods = find_periods(ctx.text, gap.end(), sentence.end, year=ctx.date)
    if not periods or periods[0].start != gap.end() or periods[0].valid_until is None \
            or not re.fullmatch(r"\s*[.;]?[\s\"'”’]*", ctx.text[periods[0].end:sentence.end]):
        return None, None
    return periods[0].valid_from, periods[0].valid_until


#: a line of a career: "2013–2019: beleidsadviseur economie bij de gemeente Nijmegen" (after a bullet or an emoji)
_CAREER_LINE = re.compile(r"[^\w\n]{0,4}(?P<from>(?:19|20)\d\d)\s*[–—-]\s*(?P<until>(?:19|20)\d\d|heden|nu|nu\b)?\s*:\s*")
#: from the role word to its organisation: field words, then "bij/van (de/het) (gemeente/provincie/ministerie van)"
_CAREER_AT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:bij|van)\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?",
                        re.IGNORECASE)


def _career_lines(ctx: DocContext, speaker: Mention) -> None:
    """The lines of the speaker's career in a first-person post or profile: "👉 2019–2022:
    programmamanager Werklocaties bij de Provincie Gelderland": each a role they held there."""
    for sentence in ctx.sentences:
        line = _CAREER_LINE.match(ctx.text, sentence.start, sentence.end)
        if line is None:
            continue
        role_match = role_pattern().match(ctx.text, line.end())
        role = role_of(role_match.group(0)) if role_match else None
        if role is None:
            continue
        at = _CAREER_AT.match(ctx.text, role_match.end(), sentence.end)
        holder = next((m for m in ctx.in_sentence(sentence) if at and m.start == at.end() and m.type in ACTORS), None)
        if holder is None:
            continue
        until = line.group("until")
        past = until is not None and until.isdigit() and ctx.date is not None and until < ctx.date[:4]
        ctx.add(speaker, "hasRole", holder, sentence, "firstperson.career-line", 0.7, role=role.label, past=past)


#: the speaker succeeds the one named before: "Ik volg hem (sinds 1 maart 2023) op."
def _speaks_of_self(ctx: DocContext, sentence: Sentence, match: re.Match) -> bool:
    """Whether "Als <rol> van X" opens a clause whose subject is "ik": "Als voorzitter van X ben ik …", or
    opens the sentence, its verb and "ik" right after the phrase ("Als lid van de commissie X neem ik …")."""
    if re.search(r"\b(?:ben|was|wil|heb|had|zie|mag|kan)\s+ik\b", ctx.text[match.end():sentence.end]):
        return True
    if match.start() == ctx.content_start(sentence) and _VERB_I.match(ctx.text, match.end(), sentence.end):
        return True  # (round 54d)
    if _I_AM_AS.search(ctx.text, max(sentence.start, match.start() - 40), match.start()):
        return True  # "Ik ben als secretaris van de themagroep jullie aanspreekpunt" (round 57r)
    # "dat ik per 1 april aan de slag ga als kwartiermaker van X", "Ik ben begonnen als beleidsadviseur bij X"
    return _I_BEFORE_ALS.search(ctx.text, sentence.start, match.start()) is not None


#: "ik" and its copula right before "als <rol>": "Ik ben als secretaris van X jullie aanspreekpunt", "ik blijf
#: (voorlopig) als trekker van X betrokken"
_I_AM_AS = re.compile(r"\b[Ii]k\s+(?:ben|was|blijf|bleef)\s+(?:(?:nu|ook|al|voorlopig|daarom)\s+)?$")
#: the rest of a sentence-opening "Als <rol> van …" phrase, then its verb and "ik" (not a clause's "… dat ik")
_VERB_I = re.compile(r"[^,;:.]{0,80}?\s(?!(?:en|of|dat|die|wat|want|maar|omdat|zodat|als)\s)[a-z]+\s+ik\b")


#: where the speaker worked: "bij (de gemeente / de sociale dienst in) X", in a clause whose subject is "ik"
_AT_BODY = re.compile(r"\bbij\s+(?:de\s+|het\s+)?(?:(?i:gemeente|provincie|ministerie\s+van)\s+|"
                      r"(?:sociale\s+dienst|afdeling\s+[\w-]+|dienst\s+[\w-]+)\s+(?:in|van)\s+(?:de\s+gemeente\s+)?)?")
#: the clause says the speaker worked there: "heb ik zes jaar bij X gewerkt", "ben ik begonnen als … bij X"
_I_WORKED = re.compile(r"\b(?:[Ii]k\s+(?:\w+\s+){0,5}?(?:werkte|begon|startte)|(?:heb|had|ben|was)\s+ik\s+"
                       r"(?:[\w-]+\s+){0,6}?(?:gewerkt|begonnen|gestart|werkzaam))\b|"
                       r"\b(?:heb|had)\s+ik\s+(?:[\w-]+\s+){0,3}?bij\s+[^,;:]{1,60}?\s+gewerkt\b")
#: a role the clause gives: ", als adviseur", "als klantmanager"
_AS_ROLE = re.compile(r"\bals\s+(?P<role>[\w-]+)")


def _worked_at(ctx: DocContext, speaker: Mention) -> None:
    """"Daarna heb ik zes jaar bij Divosa gewerkt, als adviseur", "ben ik begonnen als klantmanager bij
    de sociale dienst in Delft": the speaker worked for that body (held the role "als" names there, when it
    is one the lexicon knows), in the past."""
    for sentence in ctx.sentences:
        if "ik" not in sentence.text.lower() or "bij " not in sentence.text or not own_words(ctx, sentence, speaker):
            continue
        worked = _I_WORKED.search(ctx.text, sentence.start, sentence.end)
        if worked is None or not ctx.asserted(sentence, worked.start(), worked.end()):
            continue
        clause_start = max(ctx.text.rfind(c, sentence.start, worked.start()) for c in ",;:") + 1
        clause_end = min((k for k in (ctx.text.find(c, worked.end(), sentence.end) for c in ";:") if k >= 0),
                         default=sentence.end)
        at = _AT_BODY.search(ctx.text, max(clause_start, sentence.start), clause_end)
        body = next((m for m in ctx.in_sentence(sentence) if at and m.start == at.end() and m.type in ACTORS), None)
        if body is None:
            continue
        role = next((role_of(m.group("role")) for m in _AS_ROLE.finditer(ctx.text, sentence.start, clause_end)
                     if role_of(m.group("role")) is not None), None)
        past = "werk" in worked.group() and "werkzaam" not in worked.group()  # "gewerkt", "werkte"; not "begonnen"
        if role is not None and (role.scope in ("any", "unit") or role.scope == body.type.lower()):
            ctx.add(speaker, "hasRole", body, sentence, "firstperson.worked-at", 0.7, role=role.label, past=past)
        else:
            ctx.add(speaker, "affiliatedWith", body, sentence, "firstperson.worked-at", 0.7, past=past)
