"""Round 54d: the development sets' leftovers as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a bracketed start after the last of
"A, B en C", an end told in the past in an undated text, a bare role before ", gemeente X", a list under a
"Gemeente X" heading, a unit's name in title case with its adjectives, "Planbureau", "Werkcentrum" and
"Warmtebedrijf" as organisation names, "Naast X zijn A en B partner", a list's item labelled with a body's kind,
a river town's short name, a web page's "… - Gemeente X" title, a blog's byline and "Als lid van X neem ik",
a photo caption's "Name (Place) — role", "opgezet in opdracht van".
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations, facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str | None = "2024-05-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


def starts(text: str, date: str | None = "2024-05-01") -> dict[str, str | None]:
    """Each participant's start in ``text``: subject -> valid_from."""
    return {s: start for s, _o, _r, _p, start, _u in dated_relations(text, date, "participatesIn")}


# --- "A, B en C (sinds 2021)": the bracket after the run's last name dates the whole run ---

RUNS = ("Monitor Gezonde Wijken\n\n"
        "De deelnemende gemeenten zijn Breda, Ede en Zwolle (sinds 2021), Venlo en Oss (sinds 2023).\n")


def test_a_start_in_brackets_after_the_last_of_a_run_dates_every_name_of_the_run():
    assert starts(RUNS) == {"Breda": "2021-01-01", "Ede": "2021-01-01", "Zwolle": "2021-01-01",
                            "Venlo": "2023-01-01", "Oss": "2023-01-01"}


def test_a_bracket_after_a_name_before_the_last_en_dates_that_name_alone():
    text = "Monitor Gezonde Wijken\n\nDe deelnemende gemeenten zijn Breda, Ede (sinds 2021) en Zwolle.\n"
    assert starts(text) == {"Breda": None, "Ede": "2021-01-01", "Zwolle": None}


# --- an undated text: an end told in the past tense has passed ---

CAREER = ("# Eva Kok\n\nEva Kok is een Nederlands bestuurder. Van 2004 tot en met 2010 werkte Kok als "
          "beleidsmedewerker bij de gemeente Gouda. Sinds 2022 is zij wethouder van Ede.\n")


def test_an_undated_biographys_end_told_in_the_past_is_past():
    found = dated_relations(CAREER, None)
    assert ("Kok", "Gouda", "beleidsmedewerker", True, "2004-01-01", "2010-12-31") in found
    assert ("Kok", "Ede", "wethouder", False, "2022-01-01", None) in found


def test_an_undated_texts_end_told_in_the_present_is_not_past():
    text = "# Eva Kok\n\nVan 2024 tot en met 2030 is Eva Kok voorzitter van de Themagroep Wonen.\n"
    assert ("Eva Kok", "Themagroep Wonen", "voorzitter", False, "2024-01-01", "2030-12-31") \
        in dated_relations(text, None)


# --- "X, wethouder, gemeente Haarlem": the town the line closes with, not the letter's ---

ANNEX = ("Aan de gemeenteraad\n\n"
         "Het college van burgemeester en wethouders van Assen, vertegenwoordigd door de burgemeester.\n\n"
         "BIJLAGE\n\n"
         "  Lid:         Marit Kloosterman, wethouder, gemeente Gouda\n")


def test_a_bare_role_then_gemeente_x_is_held_in_that_town():
    found = found_in(ANNEX)
    assert ("Marit Kloosterman", "hasRole", "Gouda", "wethouder") in found
    assert ("Marit Kloosterman", "hasRole", "Assen", "wethouder") not in found


def test_a_bare_role_then_a_comma_and_no_town_stays_the_letters():
    text = ANNEX.replace("gemeente Gouda", "namens de raad")
    assert ("Marit Kloosterman", "hasRole", "Gouda", "wethouder") not in found_in(text)


# --- a list under a heading that is only "Gemeente X" ---

