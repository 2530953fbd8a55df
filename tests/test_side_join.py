"""Round 52q: ``city-ministry``'s sides joined and counted in Python (``graph/side_join.py``) give exactly the
rows of its SPARQL text, in the same order, on both engines: every parameter, every window, and ``--as-of``
on every month of three years."""

from __future__ import annotations

import pytest
from fixture_graph import ENGINES

from graph.query import engine_of, get_question, question_text, run_sparql
from graph.questions import question_bindings
from graph.side_join import joined_answer
from graph.store import GRAPH_FILE, new_dataset, open_dataset
from tests.documents import built_from
from tests.test_kept_answers import asked_id

DOCUMENTS = {
    "eerste": ("2024-03-01", "Breda neemt deel aan de Regio Deal Noordoost-Brabant. Het ministerie van BZK neemt deel "
                             "aan de Regio Deal Noordoost-Brabant. Tilburg werkt samen met het ministerie van EZK."),
    "tweede": ("2024-09-01", "Tilburg neemt deel aan de Regio Deal Noordoost-Brabant. Het ministerie van EZK neemt "
                             "deel aan de Regio Deal Noordoost-Brabant. Het ministerie van EZK werkt samen met Breda."),
    "derde": ("2025-05-01", "Breda werkt samen met het ministerie van BZK. Het ministerie van BZK neemt deel aan de "
                            "Regio Deal Noordoost-Brabant. Sinds 2023 neemt Eindhoven deel aan de City Deal "
                            "Kennisstad. Het ministerie van OCW neemt deel aan de City Deal Kennisstad."),
    "vierde": ("2025-11-15", "Eindhoven nam tot 2025 deel aan de City Deal Kennisstad. Tilburg neemt deel aan de City "
                             "Deal Kennisstad."),
}

ASKED = [
    {},
    {"city": "Breda"},
    {"ministry": "BZK"},
    {"city": "Tilburg", "ministry": "EZK"},
    {"as_of": "2024-06-01"},
    {"as_of": "2025-12-31", "city": "Eindhoven"},
    {"at": "2024-09-01"},
    {"at": "2025", "ministry": "OCW"},
    {"from": "2024-06-01", "until": "2025-12-31"},
    {"from": "2025-01-01"},
    {"until": "2024-06-30", "city": "Breda"},
]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("side-join"), DOCUMENTS)


#: the graph's read-only Oxigraph store keeps the sides' rows beside the graph and answers a window from them;
#: the same graph in an Oxigraph store in memory asks the sides with the window
WAYS = (*ENGINES, "oxigraph-memory")


@pytest.fixture(scope="module")
def datasets(kg):
    found = {engine: open_dataset(kg, engine=engine) for engine in ENGINES}
    found["oxigraph-memory"] = new_dataset("oxigraph")
    found["oxigraph-memory"].parse(kg / GRAPH_FILE, format="nquads")
    return found


def both_ways(dataset, params: dict) -> tuple[list, list]:
    """The rows of city-ministry's SPARQL text and of its sides joined in Python, with ``params`` bound."""
    question = get_question("city-ministry")
    bindings = question_bindings(dataset, question, params)
    text = run_sparql(dataset, question_text(question, bindings, engine=engine_of(dataset)), check=False)
    joined = joined_answer(dataset, question, bindings, None)
    assert joined.columns == text.columns
    return text.rows, joined.rows


@pytest.mark.parametrize("engine", WAYS)
@pytest.mark.parametrize("params", ASKED, ids=asked_id)
def test_the_joined_rows_are_the_text_rows(datasets, engine, params):
    text, joined = both_ways(datasets[engine], params)
    assert joined == text


def test_a_window_is_answered_from_the_kept_rows(kg, datasets, monkeypatch):
    """Once the sides' rows are kept, a window asks no SPARQL."""
    from graph import side_join

    dataset = datasets["oxigraph"]
    both_ways(dataset, {"as_of": "2025-01-01"})
    assert list((kg / "derived").glob("sides-city-ministry-*.json"))
    monkeypatch.setattr(side_join, "_table", None)
    text, joined = both_ways(dataset, {"as_of": "2024-10-01", "city": "Breda"})
    assert joined == text


def test_the_fixture_has_every_kind_of_link(datasets):
    """Direct links in both directions, links through two programmes, a document that names both sides."""
    text, _ = both_ways(datasets["oxigraph"], {})
    relations = {(str(row["cityLabel"]), str(row["ministryLabel"]), str(row["relation"])) for row in text}
    assert {("Breda", "BZK", "collaboratesWith"), ("Tilburg", "EZK", "collaboratesWith")} <= relations
    assert {str(row["programmeLabel"]) for row in text if row["programme"] is not None} >= {
        "Regio Deal Noordoost-Brabant"}
    assert any(int(row["documents"]) > 1 for row in text)


@pytest.mark.parametrize("window", ["as_of", "at"])
@pytest.mark.parametrize("engine", ["oxigraph", "oxigraph-memory"])
def test_every_month_of_three_years(datasets, window, engine):
    """Property-style: the two ways agree on every month's first day of 2023–2025, on Oxigraph."""
    for year in (2023, 2024, 2025):
        for month in range(1, 13):
            text, joined = both_ways(datasets[engine], {window: f"{year}-{month:02d}-01"})
            assert joined == text, f"{window} {year}-{month:02d}-01"
