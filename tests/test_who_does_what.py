"""``who-does-what``, the "wie doet wat" overview (walkthrough 17, finding 26, round 42d): every role
(hasRole), one row per fact however many documents state it, with since, end, curated and the
document. Fictional people; a small graph built once per module."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents

# Els Proef is gemeentesecretaris, not wethouder, of Tilburg: a wethouder's term ends when her curated term as
# burgemeester starts (walkthrough 26, graph.promotion_ends), and these tests want a term without an end of its own
DOCUMENTS = {
    "notulen-a": ("Jan Voorbeeld, wethouder Wonen van Dordrecht, opent de vergadering.", "2026-02-12"),
    "notulen-b": ("Jan Voorbeeld, wethouder van Dordrecht, sluit de vergadering.", "2026-03-02"),
    "afscheid": ("Na de verkiezingen neemt Jan Voorbeeld afscheid als wethouder van Dordrecht.", "2026-03-20"),
    "bericht": ("Els Proef, gemeentesecretaris van Tilburg, opent de conferentie.", "2026-01-15"),
}
CURATED = """facts:
  - {subject: person/els-proef, predicate: hasRole, object: municipality/gm0200, role: burgemeester,
     valid_from: 2026-02-01, note: benoemd}
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("wdw")
    curated = where / "correcties"
    curated.mkdir()
    (curated / "2026-02.yaml").write_text(CURATED, encoding="utf-8")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg", curated=curated)
    return where / "kg"


def rows(runner, kg, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "who-does-what", "--format", "json",
                                 *args])
    assert result.exit_code == 0, result.output
    return [(r["personLabel"], r["role"], r["bodyLabel"], r["since"], r["end"], r["curated"], r["curation"],
             r["documentId"], r["documents"]) for r in json.loads(result.stdout)["rows"]]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_one_row_per_fact_with_its_period_and_origin(runner, kg, engine):
    assert rows(runner, kg, engine=engine) == [
        ("Els Proef", "burgemeester", "Apeldoorn", "2026-02-01", "", True, "2026-02.yaml:2", None, 0),
        ("Els Proef", "gemeentesecretaris", "Tilburg", "2026-01-15", "", False, None, "bericht", 1),
        # three documents, one fact: the farewell's day ends it (no later start)
        # document: where since comes from (round 44q), no longer the first by name ("afscheid")
        ("Jan Voorbeeld", "wethouder", "Dordrecht", "2026-02-12", "2026-03-20", False, None, "notulen-a", 3),
    ]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_as_of_lists_the_roles_known_to_hold_then(runner, kg, engine):
    found = rows(runner, kg, "--as-of", "2026-03-10", engine=engine)
    assert [(r[0], r[1], r[2], r[3], r[8]) for r in found] == [
        ("Els Proef", "burgemeester", "Apeldoorn", "2026-02-01", 0),
        ("Els Proef", "gemeentesecretaris", "Tilburg", "2026-01-15", 1),
        ("Jan Voorbeeld", "wethouder", "Dordrecht", "2026-02-12", 2)]
    assert [r[:3] for r in rows(runner, kg, "--at", "2026-01-15", engine=engine)] == [
        ("Els Proef", "gemeentesecretaris", "Tilburg")]
    assert [r[:3] for r in rows(runner, kg, "-p", "person=Jan Voorbeeld", engine=engine)] == [
        ("Jan Voorbeeld", "wethouder", "Dordrecht")]


