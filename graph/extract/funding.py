"""Money from a programme: who receives it takes part in it (participatesIn).

"X ontving geld / een bijdrage uit <programma>", fronted "Via de X kregen A en B een bijdrage"; money
from a programme spent, "Met geld uit de Regio Deal X investeert Enschede …"; who finances it, "Het lab
wordt mede gefinancierd door OCW", "BZK financiert de Regio Deal X"
(money from a ministry gives nothing); a list of amounts after a passage on a fund ("Heerlen
ontvangt 31,2 miljoen euro voor …"); who pays towards it ("X draagt bij aan de financiering"). Called per sentence by
:func:`graph.extract.relations.find_relations` through :func:`find_funding`.
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .subjects import coordinated, with_coordinated

__all__ = ["find_funding"]


#: a receiving verb: "ontvingen", "krijgt", "hebben … gekregen"
_RECEIVE = re.compile(r"\b(?:ontv(?:ing|ingen|angt|angen)|krijg(?:t|en)|kreeg|kregen|gekregen)\b", re.IGNORECASE)
#: money and where it comes from, right before a programme: "geld uit het", "een bijdrage uit de",
#: "een bijdrage (ontvangen) uit de vijfde tranche van de"
#: (a grant letter's "(specifieke) uitkering" is money too)
_MONEY_FROM = re.compile(r"\b(?:geld|middelen|subsidie|financiering|budget|bijdragen|(?:een\s+)?(?:\w+\s+)?(?:bijdrage|uitkering)|"
                         r"(?:miljoen\s+)?euro|€\s*[\d.,]+(?:\s+miljoen)?)(?:\s+(?:ontvangen|gekregen))?\s+(?:uit|van|via)\s+(?:(?:het|de)\s+)?"
                         r"(?:(?:\w+\s+)?(?:tranche|ronde|aanvraagronde|subsidieronde)\s+van\s+(?:het|de)\s+)?$",
                         re.IGNORECASE)


def _funding(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Who receives money from a programme takes part in it (the facts export has no funding
    predicate): "Leeuwarden en Zwolle ontvingen geld uit het Volkshuisvestingsfonds". Money from a
    ministry or organisation gives no fact.

    Examples
    --------
    (see tests/test_extract_relations.py::test_receiving_money_from_a_programme_is_taking_part_in_it)
    """
    if not any(m.type == "Programme" for m in mentions):
        return  # nothing to find without a programme, so no scan
    for verb in ctx.cues(_RECEIVE, sentence):
        for programme in (m for m in mentions if m.type == "Programme"):
            money = _MONEY_FROM.search(ctx.text, max(sentence.start, programme.start - 90), programme.start)
            if money is None:
                continue
            start, end = min(verb.start(), money.start()), max(verb.end(), programme.end)
            if re.search(r"[,;]", ctx.text[start:end]) or not ctx.asserted(sentence, start, end):
                continue  # the verb and the money in one clause, not denied: "ontving geen geld uit …"
            subject = ctx.inverted_subject(sentence, verb.end()) or ctx.subject(sentence, start)
            for actor in with_coordinated(ctx, sentence, subject, start):
                ctx.add(actor, "participatesIn", programme, sentence, "relations.geld-uit", 0.7)
        _funding_fronted(ctx, sentence, mentions, verb)


#: a programme fronted as the source of money: "Via de Startbouwimpuls kregen …", "Uit het fonds ontvingen …"
_FRONTED_SOURCE = re.compile(r"(?:Via|Uit|Dankzij)\s+(?:de\s+|het\s+)?")
#: between the verb and its subject: "kregen onder meer Arnhem", "ontvingen ook de gemeenten Ede"
_BEFORE_RECIPIENT = re.compile(r"\s*(?:(?:onder\s+(?:meer|andere)|o\.a\.|ook|al|opnieuw|de|het|gemeenten?)\s+){0,3}")
_MONEY = re.compile(r"\b(?:geld|middelen|subsidie|financiering|budget|bijdragen?|rijksbijdrage|euro|miljoen)\b|€",
                    re.IGNORECASE)
