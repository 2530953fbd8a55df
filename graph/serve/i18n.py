"""Interface texts of the web explorer in Dutch (default) and English.

The language of a request: ``?lang=nl|en`` first, then the ``Accept-Language`` header, else Dutch. A page
of the explorer (:func:`page_language`) does not read the browser's header: ``?lang=`` (its own language
link), else the server's ``--lang``, else Dutch (walkthrough 24, finding 16: a laptop with English Windows
got English pages).

Examples
--------
>>> request_language({"lang": "en"}, "nl-NL,nl;q=0.9")
'en'
>>> request_language({}, "en-GB,en;q=0.9,nl;q=0.5")
'en'
>>> request_language({}, None)
'nl'
>>> texts("en")["search"]
'Search'
"""

from __future__ import annotations

from functools import lru_cache

from viz.render import UI_TEXT
from viz.table import text_language

__all__ = ["LANGUAGES", "language_of", "page_language", "predicate_label", "request_language", "text_language", "texts"]

LANGUAGES = ("nl", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "G40-kennisgraaf", "en": "G40 knowledge graph"},
    "home": {"nl": "Overzicht", "en": "Overview"},
    "search": {"nl": "Zoeken", "en": "Search"},
    "search_placeholder": {"nl": "Naam van een persoon, gemeente, ministerie…", "en": "Name of a person, city, ministry…"},
    "search_results": {"nl": "Zoekresultaten voor", "en": "Search results for"},
    "no_results": {"nl": "Niets gevonden.", "en": "Nothing found."},
    "did_you_mean": {"nl": "Bedoelt u:", "en": "Did you mean:"},
    "hit": {"nl": "resultaat", "en": "result"},
    "hits": {"nl": "resultaten", "en": "results"},
    "no_hits": {"nl": "geen resultaten", "en": "no results"},
    "to_explorer": {"nl": "Naar de verkenner", "en": "To the explorer"},
    "required_note": {"nl": "Velden met * zijn verplicht.", "en": "Fields marked * are required."},
    "documents": {"nl": "Documenten", "en": "Documents"},
    "changes": {"nl": "Wijzigingen sinds de vorige bouw", "en": "Changes since the previous build"},
    "changes_built": {"nl": "Deze bouw", "en": "This build"},
    "changes_previous_built": {"nl": "de vorige bouw", "en": "the previous build"},
    "changes_first_build": {"nl": "Dit is de eerste bouw van deze graaf: er is geen vorige om mee te vergelijken.",
                            "en": "This is the first build of this graph: there is no previous one to compare with."},
    "changes_not_recorded": {"nl": "Deze graaf is gebouwd door een oudere versie, die de wijzigingen niet bewaarde; "
                                   "bouw opnieuw om ze hier te zien.",
                             "en": "This graph was built by an older version, which kept no changes; build again "
                                   "to see them here."},
    "changes_not_compared": {"nl": "De feiten zijn niet vergeleken (de vorige graaf had een oudere opbouw of geen "
                                   "opslag, of deze bouw schreef meer dan 1000 documenten opnieuw, zoals na een "
                                   "nieuwe versie); 'g40kg diff' met een bewaarde kopie laat ze zien.",
                             "en": "The facts were not compared (the previous graph had an older layout or no "
                                   "store, or this build wrote more than 1000 documents anew, as after a new "
                                   "version); 'g40kg diff' against a kept copy shows them."},
    "changes_documents_new": {"nl": "Nieuwe documenten", "en": "New documents"},
    "changes_documents_changed": {"nl": "Gewijzigde documenten", "en": "Changed documents"},
    "changes_documents_removed": {"nl": "Verwijderde documenten", "en": "Removed documents"},
    "changes_documents_renamed": {"nl": "Hernoemde documenten", "en": "Renamed documents"},
    "changes_facts_added": {"nl": "Feiten erbij", "en": "Facts added"},
    "changes_facts_removed": {"nl": "Feiten eraf", "en": "Facts removed"},
    "changes_facts_ended": {"nl": "Beëindigde rollen", "en": "Roles that ended"},
    "changes_rules": {"nl": "Correctieregels", "en": "Curation rules"},
    "changes_rules_active": {"nl": "Correctieregels die nu werken", "en": "Curation rules now in effect"},
    "changes_rules_stale": {"nl": "Correctieregels die niets meer doen", "en": "Curation rules no longer in effect"},
    "changes_none": {"nl": "Geen.", "en": "None."},
    "changes_nothing": {"nl": "Niets veranderd sinds de vorige bouw.", "en": "Nothing changed since the previous build."},
    "changes_more": {"nl": "en nog {n}; 'g40kg diff' met een bewaarde kopie van de vorige graaf toont alles.",
                     "en": "and {n} more; 'g40kg diff' against a kept copy of the previous graph shows them all."},
    "changes_subject": {"nl": "Onderwerp", "en": "Subject"},
    "changes_relation": {"nl": "Relatie", "en": "Relation"},
    "changes_object": {"nl": "Object", "en": "Object"},
    "changes_sentence": {"nl": "Zin", "en": "Sentence"},
    "changes_until": {"nl": "Tot", "en": "Until"},
    "changes_rule": {"nl": "Regel", "en": "Rule"},
    "changes_rule_source": {"nl": "Bestand:regel", "en": "File:line"},
    "changes_rule_facts": {"nl": "Feiten", "en": "Facts"},
    "changes_rule_why": {"nl": "Waarom niets", "en": "Why nothing"},
    "changes_curated": {"nl": "met de hand toegevoegd", "en": "added by hand"},
    "new_mark": {"nl": "nieuw", "en": "new"},
    "new_mark_title": {"nl": "kwam erbij met de laatste bouw", "en": "came with the last build"},
    "document": {"nl": "Document", "en": "Document"},
    "entities": {"nl": "Entiteiten", "en": "Entities"},
    "entities_in_documents": {"nl": "entiteiten in de documenten", "en": "entities in the documents"},
    "in_reference": {"nl": "In het naslagwerk", "en": "In the reference data"},
    "facts": {"nl": "Feiten", "en": "Facts"},
    "triples": {"nl": "Triples", "en": "Triples"},
    "questions": {"nl": "Vragen", "en": "Questions"},
    "question": {"nl": "Vraag", "en": "Question"},
    "network": {"nl": "Netwerk", "en": "Network"},
    "sparql": {"nl": "SPARQL", "en": "SPARQL"},
    "api": {"nl": "API", "en": "API"},
    "api_intro": {"nl": "De machineleesbare beschrijving (OpenAPI 3):", "en": "The machine-readable description (OpenAPI 3):"},
    "method": {"nl": "Methode", "en": "Method"},
    "path": {"nl": "Pad", "en": "Path"},
    "what": {"nl": "Wat", "en": "What"},
    "parameters": {"nl": "Parameters", "en": "Parameters"},
    "top_ministries": {"nl": "Ministeries met de meeste verbindingen", "en": "Most connected ministries"},
    "top_cities": {"nl": "Gemeenten met de meeste verbindingen", "en": "Most connected cities"},
    "connections": {"nl": "verbindingen", "en": "connections"},
    "connection": {"nl": "verbinding", "en": "connection"},
    "also_known_as": {"nl": "Ook bekend als", "en": "Also known as"},
    "name_history": {"nl": "Namen door de tijd", "en": "Names over time"},
    "name_since": {"nl": "sinds", "en": "since"},
    "name_until": {"nl": "tot", "en": "until"},
    "merged_into": {"nl": "opgegaan in {label} per {day}", "en": "merged into {label} on {day}"},
    "merged_from": {"nl": "samengevoegd uit", "en": "merged from"},
    "suppressed_fact": {"nl": "onderdrukt", "en": "suppressed"},
    "withdrawn_fact": {"nl": "ingetrokken door een rectificatie", "en": "withdrawn by a rectification"},
    "rule_reason": {"nl": "reden", "en": "reason"},
    "rule_by": {"nl": "door", "en": "by"},
    "split_rule": {"nl": "gesplitst", "en": "split"},
    "rule_facts": {"nl": "feiten", "en": "facts"},
    "rule_fact": {"nl": "feit", "en": "fact"},
    "same_as": {"nl": "Zelfde als", "en": "Same as"},
    "properties": {"nl": "Kenmerken", "en": "Properties"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "evidence": {"nl": "Bron", "en": "Evidence"},
    "rule": {"nl": "regel", "en": "rule"},
    "confidence": {"nl": "zekerheid", "en": "confidence"},
    "curated": {"nl": "gecureerd", "en": "curated"},
    "curation_note": {"nl": "toelichting", "en": "note"},
    # an end graph.tenure inferred, by its cause (explore_entity._end_cause), before the document it comes from
    "inferred_end": {"nl": "einde afgeleid: de volgende bekleder staat in", "en": "end inferred: the next holder is named in"},
    "inferred_end.own": {"nl": "einde afgeleid: zelf gemeld einde in", "en": "end inferred: own stated end in"},
    "inferred_end.exit": {"nl": "einde afgeleid: vertrek gemeld in", "en": "end inferred: exit stated in"},
    "inferred_end.curated": {"nl": "einde gecureerd in", "en": "end curated in"},
    # a term only its document dates (graph.tenure): held on that day, ended by the day before the next holder's
    "ended_by": {"nl": "uiterlijk geëindigd op", "en": "ended on or before"},
    "mentioned_in": {"nl": "Genoemd in", "en": "Mentioned in"},
    "no_facts": {"nl": "Geen feiten gevonden over deze entiteit.", "en": "No facts about this entity."},
    "around": {"nl": "Netwerk rondom", "en": "Network around"},
    "ego_legend": {"nl": "Soorten in de tekening", "en": "Types in the drawing"},
    "role_of": {"nl": "{role} van", "en": "{role} of"},
    "graph_updated": {"nl": "De graaf is bijgewerkt", "en": "The graph has been updated"},
    "reload_page": {"nl": "pagina vernieuwen", "en": "reload the page"},
    "full_network": {"nl": "Open het volledige netwerk", "en": "Open the full network"},
    "network_not_drawn": {"nl": "Getekend zoals op {day}; {count} van een andere periode niet getekend",
                          "en": "Drawn as on {day}; {count} of another period not drawn"},
    "text": {"nl": "Tekst", "en": "Text"},
    "evidence_only": {"nl": "Alleen de zinnen waarop de feiten berusten worden gepubliceerd; de rest van de tekst niet.",
                      "en": "Only the sentences the facts rest on are published, not the rest of the text."},
    "about_document": {"nl": "Gegevens van het document", "en": "About the document"},
    "about.title": {"nl": "Titel", "en": "Title"},
    "about.date": {"nl": "Datum", "en": "Date"},
    "about.period": {"nl": "Periode", "en": "Period"},
    "about.source": {"nl": "Bron", "en": "Source"},
    "about.author": {"nl": "Auteur", "en": "Author"},
    "about.case": {"nl": "Zaaknummer", "en": "Case number"},
    "about.language": {"nl": "Taal", "en": "Language"},
    "about.identifier": {"nl": "Naam in de graaf", "en": "Name in the graph"},
    "about.checksum": {"nl": "Controlegetal", "en": "Checksum"},
    "about.inferred": {"nl": "afgeleid", "en": "inferred"},
    "language.nl": {"nl": "Nederlands", "en": "Dutch"},
    "language.en": {"nl": "Engels", "en": "English"},
    "mentions": {"nl": "Vermeldingen", "en": "Mentions"},
    "facts_from_document": {"nl": "Feiten uit dit document", "en": "Facts from this document"},
    "text_missing": {"nl": "De tekst van dit document is niet beschikbaar op deze server.",
                     "en": "The text of this document is not available on this server."},
    "text_missing_static": {"nl": "De tekst van dit document was niet te vinden toen deze kopie werd gemaakt.",
                            "en": "The text of this document could not be found when this copy was made."},
    "text_changed": {"nl": "Het bestand is gewijzigd sinds de graaf is gebouwd; de tekst wordt niet getoond.",
                     "en": "The file changed since the graph was built; the text is not shown."},
    "text_offsets": {"nl": "Sommige vermeldingen passen niet meer op de tekst en zijn weggelaten.",
                     "en": "Some mentions no longer match the text and were left out."},
    "run": {"nl": "Uitvoeren", "en": "Run"},
    "query": {"nl": "Query", "en": "Query"},
    "results": {"nl": "Resultaat", "en": "Results"},
    "rows": {"nl": "rijen", "en": "rows"},
    "row": {"nl": "rij", "en": "row"},
    "truncated": {"nl": "afgekapt: meer rijen dan de server toont", "en": "cut off: more rows than the server shows"},
    "download": {"nl": "Download als", "en": "Download as"},
    "sparql_intro": {"nl": "Stel een SPARQL-query op de graaf. De prefixen g40:, g40id:, skos:, … zijn al bekend.",
                     "en": "Query the graph with SPARQL. The prefixes g40:, g40id:, skos:, … are predeclared."},
    "examples": {"nl": "Voorbeelden", "en": "Examples"},
    "example.collaborations": {"nl": "samenwerkingen", "en": "collaborations"},
    "example.roles": {"nl": "rollen", "en": "roles"},
    "example.evidence": {"nl": "citaten", "en": "quotes"},
    "example.classes": {"nl": "soorten", "en": "classes"},
    "no_questions": {"nl": "Er zijn nog geen benoemde vragen beschikbaar.", "en": "No named questions are available yet."},
    "not_found": {"nl": "Niet gevonden", "en": "Not found"},
    "gone": {"nl": "Niet meer in gebruik", "en": "Gone"},
    "not_found_text": {"nl": "Deze pagina bestaat niet in de graaf.", "en": "This page does not exist in the graph."},
    "back_home": {"nl": "Terug naar het overzicht", "en": "Back to the overview"},
    "error": {"nl": "Fout", "en": "Error"},
    "json": {"nl": "als JSON", "en": "as JSON"},
    "excel": {"nl": "als Excel", "en": "as Excel"},
    "static_note": {"nl": "Een statische kopie van de verkenner: zoeken, SPARQL en vragen met eigen waarden werken "
                          "alleen met 'g40kg serve'.",
                    "en": "A static copy of the explorer: search, SPARQL and questions with values of your own "
                          "need 'g40kg serve'."},
    "static_built": {"nl": "Graaf gebouwd op", "en": "Graph built on"},
    "static_question": {"nl": "Deze vraag met eigen waarden stellen kan alleen met 'g40kg serve'. De stand op één dag "
                              "als afdrukbare pagina: 'g40kg export --format overzicht --as-of DAG'.",
                        "en": "Asking this question with values of your own needs 'g40kg serve'. The state on one day "
                              "as a printable page: 'g40kg export --format overview --as-of DAY'."},
    # a static copy's question page (walkthrough 47, finding 12): the state on the copy's day, every period a click on
    "site_state_on": {"nl": "Stand per {day}", "en": "As of {day}"},
    "site_every_period": {"nl": "Alle perioden", "en": "All periods"},
    "facts_other_periods": {"nl": "Eerder en later", "en": "Earlier and later"},
    "facts_earlier_short": {"nl": "Eerder", "en": "Earlier"},
    "facts_later_short": {"nl": "Later", "en": "Later"},
    "facts_earlier": {"nl": "Eerder: niet meer op {day}", "en": "Earlier: no longer on {day}"},
    "facts_later": {"nl": "Later: begonnen na {day}", "en": "Later: begun after {day}"},
    "no_facts_on_day": {"nl": "Geen feiten die op {day} gelden.", "en": "No facts that hold on {day}."},
    "static_question_day": {"nl": "Deze kopie van de verkenner toont de stand per {day}: wat op die dag geldt (de "
                                  "laatst bekende stand); 'Alle perioden' toont elke periode.",
                            "en": "This copy of the explorer shows the state as of {day}: what holds on that day (the "
                                  "last known state); 'All periods' shows every period."},
    "skip_to_content": {"nl": "Naar de inhoud", "en": "Skip to content"},
    # the printed page (walkthrough 19, finding 15): a button, and the line with the question's values
    "print": {"nl": "Afdrukken", "en": "Print"},
    # a static copy's page without its stylesheet (opened from inside a zip): walkthrough 19, finding 16
    "unpack_notice": {"nl": "Deze pagina mist haar opmaak en links: pak de hele map uit voordat u index.html opent.",
                      "en": "This page is missing its layout and links: unpack the whole folder before you open index.html."},
    "asked_nothing": {"nl": "Zonder voorwaarden: alles wat de graaf kent", "en": "No conditions: everything the graph knows"},
    # a field that takes several values (a question's parameter with multiple: true) is a textarea
    "one_per_line": {"nl": "Eén naam per regel.", "en": "One name per line."},
    # the two dates of a question's form, told apart (walkthrough 19, finding 9): their help in words
    "paramhelp.at": {"nl": "Alleen wat een tekst voor die dag zegt: een feit zonder eigen periode geldt alleen op "
                           "de datum van zijn document. Voor wie is wie op een dag: Stand per.",
                     "en": "Only what a text says for that day: a fact without a period of its own holds on its "
                           "document's date only. For who is who on a day: As of."},
    "paramhelp.as_of": {"nl": "De laatst bekende stand op die dag: alles wat toen gemeld was en niet was afgelopen "
                              "(wie is wie op de dag van een overleg).",
                        "en": "The last known state on that day: everything reported by then that had not ended "
                              "(who is who on the day of a meeting)."},
    # the fields of a question's form (a parameter without one here is labelled by its name)
    "param.city": {"nl": "Gemeente", "en": "Municipality"},
    "param.at": {"nl": "Op datum", "en": "On date"},
    "param.from": {"nl": "Vanaf", "en": "From"},
    "param.until": {"nl": "Tot en met", "en": "Until"},
    "param.as_of": {"nl": "Stand per", "en": "As of"},
    "param.min_confidence": {"nl": "Minimale zekerheid", "en": "Minimum confidence"},
    "param.ministry": {"nl": "Ministerie", "en": "Ministry"},
    "param.entity": {"nl": "Entiteit", "en": "Entity"},
    "param.kind": {"nl": "Soort programma", "en": "Kind of programme"},
    "param.target": {"nl": "Programma of onderdeel", "en": "Programme or unit"},
    "param.theme": {"nl": "Thema", "en": "Theme"},
    "param.themagroep": {"nl": "Themagroep", "en": "Theme group"},
    "param.unit": {"nl": "Onderdeel of organisatie", "en": "Unit or organisation"},
    "param.role": {"nl": "Rol", "en": "Role"},
    "param.person": {"nl": "Persoon", "en": "Person"},
    "param.body": {"nl": "Orgaan", "en": "Body"},
    "language": {"nl": "English", "en": "Nederlands"},
    "date": {"nl": "datum", "en": "date"},
    "sparql_keys": {"nl": "Toetsen: Ctrl+Enter voert de query uit; Tab en Shift+Tab gaan naar het volgende of vorige "
                          "element; Ctrl+] en Ctrl+[ laten de gekozen regels in- en uitspringen.",
                    "en": "Keys: Ctrl+Enter runs the query; Tab and Shift+Tab move to the next or previous element; "
                          "Ctrl+] and Ctrl+[ indent and outdent the selected lines."},
    "evidence_column": {"nl": "bron", "en": "source"},
    "evidence_link": {"nl": "Citaat in het document", "en": "Quote in the document"},
    "skip_text": {"nl": "Sla de tekst over (naar de feiten uit dit document)",
                  "en": "Skip the text (to the facts from this document)"},
    "read_only": {"nl": "Alleen-lezen endpoint: SPARQL Update wordt geweigerd.",
                  "en": "Read-only endpoint: SPARQL Update is refused."},
    "type.Role": {"nl": "Rol", "en": "Role"},
    # the connection page (graph.serve.path_page: g40kg path in a form; walkthrough 31, finding 10)
    "path.title": {"nl": "Hoe zijn ze verbonden?", "en": "How are they connected?"},
    "path.nav": {"nl": "Verbindingen", "en": "Connections"},
    "path.intro": {"nl": "De kortste verbinding tussen twee actoren (personen, gemeenten, ministeries, onderdelen …), "
                         "elke stap met het bewijs uit de documenten; dezelfde vraag als 'g40kg path A B'.",
                   "en": "The shortest connection between two actors (people, municipalities, ministries, units …), "
                         "each step with the evidence from the documents; the same question as 'g40kg path A B'."},
    "path.from": {"nl": "Van", "en": "From"},
    "path.to": {"nl": "Naar", "en": "To"},
    "path.name_hint": {"nl": "Naam van een persoon, gemeente, ministerie, onderdeel …",
                       "en": "Name of a person, municipality, ministry, unit …"},
    "path.max_steps": {"nl": "Hoogstens … stappen", "en": "At most … steps"},
    "path.max_steps_hint": {"nl": "Leeg: elke lengte.", "en": "Empty: any length."},
    "path.date_hint": {"nl": "Een jaar, maand of dag (2024, 2024-06, 2024-06-01); leeg: alle tijd.",
                       "en": "A year, month or day (2024, 2024-06, 2024-06-01); empty: all time."},
    "path.options": {"nl": "Beperken (niet verplicht)", "en": "Narrow down (optional)"},
    "path.submit": {"nl": "Zoek de verbinding", "en": "Find the connection"},
    "path.bad_max_steps": {"nl": "Hoogstens … stappen: '{value}' is geen geheel getal van 1 of meer",
                           "en": "At most … steps: '{value}' is not a whole number of 1 or more"},
    "path.same": {"nl": "Beide namen noemen dezelfde entiteit ({label}); geef twee verschillende.",
                  "en": "Both names name the same entity ({label}); give two different ones."},
    "path.none": {"nl": "geen verbinding", "en": "no connection"},
    "path.none_within": {"nl": "geen verbinding binnen {n} {steps}", "en": "no connection within {n} {steps}"},
    "path.step": {"nl": "stap", "en": "step"},
    "path.steps": {"nl": "stappen", "en": "steps"},
    "path.answer": {"nl": "Verbinding", "en": "Connection"},
    "path.found": {"nl": "{a} en {b} zijn in {n} {steps} verbonden.", "en": "{a} and {b} are connected in {n} {steps}."},
    "path.steps_list": {"nl": "Stappen van {a} naar {b}", "en": "Steps from {a} to {b}"},
    "path.choose": {"nl": "Kies wie u bedoelt:", "en": "Choose which one you mean:"},
    "path.entity_page": {"nl": "zijn pagina", "en": "its page"},
    "path.timeout": {"nl": "Het zoeken duurde langer dan deze server toestaat; wie de server beheert, kan de tijd "
                           "ruimer zetten ('g40kg serve --timeout').",
                     "en": "The search took longer than this server allows; whoever runs the server can allow more "
                           "time ('g40kg serve --timeout')."},
    "path.document": {"nl": "1 document", "en": "1 document"},
    "path.documents": {"nl": "{n} documenten", "en": "{n} documents"},
    "path.more_quotes": {"nl": "Nog {n} citaten", "en": "{n} more quotes"},
    "path.then": {"nl": "{label} (toen {name})", "en": "{label} (then {name})"},
    "path.years_apart": {"nl": "Let op: de stappen komen uit {first} tot {last}; ze hoeven niet tegelijk te hebben "
                               "gegolden. Met Op datum of Stand per zoekt u een verbinding op één moment.",
                         "en": "Note: the steps come from {first} to {last}; they need not have held at the same "
                               "time. On date or As of looks for a connection at one moment."},
    "path.without_window": {"nl": "Zonder die datum zijn ze in {n} {steps} verbonden", "en":
                            "Without that date they are connected in {n} {steps}"},
    "path.connect_from": {"nl": "Hoe is {name} verbonden met …?", "en": "How is {name} connected to …?"},
    "path.home": {"nl": "de kortste verbinding tussen twee actoren, met het bewijs per stap",
                  "en": "the shortest connection between two actors, with the evidence of each step"},
    "path.static": {"nl": "Hoe twee actoren verbonden zijn, zoekt 'g40kg serve' (de pagina Verbindingen) of "
                          "'g40kg path A B'; een statische kopie kan dat niet.",
                    "en": "How two actors are connected is found by 'g40kg serve' (the Connections page) or "
                          "'g40kg path A B'; a static copy cannot."},
}