def test_the_table_has_dutch_and_english_headings(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "who-does-what", "-p", "body=Tilburg"])
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[:2] == ["Wie doet wat (alle rollen, één regel per persoon, rol en orgaan)",
                         "persoon rol portefeuille orgaan sinds einde gecureerd curatie document documenten"], result.output
    assert lines[3] == "Els Proef gemeentesecretaris Tilburg (genoemd 2026-01-15) bericht 1"  # a first mention (round 44q)
    english = runner.invoke(cli, ["--lang", "en", "--graph", str(kg), "ask", "who-does-what", "-p", "body=Tilburg"])
    assert english.stdout.splitlines()[0] == "Who does what (every role, one row per person, role and body)"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_one_persons_roles_are_those_rows_of_the_whole_listing(runner, kg, engine):
    # round 43q: the whole listing reads labels, document ids and periods as ranges, a bound person
    # or body looks them up per row (graph.questions.looked_up); the rows must agree
    everyone = rows(runner, kg, engine=engine)
    for person in ("Els Proef", "Jan Voorbeeld"):
        assert rows(runner, kg, "-p", f"person={person}", engine=engine) == [r for r in everyone if r[0] == person]
    assert rows(runner, kg, "-p", "body=Dordrecht", "--as-of", "2026-03-10", engine=engine) == [
        r for r in rows(runner, kg, "--as-of", "2026-03-10", engine=engine) if r[2] == "Dordrecht"]


def test_the_whole_listing_joins_ranges_and_one_persons_looks_them_up():
    from rdflib import URIRef

    from graph.query import get_question, question_text

    question = get_question("who-does-what")
    whole = question_text(question, {})
    one = question_text(question, {"person": URIRef("https://w3id.org/g40kg/id/person/jan-voorbeeld")})
    assert "OPTIONAL { SELECT * WHERE { ?person skos:prefLabel ?personLabel } }" in whole
    assert "OPTIONAL { SELECT * WHERE { ?ev g40:validFrom ?ev_vf } }" in whole
    assert "OPTIONAL { ?person skos:prefLabel ?personLabel }" in one and "SELECT * WHERE { ?person" not in one
    assert "OPTIONAL { ?ev g40:validFrom ?ev_vf }" in one
    # the inferred ends, on few evidence nodes, are a range either way
    assert "OPTIONAL { SELECT * WHERE { ?ev g40:inferredUntil ?ev_iu } }" in one


# ---------------------------------------------------------------- walkthrough 19, finding 8 (round 44q)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_list_of_people_or_bodies_gives_the_rows_of_each_in_one_answer(runner, kg, engine):
    everyone = rows(runner, kg, engine=engine)
    both = rows(runner, kg, "-p", "person=Jan Voorbeeld", "-p", "person=els proef", engine=engine)
    assert both == everyone and [r[:3] for r in both] == [
        ("Els Proef", "burgemeester", "Apeldoorn"), ("Els Proef", "gemeentesecretaris", "Tilburg"),
        ("Jan Voorbeeld", "wethouder", "Dordrecht")]
    twice = rows(runner, kg, "-p", "person=Jan Voorbeeld", "-p", "person=Jan Voorbeeld", engine=engine)
    assert [r[:3] for r in twice] == [("Jan Voorbeeld", "wethouder", "Dordrecht")]
    bodies = rows(runner, kg, "-p", "body=Tilburg", "-p", "body=Dordrecht", "--as-of", "2026-03-10", engine=engine)
    assert [r[:3] for r in bodies] == [("Els Proef", "gemeentesecretaris", "Tilburg"), ("Jan Voorbeeld", "wethouder", "Dordrecht")]


def test_the_dutch_parameter_name_takes_several_values_too(runner, kg):
    # round 44y's "-p persoon=…" (walkthrough 19, finding 12) and 44q's list of people (finding 8) together
    dutch = rows(runner, kg, "-p", "persoon=Jan Voorbeeld", "-p", "persoon=els proef")
    assert dutch == rows(runner, kg, "-p", "person=Jan Voorbeeld", "-p", "person=els proef")
    assert sorted({r[0] for r in dutch}) == ["Els Proef", "Jan Voorbeeld"]


@pytest.mark.parametrize("lang, said", [
    ("nl", "Fout: onbekende persoon 'Els Proof'; bedoelt u 'Els Proef'?"),
    ("en", "Error: unknown person 'Els Proof'; did you mean 'Els Proef'?"),
])
def test_each_name_of_a_list_is_resolved_on_its_own(runner, kg, lang, said):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", "who-does-what",
                                 "-p", "person=Jan Voorbeeld", "-p", "person=Els Proof"])
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, said), result.output


