"""Round 45m, walkthrough 19 finding 11: a role keeps its portfolio ("wethouder Wonen en Ruimte",
"directeur Woningbouw", "plaatsvervangend directeur-generaal Water en Bodem"), from extraction to the
facts export, who-does-what, who-is-who, ``entity`` and the curation files. The people are fictional."""

from __future__ import annotations

import csv
import io
import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.gazetteer import load_gazetteer

from tests.documents import dated_documents

# sentence → (holder, role, portfolio) of its one role fact
PORTFOLIOS = {
    "Jan de Vries, wethouder Wonen en Ruimte van Heerlen, opende de bijeenkomst.":
        ("Jan de Vries", "wethouder", "Wonen en Ruimte"),
    "De Delftse wethouder van wonen, Anna Kok, sprak.": ("Anna Kok", "wethouder", "wonen"),
    "Eva Smit, directeur Woningbouw bij het ministerie van BZK, was aanwezig.": ("Eva Smit", "directeur", "Woningbouw"),
    "Karel Blom, plaatsvervangend directeur-generaal Water en Bodem bij het ministerie van IenW, sprak.":
        ("Karel Blom", "plaatsvervangend directeur-generaal", "Water en Bodem"),
    "Sanne Wit is wethouder Wonen in Ede.": ("Sanne Wit", "wethouder", "Wonen"),
    "Lisa Kok, gedeputeerde Mobiliteit van de provincie Gelderland, sprak.": ("Lisa Kok", "gedeputeerde", "Mobiliteit"),
    "Bram Ooms, programmadirecteur Stedelijke Vernieuwing bij BZK, sprak.":
        ("Bram Ooms", "programmadirecteur", "Stedelijke Vernieuwing"),
    "Fleur Bos is sinds juni 2022 wethouder Economie, Binnenstad en Cultuur van de gemeente Ede.":
        ("Fleur Bos", "wethouder", "Economie, Binnenstad en Cultuur"),
    # no portfolio: a name, a ministry, a place, a comma before the place, a date
    "Aanwezig was wethouder Jan de Vries (Heerlen).": ("Jan de Vries", "wethouder", None),
    "Piet Bos, minister van Volkshuisvesting en Ruimtelijke Ordening, sprak.": ("Piet Bos", "minister", None),
    "De wethouder van Heerlen, Jan de Vries, sprak.": ("Jan de Vries", "wethouder", None),
    "Tom Raaf, wethouder, Zwolle, sprak.": ("Tom Raaf", "wethouder", None),
    "Piet Kramer (Ede) is sinds 2020 wethouder.": ("Piet Kramer", "wethouder", None),
}


@pytest.mark.parametrize("sentence", list(PORTFOLIOS))
def test_the_portfolio_after_a_role_word(sentence):
    found = [(r.subject.text, r.role, r.portfolio) for r in extract("d", sentence, gazetteer=load_gazetteer()).relations
             if r.predicate == "hasRole"]
    assert found == [PORTFOLIOS[sentence]], found


def test_each_of_two_holders_keeps_the_portfolio_of_their_own_role_word():
    text = "Wethouder Wonen en Zorg Piet Kramer (Ede) en wethouder Economie Sanne Wit (Zwolle) openden."
    found = {(r.subject.text, r.portfolio) for r in extract("d", text, gazetteer=load_gazetteer()).relations
             if r.predicate == "hasRole"}
    assert found == {("Piet Kramer", "Wonen en Zorg"), ("Sanne Wit", "Economie")}


def test_a_portfolio_that_only_repeats_the_directorate_is_none():
    text = "Het programma valt onder de directie Woningmarkt van BZK. Directeur is de heer Jan Smit."
    found = [(r.object.label, r.portfolio) for r in extract("d", text, gazetteer=load_gazetteer()).relations
             if r.predicate == "hasRole"]
    assert found == [("Directie Woningmarkt", None)]


FIRST = ("Verslag overleg wonen\n\n"
         "Jan de Vries, wethouder Wonen en Ruimte van Heerlen, opende de bijeenkomst.\n"
         "Eva Smit, directeur Woningbouw bij het ministerie van BZK, gaf een toelichting.")
LATER = "Verslag tweede overleg\n\nJan de Vries, wethouder Wonen van Heerlen, sprak over woningbouw."


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    where = tmp_path_factory.mktemp("p45m")
    docs = dated_documents(where, {"verslag-a": (FIRST, "2024-03-01"), "verslag-b": (LATER, "2024-06-01")})
    result = run(where / "kg", "build", str(docs))
    assert result.exit_code == 0, result.output
    return where / "kg"


def run(kg, *args, lang="nl"):
    from click.testing import CliRunner

    return CliRunner().invoke(cli, ["--graph", str(kg), "--lang", lang, *args])


