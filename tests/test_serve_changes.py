"""What the last build changed, on the site (round 43h, walkthrough 17 finding 26): the build keeps
its changes in the manifest (``changes``), the changes page shows them (Dutch, English with
``lang=en``), the home page links to it, entity pages mark the facts that came with the last build
"nieuw", and a removal on request leaves no name in them. Two builds of four small documents with
a correction file; fictional people."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from graph.cli import cli
from serve_fixture import Page, in_process_client, make_app

FIRST = {
    "a-2026-01-10": "Tom Visser, wethouder van Amersfoort, is voorzitter van de Themagroep Smart Cities.",
    "b-2026-01-12": "Zwolle, 12 januari 2026 – Els Proef, wethouder van Zwolle, opent de dag. "
                    "Lotte Proef, wethouder van Zwolle, spreekt.",
    "c-2026-01-15": "Deventer, 15 januari 2026 – Wim de Boer, wethouder van Deventer, spreekt.",
}
SECOND = {  # b removed, c changed, d new
    "a-2026-01-10": FIRST["a-2026-01-10"],
    "c-2026-01-15": "Deventer, 15 januari 2026 – Wim de Boer, wethouder van Deventer, is voorzitter van de "
                    "Themagroep Smart Cities.",
    "d-2026-03-02": "Amersfoort, 2 maart 2026 – Tom Visser neemt afscheid als wethouder van Amersfoort. "
                    "Sanne Bakker, wethouder van Breda, spreekt <b>kort</b>.",
}
RULES = """suppress:
  - {subject: person/els-proef, predicate: hasRole, object: municipality/gm0193, role: wethouder, reason: fout}
facts:
  - {subject: person/sanne-bakker, predicate: affiliatedWith, object: organisation/vng, note: gemeld}
