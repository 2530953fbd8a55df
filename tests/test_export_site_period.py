"""A static site is the state on one day (round 48c: ``--as-of DAG``, default the day of the export, with every
period a page further; tests/test_site_state_of_day.py); asked for ``--at`` or ``--between``, ``export`` says so
and points to the printable page of one day (walkthrough 22, finding 12)."""

from __future__ import annotations

import pytest

from graph.cli import cli


@pytest.mark.parametrize("lang, line", [
    ("nl", "Fout: --format site is de stand op één dag: geef die met --as-of (standaard vandaag; niet --at of "
           "--between), elke vraag heeft ook een pagina 'Alle perioden'; de stand op één dag als afdrukbare pagina: "
           "--format overzicht --as-of DAG"),
    ("en", "Error: --format site is the state on one day: give it with --as-of (default today; not --at or "
           "--between), each question also has a page 'All periods'; the state on one day as a printable page: "
           "--format overview --as-of DAY"),
])
@pytest.mark.parametrize("window", [["--at", "2026-12-06"], ["--between", "2026-01-01", "2026-12-06"]],
                         ids=["at", "between"])
def test_a_site_for_a_period_points_to_as_of_and_the_overview(runner, tmp_path, lang, line, window):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "export", "--format", "site",
                                 *window, "-o", str(tmp_path / "site")])
    assert (result.exit_code, result.stderr.strip().splitlines()[-1]) == (2, line)
    assert not (tmp_path / "site").exists()
