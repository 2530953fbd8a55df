"""Generate the command-line reference (``docs/cli.md``) from the commands' own ``--help``.

Run ``python -m graph.cli.reference > docs/cli.md`` after changing a command; a test fails
when the file is out of date.

Examples
--------
>>> "## g40kg build" in cli_reference()
True
"""

from __future__ import annotations

import click

from . import cli

__all__ = ["cli_reference"]


def _help(command: click.Command, name: str, parent: click.Context | None) -> str:
    context = click.Context(command, info_name=name, parent=parent, terminal_width=100, max_content_width=100)
    return command.get_help(context)


def cli_reference() -> str:
    """Markdown: the group's help, then every command's help, in name order (in Dutch)."""
    root = click.Context(cli, info_name="g40kg", terminal_width=100, max_content_width=100,
                         help_option_names=cli.context_settings.get("help_option_names", ["--help"]))
    root.params["lang"] = "nl"  # as if '--lang nl' were given: the reference is Dutch whatever G40KG_LANG says
    parts = [
        "# Command-line reference\n",
        "Generated from `--help` by `python -m graph.cli.reference`; do not edit by hand.\n",
        "## g40kg\n",
        "```text\n" + cli.get_help(root) + "\n```\n",
    ]
    for name in sorted(cli.commands):
        parts.append(f"## g40kg {name}\n")
        parts.append("```text\n" + _help(cli.commands[name], name, root) + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    click.echo(cli_reference(), nl=False)
