"""Chairs only their documents date: a later report of another holder ends the earlier one's term.

A news item of 2023-03-01 names Anna Jansen voorzitter of the Pijler Economie, one of 2025-01-15 Piet
de Boer; neither says since when. As far as the documents go Piet is chair from 2025-01-15 at the
latest, and Anna's term had ended by then (graph.tenure: an inferred end on the day before), which
``--as-of`` reads, and ``--at`` too, from each report's day to that end (round 39t). Beside them, in the same two
documents, what must not close a term: a former chair named later (past), the same chair again, a
covoorzitter, and a report dated after the document that announces the next chair's start but
before that start.
"""

from __future__ import annotations

import json
import re

import pytest

from graph.cli import cli
from graph.tenure import Term, inferred_ends

EARLY = ("Anna Jansen, voorzitter van de Pijler Economie, opende de bijeenkomst.\n\n"
         "Joost de Wit, voorzitter van de Pijler Sociaal, sprak over jeugdzorg.\n\n"
         "Mark Visser, voorzitter van de Themagroep Wonen, gaf een toelichting.\n\n"
         "Sanne Bos, voorzitter van de Themagroep Water, sloot af.\n\n"
         "Eva Dekker, voorzitter van de Themagroep Energie, was er ook.\n")
LATE = ("Piet de Boer, voorzitter van de Pijler Economie, zei dat het goed ging.\n\n"
        "Lotte Brouwer, oud-voorzitter van de Pijler Sociaal, was er ook.\n\n"
        "Mark Visser, voorzitter van de Themagroep Wonen, blikte terug.\n\n"
        "Kees Smit, covoorzitter van de Themagroep Water, opende.\n")
#: dated before EARLY, about a start after it
ANNOUNCED = "Per 1 juni 2024 is Bram Bakker voorzitter van de Themagroep Energie.\n"


def term(evidence, holder, start, end=None, *, office="voorzitter", past=False, reported=False):
    return Term(evidence, holder, "u/pijler", office, start, end, past, reported)


def report(evidence, holder, day, last_day=None, **kwargs):
    """A term only its document dates: its day, or its period from ``day`` to ``last_day``."""
    return term(evidence, holder, day, last_day or day, reported=True, **kwargs)


@pytest.mark.parametrize("terms, expected", [
    # a later report of another holder: the day before it
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2025-01-15")], [("e1", "2025-01-14", "e2")]),
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2023-03-02")], [("e1", "2023-03-01", "e2")]),
    # a later start of another holder, the first one
    ([report("e1", "anna", "2023-03-01"), term("e3", "kees", "2025-03-01"), term("e2", "piet", "2024-06-01")],
     [("e1", "2024-05-31", "e2"), ("e2", "2025-02-28", "e3")]),
    # a period's start (a year report on 2024 naming the next chair)
    ([report("e1", "anna", "2023-03-01"), term("e2", "piet", "2024-01-01", "2024-12-31")], [("e1", "2023-12-31", "e2")]),
    ([report("e1", "anna", "2023-03-01"), report("e2", "anna", "2025-01-15")], []),  # the same holder again
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2025-01-15", past=True)], []),  # a former chair
    ([report("e1", "anna", "2023-03-01", past=True), report("e2", "piet", "2025-01-15")], []),  # already over
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2025-01-15", office="covoorzitter")], []),
    ([report("e1", "anna", "2023-03-01"), report("e2", "piet", "2023-03-01")], []),  # the same day: co-chairs?
    ([report("e1", "anna", "2023-03-01"), term("e2", "piet", None)], []),  # a document with no date at all
    # a report closes nothing that starts after it, and cuts no period short (it is no takeover)
    ([report("e1", "anna", "2024-03-01"), term("e2", "piet", "2024-06-01")], [("e1", "2024-05-31", "e2")]),
    ([term("e1", "anna", "2024-01-01", "2024-12-31"), report("e2", "piet", "2024-05-02")], []),
    # a term its document's period dates (a year report's): a report inside the period cuts nothing, one after it closes
    ([report("e1", "anna", "2023-01-01", "2023-12-31"), report("e2", "piet", "2023-06-01")], []),
    ([report("e1", "anna", "2023-01-01", "2023-12-31"), report("e2", "piet", "2024-05-01")], [("e1", "2024-04-30", "e2")]),
    ([report("e1", "anna", "2023-01-01", "2023-12-31"), report("e2", "piet", "2024-01-01", "2024-12-31")],
     [("e1", "2023-12-31", "e2")]),
    ([report("e1", "anna", "2023-01-01", "2023-12-31"), report("e2", "anna", "2024-05-01")], []),  # the same chair
    # a period the text gives is no report: a later holder after it adds no end
    ([term("e1", "anna", "2023-01-01", "2023-12-31"), report("e2", "piet", "2024-05-01")], []),
    # an open term is closed by a later report, as before
    ([term("e1", "anna", "2022-06-01"), report("e2", "piet", "2024-11-05")], [("e1", "2024-11-04", "e2")]),
])
def test_a_report_ends_before_another_holder_s_later_report_or_start(terms, expected):
    assert inferred_ends(terms) == expected


