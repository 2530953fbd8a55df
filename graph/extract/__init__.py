"""Extraction: Dutch text → mentions and relation candidates (one module per concern).

:func:`extract` runs the stages in order — sentences, gazetteer, persons, organisations,
units, programmes/events/themes, in-text references, roles, relations — and returns one
:class:`~graph.extract.model.Extraction` per document. Nothing here mints IRIs.

Shared look-ups (for rule writers)
----------------------------------
About sixty relation rules run on every sentence that names someone and seventy once a document
(:func:`~graph.extract.relations.find_relations`), then the role rules. What several rules ask about one
sentence or document is worked out once and kept by the
:class:`~graph.extract.context.DocContext` they share; ask it there instead of working it out again:

- the mentions of a sentence, ``ctx.in_sentence(sentence)`` (kept per sentence; ``ctx.in_span`` is a
  bisection), and where it starts after a dateline, ``ctx.content_start(sentence)`` (kept per sentence);
- whether a cue occurs, ``ctx.cues`` / ``ctx.asserted_cues`` / ``ctx.has_cue`` for a sentence and
  ``ctx.search`` for the whole text: a pattern is run only where the text holds the words each of its
  matches holds (:mod:`graph.extract.cues`; the lower-case text made once a document);
- a fact's period, ``ctx.period_of`` (the periods and clause cuts of a sentence found once), and whether a
  sentence only lists people, ``ctx.listed(sentence)`` (found once a document);
- what a whole document says once: its messages (:func:`graph.extract.mail.messages`), its issuer and
  "we" (:mod:`graph.extract.voice`), the word tests of its tokens (:func:`graph.extract.tokens.marked_tokens`).
  A new look-up of this kind is kept the same way, in the context's ``__dict__`` under its own name.

Round 60p counted, for documents of ``benchmarks/generate.py`` and three development sets, every call of
these helpers and whether it repeats an earlier call of the same document with the same arguments
(``benchmarks/extract_repeats.py``): the repeats are these kept answers, each a dictionary look-up; what a
rule asks with its own cue's offset (the subject before it, its polarity, a fact's period) was not asked
twice, the list after a cue once in five. A rule's cost is its own work on every sentence, so a new rule
should bail out early: test the cheap things first (the words of its cue, the mention types it needs) and
ask its cue through ``ctx.cues``.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De G40 werkt samen met het ministerie van EZK.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations]
[('G40', 'collaboratesWith', 'EZK')]
"""

from __future__ import annotations

import bisect
import itertools
import logging
import unicodedata

from ..messages import CATALOGUE, msg
from .pattern_cache import RulesCompiled