def out(kg, *args, lang="nl") -> str:
    result = run(kg, *args, lang=lang)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_facts_export_ends_with_the_portfolio(kg):
    rows = [json.loads(line) for line in out(kg, "export", "--format", "facts").splitlines()]
    assert all(list(row)[-1] == "portfolio" for row in rows)
    roles = sorted((r["document"], r["subject"], r["role"], r["portfolio"]) for r in rows if r["predicate"] == "hasRole")
    assert roles == [("verslag-a", "Eva Smit", "directeur", "Woningbouw"),
                     ("verslag-a", "Jan de Vries", "wethouder", "Wonen en Ruimte"),
                     ("verslag-b", "Jan de Vries", "wethouder", "Wonen")]
    assert {r["portfolio"] for r in rows if r["predicate"] != "hasRole"} == {None}


def test_the_csv_export_ends_with_the_portfolio(kg):
    rows = list(csv.DictReader(io.StringIO(out(kg, "export", "--format", "csv"))))
    assert list(rows[0])[-1] == "portfolio"
    assert sorted(r["portfolio"] for r in rows if r["predicate"] == "hasRole") == ["Wonen", "Wonen en Ruimte", "Woningbouw"]


def test_who_does_what_keeps_one_role_with_the_latest_documents_portfolio(kg):
    rows = list(csv.DictReader(io.StringIO(out(kg, "ask", "who-does-what", "--format", "csv"))))
    assert [(r["personLabel"], r["role"], r["portfolio"], r["bodyLabel"], r["documents"]) for r in rows] == [
        ("Eva Smit", "directeur", "Woningbouw", "BZK", "1"), ("Jan de Vries", "wethouder", "Wonen", "Heerlen", "2")]
    header = list(rows[0])
    assert header.index("portfolio") == header.index("roleLabel") + 1


@pytest.mark.parametrize("lang, heading", [("nl", "portefeuille"), ("en", "portfolio")])
def test_who_does_what_table_heads_the_portfolio_column(kg, lang, heading):
    table = out(kg, "ask", "who-does-what", lang=lang)
    assert heading in table.splitlines()[1].split() and "Woningbouw" in table


def test_who_is_who_gives_each_statements_portfolio(kg):
    rows = json.loads(out(kg, "ask", "who-is-who", "-p", "person=Jan de Vries", "--format", "json"))["rows"]
    assert sorted((r["documentId"], r["portfolio"]) for r in rows if r["relation"] == "hasRole") == [
        ("verslag-a", "Wonen en Ruimte"), ("verslag-b", "Wonen")]


def test_entity_shows_a_persons_portfolio(kg):
    [profile] = json.loads(out(kg, "entity", "Eva Smit", "--format", "json"))["rows"]
    assert [(f["role"], f["portfolio"]) for f in profile["relations"]["hasRole"]] == [("directeur", "Woningbouw")]
    assert "portefeuille" in out(kg, "entity", "Eva Smit") and "Woningbouw" in out(kg, "entity", "Eva Smit")


def build_with_correction(where, fact: str):
    """Build FIRST with one ``facts`` correction (a YAML mapping)."""
    docs = dated_documents(where, {"verslag-a": (FIRST, "2024-03-01")})
    curated = where / "correcties"
    curated.mkdir()
    (curated / "c.yaml").write_text(f"facts:\n  - {fact}\n", encoding="utf-8")
    return run(where / "kg", "build", str(docs), "--curated", str(curated))


def test_a_correction_gives_a_portfolio(tmp_path):
    result = build_with_correction(tmp_path, "{subject: person/eva-smit, predicate: hasRole, object: ministry/mnre1034,"
                                             " role: directeur, portfolio: Woningmarkt}")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out(tmp_path / "kg", "ask", "who-does-what", "--format", "csv"))))
    assert [(r["personLabel"], r["portfolio"]) for r in rows] == [("Eva Smit", "Woningmarkt"),
                                                                   ("Jan de Vries", "Wonen en Ruimte")]
    exported = list(csv.DictReader(io.StringIO(out(tmp_path / "kg", "export", "--format", "csv"))))
    assert [r["portfolio"] for r in exported if r["evidence"].startswith("gecureerd")] == ["Woningmarkt"]


def test_a_portfolio_on_another_relation_is_a_curation_error(tmp_path):
    result = build_with_correction(tmp_path, "{subject: person/eva-smit, predicate: affiliatedWith,"
                                             " object: ministry/mnre1034, portfolio: Wonen}")
    assert result.exit_code == 2 and "c.yaml:2: portfolio: (portefeuille) hoort alleen bij een rol (hasRole)" in \
        result.output, result.output


def test_the_explorers_entity_page_shows_the_portfolios(kg):
    page = out(kg, "serve", "--get", "/entity/person/jan-de-vries")
    assert '<span class="role">(wethouder Wonen / Wonen en Ruimte)</span>' in page


def test_the_network_pages_evidence_gives_the_role_with_its_portfolio(kg, tmp_path):
    out(kg, "viz", "-o", str(tmp_path / "net.html"))
    page = (tmp_path / "net.html").read_text(encoding="utf-8")
    assert '"role":"wethouder Wonen en Ruimte"' in page and '"role":"directeur Woningbouw"' in page
