"""Walkthrough 38 (round 59w): a City Deal's programme manager keeps her programme's graph up to date each
quarter (progress reports, a steering group's decisions, an addendum, a newsletter, an e-mail) and asks who takes
part and who chairs now and then, and what changed since the last quarter. Small invented fixtures made here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.documents import run_cli as _run, written as _write


def _build(graph: Path, *paths) -> None:
    result = _run(graph, "build", *map(str, paths), "--no-validate")
    assert result.exit_code == 0, result.output


def _rows(graph: Path, *args: str) -> list[dict]:
    result = _run(graph, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


def _roles(text: str, date: str) -> list[tuple[str, str, str, bool]]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date=date).relations
    return sorted((r.subject.text, r.role, r.object.label, r.past) for r in relations if r.predicate == "hasRole")


# finding 1: "Hij dankt X voor haar inzet als voorzitter" made the former chair chair again, ending her successor


_HANDOVER = ("# Besluitenlijst stuurgroep City Deal Groene Pleinen\n\nDatum: 18 september 2025\n\n"
             "Per 1 oktober 2025 neemt wethouder Eva Smit van Ede het voorzitterschap van de stuurgroep City Deal "
             "Groene Pleinen over van Anna Kroes.\n")
_THANKS = ("# Nieuwsbrief City Deal Groene Pleinen\n\nEde, 20 november 2025\n\n"
           "Eva Smit is sinds 1 oktober voorzitter van de stuurgroep City Deal Groene Pleinen. "
           "Zij dankt Anna Kroes voor haar inzet als voorzitter.\n")


@pytest.fixture(scope="module")
def thanks_graph(tmp_path_factory):
    root = tmp_path_factory.mktemp("thanks")
    _write(root / "docs" / "besluitenlijst.md", _HANDOVER)
    _write(root / "docs" / "nieuwsbrief.md", _THANKS)
    _build(root / "graaf", root / "docs")
    return root / "graaf"


def test_the_chair_thanked_for_her_service_is_not_chair_again(thanks_graph):
    rows = _rows(thanks_graph, "ask", "unit-chairs", "--as-of", "2025-12-01")
    assert [(r["personLabel"], r["since"]) for r in rows] == [("Eva Smit", "2025-10-01")], rows


def test_the_successor_s_term_stays_open_and_the_thanked_one_s_ends_at_the_handover(thanks_graph):
    rows = _rows(thanks_graph, "ask", "unit-chairs")
    assert sorted((r["personLabel"], r["since"], r["end"]) for r in rows) == [
        ("Anna Kroes", "", "2025-09-30"), ("Eva Smit", "2025-10-01", "")], rows


def test_the_thanked_role_is_read_as_past():
    roles = _roles(_THANKS, "2025-11-20")
    assert ("Anna Kroes", "voorzitter", "Stuurgroep City Deal Groene Pleinen", True) in roles, roles
    assert ("Eva Smit", "voorzitter", "Stuurgroep City Deal Groene Pleinen", False) in roles, roles


def test_a_thanks_without_als_or_with_a_role_that_goes_on_changes_nothing():
    text = ("# Nieuwsbrief\n\nEde, 20 november 2025\n\nDe stuurgroep dankt Anna Kroes voor haar inzet als "
            "voorzitter van de stuurgroep City Deal Groene Pleinen, die zij ook volgend jaar blijft vervullen.\n")
    assert ("Anna Kroes", "voorzitter", "Stuurgroep City Deal Groene Pleinen", False) in _roles(text, "2025-11-20")
    text = ("# Nieuwsbrief\n\nEde, 20 november 2025\n\nAnna Kroes is voorzitter van de stuurgroep City Deal Groene "
            "Pleinen. Zij dankt de leden voor hun inzet.\n")
    assert _roles(text, "2025-11-20") == [("Anna Kroes", "voorzitter", "Stuurgroep City Deal Groene Pleinen", False)]


def test_the_thanked_one_s_other_office_stays_and_the_one_who_thanks_gets_no_role():
    text = ("# Nieuwsbrief\n\nEde, 20 november 2025\n\nEva Smit dankt wethouder Anna Kroes van Ede voor haar inzet "
            "als voorzitter van de stuurgroep City Deal Groene Pleinen.\n")
    roles = _roles(text, "2025-11-20")
    assert roles == [("Anna Kroes", "voorzitter", "Stuurgroep City Deal Groene Pleinen", True),
                     ("Anna Kroes", "wethouder", "Ede", False)], roles  # the one who thanks is no chair by it


# finding 2: a newsletter's "Helmond neemt per 1 januari 2026 niet langer deel aan …. Wethouder X: "…"" ended X's office


_LEAVING_TOWN = ("# Nieuwsbrief City Deal Groene Pleinen\n\nEde, 20 november 2025\n\n**Afscheid van Helmond**\n"
                 "Helmond neemt per 1 januari 2026 niet langer deel aan de City Deal Groene Pleinen. "
                 "Wethouder Koen Bakermans: \"We blijven de resultaten volgen.\"\n")


def test_a_wethouder_quoted_after_his_town_leaves_a_deal_keeps_his_office():
    relations = extract("d", _LEAVING_TOWN, gazetteer=load_gazetteer(), date="2025-11-20").relations
    rows = sorted((r.subject.text, r.predicate, r.object.label, r.valid_until) for r in relations
                  if r.predicate in ("hasRole", "participatesIn"))
    assert rows == [("Helmond", "participatesIn", "City Deal Groene Pleinen", "2025-12-31"),
                    ("Koen Bakermans", "hasRole", "Helmond", None)], rows


def test_the_wethouder_s_own_sentence_still_dates_his_office():
    text = ("# Nieuws\n\nEde, 20 november 2025\n\nIn Helmond ligt de nadruk op wonen. "
            "Wethouder Koen Bakermans neemt per 1 december 2025 afscheid.\n")
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-11-20").relations
    assert [(r.subject.text, r.role, r.object.label, r.valid_until) for r in relations if r.predicate == "hasRole"] \
        == [("Koen Bakermans", "wethouder", "Helmond", "2025-11-30")]


def test_who_does_what_after_the_town_left_still_names_the_wethouder(tmp_path):
    _write(tmp_path / "docs" / "nieuwsbrief.md", _LEAVING_TOWN)
    _build(tmp_path / "graaf", tmp_path / "docs")
    rows = _rows(tmp_path / "graaf", "ask", "who-does-what", "--as-of", "2026-03-01")
    assert [(r["personLabel"], r["roleLabel"], r["bodyLabel"], r["end"]) for r in rows] == [
        ("Koen Bakermans", "wethouder", "Helmond", "")], rows


# finding 3: "g40kg diff" without OLD said only "Ontbrekend argument 'OUD'", though the graph keeps the last build's changes


_Q1 = ("# Voortgangsrapportage eerste kwartaal 2025\n\nDatum: 14 april 2025\n\n"
       "De City Deal Groene Pleinen is op 20 januari 2025 ondertekend door de gemeenten Ede en Helmond.\n")
_Q2 = ("# Voortgangsrapportage tweede kwartaal 2025\n\nDatum: 10 juli 2025\n\n"
       "De gemeente Emmen treedt per 1 juli 2025 toe tot de City Deal Groene Pleinen.\n")


@pytest.fixture(scope="module")
def quarters(tmp_path_factory):
    root = tmp_path_factory.mktemp("quarters")
    _write(root / "docs" / "2025-Q1" / "rapportage-q1.md", _Q1)
    _build(root / "graaf", root / "docs")
    first = {lang: _run(root / "graaf", "diff", lang=lang) for lang in ("nl", "en")}
    _write(root / "docs" / "2025-Q2" / "rapportage-q2.md", _Q2)
    _build(root / "graaf", root / "docs")
    return root / "graaf", first


def test_diff_without_old_after_a_first_build_says_there_is_nothing_to_compare(quarters):
    _graph, first = quarters
    assert first["nl"].exit_code == 0, first["nl"].output
    assert first["nl"].stdout.startswith("Dit is de eerste bouw van deze graaf ("), first["nl"].stdout
    assert first["nl"].stdout.rstrip().endswith("): er is geen vorige om mee te vergelijken.")
    assert first["en"].stdout.startswith("This is the first build of this graph ("), first["en"].stdout


def test_diff_without_old_shows_what_the_last_build_changed(quarters):
    graph, _first = quarters
    result = _run(graph, "diff")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Sinds de vorige bouw (") and lines[0].endswith("): 1 feit erbij, 0 feiten eraf"), lines
    assert lines[1] == "Documenten: 1 nieuw (rapportage-q2).", lines
    assert [" ".join(line.split()) for line in lines[4:]] == [
        "+ erbij Emmen neemt deel aan City Deal Groene Pleinen rapportage-q2"], lines
    assert "cp -r .g40kg vorige-graaf" in result.stderr, result.stderr


def test_diff_without_old_in_json_and_english(quarters):
    graph, _first = quarters
    data = json.loads(_run(graph, "diff", "--format", "json").stdout)
    assert (data["first_build"], data["documents"]["new"], data["removed"], data["ended"]) == (
        False, ["rapportage-q2"], [], [])
    assert [(r["subject"], r["predicate"], r["object"], r["document"]) for r in data["added"]] == [
        ("Emmen", "participatesIn", "City Deal Groene Pleinen", "rapportage-q2")]
    english = _run(graph, "diff", lang="en").stdout.splitlines()
    assert english[0].startswith("Since the previous build (") and english[0].endswith("): 1 fact added, 0 facts removed")
    assert " participates in " in english[4], english


def test_diff_with_old_still_compares_with_a_kept_copy(tmp_path):
    _write(tmp_path / "docs" / "rapportage-q1.md", _Q1)
    _build(tmp_path / "graaf", tmp_path / "docs")
    import shutil

    shutil.copytree(tmp_path / "graaf", tmp_path / "vorige-graaf")
    _write(tmp_path / "docs" / "rapportage-q2.md", _Q2)
    _build(tmp_path / "graaf", tmp_path / "docs")
    rows = json.loads(_run(tmp_path / "graaf", "diff", str(tmp_path / "vorige-graaf"), "--format", "json").stdout)
    assert [(r["subject"], r["object"]) for r in rows["added"]] == [("Emmen", "City Deal Groene Pleinen")]


# finding 4: a decision to leave told with a te-infinitive was not read, so the town still took part after it left


def _participations(text: str, date: str = "2025-10-13") -> list[tuple]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date=date).relations
    return [(r.subject.text, r.object.label, r.past, r.valid_until) for r in relations if r.predicate == "participatesIn"]


@pytest.mark.parametrize("text", [
    "| 3 | De stuurgroep neemt kennis van het besluit van het college van Helmond om per 1 januari 2026 uit de "
    "City Deal Groene Pleinen te treden. |\n",
    "Helmond heeft besloten per 1 januari 2026 uit de City Deal Groene Pleinen te stappen.\n",
    "De gemeente Helmond besloot om per 1 januari 2026 de City Deal Groene Pleinen te verlaten.\n",
])
def test_a_decision_to_leave_with_te_ends_the_town_s_part_the_day_before(text):
    assert _participations(text) == [("Helmond", "City Deal Groene Pleinen", True, "2025-12-31")]


@pytest.mark.parametrize("text", [
    "Helmond heeft besloten niet uit de City Deal Groene Pleinen te stappen.\n",
    "Helmond overweegt per 1 januari 2026 uit de City Deal Groene Pleinen te stappen.\n",
    "Helmond is van plan per 1 januari 2026 uit de City Deal Groene Pleinen te stappen.\n",
    "Helmond heeft besloten om de City Deal Groene Pleinen te steunen.\n",
])
def test_no_leaving_without_a_decision_to_leave(text):
    assert _participations(text) == []


def test_members_as_of_after_the_decision_leave_the_town_out(tmp_path):
    _write(tmp_path / "docs" / "rapportage-q1.md", _Q1)
    _write(tmp_path / "docs" / "rapportage-q3.md", "# Voortgangsrapportage derde kwartaal 2025\n\nDatum: 13 oktober "
           "2025\n\nHelmond heeft besloten per 1 januari 2026 uit de City Deal Groene Pleinen te stappen.\n")
    _build(tmp_path / "graaf", tmp_path / "docs")
    rows = _rows(tmp_path / "graaf", "ask", "members", "-p", "target=City Deal Groene Pleinen", "--as-of", "2026-02-01")
    assert sorted(r["memberLabel"] for r in rows) == ["Ede"], rows


# finding 5: "heeft per 1 februari 2026 afscheid genomen als wethouder" ended nothing: she stayed wethouder


def test_a_farewell_that_names_the_office_again_ends_it_the_day_before():
    text = ("Beste leden van de stuurgroep,\n\nWethouder Sietske de Vries van Leeuwarden heeft per 1 februari 2026 "
            "afscheid genomen als wethouder.\n")
    assert _roles(text, "2026-02-10") == [("Sietske de Vries", "wethouder", "Leeuwarden", True)]
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2026-02-10").relations
    assert [r.valid_until for r in relations if r.predicate == "hasRole"] == ["2026-01-31"]


def test_a_farewell_as_another_post_leaves_the_office_before_the_name():
    text = ("Beste leden van de stuurgroep,\n\nWethouder Sietske de Vries van Leeuwarden heeft per 1 februari 2026 "
            "afscheid genomen als voorzitter.\n")
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2026-02-10").relations
    assert [(r.role, r.object.label, r.past, r.valid_until) for r in relations if r.predicate == "hasRole"] == [
        ("wethouder", "Leeuwarden", False, None)]


# finding 6: the successor's seat in the steering group was missed ("vertegenwoordigt sinds 1 maart 2026 Leeuwarden in
# de stuurgroep", "Hij neemt per 1 maart 2026 haar plaats in de stuurgroep … in")


def _seats(text: str, date: str) -> list[tuple]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date=date).relations
    return sorted((r.subject.text, r.predicate, r.role, r.object.label, r.valid_from, r.valid_until) for r in relations
                  if r.object.type == "OrganisationalUnit" and r.predicate in ("hasRole", "participatesIn"))


_MAIL = ("Beste leden van de stuurgroep,\n\nWethouder Sietske de Vries van Leeuwarden heeft per 1 februari 2026 "
         "afscheid genomen als wethouder. Haar opvolger is wethouder Hendrik Bosma. Hij neemt per 1 maart 2026 haar "
         "plaats in de stuurgroep van de City Deal Groene Pleinen in.\n")


def test_he_takes_her_place_in_the_steering_group():
    assert _seats(_MAIL, "2026-02-10") == [
        ("Hendrik Bosma", "hasRole", "lid", "Stuurgroep City Deal Groene Pleinen", "2026-03-01", None),
        ("Sietske de Vries", "hasRole", "lid", "Stuurgroep City Deal Groene Pleinen", None, "2026-02-28")]


def test_his_place_without_a_succession_or_without_a_body_gives_nothing():
    text = ("Beste leden,\n\nHendrik Bosma is wethouder van Leeuwarden. Hij neemt per 1 maart 2026 haar plaats in de "
            "stuurgroep van de City Deal Groene Pleinen in.\n")
    assert _seats(text, "2026-02-10") == []  # whose place: no succession says
    text = _MAIL.replace("plaats in de stuurgroep van de City Deal Groene Pleinen in", "plaats in")
    assert _seats(text, "2026-02-10") == []


def test_representing_a_town_in_the_steering_group_since_a_day():
    text = ("# Voortgangsrapportage\n\nDatum: 14 april 2026\n\nDe stuurgroep van de City Deal Groene Pleinen vergaderde "
            "twee keer. Wethouder Hendrik Bosma vertegenwoordigt sinds 1 maart 2026 Leeuwarden in de stuurgroep.\n")
    assert _seats(text, "2026-04-14") == [
        ("Hendrik Bosma", "participatesIn", None, "Stuurgroep City Deal Groene Pleinen", "2026-03-01", None)]


# finding 8: "werkspoor" (a deal's line of work with its own trekker) was no unit


def test_a_werkspoor_is_a_unit_led_by_the_town_that_trekt_it():
    text = ("# Besluitenlijst stuurgroep\n\n18 september 2025\n\nHet werkspoor Leegstand wordt vanaf 1 januari 2026 "
            "getrokken door 's-Hertogenbosch.\n")
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-09-18").relations
    assert [(r.subject.label, r.subject.type, r.predicate, r.object.label, r.valid_from) for r in relations] == [
        ("Werkspoor Leegstand", "OrganisationalUnit", "ledBy", "'s-Hertogenbosch", "2026-01-01")]


def test_a_spoor_that_is_no_werkspoor_is_no_unit():
    text = "# Nieuws\n\nHet spoor tussen Zwolle en Leeuwarden wordt vanaf 1 januari 2026 vernieuwd.\n"
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-09-18").relations
    assert [r for r in relations if r.subject.type == "OrganisationalUnit"] == []


# finding 6, the partners' members: "Namens EZ neemt X, directeur …, deel aan de stuurgroep" and "Het Kennisinstituut Y
# wordt in de stuurgroep vertegenwoordigd door X" gave no member


_STEERING = ("# Voortgangsrapportage\n\nDatum: 14 april 2025\n\nDe stuurgroep van de City Deal Groene Pleinen "
             "vergaderde vier keer. ")


def test_a_partner_s_member_with_his_office_between_commas_takes_part():
    text = _STEERING + "Namens het ministerie van EZ neemt Ruud Kalkman, directeur Regionale Economie, deel aan de stuurgroep.\n"
    assert ("Ruud Kalkman", "participatesIn", None, "Stuurgroep City Deal Groene Pleinen", None, None) \
        in _seats(text, "2025-04-14")
    denied = text.replace(", deel aan", ", geen deel aan")
    assert _seats(denied, "2025-04-14") == []


def test_a_kennisinstituut_is_an_organisation_represented_in_the_steering_group():
    text = _STEERING + "Het Kennisinstituut Stedelijke Vitaliteit wordt in de stuurgroep vertegenwoordigd door Bart Lindeman.\n"
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-04-14").relations
    assert sorted((r.subject.text, r.predicate, r.object.label, r.object.type) for r in relations
                  if r.subject.type == "Person") == [
        ("Bart Lindeman", "affiliatedWith", "Kennisinstituut Stedelijke Vitaliteit", "Organisation"),
        ("Bart Lindeman", "participatesIn", "Stuurgroep City Deal Groene Pleinen", "OrganisationalUnit")]
    lower = _STEERING + "Het kennisinstituut van de gemeente wordt in de stuurgroep vertegenwoordigd door Bart Lindeman.\n"
    assert not [m for m in extract("d", lower, gazetteer=load_gazetteer()).mentions if m.type == "Organisation"]


# finding 12: "Het ministerie van EZ en de City Deal werken samen" made an organisation "City Deal"


def test_a_bare_city_deal_in_a_list_is_no_organisation():
    text = ("# Voortgangsrapportage\n\nDe City Deal Groene Pleinen loopt goed. Het ministerie van Economische Zaken en "
            "de City Deal werken samen aan de regeling voor ondernemers.\n")
    ex = extract("d", text, gazetteer=load_gazetteer(), date="2025-07-10")
    assert [m.label for m in ex.mentions if m.type == "Organisation"] == []
    assert [r for r in ex.relations if r.object.label == "City Deal"] == []


def test_a_named_organisation_in_such_a_list_still_is_one():
    text = "# Nieuws\n\nHet ministerie van Economische Zaken en Heijmans werken samen aan de regeling voor ondernemers.\n"
    ex = extract("d", text, gazetteer=load_gazetteer(), date="2025-07-10")
    assert [m.label for m in ex.mentions if m.type == "Organisation"] == ["Heijmans"]


# finding 13: the thanks made the chair a decision list had ended "~ beëindigd tot 2025-11-20" in the next build's diff


def test_a_thanks_for_a_chair_already_ended_is_no_new_end_in_diff(tmp_path):
    docs = tmp_path / "docs"
    _write(docs / "besluitenlijst.md", _HANDOVER)
    _build(tmp_path / "graaf", docs)
    _write(docs / "nieuwsbrief.md", _THANKS)
    _build(tmp_path / "graaf", docs)
    data = json.loads(_run(tmp_path / "graaf", "diff", "--format", "json").stdout)
    assert [(r["subject"], r["until"]) for r in data["ended"]] == [], data["ended"]


# finding 14: "Haar opvolger is wethouder Y" after the predecessor's farewell as wethouder of Leeuwarden gave Y no office


def test_the_successor_named_by_his_title_holds_the_office_in_the_predecessor_s_town():
    roles = extract("d", _MAIL, gazetteer=load_gazetteer(), date="2026-02-10").relations
    assert sorted((r.subject.text, r.role, r.object.label, r.valid_from, r.valid_until) for r in roles
                  if r.predicate == "hasRole" and r.object.type == "Municipality") == [
        ("Hendrik Bosma", "wethouder", "Leeuwarden", "2026-02-01", None),
        ("Sietske de Vries", "wethouder", "Leeuwarden", None, "2026-01-31")]


@pytest.mark.parametrize("successor", ["Haar opvolger als voorzitter is wethouder Hendrik Bosma.",
                                       "Haar opvolger is wethouder Hendrik Bosma van Harlingen."])
def test_no_office_in_her_town_for_a_successor_in_another_post_or_town(successor):
    text = ("Beste leden,\n\nWethouder Sietske de Vries van Leeuwarden heeft per 1 februari 2026 afscheid genomen als "
            "wethouder. " + successor + "\n")
    roles = extract("d", text, gazetteer=load_gazetteer(), date="2026-02-10").relations
    assert [(r.subject.text, r.object.label) for r in roles if r.predicate == "hasRole" and r.subject.text ==
            "Hendrik Bosma" and r.object.label == "Leeuwarden"] == []


def _led(text: str) -> list[tuple[str, str]]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-04-14").relations
    return sorted((r.subject.label, r.object.label) for r in relations if r.predicate == "ledBy")


def test_the_towns_of_a_list_item_lead_the_werkspoor_its_label_names():
    text = ("# Voortgangsrapportage\n\n- Werkspoor Leegstand: Zwolle en Helmond trekken dit werkspoor.\n"
            "- Werkspoor Data: Ede trekt dit werkspoor.\n")
    assert _led(text) == [("Werkspoor Data", "Ede"), ("Werkspoor Leegstand", "Helmond"), ("Werkspoor Leegstand", "Zwolle")]


def test_two_towns_lead_a_themagroep_together():
    assert _led("# Nieuws\n\nZwolle en Helmond trekken de themagroep Wonen.\n") == [
        ("Themagroep Wonen", "Helmond"), ("Themagroep Wonen", "Zwolle")]


@pytest.mark.parametrize("text", [
    "# Nieuws\n\nHet plan van Zwolle en Helmond trekken de themagroep Wonen.\n",  # the subject is no list of towns
    "# Nieuws\n\nZwolle en Helmond trekken niet de themagroep Wonen.\n",  # denied
    "# Nieuws\n\nHet werkspoor is nieuw. Zwolle trekt het werkspoor.\n",  # no werkspoor named: no unit "werkspoor"
])
def test_no_joint_lead(text):
    assert _led(text) == []