def test_a_parameter_of_one_value_given_twice_is_still_refused(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "who-is-who", "-p", "person=Jan Voorbeeld",
                                 "-p", "person=Els Proef"])
    assert (result.exit_code, result.output.splitlines()[-1]) == (
        2, "Fout: Ongeldige waarde voor --param: 'person': twee keer gegeven"), result.output


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_document_limits_the_answer_to_the_people_it_names(runner, kg, engine):
    assert [r[:3] for r in rows(runner, kg, "--document", "bericht", engine=engine)] == [
        ("Els Proef", "burgemeester", "Apeldoorn"), ("Els Proef", "gemeentesecretaris", "Tilburg")]
    assert [r[:3] for r in rows(runner, kg, "--document", "notulen-a", "--as-of", "2026-03-10", engine=engine)] == [
        ("Jan Voorbeeld", "wethouder", "Dordrecht")]


@pytest.mark.parametrize("args, lang, said", [
    (["who-does-what", "--document", "berict"], "nl",
     "Fout: document 'berict' staat niet in de graaf; bedoelt u bericht?"),
    (["who-does-what", "--document", "berict"], "en", "Error: document 'berict' is not in the graph; did you mean bericht?"),
    (["who-is-who", "--document", "bericht"], "nl",
     "Fout: --document geldt voor een vraag met een herhaalbare parameter person (who-does-what), niet voor who-is-who"),
    (["who-does-what", "--document", "bericht", "-p", "person=Els Proef"], "en",
     "Error: give -p person or --document, not both"),
])
def test_an_unknown_document_or_a_question_without_people_is_one_line(runner, kg, args, lang, said):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", *args])
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, said), result.output


def test_several_values_are_bound_as_rows_of_terms_not_text():
    from rdflib import URIRef

    from graph.query import get_question, question_bindings, question_text

    person = "https://w3id.org/g40kg/id/person/"
    question = get_question("who-does-what")
    bindings = question_bindings(None, question, {"person": [person + "a", person + "b", person + "a"]},
                                 resolve=False)
    assert bindings == {"person": (URIRef(person + "a"), URIRef(person + "b"))}
    text = question_text(question, bindings)
    assert (f"VALUES (?person ?body ?at ?from ?until ?as_of) {{ (<{person}a> UNDEF UNDEF UNDEF UNDEF UNDEF) "
            f"(<{person}b> UNDEF UNDEF UNDEF UNDEF UNDEF) }}") in text
    assert "OPTIONAL { ?person skos:prefLabel ?personLabel }" in text  # looked up, as for one person


# ---------------------------------------------------------------- walkthrough 19, finding 10 (round 44q)

STATED = {
    "agenda-a": ("Piet Voorbeeld, wethouder van Tilburg, opent de vergadering.", "2026-04-01"),
    "nieuws-b": ("Piet Voorbeeld is sinds 1 maart 2026 wethouder van Tilburg.", "2026-03-05"),
    "nieuws-c": ("Karin Proef, wethouder van Breda, opent de conferentie.", "2026-03-10"),
}


@pytest.fixture(scope="module")
def stated_kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("wdw-stated")
    build_graph([dated_documents(where, STATED)], where / "kg")
    return where / "kg"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_since_says_whether_a_text_states_it_and_which_document_gives_it(runner, stated_kg, engine):
    result = runner.invoke(cli, ["--graph", str(stated_kg), "--engine", engine, "ask", "who-does-what",
                                 "--format", "json"])
    answer = json.loads(result.stdout)
    assert answer["columns"][-4:] == ["documents", "sinceStated", "sinceDocument", "bodyCode"], answer["columns"]
    assert [(r["personLabel"], r["since"], r["sinceStated"], r["sinceDocument"], r["documentId"], r["documents"])
            for r in answer["rows"]] == [
        ("Karin Proef", "2026-03-10", False, "nieuws-c", "nieuws-c", 1),
        # the start the news item states, from that news item, not the agenda first by name
        ("Piet Voorbeeld", "2026-03-01", True, "nieuws-b", "nieuws-b", 2)]


