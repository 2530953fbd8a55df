"""Walkthrough 24, finding 8: ``themagroep-contacts`` as a contact list — on whose behalf each person takes
part (the municipality or ministry of the latest document up to the day asked) and the ministries' people
who take part in a themagroep, on both engines."""

from __future__ import annotations

import json

import pytest
from fixture_graph import ENGINES

from graph.cli import cli

DOCUMENTS = {
    "contactlijst-wonen.md": ("# Contactlijst themagroep Wonen\n\nStand 3 maart 2025. Hieronder staan de leden van de "
                              "themagroep met hun organisatie en hun rol in de groep.\n\n"
                              "| Naam | Organisatie | Rol |\n|---|---|---|\n"
                              "| Karin Boshoven | Deventer | voorzitter |\n| Rutger Valkema | Almelo | lid |\n"
                              "| Wouter Dijkhuis | ministerie van BZK | contactpersoon |\n"),
    "verslag-wonen-2026.md": ("# Verslag themagroep Wonen, 12 februari 2026\n\n"
                              "Rutger Valkema (Hengelo) is lid van de themagroep Wonen.\n"),
}
COLUMNS = ("personLabel", "onBehalfOf", "relation", "role", "start", "end", "documents")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("contact-list")
    (where / "docs").mkdir()
    for name, text in DOCUMENTS.items():
        (where / "docs" / name).write_text(text, encoding="utf-8")
    built = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(where / "docs")])
    assert built.exit_code == 0, built.output
    return where / "kg"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("options, rutger", [
    ((), ("Rutger Valkema", "Hengelo", "hasRole", "lid", "2025-03-03", None, 2)),  # the latest document: he moved
    (("--as-of", "2025-12-31"), ("Rutger Valkema", "Almelo", "hasRole", "lid", "2025-03-03", None, 1)),
], ids=["any-time", "as-of-2025"])
def test_a_contact_list_with_on_whose_behalf_and_the_ministrys_contact(runner, kg, engine, options, rutger):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "themagroep-contacts", *options,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [tuple(row[c] for c in COLUMNS) for row in json.loads(result.stdout)["rows"]]
    assert rows == [("Karin Boshoven", "Deventer", "hasRole", "voorzitter", "2025-03-03", None, 1), rutger,
                    ("Wouter Dijkhuis", "BZK", "participatesIn", None, "2025-03-03", None, 1)], rows


def test_the_excel_list_has_a_namens_column(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "themagroep-contacts", "--format", "csv", "--excel"])
    assert result.exit_code == 0, result.output
    header, *lines = result.stdout.lstrip("\ufeff").splitlines()
    assert header.split(";")[:4] == ["themagroep", "persoon", "namens", "relatie"], header
    assert [line.split(";")[1:3] for line in lines] == [["Karin Boshoven", "Deventer"], ["Rutger Valkema", "Hengelo"],
                                                        ["Wouter Dijkhuis", "BZK"]]
