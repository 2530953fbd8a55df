"""The text a build prints: its summary, the changes since the previous graph and the warnings shown.

Pure text functions (:func:`changes_text`, :func:`validated_text`, :func:`removed_line`, :func:`counted`,
:func:`warnings_shown`) and :func:`print_build_summary`, which prints them for ``g40kg build``.
"""

from __future__ import annotations

import re

import click

from ..messages import CATALOGUE, msg
from .base import echo_err
from .build_texts import TEXTS

__all__ = ["CURATION_WARNINGS_SHOWN", "REMOVED_SHOWN", "WARNINGS_SHOWN", "changes_text", "counted", "print_build_warnings",
           "print_build_summary", "removed_line", "validated_text", "warnings_shown"]


#: at most this many names of removed documents in the summary
REMOVED_SHOWN = 5
#: at most this many warnings under a line of ``build --watch``
WARNINGS_SHOWN = 5


def removed_line(removed: list[str]) -> str:
    """The summary line about documents of the previous graph the build dropped.

    >>> print(removed_line(["a", "b"]))
    2 documenten uit de vorige graaf verwijderd (niet meer in de bronnen): a, b; geef hun bestanden ook op om ze te houden
    >>> removed_line(list("abcdefg")).split(": ")[1].split(";")[0]
    'a, b, c, d, e en 2 andere'
    """
    names = ", ".join(removed[:REMOVED_SHOWN])
    if len(removed) > REMOVED_SHOWN:
        names += msg("removed_more", n=len(removed) - REMOVED_SHOWN)
    return msg("removed_one" if len(removed) == 1 else "removed_many", n=len(removed), names=names)


def counted(n: int, nouns: tuple[str, str]) -> str:
    """``n`` and the noun in its number.

    >>> counted(1, ("document", "documenten")), counted(3, ("document", "documenten"))
    ('1 document', '3 documenten')
    """
    return f"{n} {nouns[0] if n == 1 else nouns[1]}"


def changes_text(changes: dict[str, list[str]], texts: dict, *, names=False,
                 corrections: bool = False, reference=()) -> str:
    """What changed since the previous build, in words (with ``names``: which documents, the first few,
    True for every kind or the kinds to name, ("new", "changed"); with ``corrections``: that the
    corrections changed too; ``reference``: the reference lists that changed, by file name).

    >>> changes_text({"new": ["a"], "changed": [], "removed": ["b", "c"]}, TEXTS["nl"], names=True)
    '1 nieuw (a), 2 verwijderd (b, c)'
    >>> changes_text({"new": ["a"], "changed": ["d"], "removed": ["b"]}, TEXTS["en"], names=("new", "changed"))
    '1 new (a), 1 changed (d), 1 removed'
    >>> changes_text({"new": [], "changed": [], "removed": [], "renamed": [{"from": "a", "to": "b"}]}, TEXTS["nl"])
    '1 hernoemd (a → b)'
    >>> changes_text({"new": [], "changed": [], "removed": []}, TEXTS["en"])
    'no document changed'
    >>> changes_text({"new": [], "changed": [], "removed": []}, TEXTS["nl"], corrections=True)
    'geen document veranderd, wel de correcties'
    >>> changes_text({"new": [], "changed": [], "removed": []}, TEXTS["nl"], reference=["g40_members.csv"])
    'geen document veranderd, wel de referentielijsten (g40_members.csv)'
    >>> changes_text({"new": [], "changed": [], "removed": []}, TEXTS["en"], corrections=True, reference=["a.csv", "b.csv"])
    'no document changed, but the corrections and the reference lists did (a.csv, b.csv)'
    >>> changes_text({"new": ["a"], "changed": [], "removed": []}, TEXTS["nl"], corrections=True, reference=["a.csv"])
    '1 nieuw, correcties gewijzigd, referentielijsten gewijzigd (a.csv)'

    A document whose text stayed and whose metadata changed says what (``parts``, round 59m):

    >>> changes_text({"new": [], "changed": ["nota", "memo"], "removed": [], "parts": {"nota": ["author", "case"]}},
    ...              TEXTS["nl"], names=True)
    '2 gewijzigd (nota: auteur en zaaknummer gewijzigd, memo)'
    """
    parts = []
    named = {"new", "changed", "removed"} if names is True else set(names or ())
    what_changed = {i: texts["parts_changed"].format(parts=texts["and"].join(texts["change_parts"][p] for p in found))
                    for i, found in (changes.get("parts") or {}).items()}
    for what in ("new", "changed", "removed", "renamed"):
        ids = [f"{i['from']} → {i['to']}" if isinstance(i, dict) else f"{i}: {what_changed[i]}" if i in what_changed
               else i for i in changes.get(what) or []]
        if ids:
            shown = ", ".join(ids[:REMOVED_SHOWN]) + (", …" if len(ids) > REMOVED_SHOWN else "")
            parts.append(f"{len(ids)} {texts['change_words'][what]}" + (f" ({shown})" if what in named or what == "renamed"
                                                                         else ""))
    files = ", ".join(reference)
    if reference and not parts:  # the lists every document is read with (walkthrough 36, finding 3)
        return texts["only_both_changed" if corrections else "only_reference_changed"].format(files=files)
    if reference:
        parts += [texts["corrections_changed"]] * corrections + [texts["reference_changed"].format(files=files)]
    elif corrections:
        return ", ".join([*parts, texts["corrections_changed"]]) if parts else texts["only_corrections_changed"]
    return ", ".join(parts) or texts["no_changes"]


