"""A typed name that is part of exactly one entity's name is read as that entity (round 59n; walkthrough 38,
finding 10): ``ask members -p target="Levendige Binnensteden"`` answers for "City Deal Levendige Binnensteden"
with one line on stderr, as a date typed otherwise is read with a "gelezen als" line; a part of several
names stops and lists them; nothing is guessed. On both engines, in the explorer's forms and on an endpoint.

The fixture is tests/fixtures/small.trig with invented entities more: a City Deal and its stuurgroep (named
after it), a theme that shares a word with them, a knowledge institute with an abbreviation, "Platform 31",
a cooperative with an accent, two people called Pieter and a "Programmabureau Zwolle" (a name that holds the
whole name of another entity, Zwolle).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixture_graph import FIXTURE

from graph.cli import cli

ID = "https://w3id.org/g40kg/id/"
PROGRAMME = ID + "programme/city-deal-levendige-binnensteden"
#: small.trig's PREFIX lines, then the entities and facts of this file
PREFIXES = "".join(line for line in FIXTURE.read_text(encoding="utf-8").splitlines(True) if line.startswith("PREFIX"))
EXTRA = PREFIXES + """
g40g:entities {
  g40id:programme\\/city-deal-levendige-binnensteden a g40:Programme ;
      skos:prefLabel "City Deal Levendige Binnensteden" .
  g40id:unit\\/stuurgroep-levendige-binnensteden a g40:OrganisationalUnit ;
      skos:prefLabel "Stuurgroep City Deal Levendige Binnensteden" .
  g40id:theme\\/binnensteden-in-balans a g40:Theme ; skos:prefLabel "Binnensteden in balans" .
  g40id:organisation\\/kss a g40:Organisation ; skos:prefLabel "Kennisinstituut Stedelijke Samenleving" ;
      skos:altLabel "KSS" .
  g40id:organisation\\/platform-31 a g40:Organisation ; skos:prefLabel "Platform 31" .
  g40id:organisation\\/cooperatie-wijkbeheer-zuid a g40:Organisation ;
      skos:prefLabel "Coöperatie Wijkbeheer Zuid" .
  g40id:organisation\\/programmabureau-zwolle a g40:Organisation ; skos:prefLabel "Programmabureau Zwolle" .
  g40id:person\\/pieter-dijkgraaf a g40:Person ; skos:prefLabel "Pieter Dijkgraaf" .
  g40id:person\\/pieter-bos a g40:Person ; skos:prefLabel "Pieter Bos" .
}
g40g:document\\/doc-a {
  g40id:municipality\\/gm0193 g40:participatesIn g40id:programme\\/city-deal-levendige-binnensteden .
  g40id:evidence\\/doc-a\\/59 a g40:Evidence, rdf:Statement ;
      rdf:subject g40id:municipality\\/gm0193 ; rdf:predicate g40:participatesIn ;
      rdf:object g40id:programme\\/city-deal-levendige-binnensteden ;
      g40:quote "Zwolle neemt deel aan de City Deal Levendige Binnensteden." ;
      prov:wasDerivedFrom g40id:document\\/doc-a ;
      g40:rule "relations.neemt-deel" ; g40:confidence 0.9 ; dcterms:date "2021-05-01"^^xsd:date .
  g40id:organisation\\/kss g40:collaboratesWith g40id:programme\\/city-deal-levendige-binnensteden .
  g40id:evidence\\/doc-a\\/60 a g40:Evidence, rdf:Statement ;
      rdf:subject g40id:organisation\\/kss ; rdf:predicate g40:collaboratesWith ;
      rdf:object g40id:programme\\/city-deal-levendige-binnensteden ;
      g40:quote "Het Kennisinstituut Stedelijke Samenleving werkt samen met de City Deal." ;
      prov:wasDerivedFrom g40id:document\\/doc-a ; g40:rule "relations.werkt-samen-met" ; g40:confidence 0.9 ;
      dcterms:date "2021-05-01"^^xsd:date .
}
"""
ENGINES = ("oxigraph", "rdflib")
READ_AS = "'Levendige Binnensteden' gelezen als: City Deal Levendige Binnensteden (programma)\n"
SEVERAL = ("Fout: 'binnensteden' is deel van de naam van 3 verschillende: Binnensteden in balans (thema), "
           "City Deal Levendige Binnensteden (programma), Stuurgroep City Deal Levendige Binnensteden "
           "(organisatieonderdeel); geef de volledige naam\n")


def _dataset(engine: str = "rdflib"):
    from graph.store import new_dataset

    dataset = new_dataset(engine)
    dataset.parse(FIXTURE, format="trig")
    dataset.parse(data=EXTRA, format="trig")
    return dataset


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    from graph.store import save_dataset

    path = tmp_path_factory.mktemp("partial59n") / "kg"
    save_dataset(_dataset(), path, {"documents": [{"id": "doc-a"}, {"id": "doc-b"}]})
    return path


def _g40(runner, graph: Path, engine: str, *args: str):
    return runner.invoke(cli, ["--graph", str(graph), "--engine", engine, *args])


# --- the look-up itself ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed, label", [
    ("Levendige Binnensteden", "City Deal Levendige Binnensteden"),  # the stuurgroep is named after it
    ("levendige", "City Deal Levendige Binnensteden"),
    ("Stuurgroep", "Stuurgroep City Deal Levendige Binnensteden"),
    ("de stuurgroep", "Stuurgroep City Deal Levendige Binnensteden"),  # an article no name needs
    ("Stedelijke Samenleving", "Kennisinstituut Stedelijke Samenleving"),
    ("Platform31", "Platform 31"),  # spaces between words do not count
    ("PLATFORM", "Platform 31"),
    ("cooperatie wijkbeheer", "Coöperatie Wijkbeheer Zuid"),  # accents and capitals
    ("Coöperatie", "Coöperatie Wijkbeheer Zuid"),
    ("dijkgraaf", "Pieter Dijkgraaf"),
    ("Programmabureau", "Programmabureau Zwolle"),
])
def test_a_part_of_one_name_fits_that_entity(typed, label):
    from graph.names import part_fits

    assert [e.label for e in part_fits(_dataset(), typed)] == [label]


@pytest.mark.parametrize("typed", [
    "Binnenstad",  # not a whole word of any name ("Binnensteden")
    "stedelijk",  # the beginning of a word is no word
    "Wijkbeheer Noord",  # one word more than the name has
    "Zuid Wijkbeheer",  # the words in another order
    "31",  # fewer than three letters
    "de",
    "Samenleving Kennisinstituut",
])
def test_no_part_fits(typed):
    from graph.names import part_fits

    assert part_fits(_dataset(), typed) == []


def test_several_fits_best_first_and_a_type_narrows_them():
    from graph.names import part_fits

    dataset = _dataset()
    assert [e.label for e in part_fits(dataset, "Pieter")] == ["Pieter Bos", "Pieter Dijkgraaf"]
    assert [e.label for e in part_fits(dataset, "Binnensteden")] == [
        "Binnensteden in balans", "City Deal Levendige Binnensteden", "Stuurgroep City Deal Levendige Binnensteden"]
    assert [e.label for e in part_fits(dataset, "Binnensteden", "OrganisationalUnit")] == [
        "Stuurgroep City Deal Levendige Binnensteden"]
    assert part_fits(dataset, "Stuurgroep", "Programme") == []


@pytest.mark.parametrize("engine", ENGINES)
def test_resolve_entity_takes_a_whole_name_before_any_part(engine):
    """"Zwolle" is the municipality's whole name and part of "Programmabureau Zwolle": the whole name wins,
    and nothing is said."""
    from graph.names import names_read_as, resolve_entity

    said = []
    with names_read_as(said.append):
        assert str(resolve_entity(_dataset(engine), "Zwolle")) == ID + "municipality/gm0193"
        assert str(resolve_entity(_dataset(engine), "levendige binnensteden")) == PROGRAMME
    assert said == ["'levendige binnensteden' gelezen als: City Deal Levendige Binnensteden (programma)"]


# --- the command line, both engines ---------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_reads_a_part_as_the_one_entity_with_a_line_on_stderr(runner, graph_dir, engine):
    whole = _g40(runner, graph_dir, engine, "ask", "members", "-p", "target=City Deal Levendige Binnensteden",
                 "--format", "json")
    part = _g40(runner, graph_dir, engine, "ask", "members", "-p", "target=Levendige Binnensteden", "--format", "json")
    assert (whole.exit_code, whole.stderr) == (0, "")
    assert (part.exit_code, part.stderr) == (0, READ_AS)
    answer, asked = json.loads(part.stdout), json.loads(whole.stdout)
    assert (answer["columns"], answer["rows"]) == (asked["columns"], asked["rows"])  # meta says what was typed
    assert [r["memberLabel"] for r in answer["rows"]] == ["Zwolle"]
    csv = _g40(runner, graph_dir, engine, "ask", "members", "-p", "target=Levendige Binnensteden", "--format", "csv")
    assert (csv.exit_code, csv.stderr) == (0, READ_AS)
    assert csv.stdout == _g40(runner, graph_dir, engine, "ask", "members", "-p",
                              "target=City Deal Levendige Binnensteden", "--format", "csv").stdout
    english = _g40(runner, graph_dir, engine, "--lang", "en", "ask", "members", "-p", "target=Levendige Binnensteden")
    assert english.exit_code == 0 and english.stderr == (
        "'Levendige Binnensteden' read as: City Deal Levendige Binnensteden (programme)\n")
    assert "Zwolle" in english.stdout


@pytest.mark.parametrize("engine", ENGINES)
def test_a_part_of_several_names_stops_and_lists_them(runner, graph_dir, engine):
    several = _g40(runner, graph_dir, engine, "entity", "binnensteden")
    assert (several.exit_code, several.stdout, several.stderr) == (2, "", SEVERAL)
    people = _g40(runner, graph_dir, engine, "--lang", "en", "ask", "who-is-who", "-p", "person=Pieter")
    assert (people.exit_code, people.stderr) == (2, (
        "Error: 'Pieter' is part of the names of 2 different entities: Pieter Bos (person), Pieter Dijkgraaf "
        "(person); give the full name\n"))
    one = _g40(runner, graph_dir, engine, "ask", "who-is-who", "-p", "person=Dijkgraaf", "--format", "json")
    assert (one.exit_code, one.stderr) == (0, "'Dijkgraaf' gelezen als: Pieter Dijkgraaf (persoon)\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_part_of_an_alias_is_named_before_the_label(runner, graph_dir, engine):
    alias = _g40(runner, graph_dir, engine, "entity", "Koninkrijksrelaties", "--format", "json")
    assert alias.exit_code == 0 and json.loads(alias.stdout)["rows"][0]["iri"] == ID + "ministry/mnre1034"
    assert alias.stderr == ("'Koninkrijksrelaties' gelezen als: Binnenlandse Zaken en Koninkrijksrelaties (BZK, "
                            "ministerie)\n")
    several = _g40(runner, graph_dir, engine, "--lang", "en", "collaborators", "zaken")
    assert (several.exit_code, several.stdout, several.stderr) == (2, "", (
        "Error: 'zaken' is part of the names of 3 different entities: Economische Zaken (EZK, ministry), Sociale Zaken "
        "en Werkgelegenheid (SZW, ministry), Binnenlandse Zaken en Koninkrijksrelaties (BZK, ministry); give the full "
        "name\n"))


@pytest.mark.parametrize("engine", ENGINES)
def test_no_fit_is_the_unknown_name_as_before(runner, graph_dir, engine):
    unknown = _g40(runner, graph_dir, engine, "entity", "Binnenstad")
    assert unknown.exit_code == 2 and unknown.stdout == ""
    assert unknown.stderr.startswith("Fout: onbekende naam 'Binnenstad'; bedoelt u "), unknown.stderr
    assert "gelezen als" not in unknown.stderr


@pytest.mark.parametrize("engine", ENGINES)
def test_entity_and_path_read_parts_too(runner, graph_dir, engine):
    entity = _g40(runner, graph_dir, engine, "entity", "platform31", "--format", "json")
    assert entity.exit_code == 0 and json.loads(entity.stdout)["rows"][0]["iri"] == ID + "organisation/platform-31"
    assert entity.stderr == "'platform31' gelezen als: Platform 31 (organisatie)\n"
    whole = _g40(runner, graph_dir, engine, "entity", "Zwolle", "--format", "json")
    assert (whole.exit_code, whole.stderr) == (0, "")  # the whole name of one, part of another's: no line
    assert json.loads(whole.stdout)["rows"][0]["iri"] == ID + "municipality/gm0193"
    path = _g40(runner, graph_dir, engine, "path", "Stedelijke Samenleving", "Levendige Binnensteden",
                "--format", "json")
    assert path.exit_code == 0, path.output
    assert [(r["from"], r["to"]) for r in json.loads(path.stdout)["rows"]] == [
        ("Kennisinstituut Stedelijke Samenleving", "City Deal Levendige Binnensteden")]
    assert path.stderr == ("'Stedelijke Samenleving' gelezen als: Kennisinstituut Stedelijke Samenleving "
                           "(organisatie)\n" + READ_AS)


def test_forget_takes_no_part_of_a_name(runner, graph_dir):
    """An erasure names its person in full: "Dijkgraaf" is not read as Pieter Dijkgraaf there."""
    result = _g40(runner, graph_dir, "oxigraph", "forget", "Dijkgraaf")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("Fout: onbekende naam 'Dijkgraaf'"), result.stderr


# --- the explorer's forms -------------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=ENGINES)
def client(request, graph_dir):
    from serve_fixture import in_process_client, make_app

    with in_process_client(make_app(graph_dir, request.param)) as client:
        yield client


def test_the_question_form_reads_a_part_and_says_so(client):
    data = client.get("/questions/members.json", params={"target": "Levendige Binnensteden"}).json()
    assert [row[0]["text"] for row in data["answer"]["rows"]] == ["Zwolle"]
    assert data["answer"]["notes"][0] == READ_AS.strip()
    page = client.get("/questions/members", params={"target": "Levendige Binnensteden"}).text
    assert "<li>&#39;Levendige Binnensteden&#39; gelezen als: City Deal Levendige Binnensteden (programma)</li>" in page
    several = client.get("/questions/members", params={"target": "binnensteden"})
    assert several.status_code == 400 and SEVERAL[len("Fout: "):].strip().replace("'", "&#39;") in several.text


def test_the_path_form_reads_parts_and_offers_several(client):
    found = client.get("/path.json", params={"from": "Stedelijke Samenleving", "to": "Levendige Binnensteden"}).json()
    assert found["ends"]["to"]["read_as"] == READ_AS.strip()
    assert found["ends"]["from"]["iri"] == ID + "organisation/kss" and found["answer"]["found"]
    page = client.get("/path", params={"from": "Stedelijke Samenleving", "to": "Levendige Binnensteden"}).text
    assert ('<p class="notes read-as" id="read-as-to">&#39;Levendige Binnensteden&#39; gelezen als: City Deal '
            'Levendige Binnensteden (programma)</p>') in page
    several = client.get("/path.json", params={"from": "Pieter", "to": "Zwolle"})
    assert several.status_code == 400
    end = several.json()["ends"]["from"]
    assert end["problem"] == "ambiguous" and [c["field"] for c in end["choices"]] == [
        "person/pieter-bos", "person/pieter-dijkgraaf"]
    assert end["message"] == ("'Pieter' is deel van de naam van 2 verschillende: Pieter Bos (persoon), "
                              "Pieter Dijkgraaf (persoon); geef de volledige naam")


# --- a SPARQL endpoint ----------------------------------------------------------------------------------------


@pytest.mark.server
def test_an_endpoint_reads_parts_without_the_typed_text_in_a_query(runner, tmp_path, monkeypatch):
    """Under ``--endpoint`` the names come from the name index's queries, which hold no typed text: the part is
    matched here, and only the entity's IRI goes into the question's query."""
    from oxigraph_server import read_only_endpoint

    from graph import endpoint_http

    trig = tmp_path / "partial.trig"
    trig.write_text(FIXTURE.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    sent = []
    post = endpoint_http.post_query

    def recorded(url, fields, headers, timeout):
        sent.append(fields.get("query", ""))
        return post(url, fields, headers, timeout)

    monkeypatch.setattr(endpoint_http, "post_query", recorded)
    with read_only_endpoint(trig, tmp_path / "data") as url:
        part = runner.invoke(cli, ["--endpoint", url, "ask", "members", "-p", "target=Levendige Binnensteden",
                                   "--format", "json"])
        several = runner.invoke(cli, ["--endpoint", url, "entity", "binnensteden"])
    assert (part.exit_code, part.stderr) == (0, READ_AS)
    assert [r["memberLabel"] for r in json.loads(part.stdout)["rows"]] == ["Zwolle"]
    assert (several.exit_code, several.stderr) == (2, SEVERAL)
    assert sent and not [q for q in sent if "Levendige Binnensteden" in q or '"binnensteden"' in q]
