"""The options that several commands share, declared once so that each has the same help everywhere.

``--format`` and ``--timeout``; the time options ``--at``/``--between``/``--as-of`` (also ``viz``'s and
``export``'s); ``--min-confidence``; ``--dated-only`` and the options of the network commands
(:func:`projection_options`); and :func:`fact_listing`, the options of every command that lists facts.
"""

from __future__ import annotations

import functools

import click

from ..messages import CATALOGUE, msg
from .base import Settings, pass_settings, translate_errors
from .output import EXCEL_CSV, RAW_CSV, TABLE_FORMATS

__all__ = ["AS_OF_HELP", "DATED_ONLY_HELP", "as_iso_date", "read_as_note", "confidence_option", "dated_only_given", "dated_only_option", "excel_option", "fact_listing",
           "format_option",
           "raw_option",
           "projection_options", "read_timeout_option", "time_options", "timeout_option"]


def format_option(func):
    """``--format`` (:data:`TABLE_FORMATS`), ``--raw`` (:func:`raw_option`) and ``--excel`` (:func:`excel_option`)."""
    func = excel_option(raw_option(func))
    return click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True,
                        help="Uitvoerformaat.")(func)


#: the help of --raw (every command with --format csv)
RAW_HELP = ("Met --format csv: schrijf elke waarde precies zoals ze is, ook tekst die met = + - @ begint (standaard "
            "krijgt die een ' ervoor, zodat een spreadsheet haar niet als formule uitvoert); voor een database of "
            "script. TSV en JSON zijn altijd onveranderd.")


def raw_option(func):
    """``--raw``: CSV without the formula guard (:data:`graph.cli.output.RAW_CSV`; the facts export passes it on)."""
    return click.option("--raw", is_flag=True, expose_value=False, callback=lambda ctx, param, value: RAW_CSV.set(value),
                        help=RAW_HELP)(func)


#: the help of --excel on a command whose CSV is a table people read (every command with --format csv but
#: query and export, which keep their columns' names)
EXCEL_HELP = ("Een CSV voor Excel met Nederlandse instellingen (puntkomma's, UTF-8 met BOM), zodat een dubbelklik het "
              "bestand in kolommen opent; met de kolomkoppen van de tabel en de IRI's achteraan. Zonder --format "
              "betekent het --format csv.")
#: the help of --excel where the columns keep their names (query: your own variables; export: the facts' fields)
EXCEL_OWN_COLUMNS_HELP = ("Met --format csv: voor Excel met Nederlandse instellingen (puntkomma's, UTF-8 met BOM), "
                          "zodat een dubbelklik het bestand in kolommen opent.")


def _remember_excel(ctx, _param, value):
    EXCEL_CSV.set(value)
    ctx.meta["g40kg.excel"] = value


def excel_option(func=None, *, help: str = EXCEL_HELP):
    """``--excel``: CSV as Excel with Dutch settings opens it (:data:`graph.cli.output.EXCEL_CSV`), one
    option for every command with ``--format csv`` (round 45y, walkthrough 20 finding 19); the command's
    ``--format`` is checked before it runs (:func:`graph.cli.base.excel_format`)."""
    if func is None:
        return lambda f: excel_option(f, help=help)
    return click.option("--excel", is_flag=True, expose_value=False, callback=_remember_excel, help=help)(func)


def timeout_option(func):
    return click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True,
                        callback=_remember_timeout, help="Breek af na zoveel seconden.")(func)


def _remember_timeout(ctx, _param, value):
    """Keep ``--timeout`` in ``ctx.meta``, where :func:`graph.cli.base.query_timeout` finds it: the deadline of
    every query the command runs, its helpers' too (:func:`graph.timeouts.query_deadline`)."""
    ctx.meta[TIMEOUT_KEY] = value
    return value


#: ``ctx.meta`` key of a read command's ``--timeout`` (:func:`timeout_option`, :func:`read_timeout_option`)
TIMEOUT_KEY = "g40kg.timeout"


