"""The ``g40kg`` click group, its global options and the helpers every command shares.

Settings are resolved flag → ``G40KG_*`` environment variable → default, and shared through
``ctx.obj`` (a :class:`Settings`). Library errors (:class:`graph.errors.G40Error`) become
one-line click errors here, at the edge.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import sys
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import click

from .. import __version__
from ..errors import EXIT_INTERRUPTED, G40Error, interrupt_status
from ..messages import get_language, msg, set_language
from . import click_nl

click_nl.install()  # click's own texts ("Usage:", "Missing argument") in the interface language

__all__ = ["Failed", "Interrupted", "Settings", "cli", "echo_err", "help_language", "pass_settings", "translate_errors",
           "write_output"]

log = logging.getLogger("g40kg")


@dataclass
class Settings:
    graph_path: Path
    engine: str
    endpoint: str | None
    lang: str
    verbose: int

    def load(self, *, in_memory: bool = False):
        """The built graph as an rdflib Dataset (or a remote one under ``--endpoint``, whose requests wait
        at most the running command's ``--timeout``: :func:`command_timeout`); ``in_memory``: a copy in
        memory on the Oxigraph engine, which SPARQL Update may change (the graph on disk is opened
        read-only)."""
        from ..store import open_dataset

        return open_dataset(self.graph_path, engine=self.engine, endpoint=self.endpoint, in_memory=in_memory,
                            timeout=command_timeout())


def command_timeout() -> float | None:
    """The running command's ``--timeout`` (None: it has none, or no command runs), which reaches the
    endpoint client too (walkthrough 27, finding 8: ``collaborators --timeout 5`` waited 30 s).

    >>> command_timeout() is None
    True
    """
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return None
    value = ctx.params.get("timeout", ctx.meta.get("g40kg.timeout"))  # graph.cli.options.TIMEOUT_KEY
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def query_timeout() -> float | None:
    """The running read command's ``--timeout`` (:func:`graph.cli.options.timeout_option`,
    :func:`~graph.cli.options.read_timeout_option`), None when none runs: the deadline of every query it
    runs that was given the default (:func:`graph.timeouts.query_deadline`). Read from click's current
    context, so it ends with its command; ``push`` and ``serve`` keep their own ``--timeout``.

    >>> query_timeout() is None
    True
    """
    ctx = click.get_current_context(silent=True)
    value = ctx.meta.get("g40kg.timeout") if ctx is not None else None  # graph.cli.options.TIMEOUT_KEY
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _register_query_timeout() -> None:
    from ..timeouts import command_timeout_from

    command_timeout_from(query_timeout)


_register_query_timeout()

pass_settings = click.make_pass_decorator(Settings)


def echo_err(message: str) -> None:
    click.echo(message, err=True)


def check_output_folder(path: Path | None) -> None:
    """Refuse an ``-o`` file whose folder does not exist (a typo must not create a folder tree);
    commands that work long call it before they start."""
    if path is None:
        return
    from ..errors import InputError

    folder = Path(os.path.abspath(path)).parent
    if not folder.exists():
        # a path the user must change (status 2), as a --graph whose folder is missing
        raise InputError(msg("output_folder_missing", path=path, folder=folder))
    if not folder.is_dir():  # a file where the folder should be: the same kind of mistake (walkthrough 27, 20)
        raise InputError(msg("output_folder_is_file", path=path, folder=folder))


def write_output(path: Path, content: str) -> None:
    """Write a file the user asked for (``-o``) into a folder that exists; one that cannot be
    written is a one-line error."""
    from ..errors import CannotWrite
    from ..store import atomic_write

    check_output_folder(path)
    try:
        if path.exists() and not path.is_file():  # /dev/stdout, a pipe: written to, never replaced by a file
            with open(path, "w", encoding="utf-8") as out:
                out.write(content)
        else:  # through a symbolic link: the link stays, the file it points to is replaced
            atomic_write(Path(os.path.realpath(path)), content)
    except OSError as error:
        raise CannotWrite(path, error) from None


def stdout_write_failed(error: OSError) -> bool:
    """Whether ``error`` arose where click printed a result on stdout (``click.echo`` without
    ``err=True``): a full disk under ``> file``. A broken pipe (``| head``) is not: the reader
    stopped early, and click ends quietly.

    >>> stdout_write_failed(OSError(28, "No space left on device"))  # raised elsewhere
    False
    """
    if isinstance(error, BrokenPipeError):
        return False
    step = error.__traceback__
    while step is not None:
        frame = step.tb_frame
        if frame.f_code is click.echo.__code__:
            return not frame.f_locals.get("err")
        step = step.tb_next
    return False


class Failed(click.ClickException):
    """A one-line error ("Fout: …") with the exit status of the :class:`G40Error` it reports
    (the statuses: :mod:`graph.errors`), and the error's ``details`` for its JSON form."""

    def __init__(self, message: str, exit_code: int, code: str = "failed", details: dict | None = None):
        super().__init__(message)
        self.exit_code = exit_code
        self.code = code
        self.details = dict(details or {})


