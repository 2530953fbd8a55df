"""Single offices across documents: an open term ends the day before the next holder's begins."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.tenure import Term, inferred_ends


def term(evidence, holder, start, end=None, *, body="u/pijler", office="voorzitter", past=False):
    return Term(evidence, holder, body, office, start, end, past)


@pytest.mark.parametrize("terms, expected", [
    ([term("e1", "anna", "2022-06-01"), term("e2", "piet", "2024-11-05", "2024-11-05")], [("e1", "2024-11-04", "e2")]),
    # the first later start of another holder closes it, whatever the order of the evidence
    ([term("e3", "kees", "2025-03-01"), term("e1", "anna", "2022-06-01"), term("e2", "piet", "2024-01-01")],
     [("e1", "2023-12-31", "e2"), ("e2", "2025-02-28", "e3")]),
    ([term("e1", "anna", "2022-06-01"), term("e2", "anna", "2024-11-05")], []),  # the same holder again
    ([term("e1", "anna", "2022-06-01", "2023-12-31"), term("e2", "piet", "2024-11-05")], []),  # a term with an end
    ([term("e1", "anna", "2022-06-01", past=True), term("e2", "piet", "2024-11-05")], []),  # already said to be over
    ([term("e1", "anna", "2022-06-01"), term("e2", "piet", "2024-11-05", past=True)], []),  # a former holder named later
    ([term("e1", "anna", "2022-06-01"), term("e2", "piet", "2022-06-01")], []),  # two starting together: co-chairs
    ([term("e1", "anna", "2022-06-01"), term("e2", "piet", "2024-11-05", body="u/andere-pijler")], []),
    ([term("e1", "anna", "2022-06-01"), term("e2", "piet", "2024-11-05", office="vicevoorzitter")], []),
    ([term("e1", "anna", None), term("e2", "piet", "2024-11-05")], []),  # no time at all: nothing to close
    # a period ("werd in 2024 voorgezeten door") that a later holder's "from then on" cuts short …
    ([term("e1", "anna", "2024-01-01", "2024-12-31"), term("e2", "piet", "2024-10-01")], [("e1", "2024-09-30", "e2")]),
    # … but not a mention on one day, nor a start after its end
    ([term("e1", "anna", "2024-01-01", "2024-12-31"), term("e2", "piet", "2024-10-01", "2024-10-01")], []),
    ([term("e1", "anna", "2024-01-01", "2024-12-31"), term("e2", "piet", "2025-01-01")], []),
])
def test_an_open_term_ends_where_another_holder_of_the_office_begins(terms, expected):
    assert inferred_ends(terms) == expected


def write_pijler(docs):
    """Two documents, each naming a chair of the Pijler Sociaal: Anna Jansen (2022), Piet de Boer (2024)."""
    docs.mkdir()
    for name, date, text in (("a", "2022-07-01", "Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal."),
                             ("b", "2024-11-05", "Piet de Boer is de nieuwe voorzitter van de Pijler Sociaal.")):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    return docs


@pytest.fixture
def pijler(tmp_path):
    """This test's own copy of the two documents (to change or rebuild)."""
    return write_pijler(tmp_path / "docs")


