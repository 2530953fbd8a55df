"""Walkthrough 17 (the G40 bureau's kennismanager), round 42d: correction files' warnings and
listing — duplicate rules (finding 11), a mistyped key in a suppression (13), a suppression's role
in ``g40kg curation`` (14), one form of the paths of a remembered corrections folder (18).
Fictional people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

DOCUMENT = "Tom Visser, wethouder van Amersfoort, is voorzitter van de Themagroep Smart Cities.\n"
FIRST = """suppress:
  - {subject: person/tom-visser, predicate: hasRole, object: municipality/gm0307, role: wethouder, reason: fout}
facts:
  - {subject: person/tom-visser, predicate: affiliatedWith, object: organisation/vng, note: gemeld}
"""
SECOND = """suppress:
  - {subject: person/tom-visser, predicate: hasRole, object: municipality/gm0307, role: wethouder, reason: nog eens}
  - {subject: person/tom-visser, predicate: hasRole, object: unit/themagroep-smart-citys, role: voorzitter}
facts:
  - {subject: person/tom-visser, predicate: affiliatedWith, object: organisation/vng}
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working directory with docs/, correcties/ (two files) and the graph folder kg."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a-2026-02-01.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "correcties").mkdir()
    (tmp_path / "correcties" / "2026-01.yaml").write_text(FIRST, encoding="utf-8")
    (tmp_path / "correcties" / "2026-02.yaml").write_text(SECOND, encoding="utf-8")
    return tmp_path


def build(runner, *args):
    """The build's stdout and stderr lines, stripped."""
    result = runner.invoke(cli, ["--graph", "kg", "build", "docs", *args])
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.stdout.splitlines() + result.stderr.splitlines()]


def test_duplicates_typos_and_roles(runner, project):
    lines = build(runner, "--curated", "correcties")
    assert "Correcties: 1 feit toegevoegd, 1 onderdrukt." in lines, lines
    warnings = lines[lines.index("3 waarschuwingen:") + 1:]
    assert warnings == [
        # 11: a repeated rule is applied once and named as a duplicate, not as stale
        "correcties/2026-02.yaml:2: dubbel met correcties/2026-01.yaml:2; één keer toegepast",
        "correcties/2026-02.yaml:5: dubbel met correcties/2026-01.yaml:4; één keer toegepast",
        # 13: a mistyped key gets the key meant, as a merge's does
        "correcties/2026-02.yaml:3: niets te onderdrukken voor person/tom-visser hasRole "
        "unit/themagroep-smart-citys (voorzitter): unit/themagroep-smart-citys (bedoelt u "
        "unit/themagroep-smart-cities, Themagroep Smart Cities?) staat niet in de graaf"], lines
    listed = json.loads(runner.invoke(cli, ["--graph", "kg", "curation", "--format", "json"]).stdout)
    assert [(r["ruleSource"], r["rule"], r["facts"], r["status"]) for r in listed["rows"]] == [
        # 14: a suppression shows its role
        ("correcties/2026-01.yaml:2", "person/tom-visser hasRole municipality/gm0307 (wethouder)", 1, "actief"),
        ("correcties/2026-02.yaml:3", "person/tom-visser hasRole unit/themagroep-smart-citys (voorzitter)", 0,
         "een entiteit van de regel staat niet (meer) in de graaf"),
        ("correcties/2026-01.yaml:4", "person/tom-visser affiliatedWith organisation/vng", 1, "actief"),
        ("correcties/2026-02.yaml:2", "person/tom-visser hasRole municipality/gm0307 (wethouder)", 0,
         "dubbel met correcties/2026-01.yaml:2"),
        ("correcties/2026-02.yaml:5", "person/tom-visser affiliatedWith organisation/vng", 0,
         "dubbel met correcties/2026-01.yaml:4")], listed


