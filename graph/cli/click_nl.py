"""click's own texts ("Usage:", "Missing argument", "Invalid value for …") in Dutch when the interface is.

click writes them through :func:`gettext.gettext` and :func:`gettext.ngettext`, bound in each of its
modules; :func:`install` rebinds those names to functions that look the text up in :data:`DUTCH`
when the command speaks Dutch (its ``--lang``; outside a command, the interface language). The
error line opens with "Fout:" in Dutch and "Error:" in English (scripts test the exit status, which is
non-zero either way).

>>> from graph.messages import language
>>> install()
>>> with language("nl"):
...     click.exceptions._("Invalid value for {param_hint}: {message}")
'Ongeldige waarde voor {param_hint}: {message}'
>>> with language("en"):
...     click.exceptions._("Invalid value for {param_hint}: {message}")
'Invalid value for {param_hint}: {message}'
"""

from __future__ import annotations

import functools
import importlib

import click

from ..messages import get_language

__all__ = ["DUTCH", "install"]

#: click's English texts (its message ids, placeholders and all) → Dutch
DUTCH = {
    "Usage:": "Gebruik:",
    "Error: {message}": "Fout: {message}",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Missing command.": "Geef een opdracht.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Option {name!r} requires an argument.": "Optie {name!r} vraagt een waarde.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} vraagt {nargs} waarden.",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Takes {nargs} values but 1 was given.": "Vraagt {nargs} waarden, maar kreeg er 1.",
    "Takes {nargs} values but {len} were given.": "Vraagt {nargs} waarden, maar kreeg er {len}.",
    "Did you mean {possibility}?": "Bedoelt u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelt u een van: {possibilities}?)",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} is geen geldige ja/nee-waarde; bekend zijn: {states}",
    "{value!r} does not match the format {format}.": "{value!r} past niet bij het formaat {format}.",
    "{value!r} does not match the formats {formats}.": "{value!r} past niet bij de formaten {formats}.",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} is niet uitvoerbaar.",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "Aborted!": "Afgebroken!",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgeving: {var}",
    "required": "verplicht",
}

_MODULES = ("core", "exceptions", "parser", "types", "formatting", "decorators", "termui")


def _speaks_dutch() -> bool:
    from .base import help_language

    context = click.get_current_context(silent=True)
    return (help_language(context) if context is not None else get_language()) == "nl"


def gettext(message: str) -> str:
    """``message`` in Dutch when the command speaks Dutch and :data:`DUTCH` has it, else as it is."""
    return _PathName(message) if message in _PATH_NAMES else _translated(message)


def _translated(message: str) -> str:
    return DUTCH.get(message, message) if _speaks_dutch() else message


_PATH_NAMES = ("file", "directory", "path")


class _PathName(str):
    """The name of a ``click.Path`` ("bestand", "map"), taken when an option is declared, which is
    before any ``--lang`` is read; its ``title()``, the word that starts click's messages
    ("Map 'x' bestaat niet."), is looked up when the message is written, in the language then.

    >>> from graph.messages import language
    >>> with language("nl"):
    ...     name = gettext("directory")
    >>> with language("en"):
    ...     name.title()
    'Directory'
    """

    def __new__(cls, english: str):
        word = super().__new__(cls, _translated(english))
        word.english = english
        return word

    def title(self) -> str:
        return _translated(self.english).title()


def ngettext(singular: str, plural: str, count: int) -> str:
    """:func:`gettext` of ``singular`` or ``plural``, as ``count`` says."""
    return gettext(singular if count == 1 else plural)


def _error_hint(get_error_hint):
    """click's ``Argument.get_error_hint`` ("'OUD'"), with the placeholder in English when the command
    speaks English (a command's argument placeholders are Dutch, :mod:`graph.cli.base`)."""

    @functools.wraps(get_error_hint)
    def hint(self, ctx):
        from .base import english_metavar

        text = get_error_hint(self, ctx)
        if _speaks_dutch() or not (text.startswith("'") and text.endswith("'")):
            return text
        return f"'{english_metavar(text[1:-1])}'"

    hint.localised = True
    return hint


def install() -> None:
    """Let click's modules speak through :func:`gettext` and :func:`ngettext` (idempotent)."""
    if not getattr(click.Argument.get_error_hint, "localised", False):
        click.Argument.get_error_hint = _error_hint(click.Argument.get_error_hint)
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
