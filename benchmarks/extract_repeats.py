"""Which of extraction's look-ups are done again, and what a dispatch of the rules could save (round 60p, issue #7).

Three measures of :func:`graph.extract.extract` over corpus folders, each a question of the redesign that
round 59p's profile (``extract_profile.py``) pointed to, "the rules share their per-sentence look-ups":

``repeats``
    every call of a function of ``graph/extract`` with its arguments (a sentence by its offsets, a mention by
    its span and type, a pattern, list or context by its identity, a number or short text by its value): per
    function the calls and those that repeat an earlier call of the same document with the same arguments. A
    look-up that is already kept (``DocContext.in_sentence``, ``content_start``) repeats too, at the cost of a
    dictionary look-up: read the counts beside ``extract_profile.py``'s shares.
``gates``
    each relation rule ``find_relations`` calls (per sentence, or once a document) timed by the thread's CPU,
    and put in one of four kinds by what happened inside: it added a fact; it asked no word gate
    (``graph.extract.cues.CueText.may_match``); every gate it asked said "no"; a gate said "yes" but no fact
    came. A dispatch by cue words skips at most the third kind.
``ceiling``
    the extraction's CPU when each relation rule runs only where it added a fact in a first pass (per sentence,
    and with ``--whole`` once-a-document rules too), against every rule everywhere, alternated in one
    process: the most any dispatch of the rules could save (its own cost not counted). The facts are
    compared by count each run.

The timings inside ``gates`` carry the cost of timing some 100,000 calls: read them as shares.

Usage::

    python benchmarks/extract_repeats.py repeats CORPUS [CORPUS ...] [--top 40]
    python benchmarks/extract_repeats.py gates CORPUS [CORPUS ...]
    python benchmarks/extract_repeats.py ceiling CORPUS [CORPUS ...] [--whole] [--runs 3]

Examples
--------
>>> import re
>>> from graph.extract.model import Mention, Sentence
>>> _argument(Sentence(3, 9, "Zwolle")), _argument(Mention(0, 3, "G40", "Organisation", "", 1.0))
(('sentence', 3, 9), ('mention', 0, 3, 'Organisation'))
>>> _argument(7), _argument("kort")
(7, 'kort')
"""

from __future__ import annotations

import argparse
import ast
import collections
import functools
import inspect
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from graph.extract.model import Mention, Sentence  # noqa: E402


def _argument(value):
    """A call's argument as a key: equal for the same sentence, mention, number or short text; identity otherwise."""
    if isinstance(value, (int, float, bool, type(None))) or isinstance(value, str) and len(value) < 200:
        return value
    if isinstance(value, Sentence):
        return ("sentence", value.start, value.end)
    if isinstance(value, Mention):
        return ("mention", value.start, value.end, value.type)
    if isinstance(value, (list, tuple, set, frozenset)):
        return (type(value).__name__, id(value), len(value))
    return (type(value).__name__, id(value))


def repeats(documents, gazetteer) -> tuple[collections.Counter, collections.Counter]:
    """Calls per ``graph/extract`` function (file:name), and those that repeat an earlier call's arguments
    in the same document."""
    from graph.extract import extract

    calls, again = collections.Counter(), collections.Counter()
    seen: set = set()

    def profile(frame, event, _arg):
        code = frame.f_code
        if event != "call" or "/graph/extract/" not in code.co_filename or code.co_name.startswith("<"):
            return
        name = f"{Path(code.co_filename).name}:{code.co_name}"
        local = frame.f_locals
        key = (name, tuple(_argument(local.get(a)) for a in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]))
        calls[name] += 1
        if key in seen:
            again[name] += 1
        else:
            seen.add(key)

    for document in documents:
        seen.clear()
        sys.setprofile(profile)
        try:
            extract(document.id, document.text, gazetteer=gazetteer, date=document.reference_date)
        finally:
            sys.setprofile(None)
    return calls, again


