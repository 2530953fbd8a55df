"""The named questions and the network view on the site in-process: the list with parameters,
answers with links and evidence, tables in the page language, errors as 400.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

from serve_fixture import EZK, Page


def test_questions_are_listed_with_parameters(client):
    from graph.query import load_questions

    listed = client.get("/questions.json").json()["questions"]
    assert [q["name"] for q in listed] == sorted(load_questions())
    by_name = {q["name"]: q for q in listed}
    ministry = by_name["collaborations-with-ministry"]["parameters"][0]
    assert (ministry["name"], ministry["type"], ministry["required"]) == ("ministry", "ministry", True)
    page = Page(client.get("/questions").text)
    assert page.link_to(by_name["collaborations-with-ministry"]["title"]) == "/questions/collaborations-with-ministry"


def test_question_answer_links_labels_and_evidence(client):
    data = client.get("/questions/collaborations-with-ministry.json", params={"ministry": "EZK"}).json()
    assert data["error"] is None, data["error"]
    answer = data["answer"]
    rows = [dict(zip(answer["columns"], row)) for row in answer["rows"]]
    assert [(r["actorLabel"]["text"], r["actorLabel"]["path"]) for r in rows] == [
        ("Taskforce Economisch Herstel", "/entity/unit/taskforce-economisch-herstel")]
    assert rows[0]["quote"]["text"] == "De Taskforce Economisch Herstel werkt samen met het ministerie van EZK."
    assert rows[0]["ev"]["path"] == "/document/doc-a?start=26&end=97#evidence"
    html = client.get("/questions/collaborations-with-ministry", params={"ministry": "EZK"}).text
    # BZK is in the reference data only: no document names it, so the form does not offer it
    assert '<datalist id="choices-ministry"><option value="EZK"></datalist>' in html
    assert '<a href="/entity/unit/taskforce-economisch-herstel">Taskforce Economisch Herstel</a>' in html


def test_question_tables_read_in_the_page_language(client):
    dutch = client.get("/questions/entity-facts", params={"entity": "Breda"}).text
    assert "<th>relatie</th><th>richting</th><th>ander</th><th>soort</th>" in dutch
    assert "<td>werkt samen met</td>" in dutch and "<td>verbonden personen</td>" in dutch
    english = client.get("/questions/entity-facts", params={"entity": "Breda", "lang": "en"}).text
    assert "<th>relation</th><th>direction</th><th>other</th><th>type</th>" in english
    assert "<td>collaborates with</td>" in english
    data = client.get("/questions/entity-facts.json", params={"entity": "Breda"}).json()["answer"]
    relation = [row[data["columns"].index("relation")] for row in data["rows"]]
    assert {(cell["value"], cell["text"]) for cell in relation} == {
        ("affiliatedWith", "verbonden personen"), ("collaboratesWith", "werkt samen met")}


def test_question_errors_are_400_with_the_message(client):
    missing = client.get("/questions/who-is-who.json")
    assert missing.status_code == 400 and "person" in missing.json()["error"]
    unknown = client.get("/questions/collaborations-with-ministry", params={"ministry": "XYZ", "run": "1"})
    assert unknown.status_code == 400 and "XYZ" in unknown.text
    form_only = client.get("/questions/collaborations-with-ministry")
    assert form_only.status_code == 200 and "<table" not in form_only.text


def test_network_view_comes_from_viz(client):
    whole = client.get("/network")
    assert whole.status_code == 200 and "vis-network" in whole.text.lower()
    data = client.get("/network.json", params={"focus": EZK}).json()
    assert {n["label"] for n in data["nodes"]} == {"EZK", "Taskforce Economisch Herstel"}
    bad = client.get("/network", params={"focus": "Niemand Bekend"})
    assert bad.status_code == 400 and "Niemand Bekend" in bad.text


def test_question_cells_show_booleans_as_the_command_line_does():
    from rdflib import Literal

    from graph.serve.questions import _cell, _query_module

    module = _query_module()
    assert [(_cell(None, Literal(v), module, {}, lang)["text"]) for v, lang in
            ((True, "nl"), (True, "en"), (False, "nl"))] == ["ja", "yes", ""]
    assert _cell(None, Literal(True), module, {}, "nl")["value"] is True  # JSON keeps the value


def test_a_field_of_several_names_is_a_textarea_one_name_per_line(client):
    """Walkthrough 19, finding 8 (round 44q): who-does-what for a list of people on the form."""
    html = client.get("/questions/who-does-what").text
    assert '<textarea name="person" rows="3" aria-describedby="hint-person"></textarea>' in html and "Eén naam per regel." in html
    data = client.get("/questions/who-does-what.json", params={"person": "Anna de Vries\r\n\r\nanna de vries"}).json()
    answer = data["answer"]
    people = {row[answer["columns"].index("personLabel")]["text"] for row in answer["rows"]}
    assert (data["error"], people) == (None, {"Anna de Vries"})
    unknown = client.get("/questions/who-does-what", params={"person": "Anna de Vries\nXyzzy Q", "run": "1"})
    assert unknown.status_code == 400 and "onbekende persoon &#39;Xyzzy Q&#39;" in unknown.text, unknown.text
    assert '<textarea name="person" rows="3" aria-invalid="true"' in unknown.text


def test_the_form_tells_on_date_from_as_of(client):
    """Walkthrough 19, finding 9 (round 44q): "Op datum" and "Stand per" are not synonyms."""
    dutch = client.get("/questions/who-does-what").text
    assert "Alleen wat een tekst voor die dag zegt: een feit zonder eigen periode geldt alleen op de datum van " \
           "zijn document. Voor wie is wie op een dag: Stand per." in dutch
    assert "De laatst bekende stand op die dag: alles wat toen gemeld was en niet was afgelopen" in dutch
    english = client.get("/questions/who-does-what", params={"lang": "en"}).text
    assert "Only what a text says for that day" in english and "The last known state on that day" in english