# Entity type names: one table for the whole interface, the network page's (viz.render.UI_TEXT).
_TEXTS.update({
    f"type.{name}": {lang: UI_TEXT[lang]["type_names"][name] for lang in ("nl", "en")}
    for name in UI_TEXT["nl"]["type_names"] if name != "Other"
})

#: (outgoing, incoming) wording per relation.
_PREDICATES: dict[str, dict[str, tuple[str, str]]] = {
    "hasRole": {"nl": ("heeft een rol bij", "mensen met een rol"), "en": ("has a role in", "people with a role")},
    "affiliatedWith": {"nl": ("verbonden aan", "verbonden personen"), "en": ("affiliated with", "affiliated people")},
    "succeeded": {"nl": ("volgde op", "opgevolgd door"), "en": ("succeeded", "succeeded by")},
    "collaboratesWith": {"nl": ("werkt samen met", "werkt samen met"), "en": ("collaborates with", "collaborates with")},
    "participatesIn": {"nl": ("neemt deel aan", "deelnemers"), "en": ("participates in", "participants")},
    "partOf": {"nl": ("onderdeel van", "onderdelen"), "en": ("part of", "parts")},
    "memberOf": {"nl": ("lid van", "leden"), "en": ("member of", "members")},
    "initiated": {"nl": ("nam het initiatief tot", "geïnitieerd door"), "en": ("initiated", "initiated by")},
    "organised": {"nl": ("organiseerde", "georganiseerd door"), "en": ("organised", "organised by")},
    "ledBy": {"nl": ("geleid door", "leidt"), "en": ("led by", "leads")},
    "contactFor": {"nl": ("contactpersoon voor", "contactpersonen"), "en": ("contact for", "contacts")},
    "addresses": {"nl": ("gaat over", "besproken door"), "en": ("addresses", "addressed by")},
}


