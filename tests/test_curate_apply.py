"""Curation: the example files add, alias, merge and suppress exactly as documented."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

from graph.curate import apply_curation, load_curation, parse_yaml_text
from graph.validate import validate_dataset
from graph.vocab import CURATED_GRAPH, G40, G40ID, ORG

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "data" / "curated" / "examples"
ANNA, OLD_ANNA = G40ID["person/anna-voorbeeld"], G40ID["person/a-voorbeeld"]
PIET, UNIT = G40ID["person/piet-proef"], G40ID["unit/themagroep-voorbeeld"]
GM, CITYDEAL = G40ID["municipality/gm9999"], G40ID["programme/city-deal-voorbeeld"]


def fixture() -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURES / "shacl" / "valid.trig", format="trig")
    dataset.parse(FIXTURES / "curate" / "extra.trig", format="trig")
    return dataset


@pytest.fixture
def curated():
    dataset = fixture()
    report = apply_curation(dataset, load_curation(EXAMPLES))
    return dataset, report


def test_examples_load():
    curation = load_curation(EXAMPLES)
    assert [Path(f).name for f in curation.files] == ["voorbeeld.ttl", "voorbeeld.yaml"]
    assert (len(curation.entities), len(curation.aliases), len(curation.facts), len(curation.merges),
            len(curation.suppressions)) == (3, 3, 3, 1, 1)


def test_report_counts(curated):
    _, report = curated
    assert (report.entities_added, report.aliases_added, report.facts_added, report.merged, report.suppressed) == \
        (3, 3, 3, 1, 1)
    assert report.warnings == ()


def test_curated_graph_conforms_to_the_shapes(curated):
    dataset, _ = curated
    report = validate_dataset(dataset)
    assert report.conforms and not report.warnings, report.text("en")


def test_curated_fact_is_marked_and_has_no_quote(curated):
    dataset, _ = curated
    graph = dataset.graph(CURATED_GRAPH)
    programme = G40ID["programme/proeftuin-voorbeeld"]
    assert (GM, G40.initiated, programme) in graph
    (statement,) = graph.subjects(RDF.predicate, G40.initiated)
    assert (statement, RDF.type, G40.CuratedStatement) in graph
    assert (statement, G40.curated, Literal(True)) in graph
    assert graph.value(statement, DCTERMS.source) == Literal("voorbeeld.yaml:15")
    assert graph.value(statement, G40.quote) is None
    assert str(graph.value(statement, G40.validFrom)) == "2023-01-01"


def test_curated_role_gets_a_membership(curated):
    dataset, _ = curated
    graph = dataset.graph(CURATED_GRAPH)
    (membership,) = graph.objects(PIET, G40.hasRole)
    assert (PIET, G40.memberOf, UNIT) in graph
    assert graph.value(membership, ORG.organization) == UNIT
    assert graph.value(membership, ORG.role) == G40ID["role/secretaris"]
    assert graph.value(membership, G40.curated) == Literal(True)


def test_aliases(curated):
    dataset, _ = curated
    names = {str(o) for o in dataset.objects(UNIT, SKOS.altLabel)}
    assert {"TG Voorbeeld", "Voorbeeldgroep"} <= names
    assert Literal("Voorbeeld Bond Organisatie") in set(dataset.objects(G40ID["organisation/vbo"], SKOS.altLabel))


def test_merge_rewrites_everywhere_and_keeps_same_as(curated):
    dataset, _ = curated
    assert not list(dataset.quads((OLD_ANNA, None, None, None)))
    # besides owl:sameAs only the merge's own record names the old IRI (g40:mergedFrom, walkthrough 38 C3)
    assert not [q for q in dataset.quads((None, None, OLD_ANNA, None)) if q[1] not in (OWL.sameAs, G40.mergedFrom)]
    assert (ANNA, OWL.sameAs, OLD_ANNA) in dataset.graph(CURATED_GRAPH)
    assert {str(o) for o in dataset.objects(ANNA, SKOS.prefLabel)} == {"Anna Voorbeeld"}
    assert Literal("A. Voorbeeld") in set(dataset.objects(ANNA, SKOS.altLabel))
    assert (G40ID["evidence/doc-x/5"], RDF.object, ANNA) in dataset


def test_suppress_removes_fact_and_its_evidence(curated):
    dataset, _ = curated
    assert (GM, G40.participatesIn, CITYDEAL) not in dataset
    assert not list(dataset.quads((G40ID["evidence/doc-x/3"], None, None, None)))
    assert list(dataset.objects(G40ID["evidence/doc-x/2"], G40.quote)), "other evidence must stay"


def test_suppress_hasrole_removes_membership_and_shortcut():
    dataset = fixture()
    curation = parse_yaml_text(
        "suppress:\n  - {subject: person/anna-voorbeeld, predicate: hasRole, object: unit/themagroep-voorbeeld, role: trekker}\n",
        "fix.yaml")
    report = apply_curation(dataset, curation)
    assert report.suppressed == 1
    assert (ANNA, G40.memberOf, UNIT) not in dataset
    assert not list(dataset.objects(ANNA, G40.hasRole))
    assert not list(dataset.quads((G40ID["membership/doc-x/1"], None, None, None)))
    assert validate_dataset(dataset).conforms


def test_suppress_other_role_or_document_leaves_the_fact():
    dataset = fixture()
    curation = parse_yaml_text(
        "suppress:\n"
        "  - {subject: person/anna-voorbeeld, predicate: hasRole, object: unit/themagroep-voorbeeld, role: voorzitter}\n"
        "  - {subject: municipality/gm9999, predicate: participatesIn, object: programme/city-deal-voorbeeld, document: doc-y}\n",
        "fix.yaml")
    report = apply_curation(dataset, curation)
    assert report.suppressed == 0
    assert (ANNA, G40.memberOf, UNIT) in dataset and (GM, G40.participatesIn, CITYDEAL) in dataset
    assert [w.split(":", 2)[-1].strip() for w in report.warnings] == [
        # the rule's role is part of the rule (walkthrough 17, finding 14, round 42d)
        "niets te onderdrukken voor person/anna-voorbeeld hasRole unit/themagroep-voorbeeld (voorzitter) "
        "(geen feit met rol 'voorzitter')",
        "niets te onderdrukken voor municipality/gm9999 participatesIn programme/city-deal-voorbeeld "
        "(document doc-y staat niet (meer) in de graaf); het onderdrukte feit staat weer in de graaf "
        "(nieuwe zin: 'Voorbeeldstad doet mee')",
    ]


def test_suppress_by_quote_removes_only_the_evidence_of_that_sentence():
    suppress = "suppress:\n  - {{subject: person/anna-voorbeeld, predicate: hasRole, object: unit/themagroep-voorbeeld, quote: {q}}}\n"
    dataset = fixture()
    other = apply_curation(dataset, parse_yaml_text(suppress.format(q='"opgevolgd door"'), "fix.yaml"))
    assert other.suppressed == 0 and (ANNA, G40.memberOf, UNIT) in dataset
    this = apply_curation(dataset, parse_yaml_text(suppress.format(q='"anna  VOORBEELD is"'), "fix.yaml"))
    assert this.suppressed == 1 and (ANNA, G40.memberOf, UNIT) not in dataset


def test_collaboration_is_suppressed_in_either_direction():
    dataset = fixture()
    curation = parse_yaml_text(
        "suppress:\n  - [ministry/mnre9999, collaboratesWith, unit/themagroep-voorbeeld]\n", "fix.yaml")
    assert apply_curation(dataset, curation).suppressed == 1
    assert (UNIT, G40.collaboratesWith, G40ID["ministry/mnre9999"]) not in dataset
    assert validate_dataset(dataset).conforms


def test_fact_about_unknown_entity_is_skipped_with_a_warning():
    dataset = fixture()
    before = len(dataset)
    curation = parse_yaml_text("facts:\n  - [person/niemand, affiliatedWith, municipality/gm9999]\n", "fix.yaml")
    report = apply_curation(dataset, curation)
    assert report.facts_added == 0 and len(dataset) == before
    assert report.warnings == ("fix.yaml:2: entiteit person/niemand staat niet in de graaf; feit overgeslagen",)


def test_existing_entity_only_gets_aliases():
    dataset = fixture()
    curation = parse_yaml_text("entities:\n  person/anna-voorbeeld: {type: Person, label: Anna V.}\n", "fix.yaml")
    report = apply_curation(dataset, curation)
    assert report.entities_added == 0
    assert {str(o) for o in dataset.objects(ANNA, SKOS.prefLabel)} == {"Anna Voorbeeld"}
    assert Literal("Anna V.") in set(dataset.objects(ANNA, SKOS.altLabel))


def test_bundled_curation_folder_loads(tmp_path):
    from graph.resources import data_path

    curation = load_curation(data_path("curated"))
    assert all(Path(f).parent == data_path("curated") for f in curation.files)
    assert len(load_curation(tmp_path / "missing")) == 0


def test_a_build_reads_the_corrections_of_a_folder_of_ones_own(runner, tmp_path, monkeypatch):
    import json

    from graph.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Breda werkt samen met het ministerie van EZK.\n", encoding="utf-8")
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    (fixes / "bond.yaml").write_text("entities:\n  organisation/voorbeeldbond: {type: Organisation, label: Voorbeeldbond}\n"
                                     "facts:\n  - [municipality/gm0758, collaboratesWith, organisation/voorbeeldbond]\n",
                                     encoding="utf-8")
    graph = tmp_path / "kg"

    def partners_of_breda(*options, env=None):
        built = runner.invoke(cli, ["--graph", str(graph), "build", str(corpus), *options], env=env)
        assert built.exit_code == 0, built.output
        rows = json.loads(runner.invoke(cli, ["--graph", str(graph), "entity", "Breda", "--format", "json"]).output)
        return sorted(f["otherLabel"] for f in rows["rows"][0]["relations"]["collaboratesWith"])

    assert partners_of_breda() == ["EZK"]
    assert partners_of_breda("--curated", str(fixes)) == ["EZK", "Voorbeeldbond"]
    assert partners_of_breda(env={"G40KG_CURATED": str(fixes)}) == ["EZK", "Voorbeeldbond"]
    missing = runner.invoke(cli, ["--graph", str(graph), "build", str(corpus), "--curated", str(tmp_path / "geen")])
    assert missing.exit_code == 2 and "bestaat niet" in missing.output, missing.output


def test_a_withdrawn_suppression_brings_the_fact_back_with_its_evidence(runner, tmp_path):
    """A document graph that curation changed is not reused as it was: without the suppression
    the next build writes the document's evidence again (it left a bare fact in g40g:facts)."""
    import json

    from graph.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Breda werkt samen met het ministerie van EZK.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Tilburg werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    fixes, none = tmp_path / "correcties", tmp_path / "geen-correcties"
    fixes.mkdir()
    none.mkdir()
    (fixes / "weg.yaml").write_text("suppress:\n  - [municipality/gm0758, collaboratesWith, ministry/mnre1045]\n",
                                    encoding="utf-8")
    graph = tmp_path / "kg"

    def quotes_of_breda(curated):
        built = runner.invoke(cli, ["--graph", str(graph), "build", str(corpus), "--curated", str(curated)])
        assert built.exit_code == 0, built.output
        rows = json.loads(runner.invoke(cli, ["--graph", str(graph), "entity", "Breda", "--format", "json"]).output)
        return [f["quote"] for f in rows["rows"][0]["relations"].get("collaboratesWith", [])]

    assert quotes_of_breda(fixes) == []
    assert quotes_of_breda(none) == ["Breda werkt samen met het ministerie van EZK."]
    checked = runner.invoke(cli, ["--graph", str(graph), "validate"])
    assert checked.exit_code == 0, checked.output
    assert quotes_of_breda(fixes) == []  # and suppressed again