def validated_text(checked: int, total: int, new: int, texts: dict) -> str:
    """The SHACL line of a build summary: how many of the ``total`` documents were ``checked``,
    ``new`` of them the graphs the build wrote anew (it does not say why: a rebuild rewrites
    what the corrections touch, and what the line above says changed is the documents).

    >>> validated_text(7, 7, 7, TEXTS["nl"])
    'Controle: in orde (alle 7 documenten gecontroleerd).'
    >>> validated_text(2, 300, 0, TEXTS["en"])
    "SHACL: the graph conforms (2 of 300 documents checked, a sample; 'g40kg validate' or 'build --full-validation' checks everything)."

    More written anew than the check's budget: part of them checked, and no "first the 51" of 50.

    >>> validated_text(50, 51, 51, TEXTS["nl"])
    "Controle: in orde (50 van de 51 documenten gecontroleerd die deze bouw opnieuw schreef; 'g40kg validate' of 'build --full-validation' controleert alle 51)."
    """
    key = ("validated_none" if checked == 0 else "validated_one" if total == 1 else "validated" if checked == total
           else "validated_some_new" if new > checked else "validated_sample" if new else "validated_spread")
    return texts[key].format(checked=checked, total=total, new=new)


#: at most this many new curation warnings are listed one by one; the rest are counted
CURATION_WARNINGS_SHOWN = 20
#: a warning about a rule of a curation file ("correcties/a.yaml:12: …")
_CURATION_WARNING = re.compile(r"^.*?\.(ya?ml|ttl):\d+: ")


def warnings_shown(warnings: list[str], repeated: list[str]) -> list[str]:
    """The warnings a summary lists: not those about corrections that the previous build gave too
    (``repeated``), and of the curation warnings at most :data:`CURATION_WARNINGS_SHOWN`.

    >>> warnings_shown(["doc: x", "a.yaml:1: y", "a.yaml:2: z"], ["a.yaml:1: y"])
    ['doc: x', 'a.yaml:2: z']
    """
    again = set(repeated)
    shown, curation = [], 0
    for warning in warnings:
        if warning in again:
            continue
        if _CURATION_WARNING.match(warning):
            curation += 1
            if curation > CURATION_WARNINGS_SHOWN:
                continue
        shown.append(warning)
    return shown


def print_build_summary(report, lang: str) -> None:
    from viz.render import UI_TEXT

    texts = TEXTS[lang]
    click.echo(texts["summary"].format(graph=report.graph_path, seconds=report.seconds,
                                       documents=counted(len(report.documents), texts["documents"]),
                                       facts=counted(sum(report.stats.relations.values()), texts["facts"])))
    if not report.first_build:
        # the new and changed documents by name (the weekly mail's "what came in"; walkthrough 21, finding 14);
        # the removed ones are named on the next line, with what to do to keep them
        click.echo(texts["changes"].format(changes=changes_text(report.changes, texts, names=("new", "changed"),
                                                                corrections=report.corrections_changed,
                                                                reference=report.reference_changed)))
    renamed = (report.changes or {}).get("renamed") or []
    removed = sorted(set(report.removed) - {pair["from"] for pair in renamed})  # a renamed file is not lost
    if removed:
        click.echo(removed_line(removed))
    # the kinds in words, as the entity pages name them ("Persoon", "heeft een rol bij"; walkthrough 19, finding 21)
    for title, counts, words in ((texts["entities"], report.stats.entities, UI_TEXT[lang]["type_names"]),
                                 (texts["relations"], report.stats.relations, UI_TEXT[lang]["relation_names"])):
        click.echo(f"{title}:")
        if not counts:
            click.echo(f"  {texts['none']}")
        counts = {words.get(key, key): value for key, value in counts.items()}
        width = max((len(k) for k in counts), default=0)
        for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {key:<{width}}  {value:>5}")
    if report.curation:
        names = texts["curation_counts"]
        done = ", ".join(counted(count, names[what]) for what, count in report.curation.items() if what in names)
        click.echo(f"{texts['curation']}: {done}.")
        if report.caches_cleared:  # a new removal (forget): the build cleared the caches that held the names
            click.echo(texts["erased_caches"].format(cache=report.graph_path / "cache"))
    if report.validated is not None:
        click.echo(validated_text(*report.validated, texts))
    print_build_warnings(report, lang)


def print_build_warnings(report, lang: str) -> None:
    """The build's warnings on stderr, as the summary ends with them (``build --quiet --strict``: only these)."""
    texts = TEXTS[lang]
    shown = warnings_shown(report.warnings, report.repeated)
    if shown:
        echo_err(counted(len(report.warnings), texts["warnings"]) + ":")
        for warning in shown:
            echo_err(f"  {warning}")
    hidden = len(report.warnings) - len(shown)
    if hidden:
        echo_err("  " + texts["warnings_hidden"].format(n=hidden))


CATALOGUE.update({
    "removed_one": {"nl": "1 document uit de vorige graaf verwijderd (niet meer in de bronnen): {names}; geef zijn "
                          "bestand ook op om het te houden",
                    "en": "1 document of the previous graph removed (no longer among the sources): {names}; give its "
                          "file too to keep it"},
    "removed_many": {"nl": "{n} documenten uit de vorige graaf verwijderd (niet meer in de bronnen): {names}; geef "
                           "hun bestanden ook op om ze te houden",
                     "en": "{n} documents of the previous graph removed (no longer among the sources): {names}; give "
                           "their files too to keep them"},
    "removed_more": {"nl": " en {n} andere", "en": " and {n} more"},
})