SPOKEN = ("Verslag\n\nWij spraken met:\n\n"
          "Gemeente Gouda\n"
          "  - Eva Kok, afdelingshoofd Werk en Inkomen\n\n"
          "Partners\n"
          "  - Piet de Boer, regiomanager\n")


def test_people_listed_under_a_gemeente_heading_hold_their_function_there():
    found = found_in(SPOKEN)
    assert ("Eva Kok", "hasRole", "Gouda", "afdelingshoofd") in found
    assert not any(f[0] == "Piet de Boer" for f in found)


def test_a_heading_that_names_the_town_in_a_sentence_groups_no_one():
    text = SPOKEN.replace("Gemeente Gouda\n", "Wij waren in Gouda\n")
    assert not any(f[0] == "Eva Kok" and f[2] == "Gouda" for f in found_in(text))


# --- a unit's name in title case keeps its adjectives ---

def test_a_title_case_units_adjectives_belong_to_its_name():
    found = found_in("Ede wordt sinds 2024 in het Landelijk Bestuurlijk Overleg Wonen vertegenwoordigd door "
                     "wethouder Eva Kok.")
    assert ("Eva Kok", "participatesIn", "Landelijk Bestuurlijk Overleg Wonen", None) in found


def test_a_lower_case_adjective_before_a_unit_stays_out_of_its_name():
    found = found_in("Eva Kok (Ede) is voorzitter van de landelijke Stuurgroep Wonen.")
    assert ("Eva Kok", "hasRole", "Stuurgroep Wonen", "voorzitter") in found


# --- "Planbureau" and "Werkcentrum" name organisations ---

def test_a_planbureau_a_werkcentrum_and_a_warmtebedrijf_are_organisations():
    text = ("Eva Kok wordt directeur van het Gelders Sociaal Planbureau. Ede en UWV openen het Werkcentrum "
            "Veluwe. Warmtebedrijf Gelre is in 2023 opgericht.")
    assert {"Gelders Sociaal Planbureau", "Werkcentrum Veluwe", "Warmtebedrijf Gelre"} <= set(mentions(text, "Organisation"))
    assert ("Eva Kok", "hasRole", "Gelders Sociaal Planbureau", "directeur") in found_in(text)


def test_the_planbureau_or_a_warmtebedrijf_in_lower_case_is_no_name():
    assert mentions("Het planbureau schreef over Ede. Wij richten een eigen warmtebedrijf op.", "Organisation") == []


# --- "Naast X zijn A en B partner in Y": X is a partner too ---

def test_naast_names_more_partners_even_as_a_counted_group():
    found = found_in("Het consortium Warm Oost gaat in Ede, Oss en Delft aan de slag. Naast de drie gemeenten "
                     "zijn Aedes en Saxion partner in het consortium.")
    assert {(town, "participatesIn", "Warm Oost", None) for town in ("Ede", "Oss", "Delft", "Aedes", "Saxion")} \
        <= found


def test_naast_before_something_else_than_a_list_of_actors_adds_no_partner():
    found = found_in("Het consortium Warm Oost start. Naast hun werk in Ede zijn Aedes en Saxion partner in het "
                     "consortium.")
    assert ("Aedes", "participatesIn", "Warm Oost", None) in found
    assert not any(f[0] == "Ede" for f in found)


# --- a list's item labelled with a body's kind alone: "- **Stuurgroep:** voorzitter is X" ---

GOVERNANCE = ("Buurtmeter\n\nBuurtmeter is een open source dashboard van gemeenten.\n\nGovernance\n\n"
              "- Stuurgroep: voorzitter is drs. Eva Kok, CIO van de gemeente Ede.\n"
              "- Product owner: Jan Smit (gemeente Oss).\n")  # (as ingest leaves a README's "# …" and "- **Stuurgroep:** …")


