"""The shortcuts that make extraction faster never change what it finds.

:mod:`graph.extract.cues` skips a pattern in a sentence that lacks the words every match of the
pattern contains; these tests check, on the extraction fixtures and on spellings chosen to trip
it up, that a skipped sentence is one where the pattern finds nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import ocr
from graph.extract import (collaboration, context, funding, groups, involvement, joining, joint_subjects, leadership,
                           meeting_units, organising,
                           partners, partnership_of, person_affiliations, relation_common, relations, role_holders, role_past,
                           role_subjects, roles, sitting_in, taking_part)
from graph.extract.cues import (CueText, holds_none, may_occur, required_word_sets, required_words, search_text,
                                telling_word_sets)
from graph.extract.event_hosts import _HOSTING_WORD
from graph.extract.leader_units import LEADER, find_leader
from graph.extract.organogram import _ORGANOGRAM
from graph.extract.organogram_units import ORGANOGRAM_HEADING
from graph.extract.partner_headings import _GROUP as PARTNER_GROUP
from graph.extract.programme_heading_lists import _TAKING_PART
from graph.extract.sentences import split_sentences
from graph.extract.team_sections import _STEERING, _TEAM

FIXTURES = Path(__file__).parent / "fixtures"
MODULES = (relations, collaboration, joint_subjects, partnership_of, taking_part, partners, sitting_in, joining, involvement,
           funding, organising, leadership,
           relation_common, roles, role_subjects, person_affiliations, role_holders, role_past, context)
PATTERNS = [value for module in MODULES for value in vars(module).values()
            if isinstance(value, re.Pattern)] + [roles.role_pattern()]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for folder in ("extract", "extract_round2")
             for path in sorted((FIXTURES / folder).glob("*.txt"))]
    # case and the characters a case-insensitive pattern folds to ASCII letters
    texts += ["SAMEN MET de G40 werkten zij aan de deal.", "ſamen met de G40 en Platform31.",
              "De stad nam deel, İnitiatiefnemer was Tilburg.", "Onder leıding van Anna Bos."]
    return texts


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_a_skipped_sentence_has_no_match(pattern):
    for text in _texts():
        cue_text = CueText(text)
        for sentence in split_sentences(text):
            if not cue_text.may_match(pattern, sentence.start, sentence.end):
                found = pattern.search(text, sentence.start, sentence.end)
                assert found is None, f"{pattern.pattern!r} skipped {sentence.text!r} but matches {found.group()!r}"


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:samen\s+met|overleg\s+met)\s", {"samen", "overleg"}),
    (r"\bo\.l\.v\.", {"o.l.v."}),
    (r"(?:doen|werkt)\s+(?:\S+\s+){0,8}?mee\b", {"doen", "werkt"}),
    (r"\bgecoördineerd\s+door", {"rdineerd"}),  # ASCII literals only
    (r"\b(?:de|het)?\s+\w+", None),  # an alternative without words
])
def test_required_words(pattern, words):
    got = required_words(re.compile(pattern, re.IGNORECASE))
    assert (set(got) if got else None) == words, f"{pattern!r}: {got!r}"


@pytest.mark.parametrize(("pattern", "sets"), [
    (r"\b(?:doet|werkt)\s+(?:samen\s+met)\s", [{"doet", "werkt"}, {"samen"}, {"met"}]),
    (r"\bonder\s+(?:leiding|regie)\s+van\b", [{"onder"}, {"leiding", "regie"}, {"van"}]),
    (r"\b(?:de|het)?\s+\w+", None),
])
def test_required_word_sets(pattern, sets):
    got = required_word_sets(re.compile(pattern, re.IGNORECASE))
    assert ([set(words) for words in got] if got else None) == sets, f"{pattern!r}: {got!r}"


@pytest.mark.parametrize("pattern", PATTERNS[::7], ids=lambda p: p.pattern[:40])
def test_may_match_equals_a_plain_look(pattern):
    """CueText's answer (word sets read once per pattern, kept by the pattern's identity, the last
    span's lower case kept) is that of looking up the telling word sets in the sentence itself."""
    sets = telling_word_sets(pattern)
    for text in _texts()[:20]:
        cue_text = CueText(text)
        for sentence in split_sentences(text):
            lower = text[sentence.start:sentence.end].lower()
            plain = sets is None or any(c in text for c in "ſıİ") \
                or all(any(word in lower for word in words) for words in sets)
            assert cue_text.may_match(pattern, sentence.start, sentence.end) == plain, sentence.text