def test_the_build_summary_says_what_the_corrections_did_and_warns_once(runner, tmp_path):
    import json

    from graph.cli import cli

    (tmp_path / "a.txt").write_text("Breda en Tilburg werken samen met het ministerie van EZK.\n", encoding="utf-8")
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    (fixes / "c.yaml").write_text("suppress:\n  - [municipality/gm0758, collaboratesWith, ministry/mnre1045]\n"
                                  "facts:\n  - [municipality/tilburg, participatesIn, organisation/g40]\n"
                                  "  - [municipality/gm0855, participatesIn, organisation/vng]\n", encoding="utf-8")
    built = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "a.txt"), "--curated", str(fixes)])
    assert built.exit_code == 0, built.output
    assert "Correcties: 1 feit toegevoegd, 1 onderdrukt." in built.output.splitlines()
    warning = "c.yaml:4: entiteit municipality/tilburg (bedoelt u municipality/gm0855, Tilburg?) staat niet in de graaf"
    assert built.output.count(warning) == 1, built.output
    assert f"  {fixes / 'c.yaml'}:4: entiteit" in built.output, built.output  # the file as errors name it
    english = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "build", str(tmp_path / "a.txt"),
                                  "--curated", str(fixes), "--format", "json"])
    assert json.loads(english.stdout)["curation"] == {"facts_added": 1, "suppressed": 1}


