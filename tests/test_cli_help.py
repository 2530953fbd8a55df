"""``--help`` speaks English under ``--lang en`` / ``G40KG_LANG=en`` and Dutch otherwise.

The English texts live in :mod:`graph.cli.help_en`; these tests keep that table complete (every
Dutch help text has a translation, every translation is used) and faithful (the examples are the
same commands).
"""

from __future__ import annotations

import re

import click
import pytest

from graph.cli import cli, help_en
from graph.cli.base import G40Group


def _commands(command=cli, key="g40kg", parent=None):
    """(key, command, context) for the group and every command and subcommand below it."""
    # the group's context settings (-h), as at run time: click caches a command's help option
    ctx = click.Context(command, info_name=key.split()[-1], parent=parent, **command.context_settings)
    yield key, command, ctx
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, name if key == "g40kg" else f"{key} {name}", ctx)


def _params(ctx):
    return ctx.command.get_params(ctx)  # the help option included


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_dutch_help_text_has_an_english_translation():
    missing = []
    for key, command, ctx in _commands():
        if command.help and "help" not in help_en.COMMANDS.get(key, {}):
            missing.append(f"COMMANDS[{key!r}]['help']")
        if command.short_help and "short" not in help_en.COMMANDS.get(key, {}):
            missing.append(f"COMMANDS[{key!r}]['short']")
        for param in _params(ctx):
            if getattr(param, "help", None) and param.help not in help_en.OPTIONS:
                missing.append(f"OPTIONS[{param.help!r}]  ({key} {param.name})")
            if _metavar(param) and _metavar(param) not in help_en.METAVARS:
                missing.append(f"METAVARS[{_metavar(param)!r}]  ({key} {param.name})")
    assert not missing, "add to graph/cli/help_en.py:\n" + "\n".join(missing)


def _metavar(param) -> str | None:
    """An option's value placeholder in its Dutch help: its own, or the name of its path type ("BESTAND")."""
    if param.metavar is None and isinstance(param, click.Option) and isinstance(param.type, click.Path):
        return param.type.name.upper()
    return param.metavar


def test_every_english_translation_is_used():
    keys, helps, metavars = set(), set(), set()
    for key, command, ctx in _commands():
        keys.add(key)
        for param in _params(ctx):
            helps.add(getattr(param, "help", None))
            metavars.add(_metavar(param))
    assert set(help_en.COMMANDS) <= keys, f"no such command: {sorted(set(help_en.COMMANDS) - keys)}"
    assert set(help_en.OPTIONS) <= helps, f"no option has this Dutch help: {sorted(set(help_en.OPTIONS) - helps)}"
    assert set(help_en.METAVARS) <= metavars, f"no option has this metavar: {sorted(set(help_en.METAVARS) - metavars)}"


def _examples(text: str) -> list[str]:
    """The example command lines of a docstring, without their ``#`` comments."""
    return [line.split("  #")[0].strip() for line in text.splitlines() if line.strip().startswith("g40kg ")]


@pytest.mark.parametrize("key", sorted(help_en.COMMANDS))
def test_english_help_shows_the_same_examples(key):
    command = {k: c for k, c, _ in _commands()}[key]
    english = help_en.COMMANDS[key]["help"]
    assert _examples(english) == _examples(command.help), english
    assert re.search(r"\n\s*\x08\n\s*Examples?:\n", english), f"{key}: no '\\b' + 'Example(s):' block:\n{english}"


def _help_shows(runner, args, expected, *, env=None, command=cli) -> str:
    """Run a ``--help``: exit 0 and every phrase of ``expected`` in the output (line breaks ignored)."""
    result = runner.invoke(command, args, env=env)
    assert result.exit_code == 0, result.output
    missing = [phrase for phrase in expected if phrase not in _flat(result.output)]
    assert not missing, f"{missing} not in:\n{result.output}"
    return result.output


def test_build_help_in_english_with_the_lang_option(runner):
    output = _help_shows(runner, ["--lang", "en", "build", "--help"], [
        "Build the graph from documents (files or folders; default: the bundled corpus).",
        "--no-validate Skip the SHACL check (not recommended).",
        "--format [text|json] Format of the summary (with --watch: one JSON line per event: built, failed, stopped).",
        "-h, --help Show this message and exit.",
        "g40kg --graph /tmp/kg build nieuws/ --format json",
    ])
    assert "Bouw" not in output and "Toon" not in output, output


def test_viz_help_in_english_from_the_environment(runner):
    _help_shows(runner, ["viz", "--help"], [
        "Write an interactive network page (one HTML file that works offline).",
        "--focus NAME Only the network around this entity (name, abbreviation or IRI).",
        "--at DATE Only facts that hold on this date (a year or a month: in that period).",
        "g40kg viz --query samenwerking.rq # CONSTRUCT, or SELECT ?s ?p ?o",
    ], env={"G40KG_LANG": "en"})