def read_timeout_option(func):
    """``--timeout`` for a command that reads the graph but has no timeout of its own to pass on (path, rank,
    search, viz …): kept in ``ctx.meta``, where :func:`graph.cli.base.command_timeout` finds it for the
    endpoint client and the queries (walkthrough 27, finding 8)."""
    return click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True,
                        expose_value=False, callback=_remember_timeout, help="Breek af na zoveel seconden.")(func)


#: the forms a date option takes, said in every date option's help (walkthrough 20, finding 13)
DATE_FORMS_HELP = "DATUM: JJJJ, JJJJ-MM, JJJJ-MM-DD, 31-01-2024 of 1 februari 2024."
#: the help of --as-of (also viz's)
AS_OF_HELP = ("Laatst bekende stand op DATUM (een jaar of maand: de laatste dag ervan): feiten die vóór of op die datum "
              "zijn gemeld (of waarvan de tekst zegt sinds wanneer) en waarvan geen toen gemelde tekst zegt dat ze vóór "
              "die datum zijn geëindigd (een opvolger, eigen einde of vertrek uit een later document telt nog niet); "
              "een feit geldt dus tot een document het einde noemt, ook een nieuwsbericht van jaren "
              "eerder, en wat een jaarverslag over zijn jaar meldt ('de G40 werkt samen met BZK') geldt als gemeld, "
              "niet als geëindigd na dat jaar (een jaar dat de tekst noemt, 'in 2023 werkte …', eindigt wel met dat "
              "jaar, behalve in een verslag dat na dat jaar verscheen). " + DATE_FORMS_HELP)


def as_iso_date(ctx, param, value):
    """A date option's value as ISO: "1-12-2026" and "1 december 2026" read day first, as Dutch writes them
    (:func:`graph.docdate.human_date`; walkthrough 19, finding 25); anything else as given, for the
    time filter's own check (an impossible date stays its one-line error).

    >>> as_iso_date(None, None, "7-12-2026"), as_iso_date(None, None, ("1 nov 2026", "2026")), as_iso_date(None, None, "x")
    ('2026-12-07', ('2026-11-01', '2026'), 'x')
    """
    from ..docdate import human_date

    if isinstance(value, tuple):
        return tuple(as_iso_date(ctx, param, one) for one in value)
    day = (human_date(value) or value) if isinstance(value, str) else value
    if ctx is not None and param is not None and day != value:  # said by time_options' command (read_as_note)
        ctx.meta.setdefault(_READ_DATES, []).append((param.opts[0], value, day))
    return day


#: ``ctx.meta`` key of the dates :func:`as_iso_date` read from a form that is not ISO: (option, given, day)
_READ_DATES = "g40kg.read_dates"
_READ_AS = {"nl": "{option} {given} gelezen als {words} ({day})", "en": "{option} {given} read as {words} ({day})"}


def read_as_note(option: str, given: str, day: str, lang: str) -> str:
    """The line that says which day a date not written as ISO was read as (walkthrough 47, finding 14:
    "06/12/2026" is 6 December, not June 12).

    >>> read_as_note("--as-of", "06/12/2026", "2026-12-06", "nl")
    '--as-of 06/12/2026 gelezen als 6 december 2026 (2026-12-06)'
    >>> read_as_note("--at", "1-2-2024", "2024-02-01", "en")
    '--at 1-2-2024 read as 1 February 2024 (2024-02-01)'
    """
    from ..reading_dates import date_words

    return _READ_AS.get(lang, _READ_AS["nl"]).format(option=option, given=given, words=date_words(day, lang), day=day)