def test_a_body_a_list_item_labels_holds_the_role_its_value_gives_and_is_the_programmes():
    found = found_in(GOVERNANCE)
    assert {("Eva Kok", "hasRole", "Stuurgroep Buurtmeter", "voorzitter"),
            ("Stuurgroep Buurtmeter", "partOf", "Buurtmeter", None)} <= found
    assert ("Eva Kok", "hasRole", "Buurtmeter", "voorzitter") not in found
    assert ("Jan Smit", "participatesIn", "Stuurgroep Buurtmeter", None) not in found  # the next item: another field
    assert ("Ede", "participatesIn", "Stuurgroep Buurtmeter", None) not in found  # the chair's employer


def test_the_kind_word_inside_an_items_sentence_before_a_colon_is_no_label():
    text = GOVERNANCE.replace("- Stuurgroep: voorzitter is", "- Het besluit van de stuurgroep: voorzitter is")
    assert not any(f[1] == "partOf" for f in found_in(text))  # no body of the project's is labelled


# --- a town named after its river, later by its first word: "Alphen aan den Rijn" … "Alphen" ---

def test_a_river_towns_first_word_after_its_full_name_is_that_town():
    found = found_in("Alphen aan den Rijn is lid van de G40.\n\nSinds 2024 doet Alphen mee aan de City Deal "
                     "Schone Lucht. Ook Alphen-Chaam doet mee aan de City Deal Schone Lucht.")
    assert {("Alphen aan den Rijn", "participatesIn", "City Deal Schone Lucht", None),
            ("Alphen-Chaam", "participatesIn", "City Deal Schone Lucht", None)} <= found


def test_the_first_word_alone_without_the_full_name_before_is_no_town():
    found = found_in("Alphen-Chaam is lid van de G40.\n\nSinds 2024 doet Alphen mee aan de City Deal Schone Lucht.")
    assert not any(f[0] == "Alphen aan den Rijn" for f in found)
    assert mentions("Mevrouw Van Alphen sprak in Alphen aan den Rijn.", "Municipality") == ["Alphen aan den Rijn"]


# --- a web page's title "<page> - Gemeente X": the town's own page, "de gemeente" is X ---

def test_a_web_pages_title_naming_the_town_last_makes_its_wethouders_the_towns():
    found = found_in("Samenwerking - Gemeente Ede\n\nSinds 2022 zit wethouder Eva Kok namens de gemeente in de "
                     "pijler Fysiek.\n")
    assert ("Eva Kok", "hasRole", "Ede", "wethouder") in found


def test_a_title_about_the_town_is_no_page_of_the_towns_own():
    found = found_in("Samenwerking met de gemeente Ede\n\nSinds 2022 zit wethouder Eva Kok namens de gemeente in "
                     "de pijler Fysiek.\n")
    assert ("Eva Kok", "hasRole", "Ede", "wethouder") not in found


# --- a blog's "Geplaatst op … door X" byline, and "Als lid van X <verb> ik" ---

BLOG = ("Werkbezoek aan Ede\n\n*Geplaatst op 12 maart 2024 door Eva Kok, lid van de Tweede Kamer*\n\n"
        "Als lid van de vaste commissie voor Binnenlandse Zaken neem ik wat ik hoorde mee naar Den Haag.\n")


def test_a_blogs_author_is_its_ik_and_states_her_committee():
    assert ("Eva Kok", "hasRole", "Commissie voor Binnenlandse Zaken", "lid") in found_in(BLOG)


def test_an_opening_als_phrase_whose_verb_has_another_subject_states_no_role_of_the_ik():
    text = BLOG.replace("neem ik wat ik hoorde mee", "zei Jan Smit dat ik welkom was")
    assert not any(f[0] == "Eva Kok" and f[2] == "Commissie voor Binnenlandse Zaken" for f in found_in(text))


# --- a photo caption "*Name (Place) — role*" on a unit's page ---

PORTRAITS = ("# Pijler Werk — 2025 in beeld\n\n## Gezichten van de pijler\n\n"
             "![Portret Eva Kok](img/kok.jpg)\n*Eva Kok (Ede) — vicevoorzitter*\n\n"
             "![Portret Jan Smit](img/smit.jpg)\n*Jan Smit (G40-bureau) — secretaris van de pijler*\n")


