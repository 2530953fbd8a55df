"""References inside a text: "de taskforce", "deze themagroep", "het ministerie", "de citydeal", "het convenant".

A definite noun phrase with a bare kind word refers to the nearest earlier mention of that kind:
first inside the same bullet item, then the section (bullet lists are closed scopes: what is named
in a list item is not the antecedent of a sentence after the list), then the whole document when
only one unit of that kind was named (or, for any kind, when the one named is in the document's
title: minutes of "Themagroep X" talk about it throughout). "het ministerie" is the ministry named last;
"het convenant", "het akkoord", "de deal" … the programme named last with that word in its name; "de
gemeente", "de stad", "onze stad" the one municipality named before it in its paragraph (none after two). A
programme's own body with a "van" complement ("de stuurgroep van de City Deal", "het programmabureau van
het akkoord") is a unit named after the programme ("Stuurgroep City Deal X"); "het bureau" is the
organisation's bureau named before; "het (steden)netwerk" the city network named before ("voorzitter van
het netwerk": the G40, a network being an organisation the unit lexicon puts units under). When a section
talks about "de themagroep" but none was named, its heading names it ("Binnensteden" →
"Themagroep Binnensteden"). A heading that repeats a known name becomes a mention of it.

Examples
--------
>>> from graph.extract.model import Mention, Sentence
>>> text = "De taskforce X. Ook de taskforce werkt."
>>> unit = Mention(3, 14, "taskforce X", "OrganisationalUnit", "units.named", 0.9, name="Taskforce X", kind="taskforce")
>>> sentences = [Sentence(0, 15, text[:15]), Sentence(16, 39, text[16:])]
>>> [(m.text, m.label) for m in find_references(text, sentences, [unit])]
[('de taskforce', 'Taskforce X')]
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from .boards import network_keys
from .model import Mention, Sentence
from .organisation_references import ORGANISATION_KINDS, names_kind
from .report_committees import report_committee
from .unit_programmes import DEAL_WORDS, deal_in_unit_name
from .units import BASE_KINDS

__all__ = ["find_references", "find_heading_mentions", "is_lead_in", "sentence_of", "Scope"]

#: "de pijler", "deze themagroep", "dat programma", "onze taskforce", and "we als pijler" (the unit "we" speak for)
_REF = re.compile(
    r"\b([Dd]e|[Hh]et|[Dd]eze|[Dd]it|[Dd]ie|[Dd]at|[Oo]nze|(?<=\b[Ww]e\s)als|(?<=\b[Ww]ij\s)als)\s+(?:(?:ambtelijke?|bestuurlijke?)\s+)?"
    r"((?i:pijler|themagroep|taskforce|stuurgroep|kernteam|werkgroep|werkspoor|team|commissie|city\s?deal|citydeal|regio\s?deal|green\s?deal|woondeal|ministerie|campagne|petitie|podcast|fonds|programma|project|lab|platform|onderzoek|verkenning|studie|"
    r"convenant|akkoord|pact|alliantie|actieplan|agenda|regeling|monitor|deal|programmabureau|bureau|provincie|(?:steden)?netwerk|"
    r"samenwerkingsverband|ondernemersvereniging|vereniging|coöperatie|stichting|gemeente|stad|gaststad))(?![\w-])"
    r"(?!\s*[A-Z*'\"])"
)
#: a preposition of place before "de provincie": the territory is meant, not the body that governs it
_TERRITORY = re.compile(r"\b(?:buiten|binnen|in|uit|door|rond|naar|over|elders\s+in|heel)\s+$", re.IGNORECASE)
#: a "van" complement after a reference word: "de stuurgroep van de City Deal" names its owner, so
#: only a programme's body (see :func:`_body_of`) is read as a reference then
_VAN = re.compile(r"\s+van\b")
#: the owner of a programme's body: "(de stuurgroep) van de City Deal", "(het programmabureau) van het akkoord"
_VAN_OWNER = re.compile(r"\s+van\s+(?=(?:de|het)\s)")
#: heads of programme names: "het convenant" is the programme last named with "convenant" in its
#: name ("Cultuurconvenant Middelgrote Steden"), "de deal" the last deal
_PROGRAMME_HEADS = {"convenant", "akkoord", "actieplan", "agenda", "regeling", "deal", "pact", "regiodeal", "greendeal",
                    "woondeal", "lab", "monitor", "alliantie", "platform"}
#: kinds for which a reference may reach back across sections (one such unit per document)
_DOCUMENT_WIDE = {"pijler", "taskforce", "citydeal", "ministerie", "bureau", "provincie", "podcast", "petitie", "netwerk",
                  "onderzoek", "verkenning", "studie",
                  "stedennetwerk", *_PROGRAMME_HEADS}
_PROGRAMME_KIND = {"citydeal": "citydeal", "city deal": "citydeal", "campagne": "campaign", "petitie": "campaign", "fonds": "fund",
                   "programma": "project", "project": "project"}


#: the kind words of a town: "de gemeente", "de stad", "de gaststad" (an event's host) stand for the one
#: municipality named before, never for one of several (:func:`_one_town`)
_TOWN_WORDS = frozenset({"gemeente", "stad", "gaststad"})


def _one_town(text: str, scope: "Scope", candidates: list[Mention], at: int) -> Mention | None:
    """The town "de gemeente" or "de stad" at ``at`` stands for: the one municipality named before it in its
    paragraph; None when two towns are named there, as the text may mean either ("Zwolle en Deventer … de
    gemeente"), or none (a town of another paragraph, a title's "Samenwerking met de gemeente Ede", is not at hand).

    >>> s = [Sentence(0, 26, "Venlo besluit mee te doen."), Sentence(27, 70, "De gemeente wordt vertegenwoordigd door X.")]
    >>> venlo = Mention(0, 5, "Venlo", "Municipality", "gazetteer.municipality", 1.0, key="GM0983")
    >>> _one_town("", Scope(s), [venlo], 27).text
    'Venlo'
    >>> _one_town("", Scope(s), [venlo, Mention(10, 15, "Ede", "Municipality", "gazetteer.municipality", 1.0, key="GM0228")], 27)
    """
    visible = [m for m in candidates if scope.visible(m, at)]
    paragraph = text.rfind("\n\n", 0, at) + 1
    named = [m for m in visible if m.start >= paragraph]
    return named[-1] if len({m.key or m.label for m in named}) == 1 else None


def sentence_of(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0 and sentences[k].start <= offset <= sentences[k].end:
        return sentences[k]
    return None


#: the heading of an article of an agreement: "Artikel 3 Regie", "Art. 2 – Looptijd"
_ARTICLE = re.compile(r"\s*(?:Artikel|Art\.)\s*\d+\b")


class Scope:
    """Where a mention sits: its section and bullet item, for the scoping rules."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def of(self, offset: int) -> Sentence | None:
        return sentence_of(self.sentences, self.starts, offset)

    def visible(self, mention: Mention, at: int) -> bool:
        """Whether ``mention`` can be the antecedent of a reference at offset ``at``."""
        source, here = self.of(mention.start), self.of(at)
        if source is None or here is None or source.bullet_list is None:
            return True
        if here.bullet_list == source.bullet_list:
            # inside the same list: only the same item (or list intro) counts
            return here.bullet_item == source.bullet_item
        return False

    def same_section(self, mention: Mention, at: int) -> bool:
        """Whether ``mention`` and offset ``at`` are in one section; the articles of an agreement
        ("Artikel 2 Aanpak", "Artikel 3 Regie") are one text.

        >>> s = [Sentence(0, 16, "Artikel 2 Aanpak", True, "Artikel 2 Aanpak", 0),
        ...      Sentence(17, 30, "Het programma", False, "Artikel 2 Aanpak", 0),
        ...      Sentence(31, 46, "Artikel 3 Regie", True, "Artikel 3 Regie", 31),
        ...      Sentence(47, 60, "Het programma", False, "Artikel 3 Regie", 31)]
        >>> Scope(s).same_section(Mention(21, 30, "programma", "Programme", "", 1.0), 51)
        True
        """
        source, here = self.of(mention.start), self.of(at)
        if source and here and _ARTICLE.match(source.section or "") and _ARTICLE.match(here.section or ""):
            return True
        return bool(source and here and source.section_start == here.section_start)


def _matches(mention: Mention, word: str) -> bool:
    word = word.lower().replace(" ", "")
    if word in ORGANISATION_KINDS:  # "de ondernemersvereniging": the association named before (round 54f)
        return names_kind(mention, word)
    if word == "ministerie":
        return mention.type == "Ministry"
    if word in ("netwerk", "stedennetwerk"):  # "voorzitter van het netwerk": the city network named before
        return mention.type == "Organisation" and mention.key in network_keys()
    if word in ("onderzoek", "verkenning", "studie"):  # 'het onderzoek "X" … Het onderzoek': the research named
        return mention.type == "Programme" and word in mention.text.lower()
    if word == "provincie":  # "Voor de provincie tekende gedeputeerde X": the province named before
        return mention.type == "Province"
    if word in _TOWN_WORDS:  # "Ambtelijk wordt de gemeente vertegenwoordigd door X": the one town named before (59c)
        return mention.type == "Municipality"
    if word == "regeling" and mention.type == "Programme" and mention.kind == "fund":
        return True  # "het Woningbouwfonds … de regeling": a fund is a scheme that hands out money
    if word == "podcast":  # "de podcast": the podcast series named before ("de G40-podcast 'Stad in Gesprek'")
        return mention.type == "Programme" and "podcast" in mention.text.lower()
    if word == "platform" and names_kind(mention, word):
        return True  # "het Bewonersplatform X … Voorzitter van het platform is Y": the residents' body (57r)
    if word in _PROGRAMME_HEADS:  # "de deal" is one deal, never the family "de Regio Deals"
        return mention.type == "Programme" and word in mention.label.lower().replace(" ", "") \
            and mention.rule != "programmes.deal-family"
    if word in _PROGRAMME_KIND:
        return mention.type == "Programme" and mention.kind == _PROGRAMME_KIND[word]
    return mention.type == "OrganisationalUnit" and mention.kind == word


_LOOKBACK = 200


def _count_before(pool: list[Mention], start: int) -> int:
    """How many mentions of ``pool`` (in text order) start before ``start``."""
    return bisect.bisect_left(pool, start, key=lambda m: m.start)


#: a phrase that names others beside the topic: "naast de Pijler Fysiek en de Pijler Economie",
#: "(het idee om) samen met de pijler Fysiek (…)": a partner, not what "de pijler" is about
_BESIDE = re.compile(r"\b(?:naast|behalve|anders\s+dan|evenals|samen\s+met)\s+[^,;.:]*$", re.IGNORECASE)


def _set_beside(text: str, scope: Scope, mention: Mention) -> bool:
    """Whether ``mention`` is named beside the topic ("…, naast de pijler Y", "samen met de pijler Y"),
    so no antecedent while another one is at hand.

    >>> text = "De pijler X is een van drie, naast de pijler Y."
    >>> y = Mention(38, 45, "pijler Y", "OrganisationalUnit", "units.named", 0.9)
    >>> _set_beside(text, Scope([Sentence(0, 46, text)]), y)
    True
    """
    sentence = scope.of(mention.start)
    start = sentence.start if sentence is not None else max(0, mention.start - 120)
    return bool(_BESIDE.search(text, start, mention.start))


def lead_end(sentences: list[Sentence], most: int = 3) -> int:
    """End of a document's title and lead: the title heading and the few lines (a subtitle, a date)
    before the first section heading ("# Nieuwsbrief …", "*Nieuwsbrief van de Themagroep X*",
    "## In dit nummer"): what they name the document is about. Only the title when no section
    heading follows within ``most`` sentences; -1 without a title.

    >>> s = [Sentence(0, 5, "Titel", True), Sentence(6, 20, "Van de groep X."), Sentence(21, 30, "Kop", True)]
    >>> lead_end(s), lead_end(s[:2])
    (20, 5)
    """
    if not sentences or not sentences[0].is_heading:
        return -1
    for k in range(1, min(len(sentences), most + 2)):
        if sentences[k].is_heading:
            return sentences[k - 1].end
    return sentences[0].end


def find_references(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions for definite references, pointing (by name/key) at their antecedent."""
    scope = Scope(sentences)
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    reach = list(accumulate((m.end for m in ordered), max))  # reach[i]: furthest end among ordered[:i + 1]
    by_word: dict[str, list[Mention]] = {}  # mentions a reference word can point to, in text order
    found: list[Mention] = []
    title_end = lead_end(sentences)
    def antecedent_of(word: str, start: int) -> tuple[Mention | None, list[Mention]]:
        """The mention a reference with ``word`` at ``start`` points to, and the candidates it was chosen from."""
        if word not in by_word:
            by_word[word] = [m for m in ordered if _matches(m, word)]
        pool = by_word[word]
        # the nearest candidates only: keeps long documents linear (a reference points back a few
        # paragraphs at most)
        candidates = sorted([m for m in pool[max(0, _count_before(pool, start) - _LOOKBACK):] if m.end <= start]
                            + [m for m in found[-_LOOKBACK:] if m.end <= start and _matches(m, word)],
                            key=lambda m: m.start)
        if word in _TOWN_WORDS:
            return _one_town(text, scope, candidates, start), candidates
        for m in reversed(candidates):
            if word == "ministerie" or (scope.visible(m, start) and scope.same_section(m, start)):
                if _set_beside(text, scope, m) and any(c.label != m.label for c in candidates):
                    continue  # "De pijler X is er een van drie, naast de pijler Y": "de pijler" is X
                return m, candidates
        if word == "stichting" and len({m.label for m in candidates}) == 1:
            # a deed's or statutes' one foundation, named in a numbered paragraph: "de stichting" of every other
            # paragraph and article is it (round 55e)
            return candidates[-1], candidates
        visible = [m for m in candidates if scope.visible(m, start)]
        if len({m.label for m in visible}) == 1 and (word in _DOCUMENT_WIDE or visible[0].start < title_end):
            # one such unit in the document, or the one the document's title is about
            return visible[-1], candidates
        if not visible and word in BASE_KINDS and len({m.label for m in candidates}) == 1:
            # the one themagroep the document names, in an item of a list before: "- Inleiding door X,
            # trekker van de Themagroep Mobiliteit" … "secretaris van de themagroep"
            return candidates[-1], candidates
        return None, candidates

    for match in _REF.finditer(text):
        start, end = match.start(), match.end()
        before = bisect.bisect_left(starts, end)  # mentions that start before this reference ends
        if before and reach[before - 1] > start:
            continue  # inside (or overlapping) a named mention
        word = _word(match)
        if word == "provincie" and _TERRITORY.search(text, max(0, start - 12), start):
            continue  # "Buiten de provincie doen A en B mee": the territory, not the body
        if _VAN.match(text, end):
            owner = _VAN_OWNER.match(text, end) if word in _PROGRAMME_BODIES else None
            programme = _owner_programme(text, owner.end(), ordered, starts, antecedent_of) if owner else None
            if programme is not None:
                # "de stuurgroep van de City Deal": the programme's own body, named after it
                found.append(_programme_body(text, start, end, word, programme))
            continue  # "de werkgroep van de pijler": the complement names the owner, no antecedent
        antecedent, candidates = antecedent_of(word, start)
        if antecedent is None and word == "commissie" and all(c.rule == "references.report-committee" for c in candidates):
            titled = report_committee(text)
            if titled is not None:  # "Rapport van de commissie onderzoek geloofsbrieven" … "De commissie bestond uit:"
                found.append(Mention(start, end, text[start:end], "OrganisationalUnit", "references.report-committee",
                                     0.6, name=titled, kind=word))
                continue
        if antecedent is None and not candidates and word in BASE_KINDS:
            titled = _title_unit(text, sentences, word)
            if titled is not None:  # "Besluitenlijst pijlervergadering Economie en Werk" … "De pijler benoemt …"
                found.append(Mention(start, end, text[start:end], "OrganisationalUnit", "references.title-unit", 0.6,
                                     name=titled, kind=word))
                continue
        if antecedent is None and word in _PROGRAMME_BODIES:
            programme = _later_owner(text, sentences, end, word, ordered, starts, antecedent_of)
            if programme is not None:
                # "X is teruggetreden als voorzitter van de stuurgroep; Y is voorzitter van de stuurgroep van de
                # City Deal Z": the sentence names the body in full after its first, bare mention
                found.append(_programme_body(text, start, end, word, programme))
                continue
            programme = _title_programme(ordered, title_end) or _field_programme(text, ordered)
            body = _programme_body(text, start, end, word, programme) if programme is not None else None
            # "City Deal X – Jaaroverzicht" … "voorzitter van de stuurgroep": the programme's own stuurgroep,
            # also where an earlier section named it in full ("in opdracht van de stuurgroep City Deal X")
            if body is not None and all(c.rule == "references.programme-body" or c.label == body.label
                                        for c in candidates):
                found.append(body)
                continue
        if antecedent is None and word in BASE_KINDS:
            here = scope.of(start)
            # a heading names the themagroep only in a text that names none before it: under "2. Woondeals" or
            # "Actiepunten" in the minutes of Themagroep Wonen, "de themagroep" names no Themagroep Woondeals
            if not candidates and here and here.section and here.section_start is not None and word == "themagroep" \
                    and len(here.section.split()) <= 6 \
                    and not here.section.lower().startswith(word) \
                    and here.section.strip().lower().rstrip("?:") not in _GENERIC_SECTIONS \
                    and not _LABEL_LINE.search(here.section):
                name = f"{word.capitalize()} {here.section}"
                found.append(Mention(start, end, text[start:end], "OrganisationalUnit", "references.section-unit",
                                     0.6, name=name, kind=word))
            continue
        if antecedent is None and not candidates and word in DEAL_WORDS:
            deal = deal_in_unit_name(word, ordered[max(0, before - _LOOKBACK):before])
            if deal is not None:  # "stuurgroep Regio Deal X" … "De Regio Deal": the deal its body is named after
                found.append(Mention(start, end, text[start:end], "Programme", "references.unit-deal", 0.7,
                                     name=deal, kind=word))
                continue
        if antecedent is None or _beyond_paragraph(text, scope, match, antecedent):
            continue
        found.append(Mention(start, end, text[start:end], antecedent.type, f"references.{word.replace(' ', '')}",
                             round(antecedent.confidence * 0.9, 3), key=antecedent.key,
                             # a town by its name: "de gemeente" counts as Gouda where rules count a passage's towns
                             name=antecedent.label if word in _TOWN_WORDS else antecedent.name,
                             kind=antecedent.kind))
    return found


def _beyond_paragraph(text: str, scope: Scope, match: re.Match, antecedent: Mention) -> bool:
    """Whether "dit programma" (the near demonstrative) would point past its own paragraph: to a programme an
    earlier paragraph names, not a heading. It points at the one just named, so none then (round 48g:
    "… werkte Amersfoort samen aan de bereikbaarheid. X is lid van de stuurgroep van dit programma" is not the
    programme of the paragraph before).

    >>> text = "Het programma Groen Ede loopt.\\n\\nEde werkt aan de wegen. X is lid van dit programma."
    >>> m = re.search(r"(dit) (programma)", text)
    >>> s = [Sentence(0, 30, text[:30]), Sentence(32, 55, text[32:55]), Sentence(56, len(text), text[56:])]
    >>> _beyond_paragraph(text, Scope(s), m, Mention(4, 23, "programma Groen Ede", "Programme", "", 1.0))
    True
    """
    if match.group(1).lower() not in ("dit", "deze") or match.group(2).lower() != "programma":
        return False
    source = scope.of(antecedent.start)
    return "\n\n" in text[antecedent.end:match.start()] and not (source is not None and source.is_heading)


#: a heading that is a page's label, not a topic: a breadcrumb ("Home | Nieuws") or a date ("Nieuws | 3 maart 2024")
_LABEL_LINE = re.compile(r"\||\b(?:19|20)\d\d\b")


def _word(match: re.Match) -> str:
    """The kind word of a reference, in lower case ("City Deal" → "citydeal")."""
    word = match.group(2).lower()
    joined = word.replace(" ", "")
    return joined if joined in ("citydeal", "regiodeal", "greendeal") else word


def _programme_body(text: str, start: int, end: int, word: str, programme: Mention) -> Mention:
    """A programme's own body, named after the programme ("Stuurgroep City Deal X", "Programmabureau
    Sterke Wijken": a "Programma"/"Project" word before a name of two or more words drops; before one
    word it stays, since that word alone names a theme, not the programme: "Stuurgroep Programma Woningbouw").

    >>> deal = Mention(30, 45, "Programma Dak Nu", "Programme", "programmes.named", 0.9)
    >>> _programme_body("De stuurgroep …", 0, 13, "stuurgroep", deal).label
    'Stuurgroep Dak Nu'
    >>> _programme_body("De stuurgroep …", 0, 13, "stuurgroep", Mention(30, 43, "Programma Dak", "Programme", "p", 0.9)).label
    'Stuurgroep Programma Dak'
    """
    own = re.sub(r"^(?:[Pp]rogramma|[Pp]roject)\s+(?=[A-Z]\S*\s+\S)", "", programme.label)  # "stuurgroep Sterke Wijken"
    return Mention(start, end, text[start:end], "OrganisationalUnit", "references.programme-body", 0.6,
                   name=f"{word.capitalize()} {own}", kind=word)


#: the article of the owner after "van": "(van) de City Deal", "(van) het akkoord"
_OWNER_ARTICLE = re.compile(r"(?:de|het)\s+")


def _later_owner(text: str, sentences: list[Sentence], end: int, word: str, ordered: list[Mention],
                 starts: list[int], antecedent_of) -> Mention | None:
    """The programme whose body the same sentence names in full after a bare "de <word>" ending at ``end``:
    "… van de stuurgroep; Y is voorzitter van de stuurgroep van de City Deal Z" → City Deal Z."""
    sentence = next((s for s in sentences if s.start <= end <= s.end), None)
    if sentence is None:
        return None
    for later in re.finditer(rf"\b{re.escape(word)}(?=\s+van\s+(?:de|het)\s)", text[end:sentence.end], re.IGNORECASE):
        owner = _VAN_OWNER.match(text, end + later.end())
        programme = _owner_programme(text, owner.end(), ordered, starts, antecedent_of) if owner else None
        if programme is not None:
            return programme
    return None


def _owner_programme(text: str, at: int, ordered: list[Mention], starts: list[int], antecedent_of) -> Mention | None:
    """The programme a body's "van" complement at ``at`` names: a programme's name ("(van) de City Deal
    Werk in de Wijk") or a reference to one ("(van) de City Deal", "(van) het akkoord", "(van) de
    agenda"), which ``antecedent_of(word, start)`` resolves; None for any other owner ("(van) de pijler").

    >>> deal = Mention(3, 15, "City Deal Xy", "Programme", "programmes.citydeal", 0.9)
    >>> _owner_programme("de City Deal Xy", 0, [deal], [3], None).label
    'City Deal Xy'
    """
    article = _OWNER_ARTICLE.match(text, at)
    k = bisect.bisect_left(starts, at)
    named = next((m for m in ordered[k:k + 2] if m.start in (at, article.end() if article else at)), None)
    if named is not None:
        return _full_name(named, ordered[:k]) if named.type == "Programme" else None
    reference = _REF.match(text, at)
    if reference is None or _VAN.match(text, reference.end()):
        return None
    word = _word(reference)
    if word not in _PROGRAMME_HEADS and word != "citydeal":
        return None  # "(van) het programma" is as often an event's schedule: no body named after it
    antecedent, _ = antecedent_of(word, reference.start())
    return antecedent if antecedent is not None and antecedent.type == "Programme" else None


def _full_name(programme: Mention, earlier: list[Mention]) -> Mention:
    """The programme's full name named earlier, for a short form ("Actieagenda X" … "de stuurgroep van
    de Actieagenda"); the programme itself without one.

    >>> full = Mention(0, 13, "Actieagenda X", "Programme", "programmes.compound", 0.9)
    >>> _full_name(Mention(40, 51, "Actieagenda", "Programme", "programmes.compound", 0.9), [full]).label
    'Actieagenda X'
    """
    prefix = programme.label + " "
    return next((m for m in reversed(earlier) if m.type == "Programme" and m.label.startswith(prefix)), programme)


#: bodies a programme has of its own: "de stuurgroep" in a document about one City Deal is the deal's
_PROGRAMME_BODIES = frozenset({"stuurgroep", "kernteam", "werkgroep", "projectgroep", "kerngroep", "programmabureau"})


def _title_programme(ordered: list[Mention], title_end: int) -> Mention | None:
    """The one programme the document's title and lead name, if any.

    >>> deal = Mention(2, 22, "City Deal Slimme Wijk", "Programme", "programmes.citydeal", 0.9)
    >>> _title_programme([deal], 30).label
    'City Deal Slimme Wijk'
    """
    named = [m for m in ordered if m.start < title_end and m.type == "Programme" and m.rule.startswith("programmes.")]
    return named[0] if named and len({m.label for m in named}) == 1 else None


#: the field of a project card that names its project: "Projectnaam: X", "Programma: X" (a line of its own)
_NAME_FIELD = re.compile(r"^[ \t]*(?:project|programma)(?:naam|titel)?[ \t]*:[ \t]*", re.IGNORECASE | re.MULTILINE)
#: how far into a document a project card's name field may stand (its head, before the text)
_CARD_HEAD = 600


def _field_programme(text: str, ordered: list[Mention]) -> Mention | None:
    """The programme a project card's name field at its head names ("PROJECTFICHE" / "Projectnaam: Werkplaats X
    (WVT)"): what the card is about, so "de stuurgroep" in it is the project's own (round 41d).

    >>> text = "PROJECTFICHE\\n\\nProjectnaam: Werkplaats Zon\\n\\nDe stuurgroep komt bijeen."
    >>> project = Mention(27, 41, "Werkplaats Zon", "Programme", "organisations.name-abbreviation", 0.8)
    >>> _field_programme(text, [project]).label
    'Werkplaats Zon'
    """
    field = _NAME_FIELD.search(text, 0, _CARD_HEAD)
    if field is None:
        return None
    return next((m for m in ordered if m.start == field.end() and m.type == "Programme"), None)


#: a unit's meeting in a document's title: "Besluitenlijst pijlervergadering Economie en Werk",
#: "Verslag themagroepoverleg Wonen", "Notulen van de vergadering van de pijler Sociaal"
_TITLE_MEETING = re.compile(r"(?i:\b(pijler|themagroep|taskforce|stuurgroep|kernteam|werkgroep)"
                            r"(?:vergadering|overleg|bijeenkomst)?)\s+((?:[\w'&-]+\s+){0,5}[\w'&-]+)")
#: where a unit's name in a title ends: a date, a year, a separator
_TITLE_NAME_END = re.compile(r"\s+(?:\d|d\.d\.|van\s+\d|(?:januari|februari|maart|april|mei|juni|juli|augustus|"
                             r"september|oktober|november|december)\b)|\s*[–—:|(,-]\s", re.IGNORECASE)
_LOWER_WORDS = frozenset({"en", "van", "de", "het", "in", "voor", "op", "met", "der", "den"})


def _title_unit(text: str, sentences: list[Sentence], word: str) -> str | None:
    """The name of the unit of kind ``word`` whose meeting the document's title names, for "de pijler"
    in a document that names no pijler otherwise ("BESLUITENLIJST PIJLERVERGADERING ECONOMIE EN
    WERK" → "Pijler Economie en Werk"); None without one.

    >>> _title_unit("Verslag pijleroverleg Sociaal – 3 mei\\n\\nDe pijler …", [Sentence(0, 36, "")], "pijler")
    'Pijler Sociaal'
    """
    if not sentences or text[:sentences[0].start].strip():
        return None
    title = text[sentences[0].start:sentences[0].end].split("\n", 1)[0]
    if not sentences[0].is_heading and title.rstrip().endswith((".", "!", "?")):
        return None  # a sentence, not a title
    match = _TITLE_MEETING.search(title)
    if match is None or match.group(1).lower() != word or len(title.split()) > 12:
        return None
    name = match.group(2)
    cut = _TITLE_NAME_END.search(name)
    name = name[:cut.start()] if cut else name
    words = name.split()
    if not words or not words[0][:1].isupper():
        return None
    if name.isupper():  # a title in capitals: "ECONOMIE EN WERK" → "Economie en Werk"
        words = [w.lower() if w.lower() in _LOWER_WORDS else w.capitalize() for w in words]
    return f"{word.capitalize()} {' '.join(words)}"


def _norm(label: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", label.lower()).split())


def _names(mentions: list[Mention]) -> dict[str, Mention]:
    """Normalised name → the first unit, theme or programme of ``mentions`` with that name."""
    by_name: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ("OrganisationalUnit", "Theme", "Programme"):
            by_name.setdefault(_norm(m.label), m)
            if m.type == "OrganisationalUnit" and m.kind and _norm(m.label).startswith(m.kind + " "):
                by_name.setdefault(_norm(m.label)[len(m.kind) + 1:], m)
    return by_name


def is_lead_in(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the short lead-in of a paragraph, a heading on the line of its text
    ("Bestaanszekerheid. Samen met Divosa …", often bold in the source).

    >>> text = "Intro.\\n\\nWonen en zorg. De groep werkt door."
    >>> is_lead_in(text, Sentence(8, 23, "Wonen en zorg.")), is_lead_in(text, Sentence(0, 6, "Intro."))
    (True, False)
    """
    body = sentence.text.rstrip()
    return (body.endswith(".") and len(body.split()) <= 4 and body[:1].isupper()
            and (sentence.start == 0 or text[sentence.start - 1] == "\n")
            and text[sentence.end:sentence.end + 2].strip(" ")[:1] not in ("", "\n"))


def _starts_within(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``start:end`` (by bisection: no scan per sentence).

    >>> _starts_within([3, 9], 4, 9), _starts_within([3, 9], 3, 4)
    (False, True)
    """
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def find_heading_mentions(sentences: list[Sentence], mentions: list[Mention], text: str = "") -> list[Mention]:
    """Headings (and paragraph lead-ins, see :func:`is_lead_in`) that repeat the name of a unit,
    theme or programme named elsewhere."""
    covered = sorted({m.start for m in mentions})  # a heading with a mention starting in it names it already
    headings = [s for s in sentences if (s.is_heading or (text and is_lead_in(text, s)))
                and not _starts_within(covered, s.start, s.end)]
    if not headings:
        return []  # no heading to look up: the names need not be normalised
    by_name = _names(mentions)
    found = []
    index = {s.start: k for k, s in enumerate(sentences)}
    for s in headings:
        k = index[s.start]
        name = s.text.rstrip().rstrip(".") if not s.is_heading else s.text
        target = by_name.get(_norm(name))
        if target:
            found.append(Mention(s.start, s.start + len(name), name, target.type, "references.heading", 0.8,
                                 key=target.key, name=target.name or target.text, kind=target.kind))
        elif s.is_heading and s is not sentences[0] and k + 1 < len(sentences) \
                and sentences[k + 1].bullet_list is not None:
            body = _body_heading(s, sentences, mentions)  # a heading over a list of its members
            if body is not None:
                found.append(body)
    return found


#: headings of a document's parts that name no themagroep ("Programma", "Achtergrond", "Governance")
_GENERIC_SECTIONS = frozenset({"programma", "agenda", "achtergrond", "aanleiding", "inleiding", "governance",
                               "mededelingen", "samenwerking", "contact", "vervolg", "besproken", "actielijst",
                               "actiepunten", "afspraken", "verslag",
                               "besluiten", "besluitenlijst", "financiën", "financien", "kerngegevens", "resultaten",
                               "toelichting", "samenstelling", "wie komen er", "aanmelden", "praktisch", "organisatie",
                               "planning", "doel", "doelen", "context", "samenvatting", "bijlage", "bijlagen",
                               # headings of a page's parts, no unit's name: "Partners", "Werkwijze", "Meer informatie"
                               "partners", "leden", "deelnemers", "deelnemende steden", "werkwijze", "meer informatie",
                               "nieuws", "terugblik", "vooruitblik", "sturing", "uitvoering", "activiteiten",
                               "wie zijn wij", "over ons", "contactpersonen", "contactgegevens",
                               # the parts of minutes: "Actiepunten", "Afspraken"
                               "actiepunten", "afspraken"})

#: the bodies a section of a page about one taskforce or programme may be headed by ("Stuurgroep")
_BODY_HEADINGS = {"stuurgroep": "stuurgroep", "kernteam": "kernteam", "projectgroep": "werkgroep",
                  "werkgroep": "werkgroep", "klankbordgroep": "werkgroep", "kerngroep": "werkgroep"}


def _body_heading(heading: Sentence, sentences: list[Sentence], mentions: list[Mention]) -> Mention | None:
    """A heading that is only a body word ("Stuurgroep", "Kernteam") on a page whose title names a
    unit or programme: that one's body, named after it ("Kernteam Taskforce X").

    >>> text = "Samenstelling Taskforce Dak\\n\\nKernteam\\n\\n- Eva Smit"
    >>> unit = Mention(14, 27, "Taskforce Dak", "OrganisationalUnit", "units.named", 0.9, name="Taskforce Dak", kind="taskforce")
    >>> sentences = [Sentence(0, 27, text[:27], True), Sentence(29, 37, "Kernteam", True)]
    >>> _body_heading(sentences[1], sentences, [unit]).label
    'Kernteam Taskforce Dak'
    """
    word = heading.text.strip()
    kind = _BODY_HEADINGS.get(word.lower())
    if kind is None or not sentences[0].is_heading:
        return None
    title = [m for m in mentions if sentences[0].start <= m.start < sentences[0].end
             and m.type in ("OrganisationalUnit", "Programme")]
    if not title or title[0].kind == kind:
        return None
    start = heading.start + heading.text.index(word)
    return Mention(start, start + len(word), word, "OrganisationalUnit", "references.body-heading", 0.7,
                   name=f"{word[:1].upper()}{word[1:].lower()} {title[0].label}", kind=kind)
