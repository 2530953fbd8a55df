"""The static copy of the explorer (``g40kg export --format site -o DIR``) and the explorer's
redirect from an old document id after a rename.

The graph is built from the two small documents of ``tests/fixtures/static_site/`` (one with a
``<script>`` in its title and in a sentence, one whose file name has capitals).
"""

from __future__ import annotations

import re
import shutil
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest

from graph.cli import cli

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "static_site"

#: every file of the copy but the named questions' pages
FILES = [
    ".g40kg-site",
    "changes.html",  # round 43h: what the last build changed
    "document/nieuws-themagroep-5b2077.html",  # lower case, with a hash of the id that had capitals (round 47c)
    "document/verslag-stedentop.html",
    "documents.html",
    "entity/event/stedentop.html",
    "entity/ministry/mnre1034.html",
    "entity/ministry/mnre1045.html",
    "entity/municipality/gm0114.html",
    "entity/municipality/gm0193.html",
    "entity/municipality/gm0344.html",
    "entity/municipality/gm0505.html",
    "entity/municipality/gm0758.html",
    "entity/organisation/g40.html",
    "entity/person/anna-de-vries.html",
    "entity/person/jan-jansen.html",
    "entity/person/piet-pieters.html",
    "entity/programme/city-deal-impact-ondernemen.html",
    "entity/unit/pijler-economie-en-werk.html",
    "entity/unit/themagroep-smart-cities.html",
    "index.html",
    "network.html",
    "questions.html",
    "static/print.js",
    "static/style.css",
]


def _question_names() -> list[str]:
    from graph.query import load_questions

    return sorted(load_questions())


def _every_period_pages() -> list[str]:
    """A question that needs no value has a second page of its every period (round 48c: the first shows the
    state on the copy's day)."""
    from graph.query import load_questions

    return sorted(f"questions/{name}/all.html" for name, question in load_questions().items()
                  if not [p for p in question.parameters if p.required and p.default is None])


def _build(sources: Path, graph: Path) -> Path:
    from graph.pipeline import build_graph

    build_graph([sources], graph)
    return graph