def test_the_build_summary_counts_the_graph_after_the_corrections(runner, tmp_path):
    """A merged-away entity and a suppressed relation are not counted in the summary (nor the manifest);
    a taskforce merged into a themagroep stays a themagroep (two kinds broke the shapes: the build was refused)."""
    import json

    from graph.cli import cli

    (tmp_path / "a.txt").write_text("De Themagroep Wonen werkt samen met het ministerie van EZK. Ook de Taskforce Wonen "
                                    "sprak met EZK. Breda werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    (fixes / "c.yaml").write_text("merge:\n  - {from: unit/taskforce-wonen, into: unit/themagroep-wonen}\n"
                                  "suppress:\n  - [municipality/gm0758, collaboratesWith, ministry/mnre1034]\n",
                                  encoding="utf-8")

    def summary(*options):
        built = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "a.txt"), "--format",
                                    "json", *options])
        assert built.exit_code == 0, built.output
        return json.loads(built.stdout)

    before, after = summary(), summary("--curated", str(fixes))
    assert (before["entities"]["OrganisationalUnit"], before["relations"]["collaboratesWith"]) == (2, 3)
    assert (after["entities"]["OrganisationalUnit"], after["relations"]["collaboratesWith"]) == (1, 2)
    assert after["curation"] == {"merged": 1, "suppressed": 1}
    manifest = json.loads((tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["entities"]["OrganisationalUnit"] == 1
