"""Walkthrough 36 (round 58m): the data steward keeps the reference lists and corrections current.

Every text here is invented; the municipalities and ministries are the register's (Hellevoetsluis was dissolved
on 2022-12-31 into Voorne aan Zee, KGG went up in EZK on 2026-02-23).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.documents import ask_rows, dated_documents

NEWS_2021 = ("Nieuwsbrief Kuststeden\n\nWethouder Ria Ploegmakers van Hellevoetsluis is voorzitter van de themagroep "
             "Kustgemeenten.\n\nDe gemeente Hellevoetsluis neemt deel aan de City Deal Kansrijke Wijken.\n\n"
             "Wethouder Joost Verbiest van Breda is lid van de themagroep Kustgemeenten.\n\n"
             "De pijler Economie werkt samen met de gemeente Breda.\n\n"
             "Gerrit Zandbergen, adviseur bij het ministerie van EZK, sprak over de kustagenda.\n")
NEWS_2025 = ("Nieuwsbrief Kuststeden\n\nWethouder Ria Ploegmakers van Voorne aan Zee is voorzitter van de themagroep "
             "Kustgemeenten.\n\nDe gemeente Voorne aan Zee neemt deel aan de City Deal Kansrijke Wijken.\n\n"
             "De pijler Economie en Werk werkt samen met de gemeente Breda.\n")
FIXES = """merge:
  - {from: Pijler Economie, into: Pijler Economie en Werk, reason: "één pijler"}
suppress:
  - {subject: Gerrit Zandbergen, predicate: hasRole, object: EZK, role: adviseur, reason: "werkt bij Financiën"}
"""


def _build(runner, docs: Path, kg: Path, curated: Path | None = None, lang: str = "nl"):
    args = ["--lang", lang, "--graph", str(kg), "build", str(docs)] + (["--curated", str(curated)] if curated else [])
    return runner.invoke(cli, args)


@pytest.fixture(scope="module")
def steward(tmp_path_factory):
    """The steward's graph: two newsletters (2021, 2025) and a correction folder with one merge."""
    where = tmp_path_factory.mktemp("steward")
    docs = dated_documents(where, {"nieuws-2021": (NEWS_2021, "2021-05-12"), "nieuws-2025": (NEWS_2025, "2025-03-18")})
    curated = where / "regels"
    curated.mkdir()
    (curated / "2026-12.yaml").write_text(FIXES, encoding="utf-8")
    result = _build(CliRunner(), docs, where / "kg", curated)
    assert result.exit_code == 0, result.output
    return where


# ---- finding 5: a merge of two register entities is a one-line error at file:line ---------------------------

@pytest.mark.parametrize("rule, kind, lang, words", [
    ("{from: Hellevoetsluis, into: Voorne aan Zee}", "municipality", "nl",
     "Hellevoetsluis (= municipality/gm0530) en Voorne aan Zee (= municipality/gm1992) zijn twee gemeenten uit het "
     "register"),
    ("{from: municipality/gm0530, into: municipality/gm1992}", "municipality", "en",
     "municipality/gm0530 and municipality/gm1992 are two municipalities of the register"),
    ("{from: KGG, into: EZK, reason: opgegaan}", "ministry", "nl",
     "KGG (= ministry/mnre1182) en EZK (= ministry/mnre1045) zijn twee ministeries uit het register"),
])
def test_a_merge_of_two_register_entities_stops_the_build_at_its_line(runner, steward, tmp_path, rule, kind, lang,
                                                                      words):
    """Walkthrough 36, finding 5: "merge: Hellevoetsluis into Voorne aan Zee" failed on a SHACL violation of
    gm1992's cbsCode (no file, no line), and "KGG into EZK" gave EZK two names at once."""
    curated = tmp_path / "c"
    curated.mkdir()
    (curated / "x.yaml").write_text(f"# herindeling\nmerge:\n  - {rule}\n", encoding="utf-8")
    kg = tmp_path / "kg"
    result = _build(runner, steward / "docs", kg, curated, lang)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"x.yaml:3: {words}" in lines[0], result.stderr
    assert ("municipalities_dissolved.csv" if kind == "municipality" else "ministries.csv") in lines[0]
    assert "SHACL" not in result.stderr and not kg.exists()


