"""Who a relation cue is about: the subject before it or after its verb, and the actors listed with it.

Dutch puts the finite verb second, so the subject stands before the verb ("De G40 werkt samen met
BZK") or, when the sentence opens with something else, right after it ("Met BZK werken Breda en
Zwolle samen"). Without a subject ("Er is contact met BZK", "We werken samen met …") the actor is
the one the section is about; a subject that names no entity ("De woondeals zijn tot stand
gekomen in samenwerking met BZK") has no actor at all, rather than a wrong one.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Met BZK werken Breda en Zwolle samen.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations)
[('Breda', 'BZK'), ('Zwolle', 'BZK')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .context_lists import BOTH, BOTH_AND
from .context_subjects import PERSON_SHAPED
from .interviews import interviewee
from .voice import we_actor, writer_actor
from .lexicon import load_lexicon
from .mail import in_message, sender_body
from .participle_phrases import participle_maker
from .model import Mention, Sentence
from .phrases import PLURAL_VERBS, is_verbish
from .pronoun_chains import chained_person
from .quotes import quotation_body
from .transcripts import turn_body
from .units import plural_kind

__all__ = ["subject_or_context", "clause_subjects", "coordinated", "with_coordinated", "target_thing", "kind_anaphor", "kind_antecedent"]

_FINITE = re.compile(r"\b(?:organiseerde[n]?|organiseert|werkte[n]?|werkt|werken|voerde[n]?|voert|sprak|spreekt|"
                     r"heeft|hebben|had|hadden|is|was|zijn|waren|ging|gaat|kwam|komt|startte|start|"
                     r"blijft|blijven|bleef|bleven)\b", re.IGNORECASE)  # "Met X blijft de pijler samenwerken"
_PRONOUN_AFTER = re.compile(r"\s+(?:hij|zij|ze)\b", re.IGNORECASE)
#: a subject that names its actor only by kind, right before a cue: "…, waar de gemeente samen met X
#: flats renoveert", "…, dat het instituut samen met X uitvoerde", "… liet zien hoe zijn gemeente samen
#: met X …", the agent of a passive: "Het programma wordt uitgevoerd door de gemeente samen met X" (at
#: most two lower-case words between)
_KIND_SUBJECT = re.compile(r"(?:[,;:]\s*|\b(?:waar|waarin|waarbij|dat|die|en|terwijl|omdat|toen|daar|nu|hoe|door|"
                           # the subject after the verb, behind a fronted phrase: "In Schiedam werkt de gemeente samen met X"
                           r"werkt|werkte|werken|werkten|trekt|trok|"
                           # or its auxiliary: "In Assen heeft de gemeente samen met X een monitor ontwikkeld"
                           r"heeft|had)\s+)(?:de|het|zijn|haar)\s+"
                           r"(?P<kind>gemeente|provincie|ministerie|instituut|hogeschool|universiteit|corporatie|"
                           r"stichting|vereniging)\s+(?:[a-z]+\s+){0,2}?$")
#: a subject named by its kind that opens the sentence, its verb before the cue: "De gemeente werkt daarbij
#: samen met X" (round 39a)
_KIND_OPENING = re.compile(r"\s*(?:De|Het|Zijn|Haar)\s+(?P<kind>gemeente|provincie|ministerie|instituut|hogeschool|"
                           r"universiteit|corporatie|stichting|vereniging)\s+(?:[a-z]+\s+){1,3}?$")
#: the mention type a kind word names outright; other kinds name an organisation whose name holds the word
_KIND_TYPES = {"gemeente": "Municipality", "provincie": "Province", "ministerie": "Ministry"}


#: a clause joined with "en" whose verb comes first, then its own subject: ", en maakt (ook) "
_CONJOINED = re.compile(r"(?:,\s*|\s)en\s+(?P<verb>[a-zà-ÿ]{2,})\s+(?:(?:ook|daarnaast|verder|de|het)\s+){0,2}$")
_NO_VERB = frozenset("de het een die dat deze dit met van in aan bij voor op om tot over naar uit door als ook".split())


def _conjoined_subject(ctx: DocContext, start: int, before: int) -> Mention | None:
    """The subject of a clause joined with "en" between ``start`` and the cue at ``before``, right
    after its finite verb: in "Zo werken Assen en Drenthe aan X, en maakt Ede met Y afspraken" the
    "met" belongs to Ede's clause, not to the subject of the first verb."""
    found = None
    for m in ctx.in_span(start, before):
        if m.type not in ACTORS:
            continue
        joined = _CONJOINED.search(ctx.text, start, m.start)
        if joined is not None and joined.end() == m.start:
            word = joined.group("verb")
            if word not in _NO_VERB and (is_verbish(word) or word in PLURAL_VERBS or word.endswith("t")):
                found = m
    return found


