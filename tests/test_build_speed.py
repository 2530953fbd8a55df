"""The build's speed-ups give what the slower code gave (issue #7: the same graph, sooner)."""

from __future__ import annotations

import hashlib
import re
import sys

import pyoxigraph as ox
import pytest

from graph.assemble import load_store
from graph.vocab import CONTENT_KEY_LENGTH, content_key

_SPACE = re.compile(r"\s+")


def _content_key_by_regex(*parts: str) -> str:
    """content_key as written until round 38: runs of \\s replaced by a space, then stripped."""
    text = "\x1f".join(_SPACE.sub(" ", part).strip() for part in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:CONTENT_KEY_LENGTH]


def test_split_finds_the_white_space_the_regex_found():
    """str.split() and \\s agree on every character (also \\x1c-\\x1f, NBSP, U+2028 …)."""
    disagree = [hex(code) for code in range(sys.maxunicode + 1)
                if (_SPACE.fullmatch(chr(code)) is not None) != (chr(code).split() == [])]
    assert disagree == []


@pytest.mark.parametrize("parts", [
    ("collaboratesWith", "municipality/gm0758", "ministry/mnre1045", "", "Breda werkt samen met EZK."),
    ("mentions", "", "ministry/mnre1045", "", "  EZK\n"),
    ("x", "Breda \t werkt\r\nsamen\u00a0met\u2028EZK\x1f", "\x85", "\u3000a  b "),
    ("hasRole", "", "", "", ""),
])
def test_content_key_unchanged(parts):
    assert content_key(*parts) == _content_key_by_regex(*parts), parts


def test_lenient_load_holds_what_a_checked_load_holds(tmp_path):
    """The build loads its own graph.nq leniently: the same statements as a checked load."""
    nquads = tmp_path / "graph.nq"
    nquads.write_bytes(
        b'<urn:s> <urn:p> "zei \\"ja\\"\\n"@nl <urn:g> .\n'
        b'<urn:s> <urn:p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:g> .\n'
        b'<https://w3id.org/g40kg/id/person/jan%20bos> <urn:p> <urn:o> <urn:h> .\n')
    checked = ox.Store()
    checked.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    loaded = load_store(tmp_path / "store", nquads)
    assert sorted(map(str, loaded)) == sorted(map(str, checked))
    assert len(loaded) == 3


def test_load_still_refuses_a_broken_line(tmp_path):
    """Leniency skips the IRI checks, not the syntax: a broken file still stops the build."""
    nquads = tmp_path / "graph.nq"
    nquads.write_bytes(b'<urn:s> <urn:p> "open <urn:g> .\n')
    with pytest.raises(SyntaxError):
        load_store(tmp_path / "store", nquads)


@pytest.mark.parametrize("cwd_parts", [("a", "b"), ("a",), ()])
def test_recorded_paths_with_kept_folders_as_without(tmp_path, monkeypatch, cwd_parts):
    """The manifest's document paths, each folder worked out once, are those worked out one by one:
    beside, below and above the working folder, and a name that is the working folder's next step."""
    from graph.pipeline import _recorded_path

    root = tmp_path / "root"
    cwd = root.joinpath(*cwd_parts)
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    paths = [str(root / "a" / "b" / "c.txt"), str(root / "a" / "b"), str(root / "a"), str(root / "x" / "y.txt"),
             str(root / "a" / "b" / "sub" / "d.txt"), str(root / "a" / ".." / "a" / "e.txt"), str(root / "f.txt"),
             str(root) + "/a//b/g.txt", str(root / "a" / "b") + "/", str(root / "a" / "."), str(root / "a" / ".."),
             "relative/h.txt", "/", str(cwd / "i.txt")]
    folders: dict = {}
    assert [_recorded_path(p, folders) for p in paths] == [_recorded_path(p) for p in paths]


def test_cheap_checks_before_the_scans_stand_for_their_patterns():
    """events and chairs skip a scan when a word every match holds is missing; the words are read off these
    patterns (a changed pattern needs its words checked again), and the rules still find what they found."""
    from graph.extract import chairs, events

    assert events._HELD_MEETING.pattern == r"\b(?:een|het)\s+(?P<meeting>(?:bestuurlijk|ambtelijk)\s+overleg)\b"
    assert events._SESSIONS_LEAD.pattern.endswith(r")\s*:\s*$")  # every lead-in holds ":"
    assert chairs._VERB_WORD.pattern == (r"\bvoor(?:zat|zit|gezeten)\b|voorzitterschap\b|\bz[ia]t\b|\btr(?:ekt|ok)\b"
                                         r"|\bgetrokken\b")
    words = ["voorzat", "voorzit", "voorgezeten", "voorzitterschap", "zit", "zat", "trekt", "trok", "getrokken"]
    assert all(chairs._VERB_WORD.fullmatch(word) for word in words)
    assert all(any(part in word for part in chairs._VERB_PARTS) for word in words)


def test_subordinate_clause_words_stand_for_their_pattern():
    from graph.extract import subordinate_roles

    assert subordinate_roles._CONJUNCTION.pattern == r"\b(?:omdat|toen|nadat|doordat|waarna|zodra)\b"
    words = ["omdat", "toen", "nadat", "doordat", "waarna", "zodra"]
    assert all(any(part in word for part in subordinate_roles._CONJUNCTION_PARTS) for word in words)
