"""Two precision fixes from a blog and a Gemeenteblad: a Markdown footnote mark after a full stop
("ondertekende.[^1] De Woontop …") ends the sentence, so what the next sentence names is not read into
the one before; and the owner named after the second of two units taken part in ("aan de pijler A en de
pijler B van de G40") is no participant of them."""

from __future__ import annotations


def taking_part(text: str) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.predicate == "participatesIn")


def test_a_footnote_mark_ends_the_sentence():
    from graph.extract.sentences import split_sentences

    text = "Dat leverde de Woondeal Stille Steden op.[^1] De Woontop met Aedes is uitgesteld."
    assert [s.text for s in split_sentences(text)] == ["Dat leverde de Woondeal Stille Steden op.[^1]",
                                                      "De Woontop met Aedes is uitgesteld."]


def test_what_the_sentence_after_a_footnote_names_takes_no_part():
    text = ("Dat leverde de Woondeal Stille Steden op, die de G40 samen met de minister ondertekende.[^1] De Woontop die "
            "we met Aedes en de VNG hadden willen organiseren, is uitgesteld.")
    assert ("Aedes", "Woondeal Stille Steden") not in taking_part(text), taking_part(text)


def test_the_owner_after_the_second_unit_is_no_participant():
    found = taking_part("Overwegende dat Ede lid is van het Stedennetwerk G40 en deelneemt aan de pijler Sociaal en "
                        "de pijler Fysiek van de G40;")
    assert ("G40", "pijler Fysiek") not in found and ("G40", "pijler Sociaal") not in found, found
    assert ("Ede", "pijler Fysiek") in found and ("Ede", "pijler Sociaal") in found, found
