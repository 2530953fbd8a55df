"""Round 51g: the twenty-sixth walkthrough's wrong facts (invented people, other wordings)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.documents import ask_rows, built_from, dated_documents


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(text: str, gazetteer, date: str = "2027-01-20") -> set[tuple]:
    return {(r.subject.text, r.predicate, r.role, r.object.text, r.valid_from, r.valid_until, r.past)
            for r in extract("d", text, gazetteer=gazetteer, date=date).relations}


def test_a_role_word_after_met_is_the_other_partys_office(gazetteer):
    """"X sprak met minister van SZW": X holds no ministerial office (finding 5)."""
    text = "Joost Vermaat, voorzitter van de Pijler Cultuur, overlegde op 2 februari 2027 met minister van SZW over musea."
    facts = _facts(text, gazetteer)
    assert not [f for f in facts if f[1] == "hasRole" and f[2] == "minister"]
    assert ("Joost Vermaat", "hasRole", "voorzitter", "Pijler Cultuur", None, None, False) in facts


def test_a_post_not_kept_on_ends_with_the_move_and_passes_to_the_successor(gazetteer):
    """"Zij blijft niet aan als trekker …; haar opvolger als trekker is wethouder Y" (finding 2)."""
    text = ("Petra Wolfs, wethouder van Gouda, wordt met ingang van 1 april 2027 burgemeester van Delft. Zij blijft niet "
            "aan als bestuurlijk trekker van de City Deal Slimme Stations; haar opvolger als trekker is wethouder Ruud Bakx.")
    facts = _facts(text, gazetteer)
    assert ("Petra Wolfs", "hasRole", "bestuurlijk trekker", "City Deal Slimme Stations", None, "2027-03-31", True) in facts
    assert ("Ruud Bakx", "hasRole", "bestuurlijk trekker", "City Deal Slimme Stations", "2027-04-01", None, False) in facts
    assert ("Ruud Bakx", "succeeded", None, "Petra Wolfs", "2027-04-01", None, False) in facts


@pytest.mark.parametrize("sentence", ["Hij treedt na de verkiezingen niet opnieuw aan als voorzitter van de Pijler Cultuur.",
                                      "Hij blijft niet aan als voorzitter van de Pijler Cultuur."],
                         ids=["not-again", "not-on"])
def test_a_negated_role_is_no_current_role(gazetteer, sentence):
    facts = _facts("Joost Vermaat is wethouder van Gouda. " + sentence, gazetteer)
    chair = [f for f in facts if f[2] == "voorzitter"]
    assert chair and all(f[6] for f in chair)  # a role of the past, never a current one


def test_a_town_that_no_longer_takes_part_left_the_day_before(gazetteer):
    """"De gemeente X neemt per D niet langer deel aan de City Deal Y" (finding 3)."""
    facts = _facts("De gemeente Gouda neemt per 1 maart 2027 niet langer deel aan de City Deal Slimme Stations.", gazetteer)
    assert ("Gouda", "participatesIn", None, "City Deal Slimme Stations", None, "2027-02-28", True) in facts


def test_a_new_burgemeester_is_no_wethouder_any_more(tmp_path):
    """Becoming burgemeester of another town ends the wethouder's term the day before (finding 2)."""
    kg = built_from(tmp_path, {
        "n1": ("2026-10-05", "Wethouder Petra Wolfs van Gouda opende de werkplaats."),
        "n2": ("2027-01-20", "Petra Wolfs, wethouder van Gouda, wordt per 1 april 2027 burgemeester van Delft."),
    })
    rows = ask_rows(CliRunner(), kg, "oxigraph", "who-does-what", "--as-of", "2027-05-01")
    assert sorted((r["role"], r["bodyLabel"]) for r in rows if r["personLabel"] == "Petra Wolfs") == [("burgemeester", "Delft")]
    rows = ask_rows(CliRunner(), kg, "oxigraph", "who-does-what", "--as-of", "2027-03-31")
    assert sorted((r["role"], r["bodyLabel"]) for r in rows if r["personLabel"] == "Petra Wolfs") == [("wethouder", "Gouda")]