"""
PERSON = "https://w3id.org/g40kg/id/person/"


def write_documents(docs, documents: dict[str, str]) -> None:
    for old in docs.glob("*.txt"):
        old.unlink()
    for name, text in documents.items():
        (docs / f"{name}.txt").write_text(text + "\n", encoding="utf-8")


def build(runner, kg, docs, *args) -> None:
    result = runner.invoke(cli, ["--graph", str(kg), "build", str(docs), *args])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """``first``: a copy of the graph after the first build; ``kg``: after the second."""
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("changes")
    docs, rules = where / "docs", where / "correcties"
    docs.mkdir(), rules.mkdir()
    (rules / "c.yaml").write_text(RULES, encoding="utf-8")
    runner = CliRunner()
    write_documents(docs, FIRST)
    build(runner, where / "kg", docs, "--curated", str(rules))
    shutil.copytree(where / "kg", where / "first")
    write_documents(docs, SECOND)
    build(runner, where / "kg", docs)
    return where


@pytest.fixture(scope="module")
def changes_client(builds):
    with in_process_client(make_app(builds / "kg")) as client:
        yield client


def manifest_changes(graph) -> dict:
    return json.loads((graph / "manifest.json").read_text(encoding="utf-8"))["changes"]


def facts(rows) -> list[tuple]:
    return [(row["subject"], row["predicate"], row.get("role"), row["object"], row.get("document")) for row in rows]


def cells(html: str, table_id: str) -> list[list[str]]:
    """The text of each body row's cells of the table labelled ``table_id``."""
    table = html.split(f'aria-labelledby="{table_id}"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    return [[" ".join(re.sub(r"<[^>]+>", "", cell).split()) for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_the_build_keeps_only_its_own_changes(builds):
    first, second = manifest_changes(builds / "first"), manifest_changes(builds / "kg")
    assert (first["previous_built"], first["facts"]) == (None, None)  # a first build compares no facts
    assert first["documents"]["new"] == ["a-2026-01-10", "b-2026-01-12", "c-2026-01-15"]
    assert second["previous_built"] == first["built"]
    assert second["documents"] == {"new": ["d-2026-03-02"], "changed": ["c-2026-01-15"], "removed": ["b-2026-01-12"],
                                   "renamed": []}
    assert facts(second["facts"]["added"]) == [
        ("Sanne Bakker", "affiliatedWith", None, "VNG", None),  # the correction's fact, now its person is there
        ("Sanne Bakker", "hasRole", "wethouder", "Breda", "d-2026-03-02"),
        ("Wim de Boer", "hasRole", "voorzitter", "Themagroep Smart Cities", "c-2026-01-15")]
    assert second["facts"]["added"][0]["curation"] == "c.yaml:4"
    assert facts(second["facts"]["removed"]) == [("Lotte Proef", "hasRole", "wethouder", "Zwolle", "b-2026-01-12")]
    assert [(*facts([row])[0], row["until"]) for row in second["facts"]["ended"]] == [
        ("Tom Visser", "hasRole", "wethouder", "Amersfoort", "d-2026-03-02", "2026-03-02")]
    assert [(r["source"][-8:], r["facts"]) for r in second["rules"]["active"]] == [("c.yaml:4", 1)]
    assert [(r["source"][-8:], r["stale"]) for r in second["rules"]["stale"]] == [("c.yaml:2", "entity_missing")]
    assert second["counts"]["facts_added"] == 3


def test_the_changes_page_in_dutch(changes_client):
    html = changes_client.get("/changes").text
    page = Page(html)
    assert "<h1>Wijzigingen sinds de vorige bouw</h1>" in html
    status = re.sub(r"<[^>]+>", "", html.split('<p id="changes-status">', 1)[1].split("</p>", 1)[0])
    assert re.fullmatch(r"Deze bouw: \d{1,2} [a-z]+ \d{4}, \d\d\.\d\d uur; de vorige bouw: \d{1,2} [a-z]+ \d{4}, \d\d\.\d\d uur\.",
                        status), status
    assert [h for h in re.findall(r"<h3 [^>]*>(.*?)</h3>", html)] == [
        "Nieuwe documenten (1)", "Gewijzigde documenten (1)", "Verwijderde documenten (1)",
        "Feiten erbij (3)", "Feiten eraf (1)", "Beëindigde rollen (1)",
        "Correctieregels die nu werken (1)", "Correctieregels die niets meer doen (1)"]
    assert page.link_to("d-2026-03-02") == "/document/d-2026-03-02"
    assert "<li>b-2026-01-12</li>" in html  # gone: no link
    assert cells(html, "facts-added") == [
        ["Sanne Bakker", "verbonden aan", "VNG", "met de hand toegevoegd c.yaml:4", ""],
        ["Sanne Bakker", "heeft een rol bij (wethouder)", "Breda", "d-2026-03-02",
         "Sanne Bakker, wethouder van Breda, spreekt &lt;b&gt;kort&lt;/b&gt;."],
        ["Wim de Boer", "heeft een rol bij (voorzitter)", "Themagroep Smart Cities", "c-2026-01-15",
         "Deventer, 15 januari 2026 – Wim de Boer, wethouder van Deventer, is voorzitter van de Themagroep Smart Cities."]]
    assert cells(html, "facts-removed") == [
        ["Lotte Proef", "heeft een rol bij (wethouder)", "Zwolle", "b-2026-01-12", "Lotte Proef, wethouder van Zwolle, spreekt."]]
    assert cells(html, "facts-ended") == [
        ["Tom Visser", "heeft een rol bij (wethouder)", "Amersfoort", "2026-03-02", "d-2026-03-02",
         "Amersfoort, 2 maart 2026 – Tom Visser neemt afscheid als wethouder van Amersfoort."]]
    assert [row[1:] for row in cells(html, "rules-active")] == [["person/sanne-bakker affiliatedWith organisation/vng", "1"]]
    assert [row[1:] for row in cells(html, "rules-stale")] == [
        ["person/els-proef hasRole municipality/gm0193 (wethouder)", "een entiteit van de regel staat niet (meer) in de graaf"]]
    assert "<b>kort</b>" not in html  # the sentence is escaped
    assert "/entity/person/lotte-proef" not in html  # no longer in the graph: no link


def test_the_changes_page_in_english_and_its_json_twin(changes_client):
    html = changes_client.get("/changes", params={"lang": "en"}).text
    assert "<h1>Changes since the previous build</h1>" in html
    assert ">Facts added (3)</h3>" in html and ">Roles that ended (1)</h3>" in html
    assert "the previous build:" in html and "<th scope=\"col\">Sentence</th>" in html
    data = changes_client.get("/changes.json").json()
    assert [row["subject_path"] for row in data["facts"]["added"]] == [
        "/entity/person/sanne-bakker", "/entity/person/sanne-bakker", "/entity/person/wim-de-boer"]
    assert data["facts"]["removed"][0]["subject_path"] is None  # the person is no longer in the graph


def test_the_home_page_links_to_the_changes(changes_client):
    html = changes_client.get("/").text
    assert Page(html).link_to("Wijzigingen sinds de vorige bouw") == "/changes"
    assert re.search(r'\(deze bouw: <time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{1,2} [a-z]+ \d{4}, \d\d\.\d\d uur</time>\)', html), html


def test_an_entity_page_marks_the_facts_of_the_last_build_new(changes_client):
    sanne = changes_client.get("/entity/person/sanne-bakker").text
    assert sanne.count('<span class="new-fact" title="kwam erbij met de laatste bouw">nieuw</span>') == 2
    tom = changes_client.get("/entity/person/tom-visser", params={"lang": "en"}).text
    assert 'class="new-fact"' not in tom  # his facts are older; one ended
    data = changes_client.get("/entity/person/sanne-bakker.json").json()
    assert sorted(item["label"] for items in data["facts"].values() for item in items if item.get("new")) == [
        "Breda", "VNG"]


def test_after_a_first_build_the_page_says_there_is_nothing_to_compare(builds):
    with in_process_client(make_app(builds / "first")) as client:
        html = client.get("/changes").text
    assert "Dit is de eerste bouw van deze graaf: er is geen vorige om mee te vergelijken." in html
    assert '<section id="changed-facts">' not in html and "Nieuwe documenten (3)" in html


def test_a_removal_on_request_leaves_no_name_in_the_changes(builds, runner, tmp_path):
    kg, docs, rules = tmp_path / "kg", tmp_path / "docs", tmp_path / "correcties"
    shutil.copytree(builds / "kg", kg)
    shutil.copytree(builds / "docs", docs)
    shutil.copytree(builds / "correcties", rules)
    (rules / "avg.yaml").write_text("suppress:\n  - {entity: person/wim-de-boer}\n", encoding="utf-8")
    build(runner, kg, docs, "--curated", str(rules))
    record = manifest_changes(kg)
    assert "Boer" not in json.dumps(record, ensure_ascii=False), record
    assert record["facts"]["removed"] == [] and record["documents"]["changed"] == []
    assert [r["rule"] for r in record["rules"]["active"]] == ["[naam verwijderd]"]
    with in_process_client(make_app(kg)) as client:
        assert "Boer" not in client.get("/changes").text


def test_the_static_copy_has_the_changes_page(builds, runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(builds / "kg"), "export", "--format", "site", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "site" / "changes.html").read_text(encoding="utf-8")
    assert "<h1>Wijzigingen sinds de vorige bouw</h1>" in page and "https://" not in page.split("<main", 1)[1]
    assert 'href="changes.html"' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_many_changed_graphs_are_compared_as_a_few_are(builds, monkeypatch):
    """Above ``_FEW`` pieces of evidence in the changed graphs (a new extractor rewrites every
    document's) the facts' evidence is read whole instead of by one grouped query: the same record."""
    from graph import build_changes
    from graph.store import open_dataset

    old, new = open_dataset(builds / "first"), open_dataset(builds / "kg")
    graphs = {str(g.identifier) for g in new.graphs() if "/graph/document/" in str(g.identifier)}
    few = build_changes.fact_changes(old, new, graphs)
    monkeypatch.setattr(build_changes, "_FEW", 0)
    assert build_changes.fact_changes(old, new, graphs) == few and few["ended"] and few["added"]


def test_the_unchanged_graphs_are_read_once_for_both_graphs_with_the_same_record(builds):
    """With the same corrections (round 44p) the first statement of each fact in the graphs the build
    did not change is read from the new graph only, for both: the record is the one each graph's own
    reading gives (document a is unchanged; b removed, c changed, d new)."""
    from graph import build_changes
    from graph.store import open_dataset
    from graph.vocab import document_graph_iri

    old, new = open_dataset(builds / "first"), open_dataset(builds / "kg")
    graphs = {document_graph_iri(d) for d in ("b-2026-01-12", "c-2026-01-15", "d-2026-03-02")}
    each = build_changes.fact_changes(old, new, graphs)
    assert build_changes.fact_changes(old, new, graphs, same_curation=True) == each
    added = [("Sanne Bakker", "affiliatedWith", "VNG"), ("Sanne Bakker", "hasRole", "Breda"),
             ("Wim de Boer", "hasRole", "Themagroep Smart Cities")]
    assert [(row["subject"], row["predicate"], row["object"]) for row in each["added"]] == added, each["added"]


def test_any_statement_elsewhere_of_a_fact_gives_the_record_the_first_one_gives(tmp_path, runner, monkeypatch):
    """Of a fact the changed document and a kept one state (not a role), any statement in the kept
    documents gives the record the first one in IRI order gives (round 44p: found at once, where the
    first needs all of them): the same record as when the first is read for every fact."""
    from graph import build_changes
    from graph.store import open_dataset
    from graph.vocab import document_graph_iri

    docs = tmp_path / "docs"
    docs.mkdir()
    kept = "Breda en Tilburg werken samen met het ministerie van Financiën."
    write_documents(docs, {"a-2026-01-10": kept, "b-2026-01-12": "Breda werkt samen met het ministerie van Financiën."})
    build(runner, tmp_path / "kg", docs)
    shutil.copytree(tmp_path / "kg", tmp_path / "first")
    write_documents(docs, {"a-2026-01-10": kept, "b-2026-01-12": "Breda werkt samen met het ministerie van Financiën. "
                                                                 "Tilburg werkt samen met het ministerie van EZK."})
    build(runner, tmp_path / "kg", docs)
    old, new = open_dataset(tmp_path / "first"), open_dataset(tmp_path / "kg")
    graphs = {document_graph_iri("b-2026-01-12")}
    some = build_changes.fact_changes(old, new, graphs, same_curation=True)
    monkeypatch.setattr(build_changes, "_needs_first", lambda fact, others: True)
    assert build_changes.fact_changes(old, new, graphs, same_curation=True) == some
    assert [(row["subject"], row["object"]) for row in some["added"]] == [("Tilburg", "EZK")], some


def test_a_build_that_rewrites_many_documents_compares_no_facts(tmp_path, runner, monkeypatch):
    """More graphs written anew than ``MAX_GRAPHS_COMPARED`` (a new extractor rewrites every
    document's): the documents are recorded, the facts not compared, and the page says why."""
    from graph import pipeline

    docs = tmp_path / "docs"
    docs.mkdir()
    write_documents(docs, FIRST)
    build(runner, tmp_path / "kg", docs)
    write_documents(docs, SECOND)
    monkeypatch.setattr(pipeline, "MAX_GRAPHS_COMPARED", 1)
    build(runner, tmp_path / "kg", docs)
    changes = manifest_changes(tmp_path / "kg")
    assert changes["facts"] is None and changes["documents"]["new"] == ["d-2026-03-02"]
    with in_process_client(make_app(tmp_path / "kg")) as client:
        assert "meer dan 1000 documenten opnieuw" in client.get("/changes").text