@pytest.fixture(scope="module")
def pijler_graph(tmp_path_factory):
    """The two documents built once (as ``g40kg build`` builds them) for the tests that only ask; read-only."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("pijler")
    build_graph([write_pijler(where / "docs")], where / "kg")
    return where / "kg"


def chairs(runner, kg, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "unit-role-timeline",
                                 "-p", "unit=Pijler Sociaal", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [(r["personLabel"], r["start"], r["end"]) for r in json.loads(result.output)["rows"]]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_who_chaired_when_knows_the_later_chair_of_another_document(runner, pijler_graph, engine):
    kg = pijler_graph
    assert chairs(runner, kg, engine=engine) == [("Anna Jansen", "2022-06-01", "2024-11-04"),
                                                 ("Piet de Boer", "2024-11-05", None)]
    assert chairs(runner, kg, "--at", "2024-11-05", engine=engine) == [("Piet de Boer", "2024-11-05", None)]
    assert chairs(runner, kg, "--at", "2023-01-01", engine=engine) == [("Anna Jansen", "2022-06-01", "2024-11-04")]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_an_inferred_end_names_where_it_comes_from(runner, pijler_graph, engine):
    """The tables say which document named the next holder; an end the text gives has no such source."""
    kg = pijler_graph
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "unit-role-timeline",
                                 "-p", "unit=Pijler Sociaal", "--format", "json"])
    assert [(r["personLabel"], r["end"], r["endedBy"]) for r in json.loads(result.output)["rows"]] == [
        ("Anna Jansen", "2024-11-04", "b"), ("Piet de Boer", None, None)]
    table = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "entity", "Anna Jansen"]).output
    assert "einde afgeleid uit" in table and "2024-11-04  b " in table, table
    english = runner.invoke(cli, ["--graph", str(kg), "--lang", "en", "ask", "who-is-who",
                                  "-p", "person=Piet de Boer"]).output
    assert "end inferred from" in english, english


def test_the_explorer_shows_an_inferred_end_with_its_source(runner, pijler_graph):
    page = runner.invoke(cli, ["--graph", str(pijler_graph), "serve", "--get", "/entity/person/anna-jansen.json"])
    assert page.exit_code == 0, page.output
    [evidence] = json.loads(page.output)["facts"]["hasRole:out"][0]["evidence"]
    assert (evidence["valid_from"], evidence["valid_until"], evidence["inferred_until"], evidence["ended_by_path"]) == (
        "2022-06-01", None, "2024-11-04", "/document/b")
    html = runner.invoke(cli, ["--graph", str(pijler_graph), "serve", "--get", "/entity/person/anna-jansen"]).output
    assert ("2022-06-01 – 2024-11-04 <span class=\"muted inferred\">(einde afgeleid: de volgende bekleder staat in "
            "<a href=\"/document/b\">b</a>)</span>") in html, html
    english = runner.invoke(cli, ["--graph", str(pijler_graph), "serve", "--get", "/entity/person/anna-jansen?lang=en"]).output
    assert ("2022-06-01 – 2024-11-04 <span class=\"muted inferred\">(end inferred: the next holder is named in "
            "<a href=\"/document/b?lang=en\">b</a>)</span>") in english, english
    later = runner.invoke(cli, ["--graph", str(pijler_graph), "serve", "--get", "/entity/person/piet-de-boer.json"])
    [evidence] = json.loads(later.output)["facts"]["hasRole:out"][0]["evidence"]
    assert evidence["inferred_until"] is None and evidence["ended_by_path"] is None


def test_a_mayor_s_term_ends_where_the_next_mayor_s_begins(runner, tmp_path):
    """The burgemeester is an office of a municipality: its timeline is asked by the town's name."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, date, text in (("a", "2019-09-01", "Sinds september 2019 is Anna Jansen burgemeester van Breda."),
                             ("b", "2025-03-10", "Piet de Boer is de nieuwe burgemeester van Breda.")):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    kg = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(docs)]).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "unit-role-timeline", "-p", "unit=Breda", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [(r["personLabel"], r["role"], r["start"], r["end"], r["endedBy"]) for r in json.loads(result.output)["rows"]] == [
        ("Anna Jansen", "burgemeester", "2019-09-01", "2025-03-09", "b"),
        ("Piet de Boer", "burgemeester", "2025-03-10", None, None)]


def test_the_inferred_end_follows_the_corpus(runner, tmp_path, pijler):
    """Rebuilt after a change (a patch), it stays; with the later document gone, the term is open again."""
    kg = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(pijler)]).exit_code == 0
    (pijler / "a.txt").write_text("Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal. Welkom!",
                                  encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(pijler)]).exit_code == 0
    assert json.loads((kg / "manifest.json").read_text(encoding="utf-8"))["store"]["mode"] == "patch"
    assert chairs(runner, kg)[0] == ("Anna Jansen", "2022-06-01", "2024-11-04")
    (pijler / "b.txt").unlink()
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(pijler)]).exit_code == 0
    assert chairs(runner, kg) == [("Anna Jansen", "2022-06-01", None)]
    assert chairs(runner, kg, "--at", "2025-01-01") == [("Anna Jansen", "2022-06-01", None)]
    assert runner.invoke(cli, ["--graph", str(kg), "validate"]).exit_code == 0


def test_corrections_take_part(runner, tmp_path, pijler):
    """A suppressed later chair closes nothing; a chair added by hand with a start does."""
    fixes = tmp_path / "correcties"
    fixes.mkdir()
    kg = tmp_path / "kg"

    def build(text):
        (fixes / "c.yaml").write_text(text, encoding="utf-8")
        built = runner.invoke(cli, ["--graph", str(kg), "build", str(pijler), "--curated", str(fixes)])
        assert built.exit_code == 0, built.output

    build("suppress:\n  - {subject: person/piet-de-boer, predicate: hasRole, object: unit/pijler-sociaal, role: voorzitter}\n")
    assert chairs(runner, kg) == [("Anna Jansen", "2022-06-01", None)]
    build("entities:\n  person/kees-smit: {type: Person, label: Kees Smit}\n"
          "facts:\n  - {subject: person/kees-smit, predicate: hasRole, object: unit/pijler-sociaal, role: voorzitter,"
          " valid_from: 2023-01-01}\n")
    assert chairs(runner, kg)[:2] == [("Anna Jansen", "2022-06-01", "2022-12-31"), ("Kees Smit", "2023-01-01", "2024-11-04")]
    rows = json.loads(runner.invoke(cli, ["--graph", str(kg), "ask", "unit-role-timeline", "-p", "unit=Pijler Sociaal",
                                          "--format", "json"]).output)["rows"]
    assert rows[0]["endedBy"].endswith("c.yaml:4"), rows[0]  # the correction that added the next chair