def time_options(command):
    """``--at``, ``--between`` and ``--as-of``; a day of ``--as-of`` after the newest document gets a note
    (:mod:`graph.cli.as_of_note`), once, before the command runs, and so does a date not written as ISO
    under a table (:func:`read_as_note`). ``--from`` and ``--until`` are the two ends of ``--between``, one
    of them may stay open (the ``from``/``until`` parameters that ``g40kg questions`` lists; walkthrough 24,
    finding 14): the command gets them as ``between``."""
    @functools.wraps(command)
    def noted(*args, **kwargs):
        from .as_of_note import after_newest_note

        kwargs["between"] = between_of(kwargs.get("between"), kwargs.pop("start", None), kwargs.pop("end", None))
        context = click.get_current_context(silent=True)
        settings = context.find_object(Settings) if context else None
        if context is not None and kwargs.get("fmt", "table") == "table":  # a table's reader, not a script
            for option, given, day in context.meta.get(_READ_DATES, ()):
                click.echo(read_as_note(option, given, day, settings.lang if settings else "nl"), err=True)
        after_newest_note(settings, kwargs.get("as_of"))
        return command(*args, **kwargs)

    func = click.option("--as-of", "as_of", metavar="DATUM", default=None, help=AS_OF_HELP, callback=as_iso_date)(noted)
    func = click.option("--between", nargs=2, metavar="VAN TOT", default=None, callback=as_iso_date,
                        help="Alleen feiten die deze periode overlappen (JJJJ, JJJJ-MM, JJJJ-MM-DD, 31-01-2024 of "
                             "1 februari 2024; een kwartaal: --between 2024-01 2024-03).")(func)
    func = click.option("--until", "end", metavar="DATUM", default=None, callback=as_iso_date,
                        help="Het einde van de periode, zoals de tweede datum van --between (een begin mag open "
                             "blijven).")(func)
    func = click.option("--from", "start", metavar="DATUM", default=None, callback=as_iso_date,
                        help="Het begin van de periode, zoals de eerste datum van --between (een einde mag open "
                             "blijven).")(func)
    return click.option("--at", metavar="DATUM", default=None, callback=as_iso_date,
                        help="Alleen feiten die op deze datum gelden (een jaar of maand: in die periode). "
                             + DATE_FORMS_HELP)(func)


CATALOGUE.update({"between_twice": {"nl": "geef --between of --from/--until, niet allebei",
                                    "en": "give --between or --from/--until, not both"}})


def between_of(between, start, end):
    """The ``--between`` of a command: as given, or ``(--from, --until)`` with an open side None; a usage
    error for both forms at once.

    >>> between_of(None, "2025-01-01", None), between_of(("2024", "2025"), None, None), between_of(None, None, None)
    (('2025-01-01', None), ('2024', '2025'), None)
    """
    if start is None and end is None:
        return between
    if between:
        raise click.UsageError(msg("between_twice"))
    return (start, end)


class _Confidence(click.FloatRange):
    """A number from 0 to 1; outside that, the message of ``-p min_confidence=`` (:func:`graph.questions.to_confidence`)."""

    def __init__(self):
        super().__init__(0, 1)

    def convert(self, value, param, ctx):
        from ..errors import InputError
        from ..questions import to_confidence

        click.FLOAT.convert(value, param, ctx)  # not a number at all: click says so
        try:
            return to_confidence(value)
        except InputError as error:
            raise click.UsageError(str(error), ctx) from None


def confidence_option(func):
    return click.option("--min-confidence", type=_Confidence(), default=None,
                        help="Alleen bewijs met minstens deze zekerheid (0–1).")(func)


def fact_listing(func):
    """The options of every command that lists facts, plus settings and error translation."""
    for decorate in (translate_errors, pass_settings, timeout_option, format_option, confidence_option, time_options):
        func = decorate(func)
    return func


#: the help of --dated-only (path, rank, communities, brokers and viz: :func:`dated_only_option`)
DATED_ONLY_HELP = ("Laat feiten zonder enige datum weg (een document zonder datum, een correctie zonder periode): "
                   "elke --at/--between/--as-of houdt ze anders, en hun knopen heten dan '… (zonder datum)'.")


def _remember_dated_only(ctx, _param, value):
    ctx.meta["g40kg.dated_only"] = value


def dated_only_option(func):
    """``--dated-only``, declared once for every command that takes it; read it with :func:`dated_only_given`."""
    return click.option("--dated-only", is_flag=True, expose_value=False, callback=_remember_dated_only,
                        help=DATED_ONLY_HELP)(func)


def dated_only_given() -> bool:
    """Whether the running command was given ``--dated-only`` (:func:`dated_only_option`)."""
    return bool(click.get_current_context().meta.get("g40kg.dated_only"))


def projection_options(func):
    func = click.option("--include-mentions", is_flag=True, help="Tel ook vermeldingen (document → entiteit) mee.")(func)
    return read_timeout_option(dated_only_option(confidence_option(time_options(func))))
