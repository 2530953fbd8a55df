"""Walkthrough 10: the data steward's unattended nightly run — one document must never silently
replace another, a copy must not count twice, and a year's chair is not chair for ever."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.errors import InputError
from graph.ingest import read_corpus
from tests.documents import warning_lines

BREDA = "Breda neemt deel aan de City Deal Kennis Maken.\n"
TILBURG = "Tilburg neemt deel aan de City Deal Kennis Maken.\n"


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------- 1, 2: ids that make one IRI


@pytest.mark.parametrize("first, second", [
    ("overleg-café.md", "overleg-cafè.txt"),             # accents
    ("Notulen overleg 2026.md", "notulen-overleg-2026.txt"),  # case and spaces
    ("verslag v1.2.txt", "verslag-v1-2.md"),             # marks
])
def test_file_names_that_make_the_same_nodes_are_refused_naming_both(tmp_path, first, second):
    _write(tmp_path / "a", first, BREDA)
    _write(tmp_path / "b", second, TILBURG)
    with pytest.raises(InputError) as raised:
        read_corpus([tmp_path])
    assert str(raised.value) == (
        f"{tmp_path / 'b' / second}: document-id {second.rsplit('.', 1)[0]!r} valt samen met "
        f"{first.rsplit('.', 1)[0]!r} ({tmp_path / 'a' / first}): ids die alleen in hoofdletters, accenten, spaties "
        "of leestekens verschillen, geven dezelfde knopen in de graaf; hernoem een van beide bestanden")


def test_the_build_stops_with_one_line_and_keeps_the_previous_graph(runner, tmp_path):
    _write(tmp_path / "docs", "overleg-café.md", BREDA)
    graph = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(tmp_path / "docs")]).exit_code == 0
    before = (graph / "graph.nq").read_bytes()
    _write(tmp_path / "docs", "overleg-cafè.txt", TILBURG)
    result = runner.invoke(cli, ["--graph", str(graph), "--lang", "en", "build", str(tmp_path / "docs")])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "collides with" in result.stderr and "'overleg-cafè'" in result.stderr and "'overleg-café'" in result.stderr
    assert (graph / "graph.nq").read_bytes() == before


# ----------------------------------------------------------------------------- 3: a copy under another name


def test_a_copy_under_another_name_counts_once_and_is_named(runner, tmp_path):
    docs = tmp_path / "docs"
    for name in ("brief-szw.txt", "brief-szw-kopie.txt", "brief-szw (1).txt"):
        _write(docs, name, BREDA)
    _write(docs, "ander.txt", TILBURG)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 2
    assert ("2 kopieën overgeslagen (dezelfde inhoud en datum als een ander document): brief-szw (1) (= brief-szw), "
            "brief-szw-kopie (= brief-szw)") in warning_lines(summary)
    members = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "ask", "g40-cities-programmes", "--format", "json"])
    assert {(row["cityLabel"], row["documents"]) for row in json.loads(members.stdout)["rows"]} == {
        ("Breda", 1), ("Tilburg", 1)}


def test_the_same_text_with_another_date_is_another_document(tmp_path):
    for name, date in (("agenda-maart", "2024-03-01"), ("agenda-april", "2024-04-01")):
        _write(tmp_path, f"{name}.txt", BREDA)
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    documents, warnings = read_corpus([tmp_path])
    assert [d.id for d in documents] == ["agenda-april", "agenda-maart"]
    assert not [w for w in warnings if "kopie" in w]


# ----------------------------------------------------------------------------- W2: a year's chair


def test_a_pijler_chaired_in_a_year_is_chaired_that_year_only(runner, tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "jaarverslag.txt", "In 2025 werd de Pijler Fysiek voorgezeten door Karin Mulder, wethouder van "
                                    "Leeuwarden.\n")
    (docs / "jaarverslag.meta.json").write_text(json.dumps({"date": "2026-03-15"}), encoding="utf-8")
    graph = ["--graph", str(tmp_path / "kg")]
    assert runner.invoke(cli, [*graph, "build", str(docs)]).exit_code == 0
    facts = [json.loads(line) for line in runner.invoke(cli, [*graph, "export"]).stdout.splitlines()]
    chair = [f for f in facts if f.get("role") == "voorzitter"]
    assert [(f["valid_from"], f["valid_until"]) for f in chair] == [("2025-01-01", "2025-12-31")]
    later = runner.invoke(cli, [*graph, "ask", "unit-role-timeline", "-p", "unit=Pijler Fysiek", "--at", "2027-06-01",
                                "--format", "json"])
    assert json.loads(later.stdout)["rows"] == []


# ----------------------------------------------------------------------------- 7, 13: what changed, for scripts


def test_a_first_build_lists_every_document_as_new(runner, tmp_path):
    _write(tmp_path / "docs", "a.txt", BREDA)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "docs"), "--format", "json"])
    summary = json.loads(result.stdout)
    assert summary["first_build"] is True
    assert summary["changes"] == {"new": ["a"], "changed": [], "removed": [], "renamed": []}


def test_a_renamed_file_is_reported_as_renamed_not_as_lost(runner, tmp_path):
    docs, graph = tmp_path / "docs", ["--graph", str(tmp_path / "kg")]
    _write(docs, "verslag.txt", BREDA)
    _write(docs, "ander.txt", TILBURG)
    assert runner.invoke(cli, [*graph, "build", str(docs)]).exit_code == 0
    (docs / "verslag.txt").rename(docs / "verslag-2024.txt")
    result = runner.invoke(cli, [*graph, "build", str(docs), "--format", "json"])
    summary = json.loads(result.stdout)
    assert summary["first_build"] is False
    assert summary["changes"] == {"new": [], "changed": [], "removed": [],
                                  "renamed": [{"from": "verslag", "to": "verslag-2024"}]}
    assert summary["removed"] == ["verslag"]  # the id is gone from the graph
    (docs / "verslag-2024.txt").rename(docs / "verslag-def.txt")
    text = runner.invoke(cli, [*graph, "build", str(docs)])
    assert "Sinds de vorige bouw: 1 hernoemd (verslag-2024 → verslag-def)." in text.stdout
    assert "uit de vorige graaf verwijderd" not in text.stdout


def test_the_graph_keeps_the_last_builds_warnings_for_the_morning_after(runner, tmp_path):
    _write(tmp_path / "docs", "a.txt", BREDA)
    _write(tmp_path / "docs", "a-kopie.txt", BREDA)
    (tmp_path / "docs" / "leeg.txt").write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "docs"), "--format", "json"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["warnings"] == warning_lines(json.loads(result.stdout))
    assert len(manifest["warnings"]) == 3  # the empty file, the copy, the undated document


# ----------------------------------------------------------------------------- 15: search says when nothing fits


def test_search_says_when_its_hits_only_resemble_the_text(runner, tmp_path):
    _write(tmp_path / "docs", "a.txt", "Wethouder Anna de Wit van Breda werkt samen met het ministerie van BZK.\n")
    graph = ["--graph", str(tmp_path / "kg")]
    assert runner.invoke(cli, [*graph, "build", str(tmp_path / "docs")]).exit_code == 0
    alike = runner.invoke(cli, [*graph, "search", "Klaassen"]).stdout.splitlines()
    assert alike[0] == "Niets gevonden met precies 'Klaassen'; wat er het meest op lijkt:"
    assert runner.invoke(cli, [*graph, "search", "de wit"]).stdout.splitlines()[2].startswith("Anna de Wit ")
    assert runner.invoke(cli, [*graph, "search", "de wit"]).stdout.startswith("naam ")
    hits = json.loads(runner.invoke(cli, [*graph, "search", "Klaassen", "--format", "json"]).stdout)["rows"]
    assert hits and all(hit["score"] < 0.85 for hit in hits)  # scripts get the scores, no sentence


# ----------------------------------------------------------------------------- W6: a report on a year


def test_a_years_report_published_later_holds_its_facts_over_that_year(runner, tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "jaarverslag-pijler-fysiek-2025.txt", "Jaarverslag 2025 Pijler Fysiek\n15 maart 2026\n\n"
                                                      "Apeldoorn en Zwolle namen deel aan de City Deal Kennis Maken.\n")
    _write(docs, "nieuws.txt", "Nieuws\n16 maart 2026\n\nBreda neemt deel aan de City Deal Kennis Maken.\n")
    graph = ["--graph", str(tmp_path / "kg")]
    assert runner.invoke(cli, [*graph, "build", str(docs)]).exit_code == 0
    asked = runner.invoke(cli, [*graph, "ask", "g40-cities-programmes", "--at", "2025-06-01", "--format", "json"])
    assert [row["cityLabel"] for row in json.loads(asked.stdout)["rows"]] == ["Apeldoorn", "Zwolle"]
    facts = [json.loads(line) for line in runner.invoke(cli, [*graph, "export"]).stdout.splitlines()]
    assert {(f["document"], f["date"], f["valid_from"], f["valid_until"]) for f in facts
            if f["predicate"] == "participatesIn"} == {
        # the year it reports on: "namen deel" is the plain past of a report published after its year,
        # which held in that year, not up to the day it appeared (round 41t, walkthrough 15 finding 25)
        ("jaarverslag-pijler-fysiek-2025", "2026-03-15", "2025-01-01", "2025-12-31"),
        ("nieuws", "2026-03-16", "2026-03-16", None)}  # the day it was known, no end


# ----------------------------------------------------------------------------- 10: behind a reverse proxy


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    """The explorer of a small graph as ``serve --allowed-host intranet.g40.local --root-path /g40`` makes it."""
    import warnings

    from click.testing import CliRunner

    from graph.serve import ServeConfig, create_app
    from graph.store import open_dataset, read_manifest

    with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    where = tmp_path_factory.mktemp("proxied")
    _write(where / "docs", "a.txt", "Wethouder Anna de Wit van Breda werkt samen met het ministerie van BZK.\n")
    assert CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(where / "docs")]).exit_code == 0
    app = create_app(open_dataset(where / "kg"), ServeConfig(manifest=read_manifest(where / "kg"), root_path="/g40",
                                                             hosts=("127.0.0.1", "intranet.g40.local")))
    with TestClient(app, base_url="http://intranet.g40.local") as client:
        yield client


@pytest.mark.parametrize("path", ["/search?q=Breda", "/g40/search?q=Breda"])  # the proxy strips its prefix, or not
def test_behind_a_proxy_every_link_begins_with_its_path(proxied, path):
    import re

    page = proxied.get(path)
    assert page.status_code == 200
    targets = re.findall(r'(?:href|src|action)="([^"]+)"', page.text)
    local = [t for t in targets if t.startswith("/")]
    assert local and all(t.startswith("/g40/") for t in local), local
    assert 'href="/g40/static/style.css"' in page.text and 'action="/g40/search"' in page.text
    assert 'href="/g40/search.json?q=Breda"' in page.text


@pytest.mark.parametrize("path", ["/questions/entity-facts", "/g40/questions/entity-facts?entity=Breda&run=1",
                                  "/questions/entity-facts?entity=Breda&run=1&lang=en"])
def test_behind_a_proxy_the_question_form_is_sent_to_its_path(proxied, path):
    """Round 44r (found by 44z): the form's action was "/questions/…" under ``--root-path /g40`` too, so
    asking a question behind the proxy left the explorer."""
    import re

    page = proxied.get(path)
    assert page.status_code == 200, page.text
    assert 'action="/g40/questions/entity-facts#resultaat"' in page.text
    local = [t for t in re.findall(r'(?:href|src|action)="([^"]+)"', page.text) if t.startswith("/")]
    assert local and all(t.startswith("/g40/") for t in local), local


def test_the_proxys_name_is_answered_and_others_are_not(proxied):
    assert proxied.get("/", headers={"Host": "intranet.g40.local"}).status_code == 200
    assert proxied.get("/", headers={"Host": "rebind.attacker.example"}).status_code == 400


def test_a_root_path_is_a_path(runner):
    result = runner.invoke(cli, ["serve", "--root-path", "g40", "--get", "/"])
    assert result.exit_code == 2
    assert "'g40' is geen pad (het begint met /, zoals /g40)" in result.stderr


# ----------------------------------------------------------------------------- 8: what changed since last night


def test_diff_names_the_facts_that_came_and_went(runner, tmp_path):
    docs, graph = tmp_path / "docs", ["--graph", str(tmp_path / "kg")]
    _write(docs, "a.txt", BREDA)
    _write(docs, "b.txt", "Leeuwarden neemt deel aan de City Deal Kennis Maken.\n")
    assert runner.invoke(cli, [*graph, "build", str(docs)]).exit_code == 0
    (tmp_path / "gisteren.jsonl").write_text(runner.invoke(cli, [*graph, "export"]).stdout, encoding="utf-8")
    _write(docs, "c.txt", TILBURG + BREDA)  # Breda's fact again: no change
    (docs / "b.txt").unlink()
    assert runner.invoke(cli, [*graph, "build", str(docs)]).exit_code == 0
    table = runner.invoke(cli, [*graph, "diff", str(tmp_path / "gisteren.jsonl")]).stdout.splitlines()
    assert table[0] == f"1 feit erbij, 1 feit eraf ({tmp_path / 'gisteren.jsonl'} → {tmp_path / 'kg'})"
    assert [line.split()[:6] for line in table[3:]] == [["+", "erbij", "Tilburg", "neemt", "deel", "aan"],
                                                         ["-", "eraf", "Leeuwarden", "neemt", "deel", "aan"]]
    changes = json.loads(runner.invoke(cli, [*graph, "diff", str(tmp_path / "gisteren.jsonl"), str(tmp_path / "kg"),
                                             "--format", "json"]).stdout)
    assert [(row["subject"], row["document"]) for row in changes["added"]] == [("Tilburg", "c")]
    assert [(row["subject"], row["document"]) for row in changes["removed"]] == [("Leeuwarden", "b")]


def test_diff_of_something_that_is_no_facts_file_says_so(runner, tmp_path):
    (tmp_path / "x.jsonl").write_text("geen json\n", encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(tmp_path / "x.jsonl"), str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Fout: {tmp_path / 'x.jsonl'}: regel 1 is geen feit uit 'g40kg export' (Expecting value)"


# ----------------------------------------------------------------------------- 4: one file must not stop the night


def test_keep_going_leaves_the_newcomer_out_and_builds_the_rest(runner, tmp_path):
    docs, graph = tmp_path / "docs", ["--graph", str(tmp_path / "kg")]
    _write(docs, "notulen.txt", BREDA)
    assert runner.invoke(cli, [*graph, "build", str(docs)]).exit_code == 0
    # the same id and another text (two alike texts of one name in one folder are one document: round 47v)
    _write(docs, "notulen.md", "Het college van Leeuwarden besluit over de begroting van het volgende jaar.\n")
    _write(docs, "nieuws.txt", TILBURG)
    stopped = runner.invoke(cli, [*graph, "build", str(docs)])
    assert stopped.exit_code == 2 and "wordt ook gebruikt door" in stopped.stderr
    result = runner.invoke(cli, [*graph, "build", str(docs), "--keep-going", "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (f"{docs / 'notulen.md'} overgeslagen (--keep-going): document-id valt samen met {docs / 'notulen.txt'}, "
            "dat blijft (het stond in de vorige bouw)") in warning_lines(summary)
    assert summary["changes"]["new"] == ["nieuws"] and summary["changes"]["removed"] == []
    cities = runner.invoke(cli, [*graph, "ask", "g40-cities-programmes", "--format", "json"])
    assert [row["cityLabel"] for row in json.loads(cities.stdout)["rows"]] == ["Breda", "Tilburg"]


# ----------------------------------------------------------------------------- a name ends before an adverb or a verb


@pytest.mark.parametrize("text, programme", [
    ("Ook Emmen en Leeuwarden hebben hun deelname aan de City Deal Zon inmiddels bevestigd.", "City Deal Zon"),
    ("Ook Emmen en Leeuwarden hebben hun deelname aan de City Deal Zon bevestigd.", "City Deal Zon"),
    ("Ook Emmen en Leeuwarden hebben hun deelname aan de City Deal Circulaire stad bevestigd.",
     "City Deal Circulaire stad"),
])
def test_a_programme_name_ends_before_an_adverb_or_a_participle(text, programme):
    from tests.extract_facts import facts

    assert {(s, o) for s, p, o, _ in facts(text) if p == "participatesIn"} == {
        ("Emmen", programme), ("Leeuwarden", programme)}


@pytest.mark.parametrize("text, expected", [
    ("Helmond heeft zijn deelname aan de City Deal Circulaire stad bevestigd.", {("Helmond", "City Deal Circulaire stad")}),
    ("De provincie Gelderland bevestigt haar deelname aan de Regio Deal Noord-Veluwe.",
     {("Gelderland", "Regio Deal Noord-Veluwe")}),
    ("Tilburg verlengt haar deelname aan de City Deal Circulaire stad.", {("Tilburg", "City Deal Circulaire stad")}),
    ("Wethouder Anna Kok van Helmond bevestigt haar deelname aan de City Deal Circulaire stad.", set()),  # hers
    ("Helmond heroverweegt zijn deelname aan de City Deal Circulaire stad.", set()),  # not confirmed
])
def test_one_body_confirms_its_own_taking_part(text, expected):
    from tests.extract_facts import facts

    assert {(s, o) for s, p, o, _ in facts(text) if p == "participatesIn"} == expected


@pytest.mark.parametrize("text, leads", [
    ("Dordrecht en Emmen zijn trekker van de Themagroep Wonen.", {"Dordrecht", "Emmen"}),
    ("Dordrecht, Emmen en Zwolle zijn penvoerders van de Themagroep Wonen.", {"Dordrecht", "Emmen", "Zwolle"}),
])
def test_listed_subjects_of_a_plural_copula_each_lead(text, leads):
    from tests.extract_facts import facts

    assert {o for s, p, o, _ in facts(text) if p == "ledBy"} == leads


def test_a_list_in_another_clause_leads_nothing():
    from tests.extract_facts import facts

    found = facts("Breda en Tilburg werken samen; Emmen is trekker van de Themagroep Wonen.")
    assert not {o for s, p, o, _ in found if p == "ledBy"} & {"Breda", "Tilburg"}, found
