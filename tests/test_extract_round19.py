"""Round 19 of the rule-based extraction: wording that recurs across genres.

A subject named only by its kind before "samen met" ("…, waar de gemeente samen met X flats
renoveert", "…, dat het instituut samen met X uitvoerde") is the one entity of that kind named just
before; a programme started by its agents ("is door X en Y gestart", "…, die X samen met Y
startte"); co-organisers fronted before the verb ("Samen met X en Y organiseerde Z een
werkconferentie").

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

from extract_facts import assert_facts


DATE = "2025-06-01"  # the date of every text here


# 1. "de gemeente" / "het instituut" before "samen met": the one municipality or institute named before
def test_a_subject_named_by_its_kind_before_samen_met():
    assert_facts("Tiel ontving eerder een bijdrage uit de Woningbouwimpuls. Daarna bezocht de minister de wijk "
                 "Kerkeind, waar de gemeente samen met woningcorporatie Rivierwonen flats renoveert.", {
                     ("Tiel", "participatesIn", "Woningbouwimpuls", None),
                     ("Tiel", "collaboratesWith", "Rivierwonen", None)}, DATE)
    assert_facts("De sloop in Tiel-Oost is vertraagd; Rivierwonen en de gemeente zoeken samen met Enexis naar een "
                 "oplossing.", {
                     ("Tiel", "collaboratesWith", "Enexis", None)}, DATE)
    assert_facts("Joost Pelgrim, onderzoeker bij het Ravelijn Instituut, presenteert de studie, dat het instituut "
                 "samen met Hogeschool Utrecht uitvoerde.", {
                     ("Joost Pelgrim", "hasRole", "Ravelijn Instituut", "onderzoeker"),
                     ("Ravelijn Instituut", "collaboratesWith", "Hogeschool Utrecht", None)}, DATE)
    # two municipalities named before: "de gemeente" is neither for sure, and not the programme either
    assert_facts("Tiel en Oss ontvingen een bijdrage uit de Woningbouwimpuls. Daarna bezocht de minister de wijk "
                 "Kerkeind, waar de gemeente samen met Enexis de netten verzwaart.", {
                     ("Tiel", "participatesIn", "Woningbouwimpuls", None),
                     ("Oss", "participatesIn", "Woningbouwimpuls", None)}, DATE)
    assert_facts("Burgers vertrouwen op de gemeente. De gemeente werkt samen met Enexis.", set(), DATE)


# 2. a programme started by its agents: a passive "is door X en Y gestart", a relative "die X samen met Y startte"
def test_a_programme_started_by_its_agents():
    assert_facts("Het Programma Sterke Kernen is in 2024 door de G40 en het ministerie van BZK gestart.", {
        ("G40", "initiated", "Programma Sterke Kernen", None),
        ("BZK", "initiated", "Programma Sterke Kernen", None)}, DATE)
    assert_facts("Zij was betrokken bij de City Deal Slimme Kernen, die de G40 samen met het ministerie van BZK in "
                 "2019 startte.", {
                     ("G40", "initiated", "City Deal Slimme Kernen", None),
                     ("BZK", "initiated", "City Deal Slimme Kernen", None),
                     ("G40", "collaboratesWith", "BZK", None)}, DATE)
    assert_facts("Het Programma Sterke Kernen is in 2024 gestart.", set(), DATE)
    assert_facts("Zij was betrokken bij de City Deal Slimme Kernen, die de G40 in 2019 met steun van het "
                 "ministerie van BZK startte.", {
                     ("G40", "initiated", "City Deal Slimme Kernen", None)}, DATE)


# 3. co-organisers fronted right before the verb: "Samen met X en Y organiseerde Z een werkconferentie"
def test_co_organisers_fronted_before_the_verb():
    assert_facts("Samen met Aedes en de VNG organiseerde de themagroep Wonen op 12 oktober een werkconferentie "
                 "over middenhuur.", {
                     ("Themagroep Wonen", "organised", "werkconferentie", None),
                     ("Aedes", "organised", "werkconferentie", None),
                     ("VNG", "organised", "werkconferentie", None),
                     ("Themagroep Wonen", "collaboratesWith", "Aedes", None),
                     ("Themagroep Wonen", "collaboratesWith", "VNG", None)}, DATE)
    assert_facts("Met steun van Aedes organiseerde de themagroep Wonen op 12 oktober een werkconferentie over "
                 "middenhuur.", {
                     ("Themagroep Wonen", "organised", "werkconferentie", None)}, DATE)
    assert_facts("Samen met Aedes bezocht de themagroep Wonen in oktober een werkconferentie over middenhuur.", {
        ("Themagroep Wonen", "collaboratesWith", "Aedes", None)}, DATE)