def test_a_remembered_folder_keeps_the_form_of_its_paths(runner, project):
    """18: the second build (the folder remembered, absolute in the manifest) names the files as the
    first did, so its warnings are known again and counted, not listed a second time."""
    first = build(runner, "--curated", "correcties")
    second = build(runner)
    assert any(line.startswith("Correcties uit correcties, zoals bij de vorige bouw van deze graaf") for line in second), second
    assert not any("2026-0" in line for line in second), second
    assert any(line.startswith("… en 3 over correcties (al gemeld bij de vorige bouw") for line in second), second
    assert sum("2026-0" in line for line in first) == 3
    title = runner.invoke(cli, ["--graph", "kg", "curation"]).stdout.splitlines()[0]
    assert title == "Correctieregels van de laatste bouw (correcties): 2 actief, 3 zonder effect"


# ----------------------------------------------------------------------------- 4 and 15: namesakes


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory):
    """Two builds: one person "Pieter Proef" in Helmond and Leeuwarden, then split by municipality."""
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("w42d-namesakes")
    docs, corr = where / "docs", where / "corr"
    docs.mkdir(), corr.mkdir()
    (docs / "a-2026-01-29.txt").write_text("Helmond, 29 januari 2026 – Pieter Proef, wethouder van Helmond, opent "
                                           "de dag.\n", encoding="utf-8")
    (docs / "b-2026-01-20.txt").write_text("Leeuwarden, 20 januari 2026 – Pieter Proef, programmamanager van "
                                           "Leeuwarden, spreekt.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--graph", str(where / "oud"), "build", str(docs)]).exit_code == 0
    (corr / "s.yaml").write_text("split:\n  - {entity: person/pieter-proef, where: {municipality: Leeuwarden}, "
                                 "as: person/pieter-proef-leeuwarden}\n", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(where / "kg"), "build", str(docs), "--curated", str(corr)])
    assert result.exit_code == 0, result.output
    return where


def test_namesakes_are_told_apart_in_diff_and_search(runner, namesakes):
    kg, old = str(namesakes / "kg"), str(namesakes / "oud")
    diff = runner.invoke(cli, ["--graph", kg, "diff", old, "--format", "json"])
    changes = json.loads(diff.stdout)
    assert [(r["subject"], r["role"]) for r in changes["added"]] == [
        ("Pieter Proef (person/pieter-proef-leeuwarden)", "programmamanager")], diff.output
    assert [(r["subject"], r["role"]) for r in changes["removed"]] == [
        ("Pieter Proef (person/pieter-proef)", "programmamanager")]
    found = json.loads(runner.invoke(cli, ["--graph", kg, "search", "Pieter Proef", "--format", "json"]).stdout)
    assert sorted(hit["label"] for hit in found["rows"]) == ["Pieter Proef (Helmond)", "Pieter Proef (Leeuwarden)"]


