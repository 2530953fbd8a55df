"""Walkthrough 8 (round 33e): the CSV export in a spreadsheet, named-question values, build summaries
and a very large document.

The graph of the export tests is built from one invented document whose sentences begin with a
formula, as a document a user builds could ("=HYPERLINK(…) De gemeente Tilburg …").
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from graph.cli import cli
from tests.documents import without_meta

FORMULA_DOCUMENT = (
    '=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg werkt samen met het ministerie van OCW.\n\n'
    "  @SUM(A1) De gemeente Zwolle werkt samen met het ministerie van BZK aan de City Deal Kennis Maken.\n"
)
HYPERLINK = '=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg werkt samen met het ministerie van OCW.'


@pytest.fixture(scope="module")
def formula_graph(tmp_path_factory):
    """A graph of the one document whose sentences begin with a formula."""
    from graph.pipeline import build_graph

    folder = tmp_path_factory.mktemp("formula")
    (folder / "docs").mkdir()
    (folder / "docs" / "formule.txt").write_text(FORMULA_DOCUMENT, encoding="utf-8")
    build_graph([folder / "docs"], folder / "kg")
    return folder / "kg"


def _export(runner, graph, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "export", *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result


# ----------------------------------------------------------------------------- S5: formulas in CSV


def test_the_csv_export_keeps_a_sentence_that_begins_with_a_formula_as_text(runner, formula_graph):
    rows = list(csv.DictReader(io.StringIO(_export(runner, formula_graph, "--format", "csv").stdout)))
    evidence = {row["evidence"] for row in rows if row["predicate"] != "mentions"}
    assert evidence == {"'" + HYPERLINK,
                        "'@SUM(A1) De gemeente Zwolle werkt samen met het ministerie van BZK aan de City Deal "
                        "Kennis Maken."}, rows


def test_the_facts_export_for_scripts_keeps_the_sentence_as_the_document_has_it(runner, formula_graph):
    rows = [json.loads(line) for line in _export(runner, formula_graph, "--format", "facts").stdout.splitlines()]
    assert HYPERLINK in {row["evidence"] for row in rows}, rows


# ----------------------------------------------------------------------------- U3: CSV for a Dutch Excel


def test_export_excel_writes_semicolons_and_a_byte_order_mark_to_the_file(runner, formula_graph, tmp_path):
    out = tmp_path / "feiten.csv"
    _export(runner, formula_graph, "--format", "csv", "--excel", "-o", str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdocument;subject;subject_type;subject_iri;predicate;"), data[:80]
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    plain = list(csv.DictReader(io.StringIO(_export(runner, formula_graph, "--format", "csv").stdout)))
    assert rows == plain


def test_plain_csv_stays_comma_separated_without_a_byte_order_mark(runner, formula_graph):
    text = _export(runner, formula_graph, "--format", "csv").stdout
    assert text.startswith("document,subject,subject_type,") and "\r" not in text, text[:80]


@pytest.mark.parametrize("lang, message", [
    ("nl", "Fout: --excel hoort bij --format csv, niet bij --format facts"),
    ("en", "Error: --excel goes with --format csv, not with --format facts"),
])
def test_excel_without_csv_is_a_usage_error(runner, formula_graph, lang, message):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(formula_graph), "export", "--format", "facts", "--excel"])
    assert result.exit_code == 2 and result.stderr.strip().endswith(message), result.stderr
    assert result.stdout == ""


def test_excel_without_a_format_is_the_csv_for_excel(runner, formula_graph):
    """Round 45y: ``--excel`` alone asks for the one format it goes with (it was a usage error)."""
    result = _export(runner, formula_graph, "--excel")
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfdocument;subject;"), result.stdout_bytes[:40]


# ----------------------------------------------------------------------------- U9: a value a question does not know


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    from fixture_graph import small_graph_dir

    return small_graph_dir(tmp_path_factory.mktemp("small"))


def _ask(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--lang", lang, "--graph", str(graph), "ask", "g40-cities-programmes", *args,
                               "--format", "json"])


@pytest.mark.parametrize("written", ["City Deal", "CityDeal", "city-deal", "CITYDEAL"])
def test_a_programme_kind_written_as_people_write_it_is_the_kind(runner, small_graph, written):
    exact = _ask(runner, small_graph, "-p", "kind=citydeal")
    variant = _ask(runner, small_graph, "-p", f"kind={written}")
    assert variant.exit_code == 0, variant.output + variant.stderr
    assert [row["cityLabel"] for row in json.loads(variant.stdout)["rows"]] == ["Breda", "Zwolle"], variant.stdout
    assert without_meta(variant.stdout) == without_meta(exact.stdout)  # meta names the parameter as given


@pytest.mark.parametrize("lang, message", [
    ("nl", "Fout: parameter kind: 'City Dael' is geen van de waarden; kies uit agenda, campaign, citydeal, fund, "
           "greendeal, project, regiodeal, register, regulation, woondeal\n"),
    ("en", "Error: parameter kind: 'City Dael' is none of its values; choose from agenda, campaign, citydeal, fund, "
           "greendeal, project, regiodeal, register, regulation, woondeal\n"),
])
def test_an_unknown_programme_kind_names_the_kinds_there_are(runner, small_graph, lang, message):
    result = _ask(runner, small_graph, "-p", "kind=City Dael", lang=lang)
    # asked with --format json: the error is also one JSON object on stdout (round 35u, for scripts)
    error = {"error": message.split(": ", 1)[1].rstrip("\n"), "exit_code": 2, "code": "input"}
    assert (result.exit_code, json.loads(result.stdout), result.stderr) == (2, error, message)


def test_a_kind_the_graph_has_no_programme_of_is_an_empty_answer(runner, small_graph):
    result = _ask(runner, small_graph, "-p", "kind=Fund")
    assert result.exit_code == 0 and json.loads(result.stdout)["rows"] == [], result.output + result.stderr


def test_the_question_lists_every_kind_the_extraction_gives():
    from graph.extract.lexicon import load_lexicon
    from graph.extract.deals import _DEAL_KINDS
    from graph.questions import get_question

    kinds = {kind.kind for kind in load_lexicon().programme_kinds.values()} | set(_DEAL_KINDS.values())
    assert set(get_question("g40-cities-programmes").parameter("kind").values) == kinds


# ----------------------------------------------------------------------------- U7: build summaries that agree

CHAIR = "Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.\n"
SUPPRESSED = ("suppress:\n  - {subject: person/anna-jansen, predicate: hasRole, object: unit/pijler-sociaal, "
              "role: voorzitter, document: a}\n")


@pytest.fixture
def corpus_and_fixes(tmp_path):
    docs, fixes = tmp_path / "docs", tmp_path / "fixes"
    docs.mkdir()
    fixes.mkdir()
    (docs / "a.txt").write_text(CHAIR, encoding="utf-8")
    (docs / "b.txt").write_text("De gemeente Breda werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    (fixes / "c.yaml").write_text(SUPPRESSED, encoding="utf-8")
    return docs, fixes


def _lines_with(output: str, *starts: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(starts)]


def test_a_rebuild_with_nothing_changed_says_so_in_both_lines(runner, corpus_and_fixes, tmp_path):
    docs, fixes = corpus_and_fixes
    build = ["--graph", str(tmp_path / "kg"), "build", str(docs), "--curated", str(fixes)]
    first = runner.invoke(cli, build)
    again = runner.invoke(cli, build)
    assert _lines_with(first.stdout, "Sinds", "Controle") == ["Controle: in orde (alle 2 documenten gecontroleerd)."]
    assert _lines_with(again.stdout, "Sinds", "Controle") == [  # the correction is applied to a's graph again
        "Sinds de vorige bouw: geen document veranderd.",
        "Controle: in orde (1 van 2 documenten gecontroleerd: eerst de 1 die deze bouw opnieuw schreef "
        "(nieuwe, gewijzigde en die een correctie raakt); 'g40kg validate' of 'build --full-validation' controleert "
        "alles).",
    ], again.stdout


def test_a_rebuild_after_the_corrections_changed_says_that_they_did(runner, corpus_and_fixes, tmp_path):
    docs, fixes = corpus_and_fixes
    build = ["--graph", str(tmp_path / "kg"), "--lang", "en", "build", str(docs), "--curated", str(fixes)]
    runner.invoke(cli, build)
    (fixes / "c.yaml").write_text("suppress: []\n", encoding="utf-8")
    again = runner.invoke(cli, [*build, "--format", "json"])
    assert json.loads(again.stdout)["corrections_changed"] is True, again.stdout
    text = runner.invoke(cli, build)
    assert "Since the previous build: no document changed.\n" in text.stdout, text.stdout


def test_watch_names_the_corrections_it_watches_and_a_rebuild_they_caused(runner, corpus_and_fixes, tmp_path,
                                                                         monkeypatch):
    import graph.watch

    docs, fixes = corpus_and_fixes

    def correction_changed_then_ctrl_c(look, build, **options):
        (fixes / "c.yaml").write_text("suppress: []\n", encoding="utf-8")
        options["on_built"](build())
        raise KeyboardInterrupt

    monkeypatch.setattr(graph.watch, "watch", correction_changed_then_ctrl_c)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--curated", str(fixes),
                                 "--watch"])
    assert result.exit_code == 0, result.output
    assert f"\nBewaakt {docs} en de correcties in {fixes}: bouwt opnieuw" in result.stderr, result.stderr
    rebuilt = _lines_with(result.stdout.split("\n", 1)[1], *"0123456789")
    assert len(rebuilt) == 1 and rebuilt[0].endswith("; geen document veranderd, wel de correcties."), result.stdout


@pytest.mark.parametrize("lang, line", [
    ("nl", "Op de server verwijderd, want niet meer in de lokale graaf: 1 document (nieuws-smart-cities) en "
           "1 andere graaf (tenure).\n"),
    ("en", "Deleted on the server, as no longer in the local graph: 1 document (nieuws-smart-cities) and "
           "1 other graph (tenure).\n"),
])
def test_push_counts_the_removed_documents_apart_from_a_graph_they_left_empty(runner, small_graph, monkeypatch,
                                                                              lang, line):
    """The walkthrough's "2 grafen van verwijderde documenten": one document, and the derived tenure
    graph its removal emptied."""
    import graph.push
    from graph.vocab import TENURE_GRAPH, document_graph

    gone = [str(document_graph("nieuws-smart-cities")), str(TENURE_GRAPH)]
    monkeypatch.setattr(graph.push, "push", lambda *args, **options: graph.push.PushReport(
        "http://127.0.0.1:1/store", "graph-store", graphs=9, removed=2, removed_graphs=gone))
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(small_graph), "push", "--store-url",
                                 "http://127.0.0.1:1/store"])
    # a status line: on stderr since walkthrough 18 (finding 4)
    assert result.exit_code == 0 and result.stderr.endswith(line) and result.stdout == "", result.output
    as_json = runner.invoke(cli, ["--graph", str(small_graph), "push", "--store-url", "http://127.0.0.1:1/store",
                                  "--format", "json"])
    assert json.loads(as_json.stdout)["removed_documents"] == ["nieuws-smart-cities"], as_json.output


# ----------------------------------------------------------------------------- U2: a very large document


def test_a_mention_inside_a_programme_name_is_left_out_as_before():
    """``_outside`` bisects instead of comparing every mention with every name: the same mentions stay."""
    import random

    from graph.extract import _outside
    from graph.extract.model import Mention

    rng = random.Random(33)
    for _ in range(200):
        spans = [(start, start + rng.randint(1, 40)) for start in (rng.randint(0, 300) for _ in range(12))]
        names = [Mention(a, b, "n", "Programme", "programmes.citydeal", 1.0) for a, b in spans[:4]]
        mentions = [Mention(a, b, "m", "Province", "", 1.0) for a, b in spans[4:]]
        naive = [m for m in mentions if not any(n.start <= m.start and m.end <= n.end for n in names)]
        assert _outside(mentions, names) == naive, (names, mentions)
