"""The ``g40kg`` click group, its global options and the helpers every command shares.

Settings are resolved flag → ``G40KG_*`` environment variable → default, and shared through
``ctx.obj`` (a :class:`Settings`). Library errors (:class:`graph.errors.G40Error`) become
one-line click errors here, at the edge.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

import click

from .. import __version__
from ..errors import G40Error
from ..messages import set_language

__all__ = ["cli", "Settings", "pass_settings", "translate_errors", "echo_err"]

log = logging.getLogger("g40kg")


@dataclass
class Settings:
    graph_path: Path
    engine: str
    endpoint: str | None
    lang: str
    verbose: int

    def load(self):
        """The built graph as an rdflib Dataset (or a remote one under ``--endpoint``)."""
        from ..store import open_dataset

        return open_dataset(self.graph_path, engine=self.engine, endpoint=self.endpoint)


pass_settings = click.make_pass_decorator(Settings)


def echo_err(message: str) -> None:
    click.echo(message, err=True)


def translate_errors(func):
    """Turn :class:`G40Error` into a one-line click error with the error's exit status."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except G40Error as error:
            exc = click.ClickException(str(error))
            exc.exit_code = error.exit_code
            raise exc from None
        except KeyboardInterrupt:
            raise click.Abort() from None

    return wrapper


class _DutchHelp:
    """``--help`` described in Dutch, the interface language (click's own text is English)."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "Toon deze hulp en stop."
        return option


class G40Command(_DutchHelp, click.Command):
    pass


class G40Group(_DutchHelp, click.Group):
    command_class = G40Command


@click.group(cls=G40Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="g40kg", help="Toon de versie en stop.")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="G40KG_GRAPH",
    default=".g40kg",
    show_default=True,
    help="Map van de graaf (omgeving: G40KG_GRAPH).",
)
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    envvar="G40KG_ENGINE",
    default="oxigraph",
    show_default=True,
    help="Opslag-engine: Oxigraph (snel) of puur rdflib.",
)
@click.option(
    "--endpoint",
    envvar="G40KG_ENDPOINT",
    default=None,
    metavar="URL",
    help="Lees-opdrachten tegen dit SPARQL-endpoint in plaats van de lokale graaf.",
)
@click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    envvar="G40KG_LANG",
    default="nl",
    show_default=True,
    help="Taal van de uitvoer.",
)
@click.option("-v", "--verbose", count=True, help="Meer meldingen (-vv voor debug).")
@click.pass_context
def cli(ctx, graph_path, engine, endpoint, lang, verbose):
    """g40kg: kennisgraaf van het G40-stedennetwerk uit Nederlandse beleidsdocumenten.

    \b
    Voorbeeld:
        g40kg demo                      # bouw de meegeleverde documenten, toon samenwerkingen
        g40kg build mijn-documenten/    # bouw een graaf uit een eigen map
        g40kg collaborators EZK         # wie werkt samen met EZK, en waarom
    """
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
    )
    set_language(lang)
    ctx.obj = Settings(graph_path=graph_path, engine=engine, endpoint=endpoint, lang=lang, verbose=verbose)
