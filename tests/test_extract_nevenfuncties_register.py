"""A register of ancillary positions (nevenfuncties) as a college publishes it (round 43b).

An HTML table with one row per position: the person's cell spans the rows of their positions
(``rowspan``), holds the name and the portfolio on two lines (``<br>``), and each position names a role
and a body: "Voorzitter algemeen bestuur Veiligheidsregio X", "Lid raad van toezicht Stichting Y", "Trekker
van de Themagroep Z", "Lid stuurgroep City Deal W" (a seat in the deal's steering group).
"""

from __future__ import annotations

from graph.markup import html_visible_text

REGISTER = """<table>
<tr><th>Naam en portefeuille</th><th>Nevenfunctie</th><th>Sinds</th></tr>
<tr><td rowspan="4">A. (Karim) El Amrani<br>Economie en Werk</td><td>Voorzitter algemeen bestuur Veiligheidsregio IJsselland</td><td>2021</td></tr>
<tr><td>Lid VNG-commissie Zorg, Jeugd en Onderwijs</td><td>2022</td></tr>
<tr><td>Trekker van de Themagroep Wonen van de G40-pijler Fysiek</td><td>2023</td></tr>
<tr><td>Lid stuurgroep City Deal Impact Ondernemen</td><td>2022</td></tr>
<tr><td>J. (Jan) de Wit<br>Financi&euml;n</td><td>Voorzitter bestuur Stichting Sportfonds Delft</td><td>2016</td></tr>
</table>"""


def test_a_cell_spanning_rows_is_repeated_and_its_lines_are_separated():
    lines = html_visible_text(REGISTER).splitlines()
    assert lines[2] == "| A. (Karim) El Amrani, Economie en Werk | Voorzitter algemeen bestuur Veiligheidsregio IJsselland | 2021 |"
    assert lines[3] == "| A. (Karim) El Amrani, Economie en Werk | Lid VNG-commissie Zorg, Jeugd en Onderwijs | 2022 |"
    assert lines[6] == "| J. (Jan) de Wit, Financiën | Voorzitter bestuur Stichting Sportfonds Delft | 2016 |"


def test_a_cell_line_before_a_bracket_stays_a_space():
    assert html_visible_text("<table><tr><th>A</th><th>B</th></tr><tr><td>Eva Smit<br>(Ede)</td><td>x</td></tr></table>") \
        .splitlines()[-1] == "| Eva Smit (Ede) | x |"


def test_the_positions_of_the_register():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    found = extract("d", html_visible_text(REGISTER), gazetteer=load_gazetteer(), date="2023-09-01")
    facts = sorted({(r.subject.text, r.predicate, r.object.text, r.role) for r in found.relations
                    if r.subject.type == "Person" and r.predicate in ("hasRole", "participatesIn")})
    assert facts == [
        ("A. (Karim) El Amrani", "hasRole", "Themagroep Wonen", "trekker"),
        ("A. (Karim) El Amrani", "hasRole", "Veiligheidsregio IJsselland", "voorzitter"),
        ("A. (Karim) El Amrani", "participatesIn", "City Deal Impact Ondernemen", None),
        ("A. (Karim) El Amrani", "participatesIn", "commissie Zorg, Jeugd en Onderwijs", None),
        ("J. (Jan) de Wit", "hasRole", "Stichting Sportfonds Delft", "voorzitter"),
    ], facts