class Interrupted(Failed):
    """Ctrl+C (status 130) or SIGTERM (143): one line saying so, without "Fout:", as a shell would."""

    def __init__(self, message: str, interrupt: BaseException):
        status = interrupt_status(interrupt)
        super().__init__(message, status, "interrupted" if status == EXIT_INTERRUPTED else "terminated")

    def show(self, file=None):
        click.echo(self.format_message(), file=file, err=file is None)


def translate_errors(func):
    """Turn :class:`G40Error` into a one-line click error with the error's exit status, a result
    that stdout cannot take (a full disk, :func:`stdout_write_failed`) into one line and status 1,
    and an interrupt (Ctrl+C, SIGTERM) into one line and status 130 or 143."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except G40Error as error:
            raise Failed(str(error), error.exit_code, error.code, getattr(error, "details", None)) from None
        except OSError as error:
            if not stdout_write_failed(error):
                raise
            from ..errors import CannotWriteOutput

            failed = CannotWriteOutput(error)
            raise Failed(str(failed), failed.exit_code, failed.code) from None
        except KeyboardInterrupt as interrupt:  # as a shell reports the signal, in the interface's language
            raise Interrupted(msg("interrupted"), interrupt) from None

    return wrapper


def _json_error(error: click.ClickException) -> None:
    """Under ``--format json``: a failure is one JSON object on stdout too, so that a script's parser
    reads what went wrong instead of an empty file (the line on stderr and the exit status stay), with
    the :func:`error_code` a script can test in every language."""
    if _JSON_ERRORS.get():
        details = getattr(error, "details", {})  # e.g. what a failed push had sent
        try:
            click.echo(json.dumps({"error": error.format_message(), "exit_code": error.exit_code,
                                   "code": error_code(error), **details}, ensure_ascii=False))
        except OSError:  # stdout is what failed (a full disk): the line on stderr says so
            pass


def error_code(error: click.ClickException) -> str:
    """The kind of ``error`` in every language: a :class:`G40Error`'s ``code`` (``busy``, ``no_graph``,
    ``unknown_name`` …), ``usage`` for a command line click refuses, else ``failed``.

    >>> error_code(Failed("…", 75, "busy")), error_code(click.UsageError("…")), error_code(click.ClickException("…"))
    ('busy', 'usage', 'failed')
    """
    if isinstance(error, click.UsageError):
        return "usage"
    return getattr(error, "code", None) or "failed"



def help_language(ctx: click.Context) -> str:
    """The language ``--help`` speaks: ``"en"`` under ``--lang en`` or ``G40KG_LANG=en``, else ``"nl"``.

    ``--lang`` counts wherever it stands: before or after ``--help``, before or after the command
    (the last one given wins). Click handles eager options in command-line order, so ``--help``
    can run before ``--lang`` has been processed; each command therefore notes the ``--lang`` it
    was given while parsing (:meth:`_LocalisedHelp.parse_args`). Without one on the command line,
    the group's setting (``ctx.obj``, which includes ``G40KG_LANG``) or the environment decides,
    and before the group has read its options, the language :meth:`G40Group.main` found.
    """
    lang = ctx.meta.get(_LANG_GIVEN)
    if lang is None:
        settings = ctx.find_object(Settings)
        lang = (settings.lang if settings is not None else
                ctx.find_root().params.get("lang") or os.environ.get("G40KG_LANG") or get_language())
    return "en" if lang == "en" else "nl"


_LANG_GIVEN = "g40kg.lang"  # ctx.meta key (meta is shared by a context and its subcommands' contexts)


#: whether the command line asks for ``--format json`` (then errors are JSON on stdout too)
_JSON_ERRORS: ContextVar[bool] = ContextVar("g40kg_json_errors", default=False)


def _lang_on_command_line(command: click.Command, ctx: click.Context, args: list[str]) -> str | None:
    """The value of the last ``--lang`` in ``args`` as ``command`` parses them, or None (none, or unparsable)."""
    try:
        opts, _, _ = command.make_parser(ctx).parse_args(args=list(args))
    except click.UsageError:
        return None  # the real parse reports it
    lang = opts.get("lang")
    return lang if lang in ("nl", "en") else None


def _set_command_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """``--lang`` after the command name: it overrides the group's language for this command."""
    if value is None or ctx.resilient_parsing:
        return
    settings = ctx.find_object(Settings)
    if settings is not None:
        settings.lang = value
    set_language(value)