@pytest.fixture(scope="module")
def site_graph(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("site")
    shutil.copytree(FIXTURE, where / "docs")
    return _build(where / "docs", where / "kg")


@pytest.fixture(scope="module")
def site(site_graph, tmp_path_factory) -> Path:
    """One export of the fixture graph (read-only for tests)."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("out") / "verkenner"
    result = CliRunner().invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    return out


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


class Links(HTMLParser):
    """Every ``href`` and ``src`` of a page."""

    def __init__(self, html: str):
        super().__init__()
        self.targets: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.targets += [value for name, value in attrs if name in ("href", "src", "action") and value is not None]


def _cities_taking_part_in_nothing(site: Path) -> list[str]:
    """The pages of the G40 cities the question g40-cities-not-taking-part lists (round 38q): reachable
    from its page, so in the copy, though the documents name none of them."""
    html = (site / "questions" / "g40-cities-not-taking-part.html").read_text(encoding="utf-8")
    return sorted(set(re.findall(r'href="\.\./(entity/municipality/gm[0-9]+\.html)"', html)) - set(FILES))


def test_the_copy_holds_exactly_the_reachable_pages(site, site_graph, runner, tmp_path):
    expected = sorted(FILES + [f"questions/{name}.html" for name in _question_names()] + _every_period_pages()
                      + _cities_taking_part_in_nothing(site))
    assert _files(site) == expected
    # the command says where and how many pages (stderr: stdout stays empty, as for every -o)
    out = tmp_path / "kopie"
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    pages = len(expected) - 3  # the marker, the stylesheet and print.js are no pages
    assert (result.exit_code, result.stdout) == (0, ""), result.output + result.stderr
    assert result.stderr == (f"Geschreven: {out} ({pages} pagina's); open {out}/index.html in een browser.\n"
                             "De documentpagina's tonen de hele tekst van elk document (met wat die over personen "
                             "zegt); voor een publicatie buiten de organisatie: --no-document-text (alleen de "
                             "bewijszinnen).\n")


def test_every_link_of_every_page_leads_to_a_file_of_the_copy(site):
    checked = 0
    for page in site.rglob("*.html"):
        for target in Links(page.read_text(encoding="utf-8")).targets:
            if target.startswith(("#", "data:")):
                continue
            assert not target.startswith(("/", "http:", "https:", "//")) or (
                page.name.endswith(".html") and target.startswith("https://identifier.overheid.nl/")), (page, target)
            if target.startswith("https://"):  # a municipality's TOOI identifier: a link out, nothing loaded
                continue
            path = target.split("#", 1)[0]
            assert "?" not in path, (page, target)
            assert (page.parent / path).resolve().is_file(), f"{page.relative_to(site)} links to missing {target}"
            checked += 1
    assert checked > 100


def test_nothing_is_loaded_from_elsewhere(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for target in Links(html).targets:
            assert not target.startswith(("http://", "https://", "//")) or 'href="' + target in html
        assert '<script src="http' not in html and "@import" not in html


def test_what_documents_say_is_escaped(site):
    document = (site / "document" / "verslag-stedentop.html").read_text(encoding="utf-8")
    assert "<h1>Verslag Stedentop &lt;script&gt;alert(1)&lt;/script&gt;</h1>" in document
    assert "Wij werken &lt;script&gt;alert(2)&lt;/script&gt; samen met" in document
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "</script>alert" not in html, page
    network = (site / "network.html").read_text(encoding="utf-8")
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in network


def test_pages_that_need_a_server_are_left_out_with_one_sentence(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "search" not in Links(home).targets and "<form" not in home
    assert ("Een statische kopie van de verkenner: zoeken, SPARQL en vragen met eigen waarden werken alleen met "
            "&#39;g40kg serve&#39;. Graaf gebouwd op ") in home
    asked = (site / "questions" / "who-is-who.html").read_text(encoding="utf-8")
    assert "<form" not in asked and "Deze vraag met eigen waarden stellen kan alleen met &#39;g40kg serve&#39;." in asked
    assert '<table class="results">' not in asked  # a person is needed: no answer without one
    matrix = (site / "questions" / "collaborations-matrix.html").read_text(encoding="utf-8")
    assert '<table class="results">' in matrix and "../entity/ministry/mnre1045.html" in matrix


def test_links_are_relative_to_each_page(site):
    entity = Links((site / "entity" / "person" / "jan-jansen.html").read_text(encoding="utf-8")).targets
    assert "../../static/style.css" in entity and "../../index.html" in entity
    assert "../unit/pijler-economie-en-werk.html" in entity
    assert "../../document/verslag-stedentop.html" in entity  # the quote's document, without a server's marking
    documents = Links((site / "documents.html").read_text(encoding="utf-8")).targets
    assert "document/nieuws-themagroep-5b2077.html" in documents and "static/style.css" in documents


def test_an_earlier_file_name_gets_a_page_only_where_the_copy_replaced_had_one(site, site_graph, runner, tmp_path):
    # walkthrough 28, finding 14: a first export had a "_nieuws-_themagroep.html" beside every page of an id with capitals
    assert not (site / "document" / "_nieuws-_themagroep.html").exists()
    out = tmp_path / "kopie"
    shutil.copytree(site, out)
    (out / "document" / "_nieuws-_themagroep.html").write_text("een pagina van een kopie van vóór ronde 47",
                                                                 encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    earlier = (out / "document" / "_nieuws-_themagroep.html").read_text(encoding="utf-8")  # an earlier copy's link
    assert '<meta http-equiv="refresh" content="0; url=nieuws-themagroep-5b2077.html">' in earlier


def test_two_exports_of_one_graph_are_the_same_bytes(site, site_graph, runner, tmp_path):
    again = tmp_path / "opnieuw"
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(again)])
    assert result.exit_code == 0, result.output + result.stderr
    assert _files(again) == _files(site)
    different = [name for name in _files(site) if (site / name).read_bytes() != (again / name).read_bytes()]
    assert different == []


def test_an_export_replaces_the_previous_copy_whole(site, site_graph, runner, tmp_path):
    out = tmp_path / "verkenner"
    shutil.copytree(site, out)
    (out / "entity" / "person" / "weg.html").write_text("oud", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert _files(out) == _files(site)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verkenner"]  # no staging or old folder left


def test_a_failing_page_leaves_the_previous_copy_as_it_was(site, site_graph, runner, tmp_path, monkeypatch):
    from graph.serve import explore_entity

    out = tmp_path / "verkenner"
    shutil.copytree(site, out)
    before = {name: (out / name).read_bytes() for name in _files(out)}

    def broken(dataset, iri):
        raise RuntimeError("kapot")

    monkeypatch.setattr(explore_entity, "entity", broken)
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Fout: pagina /entity/") and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.endswith(f"(RuntimeError: kapot); de vorige kopie in {out} blijft staan\n")
    assert {name: (out / name).read_bytes() for name in _files(out)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verkenner"]


@pytest.mark.parametrize("kind", ["file", "folder of other things"])
def test_a_target_that_is_no_copy_is_refused(site_graph, runner, tmp_path, kind):
    out = tmp_path / "doel"
    if kind == "file":
        out.write_text("mijn bestand", encoding="utf-8")
    else:
        out.mkdir()
        (out / "notities.txt").write_text("mijn notities", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"Fout: {out} bestaat al en is geen statische kopie van de verkenner; kies een nieuwe "
                             "of lege map\n")
    assert (out.read_text(encoding="utf-8") if kind == "file" else (out / "notities.txt").read_text(encoding="utf-8"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doel"]


def test_site_needs_a_folder_and_other_formats_a_file(site_graph, runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site"])
    assert (result.exit_code, result.stderr) == (2, "Fout: --format site schrijft een map: geef die met -o MAP\n")
    result = runner.invoke(cli, ["--graph", str(site_graph), "--lang", "en", "export", "-o", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (2, f"Error: cannot write {tmp_path} (Is a directory)\n")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "geen"), "export", "--format", "site", "-o",
                                 str(tmp_path / "uit")])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "uit").exists()


def test_the_copy_speaks_english_with_lang_en(site_graph, runner, tmp_path):
    out = tmp_path / "explorer"
    result = runner.invoke(cli, ["--graph", str(site_graph), "--lang", "en", "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert result.stderr.startswith(f"Wrote: {out} (") and result.stderr.endswith(
        f" pages); open {out}/index.html in a browser.\nThe document pages show the whole text of every document "
        "(with what it says about people); to publish outside the organisation: --no-document-text (the evidence "
        "sentences only).\n")
    home = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in home and ">Documents</a>" in home
    assert "A static copy of the explorer: search, SPARQL and questions with values of your own need" in home
    assert "Graph built on" in home


def test_file_names_are_the_same_on_every_system():
    from graph.serve.site import file_name, page_file

    names = ["Verslag", "verslag", "VERSLAG", "con", "Con", "nul.2024", "a.", "x_y"]
    files = [file_name(name) for name in names]
    # lower-case slugs (walkthrough 47, finding 16); a name that was not one already gets a hash of itself
    assert files == ["verslag-88b959", "verslag", "verslag-f2088b", "con-1143da", "con-3b6f52", "nul.2024-536c41",
                     "a-5ab640", "x-y-f9068e"]
    assert all(f == f.lower() and "_" not in f for f in files)
    assert len({f.lower() for f in files}) == len(files)  # no two collide where case does not count
    assert all(not set(f) & set(':?*<>|"\\') for f in files)
    assert page_file("/entity/person/jan-jansen.json") is None and page_file("/entity/person/../x") is None


# --------------------------------------------------------------------------- old document ids


def _client(graph: Path) -> TestClient:
    from graph.serve import LiveGraph, ServeConfig, create_app

    return TestClient(create_app(LiveGraph.open(graph), ServeConfig()), follow_redirects=False)


@pytest.fixture(scope="module")
def renamed_graph(tmp_path_factory) -> Path:
    """The fixture documents built, then built again with one file renamed."""
    where = tmp_path_factory.mktemp("renamed")
    shutil.copytree(FIXTURE, where / "docs")
    _build(where / "docs", where / "kg")
    (where / "docs" / "verslag-stedentop.md").rename(where / "docs" / "stedentop-juni.md")
    return _build(where / "docs", where / "kg")


def test_the_manifest_remembers_the_old_id(renamed_graph):
    from graph.store import read_manifest

    assert read_manifest(renamed_graph)["renamed"] == {"verslag-stedentop": "stedentop-juni"}


def test_an_old_document_id_redirects_to_the_new_page(renamed_graph):
    with _client(renamed_graph) as client:
        response = client.get("/document/verslag-stedentop?start=3&end=9")
        assert response.status_code == 301
        assert response.headers["location"] == "/document/stedentop-juni?start=3&end=9"
        assert client.get("/document/verslag-stedentop.json").headers["location"] == "/document/stedentop-juni.json"
        page = client.get(response.headers["location"])
        assert page.status_code == 200 and "<h1>Verslag Stedentop &lt;script&gt;" in page.text


def test_an_id_no_document_ever_had_is_a_404_page(renamed_graph):
    with _client(renamed_graph) as client:
        response = client.get("/document/nooit-bestaan")
        assert response.status_code == 404
        assert "Deze pagina bestaat niet in de graaf." in response.text and 'id="back-home"' in response.text
        assert client.get("/document/nooit-bestaan.json").json() == {
            "error": "Deze pagina bestaat niet in de graaf.", "status": 404}


def test_an_old_id_that_is_a_document_again_is_not_redirected(renamed_graph, tmp_path):
    from graph.store import read_manifest

    docs, graph = tmp_path / "docs", tmp_path / "kg"
    shutil.copytree(renamed_graph.parent / "docs", docs)
    shutil.copytree(renamed_graph, graph)
    (docs / "verslag-stedentop.md").write_text("# Nieuw verslag\n\nBreda werkt samen met EZK.\n", encoding="utf-8")
    _build(docs, graph)
    assert read_manifest(graph)["renamed"] == {}
    with _client(graph) as client:
        response = client.get("/document/verslag-stedentop")
        assert response.status_code == 200 and "<h1>Nieuw verslag</h1>" in response.text


def test_the_remembered_renames_are_bounded_and_follow_chains(monkeypatch):
    from graph import document_changes

    monkeypatch.setattr(document_changes, "RENAMES_KEPT", 2)
    kept = document_changes.renamed_ids({"a": "b", "c": "d"}, [{"from": "b", "to": "e"}, {"from": "f", "to": "g"}],
                                        {"d", "e", "g"})
    assert kept == {"b": "e", "f": "g"}  # the oldest ("a" → "e", "c" → "d") make room for the newest
    assert document_changes.renamed_ids(None, [], set()) == {}


def test_a_copy_sends_an_old_document_name_on_to_the_new_page(renamed_graph, runner, tmp_path):
    out = tmp_path / "verkenner"
    result = runner.invoke(cli, ["--graph", str(renamed_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert (out / "document" / "verslag-stedentop.html").read_text(encoding="utf-8") == (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="refresh" content="0; url=stedentop-juni.html">\n'
        '<title>Dit document heeft een nieuwe naam</title>\n</head>\n<body>\n'
        '<p>Dit document heeft een nieuwe naam: <a href="stedentop-juni.html">stedentop-juni.html</a></p>\n'
        '</body>\n</html>\n')
    assert "<h1>Verslag Stedentop &lt;script&gt;" in (out / "document" / "stedentop-juni.html").read_text(encoding="utf-8")
    pages = len(FILES) + len(_question_names()) + len(_every_period_pages()) + len(_cities_taking_part_in_nothing(out)) - 3  # as before the rename (the marker, style.css and print.js are no pages)
    assert f"({pages} pagina's)" in result.stderr


def test_an_endpoint_has_no_static_copy(runner, tmp_path):
    result = runner.invoke(cli, ["--endpoint", "http://127.0.0.1:9/sparql", "export", "--format", "site", "-o",
                                 str(tmp_path / "uit")])
    assert (result.exit_code, result.stderr) == (
        2, "Fout: --format site maakt de kopie van een lokale graaf, niet van --endpoint\n")


def test_an_interrupted_export_leaves_the_previous_copy(site, site_graph, runner, tmp_path, monkeypatch):
    from graph.serve import explore_entity

    out = tmp_path / "verkenner"
    shutil.copytree(site, out)
    before = {name: (out / name).read_bytes() for name in _files(out)}

    def interrupted(dataset, iri):
        raise KeyboardInterrupt

    monkeypatch.setattr(explore_entity, "entity", interrupted)
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert (result.exit_code, result.stderr) == (130, "Afgebroken\n"), result.output
    assert {name: (out / name).read_bytes() for name in _files(out)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verkenner"]


def test_a_document_whose_file_is_gone_says_so_in_the_copy(runner, tmp_path):
    shutil.copytree(FIXTURE, tmp_path / "docs")
    graph = _build(tmp_path / "docs", tmp_path / "kg")
    (tmp_path / "docs" / "verslag-stedentop.md").unlink()
    out = tmp_path / "verkenner"
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    page = (out / "document" / "verslag-stedentop.html").read_text(encoding="utf-8")
    assert ('<p class="warning">De tekst van dit document was niet te vinden toen deze kopie werd gemaakt.</p>'
            in page)


def test_a_question_whose_answer_fails_shows_its_error_in_the_copy(site_graph, runner, tmp_path, monkeypatch, caplog):
    from graph.errors import QueryTimeout
    from graph.serve import questions

    def too_slow(*args, **kwargs):
        raise QueryTimeout("de vraag duurde langer dan 60 s")

    monkeypatch.setattr(questions, "answer", too_slow)
    out = tmp_path / "verkenner"
    result = runner.invoke(cli, ["--graph", str(site_graph), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "/questions/collaborations-matrix: het antwoord van de vraag mislukte; de pagina toont de fout" in (
        caplog.messages)  # a warning on stderr
    page = (out / "questions" / "collaborations-matrix.html").read_text(encoding="utf-8")
    assert '<p class="error">de vraag duurde langer dan 60 s</p>' in page


def test_the_network_page_notes_no_clock_time(site):
    # a page generated at another minute would make two exports of one graph differ
    assert re.search(r'"generated": ?"\d', (site / "network.html").read_text(encoding="utf-8")) is None