def _relation_rules() -> dict[str, bool]:
    """The rules :func:`graph.extract.relations.find_relations` calls by name: True for a rule of one
    sentence ``(ctx, sentence, mentions)``, False for one of the whole document ``(ctx)``."""
    import graph.extract.relations as relations

    rules = {}
    for node in ast.walk(ast.parse(inspect.getsource(relations.find_relations))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in vars(relations) \
                and node.func.id != "find_relations" and len(node.args) in (1, 3):
            rules[node.func.id] = len(node.args) == 3
    return rules


def _wrapped(wrapper) -> list[tuple[str, object]]:
    """Put ``wrapper(name, rule, per_sentence)`` in place of each relation rule; the originals, to put back."""
    import graph.extract.relations as relations

    originals = []
    for name, per_sentence in _relation_rules().items():
        originals.append((name, getattr(relations, name)))
        setattr(relations, name, wrapper(name, getattr(relations, name), per_sentence))
    return originals


def _unwrap(originals) -> None:
    import graph.extract.relations as relations

    for name, rule in originals:
        setattr(relations, name, rule)


def gates(documents, gazetteer) -> tuple[collections.Counter, collections.Counter, float]:
    """CPU (ns) and calls of the relation rules per (per sentence or document, kind), and the extraction's CPU (s)."""
    from graph.extract import cues, extract

    asked = {"asked": 0, "yes": 0}
    may_match = cues.CueText.may_match

    def counted(self, pattern, start, end):
        answer = may_match(self, pattern, start, end)
        asked["asked"] += 1
        asked["yes"] += bool(answer)
        return answer

    cpu, calls = collections.Counter(), collections.Counter()
    clock = time.thread_time_ns

    def wrapper(_name, rule, per_sentence):
        @functools.wraps(rule)
        def timed(ctx, *args):
            before, yes, facts = asked["asked"], asked["yes"], len(ctx.relations)
            started = clock()
            try:
                return rule(ctx, *args)
            finally:
                spent = clock() - started
                kind = "a fact" if len(ctx.relations) != facts else "no gate asked" if asked["asked"] == before \
                    else "every gate no" if asked["yes"] == yes else "a gate yes, no fact"
                key = ("sentence" if per_sentence else "document", kind)
                cpu[key] += spent
                calls[key] += 1
        return timed

    originals = _wrapped(wrapper)
    cues.CueText.may_match = counted
    try:
        started = time.process_time()
        for document in documents:
            extract(document.id, document.text, gazetteer=gazetteer, date=document.reference_date)
        total = time.process_time() - started
    finally:
        cues.CueText.may_match = may_match
        _unwrap(originals)
    return cpu, calls, total


def ceiling(documents, gazetteer, *, whole: bool = False, runs: int = 3) -> list[tuple[str, float, bool]]:
    """(mode, CPU s, same fact counts) for runs alternating every rule everywhere ("all") with each rule only
    where it added a fact in a first pass ("fired")."""
    from graph.extract import extract

    state = {"mode": "all", "document": None}
    fired: set = set()

    def wrapper(name, rule, per_sentence):
        @functools.wraps(rule)
        def gated(ctx, *args):
            key = (state["document"], args[0].start if args else None, name)
            if state["mode"] == "fired" and key not in fired and (per_sentence or whole):
                return None
            facts = len(ctx.relations)
            answer = rule(ctx, *args)
            if len(ctx.relations) != facts:
                fired.add(key)
            return answer
        return gated

    def run() -> tuple[float, list[int]]:
        started = time.process_time()
        counts = []
        for document in documents:
            state["document"] = document.id
            counts.append(len(extract(document.id, document.text, gazetteer=gazetteer,
                                      date=document.reference_date).relations))
        return time.process_time() - started, counts

    originals = _wrapped(wrapper)
    try:
        _, first = run()
        results = []
        for k in range(runs):
            for mode in ("all", "fired") if k % 2 == 0 else ("fired", "all"):
                state["mode"] = mode
                seconds, counts = run()
                results.append((mode, seconds, counts == first))
    finally:
        _unwrap(originals)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measure", choices=("repeats", "gates", "ceiling"))
    parser.add_argument("corpus", nargs="+", type=Path, help="corpus folders (read as a build reads them)")
    parser.add_argument("--top", type=int, default=40, help="functions listed (repeats)")
    parser.add_argument("--whole", action="store_true", help="ceiling: once-a-document rules too")
    parser.add_argument("--runs", type=int, default=3, help="ceiling: alternated pairs")
    args = parser.parse_args()
    from graph.corpus_cache import read_corpus_cached
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    documents = [d for folder in args.corpus for d in read_corpus_cached([folder], None)[0]]
    gazetteer = load_gazetteer()
    extract("warm-up", documents[0].text, gazetteer=gazetteer, date=documents[0].reference_date)
    print(f"{len(documents)} documents")
    if args.measure == "repeats":
        calls, again = repeats(documents, gazetteer)
        print(f"{'calls':>9} {'again':>9}  share  function (most calls with the same arguments first)")
        for name, count in again.most_common(args.top):
            print(f"{calls[name]:9d} {count:9d} {100 * count / calls[name]:5.1f} %  {name}")
    elif args.measure == "gates":
        cpu, calls, total = gates(documents, gazetteer)
        print(f"extraction {total:.2f} s CPU; relation rules by what their word gates said:")
        for key in sorted(cpu):
            print(f"{key[0]:9s} {key[1]:20s} {calls[key]:8d} calls {cpu[key] / 1e6:9.1f} ms "
                  f"{100 * cpu[key] / 1e9 / total:5.1f} %")
    else:
        for mode, seconds, same in ceiling(documents, gazetteer, whole=args.whole, runs=args.runs):
            print(f"{mode:6s} {seconds:7.2f} s CPU  {'same fact counts' if same else 'OTHER FACT COUNTS'}")


if __name__ == "__main__":
    main()