#: "we" placed in a municipality: "we werken in X", "In X werken we", "wij hebben hier in X"
_WE_IN = re.compile(r"\b(?:we|wij)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:hier\s+)?in\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)
#: (also after a lead-in that opens no clause of its own: "En natuurlijk: in Hoorn blijven we …", "Ook in X …")
_IN_WE = re.compile(r"\s*(?:(?:[Ee]n\s+)?(?:[Nn]atuurlijk|[Tt]och|[Dd]aarnaast|[Vv]erder)?\s*[:,]?\s*|(?:[Ee]n\s+)?[Oo]ok\s+)?"
                    r"(?:[Hh]ier\s+)?[Ii]n\s+(?:de\s+gemeente\s+)?")
_WE_AFTER = re.compile(r"\s+[a-zà-ÿ]+\s+(?:we|wij)\b")


def _local_we(ctx: DocContext, sentence: Sentence, before: int) -> Mention | None:
    """The municipality "we" stands for when the clause places it there: "we werken in Eindhoven
    nauw samen met X", "In Zwolle werken we samen met X" (the speaker's town, not the document's topic)."""
    start = ctx.content_start(sentence)
    for m in ctx.in_span(start, before):
        if m.type != "Municipality":
            continue
        if _WE_IN.search(ctx.text, start, m.start) and _WE_IN.search(ctx.text, start, m.start).end() == m.start:
            return m
        if _IN_WE.fullmatch(ctx.text, start, m.start) and _WE_AFTER.match(ctx.text, m.end, before):
            return m
    return None


#: "we", "wij" as a word
_WE_WORD = re.compile(r"\b(?:[Ww]e|[Ww]ij)\b")


def _quoted_we(ctx: DocContext, sentence: Sentence, before: int) -> Mention | None:
    """The body a quotation's speaker speaks for, when "we" is the subject of the cue at ``before`` in
    that quotation: the sentence says "we" and names no actor before the cue (:func:`.quotes.quotation_body`)."""
    we = _WE_WORD.search(ctx.text, sentence.start, sentence.end)
    if we is None or any(m.type in ACTORS for m in ctx.in_span(sentence.start, before)):
        return None
    return quotation_body(ctx, we.start()) or turn_body(ctx, we.start())  # a transcript's "BV: Wij …" too


#: the writer as the subject, outside a quotation
_I = re.compile(r"\b[Ii]k\b")
_QUOTE = re.compile(r"[\"“”„]|(?:^|\s)'")


#: a singular "Zij" opening a sentence: "Zij werkt", "Ze heeft"
_SHE_OPENING = re.compile(r"\s*(?:Zij|Ze)\s+([a-zà-ÿ]+)\b")
#: a subject named with its feminine kind word: "De gemeente Enschede", "De provincie Overijssel"
_FEMININE_KIND = re.compile(r"\s*De\s+(?:gemeente|provincie)\s+$")


def _government_pronoun_antecedent(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The municipality or province a singular "Zij" opening ``sentence`` stands for: the sentence right
    before, in the same paragraph and naming no person, opens with it as "De gemeente X" or "De provincie
    X" ("De gemeente Enschede is penvoerder en trekt het project. Zij werkt daarin samen met …"): "de
    gemeente" is a "zij", a programme or project ("het project") is not.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "De gemeente Enschede trekt het project. Zij werkt samen met Hengelo."
    >>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
    [('Enschede', 'Hengelo')]
    """
    she = _SHE_OPENING.match(ctx.text, ctx.content_start(sentence), sentence.end)
    previous = ctx.previous_sentence(sentence)
    if she is None or not ctx.singular_verb(she.group(1)) or previous is None or previous.is_heading \
            or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    named = ctx.in_sentence(previous)
    if not named or named[0].type not in ("Municipality", "Province") or any(m.type == "Person" for m in named) \
            or not _FEMININE_KIND.fullmatch(ctx.text, ctx.content_start(previous), named[0].start):
        return None
    return named[0]


#: a singular pronoun opening a clause after a semicolon, and its verb: "…; zij werkt samen met …"
_CLAUSE_PRONOUN = re.compile(r";\s*(zij|hij|ze)\s+([a-zà-ÿ]+)\b")


def _person_before_clause_pronoun(ctx: DocContext, sentence: Sentence, before: int) -> bool:
    """Whether the cue at ``before`` is in a clause "…; zij werkt …" whose "zij" is a person the clause
    before opens with but which names no recognised person ("M. Bosman werd benoemd tot voorzitter
    van de Pijler Fysiek; zij werkt samen met BZK"): she acts, no body of the passage.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "G40 nieuws\\n\\nM. Bosman werd voorzitter van de Pijler Fysiek; zij werkt samen met BZK."
    >>> [r for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "collaboratesWith"]
    []
    """
    start = ctx.content_start(sentence)
    semicolon = ctx.text.rfind(";", start, before)
    pronoun = _CLAUSE_PRONOUN.match(ctx.text, semicolon, before) if semicolon >= 0 else None
    if pronoun is None or (pronoun.group(1) != "hij" and not ctx.singular_verb(pronoun.group(2))):
        return False
    return not any(m.type == "Person" for m in ctx.in_span(start, semicolon)) \
        and PERSON_SHAPED.match(ctx.text, start, semicolon) is not None


def subject_or_context(ctx: DocContext, sentence: Sentence, before: int, *, programmes: bool = True) -> Mention | None:
    """The actor of the cue at offset ``before``: the subject after the verb of an inverted
    sentence, else the first actor (or, with ``programmes``, programme) before the cue, else the
    actor of the section; None for a pronoun after the verb or a subject that names no entity."""
    prefix = ctx.text[sentence.start:before]
    relative = _relative_subject(ctx, sentence, before)
    if relative is not None:
        return relative  # "…, op basis van een notitie die X samen met Divosa opstelt": X, not the main subject
    maker = participle_maker(ctx, sentence, before)
    if maker is not None:
        return maker  # "een brief van de G40, opgesteld samen met het IPO": the G40, not the main clause's subject
    quoted = _quoted_we(ctx, sentence, before)
    if quoted is not None:
        return quoted  # 'Wethouder X van Helmond: "Samen met A bouwen we …"': "we" are Helmond
    verb = _FINITE.search(ctx.text, sentence.start, sentence.end)
    if verb is not None and verb.end() < before:
        own = _conjoined_subject(ctx, verb.end(), before)
        if own is not None:
            return own  # "Zo werken A en B aan …, en maakt C met D afspraken": C is the subject of its clause
    if verb is not None:
        inverted = ctx.inverted_subject(sentence, verb.end(), persons=True)
        if inverted is not None:
            return inverted
        if verb.start() > before and _PRONOUN_AFTER.match(ctx.text, verb.end()):
            return None  # "Samen met X sprak zij …": a pronoun subject, not the section's actor
        personal, person = ctx.inverted_pronoun_subject(sentence, verb) if verb.end() <= before else (False, None)
        if person is None and verb.end() <= before and _PRONOUN_AFTER.match(ctx.text, verb.end()) \
                and ctx.singular_verb(verb.group(0)):
            person = interviewee(ctx)  # no antecedent at hand: in an interview, the one it portrays
            personal = personal or person is not None
        if person is None and verb.end() <= before and _PRONOUN_AFTER.match(ctx.text, verb.end()) \
                and ctx.singular_verb(verb.group(0)):
            # "Sinds 2020 is zij bestuurslid van X. In die hoedanigheid werkt zij samen met Y": the person
            # the chain of "zij" goes back to, not the passage's first actors
            chained, person = chained_person(ctx, sentence, _PRONOUN_AFTER.match(ctx.text, verb.end()).group().strip())
            personal = personal or chained
        if personal:
            return person  # "Samen met X sprak zij met BZK": she (the person the sentence before names)
    subject = ctx.subject(sentence, before, persons=True)
    told = clause_subjects(ctx, sentence, before) if subject is not None else []
    if told and subject.start < told[0].start:
        # "Demirtaş vertelt hoe Leiden samen met Delft …": the subject of what is told, not who tells it
        return next((m for m in told if m.type in ACTORS), None)
    if subject is None:
        personal, person = ctx.pronoun_subject(sentence)
        if personal:
            return person  # "… is voorzitter van de themagroep. Zij werkt samen met BZK": she, not the unit
        if _person_before_clause_pronoun(ctx, sentence, before):
            return None  # "M. Bosman werd benoemd tot …; zij werkt samen met BZK": she, not the G40 of the heading
        body = _government_pronoun_antecedent(ctx, sentence)
        if body is not None:
            return body  # "De gemeente Enschede is penvoerder. Zij werkt samen met Hengelo": Enschede
    clause_end = ctx.text.find(";", before, sentence.end)  # "…; ik ken daar nog veel mensen": another clause's "ik"
    if subject is None and _I.search(ctx.text, sentence.start, sentence.end if clause_end < 0 else clause_end) \
            and not _QUOTE.search(sentence.text):
        return writer_actor(ctx)  # "Samen met VRO verken ik …" in a minister's letter: the ministry, not the topic
    if subject is None and programmes:
        subject = ctx.subject(sentence, before, types={"Programme"})
    if subject is None and _names_no_entity(ctx, sentence, before):
        return None  # "De woondeals zijn … in samenwerking met BZK": not the section's actor
    if re.search(r"\b(?:we|wij)\b", prefix, re.IGNORECASE):
        named = _we_as(ctx, sentence, before)
        if named is not None:
            return named  # "Daarom hebben we als pijler, samen met X, …": the pijler
        local = _local_we(ctx, sentence, before)
        if local is not None:
            return local  # "we werken in Eindhoven nauw samen met X": "we" are Eindhoven
    if subject is None or re.search(r"\b(?:we|wij)\b", prefix, re.IGNORECASE):
        we = we_actor(ctx) if re.search(r"\b(?:we|wij)\b", ctx.text[sentence.start:sentence.end], re.IGNORECASE) else None
        if we is None and re.search(r"\b(?:we|wij)\b", prefix, re.IGNORECASE):
            we = sender_body(ctx, sentence.start)  # an e-mail's "wij": the sender's body, not what the mail is about
            if we is None and in_message(ctx, sentence.start):
                return None  # a sender whose body the mail does not tell: no actor to guess
        if we is not None and (subject is None or subject.start > we.start or subject is we):
            return we  # "wij als gemeente X" earlier in the document: "we" is X
        if re.search(r"\b(?:die|dat|welke)\b", prefix[-40:]) and subject is not None:
            return subject
        if subject is not None and not re.search(r"\b(?:we|wij)\b", prefix, re.IGNORECASE):
            return subject
        actor = ctx.context_actor(sentence)
        if actor is not None and actor.type == "Programme" and re.search(r"\b(?:we|wij)\b", prefix, re.IGNORECASE) \
                and not sentence.start <= actor.start < sentence.end:
            return None  # "We zijn daar met BZK over in gesprek" after a Woondeal: "we" are people or bodies, no programme
        return actor
    return subject


#: "we als <unit or actor>": the mention right after "we"/"wij" that opens with "als" (or follows it)
_WE_AS = re.compile(r"\b(?:we|wij)\s+(?:als\s+)?$", re.IGNORECASE)


def _we_as(ctx: DocContext, sentence: Sentence, before: int) -> Mention | None:
    """The unit or actor "we" speak as before the cue at ``before``: "we als pijler" (a reference to the
    pijler), "wij als gemeente Breda"."""
    for m in ctx.in_span(sentence.start, before):
        if (m.type in ACTORS or m.type == "OrganisationalUnit") and _WE_AS.search(ctx.text, sentence.start, m.start) \
                and (m.text.lower().startswith("als ") or ctx.text[:m.start].rstrip().lower().endswith("als")):
            return m
    return None


#: a relative pronoun or subordinating conjunction right before the subject of its clause: "(een notitie)
#: die (de gemeente) ", "(vertelt) hoe ", "(de Green Deal,) waarin ", "omdat "
_CLAUSE_OPENING = re.compile(r"\b(?:die|dat|welke|hoe|waarom|waarin|waarbij|waar|omdat|terwijl|nadat|doordat|zodat|toen)\s+"
                             r"(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?$", re.IGNORECASE)
#: what may stand between a clause's subject and its cue: a bracket, a few adverbs ("hoe Leiden al jaren samen met")
_SUBJECT_TO_CUE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:ook|al|nu|nog|inmiddels|jaren|sinds\s+\d{4})\s+){0,3}")


def clause_subjects(ctx: DocContext, sentence: Sentence, before: int) -> list[Mention]:
    """The subject of the relative or subordinate clause the cue at ``before`` stands in, with the
    actors listed with it, when that subject opens the clause and runs up to the cue: "een notitie die
    Eline Verhoeff samen met Divosa opstelt" (Eline Verhoeff), "X vertelt hoe Leiden samen met Delft
    …" (Leiden, not the speaker), "… de Green Deal, waarin Haarlem samenwerkt met …" (Haarlem), "…
    vertelde hoe Sittard-Geleen en Heerlen samen optrekken in …" (both). Empty when the clause opens
    otherwise.

    Examples
    --------
    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Eva Smit vertelt hoe Leiden samen met Delft een loket opzette.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith"]
    [('Leiden', 'Delft')]
    """
    named = [m for m in ctx.in_span(sentence.start, before) if m.type in ACTORS | {"Person"}]
    if not named or not _SUBJECT_TO_CUE.fullmatch(ctx.text, named[-1].end, before):
        return []
    k = len(named) - 1
    while k > 0 and (named[k - 1].type == "Person") == (named[k].type == "Person") \
            and _AND.fullmatch(ctx.text, named[k - 1].end, named[k].start):
        k -= 1  # "hoe Sittard-Geleen en Heerlen samen …": back to the first of the list
    if not _CLAUSE_OPENING.search(ctx.text, max(sentence.start, named[k].start - 40), named[k].start):
        return []
    return named[k:]


def _relative_subject(ctx: DocContext, sentence: Sentence, before: int) -> Mention | None:
    """The first subject of :func:`clause_subjects`, else None."""
    subjects = clause_subjects(ctx, sentence, before)
    return subjects[0] if subjects else None


def coordinated(ctx: DocContext, subject: Mention | None, before: int) -> list[Mention]:
    """The actors listed with ``subject`` before offset ``before``: "Breda en Tilburg werken samen met …",
    "Zowel Breda als Tilburg werken samen met …"."""
    if subject is None or not (re.match(r"\s*(?:,|en)\s|\s+als\s", ctx.text[subject.end:subject.end + 5])
                               or _BRACKET_AND.match(ctx.text, subject.end)):
        return []
    listed, previous = [], subject
    both = BOTH.search(ctx.text, max(0, subject.start - 20), subject.start) is not None  # "Zowel Breda als Tilburg"
    kinds = ACTORS | {"Person"} if subject.type == "Person" else ACTORS  # "A (Breda) en B (Ede) werkten …": persons
    for actor in ctx.list_after(subject.end, before, types=kinds)[:6]:
        if subject.type == "Person" and actor.type != "Person":
            if re.fullmatch(r"\s*\(", ctx.text[previous.end:actor.start]):
                continue  # the town in the bracket after a person: where they come from, not one of the list
            break
        if not _AND.fullmatch(ctx.text, previous.end, actor.start) \
                and not (both and previous is subject and BOTH_AND.fullmatch(ctx.text, previous.end, actor.start)):
            break  # "Breda en Zwolle samen met het Fonds": the list ends at "samen met"
        listed.append(actor)
        previous = actor
    return listed


#: what joins the names of one list: "Breda, Zwolle en het ministerie van EZK"
#: (a bracket may follow a name: "Almelo (3 miljoen euro) en Deventer (2 miljoen euro) ontvangen …")
_BRACKET_AND = re.compile(r"\s*\([^()]{1,60}\)\s*(?:,|en)\s")
_AND = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:en\s+)?|en\s+)(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")


def with_coordinated(ctx: DocContext, sentence: Sentence, subject: Mention | None, cue: int) -> list[Mention]:
    """``subject`` and the actors listed with it, before the cue at ``cue`` or, when the subject
    follows its verb, after it: "Met BZK werken Breda en Zwolle samen".

    Examples
    --------
    (see tests/test_extract_relations.py::test_fronted_objects_and_inversion)
    """
    if subject is None:
        return []
    return [subject] + coordinated(ctx, subject, cue if subject.start < cue else sentence.end)


#: a clause that opens with a noun phrase of its own ("De woondeals zijn …", "Het plan is …", "Vijf
#: Brabantse gemeenten zijn …": a count and a regional adjective are no entity either), not a
#: time ("De afgelopen jaren is er …") and not a unit word that refers back ("De pijler werkt …")
#: (also after a field label of minutes: "Besluit: het bestuur richt samen met het IPO … op")
#: a numbered part of a plan as the subject: "Spoor 3 wordt …", "Fase 2 is …", "Werkpakket 4 werd …"
_NUMBERED_SUBJECT = re.compile(r"\s*([A-Z][a-z]+)\s+\d{1,2}\s+(?:is|was|wordt|werd|worden|werden)\b")
_NOUN_SUBJECT = re.compile(
    r"\s*(?:[A-Z][a-z]+:\s+(?:de|het)|De|Het|Deze|Dit|Die|Een|Beide|Twee|Drie|Vier|Vijf|Zes|Zeven|Acht|Negen|Tien|Alle|Enkele|Veel|Meerdere|\d{1,3})\s+"
    r"((?:(?:[a-zà-ÿ][\w-]*|[A-Z][\w-]*se)\s+){1,3}?)(?:is|was|zijn|waren|wordt|werd|worden|werden|"
    r"heeft|hebben|had|hadden|komt|komen|kwam|kwamen|gaat|gaan|ging|gingen|staat|staan|stond|stonden|"
    r"kan|kunnen|kon|konden|zal|zullen|moet|moeten|blijft|blijven|werkt|werken|werkte|werkten|"
    r"voert|voeren|voerde|voerden|spreekt|spreken|sprak|spraken|richt|richten|richtte|richtten)\b")
_TIME_WORDS = frozenset({"afgelopen", "komende", "vorige", "volgende", "laatste", "eerste", "jaar", "jaren", "maand",
                         "maanden", "week", "weken", "dag", "dagen", "periode", "keer", "tijd"})


def _names_no_entity(ctx: DocContext, sentence: Sentence, before: int) -> bool:
    """Whether the clause before offset ``before`` has a subject that is no entity: an article and
    ordinary nouns before the finite verb, "De woondeals zijn tot stand gekomen in samenwerking met BZK".

    Examples
    --------
    (see tests/test_extract_relations.py::test_a_subject_that_is_no_entity_collaborates_with_no_one)
    """
    numbered = _NUMBERED_SUBJECT.match(ctx.text, ctx.content_start(sentence), before)
    if numbered is not None:  # "Spoor 3 wordt uitgevoerd in samenwerking met …": a numbered part, no entity
        return numbered.group(1).lower() not in load_lexicon().unit_kinds
    match = _NOUN_SUBJECT.match(ctx.text, ctx.content_start(sentence), before)
    if match is None:
        return False
    words = match.group(1).split()
    kinds = load_lexicon().unit_kinds
    return not any(w in _TIME_WORDS or w in kinds or plural_kind(w) for w in words)


def target_thing(mentions: list[Mention], *, near: int | None = None) -> Mention | None:
    """What a cue of taking part or setting up is about: a programme in ``mentions`` (else a unit or
    event), the first one, or with ``near`` the one closest to that offset.

    Examples
    --------
    >>> from graph.extract.model import Mention
    >>> breda = Mention(0, 5, "Breda", "Municipality", "test", 1.0)
    >>> deal = Mention(40, 56, "Regio Deal Noord", "Programme", "test", 1.0)
    >>> target_thing([breda, deal]).text
    'Regio Deal Noord'
    """
    things = [m for m in mentions if m.type == "Programme"] or \
        [m for m in mentions if m.type in ("OrganisationalUnit", "Event")]
    if not things:
        return None
    if near is None:
        return things[0]
    return min(things, key=lambda m: abs(m.start - near))


def kind_anaphor(ctx: DocContext, sentence: Sentence, before: int) -> tuple[bool, Mention | None]:
    """The actor a subject named only by its kind points back to, right before the cue at ``before``:
    "Dordrecht ontving … . Daarna …, waar de gemeente samen met X flats renoveert" (Dordrecht). The
    antecedent is the one entity of that kind named earlier in the sentence or the two before it.
    Returns whether such a subject stands there, and its antecedent (None when none or more than
    one is named there: the subject is then no actor to guess).

    Examples
    --------
    (see tests/test_extract_round19.py::test_a_subject_named_by_its_kind_before_samen_met)
    """
    match = _KIND_SUBJECT.search(ctx.text, ctx.content_start(sentence), before) \
        or _KIND_OPENING.match(ctx.text, ctx.content_start(sentence), before)
    if match is None:
        return False, None
    return True, kind_antecedent(ctx, sentence, match.start(), match.group("kind").lower())


def kind_antecedent(ctx: DocContext, sentence: Sentence, before: int, kind: str) -> Mention | None:
    """The one entity of ``kind`` ("gemeente", "provincie", "ministerie"; else an organisation whose name
    holds the word) named in ``sentence`` before offset ``before``, else in the two sentences before it;
    None when none or more than one is named there."""
    wanted = _KIND_TYPES.get(kind)
    spans = ctx.spans_back(sentence, before)
    def of_kind(start: int, end: int) -> list[Mention]:
        return [m for m in ctx.in_span(start, end)
                if (m.type == wanted if wanted else m.type == "Organisation" and kind in m.text.lower())]

    candidates = of_kind(*spans[0])  # the sentence's own first: "In Schiedam werkt de gemeente samen met X"
    if not candidates:
        candidates = [m for start, end in spans[1:] for m in of_kind(start, end)]
    if not candidates or len({m.key or m.label for m in candidates}) > 1:
        return None  # one entity by its key: "het ministerie van Klimaat en Groene Groei (KGG)" names one
    return max(candidates, key=lambda m: m.start)