def test_a_caption_gives_the_role_after_the_dash_in_the_unit_of_the_page():
    found = found_in(PORTRAITS)
    assert {("Eva Kok", "hasRole", "Pijler Werk", "vicevoorzitter"),
            ("Jan Smit", "hasRole", "Pijler Werk", "secretaris")} <= found


def test_a_dash_after_a_bracket_inside_a_sentence_is_no_caption():
    text = "# Pijler Werk\n\nIn de zaal zat ook Eva Kok (Ede) — vicevoorzitter van niets — met haar team.\n"
    assert not any(f[0] == "Eva Kok" and f[1] == "hasRole" for f in found_in(text))


# --- "X is opgezet in opdracht van Y": Y initiated X ---

def test_set_up_on_commission_of_a_body_is_its_initiative():
    found = found_in("Monitor Gezonde Wijken\n\nDe monitor is opgezet in opdracht van de G40-pijler Economie en Werk.\n")
    assert ("Pijler Economie en Werk", "initiated", "Monitor Gezonde Wijken", None) in found


def test_carried_out_on_commission_is_no_initiative():
    found = found_in("Monitor Gezonde Wijken\n\nDe monitor wordt uitgevoerd in opdracht van de G40-pijler Economie en "
                     "Werk.\n")
    assert not any(f[1] == "initiated" for f in found)


# --- "rijkstrekker" and "verkenner" are roles in a deal ---

def test_a_rijkstrekker_and_a_verkenner_hold_their_role_in_the_deal():
    found = found_in("City Deal Slimme Werklocaties\n\nVerkenner was Eva Kok, destijds beleidsadviseur bij de gemeente "
                     "Ede. Rijkstrekker van de City Deal Slimme Werklocaties is Jan Smit (EZK).\n")
    assert {("Eva Kok", "hasRole", "City Deal Slimme Werklocaties", "verkenner"),
            ("Jan Smit", "hasRole", "City Deal Slimme Werklocaties", "rijkstrekker")} <= found


def test_the_verkenning_is_no_role():
    found = found_in("City Deal Slimme Werklocaties\n\nDe verkenning van Eva Kok duurde een jaar.\n")
    assert not any(f[0] == "Eva Kok" and f[1] == "hasRole" for f in found)


# --- "X (plv. directeur Werk en Inkomen)" where the text names the "directie Werk en Inkomen" ---

def test_a_head_whose_field_is_a_named_directorate_heads_that_directorate():
    found = found_in("Aanwezig:\n- SZW: Eva Kok (plv. directeur Werk en Inkomen), Jan Smit (beleidsmedewerker, "
                     "directie Werk en Inkomen)\n")
    assert ("Eva Kok", "hasRole", "Directie Werk en Inkomen", "plaatsvervangend directeur") in found


def test_a_heads_field_that_names_no_directorate_stays_the_ministrys():
    found = found_in("Aanwezig:\n- SZW: Eva Kok (plv. directeur Werk en Inkomen), Jan Smit (beleidsmedewerker)\n")
    assert not any(f[0] == "Eva Kok" and "Directie" in f[2] for f in found)


# --- "Haar opvolger als <rol>, Y, is benoemd": Y succeeds her ---

def test_her_successor_as_a_role_in_apposition_succeeds_her():
    found = found_in("Eva Kok vertrekt per 1 december naar OCW. Haar opvolger als directeur Werk, Jan Smit, is "
                     "inmiddels benoemd.\n")
    assert ("Jan Smit", "succeeded", "Eva Kok", None) in found


def test_her_successor_as_a_role_not_yet_named_is_no_one_named_later():
    found = found_in("Eva Kok vertrekt per 1 december naar OCW. Haar opvolger als directeur Werk is nog niet "
                     "bekend, zegt Jan Smit.\n")
    assert not any(f[1] == "succeeded" for f in found)
