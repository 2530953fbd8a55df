"""Round 12 of the rule-based extraction: document structure.

Project cards ("label: value" fields such as Onderdeel van, Bestuurlijk opdrachtgever, Kennispartners,
Cofinanciering, Contactpersoon), tables whose rows are work packages or partners, bulleted
"Naam (functie, organisatie)" lists under a Stuurgroep/Kernteam heading, attendance lines of a
themagroep meeting, press releases with a list of recipient cities and a press contact, Q&A
interviews ("Welke steden doen mee?"), signature blocks of a college's letter and the timed
programme of an invitation.

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts

DATE = "2024-06-01"  # the date of every text here

# a project card: genre label in the title, a name with "van de", Onderdeel van/Bestuurlijk opdrachtgever/Kennispartners/Cofinanciering/Contactpersoon fields; Looptijd/Budget/Status state nothing
CARDS = [
    ('Projectkaart: Proeftuin Scholen van de Morgen\nVersie: 3 maart 2024\n\nOnderdeel van: Themagroep Onderwijs (Pijler Sociaal, G40)\n\nKerngegevens\n\nBestuurlijk opdrachtgever: Kees Molenaar (Breda)\nKennispartners: Platform31, Fontys\nCofinanciering: provincie Gelderland\nContactpersoon: Eva Smit, projectleider – e.smit@ede.nl\n',
     {('Eva Smit', 'affiliatedWith', 'Ede', None),
      ('Eva Smit', 'contactFor', 'Scholen van de Morgen', None),
      ('Eva Smit', 'hasRole', 'Scholen van de Morgen', 'projectleider'),
      ('Fontys', 'participatesIn', 'Scholen van de Morgen', None),
      ('Gelderland', 'participatesIn', 'Scholen van de Morgen', None),
      ('Kees Molenaar', 'affiliatedWith', 'Breda', None),
      ('Kees Molenaar', 'hasRole', 'Scholen van de Morgen', 'bestuurlijk opdrachtgever'),
      ('Pijler Sociaal', 'partOf', 'G40', None),
      ('Platform31', 'participatesIn', 'Scholen van de Morgen', None),
      ('Scholen van de Morgen', 'partOf', 'Themagroep Onderwijs', None),
      ('Themagroep Onderwijs', 'partOf', 'Pijler Sociaal', None)}),
    ('Projectkaart: Proeftuin Scholen van de Morgen\n\nKerngegevens\n\nLooptijd: 2024 – 2026\nBudget: € 2 miljoen\nStatus: in uitvoering\n',
     set()),
]


@pytest.mark.parametrize(("text", "expected"), CARDS)
def test_cards(text, expected):
    assert_facts(text, expected, DATE)


# tables: a work-package table after a number column, a second role in a role cell, a partner table
TABLES = [
    ('Projectkaart: Proeftuin Scholen van de Morgen\n\nWerkpakketten\n\n| nr | werkpakket | trekker |\n|---|---|---|\n| 1 | Lesmateriaal en didactiek | Ede (Petra de Wit) |\n| 2 | Gebouwen en ruimte | Breda |\n',
     {('Gebouwen en ruimte', 'ledBy', 'Breda', None),
      ('Gebouwen en ruimte', 'partOf', 'Scholen van de Morgen', None),
      ('Lesmateriaal en didactiek', 'ledBy', 'Ede', None),
      ('Lesmateriaal en didactiek', 'partOf', 'Scholen van de Morgen', None),
      ('Petra de Wit', 'affiliatedWith', 'Ede', None),
      ('Petra de Wit', 'hasRole', 'Lesmateriaal en didactiek', 'trekker')}),
    ('Overzicht Pijler Sociaal\n\nTabel 1. Leden Pijler Sociaal\n\n| Organisatie | Vertegenwoordiger | Rol |\n|---|---|---|\n| Gemeente Ede | Kees Molenaar | voorzitter |\n| Gemeente Breda | Petra de Wit | lid, trekker Themagroep Jeugd |\n\nTabel 2. Externe partners\n\n| Organisatie | Contactpersoon | Samenwerking |\n|---|---|---|\n| Aedes | Eva Smit | woningbouw |\n| IPO | – | mobiliteit |\n',
     {('Breda', 'participatesIn', 'Pijler Sociaal', None),
      ('Ede', 'participatesIn', 'Pijler Sociaal', None),
      ('Eva Smit', 'affiliatedWith', 'Aedes', None),
      ('Kees Molenaar', 'affiliatedWith', 'Ede', None),
      ('Kees Molenaar', 'hasRole', 'Pijler Sociaal', 'voorzitter'),
      ('Petra de Wit', 'affiliatedWith', 'Breda', None),
      ('Petra de Wit', 'hasRole', 'Pijler Sociaal', 'lid'),
      ('Petra de Wit', 'hasRole', 'Themagroep Jeugd', 'trekker'),
      # round 35b: the overview is the pijler's own document and names no other pijler: its themagroep is the pijler's
      ('Themagroep Jeugd', 'partOf', 'Pijler Sociaal', None),
      ('Pijler Sociaal', 'collaboratesWith', 'Aedes', None),
      ('Pijler Sociaal', 'collaboratesWith', 'IPO', None)}),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_tables(text, expected):
    assert_facts(text, expected, DATE)


# a press release: a recipient list after a colon, "opgericht door het toenmalige", the contact of the closing note; a rejected list and "beheerd door"; a second apposition joined by "en"
PRESS = [
    ('Persbericht: geld voor groene daken\n\nHet Fonds Groene Daken helpt steden. Het fonds werd in maart 2024 opgericht door het ministerie van BZK.\n\nDeelnemende gemeenten\nIn deze ronde ontvangen de volgende gemeenten een bijdrage: Ede, Breda en Delft. Aanvragen van Almere voldeden niet.\n\nNoot voor de redactie\nVoor meer informatie: Eva Smit, woordvoerder ministerie van BZK, telefoon 070-555 0000.\n',
     {('BZK', 'initiated', 'Fonds Groene Daken', None),
      ('Breda', 'participatesIn', 'Fonds Groene Daken', None),
      ('Delft', 'participatesIn', 'Fonds Groene Daken', None),
      ('Ede', 'participatesIn', 'Fonds Groene Daken', None),
      ('Eva Smit', 'contactFor', 'Fonds Groene Daken', None),
      ('Eva Smit', 'hasRole', 'BZK', 'woordvoerder')}),
    ('Het Fonds Groene Daken helpt steden. Het fonds is groot.\n\nDe volgende gemeenten zijn afgewezen: Ede en Breda.\n',
     set()),
    ('Het Fonds Groene Daken helpt steden. Sinds maart wordt het fonds beheerd door de directie Wonen van BZK.',
     {('Directie Wonen', 'partOf', 'BZK', None),
      ('Fonds Groene Daken', 'ledBy', 'BZK', None),
      ('Fonds Groene Daken', 'ledBy', 'Directie Wonen', None)}),
    ('"Mooi," zegt Petra de Wit, voorzitter van de Pijler Sociaal en wethouder Jeugd in Ede.',
     {('Petra de Wit', 'hasRole', 'Ede', 'wethouder'),
      ('Petra de Wit', 'hasRole', 'Pijler Sociaal', 'voorzitter')}),
]


@pytest.mark.parametrize(("text", "expected"), PRESS)
def test_press(text, expected):
    assert_facts(text, expected, DATE)


# a Samenstelling page (bulleted members under Stuurgroep/Kernteam/Secretariaat); a field under a body heading stays unassigned; an attendance line
ROSTERS = [
    ('Samenstelling Taskforce Thuis Dichtbij\n\nStuurgroep\n\n- Petra de Wit (voorzitter; wethouder Wonen, Ede)\n- Kees Molenaar (wethouder, Breda)\n\nKernteam\n\n- Eva Smit (adviseur, gemeente Delft) – trekker kernteam\n\nSecretariaat\n\n- Jan Bakker (secretaris taskforce, G40-bureau)\n',
     {('Eva Smit', 'hasRole', 'Delft', 'adviseur'),
      ('Eva Smit', 'hasRole', 'Kernteam Taskforce Thuis Dichtbij', 'trekker'),
      ('G40-bureau', 'partOf', 'G40', None),  # the bureau in the aside is the unit (round 31a)
      ('Jan Bakker', 'affiliatedWith', 'G40', None),
      ('Jan Bakker', 'hasRole', 'Taskforce Thuis Dichtbij', 'secretaris'),
      ('Kees Molenaar', 'hasRole', 'Breda', 'wethouder'),
      ('Kees Molenaar', 'participatesIn', 'Stuurgroep Taskforce Thuis Dichtbij', None),
      ('Kernteam Taskforce Thuis Dichtbij', 'partOf', 'Taskforce Thuis Dichtbij', None),
      ('Petra de Wit', 'hasRole', 'Ede', 'wethouder'),
      ('Petra de Wit', 'hasRole', 'Stuurgroep Taskforce Thuis Dichtbij', 'voorzitter'),
      ('Stuurgroep Taskforce Thuis Dichtbij', 'partOf', 'Taskforce Thuis Dichtbij', None)}),
    ('City Deal Slimme Buurten\n\nStuurgroep\n\nVoorzitter: Maaike Lindhout\n',
     set()),
    ('Themagroep Groen – agenda\nOverleg van 5 mei 2024\n\nVoorzitter: Petra de Wit (wethouder, Ede)\nAanwezig: Kees Molenaar (Breda), Eva Smit (VNG), Jan Bakker (ministerie van IenW, directie Water)\nAfwezig met bericht: Tom Visser (Delft)\nVerslag: Sara Kok (secretaris themagroep, G40-bureau)\n',
     {('Eva Smit', 'affiliatedWith', 'VNG', None),
      ('G40-bureau', 'partOf', 'G40', None),  # the bureau in the aside is the unit (round 31a)
      ('Jan Bakker', 'affiliatedWith', 'IenW', None),
      ('Kees Molenaar', 'affiliatedWith', 'Breda', None),
      ('Kees Molenaar', 'participatesIn', 'Themagroep Groen', None),
      ('Petra de Wit', 'hasRole', 'Ede', 'wethouder'),
      ('Petra de Wit', 'hasRole', 'Themagroep Groen', 'voorzitter'),
      ('Sara Kok', 'affiliatedWith', 'G40', None),
      ('Sara Kok', 'hasRole', 'Themagroep Groen', 'secretaris'),
      ('Tom Visser', 'affiliatedWith', 'Delft', None)}),
]


@pytest.mark.parametrize(("text", "expected"), ROSTERS)
def test_rosters(text, expected):
    assert_facts(text, expected, DATE)


# a Q&A answer naming the cities (and a negated answer); a college letter's signature block; a timed programme of an invitation
INTERVIEWS_LETTERS_PROGRAMMES = [
    ('Interview met wethouder Petra de Wit\n\nWat is de City Deal Zon?\nEen samenwerking van steden.\n\nWelke steden doen mee?\nNaast Ede zijn dat Breda en Delft.\n',
     {('Breda', 'participatesIn', 'City Deal Zon', None),
      ('Delft', 'participatesIn', 'City Deal Zon', None),
      ('Ede', 'participatesIn', 'City Deal Zon', None)}),
    ('Interview met wethouder Petra de Wit\n\nWat is de City Deal Zon?\nEen samenwerking van steden.\n\nWelke steden doen mee?\nDelft en Breda doen niet mee.\n',
     set()),
    ('Raadsinformatiebrief\n\nWij doen mee.\n\nMet vriendelijke groet,\nhet college van burgemeester en wethouders van Ede,\n\nde secretaris,        de burgemeester,\nKees Molenaar         Petra de Wit\n',
     {('Kees Molenaar', 'hasRole', 'Ede', 'secretaris'),
      ('Petra de Wit', 'hasRole', 'Ede', 'burgemeester')}),
    ('Uitnodiging werksessie "Groen in de wijk"\n\nProgramma\n\n10.00 Welkom – Petra de Wit, wethouder van Ede\n10.30 Pauze\n11.00 Ronde 1 – begeleid door Kees Molenaar\n\nWie komen er?\nEva Smit heeft laten weten niet te komen.\n',
     {('Kees Molenaar', 'participatesIn', 'Groen in de wijk', None),
      ('Petra de Wit', 'hasRole', 'Ede', 'wethouder'),
      ('Petra de Wit', 'participatesIn', 'Groen in de wijk', None)}),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEWS_LETTERS_PROGRAMMES)
def test_interviews_letters_programmes(text, expected):
    assert_facts(text, expected, DATE)


# "Onder de pijler vallen …", "valt sinds … onder", a Turkish-Dutch name, an alliance as a programme started by others
PARTS_NAMES = [
    ('De Pijler Fysiek werkt hard. Onder de pijler vallen de Themagroep Wonen en de Themagroep Water.',
     {('Themagroep Water', 'partOf', 'Pijler Fysiek', None),
      ('Themagroep Wonen', 'partOf', 'Pijler Fysiek', None)}),
    ('De Themagroep Water valt sinds 1 januari 2024 onder de Pijler Fysiek.',
     {('Themagroep Water', 'partOf', 'Pijler Fysiek', None)}),
    ('Wethouder Şule Kılıç (Zaanstad) opende de bijeenkomst.',
     {('Şule Kılıç', 'hasRole', 'Zaanstad', 'wethouder')}),
    ('De Alliantie Lezen Loont is in 2023 gestart door het ministerie van OCW en de gemeente Ede.',
     {('Ede', 'initiated', 'Alliantie Lezen Loont', None),
      ('OCW', 'initiated', 'Alliantie Lezen Loont', None)}),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_NAMES)
def test_parts_names(text, expected):
    assert_facts(text, expected, DATE)


# passives that point back to an event; where a pilot runs; "wij als X zijn penvoerder"
ANAPHORA = [
    ('Het Klimaatcongres Groene Stad vindt plaats in mei. Het congres wordt georganiseerd door de Themagroep Groen samen met de VNG.',
     {('Themagroep Groen', 'organised', 'Klimaatcongres Groene Stad', None),
      ('VNG', 'organised', 'Klimaatcongres Groene Stad', None)}),
    ('Het Klimaatcongres Groene Stad vindt plaats in mei. Het congres wordt niet georganiseerd door de VNG.',
     set()),
    ('De Pilot Groene Daken loopt in Ede en Breda en wordt begeleid door Platform31.',
     {('Breda', 'participatesIn', 'Pilot Groene Daken', None),
      ('Ede', 'participatesIn', 'Pilot Groene Daken', None),
      ('Platform31', 'participatesIn', 'Pilot Groene Daken', None)}),
    ('Wat is de City Deal Zon?\n"Een samenwerking van steden. Wij als Ede zijn penvoerder, dus de coördinatie ligt bij ons."',
     {('City Deal Zon', 'ledBy', 'Ede', None)}),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora(text, expected):
    assert_facts(text, expected, DATE)


# a name confirmed by a role after a dash or bracket; a second role joined by "en"; a contact's role names what
# the contact is for; a generic section heading names no themagroep
STRUCTURE_NAMES = [
    ('Uitnodiging kennissessie "Wonen boven winkels"\n\nHet Pact Wonen Boven is van de Themagroep Wonen.\n\nProgramma\n\n10.00 Welkom – Tarik Mulder, voorzitter van de themagroep en wethouder in Ede\n10.30 Lunch\n',
     {('Tarik Mulder', 'hasRole', 'Ede', 'wethouder'),
      ('Tarik Mulder', 'hasRole', 'Themagroep Wonen', 'voorzitter'),
      ('Tarik Mulder', 'participatesIn', 'Wonen boven winkels', None)}),
    ('Interview met Petra de Wit\n\nMeer informatie: Kees Molenaar, programmacoördinator Alliantie Zon, gemeente Ede.',
     {('Kees Molenaar', 'contactFor', 'Alliantie Zon', None),
      ('Kees Molenaar', 'hasRole', 'Alliantie Zon', 'programmacoördinator'),
      ('Kees Molenaar', 'hasRole', 'Ede', 'programmacoördinator')}),
    ('Samenstelling Taskforce Thuis Dichtbij\n\nKernteam\n\n- Arjun Kok (senior adviseur, gemeente Delft)\n',
     {('Kernteam Taskforce Thuis Dichtbij', 'partOf', 'Taskforce Thuis Dichtbij', None),
      ('Arjun Kok', 'hasRole', 'Delft', 'senior adviseur'),
      ('Arjun Kok', 'participatesIn', 'Kernteam Taskforce Thuis Dichtbij', None)}),
    ('Verslag Themagroep Wonen\n\nProgramma\n\nDe secretaris van de themagroep is Eva Smit.',
     {('Eva Smit', 'hasRole', 'Themagroep Wonen', 'secretaris')}),
]


@pytest.mark.parametrize(("text", "expected"), STRUCTURE_NAMES)
def test_structure_names(text, expected):
    assert_facts(text, expected, DATE)


# "X uit <gemeente>": the municipality the person comes for
FROM_PLACE = [
    ('Ik werk nauw samen met Kees Molenaar uit Breda, die de themagroep met mij trekt.',
     {('Kees Molenaar', 'affiliatedWith', 'Breda', None)}),
]


@pytest.mark.parametrize(("text", "expected"), FROM_PLACE)
def test_from_place(text, expected):
    assert_facts(text, expected, DATE)