def _command_lang_option() -> click.Option:
    # hidden: the documented place is before the command; this one forgives putting it after
    return click.Option(["--lang"], type=click.Choice(["nl", "en"]), default=None, is_eager=True,
                        expose_value=False, hidden=True, callback=_set_command_language,
                        help="Taal van de uitvoer, ook van --help.")


def _add_verbosity(ctx: click.Context, param: click.Parameter, value: int) -> None:
    """``-v`` after the command name: as if it came before it (the counts add up)."""
    settings = ctx.find_object(Settings)
    if not value or ctx.resilient_parsing or settings is None:
        return
    settings.verbose += value
    configure_logging(settings.verbose)


def _command_verbose_option() -> click.Option:
    # hidden, like a --lang after the command: the documented place is before it
    return click.Option(["-v", "--verbose"], count=True, expose_value=False, hidden=True, callback=_add_verbosity,
                        help="Meer meldingen (-vv voor debug).")


def _help_key(ctx: click.Context) -> str:
    """A command's key in :data:`graph.cli.help_en.COMMANDS`: its names below the group, or "g40kg"."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.command.name)
        ctx = ctx.parent
    return " ".join(reversed(names)) or "g40kg"


def _option_help_in_english(text: str) -> str:
    from . import help_en

    return help_en.OPTIONS.get(text, text)


def _param_in_english(param: click.Parameter) -> click.Parameter:
    from . import help_en

    english = copy.copy(param)
    if getattr(param, "help", None):
        english.help = _option_help_in_english(param.help)
    if param.metavar:
        english.metavar = english_metavar(param.metavar)
    elif isinstance(param, click.Option) and isinstance(param.type, click.Path):
        # click names a path's value by its type, a name it translated when the option was made (Dutch)
        dutch = param.type.name.upper()
        english.metavar = help_en.METAVARS.get(dutch, dutch)
    return english


def _in_english(command: click.Command, key: str) -> click.Command:
    """A copy of ``command`` (and its subcommands) whose help texts come from :mod:`graph.cli.help_en`.

    A text without a translation stays Dutch; ``tests/test_cli_help.py`` fails on it.
    """
    from . import help_en

    texts = help_en.COMMANDS.get(key, {})
    english = copy.copy(command)
    english.help = texts.get("help", command.help)
    english.short_help = texts.get("short")  # none: click shortens the English help
    english.params = [_param_in_english(param) for param in command.params]
    english.options_metavar = english_metavar(command.options_metavar or "")
    if isinstance(command, click.Group):
        prefix = "" if key == "g40kg" else key + " "
        english.commands = {name: _in_english(sub, prefix + name) for name, sub in command.commands.items()}
    return english


#: the Dutch placeholder of an option's value, by click type (English ones: help_en.METAVARS)
_DUTCH_PLACEHOLDERS = {"text": "TEKST", "integer": "GETAL", "integer range": "GETAL", "float": "GETAL",
                       "float range": "GETAL"}
#: the Dutch placeholder of an argument, by its name (click writes the name in capitals: "OLD [NEW]"),
#: so a usage line or error is in one language: "Gebruik: g40kg diff [OPTIES] OUD [NIEUW]" (walkthrough 19,
#: finding 23); English ones: help_en.METAVARS
_DUTCH_ARGUMENTS = {"name": "NAAM", "paths": "PADEN", "ministry": "MINISTERIE", "gold": "GOUDBESTAND", "source": "VAN",
                    "target": "NAAR", "old": "OUD", "new": "NIEUW", "files": "BESTANDEN"}
#: the usage line's placeholder of a command's options
_OPTIONS_METAVAR = {"nl": "[OPTIES]", "en": "[OPTIONS]"}


def dutch_argument_metavar(argument: click.Argument) -> str | None:
    """The Dutch placeholder of ``argument`` as click would decorate its name ("[NIEUW]", "[PADEN]..."), or
    None when :data:`_DUTCH_ARGUMENTS` has no word for it.

    >>> dutch_argument_metavar(click.Argument(["new"], required=False)), dutch_argument_metavar(click.Argument(["paths"], nargs=-1))
    ('[NIEUW]', '[PADEN]...')
    """
    word = _DUTCH_ARGUMENTS.get(argument.name or "")
    if word is None:
        return None
    return ("" if argument.required else "[") + word + ("" if argument.required else "]") + (
        "..." if argument.nargs != 1 else "")


def english_metavar(text: str) -> str:
    """A Dutch placeholder in English (:data:`graph.cli.help_en.METAVARS`), else as it is.

    >>> english_metavar("[NIEUW]"), english_metavar("[OPTIES]"), english_metavar("NAAM=WAARDE"), english_metavar("X")
    ('[NEW]', '[OPTIONS]', 'NAME=VALUE', 'X')
    """
    from . import help_en

    if text == _OPTIONS_METAVAR["nl"]:
        return _OPTIONS_METAVAR["en"]
    return help_en.METAVARS.get(text, text)


class _LocalisedHelp:
    """``--help`` in the interface language: Dutch as written in the code, English from :mod:`.help_en`.

    Every command accepts ``--lang`` (hidden unless the command declares its own, as the group does).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not any(param.name == "lang" for param in self.params):
            self.params.append(_command_lang_option())
        if not _options_of(self) & {"-v", "--verbose"}:  # evaluate's own -v stays its own
            self.params.append(_command_verbose_option())
        for param in self.params:  # click's own placeholders (TEXT, FLOAT RANGE) are English
            if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
                param.metavar = _DUTCH_PLACEHOLDERS.get(param.type.name)
            elif isinstance(param, click.Argument) and param.metavar is None:
                param.metavar = dutch_argument_metavar(param)
        if self.options_metavar == _OPTIONS_METAVAR["en"]:
            self.options_metavar = _OPTIONS_METAVAR["nl"]

    def collect_usage_pieces(self, ctx):
        """The usage line's pieces, in English under ``--lang en`` ("[OPTIONS] OLD [NEW]")."""
        pieces = super().collect_usage_pieces(ctx)
        return [english_metavar(piece) for piece in pieces] if help_language(ctx) == "en" else pieces

    def parse_args(self, ctx, args):
        lang = _lang_on_command_line(self, ctx, args)
        if lang is not None:
            ctx.meta[_LANG_GIVEN] = lang  # seen by an eager --help that comes before --lang
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            meant = DUTCH_OPTIONS.get(error.option_name)  # "--vanaf": the option is "--from" (walkthrough 29, finding 4)
            error.possibilities = [meant] if meant in _options_of(self) \
                else close_options(error.option_name, error.possibilities)
            if error.option_name in _OUTPUT_OPTIONS and "--excel" in _options_of(self) \
                    and not _OUTPUT_OPTIONS & _options_of(self) and ctx.parent is not None:
                # "ask … -o wie.csv", as export has it: a table goes to a file by '>' (walkthrough 39, finding 10)
                raise click.NoSuchOption(error.option_name, msg("output_by_redirect", option=error.option_name,
                                                                command=ctx.command_path.split(" ", 1)[-1]), ctx=ctx) from None
            if ctx.parent is None or error.option_name not in _options_of(ctx.find_root().command):
                raise
            command = ctx.command_path.split(" ", 1)[-1]  # "build", "curate show"
            raise click.NoSuchOption(error.option_name, msg("global_option_after_command", option=error.option_name,
                                                            command=command), ctx=ctx) from None

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)  # one cached option per command: its text follows the language
        if option is not None:
            option.help = "Toon deze hulp en stop."
            if help_language(ctx) == "en":
                option.help = _option_help_in_english(option.help)
        return option

    def format_help(self, ctx, formatter):
        command = _in_english(self, _help_key(ctx)) if help_language(ctx) == "en" else self
        # click's formatting, on the (translated) command; super() skips this method, so no recursion
        super(_LocalisedHelp, command).format_help(ctx, formatter)