@pytest.mark.parametrize("args, env", [(["--lang", "en", "--help"], {}), (["--help"], {"G40KG_LANG": "en"})])
def test_group_help_and_command_list_in_english(runner, args, env):
    _help_shows(runner, args, [
        "g40kg: knowledge graph of the G40 city network, built from Dutch policy documents.",
        "--version Show the version and exit.",
        "ask Answer a named question (see 'g40kg questions').",
        "communities Communities in the network (modularity, Louvain).",
    ], env=env)


def test_dutch_is_the_default(runner):
    _help_shows(runner, ["--lang", "en", "build", "--help"], [])  # leaves nothing English behind
    _help_shows(runner, ["build", "--help"], [
        "Bouw de graaf uit documenten (bestanden of mappen; standaard: het meegeleverde corpus).",
        "--no-validate Sla de SHACL-controle over (niet aanbevolen).",
        "-h, --help Toon deze hulp en stop.",
    ])
    _help_shows(runner, ["--help"], ["ask Beantwoord een benoemde vraag (zie 'g40kg questions')."])


def test_the_lang_option_beats_the_environment(runner):
    _help_shows(runner, ["--lang", "nl", "viz", "--help"], [
        "Schrijf een interactieve netwerkpagina", "--focus NAAM",
    ], env={"G40KG_LANG": "en"})


def test_subcommands_of_a_subgroup_are_translated(runner, monkeypatch):
    @click.group(cls=G40Group)
    @click.option("--lang", is_eager=True, default="nl")
    def root(lang):
        """Wortel."""

    @root.group("db")
    def db():
        """Beheer de database.

        Meer tekst."""

    @db.command("init")
    @click.option("--force", is_flag=True, help="Overschrijf.")
    def init(force):
        """Maak een lege database."""

    monkeypatch.setattr(help_en, "COMMANDS", {"db": {"help": "Manage the database."},
                                              "db init": {"help": "Create an empty database."}})
    monkeypatch.setattr(help_en, "OPTIONS", {**help_en.OPTIONS, "Overschrijf.": "Overwrite."})
    listing = _help_shows(runner, ["--lang", "en", "db", "--help"], [
        "Manage the database.", "init Create an empty database.",
    ], command=root)
    command = _help_shows(runner, ["--lang", "en", "db", "init", "--help"], ["--force Overwrite."], command=root)
    assert "Meer" not in listing and "Maak" not in command


_GROUP_EN = "g40kg: knowledge graph of the G40 city network, built from Dutch policy documents."
_GROUP_NL = "g40kg: kennisgraaf van het G40-stedennetwerk uit Nederlandse beleidsdocumenten."
_BUILD_EN = "Build the graph from documents (files or folders; default: the bundled corpus)."
_BUILD_NL = "Bouw de graaf uit documenten (bestanden of mappen; standaard: het meegeleverde corpus)."


def _header(output: str) -> str:
    """The first paragraph of a help text (its description), on one line."""
    return _flat(output.split("\n\n")[1])


@pytest.mark.parametrize("args, env, header, help_line", [
    # --lang before or after --help, before or after the command: the last --lang given wins
    (["--help", "--lang", "en"], {}, _GROUP_EN, "-h, --help Show this message and exit."),
    (["--lang", "en", "--help"], {}, _GROUP_EN, "-h, --help Show this message and exit."),
    (["--help"], {"G40KG_LANG": "en"}, _GROUP_EN, "-h, --help Show this message and exit."),
    (["--help", "--lang", "nl"], {"G40KG_LANG": "en"}, _GROUP_NL, "-h, --help Toon deze hulp en stop."),
    (["--help"], {}, _GROUP_NL, "-h, --help Toon deze hulp en stop."),
    (["build", "--help", "--lang", "en"], {}, _BUILD_EN, "-h, --help Show this message and exit."),
    (["build", "--lang", "en", "--help"], {}, _BUILD_EN, "-h, --help Show this message and exit."),
    (["--lang", "en", "build", "--help"], {}, _BUILD_EN, "-h, --help Show this message and exit."),
    (["build", "--help"], {"G40KG_LANG": "en"}, _BUILD_EN, "-h, --help Show this message and exit."),
    (["build", "--help", "--lang", "nl"], {"G40KG_LANG": "en"}, _BUILD_NL, "-h, --help Toon deze hulp en stop."),
    (["--lang", "en", "build", "--help", "--lang", "nl"], {}, _BUILD_NL, "-h, --help Toon deze hulp en stop."),
    (["build", "--help"], {}, _BUILD_NL, "-h, --help Toon deze hulp en stop."),
])
def test_help_language_does_not_depend_on_where_lang_stands(runner, args, env, header, help_line):
    output = _help_shows(runner, args, [help_line], env=env)
    assert _header(output) == header, output


def test_lang_after_the_command_sets_the_language_of_its_output(runner, tmp_path):
    missing = tmp_path / "nergens"
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(missing), "--lang", "en"])
    assert result.exit_code != 0 and f"{missing}: no such file or folder" in result.output, result.output
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "build", str(missing), "--lang", "nl"])
    assert result.exit_code != 0 and f"{missing}: bestand of map bestaat niet" in result.output, result.output