@pytest.mark.parametrize("pattern", PATTERNS + [groups._GROUP], ids=lambda p: p.pattern[:40])
def test_a_text_said_to_lack_a_pattern_has_no_match(pattern):
    for text in _texts():
        if not may_occur(pattern, text):
            found = pattern.search(text)
            assert found is None, f"{pattern.pattern!r} said absent but matches {found.group()!r}"


def test_a_text_without_a_meeting_compound_names_no_meeting_unit():
    texts = _texts() + ["Besluitenlijst PIJLERVERGADERING ECONOMIE EN WERK\n", "In het Stuurgroepoverleg Wonen & Zorg."]
    for text in texts:
        if holds_none(text, meeting_units._COMPOUNDS):
            assert meeting_units._MEETING_OF.search(text) is None, text[:80]
    assert not holds_none(texts[-1], meeting_units._COMPOUNDS) and meeting_units.find_meeting_units(texts[-1])


#: the documents' headings a rule looks for in a whole text before it reads the lines (round 55b)
WHOLE_TEXT = [("team", _TEAM), ("steering", _STEERING), ("group", PARTNER_GROUP), ("organogram", _ORGANOGRAM),
              ("organogram-heading", ORGANOGRAM_HEADING), ("taking-part", _TAKING_PART), ("host", _HOSTING_WORD)]
#: invented pages with each heading in another case, a near miss of each, and the characters that fold to ASCII
HEADINGS = ["Partners - City Deal Groene Daken\n\nDeelnemende steden\n\ngemeente Breda\n\nKERNTEAM\n\nEva Smit\n",
            "Het projectteam komt maandag bijeen.", "## Stuurgroep:\n- Jan Kok, wethouder Breda\n",
            "De teamleider en de stuurgroepvoorzitter spraken.", "Organogram\n• Team G40 en Regio – Piet Mol\n",
            "Een organisatie zonder schema.", "Deelname per track\n\nTrack A\n- Arnhem\n", "Financiers: BZK en EZK.",
            "ſtuurgroep en İnitiatiefnemers", "Kernteaм met een Cyrillische m.", "Onze DAGVOORZITTER, Eva Smit",
            "De presentatie van de moderatoren.", ""]


@pytest.mark.parametrize(("name", "pattern"), WHOLE_TEXT, ids=[name for name, _ in WHOLE_TEXT])
def test_a_whole_text_search_finds_what_the_pattern_finds(name, pattern):
    for text in _texts() + HEADINGS:
        expected = pattern.search(text)
        found = search_text(pattern, text)
        assert (found and found.span()) == (expected and expected.span()), (name, text[:60])
        in_context = context.DocContext("d", text, split_sentences(text), []).search(pattern)
        assert (in_context and in_context.span()) == (expected and expected.span()), (name, text[:60])


def test_a_whole_text_search_skips_a_text_without_the_heading_word():
    assert search_text(_TEAM, "Het Projectteam: Eva Smit").group() == "Het Projectteam: "
    assert search_text(_TEAM, "De stuurgroep en de werkgroep") is None
    assert search_text(_STEERING, "De stuurgroep en de werkgroep").group() == "De stuurgroep "


#: the look-behind before "rn" (round 55b moved it after: ``re`` then looks for the literal "rn" first)
_OLD_SIGN = re.compile(r"(?<![^\W\d_])rn[aeiouy]", re.UNICODE)


def test_the_ocr_sign_finds_what_the_look_behind_before_it_found():
    texts = _texts() + ["Op 3 rnaart met rnevrouw Jansen.", "Het kernteam in Arnhem, 3 maart.", "rnei", " rnu", "1rno",
                        "_rna", "érna", "Rna", "rnrna rnarne", "Xrnarno rne\nrnoe", "ĳrnu", "(rnei)", "rn", "arn"]
    for text in texts:
        assert [m.span() for m in ocr._SIGN.finditer(text)] == [m.span() for m in _OLD_SIGN.finditer(text)], text[:60]
    assert ocr.shows_ocr("Op 3 rnaart met rnevrouw Jansen."), ocr.shows_ocr("Het kernteam in Arnhem, 3 maart.") == (True, False)


def test_a_leader_is_found_where_the_pattern_finds_one():
    lines = ["Directeur ......... Eva Smit", "Directeur\tEva Smit", "Directeur   Eva Smit", "Directeur  \tEva", "Directeur ... Eva",
             "Directeur  Eva Smit", "Directeur: Eva Smit", "....", " \t ", ""]
    lines += [line for text in _texts() for line in text.split("\n")]
    for line in lines:
        for start, end in ((0, len(line)), (1, max(1, len(line) - 1))):
            expected = LEADER.search(line, start, end)
            found = find_leader(line, start, end)
            assert (found and found.span()) == (expected and expected.span()), line[:60]