# the rules imported below compile ~1,100 patterns: their engine code is kept on disk (see .pattern_cache)
_compiling = RulesCompiled(__name__).start()
from .boards import find_boards
from .context import DocContext
from .domains import organisation_domain
from .given_names import compound_given_names, given_name_repeats
from .network_names import with_network_names
from .name_abbreviations import abbreviation_mentions, place_abbreviations, place_short_names
from .field_surnames import find_field_surnames
from .police import police_mentions
from .field_bodies import field_bodies
from .embassies import with_embassies
from .gazetteer import dissolved_named, domain_entity, find_gazetteer_mentions, find_place_adjectives
from .introduced_names import find_introduced_names
from .handles import find_handles
from .header_names import with_header_persons
from .address_names import with_address_persons
from .initialled_addresses import with_initialled_persons
from .heading_bodies import heading_bodies
from .project_headings import project_headings
from .dossier_headings import dossier_headings, find_dossier_partners
from .standing_committees import standing_committees
from .arrangement_boards import arrangement_boards, find_arrangement_boards
from .project_roles import find_project_roles
from .role_heading_tables import find_role_heading_tables
from .heading_members import find_heading_members
from .joint_holders import find_joint_holders
from .taken_places import find_taken_places
from .joint_leads import find_joint_leads
from .committee_members import find_committee_members
from .council_committee_members import council_committees_named, find_council_committee_members
from .decided_appointments import find_decided_appointments
from .acting_for import find_acting_for
from .full_names import with_full_names
from .member_lines import find_member_lines
from .account_holders import find_account_holders
from .signature_surnames import find_signature_roles, signature_surnames
from .coauthor_lists import find_coauthor_lists
from .dg_moves import find_dg_moves
from .letterhead_units import find_letterhead_units
from .section_roles import find_section_roles
from .we_partner_lists import find_we_partner_lists
from .participation_lists import find_participation_lists
from .team_sections import find_team_sections
from .titled_projects import titled_projects
from .agreement_titles import agreement_titles
from .form_titles import form_titles
from .body_labels import body_labels
from .organogram_units import organogram_units
from .leader_units import leader_units
from .groups import GROUP_RULE, expand_groups, find_groups
from .region_groups import region_groups
from .hierarchy import direct_parents
from .listed_units import find_lead_in_units, find_list_items, find_plural_named_units, find_sibling_units
from .kamerleden import find_kamerleden, member_mentions
from .listed_partners import find_listed_partners
from .listings import listed_spans
from .paragraph_towns import find_paragraph_towns
from .programme_namesakes import network_suffix, programme_namesakes
from .meeting_units import find_meeting_units
from .committee_headers import committee_header_units, find_committee_headers
from .model import Extraction, Mention
from .office_references import office_references
from .not_the_same import people_apart
from .list_organisations import find_list_organisations
from .organisations import find_organisations, institution_place
from .numbered_affiliations import find_numbered_affiliations
from .agenda_rows import agenda_events, find_agenda_rows
from .superscript_affiliations import find_superscript_affiliations, superscript_authors
from .workspace_pages import find_workspace_titles, without_menu_commands
from .paired_tables import find_paired_tables
from .outline_maps import find_outline_maps
from .member_sentences import find_member_sentences
from .proposal_references import proposal_references
from .led_titles import with_led_titles
from .outline_groups import find_outline_groups, outline_group_units
from .pilot_towns import find_pilot_towns
from .member_clauses import find_member_clauses
from .wnt_tables import find_wnt_tables
from .represented_parties import find_represented_parties
from .possessed_colleagues import find_possessed_colleagues
from .relative_managers import find_relative_managers
from .secretariats import find_secretariats
from .pronoun_compositions import find_pronoun_compositions, pronoun_bodies
from .case_studies import case_study_projects
from .proposal_names import proposal_names
from .welcomed_members import find_welcomed_members
from .section_events import find_section_events
from .local_parties import local_parties
from .glossary_entries import find_glossary_entries
from .session_tables import find_session_tables, session_cells
from .ministry_directorates import ministry_directorates
from .subsidiary_names import with_subsidiary_names
from .email_addresses import find_emails, spells
from .person_cells import find_person_cells
from .special_data import sensitive_sentences, special_data_warning, without_sensitive_twins
from .stated_starts import with_stated_starts
from .earlier_posts import with_earlier_ends
from .pronoun_successor import with_pronoun_successors
from .office_starts import with_office_starts
from .appointment_terms import with_appointment_terms
from .kept_until import with_kept_ends
from .term_ends import with_term_ends
from .those_years import with_those_years
from .successor_starts import with_handover_ends, with_successor_contacts, with_successor_starts
from .dated_twins import with_dated_twins
from .left_as import with_left_as
from .apposition_terms import with_apposition_terms
from .moved_on import with_moved_on
from .addressee_terms import with_addressee_terms
from .relative_participations import with_relative_participations
from .stopped_rows import with_stopped_rows
from .adjoining_terms import with_adjoining_terms
from .message_days import with_message_days
from .succeeded_starts import with_succeeded_starts
from .accompanied_terms import with_accompanied_terms
from .objectless_starts import with_objectless_starts
from .career_starts import with_career_starts
from .deceased import with_deceased
from .thanked_roles import with_thanked_roles
from .successor_offices import with_successor_offices
from .followed_as import with_followed_as
from .motions import without_motion_requests
from .college_years import with_college_years
from .last_working_day import with_last_working_day
from .row_terms import with_row_terms
from .month_headings import with_month_headings
from .replaced_parties import with_replaced_parties
from .left_by_kind import with_left_by_kind
from .party_contacts import find_party_contacts
from .persons import find_persons
from .place_surnames import surname_like
from .surname_repeats import surname_repeats
from .events import find_events, find_sessions
from .programme_abbreviations import programme_abbreviations
from .postcodes import in_postcode
from .region_names import in_region_name
from .prefixed_events import organiser_prefixed_events
from .prizes import find_prizes
from .programme_columns import find_programme_columns
from .programmes import find_programmes
from .place_services import place_services
from .mayor_cabinet import mayor_cabinets
from .references import find_heading_mentions, find_references
from .defined_parties import defined_party_mentions
from .rectifications import rectified_sentences, unapplied_rectifications, without_rectified
from .corrected_cells import printed_cells, without_printed
from .contents_tables import contents_rows, without_title_clauses
from .contrasted_ends import denied_ends, without_denied_ends
from .middle_names import with_short_names
from .office_lists import find_office_lists
from .register_blocks import find_register_blocks
from .unit_fields import find_unit_fields, page_body
from .account_tables import account_cells, find_account_tables
from .seated_lists import find_seated_lists
from .row_successors import find_row_successors
from .unit_holder_items import find_unit_holder_items
from .plural_role_lists import find_plural_role_lists
from .bracket_units import find_bracket_units
from .leaving_for import find_leaving_for, with_left_posts
from .body_signatures import find_body_signatures, find_council_signatures
from .partner_headings import find_partner_headings
from .board_tables import find_board_tables
from .listed_participations import find_listed_participations
from .register_extracts import find_register_officers, register_mentions
from .relations import find_relations
from .mandate_signatures import find_mandate_signatures
from .roster_dates import with_roster_dates
from .cell_starts import with_cell_starts
from .roles import find_roles
from .position_lists import find_position_lists
from .role_portfolios import with_portfolios
from .table_portfolios import with_table_portfolios
from .portfolio_bodies import with_employer_bodies
from .email_roles import apposition_role
from .table_names import find_partner_cells, find_table_mentions
from .themes import find_themes
from .sentences import split_sentences
from .tokens import Token, tokenize
from .tracks import find_tracks
from .network_forums import find_network_forums
from .units import find_units
from .unit_name_persons import without_unit_names
from .withdrawn_claims import withdrawn_claims

__all__ = ["extract"]

log = logging.getLogger(__name__)
_compiling.stop()

#: a mention of one of these types may sit inside a named unit ("stuurgroep Woningbouwimpuls")
_NESTABLE = {"Programme", "Organisation", "Ministry", "Municipality"}
#: programmes whose name holds a place ("Regio Deal Zeeland", "Nationaal Programma Heerlen-Noord"): the
#: place inside is no mention of its own
_PLACE_NAMED = frozenset({"programmes.citydeal", "programmes.place-named"})
#: mentions a Regio Deal's name may hold ("Regio Deal Zeeland")
_PLACES = {"Municipality", "Province"}


