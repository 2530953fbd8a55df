"""The history of the curation rules across builds (walkthrough 17, finding 19): ``curation-log.jsonl``
in the graph folder, one JSON line each time a rule's state changes.

``g40kg curation`` lists the rules of the last build; this log says since when: a rule first
``applied`` (or first ``stale``: it changed nothing), gone ``stale``, ``back`` (active again), or
``removed`` from the correction files. A line holds the build's time, the event, the rule's kind,
its text as ``g40kg curation`` shows it, its file:line, why it is stale, and ``by:``/``date:`` where
the rule gives them (not for a ``private: true`` suppression). It holds no reason: a rule's reason may
be private, and the correction file keeps it. A removal (``suppress: {entity: …}``, ``g40kg forget``)
masks the removed entity's names and keys in every line of the log, earlier ones too.

A rule is known by its kind and text ("merge", "person/a → person/b"), so moving it to another line
or file is no event; a removal and a repeated rule, whose text says nothing of their own, by their
file:line too.

Examples
--------
>>> before = [{"kind": "merge", "rule": "person/a → person/b", "source": "c.yaml:2", "stale": None}]
>>> now = [{"kind": "merge", "rule": "person/a → person/b", "source": "c.yaml:2", "stale": "entity_missing"},
...        {"kind": "fact", "rule": "person/b hasRole unit/x (lid)", "source": "c.yaml:4", "stale": None, "by": "KM"}]
>>> [(e["event"], e["rule"]) for e in history_events(before, now, "2026-05-01T08:00:00+00:00")]
[('stale', 'person/a → person/b'), ('applied', 'person/b hasRole unit/x (lid)')]
"""

from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["LOG_FILE", "history_events", "history_text", "new_history", "read_history"]

LOG_FILE = "curation-log.jsonl"


def _identity(rule: dict) -> tuple:
    """What makes a rule the same rule in the next build: its kind and text, and for a removal (whose
    text is a mask) or a repeated rule its file:line."""
    own = rule.get("kind") == "erase" or rule.get("stale") == "duplicate"
    return rule.get("kind"), rule.get("rule"), rule.get("source") if own else None


def history_events(before: list[dict], now: list[dict], built: str, private: frozenset = frozenset()) -> list[dict]:
    """The log lines of one build: how the rules ``now`` (the manifest's ``curation`` records) differ from
    ``before`` (the previous build's), at time ``built``. ``private``: the file:line of the rules whose
    ``by:`` is not published (a ``private: true`` suppression)."""
    earlier = {_identity(rule): rule for rule in before if isinstance(rule, dict)}
    events = []
    for rule in now:
        old = earlier.pop(_identity(rule), None)
        stale = rule.get("stale")
        if old is None:
            event = "stale" if stale else "applied"
        elif bool(old.get("stale")) == bool(stale):
            continue
        else:
            event = "stale" if stale else "back"
        events.append(_line(built, event, rule, private))
    events += [_line(built, "removed", rule, private) for rule in earlier.values()]
    return events


def _line(built: str, event: str, rule: dict, private: frozenset) -> dict:
    line = {"time": built, "event": event, "kind": rule.get("kind"), "rule": rule.get("rule"),
            "source": rule.get("source"), "stale": rule.get("stale") if event != "removed" else None}
    for key in ("by", "date"):
        if rule.get(key) and not (key == "by" and rule.get("source") in private):
            line[key] = rule[key]
    return line


def history_text(previous: str, events: list[dict], names=(), keys=()) -> str:
    """The log's new text: ``previous`` (the old log's text) and one line per event, with the removed
    entities' ``names`` and ``keys`` ("person/kees-voorbeeld") masked in every line (a removal leaves no
    name in the log, not even in the lines written before it).

    >>> old = json.dumps({"event": "applied", "rule": "person/k-voorbeeld → person/kees-voorbeeld"}) + "\\n"
    >>> print(history_text(old, [], names=["Kees Voorbeeld"], keys=["person/kees-voorbeeld"]), end="")
    {"event": "applied", "rule": "[naam verwijderd] → [naam verwijderd]"}
    """
    lines = [line for line in previous.splitlines() if line.strip()]
    lines += [json.dumps(event, ensure_ascii=False) for event in events]
    pattern = _removed_pattern(names, keys)
    if pattern is not None:
        lines = [_masked(line, pattern) for line in lines]
    return "".join(line + "\n" for line in lines)


def _removed_pattern(names, keys) -> re.Pattern | None:
    """A pattern finding the removed names as words, and any entity key ("person/k-voorbeeld") whose key
    holds a removed name's last word (its surname, slugified)."""
    from .privacy import name_pattern
    from .vocab import slugify

    named = name_pattern(names)
    surnames = sorted({slugify(name.split()[-1]) for name in names if name.split()} | {
        key.rsplit("/", 1)[-1] for key in keys}, key=len, reverse=True)
    parts = [named.pattern] if named is not None else []
    if surnames:
        parts.append(r"\b[a-z]+/[a-z0-9-]*(?:" + "|".join(re.escape(s) for s in surnames if s) + r")[a-z0-9-]*")
    return re.compile("|".join(f"(?:{part})" for part in parts)) if parts else None


def _masked(line: str, pattern: re.Pattern) -> str:
    from .privacy import MASKS

    try:
        event = json.loads(line)
    except ValueError:
        return ""  # a damaged line is dropped rather than kept unmasked
    mask = MASKS["nl"]["name"]
    return json.dumps({key: pattern.sub(mask, value) if isinstance(value, str) else value
                       for key, value in event.items()}, ensure_ascii=False)


def read_history(graph_path: Path, since: str | None = None) -> list[dict]:
    """The log of the graph at ``graph_path``, newest first (at ``since``, an ISO date, or later); []
    without a log. A damaged line is skipped.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / LOG_FILE).write_text('{"time": "2026-01-02T08:00:00+00:00", "event": "applied"}\\n'
    ...                                   '{"time": "2026-03-02T08:00:00+00:00", "event": "stale"}\\n')
    >>> [e["event"] for e in read_history(folder)], [e["event"] for e in read_history(folder, "2026-02-01")]
    (['stale', 'applied'], ['stale'])
    """
    try:
        text = (Path(graph_path) / LOG_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    events = []
    for line in text.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if isinstance(event, dict) and (since is None or str(event.get("time", ""))[:10] >= since):
            events.append(event)
    return events[::-1]


def new_history(graph_path: Path, before: list[dict], now: list[dict], built: str, private: frozenset = frozenset(),
                names=(), keys=()) -> str | None:
    """The text of the log a build writes into its new graph folder: the log of the graph at ``graph_path``
    and the lines of this build (:func:`history_events`), masked (:func:`history_text`); None when there
    is neither (a graph that never had a rule has no log).

    >>> import tempfile
    >>> new_history(Path(tempfile.mkdtemp()), [], [], "2026-05-01T08:00:00+00:00") is None
    True
    """
    try:
        previous = (Path(graph_path) / LOG_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        previous = ""
    events = history_events(before, now, built, private)
    if not previous and not events:
        return None
    return history_text(previous, events, names, keys)
