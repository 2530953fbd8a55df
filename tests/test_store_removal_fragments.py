"""A removal rule in effect costs no fresh store on every build (round 42r).

The removal is applied to the fragments before the store sees them (:mod:`graph.fragment_erasure`),
so the removed person's strings never reach Oxigraph's files; a fresh store is loaded only when
something new must leave the store: a rule added or changed, a document removed. The graph and
curation's report are those of curation erasing in the store (the way every build went before).
Fictional people in small documents: named in full, by surname alone and in a file name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graph.pipeline
from graph.pipeline import build_graph
from tests.test_store_removal import fresh, store_files_holding

DOCUMENTS = {
    "interview-2025-05-01-merel-quibbink.txt": "Interview met een wethouder, 1 mei 2025\n\nMerel Quibbink is "
    "wethouder van Zwolle.\n\nQuibbink werkt samen met het ministerie van Binnenlandse Zaken en "
    "Koninkrijksrelaties aan de City Deal Voorbeeld.\n",
    "nieuws-2025-06-01-breda.txt": "Nieuws uit Breda, 1 juni 2025\n\nWethouder Merel Quibbink van Zwolle opende de "
    "Datadag in Breda. Wethouder Jan Verbruggen van Breda sprak over open data.\n",
    "nieuws-2025-06-02-zwolle.txt": "Nieuws uit Zwolle, 2 juni 2025\n\nMerel Quibbink is voorzitter van de "
    "Themagroep Wonen. Wethouder Piet Zandvoort van Almere werkt samen met het ministerie van BZK.\n",
    "nieuws-2025-07-01-almere.txt": "Nieuws uit Almere, 1 juli 2025\n\nWethouder Piet Zandvoort van Almere is "
    "voorzitter van de Themagroep Digitalisering.\n",
}
MEREL = "  - {entity: person/merel-quibbink, reason: verzoek art. 17}\n"
PIET = "  - {entity: person/piet-zandvoort, reason: verzoek art. 17}\n"


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, Path]:
    docs, rules = tmp_path / "docs", tmp_path / "correcties"
    docs.mkdir()
    rules.mkdir()
    for name, text in DOCUMENTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs, rules


def _rules(rules: Path, *entries: str, merge: str = "") -> None:
    (rules / "avg.yaml").write_text(merge + "suppress:\n" + "".join(entries), encoding="utf-8")


def _in_the_store(monkeypatch):
    """Builds from now on erase in the store, as every build did before round 42r."""
    monkeypatch.setattr(graph.pipeline, "erased_for_build", lambda *args: None)


def _manifest(kg: Path) -> dict:
    return json.loads((kg / "manifest.json").read_text(encoding="utf-8"))


def _same_build(report, kg: Path, other_report, other: Path) -> None:
    assert (kg / "graph.nq").read_bytes() == (other / "graph.nq").read_bytes()
    assert report.curation == other_report.curation
    assert report.warnings == other_report.warnings
    for key in ("curation", "warnings", "documents", "counts", "renamed"):
        assert _manifest(kg)[key] == _manifest(other)[key], key


def test_an_unchanged_rule_erases_before_the_store_and_loads_no_fresh_one(corpus, tmp_path, monkeypatch):
    docs, rules = corpus
    _rules(rules, MEREL)
    build_graph([docs], tmp_path / "kg", curated=rules)
    assert not fresh(tmp_path / "kg")  # a first build: the store is loaded from the erased graph.nq
    assert store_files_holding(tmp_path / "kg", b"Merel") == []
    with (docs / "nieuws-2025-07-01-almere.txt").open("a", encoding="utf-8") as changed:
        changed.write("Zandvoort sprak ook over wonen.\n")
    report = build_graph([docs], tmp_path / "kg", curated=rules)
    assert not fresh(tmp_path / "kg") and _manifest(tmp_path / "kg")["store"]["mode"] == "patch"
    assert store_files_holding(tmp_path / "kg", b"Merel") == []
    assert b"Quibbink" not in (tmp_path / "kg" / "graph.nq").read_bytes()
    assert report.curation == {"erased": 1}
    _in_the_store(monkeypatch)
    in_store = build_graph([docs], tmp_path / "store", curated=rules)
    _same_build(report, tmp_path / "kg", in_store, tmp_path / "store")
    assert _manifest(tmp_path / "store")["store"]["fresh"] is True


def test_a_fresh_store_exactly_when_something_must_leave_it(corpus, tmp_path):
    docs, rules = corpus
    kg = tmp_path / "kg"
    seen = []

    def build(note: str) -> None:
        build_graph([docs], kg, curated=rules)
        seen.append((note, fresh(kg), bool(store_files_holding(kg, b"Merel")), bool(store_files_holding(kg, b"Piet "))))

    build("no rule")
    _rules(rules, MEREL)
    build("rule added")
    (docs / "nieuws-2025-06-01-breda.txt").write_text(DOCUMENTS["nieuws-2025-06-01-breda.txt"] + "Nog een zin.\n",
                                                      encoding="utf-8")
    build("a document naming her changed")
    build("nothing changed")
    _rules(rules, MEREL, PIET)
    build("second rule")
    (docs / "nieuws-2025-07-01-almere.txt").unlink()
    build("document removed")
    (rules / "avg.yaml").unlink()
    build("rules withdrawn")
    assert seen == [("no rule", False, True, True), ("rule added", True, False, True),
                    ("a document naming her changed", False, False, True), ("nothing changed", False, False, True),
                    ("second rule", True, False, False), ("document removed", True, False, False),
                    ("rules withdrawn", False, True, True)]


def test_a_rebuild_with_two_rules_equals_erasing_in_the_store(corpus, tmp_path, monkeypatch):
    docs, rules = corpus
    _rules(rules, MEREL, PIET)
    build_graph([docs], tmp_path / "kg", curated=rules)
    (docs / "nieuws-2025-06-02-zwolle.txt").write_text(DOCUMENTS["nieuws-2025-06-02-zwolle.txt"]
                                                       + "Quibbink en Zandvoort spraken elkaar.\n", encoding="utf-8")
    report = build_graph([docs], tmp_path / "kg", curated=rules)
    assert not fresh(tmp_path / "kg") and store_files_holding(tmp_path / "kg", b"Quibbink") == []
    _in_the_store(monkeypatch)
    _same_build(report, tmp_path / "kg", build_graph([docs], tmp_path / "store", curated=rules), tmp_path / "store")


def test_a_merge_of_what_the_removal_touches_is_erased_in_the_store_as_before(corpus, tmp_path, monkeypatch):
    """A merge runs before the removal: where it names what the removal touches (here the programme
    of a removed fact, whose count the merge rule records), curation erases in the store and loads a
    fresh one, so that the order stays curation's."""
    docs, rules = corpus
    merge = "merge:\n  - {from: programme/city-deal-voorbeeld, into: programme/city-deal-wonen}\n"
    _rules(rules, MEREL, merge=merge)
    build_graph([docs], tmp_path / "kg", curated=rules)
    report = build_graph([docs], tmp_path / "kg", curated=rules)
    assert fresh(tmp_path / "kg") and store_files_holding(tmp_path / "kg", b"Merel") == []
    _in_the_store(monkeypatch)
    _same_build(report, tmp_path / "kg", build_graph([docs], tmp_path / "store", curated=rules), tmp_path / "store")


def test_a_rule_no_document_names_warns_as_before(corpus, tmp_path, monkeypatch):
    docs, rules = corpus
    _rules(rules, MEREL, "  - {entity: person/merel-quibbinck, reason: verzoek art. 17}\n")
    build_graph([docs], tmp_path / "kg", curated=rules)
    report = build_graph([docs], tmp_path / "kg", curated=rules)
    assert not fresh(tmp_path / "kg") and store_files_holding(tmp_path / "kg", b"Merel") == []
    assert [w for w in report.warnings if "avg.yaml:3" in w], report.warnings
    _in_the_store(monkeypatch)
    _same_build(report, tmp_path / "kg", build_graph([docs], tmp_path / "store", curated=rules), tmp_path / "store")
