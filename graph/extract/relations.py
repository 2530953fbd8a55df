"""Relation patterns between mentions: the predicates of the facts export other than hasRole.

Each rule is a pattern of Dutch with a rule id and a confidence; the evidence is the sentence.

=====================  =====================================================================
predicate              cues
=====================  =====================================================================
collaboratesWith       "samen met", "(in) samenwerking met", "in gesprek met", "verbinding met",
                       "contact met", "overleg met"; "met X … gewerkt/gesprekken gevoerd/opgesteld/afspraken";
                       "X en Y werken samen / gezamenlijk / tekenden een convenant" (each pair);
                       fronted: "Met X en Y werkt Z samen" (not "met steun van X", not "…, met X niet")
                       a subject named by its kind: "…, waar de gemeente samen met X …" (the one
                       municipality named just before; none when two are)
                       "slaat de handen ineen met", "bundelt de krachten met", "een samenwerking aangegaan
                       met", "sloot een convenant met"; "X en Y slaan de handen ineen / bundelen hun krachten";
                       "een samenwerking tussen X en Y"
participatesIn         "participeren/doen mee/meedoen/nemen deel/ondertekenden" with a list (not the actors of a
                      relative clause after it: "…, dat door BZK wordt getrokken"); "actief in";
                      money from a programme, also fronted: "Via de X kregen A en B een bijdrage";
                       "heeft zitting in X met Y"; "is verbreed met vertegenwoordigers van";
                       "Hieronder/Waaronder …" after "bestaat uit"; "meegedacht/meegewerkt … X";
                       "X ontving geld / een bijdrage uit <programma>" (money from a ministry: nothing)
                       the verb last or inverted: "…, waaraan X deelneemt", "Sinds 2021 neemt X deel aan";
                       "heeft zich aangemeld voor"; "Deelnemers aan X zijn A en B"; "is een van de deelnemers aan";
                       pilot towns: "Hoorn en Alkmaar waren pilotgemeente", "de proeftuinen in A en B"
                       (:mod:`graph.extract.pilot_places`); "zetten hun handtekening", "zijn van de partij",
                       "Ondertekenaars zijn A en B", "de deelname van X aan Y", "X verlaat de taskforce",
                       "In Almelo sluit ook X aan"; money: "Met geld uit de Regio Deal X investeert Y",
                       "Het lab wordt gefinancierd door OCW", "BZK financiert de Regio Deal X"
initiated              see :mod:`graph.extract.initiatives`
organised              "organiseerde/organiseert/georganiseerd (met X)" + an event; fronted
                       "Samen met X en Y organiseerde Z een werkconferentie" (X and Y too); "X heeft samen
                       met Y een … georganiseerd"; "X was gastheer/gastgemeente van <event>";
                       the host of a werkbezoek (:mod:`graph.extract.visits`; its visitor participatesIn)
ledBy                  "o.l.v.", "onder leiding/regie/de hoede van", "<programma> van het ministerie van";
                       "X trekt/leidt/coördineert de themagroep"; "Het penvoerderschap/De regie van Y ligt
                       bij X"; "X heeft het penvoerderschap van Y"; "X is verantwoordelijk voor Y", "Y valt onder X",
                       "X voert (de regie over) Y (uit)", "De uitvoering ligt bij X" (:mod:`graph.extract.responsibility`)
succeeded              see :mod:`graph.extract.succession` (and the roles passed on with it),
                       :mod:`graph.extract.table_succession` (successive holders in a table) and
                       :mod:`graph.extract.plural_succession` ("Zij volgen X op")
contactFor             "Meer informatie/Contact(persoon)/Informatie: <persoon>" in a section
partOf                 see :mod:`graph.extract.parts`
members (participatesIn) see :mod:`graph.extract.membership`: "In de taskforce zitten …", "toegetreden tot",
                       "Namens het ministerie neemt X deel"
affiliatedWith         e-mail domains (municipality or organisation)
=====================  =====================================================================

Who a cue is about (the subject, inverted or not, and the actors listed with it) is found by
:mod:`graph.extract.subjects`. A cue counts only where its clause asserts it
(:mod:`graph.extract.polarity`): "werkt niet samen met", "Werkt … samen met …?", "zou kunnen
samenwerken met" and "…, maar daarvan is afgezien" state no fact.

The rules live in one module per concern: :mod:`graph.extract.collaboration` (collaboratesWith),
:mod:`graph.extract.taking_part` (participatesIn: taking part, joining, partners),
:mod:`graph.extract.funding` (money from a programme), :mod:`graph.extract.organising` (organised)
and :mod:`graph.extract.leadership` (ledBy, and the chairs and trekkers of units); their shared
patterns are in :mod:`graph.extract.relation_common`. :func:`find_relations` runs them all, in a
fixed order.
"""