@pytest.mark.parametrize("lang, mentioned", [("nl", "(genoemd 2026-03-10)"), ("en", "(mentioned 2026-03-10)")])
def test_a_table_shows_a_first_mention_as_such(runner, stated_kg, lang, mentioned):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(stated_kg), "ask", "who-does-what", "--format",
                                 "markdown"])
    body = [line.split(" | ")[:5] for line in result.stdout.splitlines()[2:]]  # the empty portfolio third (round 45m)
    body = [row[:2] + row[3:] for row in body]
    assert body == [["| Karin Proef", "wethouder" if lang == "nl" else "alderman", "Breda", mentioned],
                    ["| Piet Voorbeeld", "wethouder" if lang == "nl" else "alderman", "Tilburg", "2026-03-01"]], \
        result.output
    who = runner.invoke(cli, ["--lang", lang, "--graph", str(stated_kg), "ask", "who-is-who", "-p",
                              "person=Piet Voorbeeld", "--format", "json"])
    # one term, its start the stated one, the later mention counted (one row per term since round 51c)
    assert sorted((r["start"], r["startStated"], r["documentId"], r["documents"]) for r in json.loads(who.stdout)["rows"]
                  if r["relation"] == "hasRole") == [("2026-03-01", True, "nieuws-b", 2)]


def test_csv_gives_the_bodys_register_code_after_the_columns(runner, kg):
    """Walkthrough 18, finding 14's rest (round 44q): a municipality's CBS code beside its IRI, the same in English."""
    outputs = [runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", "who-does-what", "--format", "csv"]).stdout
               for lang in ("nl", "en")]
    lines = outputs[0].splitlines()
    assert lines[0].endswith(",documents,sinceStated,sinceDocument,bodyCode"), lines[0]
    assert [line.rsplit(",", 1)[1] for line in lines[1:]] == ["GM0200", "GM0855", "GM0505"]
    import csv

    dutch, english = (list(csv.DictReader(output.splitlines())) for output in outputs)
    assert [{**row, "roleLabel": None} for row in dutch] == [{**row, "roleLabel": None} for row in english]


# ---------------------------------------------------------------- walkthrough 19, finding 9 (round 44q)


def test_at_says_how_many_facts_as_of_would_keep_under_the_table(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "who-does-what", "--at", "2026-03-02"])
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert [line.split()[:5] for line in lines[3:-1]] == [["Els", "Proef", "burgemeester", "Apeldoorn", "2026-02-01"],
                                                          ["Jan", "Voorbeeld", "wethouder", "Wonen", "Dordrecht"]], \
        result.output  # "wethouder Wonen": its portfolio since round 45m
    assert lines[-1] == ("1 feit zonder eigen periode valt weg bij --at 2026-03-02; bedoelt u --as-of 2026-03-02 "
                         "(de laatst bekende stand)?")
    english = runner.invoke(cli, ["--lang", "en", "--graph", str(kg), "ask", "who-does-what", "--at", "2026-03-02"])
    assert english.stdout.splitlines()[-1] == ("1 fact without a period of its own drops out under --at 2026-03-02; "
                                               "did you mean --as-of 2026-03-02 (the last known state)?")


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown"])
def test_at_says_it_on_stderr_beside_data(runner, kg, fmt):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "who-does-what", "--at", "2026-03-02", "--format", fmt])
    assert result.exit_code == 0 and "valt weg" not in result.stdout, result.stdout
    assert result.stderr == ("1 feit zonder eigen periode valt weg bij --at 2026-03-02; bedoelt u --as-of 2026-03-02 "
                             "(de laatst bekende stand)?\n")


def test_no_hint_when_at_leaves_nothing_out(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "who-does-what", "--at", "2026-01-15"])
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    assert [" ".join(line.split()) for line in result.stdout.splitlines()][-1] == \
        "Els Proef gemeentesecretaris Tilburg (genoemd 2026-01-15) bericht 1"
    assert "valt weg" not in runner.invoke(cli, ["--graph", str(kg), "ask", "who-does-what", "--as-of",
                                                 "2026-03-02"]).output
