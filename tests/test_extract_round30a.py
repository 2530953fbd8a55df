"""Round 30a: who speaks — signatures, e-mail, interviews, quotations and contact lines."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


# --- a signature's role line that names its own bodies -------------------------------------------

def test_signature_role_line_with_two_roles_and_their_bodies():
    text = ("Wij gaan graag met u in gesprek.\n\nMet vriendelijke groet,\n\n"
            "Karin Dekkers\nburgemeester van Ede, voorzitter G40\n\n"
            "Joost Verhagen\nwethouder Almere en voorzitter van de Pijler Fysiek\n")
    found = {f for f in facts(text) if f[1] == "hasRole"}
    assert found == {("Karin Dekkers", "hasRole", "Ede", "burgemeester"),
                     ("Karin Dekkers", "hasRole", "G40", "voorzitter"),
                     ("Joost Verhagen", "hasRole", "Almere", "wethouder"),
                     ("Joost Verhagen", "hasRole", "Pijler Fysiek", "voorzitter")}, found


def test_signature_role_line_with_a_portfolio_before_the_town():
    text = "Met vriendelijke groet,\n\nEva Smit\nWethouder Werk in Zoetermeer\n"
    assert ("Eva Smit", "hasRole", "Zoetermeer", "wethouder") in facts(text)


@pytest.mark.parametrize("text", [
    "Groet,\n\nEva Smit\nwethouder die Ede en Breda bezocht\n",  # a clause, not a role line
    "Groet,\n\nEva Smit\nwethouder Zoetermeer heeft gesproken\n",  # a verb after the body
    "Groet,\n\nEva Smit en Jan Bos\nwethouder Zoetermeer\n",  # two names: whose role?
])
def test_no_role_from_a_line_that_is_no_role_line(text):
    assert not any(f[0] in ("Eva Smit", "Jan Bos") and f[1] == "hasRole" for f in facts(text)), facts(text)