def test_entity_takes_the_kind_and_key_of_correction_files(runner, namesakes):
    """15: ``entity person/…`` as a correction file names it."""
    result = runner.invoke(cli, ["--graph", str(namesakes / "kg"), "entity", "person/pieter-proef-leeuwarden"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Pieter Proef (Persoon) https://w3id.org/g40kg/id/person/pieter-proef-leeuwarden"
    unknown = runner.invoke(cli, ["--graph", str(namesakes / "kg"), "entity", "person/pieter-proef-gouda"])
    assert unknown.exit_code == 2 and "onbekende naam 'person/pieter-proef-gouda'" in unknown.output, unknown.output


def test_twins_of_one_name_are_told_apart():
    from graph.cli.curation_cmd import pair_names
    from graph.twins import Candidate, Twin

    base = "https://w3id.org/g40kg/id/person/"
    twin = Twin(Candidate(base + "sanne-proef-enschede", "Person", "Sanne Proef", ("Sanne Proef",), 1),
                Candidate(base + "sanne-proef", "Person", "Sanne Proef", ("Sanne Proef", "Sanne Proef (Zwolle)"), 3),
                "initialen", "S. Proef", "Sanne Proef")
    assert pair_names(twin) == {"label": "Sanne Proef (person/sanne-proef-enschede)", "otherLabel": "Sanne Proef (Zwolle)"}


# ----------------------------------------------------------------------------- 20 and 21: pages


@pytest.fixture(scope="module")
def curated_end(tmp_path_factory):
    """Jan Proef's role ended by a correction file (with a note holding markup); M. van der Proef
    merged into Marieke van der Proef-Jansen."""
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("w42d-pages")
    docs, corr = where / "docs", where / "corr"
    docs.mkdir(), corr.mkdir()
    (docs / "notulen-2026-02-12.txt").write_text("Jan Proef, wethouder van Dordrecht, opent de vergadering.\n",
                                                 encoding="utf-8")
    (docs / "verslag-2026-01-15.txt").write_text(
        "Zwolle, 8 januari 2026 – Marieke van der Proef-Jansen, wethouder van Zwolle, is voorzitter van de Pijler "
        "Economie en Werk. Aanwezig: M. van der Proef (Zwolle).\n", encoding="utf-8")
    (corr / "2026-03.yaml").write_text(
        "merge:\n  - {from: person/m-van-der-proef, into: person/marieke-van-der-proef-jansen}\n"
        "facts:\n  - {subject: person/jan-proef, predicate: hasRole, object: municipality/gm0505, role: wethouder,"
        " valid_until: 2026-03-20, past: true, note: \"afscheid <b>na</b> verkiezingen\"}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(docs), "--curated", str(corr)])
    assert result.exit_code == 0, result.output
    return where


def test_an_end_from_a_correction_file_says_so(runner, curated_end):
    """20: not "zelf gemeld einde" but "einde gecureerd in 2026-03.yaml:4", with its note, escaped."""
    page = runner.invoke(cli, ["--graph", str(curated_end / "kg"), "serve", "--get", "/entity/person/jan-proef"])
    assert page.exit_code == 0, page.output
    assert ("einde gecureerd in <code>2026-03.yaml:4</code>; toelichting: afscheid &lt;b&gt;na&lt;/b&gt; "
            "verkiezingen)") in page.stdout, page.stdout
    assert "zelf gemeld einde" not in page.stdout
    english = runner.invoke(cli, ["--lang", "en", "--graph", str(curated_end / "kg"), "serve", "--get",
                                  "/entity/person/jan-proef"])
    assert "end curated in <code>2026-03.yaml:4</code>; note: afscheid" in english.stdout


def test_the_site_page_of_a_merged_person_says_merged(runner, curated_end):
    """21: the redirect page of a merged-away person names whom she was merged with."""
    out = curated_end / "site"
    result = runner.invoke(cli, ["--graph", str(curated_end / "kg"), "export", "--format", "site", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "entity" / "person" / "m-van-der-proef.html").read_text(encoding="utf-8")
    assert "<title>Deze persoon is samengevoegd met Marieke van der Proef-Jansen</title>" in page, page
    assert 'url=marieke-van-der-proef-jansen.html' in page and "nieuwe naam" not in page


def test_export_one_document_to_review_it(runner, curated_end):
    """5: ``export --document ID`` keeps that document's rows (facts and csv), none else."""
    kg = str(curated_end / "kg")
    facts = runner.invoke(cli, ["--graph", kg, "export", "--document", "notulen-2026-02-12"])
    rows = [json.loads(line) for line in facts.stdout.splitlines()]
    assert {r["document"] for r in rows} == {"notulen-2026-02-12"}, rows
    assert [(r["subject"], r["predicate"], r["role"], r["object"], r["evidence"]) for r in rows
            if r["predicate"] != "mentions"] == [
        ("Jan Proef", "hasRole", "wethouder", "Dordrecht", "Jan Proef, wethouder van Dordrecht, opent de vergadering.")]
    table = runner.invoke(cli, ["--graph", kg, "export", "--format", "csv", "--document", "notulen-2026-02-12"])
    assert {line.split(",")[0] for line in table.stdout.splitlines()[1:]} == {"notulen-2026-02-12"}, table.output
    assert "gecureerd" not in table.stdout  # a curated fact belongs to no document
    typo = runner.invoke(cli, ["--graph", kg, "export", "--document", "notulen-2026-02-1"])
    assert typo.exit_code == 2
    assert typo.stderr.strip() == ("Fout: document 'notulen-2026-02-1' staat niet in de graaf; bedoelt u "
                                   "notulen-2026-02-12?"), typo.stderr
    rdf = runner.invoke(cli, ["--graph", kg, "export", "--format", "turtle", "--document", "notulen-2026-02-12"])
    assert rdf.exit_code == 2 and "--document geldt voor facts en csv" in rdf.stderr
