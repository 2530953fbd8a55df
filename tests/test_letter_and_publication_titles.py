"""A Kamerbrief is titled by its "Betreft"/"Onderwerp:" line wherever it stands in the head, never by its
addressee line; a Staatscourant or Gemeenteblad publication by its own title line (its citeertitel),
never by its masthead (round 45t, walkthrough 20, finding 6). Fictional documents."""

from __future__ import annotations

import pytest

from graph.ingest import read_document

ADDRESSEE = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
LETTERHEAD = "\n".join(["> Retouradres Postbus 100 2500 AA Den Haag", ADDRESSEE, "Postbus 200", "2500 BB DEN HAAG",
                        "Directoraat-generaal Wonen", "Turfmarkt 1", "Den Haag", "Postbus 100", "2500 AA Den Haag",
                        "www.example.nl", "Kenmerk", "2024-0000012345", "Uw kenmerk", "-", "Bijlage(n)", "2",
                        "Datum 14 maart 2024"])
REGELING = ("Regeling van de Minister van Binnenlandse Zaken van 9 februari 2023, nr. 2023-0000001, houdende regels "
            "voor de specifieke uitkering Wijkdeals (Regeling specifieke uitkering Wijkdeals 2023)")


def _title(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return read_document(tmp_path / name).title


@pytest.mark.parametrize("name, text, title", [
    ("kamerbrief.txt", f"{ADDRESSEE}\nDatum 14 maart 2024\nBetreft Woondeal Noordoost\n\nGeachte voorzitter,\n\nTekst.\n",
     "Woondeal Noordoost"),
    ("kamerbrief.md", f"{ADDRESSEE}\n\nDatum 14 maart 2024\n\nBetreft: Woondeal Noordoost\n\nGeachte voorzitter,\n",
     "Woondeal Noordoost"),
    ("letterhead.txt", f"{LETTERHEAD}\nBetreft Voortgang Wijkdeals\n\nGeachte voorzitter,\n\nTekst.\n",
     "Voortgang Wijkdeals"),
    ("letterhead.md", f"{LETTERHEAD}\n\nOnderwerp:\n\nVoortgang Wijkdeals\n\nGeachte voorzitter,\n", "Voortgang Wijkdeals"),
    ("tav.txt", "t.a.v. het bestuur van het stedennetwerk\nNotitie wijkaanpak\n\nDe wijkaanpak loopt.\n",
     "Notitie wijkaanpak"),
    ("aan.txt", "Aan: het bestuur\nNotitie wijkaanpak\n\nDe wijkaanpak loopt.\n", "Notitie wijkaanpak"),
    ("slag.txt", "Aan de slag met de wijkaanpak\n\nDe wijkaanpak loopt.\n", "Aan de slag met de wijkaanpak"),
])
def test_a_letter_is_titled_by_its_subject_not_its_addressee(tmp_path, name, text, title):
    assert _title(tmp_path, name, text) == title


@pytest.mark.parametrize("name", ["zonder-onderwerp.txt", "zonder-onderwerp.md"])
def test_a_letter_without_subject_has_no_title_rather_than_its_addressee(tmp_path, name):
    text = f"{ADDRESSEE}\n\nDatum 14 maart 2024\n\nGeachte voorzitter,\n\nMet deze brief informeer ik uw Kamer.\n"
    assert _title(tmp_path, name, text) is None


def test_a_subject_in_the_body_below_the_head_is_no_title(tmp_path):
    body = "\n\n".join(f"Alinea {number} van de brief over de wijkaanpak." for number in range(20))
    text = f"Notitie wijkaanpak\n\nGeachte heer,\n{body}\nBetreft: een ander onderwerp\n"
    assert _title(tmp_path, "notitie.txt", text) == "Notitie wijkaanpak"


@pytest.mark.parametrize("name, text, title", [
    ("stcrt.txt", f"STAATSCOURANT\nOfficiële uitgave van het Koninkrijk der Nederlanden sinds 1814\n"
                  f"Nr. 4821, 14 februari 2023\n\n{REGELING}\n\nArtikel 1\nTekst.\n",
     "Regeling specifieke uitkering Wijkdeals 2023"),
    ("stcrt.md", f"# STAATSCOURANT\n\nOfficiële uitgave van het Koninkrijk der Nederlanden sinds 1814.\n\nNr. 4821\n\n"
                 f"{REGELING}\n\n## Artikel 1\n\nTekst.\n",
     "Regeling specifieke uitkering Wijkdeals 2023"),
    ("instelling.txt", "STAATSCOURANT\nOfficiële uitgave van het Koninkrijk der Nederlanden sinds 1814.\n\nNr. 17342\n"
                       "21 juni 2023\n\nInstellingsbesluit Regiegroep Wijken\n\nArtikel 1\n",
     "Instellingsbesluit Regiegroep Wijken"),
    ("gemeenteblad.txt", "GEMEENTEBLAD\nOfficiële uitgave van de gemeente Wijkstad\nNr. 12345\n5 maart 2024\n\n"
                         "Verordening wijkbudgetten 2024\n\nArtikel 1\n", "Verordening wijkbudgetten 2024"),
    ("provinciaal.txt", "PROVINCIAAL BLAD\nOfficiële uitgave van de provincie Noordoost\nNr. 678\n\n"
                        "Subsidieregeling stedelijke vernieuwing Noordoost 2024\n\nArtikel 1\n",
     "Subsidieregeling stedelijke vernieuwing Noordoost 2024"),
])
def test_a_publication_is_titled_by_its_own_title_not_its_masthead(tmp_path, name, text, title):
    assert _title(tmp_path, name, text) == title
