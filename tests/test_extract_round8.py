"""Round 8 of the rule-based extraction: signature lines and stacked appositions, a role word with a
field of work before its employer, gapped clauses of "getrokken door", "Georganiseerd door" after an
agenda heading, participants of the programme a document's title names, partners after the verb,
"door X beheerd", named contact cues, a pijler owned by the G40 as a parent, proposals, names such
as "VNG Realisatie", and given names (graph.extract + graph.resolve).

Each row is a small Dutch text and every fact a careful reader finds in it, as (subject label,
predicate, object label, role). Names and texts are invented.
"""

from __future__ import annotations

from extract_facts import assert_facts, facts
from extract_facts import mentions as mentions_on

DATE = "2024-03-01"  # the date of every text here


def mentions(text: str, kind: str) -> list[str]:
    """The mentions of type ``kind`` in ``text`` dated :data:`DATE`, in text order."""
    return mentions_on(text, kind, DATE)


# --- signature lines and appositions -------------------------------------------------------------

def test_a_signature_line_names_the_municipality_after_the_portfolio():
    text = ("Met vriendelijke groet,\n\n"
            "Joris Dekkers, wethouder Wonen, gemeente Zwolle\n"
            "Merel Haanstra, wethouder Economische Zaken, gemeente Deventer")
    assert_facts(text, {
        ("Joris Dekkers", "hasRole", "Zwolle", "wethouder"),
        ("Merel Haanstra", "hasRole", "Deventer", "wethouder")}, DATE)


def test_a_capitalised_portfolio_after_an_apposition_is_no_person():
    text = "Ilse Kortenhoef, wethouder Bedrijventerreinen, gemeente Venlo"
    assert mentions(text, "Person") == ["Ilse Kortenhoef"]
    assert ("Ilse Kortenhoef", "hasRole", "Venlo", "wethouder") in facts(text, DATE)


def test_a_second_apposition_gives_a_second_role():
    text = "Gert Hoekman, voorzitter G40 Pijler Wonen, wethouder gemeente Emmen"
    assert_facts(text, {
        ("Gert Hoekman", "hasRole", "Pijler Wonen", "voorzitter"),
        ("Gert Hoekman", "hasRole", "Emmen", "wethouder"),
        ("Pijler Wonen", "partOf", "G40", None)}, DATE)


def test_a_field_of_work_may_stand_between_the_role_and_its_employer():
    text = "U kunt terecht bij Pim Akkerman, projectleider warmtenetten bij de gemeente Hengelo."
    assert ("Pim Akkerman", "hasRole", "Hengelo", "projectleider") in facts(text, DATE)


# --- gapped clauses and elliptic agenda lines ------------------------------------------------------

def test_a_gapped_clause_repeats_the_trekker_verb():
    text = ("De themagroep Jeugd wordt getrokken door Dirk Scholte (Ede), "
            "de themagroep Onderwijs door Naima Kaddouri (Breda).")
    assert_facts(text, {
        ("Dirk Scholte", "affiliatedWith", "Ede", None),
        ("Naima Kaddouri", "affiliatedWith", "Breda", None),
        ("Dirk Scholte", "hasRole", "Themagroep Jeugd", "trekker"),
        ("Naima Kaddouri", "hasRole", "Themagroep Onderwijs", "trekker")}, DATE)


def test_an_elliptic_organised_by_names_the_event_before():
    text = ("- **4 april – Webinar Schone Lucht.** Georganiseerd door de themagroep Gezondheid "
            "en Platform31.")
    assert_facts(text, {
        ("Themagroep Gezondheid", "organised", "Schone Lucht", None),  # a webinar is named by its title
        ("Platform31", "organised", "Schone Lucht", None)}, DATE)


def test_a_capitalised_event_word_stays_in_the_event_name():
    text = "Op 3 juni organiseerde de themagroep Water de Kennisdag Droogte."
    assert ("Themagroep Water", "organised", "Kennisdag Droogte", None) in facts(text, DATE)


# --- programmes the document is about ----------------------------------------------------------------

def test_participants_without_a_programme_name_take_part_in_the_title_programme():
    text = ("Transitiefonds Vakmanschap – plan van aanpak\n\n"
            "Doel\n\nHet Transitiefonds Vakmanschap helpt steden.\n\n"
            "Deelnemers\n\nIn de eerste ronde nemen vier steden deel: Emmen, Assen, Oss en Gouda.")
    found = facts(text, DATE)
    for city in ("Emmen", "Assen", "Oss", "Gouda"):
        assert (city, "participatesIn", "Transitiefonds Vakmanschap", None) in found, found


