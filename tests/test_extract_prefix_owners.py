"""An organisation written before a unit's name owns the unit and is no party of its own."""

import pytest
from extract_facts import assert_facts

CASES = [
    ("Het ministerie van EZK werkt samen met de G40 Pijler Economie en Werk.",
     {("EZK", "collaboratesWith", "Pijler Economie en Werk", None),
      ("Pijler Economie en Werk", "partOf", "G40", None)}),
    ("Graag bevestig ik dat het ministerie van BZK in 2024 met de G40 Pijler Economie en Werk samenwerkt.",
     {("BZK", "collaboratesWith", "Pijler Economie en Werk", None),
      ("Pijler Economie en Werk", "partOf", "G40", None)}),
    # two parties named apart stay two parties
    ("Het ministerie van EZK werkt samen met de G40 en de Pijler Economie en Werk.",
     {("EZK", "collaboratesWith", "G40", None),
      ("EZK", "collaboratesWith", "Pijler Economie en Werk", None),
      ("Pijler Economie en Werk", "partOf", "G40", None)}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_prefixing_organisation_is_the_units_owner_not_a_party(text, expected):
    assert_facts(text, expected)
