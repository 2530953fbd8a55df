"""``benchmarks/identity.py`` reads the extractor fingerprint the dataset graph names (round 55b): a speed round that
edits the extraction's sources changes it, and the identity check reads the after tree's as the before tree's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "identity.py"


def _identity():
    spec = importlib.util.spec_from_file_location("identity_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fingerprint_is_read_from_the_dataset_graph():
    identity = _identity()
    nquads = (b"<https://w3id.org/g40kg/id/dataset/build> <http://www.w3.org/ns/prov#wasAssociatedWith> "
              b"<https://w3id.org/g40kg/id/software/g40kg-extractor/0123456789abcdef> <https://w3id.org/g40kg/graph/dataset> .\n"
              b"<https://w3id.org/g40kg/id/software/g40kg-extractor/0123456789abcdef> <http://www.w3.org/2000/01/rdf-schema#label> "
              b"\"g40kg extractor 0123456789abcdef\" <https://w3id.org/g40kg/graph/dataset> .\n")
    assert identity._extractor(nquads) == b"0123456789abcdef"


def test_a_graph_without_a_fingerprint_has_none():
    identity = _identity()
    assert identity._extractor(b"<https://w3id.org/g40kg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "
                               b"\"g40kg-extractor/0123\" <https://w3id.org/g40kg/graph/dataset> .\n") is None
    assert identity._extractor(b"") is None