def test_partners_after_the_verb_take_part():
    text = ("Het Transitiefonds Vakmanschap is in 2023 gestart. "
            "Verder zijn het UWV, de MBO Raad en Divosa partner.")
    found = facts(text, DATE)
    for partner in ("UWV", "MBO Raad", "Divosa"):
        assert (partner, "participatesIn", "Transitiefonds Vakmanschap", None) in found, found


def test_an_agent_before_the_participle_leads():
    text = "Het Transitiefonds Stille Wijken, dat door het ministerie van BZK wordt beheerd, loopt tot 2026."
    assert_facts(text, {("Transitiefonds Stille Wijken", "ledBy", "BZK", None)}, DATE)


def test_a_person_as_agent_before_the_participle_leads_nothing():
    text = "Het Transitiefonds Stille Wijken, dat door Jan Bos wordt beheerd, loopt tot 2026."
    assert not [f for f in facts(text, DATE) if f[1] == "ledBy"]


# --- contacts --------------------------------------------------------------------------------------

def test_a_contact_cue_names_what_it_is_for():
    assert_facts("Contactpersoon voor de pijler Ruimte is Bram Veldhuis.", {
        ("Bram Veldhuis", "contactFor", "Pijler Ruimte", None)}, DATE)
    text = "Meer informatie over de City Deal Slimme Dijken is te krijgen bij Noor Wessels."
    assert ("Noor Wessels", "contactFor", "City Deal Slimme Dijken", None) in facts(text, DATE)


def test_a_line_of_a_contact_section_names_what_the_person_is_contact_for():
    text = ("Nieuwsbrief Pijler Water\n\nMeer informatie\n\n"
            "- Themagroep Droogte: Hanneke Slot (gemeente Oss)\n"
            "- Themagroep Hitte: Ramon Tuinstra (gemeente Ede)")
    found = facts(text, DATE)
    assert ("Hanneke Slot", "contactFor", "Themagroep Droogte", None) in found, found
    assert ("Ramon Tuinstra", "contactFor", "Themagroep Hitte", None) in found, found


# --- parents, proposals, names ---------------------------------------------------------------------

def test_a_pijler_after_the_g40_is_the_parent_of_its_themagroep():
    text = "Het plan komt van de themagroep Mobiliteit van de G40-pijler Ruimte."
    found = facts(text, DATE)
    assert ("Themagroep Mobiliteit", "partOf", "Pijler Ruimte", None) in found, found
    assert ("Themagroep Mobiliteit", "partOf", "G40", None) not in found, found


def test_a_proposal_to_organise_is_no_fact():
    text = ("De secretaris meldt dat de Pijler Wonen heeft voorgesteld om in het najaar een "
            "werkconferentie te organiseren.")
    assert not [f for f in facts(text, DATE) if f[1] == "organised"]


def test_an_abbreviation_with_one_noun_is_a_distinct_organisation():
    assert mentions("Het register wordt beheerd door VNG Realisatie.", "Organisation") == ["VNG Realisatie"]
    assert mentions("De VNG en de G40 Stedendag.", "Organisation") == ["VNG", "G40"]


def test_common_given_names_start_a_person():
    assert mentions("Daarna sprak Merel Jansen met Irene Kuiper.", "Person") == ["Merel Jansen", "Irene Kuiper"]


def test_an_irregular_place_adjective_names_the_municipality():
    assert_facts("De Bossche wethouder Anne Vermeer en de Nijmeegse burgemeester Karel Smit spraken.", {
        ("Anne Vermeer", "hasRole", "'s-Hertogenbosch", "wethouder"),
        ("Karel Smit", "hasRole", "Nijmegen", "burgemeester")}, DATE)
    assert_facts("Volgens de Leeuwarder wethouder Sjoerd Hoekstra gaat het goed.", {
        ("Sjoerd Hoekstra", "hasRole", "Leeuwarden", "wethouder")}, DATE)


def test_a_capitalised_adverb_before_a_role_is_no_place():
    assert mentions("Eerder wethouder Sjoerd Hoekstra (Ede) sprak.", "Municipality") == ["Ede"]


def test_that_role_taken_over_is_the_role_of_the_sentence_before():
    text = ("De Pijler Water heeft Marieke Dam (Zwolle) gekozen als voorzitter. De afgelopen twee jaar was zij "
            "vicevoorzitter van de pijler. Die rol wordt nu overgenomen door Jan-Willem Kok (Ede).")
    found = facts(text, DATE)
    assert ("Jan-Willem Kok", "succeeded", "Marieke Dam", None) in found, found
    assert ("Jan-Willem Kok", "hasRole", "Pijler Water", "vicevoorzitter") in found, found


