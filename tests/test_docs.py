"""The documentation keeps up with the code: every command has help with an example and a README entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert re.search(r"Voorbeeld(en)?:", result.output), f"g40kg {name} --help has no example:\n{result.output}"
    assert f"g40kg {name}" in result.output or "g40kg --" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"g40kg {name}" in readme, f"README.md does not show 'g40kg {name}'"


def test_readme_quickstart_has_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", quickstart, flags=re.S)
    commands = [line for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2, commands
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1]
    test_command = [line for line in re.findall(r"```bash\n(.*?)```", quickstart, flags=re.S)[1].splitlines()
                    if line.strip()][0]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_version(runner):
    from graph import __version__

    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"g40kg, version {__version__}"


def test_cli_reference_is_current():
    from graph.cli.reference import cli_reference

    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == cli_reference(), "docs/cli.md is out of date: python -m graph.cli.reference > docs/cli.md"
