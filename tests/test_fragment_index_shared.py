"""The fragment index keeps each equal string of its records once (round 48p): smaller, faster to read,
and read back equal to what was written, also by a reader of the index as before."""

from __future__ import annotations

import json
import marshal

from graph.cache_seal import unseal
from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.fragment_index import INDEX_FILE, file_stamp, index_files, read_index


def _entries(count: int) -> dict:
    """Index entries of ``count`` invented documents that name the same people and offices, each string a
    new object (as the records a build's worker processes send back are)."""
    entries, offset = {}, 0
    for number in range(count):
        person = "https://w3id.org/g40kg/id/person/anna-verbeek"
        record = {"relations": {"hasRole": 1}, "mentions": 3, "entities": {"person/anna-verbeek": "Person"},
                  "uses": [], "roles": ["wethouder"],
                  "terms": [[f"urn:evidence:{number}", person, "https://w3id.org/g40kg/id/municipality/gm0758",
                             "wethouder", "2024-01-01", None, False, True]]}
        entries[f"urn:graph:{number:03}"] = {"key": f"k{number}", "offset": offset, "length": 10, "record": record}
        offset += 10
    return json.loads(json.dumps(entries))


def _written(entries: dict) -> dict:
    return marshal.loads(unseal(index_files(entries, None, file=[1, 2, 3], curation="c", triples=9)[INDEX_FILE]))


def test_the_index_read_back_equals_what_was_written():
    entries = _entries(50)
    graphs = _written(entries)["graphs"]
    assert graphs == {graph: {key: entry[key] for key in ("key", "length", "record")} for graph, entry in entries.items()}


def test_an_equal_string_of_many_records_is_one_object_when_read():
    graphs = _written(_entries(50))["graphs"]
    people = {id(entry["record"]["terms"][0][1]) for entry in graphs.values()}
    assert len({id(entry["record"]["terms"][0][1]) for entry in _entries(50).values()}) == 50  # as written
    roles = {id(entry["record"]["roles"][0]) for entry in graphs.values()}
    assert len(people) == 1 and len(roles) == 1


def test_the_shared_index_is_smaller_than_one_written_string_by_string():
    entries = _entries(200)
    shared = unseal(index_files(entries, None, file=[1, 2, 3], curation="c", triples=9)[INDEX_FILE])
    plain = marshal.dumps({key: value for key, value in marshal.loads(shared).items() if key != "graphs"}
                          | {"graphs": {graph: {key: entry[key] for key in ("key", "length", "record")}
                                        for graph, entry in entries.items()}})  # the strings as the build made them
    assert len(shared) < 0.8 * len(plain)


def test_a_graph_folder_reads_its_shared_index_with_offsets(tmp_path):
    entries = _entries(5)
    (tmp_path / CACHE_DIR).mkdir()
    (tmp_path / GRAPH_FILE).write_bytes(b"x" * 50)
    for name, data in index_files(entries, None, file=file_stamp(tmp_path / GRAPH_FILE), curation="c",
                                  triples=9).items():
        (tmp_path / CACHE_DIR / name).write_bytes(data)
    index = read_index(tmp_path)
    assert index["graphs"] == entries and list(index["graphs"]) == sorted(entries)
