"""Two command-line slips of walkthrough 27 (findings 19 and 20): ``ask --list`` points at ``g40kg questions``,
and an export under a file is the same usage error (exit 2) as one into a missing folder."""

from __future__ import annotations

import pytest

from graph.cli import cli


@pytest.mark.parametrize("lang, expected", [
    ("nl", "Fout: 'g40kg ask' heeft geen --list: de vragen en hun parameters staan in 'g40kg questions'\n"),
    ("en", "Error: 'g40kg ask' has no --list: the questions and their parameters are listed by 'g40kg questions'\n"),
])
def test_ask_list_points_at_questions(runner, tmp_path, lang, expected):
    for args in (["ask", "--list"], ["ask", "who-does-what", "--list"]):
        result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", lang, *args])
        assert (result.exit_code, result.stderr) == (2, expected), result.output


def test_a_file_in_the_output_path_and_a_missing_folder_have_the_same_status(runner, seed_graph, tmp_path):
    (tmp_path / "notities.md").write_text("blijft\n", encoding="utf-8")
    under_file = runner.invoke(cli, ["--lang", "en", "--graph", str(seed_graph), "export", "--format", "csv", "-o",
                                     str(tmp_path / "notities.md" / "out.csv")])
    missing = runner.invoke(cli, ["--lang", "en", "--graph", str(seed_graph), "export", "--format", "csv", "-o",
                                  str(tmp_path / "nope" / "out.csv")])
    assert under_file.exit_code == missing.exit_code == 2, (under_file.output, missing.output)
    assert under_file.stderr == (f"Error: cannot write {tmp_path / 'notities.md' / 'out.csv'}: {tmp_path / 'notities.md'} "
                                 "is a file, not a folder; choose another -o\n")
    assert (tmp_path / "notities.md").read_text(encoding="utf-8") == "blijft\n"
