"""A static site is the whole graph; asked for a day, ``export`` points to the printable page of that day
(walkthrough 22, finding 12), and the site's question pages say the same."""

from __future__ import annotations

import pytest

from graph.cli import cli


@pytest.mark.parametrize("lang, line", [
    ("nl", "Fout: --at, --between en --as-of gelden voor facts, csv, graphml, gexf; --format site exporteert de hele "
           "graaf (de tijd staat bij elk bewijs: kies een deel met 'g40kg query' en een CONSTRUCT); de stand op één dag "
           "als afdrukbare pagina: --format overzicht --as-of DAG"),
    ("en", "Error: --at, --between and --as-of apply to facts, csv, graphml, gexf; --format site exports the whole "
           "graph (the time is on each piece of evidence: choose a part with 'g40kg query' and a CONSTRUCT); the state "
           "on one day as a printable page: --format overview --as-of DAY"),
])
@pytest.mark.parametrize("window", [["--as-of", "2026-12-06"], ["--at", "2026-12-06"]], ids=["as-of", "at"])
def test_a_site_for_a_day_points_to_the_overview(runner, tmp_path, lang, line, window):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "export", "--format", "site",
                                 *window, "-o", str(tmp_path / "site")])
    assert (result.exit_code, result.stderr.strip().splitlines()[-1]) == (2, line)
    assert not (tmp_path / "site").exists()
