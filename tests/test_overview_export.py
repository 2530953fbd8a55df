"""``g40kg export --format overzicht --as-of DAY``: the state on one day as one printable page, only the
facts that hold on that day, each with its sources (walkthrough 21, finding 16)."""

from __future__ import annotations

import json
import re

import pytest

from graph.cli import cli

DOCUMENTS = {
    "nieuws-a": ("Sanne Vermeulen is van januari 2022 tot 1 maart 2024 trekker van de Themagroep Wonen.", "2023-03-01"),
    "nieuws-b": ("Sinds 1 november 2024 is Piet de Boer voorzitter van de Pijler Sociaal.", "2024-11-05"),
    "nieuws-c": ("De gemeenten Zwolle en Breda nemen deel aan de City Deal Kennis Maken.", "2024-06-10"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("overview")
    docs = dated_documents(where, DOCUMENTS)
    (docs / "nieuws-b.meta.json").write_text(json.dumps({"date": "2024-11-05", "title": "Nieuws <Sociaal> & meer"}),
                                             encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


def page(runner, kg, tmp_path, *args, lang="nl"):
    out = tmp_path / "stand.html"
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "export", "--format", "overzicht", *args,
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def rows(html: str) -> list[list[str]]:
    """The cells of the page's tables as text (escaped), without the spans that keep a date on one line."""
    return [[re.sub(r'</?span[^>]*>', "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", html) if "<td" in row]


def test_only_the_roles_that_hold_on_the_day_with_their_source(runner, kg, tmp_path):
    html = page(runner, kg, tmp_path, "--as-of", "7-12-2026")
    assert "<title>Stand per 7 december 2026</title>" in html
    table = rows(html)
    assert ["Piet de Boer", "voorzitter", "Pijler Sociaal", "2024-11-01",  # no portfolio on the day: no column
            "Nieuws &lt;Sociaal&gt; &amp; meer (2024-11-05)"] in table, table
    assert not any("Sanne Vermeulen" in cell for row in table for cell in row), table  # her role ended in 2024
    cities = {row[0] for row in table if len(row) == 5 and row[1] == "City Deal Kennis Maken"}
    assert cities == {"Zwolle", "Breda"}, table


def test_an_earlier_day_shows_the_role_that_held_then(runner, kg, tmp_path):
    table = rows(page(runner, kg, tmp_path, "--as-of", "2023-06-01"))
    assert any(row[:2] == ["Sanne Vermeulen", "trekker"] for row in table), table
    assert not any(row[0] == "Piet de Boer" for row in table), table


def test_the_page_is_standalone_and_english_with_lang_en(runner, kg, tmp_path):
    html = page(runner, kg, tmp_path, "--as-of", "2026-12-07", lang="en")
    assert "<h1>State as of 7 December 2026</h1>" in html and "<th>sources</th>" in html
    assert not re.search(r"(src|href)=|https?:|<script", html), "the page loads nothing"


def test_a_period_is_refused_in_one_line(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "export", "--format", "overzicht", "--at", "2024"])
    assert result.exit_code == 2, result.output  # an input error, as a period with --format site
    assert result.output.strip().endswith("--format overzicht is de stand op één dag: geef die met --as-of "
                                          "(niet --at of --between)"), result.output


def test_a_city_that_leads_and_takes_part_is_one_row_saying_both(runner, tmp_path):
    """Walkthrough 25, finding 15: the same city twice for one City Deal, with the same sources."""
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    docs = dated_documents(tmp_path, {"voortgang": (
        "De gemeenten Tilburg en Deventer nemen deel aan de City Deal Slimme Stegen. "
        "De City Deal Slimme Stegen wordt getrokken door de gemeente Tilburg.", "2024-03-01")})
    build_graph([docs], tmp_path / "kg")
    table = [row for row in rows(page(runner, tmp_path / "kg", tmp_path, "--as-of", "2024-06-01"))
             if len(row) == 5 and row[1] == "City Deal Slimme Stegen"]
    assert table == [["Deventer", "City Deal Slimme Stegen", "City Deal", "neemt deel", "voortgang (2024-03-01)"],
                     ["Tilburg", "City Deal Slimme Stegen", "City Deal", "trekker, neemt deel", "voortgang (2024-03-01)"]], table


def test_on_paper_a_date_and_a_short_double_name_stay_whole_and_an_empty_column_is_left_out():
    """Walkthrough 24, finding 18: printed on A4 the columns were narrow and values broke inside ("(genoemd
    2023-12-" / "12)", "Anouk / Jansen- / Brink"); a column empty in every row (portfolio) took room."""
    from graph.overview import OverviewSection, overview_html

    section = OverviewSection("roles", ["personLabel", "role", "portfolio"], [
        {"personLabel": "Anouk Jansen-Brink", "role": "lid", "portfolio": None,
         "sources": "Verslag <i>x</i> (2023-12-12); verslag-themagroep-onderwijs-2023-06-20"}])
    html = overview_html([section], "2026-12-07", "nl")
    assert '<td>Anouk <span class="nobr">Jansen-Brink</span></td><td>lid</td><td class="sources">' in html
    assert ('Verslag &lt;i&gt;x&lt;/i&gt; (<span class="nobr">2023-12-12</span>); '
            'verslag-themagroep-onderwijs-2023-06-20</td>') in html  # a long id may break at its hyphens
    assert "<th>portefeuille</th>" not in html and ".nobr { white-space: nowrap; }" in html


def summary(html: str) -> str:
    return html[html.index('<section class="summary">'):html.index("</section>")]


def test_the_page_opens_with_the_day_in_brief_on_a_page_of_its_own(runner, kg, tmp_path):
    """Walkthrough 25, finding 15: seven A4 pages where the directeur wanted one; the first page now counts
    what the details hold and names each city with its programmes, the details follow on the next sheet."""
    html = page(runner, kg, tmp_path, "--as-of", "2026-12-07")
    brief = summary(html)
    assert html.index("<h2>In het kort</h2>") < html.index("<h2>Wie heeft welke rol</h2>")
    assert ("rollen: 1 · personen: 1 · organen: 1 · G40-steden: 2 · programma&#x27;s: 1 · "
            "ministeries met een contactpersoon of samenwerking: 0</p>") in brief
    assert [row for row in rows(brief)] == [["Breda", "City Deal Kennis Maken"], ["Zwolle", "City Deal Kennis Maken"]]
    assert "De ministeries aan tafel" not in brief  # no ministry on the day: no empty table
    assert "@media print { section.summary { break-after: page; } }" in html


def test_the_brief_in_english(runner, kg, tmp_path):
    brief = summary(page(runner, kg, tmp_path, "--as-of", "2026-12-07", lang="en"))
    assert "<h2>In brief</h2>" in brief and "<h3>The cities and their programmes</h3>" in brief
    assert "G40 cities: 2 · programmes: 1" in brief and "<th>city</th><th>programmes</th>" in brief


def test_a_ministry_line_names_its_contacts_and_partners_each_once_and_a_lead_is_marked():
    from graph.overview import OverviewSection, overview_html

    sections = [
        OverviewSection("participation", ["cityLabel"], [
            {"city": "c", "cityLabel": "Delft", "programme": "p", "programmeLabel": "City Deal <Q>",
             "cityRole": ["ledBy"], "sources": ""}]),
        OverviewSection("contacts", ["ministryLabel"], [
            {"ministry": "m", "ministryLabel": "OCW", "personLabel": "Bea Bos", "sources": ""},
            {"ministry": "m", "ministryLabel": "OCW", "personLabel": "Bea Bos", "sources": ""}]),
        OverviewSection("collaboration", ["ministryLabel"], [
            {"ministry": "m", "ministryLabel": "OCW", "actorLabel": "Delft", "sources": ""}])]
    brief = summary(overview_html(sections, "2026-12-07", "nl", summary=True))
    assert rows(brief) == [["Delft", "City Deal &lt;Q&gt; (trekker)"], ["OCW", "Bea Bos", "Delft"]]


def test_at_the_width_of_an_a4_sheet_on_screen_the_sources_give_way():
    """Walkthrough 25, finding 15: at 794 px the sources column was cut off; below 60em the tables are
    smaller and the sources column may break its titles anywhere, so no column runs off the screen."""
    from graph.overview import overview_html

    html = overview_html([], "2026-12-07", "nl")
    narrow = html[html.index("@media screen and (max-width: 60em)"):]
    assert "td.sources { overflow-wrap: anywhere; width: 30%; }" in narrow[:narrow.index("\n}")]
    assert '<section class="summary">' not in html  # only the export asks for the brief
