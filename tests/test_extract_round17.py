"""Round 17 of the rule-based extraction: what a sentence refers back to, and when.

A singular "Hij"/"Zij" opening a sentence is the one person of the sentence before (in the same
paragraph), not the passage's unit; a succession is dated by the day written in its clause (or in
the relative clause of the one who leaves), which starts the successor's role and ends the
predecessor's the day before, and the one succeeded held the one role the successor is given;
"de pijler" in a document that names none is the unit whose meeting the title names; a unit that
gets role holders ("krijgt twee trekkers: A en B", "kreeg met A een nieuwe voorzitter"), a chair of
the passage's meeting ("Onder voorzitterschap van A kwamen de bestuurders bijeen"), a second
leader after an apposition, and a role before "was tot de zomer".

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

from extract_facts import assert_facts, dated_relations, mentions


DATE = "2025-06-01"  # the date of every text here

UNIT = "Wethouder Sanne de Groot van Zwolle is voorzitter van de Themagroep Wonen. "


def _dated(text: str, predicate: str = "hasRole") -> set[tuple]:
    return dated_relations(text, DATE, predicate)


# 1. a singular pronoun subject is the one person of the sentence before
def test_a_pronoun_subject_is_the_person_before_not_the_unit():
    assert_facts(UNIT + "Zij werkt samen met het ministerie van BZK.", {
        ("Sanne de Groot", "hasRole", "Zwolle", "wethouder"),
        ("Sanne de Groot", "hasRole", "Themagroep Wonen", "voorzitter"),
        ("Sanne de Groot", "collaboratesWith", "BZK", None)}, DATE)
    assert_facts(UNIT + "Zij neemt deel aan de City Deal Slimme Wijken.", {
        ("Sanne de Groot", "hasRole", "Zwolle", "wethouder"),
        ("Sanne de Groot", "hasRole", "Themagroep Wonen", "voorzitter"),
        ("Sanne de Groot", "participatesIn", "City Deal Slimme Wijken", None)}, DATE)


def test_a_pronoun_after_two_persons_refers_to_no_one():
    assert_facts("De Themagroep Wonen wordt getrokken door Sanne de Groot en Bert Scholten. Zij werkt samen met het "
                 "ministerie van BZK.", {
                     ("Sanne de Groot", "hasRole", "Themagroep Wonen", "trekker"),
                     ("Bert Scholten", "hasRole", "Themagroep Wonen", "trekker")}, DATE)
    assert_facts("Anna Kroes en Bram Wit zijn wethouder. Zij neemt deel aan de City Deal Slimme Wijken.", set(), DATE)


# 2. a succession dated by its clause: the successor's role starts, the predecessor's ends the day before
def test_a_succession_dates_both_roles():
    text = UNIT + "Zij volgde in september 2022 Bert Scholten (Alkmaar) op."
    assert_facts(text, {("Sanne de Groot", "hasRole", "Zwolle", "wethouder"),
                        ("Sanne de Groot", "hasRole", "Themagroep Wonen", "voorzitter"),
                        ("Bert Scholten", "affiliatedWith", "Alkmaar", None),
                        ("Sanne de Groot", "succeeded", "Bert Scholten", None),
                        ("Bert Scholten", "hasRole", "Themagroep Wonen", "voorzitter")}, DATE)
    assert _dated(text) == {("Sanne de Groot", "Zwolle", "wethouder", False, None, None),
                            ("Sanne de Groot", "Themagroep Wonen", "voorzitter", False, "2022-09-01", None),
                            ("Bert Scholten", "Themagroep Wonen", "voorzitter", True, None, "2022-08-31")}
    assert _dated(text, "succeeded") == {("Sanne de Groot", "Bert Scholten", None, False, "2022-09-01", None)}


def test_a_succession_per_day_ends_the_predecessors_role():
    text = "Anna Kroes volgt per 1 maart Bram Wit op als voorzitter van de Themagroep Wonen."
    assert _dated(text) == {("Anna Kroes", "Themagroep Wonen", "voorzitter", False, "2025-03-01", None),
                            ("Bram Wit", "Themagroep Wonen", "voorzitter", True, None, "2025-02-28")}


def test_the_leaving_day_in_the_relative_clause_dates_the_succession():
    text = ("De Pijler Sport benoemt Nadia Bouras tot vicevoorzitter. Zij volgt Mark Ruiter (Maastricht) op, "
            "die per 1 april vertrekt naar de provincie Limburg.")
    assert _dated(text) == {("Nadia Bouras", "Pijler Sport", "vicevoorzitter", False, "2025-04-01", None),
                            ("Mark Ruiter", "Pijler Sport", "vicevoorzitter", True, None, "2025-03-31")}


def test_a_date_of_another_clause_does_not_date_the_succession():
    text = "Anna Kroes, die sinds 2019 wethouder is, volgt Bram Wit op."
    assert _dated(text, "succeeded") == {("Anna Kroes", "Bram Wit", None, False, None, None)}


def test_where_the_predecessor_went_is_not_passed_on():
    assert_facts("Jolanda Prins is sinds september 2025 trekker van de themagroep Warmte; zij volgde Thijs Bouwer "
                 "(Zoetermeer) op, die voorzitter van de Pijler Duurzaamheid is geworden.", {
                     ("Jolanda Prins", "hasRole", "Themagroep Warmte", "trekker"),
                     ("Jolanda Prins", "succeeded", "Thijs Bouwer", None),
                     ("Thijs Bouwer", "hasRole", "Themagroep Warmte", "trekker"),
                     ("Thijs Bouwer", "affiliatedWith", "Zoetermeer", None),
                     ("Thijs Bouwer", "hasRole", "Pijler Duurzaamheid", "voorzitter")}, DATE)


def test_a_successor_with_two_roles_passes_none_back():
    assert_facts("Anna Kroes is voorzitter van de Themagroep Wonen en lid van de Pijler Sport. Zij volgde Bram Wit op.", {
        ("Anna Kroes", "hasRole", "Themagroep Wonen", "voorzitter"),
        ("Anna Kroes", "hasRole", "Pijler Sport", "lid"),
        ("Anna Kroes", "succeeded", "Bram Wit", None)}, DATE)


# 3. "de pijler" in a document whose title names the pijler's meeting
TITLED = "BESLUITENLIJST PIJLERVERGADERING STAD EN LAND\n\nDatum: 3 maart 2025\n\nB25-01  "


def test_the_pijler_of_the_title():
    assert_facts(TITLED + "De pijler benoemt Nadia Bouras tot vicevoorzitter.", {
        ("Nadia Bouras", "hasRole", "Pijler Stad en Land", "vicevoorzitter")}, DATE)


def test_a_sentence_first_is_no_title_and_another_kind_no_pijler():
    assert_facts("De pijler benoemt Nadia Bouras tot vicevoorzitter.", set(), DATE)
    # a title that names a themagroep's meeting names no pijler for "de pijler"
    assert mentions("Verslag themagroepoverleg Stad\n\nDe pijler benoemt Nadia Bouras tot vicevoorzitter.",
                    "OrganisationalUnit", DATE) == ["themagroepoverleg Stad"]


# 4. a unit that gets role holders, a chaired meeting, a second leader after an apposition
def test_a_unit_gets_role_holders_who_take_over_together():
    assert_facts("De themagroep Vitale dorpen krijgt twee trekkers: Sevim Aslan (Zaanstad) en Bas ter Horn (Hoorn). "
                 "Zij nemen het trekkerschap over van Ellen Vries (Purmerend), die in januari als wethouder is afgetreden.", {
                     ("Sevim Aslan", "affiliatedWith", "Zaanstad", None),
                     ("Bas ter Horn", "affiliatedWith", "Hoorn", None),
                     ("Sevim Aslan", "hasRole", "Themagroep Vitale dorpen", "trekker"),
                     ("Bas ter Horn", "hasRole", "Themagroep Vitale dorpen", "trekker"),
                     ("Sevim Aslan", "succeeded", "Ellen Vries", None),
                     ("Bas ter Horn", "succeeded", "Ellen Vries", None),
                     ("Ellen Vries", "hasRole", "Themagroep Vitale dorpen", "trekker"),
                     ("Ellen Vries", "hasRole", "Purmerend", "wethouder")}, DATE)
    assert ("Ellen Vries", "Purmerend", "wethouder", True, None, None) in _dated(
        "Zij nemen het trekkerschap over van Ellen Vries (Purmerend), die in januari als wethouder is afgetreden.")


def test_a_unit_got_a_new_chair_with_someone():
    assert_facts("Pijler Sport: de pijler kreeg met wethouder Lars Hoogland (Venlo) een nieuwe voorzitter.", {
        ("Lars Hoogland", "hasRole", "Venlo", "wethouder"),
        ("Lars Hoogland", "hasRole", "Pijler Sport", "voorzitter")}, DATE)
    assert_facts("De Pijler Sport kreeg met Lars Hoogland een nieuwe collega.", set(), DATE)


def test_the_chair_of_a_meeting_of_the_passages_unit():
    assert_facts("De Pijler Sport kijkt terug. Onder voorzitterschap van Marieke Dam (Zwolle) kwamen de bestuurders "
                 "vier keer bijeen.", {
                     ("Marieke Dam", "affiliatedWith", "Zwolle", None),
                     ("Marieke Dam", "hasRole", "Pijler Sport", "voorzitter")}, DATE)
    assert_facts("De Pijler Sport kijkt terug. Onder voorzitterschap van Marieke Dam (Zwolle) sprak men over sport.",
                 {("Marieke Dam", "affiliatedWith", "Zwolle", None)}, DATE)


def test_a_second_leader_after_an_apposition():
    assert_facts("De themagroep Warmte wordt getrokken door Kees Verhagen, wethouder Energie van Venlo, en Jolanda "
                 "Prins, wethouder Duurzaamheid van Purmerend.", {
                     ("Kees Verhagen", "hasRole", "Venlo", "wethouder"),
                     ("Jolanda Prins", "hasRole", "Purmerend", "wethouder"),
                     ("Kees Verhagen", "hasRole", "Themagroep Warmte", "trekker"),
                     ("Jolanda Prins", "hasRole", "Themagroep Warmte", "trekker")}, DATE)
    assert_facts("De themagroep Warmte wordt getrokken door Kees Verhagen, die in Venlo woont, en door de VNG.", {
        ("Kees Verhagen", "hasRole", "Themagroep Warmte", "trekker")}, DATE)


def test_a_role_of_a_unit_before_a_copula_and_a_time():
    assert _dated("Voorzitter van de pijler Sport is sinds 1 mei 2024 Anna Kroes.") == {
        ("Anna Kroes", "pijler Sport", "voorzitter", False, "2024-05-01", None)}
    assert_facts("Voorzitter van de pijler Sport is op dit moment nog niet bekend, maar Anna Kroes helpt.", set(), DATE)


def test_a_partner_named_with_a_copula_works_with_the_passages_unit():
    assert_facts("De Themagroep Warmte werkt samen met de VNG. Kennispartner is Hogeschool Windesheim, die met "
                 "studenten rekent.", {
                     ("Themagroep Warmte", "collaboratesWith", "VNG", None),
                     ("Themagroep Warmte", "collaboratesWith", "Windesheim", None)}, DATE)
    assert_facts("De Themagroep Warmte vergadert. Partners zijn niet de VNG en het IPO.", set(), DATE)


def test_an_address_of_initials_and_surname_names_the_employer():
    assert_facts("Voor vragen: Niels Janssen, coördinator van de themagroep Jeugd, n.janssen@amersfoort.nl.", {
        ("Niels Janssen", "hasRole", "Themagroep Jeugd", "coördinator"),
        ("Niels Janssen", "contactFor", "Themagroep Jeugd", None),
        ("Niels Janssen", "affiliatedWith", "Amersfoort", None)}, DATE)
    assert_facts("Voor vragen: Niels Janssen, coördinator van de themagroep Jeugd. Pers: b.kok@amersfoort.nl.", {
        ("Niels Janssen", "hasRole", "Themagroep Jeugd", "coördinator"),
        ("Niels Janssen", "contactFor", "Themagroep Jeugd", None)}, DATE)
