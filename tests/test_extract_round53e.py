"""Round 53e: heldout38's genres as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a TV transcript's on-screen captions, a
corrections table's "Wat er stond" column, "niet A maar B", a report's annex on its commission, a named
monitor, an organisation's regional branch after a role, a forum thread's author cards, a full name with a
middle name.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2024-05-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


# --- a transcript's on-screen caption "[IN BEELD: naam | functie]" ---

CAPTIONS = ("REGIO TV - TRANSCRIPTIE\n\n"
            "VOICE-OVER: In Venlo opent een nieuwe werkplaats.\n\n"
            "[IN BEELD: Femke Arts | wethouder Economie, gemeente Venlo]\n\n"
            "ARTS: We zijn er trots op.\n\n"
            "[IN BEELD: Joost Remmers | gedeputeerde Werk, provincie Limburg]\n\n"
            "REMMERS: De provincie doet graag mee.\n")


def test_an_on_screen_caption_gives_the_speakers_function():
    found = found_in(CAPTIONS)
    assert ("Femke Arts", "hasRole", "Venlo", "wethouder") in found
    assert ("Joost Remmers", "hasRole", "Limburg", "gedeputeerde") in found


def test_a_bracketed_stage_direction_with_no_name_card_gives_no_role():
    text = ("REGIO TV - TRANSCRIPTIE\n\n"
            "[BEELD: Femke Arts loopt door de werkplaats | wethouder Economie kijkt toe]\n\n"
            "ARTS: We zijn er trots op.\n")
    assert not any(f[0] == "Femke Arts" and f[1] == "hasRole" for f in found_in(text))


# --- a corrections table: what the column "Wat er stond" says is wrong ---

CORRECTIONS = ("Rectificaties\n\n"
               "| Datum | Bericht | Wat er stond | Wat juist is |\n"
               "|---|---|---|---|\n"
               "| 4 maart 2024 | Zwolle in de City Deal Schone Lucht | Zwolle neemt deel aan de City Deal Schone Lucht. "
               "| Niet Zwolle maar Hoorn neemt deel aan de City Deal Schone Lucht. |\n"
               "| 9 maart 2024 | Nieuwe trekker | Lieke Bastiaans (Ede) is trekker van de themagroep Water. "
               "| Lieke Bastiaans (Ede) is secretaris van de themagroep Water. |\n")


def test_a_corrections_tables_printed_column_states_no_fact_and_its_right_column_does():
    found = found_in(CORRECTIONS)
    assert ("Hoorn", "participatesIn", "City Deal Schone Lucht", None) in found
    assert ("Lieke Bastiaans", "hasRole", "Themagroep Water", "secretaris") in found
    assert not any(f[0] == "Zwolle" and f[1] == "participatesIn" for f in found)
    assert not any(f[0] == "Lieke Bastiaans" and f[3] == "trekker" for f in found)


def test_a_table_with_a_was_column_but_no_right_column_is_read_as_any_table():
    text = ("Overzicht\n\n"
            "| Stad | Was |\n"
            "|---|---|\n"
            "| Ede | Ede neemt deel aan de City Deal Schone Lucht. |\n")
    assert ("Ede", "participatesIn", "City Deal Schone Lucht", None) in found_in(text)


# --- "niet A maar B" ---

def test_niet_a_maar_b_denies_a():
    found = found_in("Niet Venlo maar Zaanstad neemt deel aan de City Deal Schone Lucht.")
    assert ("Zaanstad", "participatesIn", "City Deal Schone Lucht", None) in found
    assert not any(f[0] == "Venlo" for f in found)


def test_niet_alleen_a_maar_ook_b_states_both():
    found = found_in("Niet alleen Venlo maar ook Zaanstad neemt deel aan de City Deal Schone Lucht.")
    assert {("Venlo", "participatesIn", "City Deal Schone Lucht", None),
            ("Zaanstad", "participatesIn", "City Deal Schone Lucht", None)} <= found


# --- a report's annex on its commission: "Voorzitter:  X, …" lines ---

ANNEX = ("RAPPORT VAN DE VISITATIECOMMISSIE\n\n"
         "De commissie sprak met veel mensen in Ede.\n\n"
         "BIJLAGE 1. SAMENSTELLING VAN DE VISITATIECOMMISSIE\n\n"
         "  Voorzitter:  Roel Hofstede, wethouder Zorg, gemeente Assen\n"
         "  Lid:         Marit Kloosterman, wethouder, gemeente Gouda\n"
         "  Secretaris:  Youssef Amrani, beleidsadviseur, G40-bureau\n")


def test_an_annex_on_a_commission_gives_each_labelled_member_their_role_in_it():
    found = found_in(ANNEX)
    assert {("Roel Hofstede", "hasRole", "visitatiecommissie", "voorzitter"),
            ("Marit Kloosterman", "hasRole", "visitatiecommissie", "lid"),
            ("Youssef Amrani", "hasRole", "visitatiecommissie", "secretaris"),
            ("Roel Hofstede", "hasRole", "Assen", "wethouder")} <= found


def test_lines_under_a_commission_heading_with_a_label_that_is_no_role_name_no_members():
    text = ("RAPPORT\n\n"
            "BIJLAGE 1. SAMENSTELLING VAN DE VISITATIECOMMISSIE\n\n"
            "  Bezocht:  Roel Hofstede, wethouder Zorg, gemeente Assen\n"
            "  Bezocht:  Marit Kloosterman, wethouder, gemeente Gouda\n")
    assert not any(f[2] == "visitatiecommissie" for f in found_in(text))


# --- a named monitor is a programme ---

MONITOR = ("Monitor Gezonde Wijken\n\n"
           "De Monitor Gezonde Wijken wordt uitgevoerd door Platform31. Assen en Emmen doen mee aan de monitor.\n")


def test_a_named_monitor_is_a_programme_and_de_monitor_points_back_to_it():
    found = found_in(MONITOR)
    assert {("Monitor Gezonde Wijken", "ledBy", "Platform31", None),
            ("Assen", "participatesIn", "Monitor Gezonde Wijken", None),
            ("Emmen", "participatesIn", "Monitor Gezonde Wijken", None)} <= found


def test_monitor_as_a_verb_or_a_plain_word_names_no_programme():
    assert mentions("De gemeente wil de leegstand monitoren. Een monitor laat de cijfers zien.", "Programme") == []


# --- an organisation's regional branch after a role ---

def test_a_role_in_an_organisations_regional_branch_is_held_in_the_organisation():
    found = found_in("Op het congres sprak Hidde Brouwers, voorzitter Bouwend Nederland regio Noord, over hergebruik.")
    assert ("Hidde Brouwers", "hasRole", "Bouwend Nederland", "voorzitter") in found


# --- a forum thread: each post under its author's card ---

FORUM = ("Forum Energie\n\n"
         "Marleen Tijhuis\nBeleidsadviseur warmte\nGemeente Almelo\nLid sinds 2021 · 12 berichten\n\n"
         "3 juni 2025, 09:12\n\nWie heeft ervaring met warmtenetten?\n\n"
         "Gerben Scholten\nProjectleider warmte\nGemeente Deventer\nLid sinds 2020 · 40 berichten\n\n"
         "4 juni 2025, 10:30\n\nIk ben trekker van de werkgroep Warmtenetten. "
         "Wij werken sinds 2024 samen met woningcorporatie Rentree.\n")


def test_a_forum_posts_ik_and_wij_are_its_author_and_the_body_on_the_card():
    found = found_in(FORUM, "2025-06-12")
    assert ("Gerben Scholten", "hasRole", "Werkgroep Warmtenetten", "trekker") in found
    assert ("Deventer", "collaboratesWith", "Rentree", None) in found or \
        ("Rentree", "collaboratesWith", "Deventer", None) in found
    assert not any(f[0] == "Marleen Tijhuis" and f[2] == "Werkgroep Warmtenetten" for f in found)


def test_one_signature_block_is_no_forum_thread():
    text = ("Nieuwsbericht\n\nIk ben trekker van de werkgroep Warmtenetten.\n\n"
            "Gerben Scholten\nProjectleider warmte\nGemeente Deventer\n\n4 juni 2025, 10:30\n")
    assert not any(f[0] == "Gerben Scholten" and f[2] == "Werkgroep Warmtenetten" for f in found_in(text, "2025-06-12"))


# --- a full name with a middle name ---

def test_a_full_name_with_a_middle_name_is_the_short_form_of_the_title():
    text = ("# Anouk Veldhuis\n\n**Anouk Maria Veldhuis** (Assen, 1975) is een Nederlands bestuurder. "
            "Sinds 2022 is Veldhuis voorzitter van de G40-pijler Sociaal Domein.\n")
    found = found_in(text)
    assert ("Anouk Veldhuis", "hasRole", "Pijler Sociaal Domein", "voorzitter") in found
    assert not any(f[0] == "Veldhuis" for f in found)


def test_two_people_with_one_surname_stay_two():
    text = ("Anouk Veldhuis en Karel Veldhuis spraken. Karel Jan Veldhuis is wethouder van Assen.\n")
    found = found_in(text)
    assert not any(f[0] == "Anouk Veldhuis" and f[1] == "hasRole" for f in found)


# --- a dataset page's metadata fields ---

DATASET = ("Monitor Schone Pleinen\n\n"
           "Metadata\n\n"
           "Titel: Monitor Schone Pleinen\n"
           "Contactpunt: Ilse Brandsma, datamanager bij Platform31\n"
           "Bronhouders: De deelnemende gemeenten: Assen, Emmen en Zwolle.\n")


def test_a_dataset_pages_contact_point_and_participants_after_their_field_labels():
    found = found_in(DATASET)
    assert {("Ilse Brandsma", "contactFor", "Monitor Schone Pleinen", None),
            ("Assen", "participatesIn", "Monitor Schone Pleinen", None),
            ("Emmen", "participatesIn", "Monitor Schone Pleinen", None),
            ("Zwolle", "participatesIn", "Monitor Schone Pleinen", None)} <= found


def test_a_question_about_participating_towns_names_no_participants():
    text = ("Monitor Schone Pleinen\n\nVragen over deelnemende gemeenten: mail Assen of Emmen.\n")
    assert not any(f[1] == "participatesIn" for f in found_in(text))


# --- "City Deal X als Y" ---

def test_a_city_deals_name_goes_on_with_als_and_a_capitalised_word():
    found = found_in("Sinds 2020 neemt Assen deel aan de City Deal Plein als Huiskamer, waarin ook Emmen deelneemt.")
    assert ("Assen", "participatesIn", "City Deal Plein als Huiskamer", None) in found


def test_als_and_a_lower_case_word_ends_a_city_deals_name():
    found = found_in("Assen neemt deel aan de City Deal Plein als voorbeeld voor andere steden.")
    assert ("Assen", "participatesIn", "City Deal Plein", None) in found


# --- who work in a unit or partnership ---

def test_a_partnership_whose_relative_clause_names_who_worked_in_it():
    found = found_in("Zij was secretaris van de Stedenband Zuidoost, het samenwerkingsverband waarin Assen "
                     "samenwerkte met Emmen en Hoogeveen.")
    assert {("Assen", "participatesIn", "Stedenband Zuidoost", None),
            ("Emmen", "participatesIn", "Stedenband Zuidoost", None),
            ("Hoogeveen", "participatesIn", "Stedenband Zuidoost", None)} <= found


def test_a_fronted_in_names_the_unit_who_work_in():
    found = found_in("In de werkgroep Levendige Pleinen werken Assen, Emmen en Zwolle samen.")
    assert {("Assen", "participatesIn", "Werkgroep Levendige Pleinen", None),
            ("Zwolle", "participatesIn", "Werkgroep Levendige Pleinen", None)} <= found


def test_a_fronted_in_of_a_place_names_no_unit():
    assert not any(f[1] == "participatesIn" for f in found_in("In Assen werken Emmen en Zwolle samen."))


def test_a_partner_after_samen_met_does_not_lead_what_another_leads():
    found = found_in("De Monitor Schone Pleinen wordt getrokken door Assen en samen met Platform31 ontwikkeld.")
    assert ("Monitor Schone Pleinen", "ledBy", "Assen", None) in found
    assert ("Monitor Schone Pleinen", "ledBy", "Platform31", None) not in found
