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


def test_cli_reference_is_current():
    from graph.cli.reference import cli_reference

    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == cli_reference(), "docs/cli.md is out of date: python -m graph.cli.reference > docs/cli.md"


# Help examples that cannot run on the bundled graph alone, and why; every other example must give an answer.
NOT_ON_THE_BUNDLED_GRAPH = {
    "g40kg build mijn-documenten/": "the user's own documents",
    "g40kg build documenten/ verslag.pdf": "the user's own documents",
    "g40kg build documenten/ --curated correcties/": "the user's own documents and corrections",
    "g40kg build documenten/ --watch": "the user's own documents, and it runs until Ctrl+C",
    "g40kg build documenten/ --wait 600 --keep-going --format json": "the user's own documents",
    "g40kg build documenten/ --minimal-people": "the user's own documents",
    "g40kg build documenten/ --wait 600 --quiet --strict": "the user's own documents",
    "g40kg build documenten/ --quiet --strict --allow-warning undated:notitie": "the user's own documents",
    "g40kg build documenten/ --max-document-size 20": "the user's own documents",
    "g40kg build documenten/ --compact": "the user's own documents",
    "g40kg build documenten/ --max-document-time 600": "the user's own documents",
    "g40kg --graph /tmp/kg build nieuws/ --format json": "the user's own documents",
    "g40kg viz --query samenwerking.rq": "the user's own query",
    "g40kg evaluate ../shared/gold/seeds.yaml": "the seeds' gold file lies beside the checkout, not in it (absent in CI)",
    "g40kg push --store-url http://localhost:7878/store --update-url http://localhost:7878/update":
        "needs a running triple store",
    "g40kg push --store-url http://localhost:7878/store --quiet": "needs a running triple store",
    "g40kg push --update-url http://localhost:3030/g40/update --query-url http://localhost:3030/g40/query":
        "needs a running triple store",
    "g40kg --endpoint http://localhost:7878/query collaborators EZK": "needs a running triple store",
    "g40kg serve": "starts a server",
    "g40kg serve --port 8080 --token geheim": "starts a server",
    "g40kg serve --in-memory": "starts a server",
    "g40kg serve --query-processes 4 --timeout 30": "starts a server",
    "g40kg serve --allowed-host intranet.g40.local --root-path /g40": "starts a server",
    "g40kg serve --no-document-text": "starts a server",
    "g40kg serve --access-log toegang.log": "starts a server",
    "g40kg serve --frame-ancestors https://intranet.gemeente.nl": "starts a server",
    "g40kg diff gisteren.jsonl": "the facts file of an earlier build",
    "g40kg --graph /srv/g40/graaf backup /backup/g40/graaf-$(date +%F) --wait 600 --quiet": "a server's folders",
    "g40kg --graph /srv/g40/graaf diff /backup/g40/graaf-2026-12-01": "a server's folders",
    "g40kg --graph /srv/g40/graaf backup /backup/g40/voor-herstel": "a server's folders",
    "g40kg --graph /srv/g40/graaf restore /backup/g40/graaf-2026-12-01": "a server's folders",
    "g40kg diff oud/.g40kg nieuw/.g40kg --format json": "two graphs of the user's",
    # a person of the user's own documents: the bundled corpus names real people, whom no example names
    'g40kg entity "Anna de Vries" --mentions --format markdown > inzage.md': "a person of the user's own documents",
    'g40kg entity "Anna de Vries" --mentions --search-texts': "a person of the user's own documents",
    'g40kg forget "Anna de Vries"': "a person of the user's own documents",
    'g40kg ask who-does-what -p person="Anna de Vries" -p person="Jan Smit"': "people of the user's own documents",
    "g40kg curation --stale --format json": "the user's own corrections (the bundled graph has no stale rule)",
    'g40kg forget "Anna de Vries" --reason "AVG-verzoek 2026-12" --to correcties/avg.yaml':
        "a person of the user's own documents",
}
# what an answer with nothing in it looks like
_EMPTY = re.compile(r"\((geen resultaten|no results)\)|^(Geen samenwerkingen|No collaborations) met|"
                    r"\((0 knopen|0 nodes)|, 0 (verbindingen|links)\)|\"(rows|results)\": ?\[\]", re.M)


def _help_examples() -> list[str]:
    """Every example command line of every ``--help`` (group included), without its ``#`` comment."""
    texts = [cli.help] + [command.help for _, command in sorted(cli.commands.items())]
    return [line.split("  #")[0].strip() for text in texts for line in text.splitlines()
            if line.strip().startswith("g40kg ")]


@pytest.fixture(scope="module")
def bundled_folder(seed_graph, tmp_path_factory):
    """A working folder whose default graph (./.g40kg) is the bundled corpus, as after 'g40kg build'."""
    import shutil

    folder = tmp_path_factory.mktemp("examples")
    shutil.copytree(seed_graph, folder / ".g40kg")
    return folder


def test_the_examples_that_need_more_than_the_bundled_graph_are_still_in_the_help():
    assert set(NOT_ON_THE_BUNDLED_GRAPH) <= set(_help_examples())


@pytest.mark.parametrize("example", [e for e in _help_examples() if e not in NOT_ON_THE_BUNDLED_GRAPH])
def test_every_help_example_gives_an_answer_on_the_bundled_graph(runner, bundled_folder, monkeypatch, example):
    """What a new colleague tries first: each example, run as written after 'g40kg build', shows something.

    A path of the checkout (``tests/fixtures/…``) is read from the checkout;
    ``> FILE`` writes the answer to FILE, as the shell would.
    """
    import shlex

    monkeypatch.chdir(bundled_folder)
    for part in example.split(" && "):
        command, _, redirect = part.partition(" > ")
        args = shlex.split(command)[1:]
        args = [str(ROOT / arg) if "/" in arg and (ROOT / arg).exists() else arg for arg in args]
        result = runner.invoke(cli, args)
        shown = f"{part}\n-> exit {result.exit_code}\n{result.output}"
        assert result.exit_code == 0, shown
        assert not _EMPTY.search(result.output), shown
        if "-o" in args or "viz" in args:  # the answer is the file written (viz: by default g40kg-netwerk.html)
            written = bundled_folder / (args[args.index("-o") + 1] if "-o" in args else "g40kg-netwerk.html")
            if written.is_dir():  # export --format site: a folder, opened at its index.html
                written = written / "index.html"
            assert written.is_file() and written.stat().st_size, shown
        else:
            assert result.stdout.strip(), shown
        if redirect:
            (bundled_folder / redirect.strip()).write_text(result.stdout, encoding="utf-8")