def write(docs, documents):
    docs.mkdir(exist_ok=True)
    for name, (day, text) in documents.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    return docs


DOCUMENTS = {"early": ("2023-03-01", EARLY), "late": ("2025-01-15", LATE), "announced": ("2023-02-01", ANNOUNCED)}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    """The three documents built once; read-only."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("reported")
    build_graph([write(where / "docs", DOCUMENTS)], where / "kg")
    return where / "kg"


def run(runner, kg, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, *args])
    assert result.exit_code == 0, result.output
    return result.stdout  # the data; --at's hint goes to stderr (round 44q)


def chairs(runner, kg, unit, *window, engine="oxigraph", role="voorzitter"):
    """(person, start, end, endedBy) of the ``role`` rows of ``unit``'s timeline."""
    output = run(runner, kg, "ask", "unit-role-timeline", "-p", f"unit={unit}", *(("-p", f"role={role}") if role else ()),
                 "--format", "json", *window, engine=engine)
    return [(r["personLabel"], r["role"], r["start"], r["end"], r["endedBy"]) for r in json.loads(output)["rows"]]


#: a report shows no end of its own (its document's day is when it was known, not when it ended) ...
ANNA = ("Anna Jansen", "voorzitter", "2023-03-01", None, None)
PIET = ("Piet de Boer", "voorzitter", "2025-01-15", None, None)
#: ... but the one graph.tenure inferred, and where from
ANNA_ENDED = ("Anna Jansen", "voorzitter", "2023-03-01", "2025-01-14", "late")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_later_report_names_the_chair_as_of_a_day_after_it(runner, kg, engine):
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01", engine=engine) == [PIET]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-01-15", engine=engine) == [PIET]
    # before the later report, nothing said her term would end (round 40t): no end from a later document
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-01-14", engine=engine) == [ANNA]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2024-06-01", engine=engine) == [ANNA]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2023-02-28", engine=engine) == []
    # --at reads the term the table shows: from the report's day to its inferred end (round 39t)
    assert chairs(runner, kg, "Pijler Economie", "--at", "2023-03-01", engine=engine) == [ANNA_ENDED]
    assert chairs(runner, kg, "Pijler Economie", "--at", "2024-06-01", engine=engine) == [ANNA_ENDED]
    assert chairs(runner, kg, "Pijler Economie", "--at", "2025-01-15", engine=engine) == [PIET]
    assert chairs(runner, kg, "Pijler Economie", engine=engine) == [ANNA_ENDED, PIET]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_entity_as_of_a_day_names_the_chair_of_then(runner, kg, engine):
    def held(name, as_of):
        output = run(runner, kg, "entity", name, "--as-of", as_of, "--format", "json", engine=engine)
        [row] = json.loads(output)["rows"]
        return [(r["otherLabel"], r["role"]) for r in row["relations"].get("hasRole", [])]

    assert held("Pijler Economie", "2025-06-01") == [("Piet de Boer", "voorzitter")]
    assert held("Pijler Economie", "2024-06-01") == [("Anna Jansen", "voorzitter")]
    assert held("Anna Jansen", "2025-06-01") == []
    assert held("Anna Jansen", "2024-06-01") == [("Pijler Economie", "voorzitter")]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_network_as_of_a_day_has_the_chair_of_then(runner, kg, engine):
    """The projection (network, path, rank) keeps what the questions keep (graph.project's _kept_as_of)."""
    def around(as_of):
        output = run(runner, kg, "serve", "--get", f"/network.json?focus=Pijler%20Economie&as_of={as_of}", engine=engine)
        return sorted(node["label"] for node in json.loads(output)["nodes"])

    assert around("2025-06-01") == ["Piet de Boer", "Pijler Economie"]
    assert around("2024-06-01") == ["Anna Jansen", "Pijler Economie"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_what_does_not_close_a_reported_term(runner, kg, engine):
    # a former chair named later: Joost stays, Lotte was chair before (past: in no state)
    assert chairs(runner, kg, "Pijler Sociaal", "--as-of", "2025-06-01", engine=engine) == [
        ("Joost de Wit", "voorzitter", "2023-03-01", None, None)]
    # the same chair reported twice: both reports stand, one term from the first (one row per term, round 50t)
    assert chairs(runner, kg, "Themagroep Wonen", "--as-of", "2025-06-01", engine=engine) == [
        ("Mark Visser", "voorzitter", "2023-03-01", None, None)]
    # a covoorzitter shares the chair
    assert chairs(runner, kg, "Themagroep Water", "--as-of", "2025-06-01", role=None, engine=engine) == [
        ("Sanne Bos", "voorzitter", "2023-03-01", None, None),
        ("Kees Smit", "covoorzitter", "2025-01-15", None, None)]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_start_announced_before_a_report_ends_it_from_that_start(runner, kg, engine):
    """Bram's start (1 June 2024, in a document of February 2023) follows Eva's report of March 2023:
    the report ends the day before that start, and closes nothing of Bram's."""
    eva = ("Eva Dekker", "voorzitter", "2023-03-01", "2024-05-31", "announced")  # the day before Bram's start
    bram = ("Bram Bakker", "voorzitter", "2024-06-01", None, None)
    assert chairs(runner, kg, "Themagroep Energie", "--as-of", "2024-05-31", engine=engine) == [eva]
    assert chairs(runner, kg, "Themagroep Energie", "--as-of", "2024-06-01", engine=engine) == [bram]
    assert chairs(runner, kg, "Themagroep Energie", "--as-of", "2026", engine=engine) == [bram]


def test_the_explorer_says_by_when_a_report_ended_and_where_from(runner, kg):
    page = run(runner, kg, "serve", "--get", "/entity/person/anna-jansen.json")
    [evidence] = json.loads(page)["facts"]["hasRole:out"][0]["evidence"]
    assert (evidence["date"], evidence["inferred_until"], evidence["ended_by_path"]) == (
        "2023-03-01", "2025-01-14", "/document/late")
    html = run(runner, kg, "serve", "--get", "/entity/person/anna-jansen")
    assert ('· datum 2023-03-01 <span class="muted inferred">(uiterlijk geëindigd op 2025-01-14; einde afgeleid: '
            'de volgende bekleder staat in <a href="/document/late">late</a>)</span>') in html, html
    english = run(runner, kg, "serve", "--get", "/entity/person/anna-jansen?lang=en")
    assert ('· date 2023-03-01 <span class="muted inferred">(ended on or before 2025-01-14; end inferred: '
            'the next holder is named in <a href="/document/late?lang=en">late</a>)</span>') in english, english
    # the later chair's report has no end
    later = json.loads(run(runner, kg, "serve", "--get", "/entity/person/piet-de-boer.json"))
    assert later["facts"]["hasRole:out"][0]["evidence"][0]["inferred_until"] is None


def test_the_later_document_added_closes_the_term_and_removed_reopens_it(runner, tmp_path):
    """An incremental rebuild gives the graph a full build gives, after each change."""
    from graph.store import GRAPH_FILE

    docs, kg = tmp_path / "docs", tmp_path / "kg"
    write(docs, {"early": DOCUMENTS["early"]})

    def build_and_compare(name):
        built = runner.invoke(cli, ["--graph", str(kg), "build", str(docs)])
        assert built.exit_code == 0, built.output
        fresh = tmp_path / name
        assert runner.invoke(cli, ["--graph", str(fresh), "build", str(docs)]).exit_code == 0
        assert (kg / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()

    build_and_compare("fresh-1")
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [ANNA]
    write(docs, {"late": DOCUMENTS["late"]})
    build_and_compare("fresh-2")
    assert json.loads((kg / "manifest.json").read_text(encoding="utf-8"))["store"]["mode"] == "patch"
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [PIET]
    # a change elsewhere: the patched store keeps the inferred ends (graph.assemble's add_derived)
    write(docs, {"early": ("2023-03-01", DOCUMENTS["early"][1] + "\nDe bijeenkomst was in Zwolle.\n")})
    build_and_compare("fresh-2b")
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [PIET]
    for path in (docs / "late.txt", docs / "late.meta.json"):
        path.unlink()
    build_and_compare("fresh-3")
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01") == [ANNA]


def test_one_chair_under_two_names_merged_by_a_correction_is_not_ended_by_itself(runner, tmp_path):
    docs, kg, fixes = tmp_path / "docs", tmp_path / "kg", tmp_path / "correcties"
    write(docs, {"a": ("2023-03-01", "Anna Jansen, voorzitter van de Pijler Economie, opende de bijeenkomst.\n"),
                 "b": ("2025-01-15", "Anne Jansen, voorzitter van de Pijler Economie, sloot de bijeenkomst.\n")})
    fixes.mkdir()

    def build(text):
        (fixes / "c.yaml").write_text(text, encoding="utf-8")
        built = runner.invoke(cli, ["--graph", str(kg), "build", str(docs), "--curated", str(fixes)])
        assert built.exit_code == 0, built.output
        return [(row[0], row[2]) for row in chairs(runner, kg, "Pijler Economie", "--as-of", "2025-06-01")]

    assert build("") == [("Anne Jansen", "2025-01-15")]
    # merged, her two reports are one term (one row per term, round 50t), not ended by her later report
    assert build("merge:\n  - {from: person/anne-jansen, into: person/anna-jansen}\n") == [("Anna Jansen", "2023-03-01")]


# --- the explorer names a ministry as the command line does ----------------------------------------
# A heading, a list or a network node (the ministry over time): its current name with the other names
# its facts use, "EZK (eerder EZ)"; a row (a fact): its name at the time of the fact.

MINISTRIES = {
    "nieuw": ("2025-01-10", "Breda werkt samen met het ministerie van EZ aan de binnenstad.\n\n"
                            "Zwolle werkt samen met het ministerie van VRO aan woningbouw.\n"),
    "oud": ("2023-05-01", "Zwolle werkt samen met het ministerie van LNV aan natuur.\n\n"
                          "Breda werkt samen met het ministerie van EZK aan energie.\n"),
}


@pytest.fixture(scope="module")
def ministries(tmp_path_factory):
    """The two documents built once; read-only."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("ministries")
    build_graph([write(where / "docs", MINISTRIES)], where / "kg")
    return where / "kg"


def page(runner, kg, path, engine="oxigraph"):
    return run(runner, kg, "serve", "--get", path, engine=engine)


@pytest.mark.parametrize("lang, earlier", [("nl", "eerder"), ("en", "earlier")])
def test_a_ministry_s_page_is_headed_by_its_names_over_time(runner, ministries, lang, earlier):
    html = page(runner, ministries, f"/entity/ministry/mnre1045?lang={lang}")
    # round 45y (walkthrough 20, finding 17): the heading is the name, the names through time a line under it
    assert "<title>EZK · " in html, html
    assert "<h1>EZK <span class=\"type\">" in html, html
    history = {"nl": "Namen door de tijd", "en": "Names over time"}[lang]
    assert f'<p class="name-history">{history}: ELenI (2010-10-14 – 2012-12-31) · EZ (2013-01-01 – 2017-12-31) · ' in html
    assert f'aria-label="{"Netwerk rondom" if lang == "nl" else "Network around"} EZK ({earlier} EZ)"' in html, html
    # the drawing's name: on short lines, the whole of it as the tooltip (round 48c)
    assert f'text-anchor="middle"><title>EZK ({earlier} EZ)</title><tspan ' in html, html
    lvvn = page(runner, ministries, f"/entity/ministry/mnre1153?lang={lang}")
    assert "<h1>LVVN <span class=\"type\">" in lvvn and "LNV (2017-10-26 – 2024-07-01) · LVVN (" in lvvn, lvvn
    # a ministry whose facts use only its current name: that name alone
    assert "<h1>VRO <span class=\"type\">" in page(runner, ministries, f"/entity/ministry/mnre1171?lang={lang}")
    # the JSON twin keeps the label and gives the earlier names as data
    data = json.loads(page(runner, ministries, "/entity/ministry/mnre1045.json"))
    assert (data["label"], data["earlier"]) == ("EZK", ["EZ"])


@pytest.mark.parametrize("lang, earlier, engine", [("nl", "eerder", "oxigraph"), ("en", "earlier", "rdflib")])
def test_lists_and_network_nodes_name_a_ministry_over_time(runner, ministries, lang, earlier, engine):
    zwolle = page(runner, ministries, f"/entity/municipality/gm0193?lang={lang}", engine)
    assert f'<a class="other" href="/entity/ministry/mnre1153?lang={lang}">LVVN ({earlier} LNV)</a>' in zwolle, zwolle
    assert f'<a class="other" href="/entity/ministry/mnre1171?lang={lang}">VRO</a>' in zwolle, zwolle
    assert re.search(rf'text-anchor="(start|end|middle)"><title>LVVN \({earlier} LNV\)</title><tspan ', zwolle), zwolle
    home = page(runner, ministries, f"/?lang={lang}", engine)
    assert f'<li><a href="/entity/ministry/mnre1045?lang={lang}">EZK ({earlier} EZ)</a> <span class="muted">' in home, home
    assert f'<li><a href="/entity/ministry/mnre1153?lang={lang}">LVVN ({earlier} LNV)</a> <span class="muted">' in home
    found = page(runner, ministries, f"/search?q=LNV&lang={lang}", engine)
    assert f'<li><a href="/entity/ministry/mnre1153?lang={lang}">LVVN ({earlier} LNV)</a> <span class="type">' in found, found


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_row_names_a_ministry_as_at_its_fact(runner, ministries, engine):
    document = page(runner, ministries, "/document/nieuw", engine)
    assert '— werkt samen met — <a href="/entity/ministry/mnre1045">EZ</a>' in document, document
    assert '<li><a href="/entity/ministry/mnre1045">EZ</a> <span class="muted">“<span lang="nl">EZ</span>” @41</span></li>' in document
    assert '<a class="mention" href="/entity/ministry/mnre1045">EZ</a>' in document  # no title: it would say the same
    older = page(runner, ministries, "/document/oud", engine)
    assert '— werkt samen met — <a href="/entity/ministry/mnre1153">LNV</a>' in older, older
    assert '— werkt samen met — <a href="/entity/ministry/mnre1045">EZK</a>' in older, older
    answer = page(runner, ministries, "/questions/city-involvement?city=Breda&run=1", engine)
    assert [cell for cell in answer.split("<td>") if "/entity/ministry/" in cell] == [
        '<a href="/entity/ministry/mnre1045">EZK</a></td>', '<a href="/entity/ministry/mnre1045">EZ</a></td>']
    # in a window: the name of that day, as `ask --at` gives it
    at = page(runner, ministries, "/questions/city-involvement?city=Zwolle&at=2023-05-01", engine)
    assert [cell for cell in at.split("<td>") if "/entity/ministry/" in cell] == [
        '<a href="/entity/ministry/mnre1153">LNV</a></td>'], at


def test_the_static_copy_names_ministries_as_the_explorer_does(runner, ministries, tmp_path):
    out = tmp_path / "site"
    run(runner, ministries, "export", "--format", "site", "-o", str(out))
    html = (out / "entity" / "ministry" / "mnre1153.html").read_text(encoding="utf-8")
    assert "<h1>LVVN <span class=\"type\">" in html and "Namen door de tijd: LNV (2017-10-26 – 2024-07-01)" in html, html
    home = (out / "index.html").read_text(encoding="utf-8")
    assert ">EZK (eerder EZ)</a>" in home, home


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_year_report_s_chair_is_closed_by_a_later_holder_after_its_year(runner, tmp_path, engine):
    """A chair named in a report on 2023 (its facts hold in the year, no day; ``--as-of`` reads that year as
    its document's, no end) is a report for that year: a later news item's chair ends it the day before
    (as of then one chair, not two), while inside the year only a takeover would, and ``--at`` keeps
    reading the year. The build records say which terms only their documents date."""
    from graph.fragment_index import read_index
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "jaarverslag.txt").write_text("Anna Jansen, voorzitter van de Pijler Economie, blikt terug.\n\n"
                                          "De Pijler Sociaal werd in 2023 voorgezeten door Joost de Wit.\n", encoding="utf-8")
    (docs / "jaarverslag.meta.json").write_text(json.dumps({"period": {"start": "2023-01-01", "end": "2023-12-31"}}),
                                                encoding="utf-8")
    write(docs, {"nieuws": ("2024-05-01", "Piet de Boer, voorzitter van de Pijler Economie, zei dat het goed ging.\n\n"
                                          "Lotte Brouwer, voorzitter van de Pijler Sociaal, was er ook.\n")})
    kg = tmp_path / "kg"
    build_graph([docs], kg)
    terms = sorted((t[1].rsplit("/", 1)[-1], t[4], t[5], t[7]) for g in read_index(kg)["graphs"].values()
                   for t in (g.get("record") or {}).get("terms", ()))
    # "in 2023" in the report on 2023 dates the term as its document does: the filters cannot tell them apart
    assert terms == [("anna-jansen", "2023-01-01", "2023-12-31", True), ("joost-de-wit", "2023-01-01", "2023-12-31", True),
                     ("lotte-brouwer", "2024-05-01", "2024-05-01", True), ("piet-de-boer", "2024-05-01", "2024-05-01", True)]
    # the report's period is no end its text states: the tables show none (walkthrough 23, finding 5)
    anna, piet = ("Anna Jansen", "voorzitter", "2023-01-01", None, None), PIET[:2] + ("2024-05-01", None, None)
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2024-06-01", engine=engine) == [piet]
    assert chairs(runner, kg, "Pijler Economie", "--as-of", "2024-04-30", engine=engine) == [anna]
    assert chairs(runner, kg, "Pijler Economie", "--at", "2023-06-01", engine=engine) == [anna]
    assert chairs(runner, kg, "Pijler Economie", "--at", "2024-03-01", engine=engine) == []
    assert [row[0] for row in chairs(runner, kg, "Pijler Sociaal", "--as-of", "2024-06-01", engine=engine)] == ["Lotte Brouwer"]
