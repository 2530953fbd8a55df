"""The namesake rule (rule 6 of graph.resolve) reads what a document places persons in from its cached
outline (graph.placing, round 39c): a rebuild after one changed document keeps the same namesakes and
keys as a full build, and resolving outlines gives what resolving whole extractions gives.

All names are fictional."""

from __future__ import annotations

import json

from graph.document_periods import DocumentPeriods
from graph.disk_layout import GRAPH_FILE
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.incremental import ExtractionOutline, outline_record
from graph.pipeline import build_graph
from graph.resolve import resolve
from tests.documents import dated_documents

ZWOLLE = "Wethouder Jan de Vries van Zwolle werkt samen met het ministerie van IenW."
HELMOND = "Wethouder Jan de Vries uit Helmond neemt deel aan de Themagroep Energie."
HELMOND_CHANGED = ("Wethouder Jan de Vries uit Helmond neemt deel aan de Themagroep Energie. "
                   "De Vries werkt samen met de VNG.")
PLACES_NO_ONE = "De gemeente Breda werkt samen met het ministerie van Financiën."
DOCUMENTS = {"a": (ZWOLLE, "2025-02-10"), "b": (HELMOND, "2025-03-01"), "c": (PLACES_NO_ONE, "2025-03-02")}


def test_a_rebuild_after_one_changed_document_keeps_the_namesakes_and_keys_of_a_full_build(tmp_path):
    docs = dated_documents(tmp_path, DOCUMENTS)
    first = build_graph([docs], tmp_path / "kg", workers=1)
    assert [n["keys"] for n in json.loads((tmp_path / "kg" / "manifest.json").read_text())["namesakes"]] == \
        [["person/jan-de-vries", "person/jan-de-vries-helmond"]], first.warnings
    (docs / "b.txt").write_text(HELMOND_CHANGED + "\n", encoding="utf-8")
    build_graph([docs], tmp_path / "kg", workers=1)
    build_graph([docs], tmp_path / "fresh", workers=1)
    rebuilt, fresh = (json.loads((tmp_path / name / "manifest.json").read_text()) for name in ("kg", "fresh"))
    assert rebuilt["extraction"]["reused"] == 2 and rebuilt["extraction"]["extracted"] == 1, rebuilt["extraction"]
    assert rebuilt["namesakes"] == fresh["namesakes"] == [
        {"name": "Jan de Vries", "keys": ["person/jan-de-vries", "person/jan-de-vries-helmond"],
         "places": ["Zwolle", "Helmond"]}], rebuilt["namesakes"]
    graph = (tmp_path / "kg" / GRAPH_FILE).read_bytes()
    assert graph == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()
    assert b"person/jan-de-vries-helmond" in graph


def test_outlines_resolve_as_whole_extractions_do(tmp_path):
    gazetteer = load_gazetteer()
    wholes = [extract(name, text, gazetteer=gazetteer) for name, (text, _date) in DOCUMENTS.items()]
    outlines = [ExtractionOutline.of_record(outline_record(whole)) for whole in wholes]
    periods = {"a": ("2025-02-10", "2025-02-10"), "b": ("2025-03-01", "2025-03-01"), "c": ("2025-03-02", "2025-03-02")}
    from_wholes, from_outlines = (resolve(extractions, gazetteer, periods=periods) for extractions in (wholes, outlines))
    assert from_outlines.mention_keys == from_wholes.mention_keys
    assert from_outlines.namesakes == from_wholes.namesakes == [
        {"name": "Jan de Vries", "keys": ["person/jan-de-vries", "person/jan-de-vries-helmond"],
         "places": ["Zwolle", "Helmond"]}]
    assert [len(outline.placing) for outline in outlines] == [1, 1, 0]
    assert outlines[0].placing[0][2:] == ("hasRole", (False, None, None, "wethouder", True))


def test_periods_are_worked_out_for_the_documents_asked_for():
    class Document:
        def __init__(self, id, date):  # noqa: A002 - Document's field
            self.id, self.date, self.period_start, self.period_end = id, date, None, None

    periods = DocumentPeriods([Document("a", "2025"), Document("b", None)])
    assert (periods["a"], periods["b"], periods.get("c"), sorted(periods)) == \
        (("2025-01-01", "2025-12-31"), (None, None), None, ["a", "b"])
