"""A rectifying document's warning once a correction has settled it (walkthrough 28, finding 7).

A document that says an earlier one was wrong ("In ons bericht van 3 oktober stond abusievelijk dat
A deelneemt aan B") but withdraws no fact g40kg can point at gets a build warning: look the fact up
and suppress it by hand (:func:`graph.extract.rectifications.unapplied_warning`). Once a ``suppress:``
rule took out a fact whose subject and object the rectifying document both names, that is done: the
first build after it says so once ("rechtgezet door 2026-12.yaml:3"), later builds say nothing.

Examples
--------
>>> from graph.extract.rectifications import unapplied_warning
>>> warning = "nieuws-b: " + unapplied_warning("Eerder stond ten onrechte dat Breda deelneemt aan de Deal X.")
>>> texts = {"nieuws-b": "Eerder stond ten onrechte dat Breda deelneemt aan de Deal X. Het is Tilburg."}
>>> applied = [(frozenset({"Breda"}), frozenset({"Deal X"}), "c.yaml:3")]
>>> settled_rectifications([warning], texts, applied, said={warning})
['nieuws-b: de correctie is rechtgezet door c.yaml:3']
>>> settled_rectifications([warning], texts, applied, said=set())
[]
>>> settled_rectifications([warning], texts, [], said=set()) == [warning]
True
"""

from __future__ import annotations

from typing import Iterable, Mapping

from .messages import CATALOGUE, msg

__all__ = ["settled_rectifications"]

CATALOGUE.update({
    "rectification_settled": {"nl": "de correctie is rechtgezet door {source}",
                              "en": "the correction is settled by {source}"},
})


def _prefix() -> str:
    """What every unapplied-rectification warning begins with, in the interface's language."""
    return msg("rectification_unapplied", quote="\x00").split("\x00", 1)[0]


def settled_rectifications(warnings: Iterable[str], texts: Mapping[str, str],
                           applied: Iterable[tuple[frozenset, frozenset, str]], said: set) -> list:
    """``warnings`` with each ``"<document>: <unapplied rectification>"`` whose document (``texts``: id →
    text) names a subject and an object of a suppression that took facts out (``applied``: (names, names,
    file:line)) replaced by one line that it is settled, when the previous build ``said`` the warning,
    and left out otherwise (it was settled before); other warnings as they are."""
    prefix, applied = _prefix(), list(applied)
    out = []
    for warning in warnings:
        document, _, text = str(warning).partition(": ")
        source = None
        if text.startswith(prefix) and document in texts:
            body = texts[document]
            source = next((rule for subjects, objects, rule in applied
                           if any(n in body for n in subjects) and any(n in body for n in objects)), None)
        if source is None:
            out.append(warning)
        elif warning in said:
            out.append(f"{document}: {msg('rectification_settled', source=source)}")
    return out