#: the colon after a programme that labels a line: "- Volkshuisvestingsfonds: …"
_LABEL_COLON = re.compile(r"\s*:\s*")
#: a fronted source named by its kind, pointing back: "Uit dit fonds", "Via deze regeling", "Uit het fonds"
_KIND_BACK = re.compile(r"\s*(?:Via|Uit|Dankzij)\s+(?:dit|deze|dat|die|het|de)\s+(?P<kind>fonds|regeling|impuls|programma|deal)\b")
#: what may stand between a fronted source and the verb: nothing, or its owner ("van het ministerie van BZK")
_OWNER_AFTER = re.compile(r"(?:\s+van\s+(?:het\s+|de\s+)?(?:ministerie\s+van\s+)?[\w&-]+(?:\s+[A-Z][\w&-]*){0,3})?\s*")


def _funding_fronted(ctx: DocContext, sentence: Sentence, mentions: list[Mention], verb: re.Match) -> None:
    """"Via de Startbouwimpuls kregen onder meer Arnhem en Ede een bijdrage": the programme opens the
    sentence, the receivers follow the verb; each takes part in the programme. A source named by its kind
    ("Uit dit fonds van het ministerie van BZK ontving Dordrecht € 7,2 miljoen") is the programme the passage
    is about, when its name holds that kind word ("Volkshuisvestingsfonds")."""
    start = ctx.content_start(sentence)
    if mentions and mentions[0].start == start and mentions[0].type == "Programme":
        label = _LABEL_COLON.match(ctx.text, mentions[0].end, sentence.end)
        start = label.end() if label is not None else start  # "- Volkshuisvestingsfonds: Uit dit fonds …"
    opening = _FRONTED_SOURCE.match(ctx.text, start)
    if opening is None:
        return
    programme = next((m for m in mentions if m.start == opening.end() and m.type == "Programme"), None)
    source_end = programme.end if programme is not None else None
    if programme is None:
        # "Uit dit fonds (van het ministerie van BZK) ontving Dordrecht …": the fund the passage is about
        kind = _KIND_BACK.match(ctx.text, start, verb.start())
        named = ctx.context_unit(kind.start(), types={"Programme"}) if kind is not None else None
        if named is None or kind.group("kind").lower() not in named.label.lower():
            return
        programme, source_end = named, kind.end()
    if not _OWNER_AFTER.fullmatch(ctx.text, source_end, verb.start()):
        return
    first = next((m for m in ctx.in_span(verb.end(), sentence.end) if m.type in ACTORS), None)
    if first is None or not _BEFORE_RECIPIENT.fullmatch(ctx.text, verb.end(), first.start):
        return
    actors = [first] + coordinated(ctx, first, sentence.end)
    if not _MONEY.search(ctx.text, actors[-1].end, sentence.end) or not ctx.asserted(sentence, verb.start(), sentence.end):
        return
    for actor in actors:
        ctx.add(actor, "participatesIn", programme, sentence, "relations.geld-via", 0.7)


#: money from a programme that someone spends, right before the programme: "Met geld uit de Regio Deal X (investeert
#: Enschede)", "dankzij een bijdrage uit het Volkshuisvestingsfonds", "met middelen van de Woningbouwimpuls"
_SPENT_FROM = re.compile(r"\b(?P<with>[Mm]et|[Dd]ankzij)\s+(?:(?:het|de|extra)\s+)?(?:geld|middelen|subsidie|"
                         r"financiering|budget|een\s+(?:\w+\s+)?bijdrage|(?:\w+\s+)?bijdragen)\s+(?:uit|van|via)\s+"
                         r"(?:het\s+|de\s+)?")
#: the finite verb and what may stand between it and its subject after a fronted phrase: "investeert",
#: "kan (nu) de gemeente", "konden onder meer"
_VERB_THEN_SUBJECT = re.compile(r"\s*,?\s*[a-z]+\s+(?:(?:onder\s+(?:meer|andere)|ook|nu|al|de|het|gemeenten?)\s+){0,3}")