def test_a_name_with_programma_before_its_abbreviation_is_a_programme():
    text = ("Het Landelijk Programma Koele Straten (LPKS) wordt gecoördineerd door het ministerie van "
            "Infrastructuur en Waterstaat.")
    assert mentions(text, "Organisation") == []
    assert ("Landelijk Programma Koele Straten", "ledBy", "IenW", None) in facts(text, DATE)


def test_a_role_that_stays_is_a_role():
    text = ("De Pijler Groen vergaderde. Secretaris van de pijler blijft Lotte Haverkamp. Zij is ook "
            "het aanspreekpunt voor vragen over de pijler.")
    assert_facts(text, {
        ("Lotte Haverkamp", "hasRole", "Pijler Groen", "secretaris"),
        ("Lotte Haverkamp", "contactFor", "Pijler Groen", None)}, DATE)


def test_chosen_as_new_chair_and_a_pronoun_clause_that_follows():
    text = ("In 2023 werd de Pijler Zorg voorgezeten door Karin Olthuis. In december werd Petra Stoelman "
            "(Assen) gekozen als nieuwe voorzitter van de Pijler Zorg; zij volgt Olthuis per 1 januari op.")
    found = facts(text, DATE)
    assert ("Petra Stoelman", "hasRole", "Pijler Zorg", "voorzitter") in found, found
    assert ("Petra Stoelman", "succeeded", "Karin Olthuis", None) in found, found


def test_a_place_after_uit_and_a_time_adverb_in_an_apposition():
    text = "Het bestuur koos wethouder Marieke Dam uit Zwolle tot voorzitter."
    assert ("Marieke Dam", "hasRole", "Zwolle", "wethouder") in facts(text, DATE)
    text = "Het plan komt van Anja Terpstra, destijds wethouder in Hengelo."
    assert_facts(text, {("Anja Terpstra", "hasRole", "Hengelo", "wethouder")}, DATE)


def test_an_organisation_represented_by_a_role_holder():
    assert_facts("Vanuit BZK neemt beleidsadviseur Sietske Brouwer deel.", {
        ("Sietske Brouwer", "hasRole", "BZK", "beleidsadviseur")}, DATE)
    text = "Divosa schoof aan; de VNG werd vertegenwoordigd door beleidsadviseur Koen Talsma."
    assert ("Koen Talsma", "hasRole", "VNG", "beleidsadviseur") in facts(text, DATE)


def test_a_person_who_moved_to_an_organisation_works_there():
    assert_facts("Ellen Bosma, die de taskforce heeft opgezet, is per 1 november overgestapt naar Divosa.", {
        ("Ellen Bosma", "affiliatedWith", "Divosa", None)}, DATE)
    text = "Laura Brink verlaat het G40-bureau; zij gaat aan de slag bij de VNG."
    assert ("Laura Brink", "affiliatedWith", "VNG", None) in facts(text, DATE)


def test_a_line_of_attendees_grouped_by_organisation():
    text = ("Aanwezig\n\n- OCW: Marieke Sluis (directeur Primair Onderwijs), Joost Verbeek\n"
            "- MBO Raad: Hanneke Postmus")
    assert mentions(text, "Person") == ["Marieke Sluis", "Joost Verbeek", "Hanneke Postmus"]
    assert_facts(text, {
        ("Marieke Sluis", "hasRole", "OCW", "directeur"),
        ("Joost Verbeek", "affiliatedWith", "OCW", None),
        ("Hanneke Postmus", "affiliatedWith", "MBO Raad", None)}, DATE)


def test_a_sentence_repeated_word_for_word_is_evidence_once():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    sentence = "Wethouder Jan Pieters (Breda) werkt samen met BZK. "
    once = extract("d", sentence, gazetteer=load_gazetteer()).relations
    many = extract("d", sentence * 300 + "Tilburg werkt samen met BZK.", gazetteer=load_gazetteer()).relations
    assert [(r.subject.label, r.predicate, r.object.label) for r in many] == [
        (r.subject.label, r.predicate, r.object.label) for r in once] + [("Tilburg", "collaboratesWith", "BZK")]
    assert [r.evidence_start for r in many][:len(once)] == [r.evidence_start for r in once]  # the first copy


def test_one_name_repeated_thousands_of_times_costs_linear_time():
    """The look-up of names already found was quadratic (40,000 mentions: minutes)."""
    from graph.extract.surname_repeats import _Spans

    spans = _Spans((i * 10, i * 10 + 5) for i in range(100_000))
    assert (3 in spans, 7 in spans, 999_993 in spans, 999_996 in spans) == (True, False, True, False)
