"""Evidence and membership IRIs name what the evidence says (its fact and its sentence), not its
place in the document: a sentence inserted or edited elsewhere leaves them alone."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

import graph.build as build
import graph.document_writer as document_writer
import graph.fragments as fragments
import graph.workers as workers
from graph.extract.model import Extraction, Mention, Relation
from graph.ingest import Document
from graph.pipeline import build_graph
from graph.resolve import Entity, Resolution
from graph.store import GRAPH_FILE, open_dataset
from graph.vocab import G40, G40ID, content_key

ID = str(G40ID)
TITLE = "Verslag van de pijler Economie en Werk, 12 maart 2024.\n\n"
BREDA = "De gemeente Breda werkt samen met het ministerie van Economische Zaken en Klimaat aan de binnenstad.\n\n"
CHAIR = "Sinds 1 juni 2022 is Jan Jansen voorzitter van de pijler Economie en Werk.\n\n"
TILBURG = "Tilburg werkt samen met de VNG aan de regionale arbeidsmarkt.\n"
INSERTED = "De gemeente Zwolle werkt samen met het ministerie van BZK aan de woningbouw.\n\n"

#: the IRIs of the bundled-corpus-free fixture above, as every build names them
BREDA_EZK = ID + "evidence/verslag/" + content_key(
    "collaboratesWith", "ministry/mnre1045", "municipality/gm0758", "",
    "De gemeente Breda werkt samen met het ministerie van Economische Zaken en Klimaat aan de binnenstad.")


def write(folder, text: str, name: str = "verslag"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def evidence(path) -> dict[str, tuple]:
    """Evidence IRI → (predicate, subject, object, quote) of a built graph; memberships under their IRI."""
    dataset = open_dataset(path, engine="oxigraph")
    rows = dataset.query("""SELECT ?e ?p ?s ?o ?q WHERE {
        ?e a g40:Evidence ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; g40:quote ?q }""")
    found = {str(r.e): (str(r.p), str(r.s), str(r.o), str(r.q)) for r in rows}
    for m, e in dataset.query("SELECT ?m ?e WHERE { ?e g40:membership ?m }"):
        found[str(m)] = ("membership of", str(e))
    return found


def offsets(path) -> dict[str, int]:
    dataset = open_dataset(path, engine="oxigraph")
    return {str(e): int(o) for e, o in dataset.query("SELECT ?e ?o WHERE { ?e g40:startOffset ?o }")}


def test_the_key_is_a_hash_of_the_fact_and_its_sentence(tmp_path):
    build_graph([write(tmp_path / "docs", TITLE + BREDA + CHAIR + TILBURG)], tmp_path / "kg", workers=1)
    found = evidence(tmp_path / "kg")
    assert BREDA_EZK in found, sorted(found)
    assert found[BREDA_EZK][0] == str(G40.collaboratesWith)
    keys = [iri.rsplit("/", 1)[1] for iri in found]
    assert all(len(key) == 10 and set(key) <= set("0123456789abcdef") for key in keys), keys
    memberships = [iri for iri, value in found.items() if value[0] == "membership of"]
    assert len(memberships) == 1, found
    # a membership has the key of its evidence
    assert memberships[0].replace("/membership/", "/evidence/") == found[memberships[0]][1]


def test_a_sentence_inserted_at_the_top_keeps_every_other_evidence_iri(tmp_path):
    corpus, kg = write(tmp_path / "docs", TITLE + BREDA + CHAIR + TILBURG), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    before, moved = evidence(kg), offsets(kg)
    write(corpus, INSERTED + TITLE + BREDA + CHAIR + TILBURG)
    build_graph([corpus], kg, workers=1)  # incremental
    after = evidence(kg)

    kept = {iri: value for iri, value in after.items() if iri in before}
    assert kept == before, "each old IRI still names the same fact and sentence"
    new = {value[:3] for iri, value in after.items() if iri not in before}
    assert (str(G40.collaboratesWith), ID + "municipality/gm0193", ID + "ministry/mnre1034") in new \
        or (str(G40.collaboratesWith), ID + "ministry/mnre1034", ID + "municipality/gm0193") in new, new
    assert offsets(kg)[BREDA_EZK] == moved[BREDA_EZK] + len(INSERTED), "the quote moved, its IRI did not"

    build_graph([corpus], tmp_path / "fresh", workers=1)
    assert (kg / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes(), \
        "an incremental build gives the full build's graph"


def test_editing_a_sentence_changes_only_its_own_evidence_iri(tmp_path):
    corpus, kg = write(tmp_path / "docs", TITLE + BREDA + CHAIR + TILBURG), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    before = evidence(kg)
    edited = TILBURG.replace("aan de regionale arbeidsmarkt", "aan de arbeidsmarkt in de regio")
    write(corpus, TITLE + BREDA + CHAIR + edited)
    build_graph([corpus], kg, workers=1)
    after = evidence(kg)

    gone, came = set(before) - set(after), set(after) - set(before)
    assert len(gone) == len(came) == 1, (gone, came)
    (old,), (new,) = gone, came
    assert before[old][:3] == after[new][:3] == (str(G40.collaboratesWith), ID + "municipality/gm0855",
                                                 ID + "organisation/vng"), (before[old], after[new])
    assert after[new][3] == edited.strip()


def test_serial_and_parallel_builds_name_evidence_alike(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "PARALLEL_MIN", 2)
    monkeypatch.setattr(workers, "_CHUNK", 1)
    corpus = tmp_path / "docs"
    for i, text in enumerate((TITLE + BREDA + CHAIR + TILBURG, INSERTED + BREDA, TILBURG + BREDA + TILBURG)):
        write(corpus, text, name=f"verslag-{i}")
    build_graph([corpus], tmp_path / "one", workers=1)
    build_graph([corpus], tmp_path / "two", workers=2)
    assert (tmp_path / "one" / GRAPH_FILE).read_bytes() == (tmp_path / "two" / GRAPH_FILE).read_bytes()
    assert BREDA_EZK.replace("/verslag/", "/verslag-0/") in evidence(tmp_path / "one")


# ------------------------------------------------------------------ the same fact twice in one document

SENTENCE = "Breda werkt samen met EZK."
TEXT = f"{SENTENCE} {SENTENCE}"
DOC = Document(id="d", path="d.txt", text=TEXT, checksum="sha256:0", date="2022-01-01")
RESOLUTION = Resolution(
    entities={"municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda"),
              "ministry/mnre1045": Entity("ministry/mnre1045", "Ministry", "EZK")},
    mention_keys={("d", 0, 5): "municipality/gm0758", ("d", 22, 25): "ministry/mnre1045",
                  ("d", 27, 32): "municipality/gm0758", ("d", 49, 52): "ministry/mnre1045"})


def twice() -> Extraction:
    """The same fact in two identical sentences (the extractor keeps both when, say, their periods differ)."""
    first = [Mention(0, 5, "Breda", "Municipality", "gazetteer", 1.0, key="GM0758"),
             Mention(22, 25, "EZK", "Ministry", "gazetteer", 1.0, key="mnre1045")]
    second = [Mention(27, 32, "Breda", "Municipality", "gazetteer", 1.0, key="GM0758"),
              Mention(49, 52, "EZK", "Ministry", "gazetteer", 1.0, key="mnre1045")]
    return Extraction("d", mentions=first + second, relations=[
        Relation(first[0], "collaboratesWith", first[1], 0, 26, "relations.samen-met", 0.8, valid_from="2021"),
        Relation(second[0], "collaboratesWith", second[1], 27, 53, "relations.samen-met", 0.8, valid_from="2022")])


def evidence_nodes(dataset) -> list[str]:
    return sorted(str(e) for e in dataset.subjects(RDF.predicate, G40.collaboratesWith))


def test_the_same_fact_in_two_identical_sentences_gets_two_stable_iris():
    key = content_key("collaboratesWith", "ministry/mnre1045", "municipality/gm0758", "", SENTENCE)
    expected = [f"{ID}evidence/d/{key}", f"{ID}evidence/d/{key}-2"]
    assert evidence_nodes(build.build_dataset([DOC], [twice()], RESOLUTION)) == expected
    assert evidence_nodes(build.build_dataset([DOC], [twice()], RESOLUTION)) == expected, "the next build alike"
    fragment = fragments.document_fragment(DOC, twice(), RESOLUTION).text.decode()
    assert all(f"<{iri}>" in fragment for iri in expected), "the N-Quads writer names them alike"


def test_a_hash_collision_within_a_document_is_resolved_in_order(monkeypatch):
    monkeypatch.setattr(document_writer, "content_key", lambda *parts: "0000000000")
    dataset = build.build_dataset([DOC], [twice()], RESOLUTION)
    nodes = sorted({str(s) for s in dataset.subjects(RDF.type, G40.Evidence)})
    # two mentions and two facts, all with one hash: each gets its own IRI, in the order of writing
    assert nodes == [f"{ID}evidence/d/0000000000{suffix}" for suffix in ("", "-2", "-3", "-4")]
    quotes = {str(dataset.value(URIRef(f"{ID}evidence/d/0000000000{s}"), G40.startOffset)) for s in ("-3", "-4")}
    assert quotes == {"0", "27"}


@pytest.mark.parametrize("key, numbered", [("73", True), ("0123456789", False), ("0b5deae09e-2", False)])
def test_a_numbered_key_is_told_from_a_content_key(key, numbered):
    from graph.vocab import is_numbered_key

    assert is_numbered_key(key) is numbered


# ------------------------------------------------------------------ curation names facts, never evidence


@pytest.mark.parametrize("reference", [
    "https://w3id.org/g40kg/id/evidence/verslag/73",
    "https://w3id.org/g40kg/id/membership/verslag/3",
    "evidence/verslag/73",
])
def test_a_curation_that_names_evidence_is_an_error_naming_it(reference):
    from graph.curation_files import parse_yaml_text
    from graph.curation_records import CurationError

    text = f"suppress:\n  - [{reference}, collaboratesWith, ministry/mnre1045]\n"
    with pytest.raises(CurationError) as raised:
        parse_yaml_text(text, "fixes.yaml")
    message = str(raised.value)
    assert message.startswith("fixes.yaml:") and reference in message and "\n" not in message, message
    assert "document:/quote:" in message, message


def test_a_turtle_curation_that_names_evidence_is_an_error_naming_it():
    from graph.curation_files import parse_turtle_text
    from graph.curation_records import CurationError

    iri = "https://w3id.org/g40kg/id/evidence/verslag/73"
    text = f"<https://w3id.org/g40kg/id/person/jan> <http://www.w3.org/2002/07/owl#sameAs> <{iri}> .\n"
    with pytest.raises(CurationError, match=f"fixes.ttl:1: {iri} is no entity|fixes.ttl:1: {iri} is geen entiteit"):
        parse_turtle_text(text, "fixes.ttl")


# ------------------------------------------------------------------ the explorer


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from starlette.testclient import TestClient

    from graph.serve import ServeConfig, create_app
    from graph.store import read_manifest

    where = tmp_path_factory.mktemp("served")
    build_graph([write(where / "docs", TITLE + BREDA + CHAIR + TILBURG)], where / "kg", workers=1)
    app = create_app(open_dataset(where / "kg", engine="oxigraph"), ServeConfig(manifest=read_manifest(where / "kg")))
    with TestClient(app) as client:
        yield client


def test_a_browser_following_an_evidence_iri_goes_to_its_quote(served):
    key = BREDA_EZK.rsplit("/", 1)[1]
    response = served.get(f"/id/evidence/verslag/{key}", follow_redirects=False)
    start = len(TITLE)
    assert (response.status_code, response.headers["location"]) == (
        303, f"/document/verslag?start={start}&end={start + len(BREDA.strip())}#evidence")
    response = served.get(f"/id/evidence/verslag/{key}", headers={"Accept": "text/turtle"}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, f"/entity/evidence/verslag/{key}.ttl")


@pytest.mark.parametrize("path", ["/id/evidence/verslag/3", "/entity/evidence/verslag/3", "/id/membership/verslag/1"])
def test_a_numbered_iri_of_before_is_gone_with_a_link_to_its_document(served, path):
    response = served.get(path, follow_redirects=False)
    assert response.status_code == 410, response.text
    kind = path.split("/")[2]
    assert f"https://w3id.org/g40kg/id/{kind}/verslag/" in response.text and "vóór december 2026" in response.text
    assert 'href="/document/verslag"' in response.text
    response = served.get(path, headers={"Accept": "text/turtle"}, follow_redirects=False)
    assert (response.status_code, response.headers["content-type"]) == (410, "text/plain; charset=utf-8")
    assert response.text.endswith("Het document: /document/verslag\n"), response.text
    english = served.get(path + "?lang=en", headers={"Accept": "text/turtle", "Accept-Language": "en"},
                         follow_redirects=False)
    assert "of before December 2026" in english.text, english.text


def test_an_unknown_content_key_is_still_404(served):
    assert served.get("/id/evidence/verslag/0123456789", follow_redirects=False).status_code == 404
    assert served.get("/id/evidence/elders/3", follow_redirects=False).status_code == 410  # no document: no link


# ------------------------------------------------------------------ what names evidence: tenure


def test_an_inferred_end_names_both_terms_by_their_keys_and_keeps_them_after_an_insertion(tmp_path):
    from graph.vocab import TENURE_GRAPH

    corpus, kg = write(tmp_path / "docs", TITLE + CHAIR), tmp_path / "kg"
    write(corpus, "Verslag, 2 april 2024.\n\nSinds 1 maart 2024 is Piet Pietersen voorzitter van de pijler Economie en "
                  "Werk.\n", name="later")

    def ended():
        dataset = open_dataset(kg, engine="oxigraph")
        return sorted((str(e), str(d), str(n)) for e, d, n in dataset.query(
            "SELECT ?e ?d ?n WHERE { GRAPH ?g { ?e g40:inferredUntil ?d ; g40:endedBy ?n } }",
            initBindings={"g": TENURE_GRAPH}))

    build_graph([corpus], kg, workers=1)
    before = ended()
    assert [(e.rsplit("/", 2)[1], d, n.rsplit("/", 2)[1]) for e, d, n in before] == [("verslag", "2024-02-29", "later")]
    assert all(not iri.rsplit("/", 1)[1].isdigit() for row in before for iri in (row[0], row[2])), before
    write(corpus, INSERTED + TITLE + CHAIR)
    build_graph([corpus], kg, workers=1)
    assert ended() == before


def test_the_evidence_iri_of_a_renamed_document_moves_to_the_same_key_under_its_new_name(tmp_path):
    from starlette.testclient import TestClient

    from graph.serve import ServeConfig, create_app
    from graph.store import read_manifest

    corpus, kg = write(tmp_path / "docs", TITLE + BREDA), tmp_path / "kg"
    build_graph([corpus], kg, workers=1)
    (corpus / "verslag.txt").rename(corpus / "verslag-2024.txt")
    build_graph([corpus], kg, workers=1)
    assert read_manifest(kg)["renamed"] == {"verslag": "verslag-2024"}
    key = BREDA_EZK.rsplit("/", 1)[1]
    app = create_app(open_dataset(kg, engine="oxigraph"), ServeConfig(manifest=read_manifest(kg)))
    with TestClient(app) as client:
        response = client.get(f"/id/evidence/verslag/{key}", follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (301, f"/id/evidence/verslag-2024/{key}")
        assert client.get(f"/id/evidence/verslag/{key}").url.path == "/document/verslag-2024"
        assert client.get("/id/evidence/verslag/0123456789", follow_redirects=False).status_code == 404


def test_a_browser_on_an_evidence_page_goes_to_its_quote_and_rdf_stays(served):
    key = BREDA_EZK.rsplit("/", 1)[1]
    start = len(TITLE)
    response = served.get(f"/entity/evidence/verslag/{key}", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (
        303, f"/document/verslag?start={start}&end={start + len(BREDA.strip())}#evidence")
    turtle = served.get(f"/entity/evidence/verslag/{key}", headers={"Accept": "text/turtle"}, follow_redirects=False)
    assert (turtle.status_code, turtle.headers["content-type"].split(";")[0]) == (200, "text/turtle")
    assert served.get(f"/entity/evidence/verslag/{key}.json", follow_redirects=False).status_code == 200