def _outside(mentions: list[Mention], names: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside one of ``names`` ("Zeeland" in "Regio Deal Zeeland").

    A mention is inside one when the names that begin at or before it reach to its end or past:
    the names sorted by start and the furthest end among each prefix, a bisection per mention
    (a document of 5 MB names a City Deal 56,000 times: every mention against every name did not end in 22 minutes).

    >>> names = [Mention(10, 30, "Regio Deal Zeeland", "Programme", "programmes.citydeal", 1.0)]
    >>> [m.text for m in _outside([Mention(22, 29, "Zeeland", "Province", "", 1.0),
    ...                            Mention(31, 36, "Breda", "Municipality", "", 1.0)], names)]
    ['Breda']
    """
    ordered = sorted(names, key=lambda n: n.start)
    starts = [n.start for n in ordered]
    furthest = list(itertools.accumulate((n.end for n in ordered), max))
    return [m for m in mentions if not (k := bisect.bisect_right(starts, m.start)) or furthest[k - 1] < m.end]


def _token_indexes(tokens: list[Token], starts: list[int], mentions) -> set[int]:
    covered: set[int] = set()
    for m in mentions:
        k = bisect.bisect_left(starts, m.start)
        while k < len(tokens) and tokens[k].start < m.end:
            covered.add(k)
            k += 1
    return covered


def _merge(groups: list[list[Mention]]) -> list[Mention]:
    """Non-overlapping mentions; earlier groups win, longer spans win within the rest."""
    kept: list[Mention] = []
    size = max((m.end for group in groups for m in group), default=0) + 1
    occupied = bytearray(size)  # 1: taken, 2: inside a named unit (room for a nested name)
    for group in groups:
        for m in sorted(group, key=lambda x: (x.start, -(x.end - x.start))):
            span = occupied[m.start:m.end]
            if 1 in span or (2 in span and m.type not in _NESTABLE):
                continue
            if 2 in span and not all(span):
                continue  # only fully inside the named unit
            kept.append(m)
            # (a named unit, an agenda's event "Werkbezoek Lelystad" keep the place or body named inside)
            mark = 2 if (m.type == "OrganisationalUnit" and m.rule == "units.named") or m.rule == "events.agenda-row" else 1
            occupied[m.start:m.end] = bytes([mark]) * (m.end - m.start)
    return sorted(kept, key=lambda m: (m.start, m.end))


def extract(document_id: str, text: str, *, gazetteer, date: str | None = None) -> Extraction:
    """Mentions and relations of one document.

    ``date`` (ISO) is the document's date or period end: it picks ministry name periods and
    decides whether dissolved municipalities still count.
    """
    sentences = split_sentences(text)
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    emails = find_emails(text)
    email_tokens = _token_indexes(tokens, starts, [Mention(e.start, e.end, "", "Person", "", 0) for e in emails])
    gazetteer_mentions = [m for m in find_gazetteer_mentions(text, gazetteer, date=date, tokens=tokens)
                          if not any(e.start <= m.start < e.end for e in emails) and not surname_like(text, m)
                          and not institution_place(text, m) and not in_postcode(text, m)  # "5700 AZ Helmond"
                          and not in_region_name(text, m)]  # "regio Parkstad Limburg"
    gazetteer_mentions = with_subsidiary_names(text, tokens, gazetteer_mentions)  # "VNG Realisatie"
    gazetteer_mentions = _merge([gazetteer_mentions, place_abbreviations(text, gazetteer_mentions)])  # "S-G"
    gazetteer_mentions = _merge([gazetteer_mentions, place_short_names(text, gazetteer_mentions)])  # "Alphen"
    handles = find_handles(text, gazetteer)  # "@PBLnl", "@gemeenteamersfoort"
    if handles:
        gazetteer_mentions = _merge([gazetteer_mentions, handles])
    police = police_mentions(text)  # "ook de politie doet mee": the national police (round 58s)
    if police:
        gazetteer_mentions = _merge([police, gazetteer_mentions])  # (the region in "politie-eenheid Limburg" is its name)
    adjectives = find_place_adjectives(text, gazetteer)  # "de Delftse wethouder"
    if adjectives:
        gazetteer_mentions = _merge([gazetteer_mentions, adjectives])
    blocked = email_tokens | _token_indexes(tokens, starts, gazetteer_mentions)
    known_starts = {bisect.bisect_left(starts, m.start) for m in gazetteer_mentions}
    persons = find_persons(text, tokens, blocked, emails, known_starts=known_starts)
    persons = with_header_persons(text, persons)  # "Van: Jansen, P. (BZK) <p.jansen@minbzk.nl>"
    persons = with_address_persons(text, persons, gazetteer_mentions)  # "Ysolde Terborg <y.terborg@…>"
    persons = with_initialled_persons(text, persons)  # "R. Okafor-de Wit <ruben.okafor-dewit@…>"
    persons = superscript_authors(text, persons)  # "Brakel, J. van¹" over an "Affiliaties" key (58u)
    persons = compound_given_names(persons)  # "Arie Jan Blokland … "Arie Jan kende iedereen""
    persons += given_name_repeats(text, tokens, blocked, persons)  # "Tom Dekker … Tom was eerder …"
    persons += abbreviation_mentions(text, tokens, blocked, persons)  # "Jan de Vries (JdV, …)" … "JdV opent"
    persons += find_field_surnames(text, persons + gazetteer_mentions)  # "Voorzitter: Kuipers-Bos" in minutes
    persons += signature_surnames(text, persons + gazetteer_mentions)  # "De griffier van de commissie,\nVan Dalen"
    cells = find_person_cells(text, sentences, persons, gazetteer_mentions)  # "| Naam |" … "| Olav Brinkman |"
    if cells:
        persons += cells
        persons += surname_repeats(text, tokens, blocked, persons)  # "| Olav Brinkman |" … "Brinkman zei"
    blocked |= _token_indexes(tokens, starts, persons)
    known_names = set(blocked)  # the gazetteer's names and the persons: no name a kind noun introduces
    organisations = find_organisations(text, tokens, blocked)
    organisations = with_embassies(text, organisations)  # "de Nederlandse ambassade in Kopenhagen" (round 58s)
    blocked |= _token_indexes(tokens, starts, organisations)
    org_tokens = {}
    for m in gazetteer_mentions + organisations:
        if m.type == "Organisation":
            org_tokens[bisect.bisect_left(starts, m.end) - 1] = m
    items = find_list_items(text, sentences)
    gazetteer_mentions = _outside(gazetteer_mentions, [m for m in items if m.name == m.text])  # "- VNG-bestuur: …"
    item_tokens = _token_indexes(tokens, starts, items)
    places = _token_indexes(tokens, starts, [m for m in gazetteer_mentions if m.type in _PLACES])
    units = find_units(text, tokens, blocked | item_tokens, org_tokens, places)
    units += mayor_cabinets(text, tokens, blocked | item_tokens | _token_indexes(tokens, starts, units))
    gazetteer_mentions = _outside(gazetteer_mentions, [m for m in units if m.rule == "units.place-named"])
    programmes = find_programmes(text, tokens, blocked | item_tokens, places)
    programmes += place_services(text, tokens, places, blocked | item_tokens | _token_indexes(tokens, starts, programmes))
    programmes += find_tracks(text, tokens, blocked | item_tokens | _token_indexes(tokens, starts, programmes))
    programmes += programme_abbreviations(text, tokens, blocked | item_tokens | _token_indexes(tokens, starts, units),
                                          programmes)  # "het Fonds X (FLW) … het FLW"
    programmes = with_full_names(text, programmes)  # "5. Schone Lucht Akkoord" where the text spells "het Schone Lucht Akkoord"
    gazetteer_mentions = _outside(gazetteer_mentions, [m for m in programmes if m.rule in _PLACE_NAMED])
    persons = without_unit_names(persons, units + programmes)  # "pijlersecretaris Fysiek Domein" beside "Pijler Fysiek Domein"
    events = find_events(text, tokens, blocked | _token_indexes(tokens, starts, programmes))
    events = with_network_names(text, tokens, blocked | _token_indexes(tokens, starts, programmes + units),
                                events)  # "het leernetwerk hittebestendige wijken"
    themes = find_themes(text, tokens, blocked | _token_indexes(tokens, starts, units + programmes + events))
    known = {bisect.bisect_left(starts, m.start): m for m in gazetteer_mentions + organisations
             if m.type in ("Organisation", "Ministry")}
    sentence_starts = {bisect.bisect_left(starts, s.start) for s in sentences}
    taken = blocked | _token_indexes(tokens, starts, units + programmes + events + themes + items)
    listed = find_list_organisations(text, tokens, taken, known, sentence_starts)
    domains = []
    for email in emails:
        found = domain_entity(email.domain, gazetteer)
        if found:
            domains.append(Mention(email.domain_start, email.end, text[email.domain_start:email.end], found[0],
                                   "persons.email-domain", 0.8, key=found[1]))
            continue
        named = organisation_domain(email.domain, organisations + listed)  # "r.stevens@liof.nl" and "LIOF"
        if named is not None:
            domains.append(Mention(email.domain_start, email.end, text[email.domain_start:email.end], "Organisation",
                                   "persons.email-domain-named", 0.75, name=named.label))
    mentions = _merge([gazetteer_mentions, persons, organisations, items, units, programmes, events, themes,
                       listed, domains])
    mentions = with_short_names(mentions)  # "Hester Johanna Brinkhuis" is the "Hester Brinkhuis" of the title
    mentions = without_menu_commands(text, mentions)  # "Microsoft Teams › Team beheren › Leden": a command (59r)
    appointments = agenda_events(text)  # "Agenda minister X" / "| … | Werkbezoek Lelystad, … |": the row's event (58u)
    if appointments:
        mentions = _merge([appointments, mentions])
    prizes = find_prizes(text, tokens, mentions)  # "de G40 Prijs voor de Inclusieve Stad" … "de prijs"
    if prizes:
        mentions = _merge([prizes, mentions])
    introduced = find_introduced_names(text, tokens, known_names, mentions, places)  # "Wijkkracht, een initiatief van X"
    if introduced:
        mentions = _merge([introduced, mentions])
    meeting_units = find_meeting_units(text)  # "pijlervergadering Economie en Werk": the pijler's meeting
    if meeting_units:
        mentions = _merge([meeting_units, mentions])
    mentions = _merge([mentions, find_heading_mentions(sentences, mentions, text)])
    mentions = _merge([mentions, heading_bodies(text, sentences, mentions)])  # "4. Begeleidingscommissie" over its members
    mentions = _merge([mentions, council_committees_named(text)])  # "een stemcommissie bestaande uit de raadsleden …"
    mentions = _merge([committee_header_units(text, mentions), mentions])  # "Besluitenlijst raadscommissie X" (60d)
    mentions = _merge([mentions, outline_group_units(text, mentions)])  # "- Werkgroepen" over "  - Schoon en Heel" (59e)
    mentions = _merge([mentions, pronoun_bodies(text, sentences, mentions)])  # "Een curatorium ziet toe … . Het bestaat uit:" (59e)
    listed_units = organogram_units(text, mentions)  # "• Team G40 en Regio – X" under "Organogram"
    if listed_units:
        mentions = _merge([listed_units, mentions])
    led_units = leader_units(text)  # "- Afd. Financiën ...... manager: X" in an organisation guide
    if led_units:
        mentions = _merge([led_units, mentions])
    projects = project_headings(text, sentences, mentions)  # "Transformatie Binnenstad Oost (Leiden)" over its card
    projects += dossier_headings(text, sentences, mentions)  # "1. Betaalbaar wonen" over "Bestuurlijk trekker: X"
    projects += agreement_titles(text)  # "Bestuursafspraken Aanpak X": the agreement the document is
    projects += titled_projects(text)  # "Wijkkompas" over "Wijkkompas is een open source dashboard"
    projects += case_study_projects(text)  # "Praktijkvoorbeeld: Energiehubs X | Platform31": the project (59r)
    projects += proposal_names(text)  # "het voorstel ‘Vakkracht in de Regio’": the programme it proposes (59r)
    projects += form_titles(text, sentences, mentions)  # "2. PROJECT" / "Titel:   Kanaalzone Levendig – …" in a form
    if projects:
        mentions = _merge([projects, mentions])  # a town inside the name is part of it: "… Flevoland (Lelystad)"
    parties = local_parties(text, mentions)  # "de fracties van Lokaal Hengelo en Hengelo Groen": no towns
    if parties:
        mentions = _merge([parties, mentions])
    # "Stuurgroep (voorzitter: X)" in a startnotitie; after the projects: a README's title names its project
    mentions = _merge([mentions, body_labels(text, sentences, mentions)])
    mentions = _merge([mentions, field_bodies(text, mentions)])  # "Begeleidingscommissie: A (…, voorzitter); B" (58s)
    mentions = _merge([mentions, standing_committees(text)])  # "de vertrouwenscommissie onder leiding van X"
    mentions = _merge([mentions, arrangement_boards(text, mentions)])  # a gemeenschappelijke regeling's "algemeen bestuur"
    mentions = _merge([mentions, find_lead_in_units(text, sentences, mentions)])  # "Armoede – …" after "drie themagroepen"
    mentions = _merge([mentions, find_plural_named_units(text, mentions)])  # "de themagroepen Wonen en Mobiliteit"
    forums = find_network_forums(text, mentions)  # "het Environment Forum van Eurocities"
    if forums:
        mentions = _merge([forums, mentions])
    mentions = _merge([mentions, find_sibling_units(text, mentions)])  # "een van de vier themagroepen, naast Wonen, …"
    sessions = find_sessions(text, sentences)  # "1. Samenwerken met corporaties – door X" after "vier workshops:"
    if sessions:
        mentions = _merge([mentions, sessions])
    cells = session_cells(text, sentences)  # "| Workshop | Organisatie | Sprekers |": each row's title is one
    if cells:
        mentions = _merge([cells, mentions])  # the whole title: "Woondeal X: een jaar later" is the session
    mentions = _merge([mentions, ministry_directorates(text, mentions)])  # "directeur Werk en Wijk van het ministerie van SZW"
    mentions = _merge([mentions, find_references(text, sentences, mentions)])
    mentions = _merge([mentions, proposal_references(text, sentences, mentions)])  # "het voorstel ‘X’ … Het voorstel wil … Het is" (59e)
    mentions = _merge([mentions, defined_party_mentions(text, mentions)])  # 'hierna te noemen: "de werknemer"'
    mentions = programme_namesakes(network_suffix(text, mentions))  # "Voedselagenda" after "Regionale Voedselagenda"
    mentions = organiser_prefixed_events(text, mentions)  # "de G40 Stedentop 2022"
    boards = find_boards(text, mentions)  # "treedt toe tot het bestuur": the network's board
    if boards:
        mentions = _merge([mentions, boards])
    offices = office_references(text, sentences, mentions)  # "de wethouder van Arnhem": the one named before
    if offices:
        mentions = _merge([offices, mentions])
    groups = find_groups(text, sentences, mentions)  # "de vier G40-steden": the four towns listed before
    groups.update(region_groups(text, sentences, mentions))  # "de gemeenten in de regio" of the Woondeal Regio X
    if groups:
        mentions = _merge([list(groups), mentions])
        groups = {g: towns for g, towns in groups.items() if g in mentions}
    partner_cells = find_partner_cells(text, sentences, mentions)  # "| Partner |" … "| Rentree |"
    partner_cells += account_cells(text, sentences, mentions)  # "| Netwerk | … | Ambtelijk |" … "| Peelgemeenten (…) |"
    if partner_cells:
        mentions = _merge([partner_cells, mentions])
    table_names = find_table_mentions(text, sentences, mentions)  # "| Programmaraad | …"
    if table_names:
        mentions = _merge([mentions, table_names])
    members = member_mentions(text, mentions)  # "de leden Koster en Van Dam" in a Kamer document
    if members:
        mentions = _merge([mentions, members])
    registered, mentions = register_mentions(text, mentions)  # a Handelsregister extract: "Naam  Jansen, Piet"
    if registered:
        mentions = _merge([registered, mentions])
    ctx = DocContext(document_id, text, sentences, mentions, date=date)
    _email_affiliations(ctx, emails, domains)
    find_roles(ctx)
    find_position_lists(ctx)  # a person's page: "Nevenfuncties" / "• Lid adviesraad Platform31"
    find_paragraph_towns(ctx)  # "In Ede ligt de nadruk op wonen. Wethouder X: …" (before relations: whom "we" in a quotation are)
    find_relations(ctx)
    find_party_contacts(ctx)  # "| Partij | … | Contactpersoon |": each party's contact
    find_programme_columns(ctx)  # "| Gemeente | Programma X |" with "| Breda | ja |"
    find_listed_partners(ctx)  # "Woondeal X (partners: A, B en C)", "Regio Deal Y: …; penvoerder is Z"
    find_kamerleden(ctx)  # "het lid X", "Indieners: …": members of the Tweede Kamer
    find_mandate_signatures(ctx)  # "De minister van X,\nnamens deze,\nde secretaris-generaal,\nA. Bos"
    find_register_officers(ctx)  # its blocks of fields: "Functie  Bestuurder", "Datum in functie  01-03-2023"
    find_register_blocks(ctx)  # an almanac's "=====" blocks: "directeur: X" under an indented "Directie Y"
    find_unit_fields(ctx)  # an organisation page's "• Directie X – directeur: A; plv. directeur: B"
    find_account_tables(ctx, page_body(ctx))  # "| Netwerk | Bestuurlijk | Ambtelijk |": the town's networks and contacts
    find_partner_headings(ctx)  # a partners page: "Deelnemende steden" over "gemeente Breda", a logo's name
    find_team_sections(ctx)  # … and its "Kernteam" captions and "Stuurgroep" members
    find_coauthor_lists(ctx)  # "8. VNG, IPO & G40 (2024). *Titel.*": joint authors work together (round 59s)
    find_dg_moves(ctx)  # "van juli 2024 tot die datum viel het DG onder VRO" (round 59s)
    find_letterhead_units(ctx)  # "GEMEENTE X" over "Team Y": Y is part of X (round 59s)
    find_we_partner_lists(ctx)  # "werken wij samen met vaste partners:" over bullets (round 59s)
    find_participation_lists(ctx)  # "Deventer neemt deel aan:" over bullets or a table of deals (59x)
    find_section_roles(ctx)  # "2. Team Binnensteden" over "X is per 1 juli teamleider a.i." (round 59s)
    find_board_tables(ctx)  # "| Functie | Naam | Namens | Sinds |": the board of the organisation the title names
    find_wnt_tables(ctx)  # a jaarrekening's WNT note: "| Naam | Functie | Periode 2024 |" of the title's body (60r)
    find_represented_parties(ctx)  # "1. De gemeente X, te dezen vertegenwoordigd door Y, wethouder …" (60r)
    find_listed_participations(ctx)  # "de netwerken waarin Ede deelneemt: A, B en C"
    find_office_lists(ctx)  # "Lijst van burgemeesters van X": "| Naam | Van | Tot |" rows, each succeeding the one above
    find_dossier_partners(ctx)  # a lobbyagenda's "Rijkspartner: BZK", "Bondgenoten: …" under a dossier
    find_arrangement_boards(ctx)  # a gemeenschappelijke regeling's boards, towns and board table
    find_committee_members(ctx)  # "… de vertrouwenscommissie … . Verder bestond de commissie uit A en B": its members
    find_section_events(ctx)  # "Symposium X" over "Sprekers zijn A en B. Dagvoorzitter is C." (59r)
    find_welcomed_members(ctx)  # "We verwelkomden twee nieuwe leden in de pijler: A (Ede) en B (Delft)." (59r)
    find_member_sentences(ctx)  # "De commissie stond onder voorzitterschap van X. Leden waren A, B en C." (59r)
    with_led_titles(ctx)  # "… wordt sinds januari 2023 geleid door kwartiermaker X": dated by its sentence (59e)
    find_pilot_towns(ctx)  # "Het voorstel wil … . Ede, Tiel en Venlo zijn de drie pilotsteden" (59e)
    find_member_clauses(ctx)  # "de pijler X, waarvan Ede en Tiel beide lid zijn"; "…, de regeling waarin …, waaronder A" (60r)
    find_relative_managers(ctx)  # "BZK, dat het fonds samen met het ministerie van Financiën beheert" (60r)
    find_secretariats(ctx)  # "Het secretariaat van de Raad van Toezicht wordt gevoerd door X": its secretaris (60r)
    find_pronoun_compositions(ctx)  # "Een curatorium ziet toe op … . Het bestaat uit:" over "• X, … (voorzitter);" (59e)
    find_council_committee_members(ctx)  # "de stemcommissie, bestaande uit de raadsleden A (voorzitter) en B" (58r)
    find_committee_headers(ctx)  # "Besluitenlijst raadscommissie X" over "Aanwezig: A (voorzitter), …" (60d)
    find_decided_appointments(ctx)  # "besluit: … te benoemen tot wethouder van de gemeente X:" over "a. Y" (58r)
    find_acting_for(ctx)  # "X is tot 1 maart met verlof; Y neemt het secretariaat van het bestuur waar" (58r)
    find_project_roles(ctx)  # a shared project's README: "| Ede | Eva Smit | lead developer |" is a role in the project
    find_body_signatures(ctx)  # "Gedeputeerde Staten van X," over "A, voorzitter": offices in X, not in a unit before
    find_council_signatures(ctx)  # "De griffier,   De voorzitter," over two names: a council decision's signers (58u)
    find_leaving_for(ctx)  # "X vertrekt per 1 december naar het ministerie van OCW": works there from that day
    find_bracket_units(ctx)  # "- BZK: X (directie Woningmarkt)", "Y (Breda; themagroep Wonen)": works there, takes part
    find_plural_role_lists(ctx)  # "met wethouders uit drie steden:" over "- X (Venlo)": X is Venlo's wethouder
    find_unit_holder_items(ctx)  # "## Themagroepen en hun trekkers" over "- Wonen — X (Tilburg)": X is its trekker
    find_row_successors(ctx)  # "| Benoeming van X tot lid … | Opvolger van Y |": X succeeded Y, who held that seat
    find_seated_lists(ctx)  # "De regiegroep … . Verder hebben zitting: A (wethouder X), B …": each takes part in it
    find_member_lines(ctx)  # "**Rekenkamer Ede**" over "A (voorzitter), B en C (leden)": roles in the body
    find_signature_roles(ctx)  # "De voorzitter van de commissie,\nKuipers-Bos": the signer's office
    find_account_holders(ctx)  # "Accounthouder voor G40 en G4 is X": the contact for each
    find_role_heading_tables(ctx)  # "Wethouders" over "| Naam | Nevenfunctie |": each a wethouder of the page's town
    find_heading_members(ctx)  # "Begeleidingscommissie" over "Eva Smit, gemeente Ede" lines: its members
    find_numbered_affiliations(ctx)  # "Eva Smit (1), Jan Kok (2)" over "(1) Gemeente Ede  (2) Platform31"
    find_superscript_affiliations(ctx)  # "Brakel, J. van¹ & Okkerse, M.²" over "Affiliaties" / "1. Platform31" (58u)
    find_paired_tables(ctx)  # "| Mentee | Gemeente | Portefeuille | Mentor | Achtergrond mentor |": whose column is whose (59r)
    find_outline_groups(ctx)  # … its groups part of the root's programme, before their "trekker: X" items (59e)
    find_outline_maps(ctx)  # a mind map's nested items: "- Gemeente Ede" over "  - programmamanager: X" (59r)
    find_workspace_titles(ctx)  # "Team: G40 | Themagroep X" over "| Naam | Titel | Organisatie | Rol |" (59r)
    find_agenda_rows(ctx)  # "Agenda minister X": the minister takes part in each event the rows name and keep (58u)
    find_session_tables(ctx)  # "| Workshop | Organisatie |": who organised each session
    find_glossary_entries(ctx)  # "Bestuurlijke regiegroep:" over "… Leden: A (X, voorzitter), B": a glossary's bodies
    find_joint_holders(ctx)  # "X is samen met Y trekker van Z": X is trekker too (after every role rule)
    find_taken_places(ctx)  # "Hij neemt per 1 maart haar plaats in de stuurgroep in" (after the successions)
    find_joint_leads(ctx)  # "Zwolle en Helmond trekken het werkspoor X", "Zwolle trekt dit werkspoor"
    find_possessed_colleagues(ctx)  # "X van de VNG, samen met zijn collega Y": Y works there too (after the roles; 60r)
    relations = expand_groups(ctx.relations, groups)
    rectified = rectified_sentences(text, sentences)  # "… Dat is onjuist: …": no fact, and what it withdraws
    withdrawn = withdrawn_claims(text, rectified, ctx.mentions, date=date,
                                 reread=lambda main: extract(document_id, main, gazetteer=gazetteer, date=date).relations
                                 ) if rectified else ()
    relations = without_rectified(relations, text, sentences, rectified)
    relations = without_printed(relations, printed_cells(text, sentences))  # "| Wat er stond | Wat juist is |"
    relations = without_title_clauses(relations, contents_rows(text, sentences))  # "| titel | auteur |": no clause
    relations = without_denied_ends(relations, denied_ends(text, ctx.mentions))  # "Niet A maar B doet mee": not A
    relations = without_motion_requests(text, relations)  # a motie's title and "verzoekt het college …": no facts
    kept = [m for m in ctx.mentions if m.rule != GROUP_RULE]
    sensitive = sensitive_sentences(sentences, kept)  # AVG art. 9/10: warn, and quote another sentence where one states it
    relations = with_pronoun_successors(text, sentences, relations)  # "… is per D X. Hij volgt Y op": Y until D-1
    relations = with_earlier_ends(text, relations)  # "X, voorheen directeur bij BZK, (is per D) …": ended before D
    relations = with_stated_starts(relations)  # "Emmen neemt vanaf 1 januari deel" dates the headline's joining too
    relations = with_roster_dates(text, relations, date)  # "| Eerste benoeming |", "| afgetreden 01-05-2025 |"
    relations = with_cell_starts(text, relations)  # "| … | Eva Smit | contactpersoon (sinds 1 januari 2025) |"
    relations = with_appointment_terms(text, sentences, relations, date)  # "De benoemingen gelden met ingang van …"
    relations = with_office_starts(text, sentences, relations, kept, date)  # "… benoemd tot burgemeester. Zij wordt per 1 oktober …"
    relations = with_kept_ends(text, sentences, relations, kept, date)  # "X werd wethouder … . X bleef wethouder tot 2022"
    relations = with_successor_starts(text, sentences, relations)  # "Wethouder X … . Zij volgde in maart 2025 Y op": from then
    relations = with_successor_contacts(relations)  # "Contactpersoon … was tot 1 mei Y; per 1 mei is zij opgevolgd door X"
    relations = with_handover_ends(text, sentences, relations)  # "X was in functie tot 2021; in oktober 2021 werd hij opgevolgd"
    relations = with_term_ends(text, sentences, relations, kept, date)  # "…; haar ambtstermijn daar eindigt op 8 december"
    relations = with_left_posts(relations, date)  # "X (plv. directeur PDV)" … "X vertrekt per 1 december naar OCW"
    relations = with_those_years(text, sentences, relations)  # "X werkte van 2002 tot 2009 … . In die jaren was zij ook …"
    relations = with_left_as(text, sentences, relations, date)  # "Na zijn vertrek als wethouder van Gouda in december 2023"
    relations = with_addressee_terms(text, relations, date)  # "Geachte mevrouw X," … "u bent sinds januari 2024 secretaris"
    relations = with_moved_on(text, relations)  # "Ik volg X (Nijmegen) op, die is overgestapt naar het ministerie van …"
    relations = with_apposition_terms(text, relations, date)  # "Oud-wethouder X, van 2018 tot en met 2024 wethouder in Y,"
    relations = with_relative_participations(text, relations, date)  # "kennistraject X, waaraan Ede in 2023 deelnam"
    relations = with_stopped_rows(text, sentences, relations)  # "| project | trekker | status |" … "| gestopt |"
    relations = with_adjoining_terms(text, relations)  # "| 2020–2022 | X |", "| 2022–2024 | X |": one term
    relations = with_message_days(text, relations, date)  # "10-10-2024 09:48 - X: per 1 november …": of 2024
    relations = with_succeeded_starts(text, relations, date)  # "(Jansen volgde per D wethouder Y op als trekker)"
    relations = with_accompanied_terms(text, relations, date)  # "Tot 1 januari 2023 was A coördinator, met X als coördinator"
    relations = with_objectless_starts(text, relations, date)  # "… noemt Emmen, dat sinds 2022 deelneemt"
    relations = with_career_starts(text, relations, date)  # "X begon in 2012 als beleidsadviseur bij Y, waar zij tot 2016 werkte"
    relations = with_deceased(text, relations)  # "het overlijden van oud-wethouder X": X's posts are over
    relations = with_thanked_roles(text, relations)  # "Hij dankt X voor haar inzet als voorzitter": X's chair is over
    relations = with_successor_offices(text, relations)  # "Wethouder X van A … afscheid. Haar opvolger is wethouder Y"
    relations = with_followed_as(text, relations)  # "Hij volgt X ook op als lid van de pijler": the successor's role
    relations = with_college_years(text, relations, date)  # "[…] X, oud-wethouder van Y" … "Wij zaten van 2014 tot 2018 samen in het college"
    relations = with_last_working_day(text, relations, date)  # "Mijn laatste werkdag is 31 oktober. X volgt mij op als …"
    relations = with_row_terms(text, relations, date)  # "| Herbenoeming van X tot penningmeester | tot en met juni 2030 |"
    relations = with_month_headings(text, relations)  # "2025 in beeld" … "**Oktober — …**" … "droeg X het trekkerschap over"
    relations = with_replaced_parties(text, relations, date)  # "Sinds juli 2024 is VRO mede-ondertekenaar in plaats van BZK"
    relations = with_left_by_kind(text, relations, date)  # "X heeft het traineeprogramma per 1 maart 2025 verlaten"
    relations = with_dated_twins(relations, date, text)  # "Wethouder X | Ede" … "X is sinds 2 juni 2022 wethouder van Ede"
    relations = without_sensitive_twins(_once_per_wording(direct_parents(_without_redundant(relations)), text), sensitive)
    relations = with_employer_bodies(text, relations, kept)  # "accountmanager G40 bij BZK": at BZK, portfolio G40
    relations = with_portfolios(text, relations, kept)  # "wethouder Wonen en Ruimte": the role's portfolio
    relations = with_table_portfolios(text, sentences, relations)  # "| Wethouder | Portefeuille |": the row's cell
    warnings = [msg("dissolved_municipality", name=name, end=end, date=date[:10])
                for name, end in dissolved_named(text, gazetteer, date)]
    warnings += unapplied_rectifications(text, rectified, withdrawn) if rectified else []  # "stond ten onrechte dat …"
    special = special_data_warning(sensitive)
    return Extraction(document_id, sentences, kept, relations,
                      warnings=warnings + [special] if special else warnings,
                      listed=listed_spans(text, sentences), apart=people_apart(text, kept), withdrawn=withdrawn)


CATALOGUE.update({
    "dissolved_municipality": {
        "nl": "'gemeente {name}' niet als gemeente gelezen: {name} is opgeheven op {end}, voor de datum van het "
              "document ({date}); bedoelt het de gemeente waarin {name} opging, voeg dat feit dan toe als correctie",
        "en": "'gemeente {name}' not read as a municipality: {name} was dissolved on {end}, before the document's "
              "date ({date}); if it means the municipality {name} became part of, add that fact as a correction"},
})


def _once_per_wording(relations, text: str):
    """Each fact once per wording of its sentence: a text that repeats a sentence word for word
    (a pasted list, a document glued to itself) states nothing new the second time, and thousands
    of copies would each become evidence in the graph. The first occurrence is kept."""
    seen, kept = set(), []
    for r in relations:
        key = (r.subject.label, r.subject.type, r.subject.key, r.predicate, r.object.label, r.object.type, r.object.key,
               r.role, r.past, r.valid_from, r.valid_until, " ".join(text[r.evidence_start:r.evidence_end].split()))
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept


def _without_redundant(relations):
    """Drop a person's "X affiliatedWith Y" and "X participatesIn Y" where the document also says which
    role X has at Y (the chair of a taskforce takes part in it: the role says more)."""
    roles = {(r.subject.label, r.object.label) for r in relations if r.predicate == "hasRole"}
    # the same body by its key: "Stedennetwerk G40" in a signature and "g40stedennetwerk.nl" in an address
    roles |= {(r.subject.label, r.object.key) for r in relations if r.predicate == "hasRole" and r.object.key}
    return [r for r in relations
            if not ((r.predicate == "affiliatedWith" or (r.predicate == "participatesIn" and r.subject.type == "Person"))
                    and ((r.subject.label, r.object.label) in roles or (r.subject.label, r.object.key) in roles))]


def _spellings(name: str) -> set[str]:
    """The local parts of an e-mail address that spell ``name``, in letters only: the full name, and
    the initials of the given name (or its first letter) with the surname ("Dirk-Jan Eikelboom":
    "djeikelboom", "deikelboom"; "Esra Doğan": "edogan"; "Yasmina Ait Haddou": "yaithaddou").

    >>> sorted(_spellings("Dirk-Jan van Dam"))
    ['dirkjanvandam', 'djdam', 'djvandam', 'dvandam']
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = plain.split()
    letters = lambda text: "".join(c for c in text if c.isalpha())  # noqa: E731
    found = {letters(plain)}
    if len(words) >= 2:
        initials = "".join(part[:1] for part in words[0].split("-") if part)
        found.add(initials + letters(" ".join(words[1:])))  # "n.jansen", "y.aithaddou", "j.vandam"
        found.add(words[0][:1] + letters(" ".join(words[1:])))  # "d.rademaker" for "Dirk-Jan Rademaker"
        last = [w for w in words[1:] if w not in _PARTICLES]
        if last and len(last) < len(words) - 1:
            found.add(initials + letters(" ".join(last)))  # "j.dam" for "Jan van Dam"
    return found


_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op"})


def _email_affiliations(ctx: DocContext, emails, domains: list[Mention]) -> None:
    by_start = {d.start: d for d in domains}
    for email in emails:
        domain = by_start.get(email.domain_start)
        if domain is None:
            continue
        local = "".join(c for c in email.local.lower() if c.isalpha())
        person = next((m for m in reversed(ctx.mentions) if m.type == "Person" and m.end <= email.start
                       and (email.start - m.end <= 3 or m.start == email.start
                            or ((local in _spellings(m.label) or spells(email.local, m.label))
                                and email.start - m.end <= 200))), None)
        if person is None:
            person = next((m for m in ctx.mentions if m.type == "Person" and m.start == email.start), None)
        sentence = ctx.sentence_at(email.start)
        if person is None or sentence is None:
            continue
        role = apposition_role(ctx.text[person.end:email.start])
        if role is not None:  # "Femke Boerhof, concerncontroller, f.boerhof@deventer.nl": the role there
            ctx.add(person, "hasRole", domain, sentence, "persons.email-domain-role", 0.75, role=role.label)
        else:
            ctx.add(person, "affiliatedWith", domain, sentence, "persons.email-domain", 0.8)