def test_a_merge_into_a_municipality_of_something_else_still_merges(runner, steward, tmp_path):
    """Near miss: a unit merged into another, and a municipality merged into itself under another name, are
    no two register entities: the merge of the steward's graph stands (1 merged)."""
    from graph.curation_files import check_conflicts
    from graph.curation_records import Curation, Merge
    from graph.vocab import mint

    check_conflicts(Curation(merges=(Merge(mint("organisation", "gemeente-breda"), mint("municipality", "gm0758"),
                                           "x.yaml:2"),)))
    manifest = json.loads((steward / "kg" / "manifest.json").read_text(encoding="utf-8"))
    assert "Pijler Economie" in json.dumps(manifest.get("curation") or manifest, ensure_ascii=False)


# ---- finding 6: roles at a dissolved municipality end on its last day -----------------------------------

@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("as_of, expected", [
    ("2022-06-01", [("voorzitter", "Themagroep Kustgemeenten"), ("wethouder", "Hellevoetsluis")]),
    ("2025-06-01", [("voorzitter", "Themagroep Kustgemeenten"), ("wethouder", "Voorne aan Zee")]),
])
def test_a_wethouder_of_a_dissolved_municipality_is_no_wethouder_after_its_last_day(runner, steward, engine, as_of,
                                                                                     expected):
    """Walkthrough 36, finding 6: `--as-of 2025-06-01` still called her wethouder of Hellevoetsluis, dissolved on
    2022-12-31 (a ministry that ceased already ended its terms)."""
    rows = ask_rows(runner, steward / "kg", engine, "who-does-what", "-p", "person=Ria Ploegmakers", "--as-of", as_of)
    assert sorted((r["role"], r["bodyLabel"]) for r in rows) == expected, rows


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_wethouder_of_a_municipality_that_goes_on_stays(runner, steward, engine):
    """Near miss: Breda was not dissolved; its wethouder of 2021 is still the last known state in 2025."""
    rows = ask_rows(runner, steward / "kg", engine, "who-does-what", "-p", "person=Joost Verbiest", "--as-of",
                    "2025-06-01")
    assert ("wethouder", "Breda", "") in {(r["role"], r["bodyLabel"], r["end"]) for r in rows}, rows


