"""Malformed curation files: one line naming the file and line; the CLI build reports it (exit 2)."""

from __future__ import annotations

import pytest

from graph.curate import CurationError, load_curation
from graph.errors import G40Error
from graph.messages import language

CASES = [
    ("bad.yaml", "facts:\n  - [a, b\n", "bad.yaml:3: geen geldige YAML"),
    ("bad.yaml", "- just\n- a list\n", "bad.yaml:1: verwacht een mapping met entities, aliases, facts, merge, split, suppress"),
    ("bad.yaml", "facts: []\nfixes: []\n", "bad.yaml:2: onbekende sectie 'fixes'"),
    ("bad.yaml", "facts:\n  - [person/a, worksWith, person/b]\n", "bad.yaml:2: onbekend predicaat 'worksWith'"),
    ("bad.yaml", "facts:\n  - [person/a, affiliatedWith, person/b]\n  - [person/a, hasRole, unit/x]\n",
     "bad.yaml:3: hasRole heeft een rol nodig"),
    ("bad.yaml", "facts:\n  - [persoon/jan-jansen, affiliatedWith, municipality/gm0758]\n",
     "bad.yaml:2: 'persoon/jan-jansen' is geen entiteit"),
    ("bad.yaml", "facts:\n  - {subject: person/a, predicate: partOf}\n", "bad.yaml:2: ontbrekend of leeg veld 'object'"),
    ("bad.yaml", "facts:\n\n  - {subject: unit/a, predicate: partOf, object: unit/b, valid_from: gisteren}\n",
     "bad.yaml:3: valid_from 'gisteren' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)"),
    # walkthrough 17, finding 12 (round 42d): a period that ends before it starts
    ("bad.yaml", "facts:\n  - {subject: person/a, predicate: hasRole, object: unit/b, role: voorzitter,\n"
                 "     valid_from: 2026-03-01, valid_until: 2026-01-01}\n",
     "bad.yaml:2: valid_from 2026-03-01 ligt na valid_until 2026-01-01: de periode eindigt voor ze begint"),
    ("bad.yaml", "entities:\n  person/a: {type: Human, label: A}\n", "bad.yaml:2: onbekend type 'Human'"),
    ("bad.yaml", "entities:\n  person/a: {type: Person, label: ''}\n", "bad.yaml:2: een label moet niet-lege tekst zijn"),
    ("bad.yaml", "merge:\n  - [person/a, person/a]\n", "bad.yaml:2: kan een entiteit niet met zichzelf samenvoegen"),
    ("bad.yaml", "suppress: {a: b}\n", "bad.yaml:1: sectie 'suppress' moet een lijst zijn"),
    ("bad.ttl", "@prefix g40: <https://w3id.org/g40kg/def#> .\n\n<urn:a> g40:partOf .\n", "bad.ttl:3: geen geldige Turtle"),
    ("bad.ttl", "@prefix g40: <https://w3id.org/g40kg/def#> .\n<https://w3id.org/g40kg/id/person/a> g40:hasRole "
                "<https://w3id.org/g40kg/id/unit/b> .\n", "bad.ttl:2: triple <https://w3id.org/g40kg/id/person/a>"),
]


@pytest.mark.parametrize("name, text, expected", CASES)
def test_malformed_file_names_file_and_line(tmp_path, name, text, expected):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(CurationError) as caught:
        load_curation(tmp_path)
    message = str(caught.value)
    assert message.startswith(str(tmp_path / expected.split(":")[0]) + ":"), message
    assert message.replace(str(tmp_path) + "/", "").startswith(expected), message
    assert "\n" not in message
    assert isinstance(caught.value, G40Error) and caught.value.exit_code == 2


def test_english_messages(tmp_path):
    (tmp_path / "bad.yaml").write_text("facts:\n  - [person/a, worksWith, person/b]\n", encoding="utf-8")
    with language("en"), pytest.raises(CurationError) as caught:
        load_curation(tmp_path)
    assert str(caught.value).endswith("bad.yaml:2: unknown predicate 'worksWith'; choose from hasRole, affiliatedWith, "
                                      "succeeded, collaboratesWith, participatesIn, partOf, initiated, organised, "
                                      "ledBy, contactFor, addresses")


def test_invalid_utf8_is_a_curation_error(tmp_path):
    (tmp_path / "bad.yaml").write_bytes(b"facts:\n  - [\xff]\n")
    with pytest.raises(CurationError, match="bad.yaml: onleesbaar"):
        load_curation(tmp_path)


def test_other_files_and_subfolders_are_ignored(tmp_path):
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.yaml").write_text("nonsense: [", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    curation = load_curation(tmp_path)
    assert len(curation) == 0 and [f.rsplit("/", 1)[-1] for f in curation.files] == ["empty.yaml"]


def test_a_month_or_year_until_covers_its_whole_period(tmp_path):
    (tmp_path / "ok.yaml").write_text("facts:\n  - {subject: person/a, predicate: hasRole, object: unit/b, role: lid,"
                                      " valid_from: 2026-03-10, valid_until: 2026-03}\n", encoding="utf-8")
    assert len(load_curation(tmp_path).facts) == 1


TWO_FILES = {
    "2026-01.yaml": "facts:\n  - [person/a, worksWith, person/b]\n  - [person/a, hasRole, unit/x]\n"
                    "  - [person/a, affiliatedWith, municipality/gm0758]\n",
    "2026-02.yaml": "merge:\n  - [person/a, person/a]\nsuppress:\n  - {subject: person/a, predicate: hasRole, "
                    "object: unit/x, reden: dubbel}\n",
}


def test_every_error_of_every_file_in_one_run(runner, tmp_path):
    """Walkthrough 17, finding 10 (round 42d): each error one line with file:line, then a summary;
    exit 2 and the previous graph kept."""
    from graph.cli import cli

    docs, corr, kg = tmp_path / "docs", tmp_path / "corr", tmp_path / "kg"
    docs.mkdir(), corr.mkdir()
    (docs / "a.txt").write_text("Jan Voorbeeld is wethouder van Breda.\n", encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(docs)]).exit_code == 0
    before = (kg / "manifest.json").read_text(encoding="utf-8")
    for name, text in TWO_FILES.items():
        (corr / name).write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(kg), "build", str(docs), "--curated", str(corr)])
    assert result.exit_code == 2, result.output
    assert result.stderr.replace(str(corr) + "/", "").splitlines() == [
        "Fout: 2026-01.yaml:2: onbekend predicaat 'worksWith'; kies uit hasRole, affiliatedWith, succeeded, "
        "collaboratesWith, participatesIn, partOf, initiated, organised, ledBy, contactFor, addresses",
        "2026-01.yaml:3: hasRole heeft een rol nodig (vierde waarde of role:)",
        "2026-02.yaml:2: kan een entiteit niet met zichzelf samenvoegen",
        "2026-02.yaml:4: onbekend veld 'reden' (bedoelt u reason?); kies uit subject, predicate, object, role, "
        "document, quote, reason, private, by, date",
        "4 fouten in 2 correctiebestanden; verbeter ze en bouw opnieuw"], result.stderr
    assert (kg / "manifest.json").read_text(encoding="utf-8") == before