def test_the_inferred_ends_are_those_the_rule_says_for_any_terms():
    """The bisected search against the rule written out plainly, on random offices (with reports:
    terms only their document dates, which end like open ones, tests/test_tenure_reported.py; and the
    holder's own stated end, tests/test_tenure_stated_end.py)."""
    import random

    def by_the_rule(terms):
        ends = []
        for term in terms:
            if term.past or not term.start:
                continue
            closes = term.end is None or term.reported  # else a period: only a later "from then on" cuts it
            # a report of another holder on a day the holder is reported too closes nothing (round 50g)
            reported_days = {t.start for t in terms if (t.holder, t.body, t.office) == (term.holder, term.body, term.office)
                             and t.reported and not t.past and t.start and t.start == t.end}
            later = sorted((t for t in terms if t.body == term.body and t.office == term.office and t.start
                            and not t.past and t.holder != term.holder and t.start > term.start
                            and not (closes and t.reported and t.start == t.end and t.start in reported_days)
                            and (closes or (t.end is None and t.start <= term.end))),
                           key=lambda t: (t.start, t.evidence))
            found = []
            if later:
                found.append(((date.fromisoformat(later[0].start) - timedelta(days=1)).isoformat(), later[0].evidence))
            # the same holder's stated end (round 39d): the first on or after the start, from other evidence;
            # a role reported over on a day (round 42e: a farewell) states one too, but not for a term
            # reported that same day
            over_on_a_day = {t.evidence for t in terms if t.end and t.reported and t.past and t.start == t.end}
            stated = sorted((t.end, t.evidence) for t in terms if (t.holder, t.body, t.office) == (term.holder, term.body,
                            term.office) and t.end and (not t.reported or t.evidence in over_on_a_day)
                            and t.end >= term.start and t.evidence != term.evidence
                            and not (t.evidence in over_on_a_day and t.end == term.start))
            if closes and stated:
                found.append(stated[0])
            if found:
                ends.append((term.evidence, *min(found)))
        # a past term with no start of its own ends at an earlier stated end of the holder's latest term begun
        # before it (round 60d, graph.past_mention_ends)
        for term in terms:
            if not bound_only(term):
                continue
            same = [t for t in terms if (t.holder, t.body, t.office) == (term.holder, term.body, term.office)]
            starts = [t.start for t in same if t.start and not bound_only(t) and t.start <= term.end]
            if not starts:
                continue
            stated = [(t.end, t.evidence) for t in same if t.end and (not t.reported or t.past and t.start == t.end)
                      and t.evidence != term.evidence and max(starts) <= t.end < term.end]
            if stated:
                ends.append((term.evidence, *min(stated)))
        return sorted(ends)

    def bound_only(term):
        return term.past and term.end and (term.start is None or term.reported and term.start == term.end)

    from datetime import date, timedelta

    chance = random.Random(7)
    for _ in range(200):
        terms = []
        for n in range(chance.randint(1, 12)):
            start = f"2024-{chance.randint(1, 12):02d}-01" if chance.random() < 0.9 else None
            end = None if start is None or chance.random() < 0.5 else f"2024-{chance.randint(int(start[5:7]), 12):02d}-28"
            reported = start is not None and chance.random() < 0.3
            terms.append(Term(f"e{n}", chance.choice("abc"), chance.choice(["u/1", "u/2"]), "voorzitter", start,
                              start if reported else end, chance.random() < 0.1, reported))
        assert inferred_ends(terms) == by_the_rule(terms), terms


def test_holders_are_grouped_by_name_the_same_with_the_surname_index_as_without():
    """name_twins' ``keys`` (an index of holders by initial and surname word, round 42's speed mend) groups holders
    exactly as comparing every holder with every group does, on random names."""
    import random

    from graph.tenure import _one_holder_per_person, name_twins

    chance = random.Random(3)
    given = ["Marieke", "Mark", "M.", "M.J.", "Karin", "K.", "Linda", "L.", "J.M.", ""]
    surnames = ["van der Berg", "van der Berg-Jansen", "de Vries", "de Vries-Bakker", "Mulder", "Mulder-Koster"]
    for _ in range(200):
        names = {f"p/{n}": f"{chance.choice(given)} {chance.choice(surnames)}" for n in range(chance.randint(1, 14))}
        held = [Term(f"e{n}", iri, "u/1", "voorzitter", f"2024-{n % 12 + 1:02d}-01", None, False)
                for n, iri in enumerate(chance.sample(sorted(names), len(names)))]
        indexed = name_twins(names)
        plain = lambda a, b: indexed(a, b)  # the same answers, without the index
        assert _one_holder_per_person(held, indexed) == _one_holder_per_person(held, plain), names
