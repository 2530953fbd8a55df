"""The corpus checks a rebuild runs over every document (round 45p: only files of one content and date are
ordered, and only documents dated ahead are searched for meeting words) give what the whole-corpus rule gave."""

from __future__ import annotations

from types import SimpleNamespace as Doc

from graph.corpus_checks import _copy_order, skipped_copies, without_copies
from graph.docdate import future_warning


def _doc(id_, checksum, date="2024-01-01", folder="a"):
    return Doc(id=id_, path=f"{folder}/{id_}.txt", checksum=checksum, date=date, period_start=None, period_end=None)


def _copies_by_whole_sort(documents):
    """The rule as it was before round 45p: every document ordered, the first of each content and date kept."""
    originals, copies = {}, []
    for document in sorted(documents, key=_copy_order):
        original = originals.setdefault((document.checksum, document.date, document.period_start, document.period_end),
                                        document)
        if original is not document:
            copies.append((document.id, original.id))
    return sorted(copies, key=lambda pair: len(pair[0]))


def test_of_several_groups_of_copies_each_keeps_its_best_named_file():
    documents = [_doc("nota (1)", "x"), _doc("nota", "x"), _doc("verslag-2023-06-12", "y"), _doc("verslag kopie", "y"),
                 _doc("verslag", "y"), _doc("brief", "z"), _doc("brief", "z", folder="b"), _doc("los", "w"),
                 _doc("nota-2024", "x", date="2024-02-01"), _doc("nota-2024 (2)", "x", date="2024-02-01")]
    kept, warning = without_copies(documents)
    assert [d.path for d in kept] == ["a/nota.txt", "a/verslag-2023-06-12.txt", "a/brief.txt", "a/los.txt",
                                      "a/nota-2024.txt"], warning
    assert warning == ("5 kopieën overgeslagen (dezelfde inhoud en datum als een ander document): brief (= brief), "
                       "verslag (= verslag-2023-06-12), "
                       "nota (1) (= nota), nota-2024 (2) (= nota-2024), "
                       "verslag kopie (= verslag-2023-06-12)"), warning
    assert skipped_copies([warning]) == dict(_copies_by_whole_sort(documents))


def test_without_copies_returns_every_document_in_its_order_when_none_is_a_copy():
    documents = [_doc(f"d{k}", f"c{k}") for k in (3, 1, 2)]
    kept, warning = without_copies(documents)
    assert ([d.id for d in kept], warning) == (["d3", "d1", "d2"], None)


def test_only_documents_dated_ahead_are_asked_whether_they_announce_a_meeting():
    documents = [Doc(id="agenda-bo", title=None, date="2027-01-05", period_start=None),
                 Doc(id="agenda-oud", title=None, date="2020-01-05", period_start=None),
                 Doc(id="nota", title="Uitnodiging", date="2027-02-01", period_start=None),
                 Doc(id="plan", title="Plan", date=None, period_start="2027"),
                 Doc(id="verslag", title=None, date="2027-03-01T10:00", period_start=None)]
    assert future_warning(documents, today="2026-12-06") == (
        "2 documenten gedateerd na vandaag: plan (2027), verslag (2027-03-01T10:00); kloppen die datums? "
        "Geef anders de datum in <naam>.meta.json")