#: options typed in Dutch, as the Dutch guide and the explorer's forms say them ("peildatum", "vanaf"): the
#: option they mean, suggested where the command has it ("No such option '--vanaf'. Did you mean --from?")
DUTCH_OPTIONS = {
    "--vanaf": "--from", "--van": "--from", "--tot": "--until", "--totenmet": "--until", "--tot-en-met": "--until",
    "--per": "--as-of", "--peildatum": "--as-of", "--stand-per": "--as-of", "--op": "--at", "--datum": "--at",
    "--tussen": "--between", "--formaat": "--format", "--taal": "--lang", "--bestand": "--file",
    "--parameter": "--param", "--betrouwbaarheid": "--min-confidence", "--minimale-betrouwbaarheid": "--min-confidence",
    "--diepte": "--depth", "--uitvoer": "--output", "--stil": "--quiet", "--streng": "--strict", "--wacht": "--wait",
    "--poort": "--port", "--alleen-gedateerd": "--dated-only", "--correcties": "--curated", "--graaf": "--graph",
}


#: the options of a command that writes a file (``export -o``), typed to one that writes to stdout
_OUTPUT_OPTIONS = frozenset({"-o", "--output", "--uitvoer"})


def close_options(typed: str, possibilities: list[str] | None) -> list[str] | None:
    """The options worth suggesting for an unknown ``typed`` one: click's close matches (difflib's
    ratio 0.6) without the far ones, which only share ``--`` and a letter or two ("--excel": not
    "--help"; walkthrough 20, finding 19), and without those clearly further than the closest
    ("--formt": "--format", not also "--from").

    >>> close_options("--excel", ["--help"]), close_options("--formt", ["--format", "--from"]), close_options("-x", None)
    ([], ['--format'], None)
    """
    from difflib import SequenceMatcher

    if not possibilities:
        return possibilities
    ratios = {option: SequenceMatcher(None, typed, option).ratio() for option in possibilities}
    best = max(ratios.values())
    return [option for option in possibilities if ratios[option] >= max(0.7, best - 0.1)]


