"""Records that extraction produces: mentions and relation candidates, with offsets and rules.

Nothing here knows about IRIs or rdflib; :mod:`graph.resolve` turns mentions into entities.

Examples
--------
>>> m = Mention(start=0, end=5, text="Breda", type="Municipality", rule="gazetteer.municipality",
...             confidence=1.0, key="GM0758")
>>> m.text
'Breda'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["EntityType", "Mention", "Relation", "Sentence", "Extraction", "RELATION_ENDS"]

EntityType = Literal[
    "Person",
    "Municipality",
    "Province",
    "Ministry",
    "Organisation",
    "OrganisationalUnit",
    "Programme",
    "Event",
    "Theme",
]

_ACTORS = frozenset({"Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit",
                     "Programme", "Theme"})
_BODIES = frozenset({"Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme"})
_ENTITIES = _ACTORS | {"Event"}
#: the entity types each relation joins, (subject types, object types), as the shapes of
#: ``ontology/shapes.ttl`` check them: extraction keeps to it, so no document can fail a build
RELATION_ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "hasRole": (frozenset({"Person"}), _BODIES | {"Theme"}),
    "affiliatedWith": (frozenset({"Person"}), _BODIES),
    "succeeded": (frozenset({"Person"}), frozenset({"Person"})),
    "collaboratesWith": (_ACTORS, _ACTORS),
    "participatesIn": (_ACTORS, frozenset({"Programme", "OrganisationalUnit", "Organisation", "Event"})),
    "partOf": (frozenset({"OrganisationalUnit", "Programme", "Event"}), _BODIES | {"Event"}),
    "initiated": (_ACTORS, frozenset({"Programme", "Event", "OrganisationalUnit"})),
    "organised": (_ACTORS, frozenset({"Event"})),
    "ledBy": (frozenset({"OrganisationalUnit", "Programme", "Event"}), _ACTORS),
    "contactFor": (frozenset({"Person"}), _ENTITIES),
    "addresses": (_ENTITIES, frozenset({"Theme"})),
}


@dataclass(frozen=True)
class Mention:
    """A span of the document text that names an entity.

    ``key`` is the gazetteer key when the gazetteer matched (CBS code ``GM0758``, TOOI code
    ``mnre1045``, organisation abbreviation ``VNG``), else None. ``name`` is the normalised
    name to resolve on (``City Deal Impact Ondernemen`` for ``Citydeal Impact Ondernemen``);
    it defaults to the surface text. ``kind`` is a subtype (``themagroep``, ``citydeal`` …).
    """

    start: int
    end: int
    text: str
    type: EntityType
    rule: str
    confidence: float
    key: str | None = None
    name: str | None = None
    kind: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.text


@dataclass(frozen=True)
class Relation:
    """A relation candidate between two mentions, with the sentence span that supports it.

    ``predicate`` is one of :data:`graph.vocab.CORE_PREDICATES`. ``evidence_start`` and
    ``evidence_end`` are offsets in the document text; the quote is ``text[start:end]``.
    ``valid_from``/``valid_until`` (ISO dates) when the text itself dates the fact (their precision
    "year" or "month" where the text gave one: "tot 2019"); ``past``
    when the text marks it as over ("oud-", "voormalig", "eerst … later"); ``appointed`` when its
    clause appoints without a date ("is benoemd tot voorzitter", "is de nieuwe trekker"): a term that
    starts on its document's day (:mod:`graph.build`), not a fact of that one day. ``portfolio``: what
    a role's holder is responsible for ("Wonen en Ruimte" of "wethouder Wonen en Ruimte").
    """

    subject: Mention
    predicate: str
    object: Mention
    evidence_start: int
    evidence_end: int
    rule: str
    confidence: float
    role: str | None = None
    past: bool = False
    valid_from: str | None = None
    valid_until: str | None = None
    appointed: bool = False
    #: "year" or "month" where ``valid_from``/``valid_until`` came from a whole year or month ("tot 2019")
    valid_from_precision: str | None = None
    valid_until_precision: str | None = None
    #: its clause tells it in the plain past with no time of its own ("X was voorzitter"): in a year
    #: report published after its year, it held in that year (:mod:`graph.build`, round 41t)
    told_past: bool = False
    #: what the holder of a role is responsible for, as the words after the role word say it: a
    #: portfolio ("wethouder Wonen en Ruimte"), a directie ("directeur Woningbouw"); a detail of the
    #: role, not part of its key (:mod:`graph.extract.role_portfolios`, round 45m)
    portfolio: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or heading) with its offsets and the heading of the section it is in."""

    start: int
    end: int
    text: str
    is_heading: bool = False
    section: str | None = None
    #: offset of the heading that opened the section (None before the first heading)
    section_start: int | None = None
    #: bullet items: the number of the bullet list (per document) and of the item in it
    bullet_list: int | None = None
    bullet_item: int | None = None
    #: the item's first sentence (bullet items often start with a name: "MKB, met als trekker …")
    item_start: bool = False


@dataclass
class Extraction:
    """All mentions and relations read from one document."""

    document_id: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: (start, end) of the lines that only list people: attendance, absence, contact lines, signatures
    #: (:mod:`graph.extract.listings`; ``build --minimal-people``)
    listed: tuple[tuple[int, int], ...] = ()
    #: (start, end, start, end) of two persons the text says are not one (:mod:`graph.extract.not_the_same`)
    apart: tuple[tuple[int, int, int, int], ...] = ()
    #: the claims its rectifications withdraw from earlier documents, as plain tuples
    #: (:class:`graph.extract.withdrawn_claims.Claim`)
    withdrawn: tuple[tuple, ...] = ()
