"""diff shows a fact whose period changed in a document as one "gewijzigd" line (round 39g,
walkthrough 14 finding 26). Small facts files, no build; fictional names only."""

from __future__ import annotations

import json

from graph.cli import cli
from graph.factdiff import diff_facts


def fact(subject, obj, document, valid_from, valid_until=None, inferred_until=None, **extra):
    row = {"document": document, "subject": subject, "subject_iri": f"p:{subject.lower().replace(' ', '-')}",
           "predicate": "hasRole", "object": obj, "object_iri": f"u:{obj.lower().replace(' ', '-')}",
           "role": "voorzitter", "valid_from": valid_from, "valid_until": valid_until,
           "inferred_until": inferred_until, "ended_by": None}
    row.update(extra)
    return row


def write(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


OLD = [fact("Jan Voorbeeld", "Pijler Fysiek", "nieuws-a", "2019-07-01"),
       fact("Els Proef", "Pijler Sociaal", "nieuws-b", "2020-01-01"),
       fact("Piet Test", "Pijler Groen", "verslag-c", "2021-05-01")]
NEW = [fact("Jan Voorbeeld", "Pijler Fysiek", "nieuws-a", "2019-07-01", inferred_until="2023-02-28"),  # inferred end
       fact("Jan Voorbeeld", "Pijler Fysiek", "nieuws-d", "2023-03-01"),  # restated elsewhere: no change
       fact("Els Proef", "Pijler Sociaal", "nieuws-b", "2021-01-01"),  # the document's date fixed
       fact("Piet Test", "Pijler Groen", "verslag-c", "2021-05-01", valid_until="2024-12-31",
            inferred_until="2025-06-30")]  # an own end, before the inferred one


def test_diff_lists_the_facts_whose_period_changed(runner, tmp_path):
    old, new = write(tmp_path / "oud.jsonl", OLD), write(tmp_path / "nieuw.jsonl", NEW)
    result = runner.invoke(cli, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[0] == f"0 feiten erbij, 0 feiten eraf ({old} → {new}); 3 met een andere periode"
    assert lines[1] == "verandering onderwerp relatie rol object document periode"
    assert lines[3:] == [
        "~ gewijzigd Els Proef heeft een rol bij voorzitter Pijler Sociaal nieuws-b 2020-01-01 – (open) → 2021-01-01 – (open)",
        "~ gewijzigd Jan Voorbeeld heeft een rol bij voorzitter Pijler Fysiek nieuws-a 2019-07-01 – (open) → "
        "2019-07-01 – 2023-02-28 (afgeleid)",
        "~ gewijzigd Piet Test heeft een rol bij voorzitter Pijler Groen verslag-c 2021-05-01 – (open) → 2021-05-01 – 2024-12-31",
    ]
    data = json.loads(runner.invoke(cli, ["--lang", "en", "diff", str(old), str(new), "--format", "json"]).stdout)
    assert (data["added"], data["removed"]) == ([], [])
    assert [(r["subject"], r["document"], r["period_before"], r["period_after"]) for r in data["changed"]] == [
        ("Els Proef", "nieuws-b", "2020-01-01 – (open)", "2021-01-01 – (open)"),
        ("Jan Voorbeeld", "nieuws-a", "2019-07-01 – (open)", "2019-07-01 – 2023-02-28 (inferred)"),
        ("Piet Test", "verslag-c", "2021-05-01 – (open)", "2021-05-01 – 2024-12-31")]


def test_an_unchanged_build_shows_no_period_column(runner, tmp_path):
    old = write(tmp_path / "oud.jsonl", OLD)
    result = runner.invoke(cli, ["diff", str(old), str(old)])
    assert result.stdout == f"0 feiten erbij, 0 feiten eraf ({old} → {old})\n"


def test_a_later_inferred_end_does_not_change_what_a_table_shows():
    old = [fact("Piet Test", "Pijler Groen", "c", "2021-05-01", valid_until="2024-12-31")]
    new = [fact("Piet Test", "Pijler Groen", "c", "2021-05-01", valid_until="2024-12-31", inferred_until="2026-01-01")]
    assert diff_facts(old, new)["changed"] == []


def test_an_export_without_inferred_ends_compares_start_and_end_only():
    """A facts file from before round 39e has no inferred_until: its absence is no change."""
    old = [{k: v for k, v in fact("Jan Voorbeeld", "Pijler Fysiek", "a", "2019-07-01").items()
            if k not in ("inferred_until", "ended_by")}]
    new = [fact("Jan Voorbeeld", "Pijler Fysiek", "a", "2019-07-01", inferred_until="2023-02-28")]
    assert diff_facts(old, new)["changed"] == []
    new[0]["valid_until"] = "2022-12-31"
    assert [r["period_after"] for r in diff_facts(old, new)["changed"]] == ["2019-07-01 – 2022-12-31"]


def test_a_document_stating_a_fact_twice_shows_both_periods():
    old = [fact("Jan Voorbeeld", "Pijler Fysiek", "a", "2019-07-01"), fact("Jan Voorbeeld", "Pijler Fysiek", "a", None,
                                                                           valid_until="2019-06-30")]
    new = [old[0], fact("Jan Voorbeeld", "Pijler Fysiek", "a", None, valid_until="2018-12-31")]
    changed = diff_facts(old, new)["changed"]
    assert [(r["period_before"], r["period_after"]) for r in changed] == [
        ("(open) – 2019-06-30, 2019-07-01 – (open)", "(open) – 2018-12-31, 2019-07-01 – (open)")]


def test_diff_shows_a_known_role_a_new_document_says_has_ended(runner, tmp_path):
    """Walkthrough 17, finding 2 (round 42d): "neemt afscheid als wethouder" in a new document
    restates a known fact with an end: one "beëindigd" line, not "no change"."""
    known = fact("Jan Voorbeeld", "Pijler Fysiek", "notulen", "2026-02-12", past=False)
    farewell = fact("Jan Voorbeeld", "Pijler Fysiek", "afscheid", None, valid_until="2026-03-20", past=True)
    undated = fact("Els Proef", "Pijler Sociaal", "bericht", None, past=True)
    old = write(tmp_path / "oud.jsonl", [known, fact("Els Proef", "Pijler Sociaal", "a", "2020-01-01")])
    new = write(tmp_path / "nieuw.jsonl", [known, farewell, fact("Els Proef", "Pijler Sociaal", "a", "2020-01-01"),
                                          undated])
    result = runner.invoke(cli, ["diff", str(old), str(new)])
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[0] == f"0 feiten erbij, 0 feiten eraf ({old} → {new}); 2 beëindigd", result.output
    assert lines[3:] == ["~ beëindigd Els Proef heeft een rol bij voorzitter Pijler Sociaal bericht voorbij (geen datum)",
                         "~ beëindigd Jan Voorbeeld heeft een rol bij voorzitter Pijler Fysiek afscheid tot 2026-03-20"]
    data = json.loads(runner.invoke(cli, ["--lang", "en", "diff", str(old), str(new), "--format", "json"]).stdout)
    assert [(r["subject"], r["document"], r["until"], r["until_before"]) for r in data["ended"]] == [
        ("Els Proef", "bericht", "", None), ("Jan Voorbeeld", "afscheid", "2026-03-20", None)]
    # the end is known now: the next build's diff has no line for it, nor one for a document it already had
    assert runner.invoke(cli, ["diff", str(new), str(new)]).stdout == f"0 feiten erbij, 0 feiten eraf ({new} → {new})\n"
    # an end a document the old side had gets is a "gewijzigd" line, not a "beëindigd" one
    assert diff_facts([known, farewell], [dict(known, valid_until="2026-03-01"), farewell])["ended"] == []