def _options_of(command: click.Command) -> set[str]:
    """Every spelling of every option of ``command`` (``--graph``, ``-v``, ``--verbose`` …)."""
    return {name for param in command.params if isinstance(param, click.Option)
            for name in (*param.opts, *param.secondary_opts)}


class G40Command(_LocalisedHelp, click.Command):
    def invoke(self, ctx):
        from ..names_read import names_read_as

        excel_format(ctx)
        # a typed part of one entity's name is taken as that entity, with one line on stderr (stdout: the answer)
        with names_read_as(lambda line: click.echo(line, err=True)):
            return super().invoke(ctx)


def excel_format(ctx: click.Context) -> None:
    """Under ``--excel`` (:func:`graph.cli.options.excel_option`): a command given no ``--format`` writes
    CSV, one given another format than csv gets a usage error (walkthrough 20, finding 19)."""
    if not ctx.meta.get("g40kg.excel") or "fmt" not in ctx.params:
        return
    if ctx.get_parameter_source("fmt") in (None, click.core.ParameterSource.DEFAULT):
        ctx.params["fmt"] = "csv"
    elif ctx.params["fmt"] != "csv":
        raise click.UsageError(msg("excel_not_csv", fmt=ctx.params["fmt"]), ctx)


class G40Group(_LocalisedHelp, click.Group):
    command_class = G40Command
    group_class = type  # subgroups are G40Groups too

    def main(self, args=None, *rest, **options):
        # a usage error is shown after parsing stopped, outside every command: its language must be
        # known before, from the command line's last --lang or G40KG_LANG
        words = list(sys.argv[1:] if args is None else args)
        lang = _last_value(words, "--lang") or os.environ.get("G40KG_LANG")
        if lang in ("nl", "en"):
            set_language(lang)
        _JSON_ERRORS.set(_last_value(words, "--format") == "json")
        from .output import EXCEL_CSV, RAW_CSV

        RAW_CSV.set(False)  # until a command's --raw says otherwise (a second command in one process: tests)
        EXCEL_CSV.set(False)  # and --excel
        return super().main(args, *rest, **options)

    # every error, from parsing the command line to the command's end, passes one of these two
    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.ClickException as error:
            if parent is None:
                _json_error(error)
            raise

    def invoke(self, ctx):
        try:
            try:
                return super().invoke(ctx)
            except KeyboardInterrupt as interrupt:  # one that no command caught: not click's "Aborted!", status 1
                if ctx.parent is not None:
                    raise
                raise Interrupted(msg("interrupted"), interrupt) from None
        except click.ClickException as error:
            if ctx.parent is None:
                _json_error(error)
            raise


