"""Round 56x's shortcuts never change what extraction finds.

:func:`graph.extract.cues.required_word_sets` now reads a run of letters before an alternation as
going on in each alternative ("k" + "omt|wam" holds "komt" or "kwam") and reads a second set of an
alternation (each alternative's next most telling one); :data:`graph.extract.periods._MAY_DATE`
is the test before the period pattern's scan; :func:`graph.extract.cues.finditer_text` skips a whole-text
scan for a name the text lacks. Each must hold for every match the patterns find.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import graph.extract
from graph.extract.cues import CueText, finditer_text, required_word_sets
from graph.extract.periods import _MAY_DATE, _PERIOD, find_periods
from graph.pipeline import bundled_corpus

FIXTURES = Path(__file__).parent / "fixtures"
#: (graph.extract's own names shadow these modules: ``graph.extract.arrangement_boards`` is a function there)
arrangement_boards, standing_committees, subject_titles = (
    importlib.import_module(f"graph.extract.{name}") for name in ("arrangement_boards", "standing_committees", "subject_titles"))


def _texts() -> list[str]:
    folders = [FIXTURES / "extract", FIXTURES / "extract_round2", Path(bundled_corpus())]
    return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.glob("*.txt"))]


def _patterns() -> list[re.Pattern]:
    """Every compiled pattern a module of graph.extract keeps at its top level or makes once (a cached function
    without arguments: the role words' pattern, the network kinds' one, read from the bundled lists)."""
    found = {}
    for info in pkgutil.iter_modules(graph.extract.__path__):
        module = importlib.import_module(f"graph.extract.{info.name}")
        for value in list(vars(module).values()):
            if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", "") == module.__name__:
                try:
                    value = value()
                except TypeError:  # a cached function with arguments
                    continue
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())


@pytest.mark.parametrize(("pattern", "sets"), [
    (r"\b(?:komt|kwam)\s+(?:over\s+)?van\b", [{"komt", "kwam"}, {"omt", "wam"}, {"van"}]),  # "k" then "omt|wam"
    (r"\b(?:werkt|werken)\s+bij\b", [{"werkt", "werken"}, {"en", "t"}, {"bij"}]),  # "werk" then "t|en"
    (r"\b(?:stopt|stopte|gestopt)\b", [{"stopt", "stopte", "gestopt"}]),
    (r"\bwerk[tn]\s+mee\b", [{"werkt", "werkn"}, {"mee"}]),  # a set of letters after the run
    (r"\bab(?:c|)d", [{"abc", "ab"}, {"d"}]),  # an empty alternative: the run alone
    (r"\bwerk[^t]\s", [{"werk"}]),  # a negated set: not read as letters
    (r"\bwerk[a-z]\s", [{"werk"}]),  # a range: not read as letters
    # an alternation's second set: each alternative's next most telling one ("mee"), or its only one
    (r"\b(?:(?:doen|werkt)\s+(?:\S+\s+){0,8}?mee|deelneemt)\b", [{"doen", "werkt", "deelneemt"}, {"mee", "deelneemt"}]),
])
def test_a_run_before_an_alternation_goes_on_in_each_alternative(pattern, sets):
    got = required_word_sets(re.compile(pattern, re.IGNORECASE))
    assert [set(words) for words in got] == sets, f"{pattern!r}: {got!r}"


def test_a_sentence_without_a_word_of_the_second_set_is_skipped():
    pattern = re.compile(r"\b(?:(?:doen|werkt)\s+(?:\S+\s+){0,8}?mee|deelneemt)\b", re.IGNORECASE)
    text = CueText("Ede werkt samen met Breda. Ede werkt al jaren MEE. Ede deelneemt.")
    assert [text.may_match(pattern, start, end) for start, end in ((0, 26), (27, 50), (51, 65))] == [False, True, True]


def test_every_match_of_every_extraction_pattern_holds_a_word_of_each_required_set():
    """The reading's soundness on every pattern of graph.extract (about 1,850) and every match they find in the
    fixtures and the bundled corpus: a set none of whose words a match holds would let a gate skip a sentence with
    a fact."""
    texts = _texts()
    checked = 0
    for pattern in _patterns():
        sets = required_word_sets(pattern)
        if sets is None:
            continue
        for text in texts:
            for match in pattern.finditer(text):
                lower = match.group().lower()
                if any(c in lower for c in "ſıi̇"):
                    continue  # folds to an ASCII letter: never filtered (cues._UNFOLDED)
                missing = [sorted(words) for words in sets if not any(word in lower for word in words)]
                assert not missing, f"{pattern.pattern[:80]!r} matches {match.group()!r} without {missing}"
                checked += 1
    assert checked > 5000


#: invented sentences with each kind of period the pattern reads, and the shortcut's near misses
PERIODS = ["Van 2019 tot 2023 was Anna Kok voorzitter.", "Sinds mei is Eva Smit trekker.", "Per 1-3-2024 stopt Jan Bos.",
           "Vanaf die datum is zij secretaris.", "Sinds dat moment leidt Ede de themagroep.",
           "Tot de opheffing was Piet Mol voorzitter.", "Zij bleef tot haar afscheid lid.", "Voorzitter van 2024–heden.",
           "Tot en met DECEMBER 2022 was hij wethouder.", "Na de gemeenteraadsverkiezingen van 16 maart 2022 stopt hij.",
           "Per ſeptember 2024 is Anna Kok trekker.", "Vanaf het voorjaar van 2021 doet Ede mee.",
           "Sinds dezelfde dag is X lid.", "Sinds medio 2023 is zij lid.", "Met ingang van 1 januari 2025 is hij directeur."]
NO_PERIODS = ["Anna Kok is voorzitter van de themagroep.", "Het netwerk werkt samen met het ministerie van BZK.",
              "Tijdens het overleg sprak de wethouder over wonen."]


def test_every_period_match_holds_what_the_test_before_the_scan_looks_for():
    for text in _texts() + PERIODS:
        for match in _PERIOD.finditer(text):
            assert _MAY_DATE.search(match.group()), f"{match.group()!r} in {text[:60]!r}"


def test_periods_are_read_where_the_test_passes_and_none_where_it_fails():
    for sentence in PERIODS:
        assert _MAY_DATE.search(sentence) and _PERIOD.search(sentence), sentence
    assert [p.valid_from for p in find_periods(PERIODS[0])] == ["2019-01-01"]
    assert [p.valid_until for p in find_periods("Tot 1 maart 2024 was Jan Bos lid.")] == ["2024-02-29"]
    for sentence in NO_PERIODS:
        assert _MAY_DATE.search(sentence) is None and find_periods(sentence) == [], sentence


#: invented texts with each whole-text name and its near misses
WHOLE_TEXTS = ["De Gemeenschappelijke Regeling Werkplein voert het uit.", "Een gemeenschappelijke regeling",
               "Betreft: aanpak jeugdwerkloosheid\n\nGeachte heer,", "Het onderwerp van gesprek.",
               "De Auditcommissie en de rekenkamercommissie vergaderden.", "De commissie vergaderde.",
               "ONDERWERP: bestuurlijk overleg\n", "De ſtuurgroep", ""]


@pytest.mark.parametrize("pattern", [arrangement_boards._ARRANGEMENT, standing_committees._COMMITTEE,
                                     subject_titles._LABEL], ids=["arrangement", "committee", "subject"])
def test_a_whole_text_scan_finds_what_the_pattern_finds(pattern):
    hits = 0
    for text in _texts() + WHOLE_TEXTS:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_text(pattern, text)] == expected, text[:60]
        hits += bool(expected)
    assert hits >= 1