def _money_spent(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Who does something with money from a programme takes part in it: "Met geld uit de Regio Deal Twente
    investeert Enschede in de binnenstad" (the subject after the verb of a fronted phrase), "Hengelo
    renoveert dankzij een bijdrage uit het Volkshuisvestingsfonds twee flats" (the subject before it). Money
    from a ministry or organisation gives nothing; a denied clause states nothing.

    Examples
    --------
    (see tests/test_extract_round34b.py::test_who_spends_money_from_a_programme_takes_part_in_it)
    """
    for cue in ctx.cues(_SPENT_FROM, sentence):
        programme = next((m for m in mentions if m.start == cue.end() and m.type == "Programme"), None)
        if programme is None:
            continue
        if cue.start() == ctx.content_start(sentence):
            # fronted: "Met geld uit de Regio Deal X investeert Enschede …", the subject right after the verb
            verb = _VERB_THEN_SUBJECT.match(ctx.text, programme.end, sentence.end)
            first = next((m for m in ctx.in_span(programme.end, sentence.end)), None)
            if verb is None or first is None or first.start != verb.end() or first.type not in _RECEIVERS \
                    or verb.group().strip(" ,").split()[0] in _WISHING:
                continue  # "Met geld uit de deal zou/wil Enschede …": a wish or a possibility, no fact
            actors = [first] + coordinated(ctx, first, sentence.end)
        else:
            clause = max(ctx.text.rfind(",", sentence.start, cue.start()), ctx.text.rfind(";", sentence.start, cue.start()))
            subject = ctx.subject(sentence, cue.start())
            if subject is None or subject.start <= clause or subject.type not in _RECEIVERS:
                continue
            actors = with_coordinated(ctx, sentence, subject, cue.start())
        ends = [k for k in (ctx.text.find(mark, actors[-1].end, sentence.end) for mark in ",;") if k >= 0]
        if ctx.asserted(sentence, min(cue.start(), actors[0].start), min(ends, default=sentence.end)):  # "… niet …"
            for actor in actors:
                ctx.add(actor, "participatesIn", programme, sentence, "relations.geld-uit-besteed", 0.65)


#: verbs of wishing or a possibility after a fronted phrase: "Met geld uit de deal zou Enschede … kunnen"
_WISHING = frozenset({"zou", "zouden", "wil", "willen", "wilde", "wilden", "moet", "moeten", "mag", "mogen", "hoopt",
                      "hopen"})
#: who may receive and spend money from a programme
_RECEIVERS = frozenset({"Municipality", "Province", "Organisation"})


#: an amount right after the receiving verb: "ontvangt (ruim) 31,2 miljoen euro", "krijgt € 450.000"
_AMOUNT = re.compile(r"\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|samen|nog|eveneens|ook)\s+)*(?:€\s*)?\d[\d.,]*\s*"
                     r"(?:(?:miljoen|miljard|mln\.?|duizend)\s+)?(?:euro\b)?", re.IGNORECASE)
#: a source named after the amount: "(… euro) uit/van/via …" (then the rule of :func:`_funding` decides)
_SOURCE_AFTER = re.compile(r"\s*(?:subsidie\s+)?(?:uit|van|via)\b", re.IGNORECASE)


def _amount_from_the_fund(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """A distribution over recipients of the fund the text is about: "Heerlen ontvangt 31,2 miljoen
    euro voor …", "Enschede krijgt € 450.000" after a passage on a fund. The fund is the programme last
    named before the sentence, and only when it is a fund; an amount from a named source ("van de
    provincie") is left to :func:`_funding`.

    Examples
    --------
    (see tests/test_extract_round27c.py::test_recipients_of_amounts_take_part_in_the_fund)
    """
    if any(m.type == "Programme" for m in mentions):
        return
    _amount_line(ctx, sentence, mentions)
    for verb in ctx.cues(_RECEIVE, sentence):
        inverted = ctx.inverted_subject(sentence, verb.end())  # "Daarnaast ontvangt Breda € 450.000"
        amount = _AMOUNT.match(ctx.text, inverted.end if inverted is not None else verb.end(), sentence.end)
        if amount is None or not re.search(r"\d", amount.group()) or _SOURCE_AFTER.match(ctx.text, amount.end()):
            continue
        if not ctx.asserted(sentence, verb.start(), amount.end()):
            continue
        fund = next((m for m in reversed(ctx.in_span(0, sentence.start)) if m.type == "Programme"), None)
        if fund is None or fund.kind != "fund":
            continue
        subject = inverted or ctx.subject(sentence, verb.start())
        if subject is None or subject.type not in ("Municipality", "Province", "Organisation"):
            continue
        for actor in with_coordinated(ctx, sentence, subject, verb.start()):
            ctx.add(actor, "participatesIn", fund, sentence, "relations.bedrag-uit-fonds", 0.65)


#: paying towards a programme: "draagt (financieel) bij aan de financiering (van)", "dragen mee aan de kosten",
#: "financieren (het programma) mede"
_PAYS_TOWARDS = re.compile(r"\b(?:draagt|dragen|droeg|droegen)\s+(?:(?:ook|mede|financieel|eveneens|samen)\s+)*(?:bij|mee)\s+aan\s+"
                           r"(?:de\s+)?(?:financiering|kosten|bekostiging)(?:\s+van\s+(?:het\s+|de\s+)?)?", re.IGNORECASE)


def _pays_towards(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het ministerie van SZW en het ministerie van JenV dragen bij aan de financiering (van het
    programma)": each payer takes part in the programme named after the cue or, without one, the
    programme of the passage (a page or section about it).

    Examples
    --------
    (see tests/test_extract_round27c.py::test_who_pays_towards_a_programme_takes_part_in_it)
    """
    for cue in ctx.asserted_cues(_PAYS_TOWARDS, sentence):
        named = next((m for m in mentions if m.start >= cue.end()), None)
        if cue.group().rstrip().endswith(("van", "het", "de")):
            programme = named if named is not None and named.start == cue.end() and named.type == "Programme" else None
        else:
            programme = ctx.context_unit(cue.start(), types={"Programme"})
        subject = ctx.subject(sentence, cue.start())
        if programme is None or subject is None:
            continue
        for actor in with_coordinated(ctx, sentence, subject, cue.start()):
            ctx.add(actor, "participatesIn", programme, sentence, "relations.draagt-bij-aan-financiering", 0.65)


#: financing a programme, said of the programme that opens the sentence: "(Het lab) wordt mede gefinancierd door
#: A en B", "(Het Programma X) … wordt sinds juli 2024 door het ministerie van VRO gefinancierd"; the financers
#: are the actors right after "door" (or between "door" and the participle)
_FINANCED_BY = re.compile(r"\b(?:wordt|worden|werd|werden|is|zijn)\s+(?:(?:[^\s.;:,]+\s+){0,6}?)"
                          r"(?:(?:mede)?gefinancierd\s+(?:door|vanuit)\s+(?P<after>)|door\s+(?P<between>(?:(?!\bdoor\b)[^.;:]){1,120}?)"
                          r"\s+(?:mede)?gefinancierd\b)", re.IGNORECASE)
#: what may open a sentence before its programme: an article
_ARTICLE = re.compile(r"\s*(?:(?:de|het|dit|deze)\s+)?", re.IGNORECASE)
#: what may stand before a financer's name: "het ministerie van", "de provincie", "de gemeenten"
_FINANCER_HEAD = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:ministerie|ministeries)\s+van\s+|(?:gemeenten?|provincie)\s+)?",
                            re.IGNORECASE)


