"""Progress on stderr for long commands (build, export --format site): a bar, plain lines, or nothing.

A redrawn bar (``\\r`` and the cursor-hiding ``ESC[?25l`` of :func:`click.progressbar`) is only
drawn on a terminal that can show it. Otherwise:

* ``--no-progress`` or ``G40KG_NO_PROGRESS=1``, or stderr not a terminal: no progress at all;
* ``TERM=dumb`` or ``NO_COLOR`` (a screen reader's or a braille display's terminal, an Emacs
  shell): a plain line at each quarter ("Extractie: 100 van 400"), never redrawn, so a screen
  reader reads four lines instead of every redraw.

Examples
--------
>>> import io
>>> out = io.StringIO()
>>> with LineBar(40, "Extractie", out) as bar:
...     for _ in range(40):
...         bar.update(1)
>>> print(out.getvalue(), end="")
Extractie: 10 van 40
Extractie: 20 van 40
Extractie: 30 van 40
Extractie: 40 van 40
"""

from __future__ import annotations

import os
import sys

import click

from ..messages import get_language

__all__ = ["GrowingBar", "LineBar", "NoBar", "disable", "mode", "progressbar", "stage"]

#: fewer items than this: no progress shown (it is over before it is read)
MIN_ITEMS = 20

_disabled = False


def disable(off: bool) -> None:
    """``--no-progress`` (the group's option, or ``G40KG_NO_PROGRESS``): no progress at all when ``off``."""
    global _disabled
    _disabled = bool(off)


def _is_terminal() -> bool:
    return sys.stderr.isatty()


def mode() -> str:
    """``"off"``, ``"lines"`` (``TERM=dumb`` or ``NO_COLOR``) or ``"bar"`` (see the module docstring)."""
    if _disabled or os.environ.get("G40KG_NO_PROGRESS", "") not in ("", "0") or not _is_terminal():
        return "off"
    if plain_terminal():
        return "lines"
    return "bar"


def plain_terminal() -> bool:
    """``TERM=dumb`` or ``NO_COLOR`` (https://no-color.org): plain text, no bar, no colour or bold."""
    return os.environ.get("TERM") == "dumb" or bool(os.environ.get("NO_COLOR"))


class NoBar:
    """No progress (the ``with`` gives None: nothing to update)."""

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class LineBar:
    """A plain line per quarter of the work, never redrawn (``update(n)`` as click's bar)."""

    def __init__(self, length: int, label: str, file=None):
        self.length, self.label, self.file, self.done, self.said = length, label, file, 0, 0

    def __enter__(self):
        return self

    def update(self, n: int) -> None:
        self.done = min(self.done + n, self.length) if self.length else self.done + n
        quarter = 4 * self.done // self.length if self.length else 0
        if quarter > self.said:
            self.said = quarter
            word = "van" if get_language() == "nl" else "of"
            click.echo(f"{self.label}: {self.done} {word} {self.length}", file=self.file or sys.stderr)

    def __exit__(self, *exc):
        return False


def progressbar(length: int, label: str):
    """A progress display for ``length`` items on stderr (:func:`mode`; nothing under :data:`MIN_ITEMS`)."""
    shown = mode() if length >= MIN_ITEMS else "off"
    if shown == "off":
        return NoBar()
    if shown == "lines":
        return LineBar(length, label)
    return click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True)


def stage(label: str) -> None:
    """Say on stderr that a stage without a measure of progress begins (not when progress is off)."""
    if mode() != "off":
        click.echo(f"{label} …", err=True)


class GrowingBar:
    """``progress(done, total)`` for a job whose total grows as it goes: a :func:`progressbar`
    from the :data:`MIN_ITEMS`-th item on."""

    def __init__(self, label: str):
        self.label, self.bar = label, None

    def __enter__(self):
        return self.update

    def update(self, done: int, total: int) -> None:
        if self.bar is None and total >= MIN_ITEMS and mode() != "off":
            self.bar = progressbar(total, self.label)
            self.bar.__enter__()
            self.bar.update(done - 1)
        if self.bar is not None:
            self.bar.length = total
            self.bar.update(1)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False