def test_per_day_she_succeeded_him_as_chair(gazetteer):
    """"Per D is zij X opgevolgd als voorzitter": she succeeded him, he did not become chair (finding 1)."""
    text = ("De Pijler Cultuur werd in 2026 geleid door wethouder Kees Hoogland van Ede. In mei 2026 koos de "
            "ledenvergadering wethouder Fenna Dijk van Epe tot vicevoorzitter. Met ingang van 1 februari 2027 heeft zij "
            "Kees Hoogland opgevolgd als voorzitter.")
    facts = _facts(text, gazetteer, date="2027-03-01")
    assert ("Fenna Dijk", "succeeded", None, "Kees Hoogland", "2027-02-01", None, False) in facts
    assert ("Fenna Dijk", "hasRole", "voorzitter", "Pijler Cultuur", "2027-02-01", None, False) in facts
    assert not [f for f in facts if f[0] == "Kees Hoogland" and f[2] == "voorzitter" and not f[5]]


@pytest.fixture(scope="module")
def year_report(tmp_path_factory):
    """A vice-chair's appointment (dated by its ``.meta.json``) and a year report on 2026 that dates itself
    ("Utrecht, 3 februari 2027") and so reports on 2026 (no ``.meta.json``, as a PDF in a folder arrives)."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("jaar")
    docs = dated_documents(where, {"benoeming": (
        "Sinds 12 mei 2026 is wethouder Fenna Dijk van Epe vicevoorzitter van de Pijler Cultuur.", "2026-05-12")})
    (docs / "jaarverslag-2026.txt").write_text(
        "Jaarverslag 2026\n\nUtrecht, 3 februari 2027\n\nPijler Cultuur\n\nDe Pijler Cultuur stond in 2026 onder "
        "voorzitterschap van wethouder Kees Hoogland van Ede. Per 1 januari 2027 is Fenna Dijk voorzitter van de Pijler "
        "Cultuur.\n\nCity Deal Slimme Stations\n\nOp 3 maart 2026 startte de City Deal Slimme Stations. Oss sloot op "
        "1 oktober 2026 aan.\n", encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


def test_a_vice_chair_who_becomes_chair_is_vice_chair_no_more(year_report):
    rows = ask_rows(CliRunner(), year_report, "oxigraph", "who-does-what", "--as-of", "2027-03-01")
    assert sorted(r["role"] for r in rows if r["personLabel"] == "Fenna Dijk") == ["voorzitter", "wethouder"]
    rows = ask_rows(CliRunner(), year_report, "oxigraph", "who-does-what", "--as-of", "2026-12-31")
    assert sorted(r["role"] for r in rows if r["personLabel"] == "Fenna Dijk") == ["vicevoorzitter", "wethouder"]


def test_a_year_report_s_own_year_is_reported_and_a_joining_day_is_its_start(year_report, tmp_path):
    """"stond in 2026 onder voorzitterschap van X" in the report on 2026 is reported for 2026, not an end the text
    gives; "Oss sloot op 1 oktober 2026 aan" starts on that day, not on the report's first (finding 6)."""
    import json

    from graph.cli import cli

    out = tmp_path / "feiten.jsonl"
    result = CliRunner().invoke(cli, ["--graph", str(year_report), "export", "--format", "facts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    chair = [r for r in rows if r["subject"] == "Kees Hoogland" and r["role"] == "voorzitter"]
    assert [(r["valid_from"], r["valid_until"], r["valid_until_precision"]) for r in chair] == [
        ("2026-01-01", "2026-12-31", None)]
    joined = [r["valid_from"] for r in rows if r["subject"] == "Oss" and r["predicate"] == "participatesIn"]
    assert joined == ["2026-10-01"]


def test_the_new_burgemeester_named_later_is_the_same_person(tmp_path):
    """A document that says "X, wethouder van A, wordt per D burgemeester van B" ties both towns to one person:
    a later "burgemeester X van B" is her, not a namesake whose report ends her term (finding 4)."""
    import json

    from graph.cli import cli

    kg = built_from(tmp_path, {
        "n1": ("2026-11-02", "Wethouder Petra Wolfs van Gouda opende de fietsenstalling."),
        "n2": ("2027-01-15", "Petra Wolfs, wethouder van Gouda, wordt per 1 februari 2027 burgemeester van Delft."),
        "n3": ("2027-02-01", "Wethouder Petra Wolfs van Gouda sprak over de stationsomgeving."),
        "n4": ("2027-03-05", "Burgemeester Petra Wolfs van Delft opende de markt."),
    })
    out = tmp_path / "feiten.jsonl"
    assert CliRunner().invoke(cli, ["--graph", str(kg), "export", "--format", "facts", "-o", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    mayor = [r for r in rows if r["role"] == "burgemeester"]
    assert {r["subject_iri"].rsplit("/", 1)[1] for r in mayor} == {"petra-wolfs"}
    assert [r["inferred_until"] for r in mayor] == [None, None]


def test_an_adjective_after_a_unit_s_name_is_no_part_of_it(gazetteer):
    """"Binnen de pijler is de werkgroep Erfgoed actief, met X als ambtelijk trekker" (finding 8)."""
    text = "Binnen de pijler is de werkgroep Erfgoed actief, met Tom Brink als ambtelijk trekker."
    units = {m.label for m in extract("d", text, gazetteer=gazetteer).mentions if m.type == "OrganisationalUnit"}
    assert units == {"Werkgroep Erfgoed"}


def test_each_role_line_of_a_signature_is_read(gazetteer):
    """A signature's role lines under the name, one role a line (finding 15)."""
    text = ("Beste collega's,\n\nDe agenda volgt.\n\nMet vriendelijke groet,\n\nKees Hoogland\n"
            "voorzitter Pijler Cultuur G40\nwethouder Cultuur gemeente Ede\nT 0318 000 000\n")
    facts = _facts(text, gazetteer)
    assert {(f[0], f[2], f[3]) for f in facts if f[1] == "hasRole"} == {
        ("Kees Hoogland", "voorzitter", "Pijler Cultuur"), ("Kees Hoogland", "wethouder", "Ede")}


def test_a_rectification_withdraws_the_earlier_fact_or_says_it_cannot(tmp_path):
    """"stond ten onrechte dat X wethouder van A is" withdraws the earlier fact, also from a namesake the wrong
    town split off; a claim without a body is said as a warning, and what follows its semicolon stands (finding 7)."""
    import json

    from graph.cli import cli

    docs = dated_documents(tmp_path, {
        "okt": ("Wethouder Bart Kremer van Gouda opende de warmtewerkplaats.", "2026-10-14"),
        "nov": ("Rectificatie: in ons vorige bericht stond ten onrechte dat Bart Kremer wethouder van Gouda is. Bart "
                "Kremer is wethouder Energie van Delft.", "2026-11-06"),
        "dec": ("In ons vorige bericht stond ten onrechte dat Saskia Mol adviseur Wonen is; zij is senior "
                "beleidsadviseur bij de VNG.", "2026-12-01"),
    })
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    warnings = [w["message"] for w in json.loads(result.stdout)["warnings"]]
    assert [w for w in warnings if w.startswith("dec: corrigeert een eerder document")]
    assert not [w for w in warnings if w.startswith("nov: corrigeert")]
    rows = ask_rows(CliRunner(), tmp_path / "kg", "oxigraph", "who-does-what", "--as-of", "2026-12-31")
    held = sorted((r["personLabel"], r["role"], r["bodyLabel"]) for r in rows)
    assert ("Bart Kremer", "wethouder", "Gouda") not in held and ("Bart Kremer", "wethouder", "Delft") in held
    assert ("Saskia Mol", "senior beleidsadviseur", "VNG") in held