def _financed_by(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het lab wordt mede gefinancierd door het ministerie van OCW en SIA", "Het Programma X is in 2024 door
    A gestart en wordt sinds juli door het ministerie van VRO gefinancierd": each financer takes part in the
    programme that opens the sentence (its subject). Nothing when the sentence opens with no programme ("Dit
    onderzoek wordt gefinancierd door VWS") or the clause is denied.

    Examples
    --------
    (see tests/test_extract_round34b.py::test_the_financers_of_a_programme_take_part_in_it)
    """
    programme = mentions[0] if mentions else None
    if programme is None or programme.type != "Programme" \
            or not _ARTICLE.fullmatch(ctx.text, ctx.content_start(sentence), programme.start):
        return
    for cue in ctx.asserted_cues(_FINANCED_BY, sentence):
        if cue.group("between") is not None:
            start, end = cue.start("between"), cue.end("between")
            actors = ctx.list_after(start, end, types=ACTORS)
            if not actors or actors[-1].end < end - 1 or not _FINANCER_HEAD.fullmatch(ctx.text, start, actors[0].start):
                continue  # "door A gefinancierd" with nothing else between "door" and the participle
        else:
            actors = ctx.list_after(cue.end(), sentence.end, types=ACTORS)
            if not actors or not _FINANCER_HEAD.fullmatch(ctx.text, cue.end(), actors[0].start):
                continue
        for actor in actors:
            ctx.add(actor, "participatesIn", programme, sentence, "relations.gefinancierd-door", 0.65)


#: financing a programme, active: "Het ministerie van BZK financiert (mede) de Regio Deal X"
_FINANCES = re.compile(r"\b(?:financiert|financieren|financierde|financierden)\s+(?:(?:ook|mede|eveneens|samen|al)\s+)*"
                       r"(?:de\s+|het\s+)?", re.IGNORECASE)


def _finances(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Het ministerie van BZK financiert de Regio Deal Parkstad", "BZK en LNV financieren samen het programma X":
    the subject (and the actors listed with it) takes part in the programme named right after the verb."""
    for cue in ctx.asserted_cues(_FINANCES, sentence):
        programme = next((m for m in mentions if m.start == cue.end() and m.type == "Programme"), None)
        subject = ctx.subject(sentence, cue.start()) if programme is not None else None
        if subject is None or subject.type not in ACTORS or subject.type == "OrganisationalUnit":
            continue
        for actor in with_coordinated(ctx, sentence, subject, cue.start()):
            ctx.add(actor, "participatesIn", programme, sentence, "relations.financiert", 0.65)


#: a line of a distribution list: "- Zwolle: 12,5 miljoen euro", "- Deventer – € 8 miljoen (wijk Noord)"
_LINE_AMOUNT = re.compile(r"\s*[:–-]\s*(?:€\s*)?\d[\d.,]*\s*(?:(?:miljoen|miljard|mln\.?|duizend)\b)?\s*(?:euro\b)?")


def _amount_line(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """A bullet line that gives one recipient and its amount, after a passage on a fund: the recipient
    takes part in the fund (see :func:`_amount_from_the_fund`)."""
    if sentence.bullet_list is None or not mentions or mentions[0].start != ctx.content_start(sentence) \
            or mentions[0].type not in ("Municipality", "Province", "Organisation"):
        return
    amount = _LINE_AMOUNT.match(ctx.text, mentions[0].end, sentence.end)
    if amount is None or "euro" not in amount.group() and "€" not in amount.group():
        return
    fund = next((m for m in reversed(ctx.in_span(0, sentence.start)) if m.type == "Programme"), None)
    if fund is not None and fund.kind == "fund":
        ctx.add(mentions[0], "participatesIn", fund, sentence, "relations.bedrag-uit-fonds", 0.65)


#: co-financing without a named programme: "(Weller en de provincie) leggen er ook geld bij"
_ADDS_MONEY = re.compile(r"\b(?:legt|leggen|legde|legden)\s+(?:er\s+)?(?:(?:ook|zelf|nog|eveneens|samen)\s+)*"
                         r"(?:(?:\d[\d.,]*\s+(?:miljoen\s+)?euro|geld|middelen)\s+)bij\b", re.IGNORECASE)


def _adds_money(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Woningcorporatie Weller en de provincie Limburg leggen er ook geld bij", after a passage on a
    fund: the co-financers take part in the fund (the programme last named, when it is a fund).

    Examples
    --------
    (see tests/test_extract_round27c.py::test_co_financers_of_a_fund_take_part_in_it)
    """
    for cue in ctx.asserted_cues(_ADDS_MONEY, sentence):
        fund = next((m for m in reversed(ctx.in_span(0, cue.start())) if m.type == "Programme"), None)
        clause = max(ctx.text.rfind(":", sentence.start, cue.start()), ctx.text.rfind(";", sentence.start, cue.start()),
                     ctx.text.rfind(",", sentence.start, cue.start()))
        start = clause + 1 if clause >= 0 else sentence.start
        subject = next((m for m in ctx.in_span(start, cue.start()) if m.type in ("Municipality", "Province", "Organisation")), None)
        if fund is None or fund.kind != "fund" or subject is None or any(m.type == "Programme" for m in mentions):
            continue
        for actor in [subject] + coordinated(ctx, subject, cue.start()):
            ctx.add(actor, "participatesIn", fund, sentence, "relations.legt-geld-bij", 0.6)


def find_funding(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the participatesIn facts of receiving money from a programme in one sentence."""
    _funding(ctx, sentence, mentions)
    if "et " in sentence.text or "ankzij" in sentence.text:
        _money_spent(ctx, sentence, mentions)
    _amount_from_the_fund(ctx, sentence, mentions)
    if "financiering" in sentence.text or "kosten" in sentence.text or "bekostiging" in sentence.text:
        _pays_towards(ctx, sentence, mentions)
    if "gefinancierd" in sentence.text:
        _financed_by(ctx, sentence, mentions)
    if "financier" in sentence.text:
        _finances(ctx, sentence, mentions)
    if " bij" in sentence.text:
        _adds_money(ctx, sentence, mentions)