def test_lang_after_the_command_is_hidden_from_its_help(runner):
    result = runner.invoke(cli, ["build", "--help"])
    assert "--lang" not in result.output, result.output  # documented once, on the group


@pytest.mark.parametrize("lang, said", [
    ("nl", ["Gebruik: g40kg entity [OPTIES] NAAM", "Zie 'g40kg entity --help' voor hulp.", "",
            "Fout: Ontbrekend argument 'NAAM'."]),
    ("en", ["Usage: g40kg entity [OPTIONS] NAME", "Try 'g40kg entity --help' for help.", "",
            "Error: Missing argument 'NAME'."]),
])
def test_clicks_own_messages_speak_the_interface_language(runner, lang, said):
    result = runner.invoke(cli, ["--lang", lang, "entity"], prog_name="g40kg")
    assert (result.exit_code, result.output.splitlines()) == (2, said)


def test_a_bad_option_value_is_explained_in_dutch(runner):
    result = runner.invoke(cli, ["search", "x", "--format", "nope"])
    assert result.output.splitlines()[-1] == ("Fout: Ongeldige waarde voor '--format': 'nope' is niet een van "
                                              "'table', 'csv', 'tsv', 'json', 'markdown'.")


@pytest.mark.parametrize("args, env, last", [
    (["--lang", "en", "--verbosse"], {}, "Error: No such option '--verbosse'. Did you mean '--verbose'?"),
    (["--verbosse"], {"G40KG_LANG": "en"}, "Error: No such option '--verbosse'. Did you mean '--verbose'?"),
    (["--verbosse"], {"G40KG_LANG": "nl"}, "Fout: Onbekende optie '--verbosse'. Bedoelt u '--verbose'?"),
])
def test_an_error_in_the_global_options_speaks_the_language_asked_for(runner, args, env, last):
    """Before the group has read --lang, the language comes from the command line or G40KG_LANG."""
    result = runner.invoke(cli, args, env=env, prog_name="g40kg")
    assert result.exit_code == 2 and result.output.splitlines()[-1] == last
    assert result.output.splitlines()[0].startswith("Usage:" if "en" in args or env.get("G40KG_LANG") == "en"
                                                    else "Gebruik:")


@pytest.mark.parametrize("lang, lines", [
    ("nl", ["--timeout GETAL Breek af na zoveel seconden.", "search [OPTIES] TEKST", "-o, --output BESTAND",
            "--graph MAP"]),
    ("en", ["--timeout NUMBER Stop after this many seconds.", "search [OPTIONS] TEXT", "-o, --output FILE",
            "--graph FOLDER"]),
])
def test_value_placeholders_speak_the_language_of_the_help(runner, lang, lines):
    _help_shows(runner, ["--lang", lang, "ask", "--help"], lines[:1])
    _help_shows(runner, ["--lang", lang, "search", "--help"], lines[1:2])
    _help_shows(runner, ["--lang", lang, "export", "--help"], lines[2:3])  # a path's placeholder names its type
    _help_shows(runner, ["--lang", lang, "--help"], lines[3:])


@pytest.mark.parametrize("args, line", [(["--version"], "g40kg, versie "), (["--lang", "en", "--version"], "g40kg, version ")])
def test_version_in_the_interface_language(runner, args, line):
    from graph import __version__

    result = runner.invoke(cli, args)
    assert (result.exit_code, result.output) == (0, f"{line}{__version__}\n")


@pytest.mark.parametrize("args, last", [
    (["build", "docs/", "--graph", "/tmp/x"],
     "Fout: --graph is een algemene optie en hoort vóór de opdracht: g40kg --graph … build …"),
    (["--lang", "en", "collaborators", "EZK", "--engine", "rdflib"],
     "Error: --engine is a global option and goes before the command: g40kg --engine … collaborators …"),
    # -v is accepted after the command (as --lang is): tests/test_scripts35.py
    (["entity", "--engine", "rdflib", "Breda"],
     "Fout: --engine is een algemene optie en hoort vóór de opdracht: g40kg --engine … entity …"),
    (["build", "--grap", "x"], "Fout: Onbekende optie '--grap'."),  # no global option: click's own message
])
def test_a_global_option_after_the_command_says_where_it_goes(runner, args, last):
    result = runner.invoke(cli, args, prog_name="g40kg")
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, last)


@pytest.mark.parametrize("lang, last", [
    ("en", "Error: Invalid value for '--curated': Directory '/nonexistent/x' does not exist."),
    ("nl", "Fout: Ongeldige waarde voor '--curated': Map '/nonexistent/x' bestaat niet."),
])
def test_a_missing_folder_is_named_in_the_language_asked_for(runner, lang, last):
    # click names the kind of path when the option is declared, before --lang is known
    result = runner.invoke(cli, ["--lang", lang, "build", "--curated", "/nonexistent/x"], prog_name="g40kg")
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, last)
