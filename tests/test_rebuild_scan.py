"""The rebuild's whole-corpus passes made lighter (round 50r) give what they gave before.

A document graph's key (:func:`graph.fragments.fragment_key`) of an outline hashes its mentions' entity keys only:
its relation ends are rows of the outline, which the extraction key stands for. A document reused from the
corpus cache is made without the dataclass's ``__init__`` (:func:`graph.corpus_cache.cached_document`).
:func:`graph.corpus_checks.check_distinct_ids` looks a slug id up directly. Invented names throughout.
"""

from __future__ import annotations

import os

import pytest

from graph.corpus_cache import CorpusCache, cached_document, read_corpus_cached
from graph.corpus_checks import check_distinct_ids
from graph.errors import InputError
from graph.extract.model import Extraction, Mention, Relation
from graph.fragments import fragment_key
from graph.incremental import ExtractionOutline, outline_record
from graph.ingest import DOCUMENT_FIELDS, Document
from graph.resolve import Entity, Resolution

DOCUMENT = Document(id="nieuws", path="nieuws.txt", text="Wethouder Anna Verbeek van Tilburg werkt samen met BZK.",
                    checksum="sha256:1", date="2024-03-01")


def _outline() -> ExtractionOutline:
    anna = Mention(10, 22, "Anna Verbeek", "Person", "r", 1.0)
    tilburg = Mention(27, 34, "Tilburg", "Municipality", "gazetteer", 1.0, key="GM0855")
    bzk = Mention(51, 54, "BZK", "Ministry", "gazetteer", 1.0, key="mnre1034")
    extraction = Extraction("nieuws", mentions=[anna, tilburg, bzk],
                            relations=[Relation(anna, "affiliatedWith", tilburg, 0, 34, "r", 0.9),
                                       Relation(tilburg, "collaboratesWith", bzk, 27, 54, "r", 0.8)])
    return ExtractionOutline.of_record(outline_record(extraction))


def _resolution(**keys) -> Resolution:
    mention_keys = {("nieuws", 10, 22): keys.get("anna", "person/anna-verbeek"),
                    ("nieuws", 27, 34): "municipality/gm0855", ("nieuws", 51, 54): keys.get("bzk", "ministry/mnre1034")}
    entities = {key: Entity(key, "Thing", key) for key in mention_keys.values()}
    return Resolution(entities, mention_keys)


def test_an_outlines_key_is_stable():
    assert fragment_key(DOCUMENT, _outline(), _resolution(), "k1") == fragment_key(DOCUMENT, _outline(), _resolution(), "k1")


@pytest.mark.parametrize("changed", ["anna", "bzk"])
def test_an_outlines_key_follows_the_entity_of_a_relation_end(changed):
    """Anna and BZK are relation ends: their keys reach the hash through the mentions' keys."""
    before = fragment_key(DOCUMENT, _outline(), _resolution(), "k1")
    assert fragment_key(DOCUMENT, _outline(), _resolution(**{changed: "person/other"}), "k1") != before


def test_an_outlines_key_follows_the_extraction_key_and_an_entity_gone():
    outline, resolution = _outline(), _resolution()
    before = fragment_key(DOCUMENT, outline, resolution, "k1")
    assert fragment_key(DOCUMENT, _outline(), _resolution(), "k2") != before
    gone = _resolution()
    del gone.entities["ministry/mnre1034"]  # resolved, but no entity of the build any more (curation)
    assert fragment_key(DOCUMENT, _outline(), gone, "k1") != before


def test_a_key_without_extraction_key_still_hashes_the_ends():
    """Without an extraction key the text and the extraction are hashed, the relation ends' keys with them."""
    key = fragment_key(DOCUMENT, _outline(), _resolution())
    assert key != fragment_key(DOCUMENT, _outline(), _resolution(), "k1")
    assert fragment_key(DOCUMENT, _outline(), _resolution(anna="person/other")) != key


def test_a_cached_document_equals_the_one_read(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "verslag.txt").write_text("Verslag\n\nBreda en Tilburg werken samen met BZK.\n", encoding="utf-8")
    (folder / "verslag.meta.json").write_text('{"title": "Verslag", "date": "2024-05-06", "source": "intranet"}',
                                              encoding="utf-8")
    (folder / "brief.txt").write_text("Geen datum hier. Almere werkt samen met EZK.\n", encoding="utf-8")
    for path in folder.iterdir():
        os.utime(path, (1e9, 1e9))  # settled long ago: reused by the next read
    read, _warnings, cache = read_corpus_cached([folder])
    again, _warnings, second = read_corpus_cached([folder], CorpusCache.loads(cache.dumps()))
    assert (second.read, second.reused) == (0, 2)
    assert again == read
    for fresh, reused in zip(read, again):
        assert {name: getattr(reused, name) for name in DOCUMENT_FIELDS} == \
               {name: getattr(fresh, name) for name in DOCUMENT_FIELDS}
        assert type(reused) is Document and reused.reference_date == fresh.reference_date


def test_a_cached_document_is_frozen():
    document = cached_document(("a", "a.txt", "Tekst.", "sha256:0", None, None, None, None, False, None, "nl", (), None))
    with pytest.raises(AttributeError):
        document.id = "b"
    assert hash(document) == hash(Document("a", "a.txt", "Tekst.", "sha256:0"))


class _Doc:
    def __init__(self, id, path, text="Een tekst.", date=None):  # noqa: A002 - as Document names it
        self.id, self.path, self.text, self.date = id, path, text, date


def test_two_files_of_one_slug_id_are_refused():
    documents = [_Doc("verslag", "a/verslag.txt", "Over wonen."), _Doc("verslag", "b/verslag.md", "Over zorg en water.")]
    with pytest.raises(InputError, match="b/verslag.md"):
        check_distinct_ids(documents)


def test_two_files_of_one_slug_id_keep_going_keeps_the_first_by_path():
    documents = [_Doc("verslag", "b/verslag.txt", "Over wonen."), _Doc("verslag", "a/verslag.md", "Over zorg en water."),
                 _Doc("brief", "brief.txt")]
    kept, warnings = check_distinct_ids(documents, keep_going=True)
    assert [d.path for d in kept] == ["a/verslag.md", "brief.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("b/verslag.txt")


def test_a_slug_id_meets_a_spelling_of_another_id():
    """"Verslag" (no slug) after "verslag": the spellings of the second meet the first, whichever comes first."""
    for order in ([_Doc("verslag", "a/verslag.txt", "Over wonen."), _Doc("Verslag", "b/Verslag.md", "Over zorg.")],
                  [_Doc("Verslag", "b/Verslag.md", "Over zorg."), _Doc("verslag", "a/verslag.txt", "Over wonen.")]):
        with pytest.raises(InputError):
            check_distinct_ids(order)