def test_the_dissolved_municipality_s_own_participation_ends_and_its_page_says_so(runner, steward):
    kg = steward / "kg"
    assert ask_rows(runner, kg, "oxigraph", "city-involvement", "-p", "city=Hellevoetsluis", "--as-of",
                    "2025-06-01") == []
    assert ask_rows(runner, kg, "oxigraph", "city-involvement", "-p", "city=Hellevoetsluis", "--as-of", "2022-06-01")
    result = runner.invoke(cli, ["--graph", str(kg), "entity", "Hellevoetsluis"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2] == "opgeheven: de laatste dag van de gemeente was 2022-12-31 (register)"
    ends = {(r["otherLabel"], r["end"]) for r in json.loads(runner.invoke(
        cli, ["--graph", str(kg), "entity", "Hellevoetsluis", "--format", "json"]).stdout)["rows"][0]["relations"]["participatesIn"]}
    assert ends == {("City Deal Kansrijke Wijken", "2022-12-31")}
    kept = runner.invoke(cli, ["--graph", str(kg), "entity", "Voorne aan Zee"])
    assert "opgeheven" not in kept.stdout, kept.stdout


def test_the_dissolved_day_is_the_register_s():
    from graph.ceased_ministries import ceased_ends, dissolved_days
    from graph.tenure import Term

    gone = "https://w3id.org/g40kg/id/municipality/gm0530"
    assert dissolved_days()[gone] == "2022-12-31"
    assert ceased_ends([Term("e1", "p/ria", gone, "wethouder", "2021-05-12", "2021-05-12", False, True),
                        Term("e2", gone, "programme/cd", "participatesIn", "2021-05-12", None, False),
                        Term("e3", "p/ria", gone, "wethouder", "2023-02-01", None, False),
                        Term("e4", "p/joost", "https://w3id.org/g40kg/id/municipality/gm0758", "wethouder",
                             "2021-05-12", None, False)]) == [("e1", "2022-12-31", gone), ("e2", "2022-12-31", gone)]


# ---- finding 7: `g40kg entity` follows a key a merge took away -------------------------------------------

@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", ["unit/pijler-economie", "https://w3id.org/g40kg/id/unit/pijler-economie"])
def test_entity_follows_a_merged_away_key(runner, steward, engine, name):
    """Walkthrough 36, finding 7: "onbekende naam 'unit/pijler-economie'" after the merge, where the server
    redirects the key and a retyped key is followed."""
    result = runner.invoke(cli, ["--graph", str(steward / "kg"), "--engine", engine, "entity", name])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == ("unit/pijler-economie is samengevoegd in unit/pijler-economie-en-werk "
                                     "(2026-12.yaml:2)"), result.stderr
    assert result.stdout.startswith("Pijler Economie en Werk (Organisatieonderdeel) "
                                    "https://w3id.org/g40kg/id/unit/pijler-economie-en-werk"), result.stdout


def test_an_unknown_key_is_still_unknown(runner, steward):
    result = runner.invoke(cli, ["--graph", str(steward / "kg"), "entity", "unit/pijler-economiex"])
    assert result.exit_code != 0 and "onbekende naam 'unit/pijler-economiex'" in result.stderr, result.output


# ---- finding 3: the build summary names the reference lists that changed ------------------------------------

def _rebuild(runner, where: Path, *options) -> str:
    result = runner.invoke(cli, ["--graph", str(where / "kg"), "build", str(where / "docs"), *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def _previous_lists(kg: Path, change) -> None:
    """Make the graph's record of the reference lists as a build of other lists would have left it."""
    manifest = json.loads((kg / "manifest.json").read_text(encoding="utf-8"))
    change(manifest)
    (kg / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_build_says_which_reference_lists_changed(runner, tmp_path):
    """Walkthrough 36, finding 3: after a G40 member was added to g40_members.csv the summary said "geen document
    veranderd" (and every document was read again); the graph records a digest per list and names the changed ones."""
    from graph.reference_changes import reference_digests

    docs = dated_documents(tmp_path, {"nieuws-2021": (NEWS_2021, "2021-05-12")})
    assert docs == tmp_path / "docs"
    _rebuild(runner, tmp_path)
    assert json.loads((tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8"))["reference"] == reference_digests()
    assert "Sinds de vorige bouw: geen document veranderd.\n" in _rebuild(runner, tmp_path)  # near miss: nothing changed
    _previous_lists(tmp_path / "kg", lambda m: m["reference"].update({"g40_members.csv": "0"}))
    assert "Sinds de vorige bouw: geen document veranderd, wel de referentielijsten (g40_members.csv).\n" in _rebuild(
        runner, tmp_path)
    _previous_lists(tmp_path / "kg", lambda m: m["reference"].pop("ministries.csv"))
    report = json.loads(_rebuild(runner, tmp_path, "--format", "json"))
    assert (report["reference_changed"], report["corrections_changed"]) == (["ministries.csv"], False), report
    _previous_lists(tmp_path / "kg", lambda m: m.pop("reference"))  # a graph of an earlier g40kg: nothing said
    assert json.loads(_rebuild(runner, tmp_path, "--format", "json"))["reference_changed"] == []


def test_diff_between_two_graph_folders_names_the_reference_lists_that_changed(runner, steward, tmp_path):
    """Walkthrough 36, finding 3: `g40kg diff before1` said "0 feiten erbij, 0 feiten eraf" and nothing else after
    G40 membership changed in g40_members.csv."""
    import shutil

    before = tmp_path / "before"
    shutil.copytree(steward / "kg", before)
    same = runner.invoke(cli, ["--graph", str(steward / "kg"), "diff", str(before)])
    assert same.exit_code == 0 and "Documenten" not in same.stdout, same.output  # near miss: the same lists
    _previous_lists(before, lambda m: m["reference"].update({"g40_members.csv": "0"}))
    result = runner.invoke(cli, ["--graph", str(steward / "kg"), "diff", str(before)])
    assert result.exit_code == 0, result.output
    assert "Documenten: geen document veranderd, wel de referentielijsten (g40_members.csv).\n" in result.stdout
    as_json = json.loads(runner.invoke(cli, ["--graph", str(steward / "kg"), "diff", str(before), "--format",
                                             "json"]).stdout)
    assert as_json["reference_changed"] == ["g40_members.csv"]


# ---- finding 9: a new G40 member is no new extraction of every document -------------------------------------

def test_the_extraction_key_leaves_out_the_g40_members_and_the_readme(monkeypatch, tmp_path):
    """Walkthrough 36, finding 9: any change under data/gazetteer (its README, g40_members.csv) made every document be
    extracted again (0.9 → 14.9 s for 20 documents); extraction reads neither, the reference graph reads the members."""
    import shutil

    import graph.reference_changes as lists
    from graph.incremental import extractor_fingerprint
    from graph.resources import data_path

    copy = tmp_path / "gazetteer"
    shutil.copytree(str(data_path("gazetteer")), copy)
    bundled = lists.reference_files
    monkeypatch.setattr(lists, "reference_files", lambda directory=None: bundled(copy))
    keys = []
    try:
        for name, line in ((None, None), ("g40_members.csv", "Bergen op Zoom,GM0748,Noord-Brabant,2027-01-01\n"),
                           ("README.md", "Nog een regel.\n"), ("municipalities.csv", "")):
            if name is not None:
                with (copy / name).open("a", encoding="utf-8") as handle:
                    handle.write(line or "GM9999,Nieuwstad,,Zeeland,PV29,https://identifier.overheid.nl/tooi/id/gemeente/gm9999,2027-01-01\n")
            extractor_fingerprint.cache_clear()
            keys.append(extractor_fingerprint())
    finally:
        extractor_fingerprint.cache_clear()
    assert keys[0] == keys[1] == keys[2] != keys[3], keys  # a new municipality is read by extraction: a new key


# ---- finding 4: `build --watch` sees the reference lists change, and starts again with them ---------------------

def test_the_watch_looks_at_the_reference_lists_and_restarts_on_a_change(monkeypatch, tmp_path):
    """Walkthrough 36, finding 4: a G40 member added while `build --watch` ran was not in the graph of its next
    build (the process keeps the lists it read first). The watch now sees the lists' files change and starts the
    process again (checked by hand: the member in, then out, after each restart); here its two parts."""
    import shutil

    import graph.reference_changes as lists
    from graph.resources import data_path
    from graph.watch import restart_if_lists_changed, sources_state

    copy = tmp_path / "gazetteer"
    shutil.copytree(str(data_path("gazetteer")), copy)
    bundled = lists.reference_files
    monkeypatch.setattr(lists, "reference_files", lambda directory=None: bundled(copy))
    docs = dated_documents(tmp_path, {"nieuws-2021": (NEWS_2021, "2021-05-12")})
    read_with = lists.reference_digests()
    before, without_lists = sources_state([docs], lists=True), sources_state([docs])
    said, restarts = [], []
    restart_if_lists_changed(read_with, said.append, lambda: restarts.append(1))
    assert (said, restarts) == ([], [])  # near miss: the same lists, no restart
    with (copy / "g40_members.csv").open("a", encoding="utf-8") as handle:
        handle.write("Bergen op Zoom,GM0748,Noord-Brabant,2027-01-01\n")
    assert sources_state([docs], lists=True) != before and sources_state([docs]) == without_lists
    restart_if_lists_changed(read_with, said.append, lambda: restarts.append(1))
    assert (said, restarts) == ([["g40_members.csv"]], [1])


def test_the_restart_says_which_lists_changed():
    from graph.cli.build_texts import TEXTS

    assert TEXTS["nl"]["lists_restart"].format(files="g40_members.csv") == (
        "De referentielijsten zijn gewijzigd (g40_members.csv): de bewaking begint opnieuw, met de nieuwe lijsten.")


# ---- finding 2 (in part): a city that leaves the G40 keeps its membership's dates -------------------------------

def _members_copy(tmp_path: Path, line_end: dict[str, str]) -> Path:
    """A copy of the bundled gazetteer whose g40_members.csv gives the rows of ``line_end`` (code → lid_tot) an end."""
    import csv
    import shutil

    from graph.resources import data_path

    copy = tmp_path / "gazetteer"
    shutil.copytree(str(data_path("gazetteer")), copy)
    with (copy / "g40_members.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with (copy / "g40_members.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(dict(row, lid_tot=line_end.get(row["gemeentecode"], row["lid_tot"])) for row in rows)
    return copy


def test_a_member_that_left_keeps_its_dates_and_is_no_member(tmp_path):
    """Walkthrough 36, finding 2: a city that leaves could only be taken out of g40_members.csv, which erased its
    membership altogether. A `lid_tot` (its last day) keeps the row: g40MemberSince and g40MemberUntil stay, and
    g40Member true goes (the G40 questions ask for members)."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from graph.gazetteer import load_gazetteer
    from graph.reference import reference_triples
    from graph.vocab import G40, mint

    gazetteer = load_gazetteer(_members_copy(tmp_path, {"GM0484": "2026-06-30"}))
    alphen, breda = gazetteer.municipality_by_code["GM0484"], gazetteer.municipality_by_code["GM0758"]
    assert (alphen.g40_member, alphen.g40_since, alphen.g40_until) == (False, "2014-11-20", "2026-06-30")
    assert (breda.g40_member, breda.g40_until) == (True, None)  # near miss: a member without an end stays one
    assert len(gazetteer.g40_members()) == 40
    triples = reference_triples(gazetteer)
    node = mint("municipality", "gm0484")
    assert {(p, o) for s, p, o in triples if s == node and p in (G40.g40Member, G40.g40MemberSince, G40.g40MemberUntil)
            } == {(G40.g40MemberSince, Literal("2014-11-20", datatype=XSD.date)),
                  (G40.g40MemberUntil, Literal("2026-06-30", datatype=XSD.date))}
    assert (mint("municipality", "gm0758"), G40.g40Member, Literal(True)) in triples


def test_the_bundled_list_has_the_column_and_no_member_left():
    from graph.gazetteer import load_gazetteer
    from graph.resources import data_path

    assert data_path("gazetteer", "g40_members.csv").read_text(encoding="utf-8").splitlines()[0] == (
        "naam,gemeentecode,provincie,lid_sinds,lid_tot")
    assert len(load_gazetteer().g40_members()) == 41


def test_a_last_day_that_is_no_date_names_the_file_and_line(tmp_path):
    from graph.errors import InputError
    from graph.gazetteer import load_gazetteer

    copy = _members_copy(tmp_path, {"GM0484": "30-06-2026"})
    with pytest.raises(InputError) as error:
        load_gazetteer(copy)
    assert str(error.value) == (f"{copy / 'g40_members.csv'}:5: lid_tot '30-06-2026' is geen datum; schrijf de laatste "
                                "dag van het lidmaatschap als JJJJ-MM-DD")


def test_entity_says_a_municipality_left_the_g40(runner, steward, monkeypatch, tmp_path):
    import graph.gazetteer as gazetteers

    copy = _members_copy(tmp_path, {"GM0758": "2026-06-30"})
    bundled = gazetteers.load_gazetteer
    monkeypatch.setattr(gazetteers, "load_gazetteer", lambda directory=None: bundled(directory or copy))
    result = runner.invoke(cli, ["--graph", str(steward / "kg"), "entity", "Breda"])
    assert result.exit_code == 0, result.output
    assert "\ngeen G40-lid meer: lid tot en met 2026-06-30 (g40_members.csv)\n" in result.stdout, result.stdout
    monkeypatch.setattr(gazetteers, "load_gazetteer", bundled)
    assert "G40-lid" not in runner.invoke(cli, ["--graph", str(steward / "kg"), "entity", "Breda"]).stdout


# ---- finding 10: an empty answer says that corrections took the entity's facts out -------------------------------

@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_an_empty_answer_names_the_corrections_that_took_facts_out(runner, steward, engine):
    """Walkthrough 36, finding 10: "wordt in 2 documenten genoemd, maar er is geen rol herkend" where a role was read
    and a suppress: rule took it out."""
    result = runner.invoke(cli, ["--graph", str(steward / "kg"), "--engine", engine, "ask", "who-does-what", "-p",
                                 "person=Gerrit Zandbergen"])
    assert result.exit_code == 0, result.output
    assert ("Gerrit Zandbergen wordt in 1 document genoemd, maar er is geen rol herkend (1 feit weggenomen door "
            "correcties: 2026-12.yaml:4).") in result.output, result.output


def test_an_empty_answer_without_a_correction_says_no_more(runner, steward):
    result = runner.invoke(cli, ["--graph", str(steward / "kg"), "ask", "who-does-what", "-p", "person=Ria Ploegmakers",
                                 "--at", "2019"])
    assert result.exit_code == 0, result.output
    assert "Ria Ploegmakers wordt in 2 documenten genoemd, maar er is geen rol herkend in deze periode.\n" in result.output


# ---- finding 8: the build summary counts a rename --------------------------------------------------------------

def test_the_summary_counts_a_rename(runner, steward, tmp_path):
    """Walkthrough 36, finding 8: "Correcties: 1 feit toegevoegd, 1 samengevoegd, 2 onderdrukt" said nothing of the
    rename (`entities: … rename: true`) of the same file."""
    curated = tmp_path / "c"
    curated.mkdir()
    (curated / "x.yaml").write_text(
        "entities:\n  unit/themagroep-kustgemeenten: {type: OrganisationalUnit, label: Themagroep Kust en Delta, "
        "rename: true}\n  unit/pijler-economie: {type: OrganisationalUnit, label: Pijler Economie}\n", encoding="utf-8")
    result = _build(runner, steward / "docs", tmp_path / "kg", curated)
    assert result.exit_code == 0, result.output
    # near miss: the second item names the unit as it is already called: no rename, no count
    assert "Correcties: 1 entiteit hernoemd.\n" in result.stdout, result.stdout
    report = json.loads(runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(steward / "docs"),
                                            "--format", "json"]).stdout)
    assert report["curation"] == {"renamed": 1}, report["curation"]
    # and diff says so between the graph before the rename and after it (JSON: "renamed")
    shown = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(steward / "kg")])
    assert shown.exit_code == 0, shown.output
    assert "; 1 hernoemd" in shown.stdout.splitlines()[0], shown.stdout
    assert [line.split()[:6] for line in shown.stdout.splitlines() if line.startswith("~ hernoemd")] == [
        ["~", "hernoemd", "Themagroep", "Kustgemeenten", "→", "Themagroep"]], shown.stdout
    as_json = json.loads(runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(steward / "kg"), "--format",
                                             "json"]).stdout)
    assert [(r["from"], r["to"], r["source"].rsplit("/", 1)[-1]) for r in as_json["renamed"]] == [
        ("Themagroep Kustgemeenten", "Themagroep Kust en Delta", "x.yaml:2")]
    same = json.loads(runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "diff", str(tmp_path / "kg"), "--format",
                                          "json"]).stdout)
    assert same["renamed"] == []  # near miss: the same rule on both sides is no change
