"""Excel for colleagues without a terminal (walkthrough 21, finding 15): a question page offers "als Excel", the
answer as ``--excel`` writes it (a BOM, ``;``, CRLF, formulas neutralised, headings people read), and
``/sparql?format=excel`` gives that CSV too while ``Accept: text/csv`` keeps the standard SPARQL CSV."""

from __future__ import annotations

import re

ROW = ("Taskforce Economisch Herstel;{unit};EZK;De Taskforce Economisch Herstel werkt samen met het ministerie van "
       "EZK.;Samenwerking in de regio;2021-06-01;;0.9;;http://testserver/document/doc-a?start=26&end=97#evidence;;"
       "mnre1045\r\n")
DUTCH = ("\ufeffactor;soort actor;ministerie;citaat;document;begin;einde;zekerheid;curatie;bron;actor (code);"
         "ministerie (code)\r\n" + ROW.format(unit="Organisatieonderdeel"))
ENGLISH = ("\ufeffactor;actor type;ministry;quote;document;start;end;confidence;curation;source;actor (code);"
           "ministry (code)\r\n" + ROW.format(unit="Organisational unit"))
QUERY = 'SELECT ?x ?q WHERE { BIND(<urn:a> AS ?x) BIND("=SOM(1)" AS ?q) }'


def test_the_question_page_links_its_excel_twin(client):
    page = client.get("/questions/collaborations-with-ministry", params={"ministry": "EZK"}).text
    assert re.findall(r'<a class="excel[^>]*>[^<]*</a>', page) == [
        '<a class="excel no-print" href="/questions/collaborations-with-ministry.csv?ministry=EZK" download>als Excel</a>']


def test_the_excel_twin_is_the_answer_as_excel_opens_it(client):
    response = client.get("/questions/collaborations-with-ministry.csv", params={"ministry": "EZK"})
    assert (response.status_code, response.headers["content-type"], response.headers["content-disposition"]) == (
        200, "text/csv; charset=utf-8", 'attachment; filename="collaborations-with-ministry-ezk.csv"')  # the values asked (walkthrough 24, 18)
    assert response.content.decode("utf-8") == DUTCH
    english = client.get("/questions/collaborations-with-ministry.csv", params={"ministry": "EZK", "lang": "en"})
    assert english.content.decode("utf-8") == ENGLISH


def test_a_bad_value_is_its_one_line_message(client):
    response = client.get("/questions/collaborations-with-ministry.csv", params={"ministry": "XYZ"})
    assert (response.status_code, response.text) == (400, "onbekend ministerie 'XYZ'\n")
    assert client.get("/questions/bestaat-niet.csv").status_code == 404


def test_sparql_gives_excel_on_request_and_standard_csv_otherwise(client):
    excel = client.get("/sparql", params={"query": QUERY, "format": "excel"})
    assert (excel.status_code, excel.headers["content-type"]) == (200, "text/csv; charset=utf-8")
    assert excel.content.decode("utf-8") == "\ufeffx;q\r\nurn:a;'=SOM(1)\r\n"
    standard = client.get("/sparql", params={"query": QUERY}, headers={"Accept": "text/csv"})
    assert standard.text == "x,q\r\nurn:a,=SOM(1)\r\n"
    asked = client.get("/sparql", params={"query": "ASK {}", "format": "excel"})
    assert asked.content.decode("utf-8") == "\ufeff_askResult\r\ntrue\r\n"


def test_the_sparql_editor_offers_the_excel_download(client):
    page = client.get("/sparql", headers={"Accept": "text/html"}).text
    assert ('<button type="submit" name="format" value="csv">CSV</button> <button type="submit" name="format" '
            'value="excel">Excel</button>') in page, page[:3000]