def request_language(params, accept_language: str | None, default: str = "nl") -> str:
    """``nl`` or ``en`` for a request with query ``params`` and an ``Accept-Language`` header.

    ``default`` (the server's ``--lang``) answers requests that state no preference.
    """
    chosen = (params.get("lang") or "").lower()
    if chosen in LANGUAGES:
        return chosen
    from .sparql import parse_accept

    best, best_q = default if default in LANGUAGES else "nl", 0.0
    for tag, q in parse_accept(accept_language or ""):
        tag = tag.split("-")[0]
        if tag in LANGUAGES and q > best_q:
            best, best_q = tag, q
    return best


def texts(lang: str) -> dict[str, str]:
    """All interface texts in ``lang``."""
    return {key: value.get(lang, value["nl"]) for key, value in _TEXTS.items()}


def predicate_label(predicate: str, direction: str, lang: str) -> str:
    """How a relation reads on an entity page: outgoing (``out``) or incoming (``in``)."""
    wording = _PREDICATES.get(predicate)
    if wording is None:
        return predicate
    out, inc = wording.get(lang, wording["nl"])
    return out if direction == "out" else inc


def property_label(qname: str, lang: str) -> str:
    """How a property of an entity (a row of its page's table) reads: the ontology's label in ``lang``
    ("opgeheven op" for ``g40:dissolvedOn``), else the name itself.

    >>> property_label("g40:dissolvedOn", "nl"), property_label("g40:dissolvedOn", "en"), property_label("ex:x", "nl")
    ('opgeheven op', 'dissolved on', 'ex:x')
    """
    return (_ontology_labels().get((qname, lang)) or _ontology_labels().get((qname, "nl"))
            or _OTHER_PROPERTIES.get(qname, {}).get(lang) or qname)


