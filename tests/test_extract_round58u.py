"""Round 58u: heldout43's rest as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a council decision's article that designates
locoburgemeesters among the wethouders it appointed, the two-column signature of a council's decision as the
Gemeenteblad prints it, a charter's member table whose role column is titled by the committee's kind word
("Rol in de commissie"), a literature list's authors surname first with superscripts over an "Affiliaties" key, a
director's signature that lists the directorate's directorate-general and ministry, and a bewindspersoon's published
agenda (the events of its rows, the minister's part in those not called off).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graph.extract import extract
from graph.extract.agenda_rows import AGENDA_RULE
from graph.extract.superscript_affiliations import SUPERSCRIPT_RULE
from graph.gazetteer import load_gazetteer
from graph.ingest import read_document
from tests.extract_facts import facts


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2022-06-17") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


def read_as(tmp_path: Path, name: str, text: str) -> str:
    """The text ingest reads from a file ``name`` holding ``text`` (a Markdown file's marks gone)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path).text


# --- a council decision: its wethouders, the locoburgemeesters among them, its signature ----------------------

DECISION = ("De raad van de gemeente Zutphen;\n\ngelezen het voorstel van het presidium;\n\nbesluit:\n\n"
            "Artikel 1\nMet ingang van 1 juni 2022 te benoemen tot wethouder van de gemeente Zutphen:\n\n"
            "a. mevrouw drs. A.B. (Anouk) Terlouw-Smit\nb. de heer P. (Pieter) van Houten\nc. de heer K. Brink\n\n"
            "Artikel 2\nMevrouw Terlouw-Smit wordt aangewezen als eerste locoburgemeester en de heer Van Houten als "
            "tweede locoburgemeester.\n\n"
            "Aldus besloten in de openbare vergadering van 1 juni 2022.\n\n"
            "De griffier a.i.,                         De voorzitter,\n"
            "mr. R. Dijkhuis                           H.J. Wessels, burgemeester\n")


def test_a_decision_designates_locoburgemeesters_among_the_wethouders_it_appointed():
    found = found_in(DECISION)
    assert ("Anouk Terlouw-Smit", "hasRole", "Zutphen", "locoburgemeester") in found
    assert ("Pieter van Houten", "hasRole", "Zutphen", "locoburgemeester") in found
    assert ("K. Brink", "hasRole", "Zutphen", "wethouder") in found
    assert not any(r == "locoburgemeester" and s == "K. Brink" for s, _p, _o, r in found)


def test_a_locoburgemeester_the_decision_did_not_appoint_or_denied_is_none():
    text = DECISION.replace("Mevrouw Terlouw-Smit wordt aangewezen als eerste locoburgemeester en de heer Van Houten "
                            "als tweede locoburgemeester.",
                            "Mevrouw Terlouw-Smit wordt niet aangewezen als locoburgemeester. Wethouder Eva Ruis van "
                            "Lochem werd vorig jaar aangewezen als locoburgemeester.")
    found = found_in(text)
    assert not any(r == "locoburgemeester" and o == "Zutphen" for _s, _p, o, r in found), found
    assert ("Anouk Terlouw-Smit", "hasRole", "Zutphen", "wethouder") in found


def test_a_council_decisions_two_column_signature_gives_the_griffier_and_the_burgemeester():
    found = found_in(DECISION)
    assert ("R. Dijkhuis", "hasRole", "Zutphen", "griffier") in found
    assert ("H.J. Wessels", "hasRole", "Zutphen", "burgemeester") in found


def test_a_signature_whose_names_do_not_line_up_or_with_no_council_is_not_read():
    misaligned = DECISION.replace("mr. R. Dijkhuis                           H.J. Wessels, burgemeester",
                                  "mr. R. Dijkhuis en H.J. Wessels")
    found = found_in(misaligned)
    assert not any(s in ("R. Dijkhuis", "H.J. Wessels") and r in ("griffier", "burgemeester")
                   for s, _p, _o, r in found), found
    letter = ("Geachte heer Kok,\n\nDank voor uw brief.\n\nDe griffier,                  De voorzitter,\n"
              "mr. R. Dijkhuis                H.J. Wessels\n")
    assert not any(r in ("griffier", "burgemeester", "voorzitter") for _s, _p, _o, r in found_in(letter))


# --- a charter's member table: "Rol in de commissie" is the committee's -----------------------------------

CHARTER = ("# Reglement Auditcommissie Stedennetwerk G40\n\n## Artikel 1\n\n"
           "De auditcommissie adviseert het bestuur. De commissie vergadert vier keer per jaar.\n\n"
           "## Bijlage – Samenstelling\n\n"
           "| Naam | Functie | Rol in de commissie | Lid sinds |\n|---|---|---|---|\n"
           "| Petra Wolfs | wethouder Financiën, Deventer | voorzitter | 1 maart 2021 |\n"
           "| Henk Zandbergen | zelfstandig registeraccountant | extern lid | 1 juni 2022 |\n"
           "| K. Drost | controller G40-bureau | secretaris (zonder stemrecht) | 1 mei 2023 |\n")


def test_a_role_column_titled_by_the_committees_kind_word_gives_roles_in_that_committee(tmp_path: Path):
    found = found_in(read_as(tmp_path, "reglement-auditcommissie.md", CHARTER), "2025-01-30")
    assert ("Petra Wolfs", "hasRole", "auditcommissie", "voorzitter") in found
    assert ("Henk Zandbergen", "hasRole", "auditcommissie", "lid") in found  # "extern lid": a member all the same
    assert ("K. Drost", "hasRole", "auditcommissie", "secretaris") in found  # its remark in brackets aside
    assert ("Petra Wolfs", "hasRole", "Deventer", "wethouder") in found


def test_a_kind_word_with_two_committees_of_that_kind_before_names_neither(tmp_path: Path):
    text = CHARTER.replace("De commissie vergadert vier keer per jaar.",
                           "Zij werkt samen met de rekenkamercommissie. De commissie vergadert vier keer per jaar.")
    found = found_in(read_as(tmp_path, "reglement-twee-commissies.md", text), "2025-01-30")
    assert not any(o in ("rekenkamercommissie", "auditcommissie") and p == "hasRole" for _s, p, o, _r in found), found
    assert ("Petra Wolfs", "hasRole", "Deventer", "wethouder") in found


# --- a literature list: authors surname first with superscripts over an "Affiliaties" key ---------------------

LITERATURE = ("# Bijlage B — Literatuur\n\n"
              "1. Verbeek, H. van der¹ & Yilmaz-Dekker, S.² (2023). *Ruimte voor werk.* Utrecht: Platform31.\n\n"
              "2. Kuiper, L.³ & Bos, T.⁴ (2021). *Het lectoraat en de stad.* Enschede.\n\n"
              "### Affiliaties\n\n1. Platform31\n2. Gemeente Apeldoorn, beleidsadviseur economie\n"
              "3. Hogeschool Saxion (L. Kuiper is lector)\n"
              "4. Destijds gemeente Deventer; sinds 2023 werkzaam bij de VNG\n\n"
              "### Verantwoording\n\nMet dank aan Pim Zwart.\n")


def test_superscripted_authors_take_the_affiliation_and_office_their_number_has_in_the_key(tmp_path: Path):
    found = found_in(read_as(tmp_path, "literatuurlijst.md", LITERATURE), "2025-03-01")
    assert ("H. van der Verbeek", "affiliatedWith", "Platform31", None) in found
    assert ("S. Yilmaz-Dekker", "hasRole", "Apeldoorn", "beleidsadviseur") in found
    assert ("L. Kuiper", "hasRole", "Saxion", "lector") in found
    assert ("T. Bos", "affiliatedWith", "Deventer", None) in found
    assert ("T. Bos", "affiliatedWith", "VNG", None) in found


def test_the_parts_of_a_key_entry_are_dated_by_their_own_words(tmp_path: Path):
    extraction = extract("t", read_as(tmp_path, "literatuurlijst.md", LITERATURE), gazetteer=load_gazetteer(), date="2025-03-01")
    times = {(r.object.label, r.valid_from, r.past) for r in extraction.relations
             if r.rule == SUPERSCRIPT_RULE and r.subject.label == "T. Bos"}
    assert times == {("Deventer", None, True), ("VNG", "2023-01-01", False)}


def test_superscripts_without_a_key_or_names_not_surname_first_are_no_authors():
    without_key = LITERATURE.split("### Affiliaties")[0]
    assert not [m for m in extract("t", without_key, gazetteer=load_gazetteer()).mentions
                if m.rule == "persons.superscript-author"]
    footnotes = ("Zie de nota van Verbeek¹ en het rapport Kuiper² (2021).\n\nAffiliaties\n\n1. Platform31\n"
                 "2. Gemeente Apeldoorn\n")
    found = found_in(footnotes)
    assert not any(p in ("affiliatedWith", "hasRole") for _s, p, _o, _r in found), found


# --- a director's signature: the directorate in its directorate-general, that in the ministry -----------------

SIGNED_MAIL = ("Van: Smit, E. (Eva) - DGWB/DWO <e.smit@minbzk.nl>\nAan: Partners\nOnderwerp: Nieuws\n\n"
               "Beste partners,\n\nOnze directie Woningbouw krijgt een nieuwe teamleider.\n\n"
               "Met vriendelijke groet,\n\nEva Smit\nDirecteur Woningbouw\nMinisterie van Binnenlandse Zaken en "
               "Koninkrijksrelaties\nDirectoraat-generaal Volkshuisvesting\n")


def test_a_directors_signature_places_the_directorate_in_the_dg_and_the_dg_in_the_ministry():
    extraction = extract("t", SIGNED_MAIL, gazetteer=load_gazetteer(), date="2023-05-01")
    parts = {(r.subject.label, r.object.label) for r in extraction.relations
             if r.predicate == "partOf" and r.rule == "signoffs.directorate"}
    general = "Directoraat-Generaal Volkshuisvesting"
    assert parts == {("Directie Woningbouw", general), (general, "Binnenlandse Zaken en Koninkrijksrelaties")}


def test_a_signature_whose_next_line_holds_no_body_alone_places_nothing():
    text = SIGNED_MAIL.replace("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n",
                               "Bezoekadres: Turfmarkt 147, Den Haag\n")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2023-05-01")
    assert not [r for r in extraction.relations if r.predicate == "partOf" and r.rule == "signoffs.directorate"]


# --- a bewindspersoon's agenda: the events of its rows, and the minister's part in those kept --------------------

AGENDA = ("Agenda staatssecretaris De Graaf-Bosman\n\n"
          "Staatssecretaris van Binnenlandse Zaken drs. P. (Pieter) de Graaf-Bosman. Week 12.\n\n"
          "| Datum | Tijd | Afspraak | Locatie |\n|---|---|---|---|\n"
          "| ma 17-03-2025 | 10.00–11.00 | Bestuurlijk overleg Wijken met de G40, Namens de G40 neemt deel: "
          "wethouder Tessa Kramer (Ede). | Den Haag |\n"
          "| di 18-03-2025 | 09.00–15.00 | Werkbezoek Zwolle, Op uitnodiging van wethouder Rik Lammers bezoekt de "
          "staatssecretaris de Spoorzone. | Zwolle |\n"
          "| wo 19-03-2025 | 14.00–15.00 | Gesprek met Aedes, Met de directeur van Aedes. | Den Haag |\n"
          "| wo 19-03-2025 | 16.00–17.00 | Wijkdebat Zwolle-Zuid, Met Mark Oudeman, directeur van de SVZ. "
          "Gedeputeerde Anne Visser van de provincie Overijssel sluit aan. | Zwolle |\n"
          "| do 20-03-2025 | 19.30–21.00 | Netwerkbijeenkomst Wijkaanpak, Geannuleerd. | Utrecht |\n")


def test_an_agendas_owner_takes_part_in_the_events_its_rows_name():
    extraction = extract("t", AGENDA, gazetteer=load_gazetteer(), date="2025-03-21")
    events = [m.text for m in extraction.mentions if m.type == "Event"]
    assert events == ["Bestuurlijk overleg Wijken", "Werkbezoek Zwolle", "Wijkdebat Zwolle-Zuid",
                      "Netwerkbijeenkomst Wijkaanpak"]
    kept = {(r.subject.label, r.object.label) for r in extraction.relations if r.rule == AGENDA_RULE}
    owner = "Pieter de Graaf-Bosman"
    assert kept == {(owner, "Bestuurlijk overleg Wijken"), (owner, "Werkbezoek Zwolle"), (owner, "Wijkdebat Zwolle-Zuid"),
                    ("Rik Lammers", "Werkbezoek Zwolle"),  # "Op uitnodiging van wethouder X bezoekt …"
                    ("Anne Visser", "Wijkdebat Zwolle-Zuid")}  # "… sluit aan"; not "Met Mark Oudeman, directeur …"
    found = found_in(AGENDA, "2025-03-21")
    assert ("Tessa Kramer", "participatesIn", "Bestuurlijk overleg Wijken", None) in found
    assert ("Rik Lammers", "hasRole", "Zwolle", "wethouder") in found  # the town inside the visit's name stays one


def test_a_table_of_appointments_under_a_title_that_is_no_agenda_names_no_event():
    text = AGENDA.replace("Agenda staatssecretaris De Graaf-Bosman", "Overzicht afspraken bureau")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2025-03-21")
    assert not [m for m in extraction.mentions if m.rule == "events.agenda-row"]
    assert not [r for r in extraction.relations if r.rule == AGENDA_RULE]


# --- "de G40 Pijler X": the pijler written after its organisation is no party of it ----------------------------

def test_a_unit_is_no_party_of_the_organisation_written_before_its_name():
    found = found_in("Eva Kok is wethouder van Ede. Zij neemt deel aan de G40 Pijler Sociaal Domein.")
    assert ("Pijler Sociaal Domein", "partOf", "G40", None) in found
    assert ("Pijler Sociaal Domein", "participatesIn", "G40", None) not in found


def test_a_unit_that_takes_part_in_an_organisation_named_apart_still_does():
    found = found_in("De Pijler Sociaal Domein neemt deel aan de G40.")
    assert ("Pijler Sociaal Domein", "participatesIn", "G40", None) in found
