"""The groups of an office's holders by name, kept from one build to the next (round 43p)."""

from __future__ import annotations

from graph.cli import cli
from graph.holder_groups import GROUPS_FILE, KnownGroups, load_known_groups
from graph.tenure import Term, _one_holder_per_person, inferred_ends, name_twins

NAMES = {"p/a": "Maria de Vries-Bakker", "p/b": "M. de Vries", "p/c": "Karin de Vries"}


def chairs(*holders):
    return [Term(f"e{n}", holder, "u/pijler", "voorzitter", f"202{n}-01-01", None, False)
            for n, holder in enumerate(holders, start=1)]


def test_the_groups_of_a_previous_build_are_reused_where_holders_and_names_are_the_same():
    known = KnownGroups()
    twins = name_twins(NAMES)
    first = _one_holder_per_person(chairs("p/a", "p/b", "p/c"), twins, known)
    assert [t.holder for t in first] == ["p/a", "p/a", "p/c"]
    assert list(known.used.values()) == [[0, 0, 2]]
    again = KnownGroups.loads(known.dumps())
    key = next(iter(again.known))
    again.known[key] = [0, 1, 1]  # kept groups are taken as they are, without comparing names again
    assert [t.holder for t in _one_holder_per_person(chairs("p/a", "p/b", "p/c"), twins, again)] == ["p/a", "p/b", "p/b"]


def test_another_name_or_pair_kept_apart_compares_the_names_again():
    known = KnownGroups()
    _one_holder_per_person(chairs("p/a", "p/b", "p/c"), name_twins(NAMES), known)
    kept = KnownGroups.loads(known.dumps())
    renamed = dict(NAMES, **{"p/b": "K. de Vries"})  # now a variant of Karin's name, not of Maria's
    assert [t.holder for t in _one_holder_per_person(chairs("p/a", "p/b", "p/c"), name_twins(renamed), kept)] == \
        ["p/a", "p/b", "p/b"]
    apart = name_twins(NAMES, {frozenset(("p/a", "p/b"))})
    assert [t.holder for t in _one_holder_per_person(chairs("p/a", "p/b", "p/c"), apart, kept)] == ["p/a", "p/b", "p/c"]


def test_the_inferred_ends_are_the_same_with_kept_groups():
    terms = chairs("p/a", "p/b", "p/c")
    known = KnownGroups()
    expected = inferred_ends(terms, name_twins(NAMES))
    assert inferred_ends(terms, name_twins(NAMES), known) == expected == [("e1", "2022-12-31", "e3"),
                                                                          ("e2", "2022-12-31", "e3")]
    assert inferred_ends(terms, name_twins(NAMES), KnownGroups.loads(known.dumps())) == expected


def test_a_file_sealed_by_someone_else_or_damaged_is_no_groups(tmp_path):
    assert KnownGroups.loads(b"not sealed").known == {}
    assert load_known_groups(tmp_path / "none").known == {}
    assert load_known_groups(None).known == {}


def test_a_build_keeps_the_groups_of_the_offices_it_compared(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("a", "Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal."),
                       ("b", "Sinds mei 2024 is Piet de Boer voorzitter van de Pijler Sociaal.")):
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    kg = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(kg), "build", str(docs)]).exit_code == 0
    kept = load_known_groups(kg).known
    assert list(kept.values()) == [[0, 1]]  # one office, two holders, two people
    (docs / "a.txt").write_text("Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal. Welkom!",
                                encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(kg), "build", str(docs)])
    assert result.exit_code == 0, result.output
    assert load_known_groups(kg).known == kept
    assert (kg / "cache" / GROUPS_FILE).is_file()