def _last_value(words: list[str], option: str) -> str | None:
    """The value of the last ``option X`` / ``option=X`` in ``words`` (before a ``--``), or None.

    >>> _last_value(["--lang", "en", "entity", "--lang=nl", "x"], "--lang")
    'nl'
    >>> _last_value(["entity", "--", "--lang", "en"], "--lang")
    """
    found = None
    for i, word in enumerate(words):
        if word == "--":
            break
        if word == option and i + 1 < len(words):
            found = words[i + 1]
        elif word.startswith(option + "="):
            found = word.split("=", 1)[1]
    return found


def configure_logging(verbose: int) -> None:
    """Diagnostics on stderr as ``-v`` (info) or ``-vv`` (debug) asks; warnings only without."""
    logging.getLogger().setLevel(logging.WARNING - 10 * min(verbose, 2))
    # a literal rdflib cannot convert ("-0001-01-01"^^xsd:date) is printed as written: quiet unless -v
    logging.getLogger("rdflib.term").setLevel(logging.ERROR if verbose == 0 else logging.NOTSET)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(msg("version", version=__version__))
        ctx.exit()


#: commands that always work on the local graph or documents, whatever --endpoint says
LOCAL_ONLY = {"build", "demo", "evaluate", "push"}


@click.group(cls=G40Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Toon de versie en stop.")
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
    help="Lees-opdrachten tegen dit SPARQL-endpoint in plaats van de lokale graaf (een token voor "
    "'g40kg serve --token' in de omgevingsvariabele G40KG_TOKEN).",
)
@click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    envvar="G40KG_LANG",
    default="nl",
    show_default=True,
    is_eager=True,  # before an eager --help, which speaks this language (see help_language)
    help="Taal van de uitvoer, ook van --help.",
)
@click.option("-v", "--verbose", count=True, help="Meer meldingen (-vv voor debug).")
@click.option("--no-progress", "no_progress", is_flag=True, envvar="G40KG_NO_PROGRESS",
              help="Geen voortgangsbalk of voortgangsregels (omgeving: G40KG_NO_PROGRESS=1). Met TERM=dumb of "
              "NO_COLOR toont g40kg gewone regels in plaats van een balk.")
@click.pass_context
def cli(ctx, graph_path, engine, endpoint, lang, verbose, no_progress):
    """g40kg: kennisgraaf van het G40-stedennetwerk uit Nederlandse beleidsdocumenten.

    \b
    Voorbeelden:
        g40kg demo                      # bouw de meegeleverde documenten, toon samenwerkingen
        g40kg build mijn-documenten/    # bouw een graaf uit een eigen map
        g40kg collaborators EZK         # wie werkt samen met EZK, en waarom

    \b
    Een overleg voorbereiden (wie is wie, afdrukken, delen): docs/aan-de-slag.md

    \b
    Exitstatus (voor scripts):
        0    gelukt
        1    mislukt: SHACL-schendingen, geen graaf, geen verbinding gevonden, server faalt
        2    fout in de opdrachtregel of in een opgegeven bestand of naam
        3    build --strict: gebouwd, maar met waarschuwingen
        75   bezet: er loopt al een bouw (of push) van deze graaf; later opnieuw (of --wait)
        124  een query liep langer dan --timeout
        130  afgebroken met Ctrl+C; 143: gestopt door SIGTERM (kill, cron)
    Met --format json staat een fout ook op stdout: {"error": "…", "exit_code": N, "code": "busy"}
    (code in elke taal hetzelfde: docs/integration.md).
    """
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    configure_logging(verbose)
    set_language(lang)
    from .progress import disable

    disable(no_progress)
    if (endpoint and ctx.invoked_subcommand in LOCAL_ONLY
            and ctx.get_parameter_source("endpoint") is click.core.ParameterSource.COMMANDLINE):
        # G40KG_ENDPOINT in the environment is meant for the reading commands: no complaint then
        raise click.UsageError(msg("endpoint_local_only", command=ctx.invoked_subcommand, graph=graph_path))
    ctx.obj = Settings(graph_path=graph_path, engine=engine, endpoint=endpoint, lang=lang, verbose=verbose)
