"""Round 34d: the ninth walkthrough's wrong and missing facts, read as rules of Dutch (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations, facts, mentions
from tests.test_ingest_round31d import make_docx  # noqa: F401  (a fixture)

# --- A2: an announced step-down, and "Y volgt haar op" ----------------------------------------------

_MINUTES = ("# Verslag overleg Themagroep Wonen\n\n12 maart 2023\n\n"
            "**Aanwezig:** A. Kok (Breda, voorzitter), P. Smit (Delft)\n\n## 1. Mededelingen\n")


@pytest.mark.parametrize("announcement", [
    "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt als voorzitter van de themagroep. "
    "Ingrid Bos volgt hem op als voorzitter van de Themagroep Wonen.",
    "De voorzitter meldt dat hij per 1 april 2023 aftreedt. Ingrid Bos volgt hem op als voorzitter van de Themagroep Wonen.",
    "Arjen Kok deelt mee dat hij per 1 april 2023 terugtreedt als voorzitter. "
    "Per 1 april volgt Ingrid Bos hem op als voorzitter van de Themagroep Wonen.",
])
def test_successor_of_an_announced_step_down_starts_on_its_day(announcement):
    text = _MINUTES + announcement
    chair = "Arjen Kok" if announcement.startswith("Arjen") else "A. Kok"
    if chair == "Arjen Kok":
        text = text.replace("A. Kok (", "Arjen Kok (")
    assert ("Ingrid Bos", "succeeded", chair, None) in facts(text, "2023-03-12"), facts(text, "2023-03-12")
    roles = {(s, valid_from, valid_until) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2023-03-12") if o.endswith("Wonen") and role == "voorzitter"}
    assert {(chair, None, "2023-03-31"), ("Ingrid Bos", "2023-04-01", None)} <= roles, roles
    assert not any(s == "Ingrid Bos" and valid_from != "2023-04-01" for s, valid_from, _ in roles), roles
    assert not any(s == chair and valid_from for s, valid_from, _ in roles), roles


_TWO_CHAIRS = _MINUTES.replace("P. Smit (Delft)", "P. Smit (Delft, voorzitter)")


@pytest.mark.parametrize("minutes, announcement", [
    # two chairs named before: whom "de voorzitter" is, is not clear
    (_TWO_CHAIRS, "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt. Ingrid Bos volgt hem op."),
    # no one stepping down is the subject of the sentence before
    (_MINUTES, "De themagroep bespreekt de begroting. Ingrid Bos volgt hem op."),
    (_MINUTES, "De voorzitter deelt mee dat hij per 1 april 2023 terugtreedt. Ingrid Bos volgt hem niet op."),
    # the chair of another body
    (_MINUTES, "De voorzitter van de VNG deelt mee dat hij per 1 april 2023 terugtreedt. Ingrid Bos volgt hem op."),
])
def test_no_succession_without_a_clear_predecessor(minutes, announcement):
    found = facts(minutes + announcement, "2023-03-12")
    assert not any(f[1] == "succeeded" for f in found), found


# --- A4: a main clause's time is not the apposition's ------------------------------------------------

@pytest.mark.parametrize("text, dated", [
    ("Sinds 1 maart 2023 is Joris de Wit, wethouder Economie van Breda, voorzitter van de Pijler Fysiek Domein.",
     {("Breda", "wethouder", None, None), ("Pijler Fysiek Domein", "voorzitter", "2023-03-01", None)}),
    ("Per 1 september 2023 is Joris de Wit, wethouder in Breda, trekker van de Themagroep Wonen.",
     {("Breda", "wethouder", None, None), ("Themagroep Wonen", "trekker", "2023-09-01", None)}),
    # a time of the apposition itself, and a time the whole sentence is in, still hold for it
    ("Joris de Wit, sinds 2021 wethouder van Breda, is per 1 maart 2023 voorzitter van de Pijler Fysiek Domein.",
     {("Breda", "wethouder", "2021-01-01", None), ("Pijler Fysiek Domein", "voorzitter", "2023-03-01", None)}),
    ("In 2022 was Joris de Wit, wethouder van Breda, voorzitter van de Pijler Fysiek Domein.",
     {("Breda", "wethouder", "2022-01-01", "2022-12-31"), ("Pijler Fysiek Domein", "voorzitter", "2022-01-01", "2022-12-31")}),
])
def test_main_clause_time_is_not_the_appositions(text, dated):
    found = {(o, role, valid_from, valid_until) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2023-10-01")}
    assert found == dated, found


@pytest.mark.parametrize("text", [
    "Per 1 februari 2025 is Eline Smit, beleidsadviseur bij de gemeente Deventer, contactpersoon voor de City Deal Schone Lucht.",
    "Sinds 1 februari 2025 is Eline Smit contactpersoon voor de City Deal Schone Lucht.",
    "Vanaf 1 februari 2025 is Eline Smit, adviseur bij de gemeente Deventer, het aanspreekpunt voor de City Deal Schone Lucht.",
])
def test_inverted_contact_point(text):
    assert ("Eline Smit", "contactFor", "City Deal Schone Lucht", None) in facts(text, "2025-03-01"), facts(text, "2025-03-01")
    dated = {(o, valid_from) for s, o, role, past, valid_from, valid_until
             in dated_relations(text, "2025-03-01", "contactFor")}
    assert dated == {("City Deal Schone Lucht", "2025-02-01")}, dated
    assert all(valid_from is None for *_, valid_from, valid_until in dated_relations(text, "2025-03-01"))


@pytest.mark.parametrize("text", [
    "Per 1 februari 2025 is Eline Smit, beleidsadviseur bij de gemeente Deventer, niet langer contactpersoon voor de City Deal Schone Lucht.",
    "Per 1 februari 2025 is Eline Smit, beleidsadviseur bij de gemeente Deventer, geen contactpersoon voor de City Deal Schone Lucht.",
])
def test_no_inverted_contact_point_when_denied(text):
    found = facts(text, "2025-03-01")
    assert not any(f[1] == "contactFor" for f in found), found
    # leaving the contact's task does not end the apposition's role
    assert all(not past and valid_until is None for *_, past, valid_from, valid_until
               in dated_relations(text, "2025-03-01")), dated_relations(text, "2025-03-01")


# --- A1: a role word is never part of a person's name -------------------------------------------------

@pytest.mark.parametrize("text, persons", [
    ("Wethouder Brink (Deventer) dankt de leden voor de samenwerking.", ["Brink"]),
    ("Burgemeester Van der Meer (Ede) opent de bijeenkomst.", ["Van der Meer"]),
    # a role word that is no form of address: no name at all rather than "Directeur Hoekstra"
    ("Directeur Hoekstra (ministerie van BZK) licht de brief toe.", []),
    ("Voorzitter Kramer opent de vergadering.", []),
    # a given name stays a given name
    ("Wieke Brink (Deventer) dankt de leden voor de samenwerking.", ["Wieke Brink"]),
])
def test_role_word_opening_a_sentence_is_no_given_name(text, persons):
    assert mentions(text, "Person") == persons, mentions(text, "Person")


def test_role_word_opening_a_sentence_is_the_persons_role():
    text = "Wethouder Brink (Deventer) dankt de leden voor de samenwerking."
    assert facts(text) == {("Brink", "hasRole", "Deventer", "wethouder")}, facts(text)


# --- A6: names that repeat part of a programme's name --------------------------------------------------

def _labels(text: str, kind: str) -> list[str]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    return [m.label for m in extract("t", text, gazetteer=load_gazetteer(), date="2024-05-01").mentions if m.type == kind]


def test_numbered_heading_names_the_longer_programme():
    text = ("# Verslag\n\n## 3. Woonagenda\n"
            "Breda en Tilburg werken samen met het ministerie van BZK aan de Brabantse Woonagenda.")
    assert set(_labels(text, "Programme")) == {"Brabantse Woonagenda"}, _labels(text, "Programme")


def test_short_form_of_two_longer_programmes_stays():
    text = ("## Woonagenda\nBreda werkt aan de Woonagenda Noord. Tilburg werkt aan de Woonagenda Zuid.")
    assert "Woonagenda" in _labels(text, "Programme"), _labels(text, "Programme")


def test_visit_named_after_a_programme_is_no_event():
    text = ("Verslag werkbezoek Slimme Haven\n\nBreda, 3 april 2024\n\n"
            "De gemeente Breda neemt deel aan de City Deal Slimme Haven.")
    assert _labels(text, "Event") == [], _labels(text, "Event")
    assert set(_labels(text, "Programme")) == {"City Deal Slimme Haven"}


def test_meeting_headline_named_after_a_programme_is_no_unit():
    text = ('Nieuws | 2 mei 2024\n\nOverleg "Groene Wijken"\n\n'
            'Delft en Leiden werken samen met het ministerie van BZK aan het programma "Groene Wijken".')
    assert not any(label.startswith("Overleg") for label in _labels(text, "OrganisationalUnit")), \
        _labels(text, "OrganisationalUnit")


def test_standing_body_named_after_a_programme_stays():
    text = "De Stuurgroep City Deal Slimme Haven vergaderde. Breda neemt deel aan de City Deal Slimme Haven."
    assert "Stuurgroep City Deal Slimme Haven" in _labels(text, "OrganisationalUnit"), _labels(text, "OrganisationalUnit")


@pytest.mark.parametrize("text, label", [
    ("De themagroep werkt samen met het ministerie van BZK aan de Woonstrategie G40.", "Woonstrategie G40"),
    ("De themagroep werkt aan de Woonstrategie. Het bureau schrijft de Woonstrategie G40.", "Woonstrategie"),
])
def test_programme_with_the_networks_name(text, label):
    assert {m for m in _labels(text, "Programme")} == {label}, _labels(text, "Programme")


# --- B7: a coordinated subject takes part as a whole --------------------------------------------------

@pytest.mark.parametrize("text, towns, programme", [
    ("Breda en Tilburg werken samen met het ministerie van BZK aan de Brabantse Woonagenda.",
     ("Breda", "Tilburg"), "Brabantse Woonagenda"),
    ("Breda, Tilburg en Delft werken samen met het ministerie van BZK aan het programma 'Groene Wijken'.",
     ("Breda", "Tilburg", "Delft"), "Groene Wijken"),
])
def test_each_of_a_coordinated_subject_takes_part(text, towns, programme):
    found = facts(text)
    for town in towns:
        assert (town, "participatesIn", programme, None) in found, found
        assert (town, "collaboratesWith", "BZK", None) in found, found
    assert ("BZK", "participatesIn", programme, None) in found, found


def test_no_part_for_a_denied_joint_work():
    text = "Breda en Tilburg werken niet samen met het ministerie van BZK aan de Brabantse Woonagenda."
    assert facts(text) == set(), facts(text)


# --- B8: an attendance table of a Word document --------------------------------------------------------

_TABLE = [["Naam", "Gemeente/organisatie", "Rol"],
          ["K. Van Loon", "Deventer", "voorzitter"],
          ["Ilse Brand", "Almere", "lid"],
          ["Bas Kuiper", "ministerie van BZK", "adviseur"]]


def _markdown_table(rows) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows[1:]])


def _table_facts(text: str) -> set[tuple]:
    return facts(text, "2024-03-05")


_TABLE_FACTS = {
    ("K. Van Loon", "hasRole", "Themagroep Wonen", "voorzitter"),
    ("K. Van Loon", "affiliatedWith", "Deventer", None),
    ("Ilse Brand", "hasRole", "Themagroep Wonen", "lid"),
    ("Ilse Brand", "affiliatedWith", "Almere", None),
}


def test_table_rows_with_initials_and_an_organisation_column():
    text = "Deventer, 5 maart 2024\n\nVerslag Themagroep Wonen\n\n" + _markdown_table(_TABLE) + "\n\nDe themagroep bespreekt de woonagenda."
    found = _table_facts(text)
    assert _TABLE_FACTS <= found, found
    assert any(f[0] == "Bas Kuiper" and f[2] == "BZK" and f[1] in ("hasRole", "affiliatedWith") for f in found), found


def test_initials_outside_a_table_cell_stay_unnamed_without_a_cue():
    assert mentions("Gisteren sprak K. Loon over de begroting.", "Person") == []


def test_word_attendance_table(tmp_path, make_docx):
    from graph.ingest import read_corpus

    path = make_docx(tmp_path / "verslag.docx", [("p", "Deventer, 5 maart 2024"), ("p", "Verslag Themagroep Wonen"),
                                                  ("table", _TABLE), ("p", "De themagroep bespreekt de woonagenda.")])
    documents, _ = read_corpus([path])
    found = _table_facts(documents[0].text)
    assert _TABLE_FACTS <= found, (documents[0].text, found)


# --- B9: references back to the City Deal named before -------------------------------------------------

_LETTER = ("Den Haag, 4 april 2024\n\nBetreft: de City Deal Slimme Haven\n\n"
           "Met genoegen bevestig ik dat het ministerie van OCW deelneemt aan de City Deal Slimme Haven. ")


@pytest.mark.parametrize("sentence", [
    "Namens het ministerie is Eva Smit, directeur Onderwijs, aanspreekpunt voor de City Deal.",
    "Namens het ministerie is Eva Smit aanspreekpunt voor de City Deal.",
    "Namens het ministerie is Eva Smit het aanspreekpunt voor deze City Deal.",
])
def test_contact_for_the_deal_named_before(sentence):
    found = facts(_LETTER + sentence, "2024-04-04")
    assert ("Eva Smit", "contactFor", "City Deal Slimme Haven", None) in found, found


@pytest.mark.parametrize("sentence, towns", [
    ("De gemeenten Breda, Delft en Venlo werken in deze City Deal samen met het ministerie van EZK en hun hogescholen.",
     ("Breda", "Delft", "Venlo", "EZK")),
    ("Breda en Delft werken in de City Deal Slimme Haven samen met Venlo.", ("Breda", "Delft", "Venlo")),
    ("Breda en Delft trekken in de City Deal Slimme Haven samen op.", ("Breda", "Delft")),
])
def test_working_together_in_the_deal_named_before(sentence, towns):
    found = facts(_LETTER + sentence, "2024-04-04")
    for town in towns:
        assert (town, "participatesIn", "City Deal Slimme Haven", None) in found, found


@pytest.mark.parametrize("sentence", [
    "De gemeenten Breda en Delft werken in deze City Deal niet samen met het ministerie van EZK.",
    "De gemeenten Breda en Delft werken in de regio samen met het ministerie van EZK.",
])
def test_no_part_in_the_deal_without_joint_work_in_it(sentence):
    found = facts(_LETTER + sentence, "2024-04-04")
    assert not any(f[0] in ("Breda", "Delft") and f[1] == "participatesIn" for f in found), found