from __future__ import annotations

from .academic_posts import find_academic_posts
from .acquaintance_rows import find_acquaintance_rows
from .addressee import find_addressee_facts
from .both_partners import find_both_partners
from .cards import find_cards, find_stated_leads
from .register_lines import find_register_lines
from .collaboration import find_collaboration
from .person_partners import find_person_partners
from .commissioners import find_commissioners
from .commissions import find_commissions
from .decided_joining import find_decided_joining
from .contacts import find_contacts, find_pronoun_contact
from .copula_roles import find_copula_roles
from .context import DocContext
from .ellipsis import find_gapped_roles, find_town_ellipsis
from .role_that import find_role_that
from .firstperson import find_first_person
from .ruling_chambers import find_ruling_chambers
from .participants_from import find_participants_from
from .ministry_directorates import find_ministry_directorates
from .fronted_frames import find_fronted_frames
from .funding import find_funding
from .cofunders import find_cofunders
from .heading_ministry import find_heading_ministry_roles
from .home_offices import find_home_offices
from .initiatives import find_initiatives
from .introduced_names import find_introduced_facts
from .joint_work import find_joint_work
from .leadership import find_leadership
from .local_programmes import find_local_programmes
from .mail import find_mail_we
from .inline_lists import find_answered_lists, find_inline_lists, find_member_lists, find_runs_in
from .role_tables import find_role_tables
from .body_labels import find_body_labels
from .form_titles import find_form_projects
from .lists import find_counted_named, find_led_items, find_listed_paragraphs, find_lists
from .meetings import find_meetings_held, find_title_parties
from .membership import find_membership
from .member_relatives import find_member_relatives
from .negotiations import find_negotiations
from .observers import find_observers
from .organising import find_organised
from .organogram import find_organogram
from .signoffs import find_signoff_blocks
from .signer_colleagues import find_signer_colleagues
from .answered_partners import find_answered_partners
from .sitting_for import find_sitting_for
from .participation import find_event_participants
from .event_hosts import find_event_hosts
from .turn_speakers import find_turn_speakers
from .programme_lines import find_programme_lines
from .programme_towns import find_programme_towns
from .programme_lists import find_programme_lists
from .parts import find_parts
from .pointing_back import find_daarin
from .pilot_places import find_pilot_places
from .relative_leads import find_relative_leads
from .parties import find_parties
from .bracket_owner import find_bracket_owners
from .passive_partners import find_passive_partners
from .plural_succession import find_plural_succession
from .predecessor_roles import find_predecessor_roles
from .named_predecessor_roles import find_named_predecessor_roles
from .holder_pijlers import find_holder_pijlers
from .table_succession import find_table_successions
from .line_tables import find_line_tables
from .office_fields import find_office_fields
from .organisation_compounds import find_organisation_compounds
from .programme_heading_lists import find_programme_heading_lists
from .prefix_owners import drop_prefix_parties
from .represented_places import find_represented_places
from .represented_at import find_represented_at
from .speakers_named import find_named_speakers
from .respectively import find_respectively
from .responsibility import find_responsibility
from .subordinate_roles import find_subordinate_roles
from .succession import find_succession
from .steering_units import find_steering_units
from .support import find_support
from .supporters import find_supporters
from .agreements import find_agreements
from .succession_as import find_named_role_succession, find_seat_succession
from .action_tables import drop_action_owner_roles
from .contact_handover import find_contact_handover
from .mail_leaving import find_mail_leaving
from .mail_moves import find_mail_moves
from .moves import find_moves
from .task_handover import find_task_handover
from .since_then import date_since_then
from .term_columns import date_by_term_column
from .term_pairs import find_term_pairs
from .tables import find_tables
from .partnership_tables import find_partnership_tables
from .register_rows import find_register_rows
from .consisting_members import find_consisting_members
from .dossier_handover import find_dossier_handover
from .partner_contacts import find_partner_contacts
from .programme_tables import find_programme_columns
from .year_columns import find_year_columns
from .rotation_tables import find_rotation_tables
from .unit_columns import find_unit_columns
from .petitions import find_petition_support
from .participant_clauses import find_participant_clauses
from .invitation_registers import find_invitation_registers
from .first_boards import find_first_boards
from .town_columns import find_town_columns
from .infobox_roles import find_infobox_roles
from .calendar_rows import find_calendar_rows
from .timed_programmes import find_speakers
from .representation_tables import find_representation_columns
from .unit_setup import find_unit_setup
from .taking_part import find_participation
from .body_contacts import find_body_contacts, find_contact_at_for
from .council_committees import council_committees
from .mayor_cabinet import cabinet_parents
from .title_organisers import find_title_organisers
from .verb_last_collaboration import find_verb_last_collaboration
from .visits import find_visits
from .visit_hosts import find_visit_hosts
from .voice import find_signatures
from .with_whom import find_with_whom
from .memo_headers import find_memo_headers
from .self_introductions import find_self_introductions
from .your_officials import find_your_officials
from .with_as_role import find_with_as_role
from .working_on import find_working_on