#: properties of other vocabularies an entity's table shows (the register's note on a G40 member's date)
_OTHER_PROPERTIES = {"skos:note": {"nl": "toelichting", "en": "note"}}


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[tuple[str, str], str]:
    """(``g40:`` name, language) → the label ``ontology/g40.ttl`` gives it."""
    import pyoxigraph as ox

    from ..resources import ontology_path

    label, prefix = "http://www.w3.org/2000/01/rdf-schema#label", "https://w3id.org/g40kg/def#"
    return {("g40:" + quad.subject.value[len(prefix):], quad.object.language or "nl"): quad.object.value
            for quad in ox.parse(path=str(ontology_path("g40.ttl")), format=ox.RdfFormat.TURTLE)
            if quad.predicate.value == label and isinstance(quad.subject, ox.NamedNode)
            and quad.subject.value.startswith(prefix)}


def language_of(request) -> str:
    """The language of a Starlette ``request`` (the app's configured language as the default)."""
    config = getattr(request.app.state, "config", None)
    return request_language(request.query_params, request.headers.get("accept-language"),
                            getattr(config, "lang", "nl"))


def page_language(request) -> str:
    """The language of an explorer page for a Starlette ``request``: ``?lang=`` (the page's own language
    link), else the server's ``--lang`` (Dutch by default); not the browser's ``Accept-Language``, which
    says how the computer was installed, not what its user reads (walkthrough 24, finding 16). A client of
    the API (``/sparql``, ``/api``) still gets its ``Accept-Language`` (:func:`language_of`)."""
    config = getattr(request.app.state, "config", None)
    return request_language(request.query_params, None, getattr(config, "lang", "nl"))
