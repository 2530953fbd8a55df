"""What a process pays before its command runs: the extraction rules' compiled patterns kept on disk
(:mod:`graph.extract.pattern_cache`) must be the very patterns ``re.compile`` makes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import graph.cache_seal as cache_seal
from graph.extract import pattern_cache
from graph.extract.pattern_cache import RulesCompiled

ROOT = Path(__file__).resolve().parent.parent

#: imports the rules and checks every compiled pattern they hold against re.compile's own
_CHECK_RULES = r"""
import json, re, sys
import graph.extract
from graph.extract import pattern_cache

compiling = graph.extract._compiling
patterns = []
for name, module in sorted(sys.modules.items()):
    if name.startswith("graph.extract"):
        for value in vars(module).values():
            values = value if isinstance(value, (list, tuple)) else [value]
            patterns += [v for v in values if isinstance(v, re.Pattern)]
unequal = [p.pattern for p in patterns
           if p != pattern_cache._RE_COMPILE(p.pattern, p.flags) or p.groupindex != re.compile(p.pattern, p.flags).groupindex]
print(json.dumps({"patterns": len(patterns), "unequal": unequal[:5], "read": len(compiling.known),
                  "used": len(compiling.used), "made": compiling.made, "restored": re.compile is pattern_cache._RE_COMPILE}))
"""


def _import_rules(cache_home: Path, config_home: Path) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), XDG_CONFIG_HOME=str(config_home),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", _CHECK_RULES], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_rules_patterns_read_from_the_file_are_the_patterns_re_compile_makes(tmp_path):
    first = _import_rules(tmp_path / "cache", tmp_path / "config")
    assert first["read"] == 0 and first["made"] > 900 and first["restored"], first
    assert (tmp_path / "cache" / "g40kg" / f"patterns-{sys.implementation.cache_tag}.bin").is_file()
    second = _import_rules(tmp_path / "cache", tmp_path / "config")
    assert second["made"] == 0 and second["used"] == second["read"] == first["used"], second
    assert second["patterns"] > 800 and second["unequal"] == [], second


@pytest.fixture()
def own_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    cache_seal._key.cache_clear()
    yield
    cache_seal._key.cache_clear()


def _compile_all(path: Path, patterns) -> RulesCompiled:
    with RulesCompiled(__name__, path=path) as rules:
        compiled = [re.compile(p, flags) for p, flags in patterns]
    assert compiled == [pattern_cache._RE_COMPILE(p, flags) for p, flags in patterns]
    return rules


PATTERNS = [(r"\bsamen\s+met\b", re.I), (r"(?P<who>[A-Z]\w+)\s+(?:en|of)\s+(?P=who)", 0), (r"[^\W\d]+-\d{2,}", re.U)]


def test_a_changed_pattern_is_compiled_afresh_and_the_file_written_again(tmp_path, own_key):
    path = tmp_path / "patterns.bin"
    assert _compile_all(path, PATTERNS).made == 3
    again = _compile_all(path, PATTERNS)
    assert (again.made, len(again.used)) == (0, 3)
    changed = PATTERNS[:2] + [(r"[^\W\d]+-\d{3,}", re.U)]
    rules = _compile_all(path, changed)
    assert rules.made == 1 and pattern_cache._read(path).keys() >= {(p, int(f)) for p, f in changed}
    assert _compile_all(path, changed).made == 0


def test_a_file_sealed_by_another_key_or_made_by_another_interpreter_is_not_read(tmp_path, own_key, monkeypatch):
    path = tmp_path / "patterns.bin"
    _compile_all(path, PATTERNS)
    blob = path.read_bytes()
    path.write_bytes(blob[:8] + bytes(32) + blob[40:])  # another user's seal
    assert _compile_all(path, PATTERNS).made == 3
    monkeypatch.setattr(pattern_cache, "_INTERPRETER", "another Python")
    assert _compile_all(path, PATTERNS).made == 3


def test_a_damaged_entry_is_compiled_by_re(tmp_path, own_key):
    path = tmp_path / "patterns.bin"
    _compile_all(path, PATTERNS)
    table = pattern_cache._read(path)
    key = (PATTERNS[0][0], int(PATTERNS[0][1]))
    table[key] = (table[key][0], [999999], 0, {}, ())
    pattern_cache._write(path, table)
    assert _compile_all(path, PATTERNS).made == 1


def test_other_modules_and_bytes_patterns_are_compiled_by_re_as_always(tmp_path, own_key):
    with RulesCompiled("some.other.package", path=tmp_path / "patterns.bin") as rules:
        re.compile(r"\bmet\b")
    with RulesCompiled(__name__, path=tmp_path / "patterns.bin") as own:
        re.compile(rb"\bmet\b")
    assert rules.used == own.used == {} and not (tmp_path / "patterns.bin").exists()


def test_a_build_leaves_the_collector_running_and_nothing_frozen(runner, tmp_path):
    """The modules a build imports are frozen for the build only (graph.cli.build_cmd.run_build):
    afterwards the collector runs as before and holds every object again."""
    import gc

    from graph.cli import cli

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Breda en Tilburg werken samen met het ministerie van EZK.\n", encoding="utf-8")
    frozen = gc.get_freeze_count()
    result = runner.invoke(cli, ["--engine", "rdflib", "--graph", str(tmp_path / "kg"), "build", str(corpus)])
    assert result.exit_code == 0, result.output
    assert gc.isenabled() and gc.get_freeze_count() == frozen == 0, (gc.isenabled(), gc.get_freeze_count(), frozen)