__all__ = ["find_relations"]


def find_relations(ctx: DocContext) -> None:
    """Add all non-role relations to ``ctx``."""
    for sentence in ctx.sentences:
        mentions = ctx.in_sentence(sentence)
        if not mentions:
            if "hem" in sentence.text or "haar" in sentence.text:
                find_pronoun_contact(ctx, sentence, mentions)  # "Bij haar kunt u terecht voor verslagen."
            continue
        find_collaboration(ctx, sentence, mentions)  # samen met, samen als onderwerp, partner is
        find_person_partners(ctx, sentence, mentions)  # "A werkt samen met B", "A en B werken samen": two people
        find_working_on(ctx, sentence, mentions)  # "X werkt met A en B aan Y"
        find_verb_last_collaboration(ctx, sentence, mentions)  # "…dat X met Y samenwerkt"
        find_with_whom(ctx, sentence, mentions)  # "Platform31, met wie de pijler een programma uitvoert"
        find_both_partners(ctx, sentence, mentions)  # "Met beide ministeries hebben we een vast overleg"
        if "af" in sentence.text or "overeen" in sentence.text:
            find_agreements(ctx, sentence, mentions)  # "De themagroep X en het ministerie van Y spreken af …"
        find_commissions(ctx, sentence, mentions)
        find_commissioners(ctx, sentence, mentions)  # "Opdrachtgever is de Pijler X"  # "X deed in opdracht van Y onderzoek"
        find_participation(ctx, sentence, mentions)
        find_joint_work(ctx, sentence, mentions)  # samen optrekken in de themagroep
        find_daarin(ctx, sentence, mentions)  # "Samen met A werkt Ede daarin aan …": in the programme named before
        find_programme_towns(ctx, sentence, mentions)  # "Het akkoord start met vier proefregio's: A, B, C en D"
        find_programme_lists(ctx, sentence, mentions)  # "de Regio Deal X, met de gemeenten A en B", "A (Regio Deal X)"
        find_pilot_places(ctx, sentence, mentions)  # "Hoorn en Alkmaar waren pilotgemeente", "de proeftuinen in A en B"
        find_relative_leads(ctx, sentence, mentions)  # "het Leernetwerk X, dat Platform31 begeleidde" (round 59s)
        find_funding(ctx, sentence, mentions)
        find_cofunders(ctx, sentence, mentions)  # "… het programma X uit. Ook de provincie Y is medefinancier."
        find_support(ctx, sentence, mentions)  # "…, met steun van het ministerie van BZK"
        find_initiatives(ctx, sentence, mentions)
        find_fronted_frames(ctx, sentence, mentions)  # "In het programma X heeft de G40 …", "via de themagroep Y"
        find_unit_setup(ctx, sentence, mentions)  # "heeft het bestuur van de G40 de Taskforce X ingesteld"
        find_membership(ctx, sentence, mentions)
        find_member_relatives(ctx, sentence, mentions)  # "de G40, het netwerk van gemeenten waarvan Hoorn lid is"
        find_sitting_for(ctx, sentence, mentions)  # "X zat namens Ede in de stuurgroep Y": Ede takes part in it
        find_negotiations(ctx, sentence, mentions)  # "X wordt uitonderhandeld tussen A, B en C"
        find_observers(ctx, sentence, mentions)  # "Het IPO is als toehoorder aanwezig"
        find_represented_at(ctx, sentence, mentions)  # "Bij de Stedendialoog X waren naast Ede ook A en B vertegenwoordigd"
        find_named_speakers(ctx, sentence, mentions)  # "… het Binnenstadcongres. Sprekers waren onder anderen X en Y"
        find_participant_clauses(ctx, sentence, mentions)  # "Het project … ; deelnemers zijn A, B en C"
        find_organised(ctx, sentence, mentions)  # organiseerde, met bijdragen van
        find_visits(ctx, sentence, mentions)  # bracht een werkbezoek aan
        find_visit_hosts(ctx, sentence, mentions)  # "Bij Fontys Venlo spraken we met lector X": X's post at Fontys
        find_meetings_held(ctx, sentence, mentions)  # "heeft een overleg gevoerd met minister X"
        find_leadership(ctx, sentence, mentions)  # onder leiding van, trekt
        find_with_as_role(ctx, sentence, mentions)  # "…, de pilot X, met Y als projectleider": Y's role in the pilot
        find_self_introductions(ctx, sentence, mentions)  # "Hoi, X hier, adviseur wonen bij de gemeente Y"
        find_responsibility(ctx, sentence, mentions)  # verantwoordelijk voor, valt onder, voert uit
        find_steering_units(ctx, sentence, mentions)  # "De woondeal wordt bestuurlijk aangestuurd door een regietafel"
        find_succession(ctx, sentence, mentions)
        find_plural_succession(ctx, sentence, mentions)  # "Zij volgen X op"
        find_named_role_succession(ctx, sentence, mentions)  # "X wordt als wethouder opgevolgd door Y"
        find_seat_succession(ctx, sentence, mentions)  # "X, nieuw namens Zwolle, vervangt Y"
        find_term_pairs(ctx, sentence, mentions)  # "Voorzitter was tot 1 juli A en vanaf 1 juli B"
        find_moves(ctx, sentence, mentions)  # "X is per 1 mei overgestapt van de gemeente A naar de gemeente B"
        find_contact_handover(ctx, sentence, mentions)  # "A nam de rol van contactpersoon bij OCW over van B"
        find_task_handover(ctx, sentence, mentions)  # "A is per 1 mei overgestapt naar KGG; B heeft haar taken voor Z overgenomen"
        find_town_ellipsis(ctx, sentence, mentions)
        if "," in sentence.text or " en " in sentence.text:
            find_gapped_roles(ctx, sentence, mentions)  # "X is voorzitter van A, Y van B en Z van C"
        if "at " in sentence.text:
            find_role_that(ctx, sentence, mentions)  # "Zwolle heeft een nieuwe wethouder. Dat is X."
        find_contacts(ctx, sentence, mentions)
        find_body_contacts(ctx, sentence, mentions)  # "het Kabinet van de burgemeester, contactpersoon X"
        find_contact_at_for(ctx, sentence, mentions)  # "Contactpersoon bij Divosa voor het programma is X"
        if "ondersteun" in sentence.text or "contactpersoon" in sentence.text or "aanspreekpunt" in sentence.text \
                or "coördinatie" in sentence.text:
            find_supporters(ctx, sentence, mentions)  # "Zij ondersteunt de Themagroep X", "- contactpersoon van de X"
        find_cards(ctx, sentence, mentions)
        find_register_lines(ctx, sentence, mentions)  # "Gemeente X" / "Burgemeester: Y": Y is X's burgemeester (46b)
        if sentence.bullet_list is not None and ":" in sentence.text:
            find_dossier_handover(ctx, sentence, mentions)  # "- City Deal X: … terecht bij Y, die het … overneemt"
        if "bestaa" in sentence.text or "bestond" in sentence.text:
            find_consisting_members(ctx, sentence, mentions)  # "Zoals je weet bestaat de City Deal uit A, B en C"
        find_stated_leads(ctx, sentence, mentions)
    date_since_then(ctx)  # "… stopte per 1 juni. Sindsdien is Y voorzitter": Y from 1 June
    council_committees(ctx)  # "GEMEENTERAAD EDE" over "Rapport van de commissie …": the committee is Ede's
    cabinet_parents(ctx)  # "het Kabinet van de burgemeester": part of the town whose burgemeester the text names
    find_title_organisers(ctx)  # "Georganiseerd door X en Y" under a congress's title: X and Y organised it
    find_tables(ctx)
    find_register_rows(ctx)  # "| functie | houder |" / "| accountmanager G40 | X |": X holds the office in the G40
    find_form_projects(ctx)  # "Projectleider: X" / "Titel: P" in an application form: X leads P
    find_role_tables(ctx)  # "| Rol | Invulling |" / "| Programmamanager | X |": X's role in the title's programme
    find_partner_contacts(ctx)  # "| Partner | Rol / contactpersoon |" of an application: partners of its applicant
    find_partnership_tables(ctx)  # "| Samenwerkingsverband | Partners | Rol van Venlo |": each row's partners
    find_programme_columns(ctx)  # "| Gemeente | Regio Deal |": each row's town takes part in the row's deal
    find_year_columns(ctx)  # "| Stad | 2022 | 2023 |" / "| Ede | – | deelnemer |": Ede takes part from 2023
    find_rotation_tables(ctx)  # "| trainee | rotatie 1 (sep 2024 – feb 2025) |" / "| X | gemeente Breda |": X works at Breda then
    find_unit_columns(ctx)  # "| Organisatie | Onderdeel |" / "| ministerie van SZW | directie Arbeidsmarkt |": the directie is SZW's
    find_invitation_registers(ctx)  # "| bestuurder | omschrijving | afhandeling |" / "| X | Uitnodiging Woontop | bijgewoond |"
    find_first_boards(ctx)  # "Voor de eerste maal worden tot bestuurders van de stichting benoemd:" / "- X, als voorzitter;"
    find_town_columns(ctx)  # "| Gemeente | Ambtelijk contact | Pijlers |" / "| Ede | X | EW, SO |": X of Ede, Ede in each
    find_calendar_rows(ctx)  # "| Datum | Overleg | Ministerie aanwezig |" / "| 12 feb | Themagroep X | SZW |"
    find_table_successions(ctx)  # "| A | voorzitter | 2019 – 2022 |" / "| B | voorzitter | sinds 2022 |": B succeeded A
    date_by_term_column(ctx)  # "| Voorzitter | Periode |": the term is the chair's, not the row's other facts
    drop_action_owner_roles(ctx)  # "| actiepunt | trekker |": who carries out an action holds no role
    find_line_tables(ctx)  # "Pijler Voorzitter Sinds" / "Pijler Fysiek X (Ede) 1 juli 2025": a PDF's table, X chairs it
    find_representation_columns(ctx)  # "| Naam | … | Externe vertegenwoordiging |": the row's person sits in each body
    find_lists(ctx)
    find_petition_support(ctx)  # "De petitie wordt gesteund door Aedes": Aedes takes part in the petition
    find_body_labels(ctx)  # "Stuurgroep (voorzitter: X)" / "- wethouder Ede: Y": the programme's body and its members
    find_programme_heading_lists(ctx)  # "Deelnemende steden per track" / "Track A" / "- Arnhem"
    find_listed_paragraphs(ctx)  # "Deelnemers" / "Tilburg, Zwolle en de VNG."
    find_counted_named(ctx)  # "Negen gemeenten krijgen geld uit het fonds X. Het gaat om A, B en C."
    find_led_items(ctx)
    find_inline_lists(ctx)
    find_member_lists(ctx)
    find_parties(ctx)  # "De ondergetekenden: …" then "Partijen richten X op"
    find_decided_joining(ctx)  # "Het college van B en W van Ede besluit: 1. toe te treden tot de City Deal X"
    find_passive_partners(ctx)  # "Met de VNG is een gezamenlijke inbreng gemaakt"
    find_bracket_owners(ctx)  # "themagroep Digitalisering (G40)"
    find_answered_lists(ctx)
    find_answered_partners(ctx)  # "Met wie werken jullie samen?" / "Allereerst met X."
    find_signatures(ctx)
    find_signoff_blocks(ctx)
    find_signer_colleagues(ctx)  # "Mijn collega X wordt projectleider" in a letter signed at BZK: X's post at BZK
    find_mail_we(ctx)  # "de werkconferentie die we samen organiseren" in a mail from X to Y
    find_speakers(ctx)
    find_event_participants(ctx)
    find_event_hosts(ctx)  # "Gespreksleider: X" under a programme item, "onze dagvoorzitter, X": X takes part
    find_turn_speakers(ctx)  # "Eva Smit: Welkom bij dit webinar. …" over more turns: each speaker takes part (58r)
    find_programme_lines(ctx)  # "- Roosendaal: de Nieuwe Markt, met wethouder X" under "Programma"
    find_title_parties(ctx)  # "Verslag bestuurlijk overleg G40 – ministerie van SZW"
    find_runs_in(ctx)
    find_first_person(ctx)
    find_ruling_chambers(ctx)  # "Aldus vastgesteld door A, voorzitter, en B en C, leden, …": roles in the court
    find_participants_from(ctx)  # "Dank voor de werksessie! Deelnemers uit A, B en C, plus D": they took part
    find_ministry_directorates(ctx)  # "X, directeur Werk en Wijk van het ministerie van SZW": X heads it, SZW's
    find_addressee_facts(ctx)  # "Per 2 maart ben je secretaris van de pijler" in "Inwerkprogramma X": X's role
    find_your_officials(ctx)  # "Uw wijkmanager is sinds 1 maart X" in a letter of the gemeente Y: X's post at Y
    find_memo_headers(ctx)  # "| **Van** | X, adviseur, team Wonen, gemeente Y |" / "| **Aan** | wethouder Z |"
    find_acquaintance_rows(ctx)  # "| kennismaking EZK | Rik Hoekstra, programmamanager |": his role at EZK
    find_mail_moves(ctx)  # "Ik ga aan de slag bij de gemeente R" in a signed message: the sender's new employer
    find_mail_leaving(ctx)  # "Per 1 mei neem ik afscheid van de gemeente L": the sender's ties in the message end
    find_parts(ctx)
    find_organogram(ctx)  # "Organogram" / "- Afdeling Economie – X (a.i.)": X heads it, in the directie above
    find_represented_places(ctx)  # "Verslag stuurgroep City Deal X" / "Aanwezig: A (wethouder Ede)": Ede takes part
    find_heading_ministry_roles(ctx)  # "### Wonen (BZK)" over "directeur-generaal X"
    find_copula_roles(ctx)  # "Trekker namens de G40 was X", "Coördinator is X (x@org.nl)"
    find_infobox_roles(ctx)  # "| Pijler X |" / "| Voorzitters | A (Ede), 2015–2018, B, sinds 2018 |"
    find_office_fields(ctx)  # "| Burgemeester | X (VVD) |" in an infobox about the town
    find_subordinate_roles(ctx)  # "…, omdat hij gedeputeerde werd in de provincie X"
    find_introduced_facts(ctx)  # "Wijkkracht, een initiatief van Platform31": Platform31 initiated it
    find_local_programmes(ctx)  # "In Heerlen is het project afgerond. Ook A en B boeken voortgang."
    find_home_offices(ctx)  # "Blokland begon als gemeenteraadslid": in the town where he holds office
    find_academic_posts(ctx)  # "… met Avans Hogeschool. Lector X onderzoekt daar …": a lector at the hogeschool
    find_predecessor_roles(ctx)  # "… benoemd tot gemeentesecretaris van X. Haar voorganger Y …"
    find_named_predecessor_roles(ctx)  # "wethouder X van Zwolle … . Zij volgde wethouder Y op": Y was Zwolle's (58g)
    find_holder_pijlers(ctx)  # "X vertegenwoordigt Ede in de pijler Y. Zij is ook trekker van de themagroep Z"
    find_respectively(ctx)  # "A en B nemen deel aan X respectievelijk Y": A–X and B–Y only (last: it corrects the rest)
    find_organisation_compounds(ctx)  # "G40-wethouder X": X belongs to the G40
    drop_prefix_parties(ctx)  # "samen met de G40 Pijler X": with the pijler, not also with the G40
