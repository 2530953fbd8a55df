"""The messages of the build family's commands (build, its summary and --watch, export, evaluate), Dutch and English.

:data:`TEXTS` is keyed by language, then by message; the commands format them with their values.
"""

from __future__ import annotations

__all__ = ["TEXTS"]

TEXTS = {
    "nl": {
        "summary": "Graaf gebouwd in {graph} ({seconds:.1f} s): {documents}, {facts}.",
        "facts": ("feit", "feiten"),
        "documents": ("document", "documenten"),
        "entities": "Gevonden per soort",
        "relations": "Feiten per soort",
        "warnings": ("waarschuwing", "waarschuwingen"),
        "curation": "Correcties",
        "warnings_hidden": "… en {n} over correcties (al gemeld bij de vorige bouw, of meer dan er hier passen); "
                           "'g40kg curation --stale' toont ze",
        "curation_counts": {"entities_added": ("entiteit toegevoegd", "entiteiten toegevoegd"),
                            "aliases_added": ("alias toegevoegd", "aliassen toegevoegd"),
                            "facts_added": ("feit toegevoegd", "feiten toegevoegd"),
                            "merged": ("samengevoegd", "samengevoegd"), "suppressed": ("onderdrukt", "onderdrukt"),
                            "erased": ("entiteit verwijderd", "entiteiten verwijderd"),
                            "not_entities": ("naam weggehaald die geen entiteit is",
                                             "namen weggehaald die geen entiteit zijn"),
                            "split": ("persoon afgesplitst", "personen afgesplitst"),
                            "retyped": ("entiteit hertypt", "entiteiten hertypt"),
                            "renamed": ("entiteit hernoemd", "entiteiten hernoemd"),
                            "withdrawn": ("feit ingetrokken door een rectificatie", "feiten ingetrokken door een rectificatie"),
                            "settled": ("dubbelzinnigheid door correcties opgelost",
                                        "dubbelzinnigheden door correcties opgelost")},
        "erased_caches": "De caches van de graaf ({cache}: volledige teksten en extracties) hielden de namen van "
                         "verwijderde entiteiten nog; de bouw heeft ze gewist (de volgende bouw leest alles opnieuw).",
        "none": "(geen)",
        "validated": "Controle: in orde (alle {total} documenten gecontroleerd).",
        "validated_one": "Controle: in orde (het enige document gecontroleerd).",
        "validated_sample": "Controle: in orde ({checked} van {total} documenten gecontroleerd: eerst de {new} "
                            "die deze bouw opnieuw schreef (nieuwe, gewijzigde en die een correctie raakt); 'g40kg "
                            "validate' of 'build --full-validation' controleert alles).",
        "validated_some_new": "Controle: in orde ({checked} van de {new} documenten gecontroleerd die deze bouw "
                              "opnieuw schreef; 'g40kg validate' of 'build --full-validation' controleert alle {total}).",
        "validated_spread": "Controle: in orde ({checked} van {total} documenten gecontroleerd, een steekproef; "
                            "'g40kg validate' of 'build --full-validation' controleert alles).",
        "validated_none": "Controle: niets te controleren (geen nieuwe of gewijzigde feiten).",
        "wrote": "Geschreven: {path}",
        "wrote_site": "Geschreven: {path} ({pages} pagina's); open {path}/index.html in een browser.",
        "site_full_text": "De documentpagina's tonen de hele tekst van elk document (met wat die over personen zegt); "
                          "voor een publicatie buiten de organisatie: --no-document-text (alleen de bewijszinnen).",
        "no_text_not_site": "--no-document-text hoort bij --format site, niet bij --format {fmt} (die bevat geen "
                            "documenttekst)",
        "evaluation": "Evaluatie tegen {gold}",
        "document": "document",
        "entities_col": "entiteiten P / R / F1",
        "relations_col": "relaties P / R / F1",
        "missed_entities": "gemiste entiteiten",
        "wrong_entities": "onjuiste entiteiten",
        "missed_facts": "gemiste feiten",
        "wrong_facts": "onjuiste feiten",
        "wrong_dates": "gevonden feiten met een verkeerde tijd",
        "time_line": "Tijd: {correct} van {checked} gevonden feiten met een gouden tijd hebben die goed ({accuracy}); "
                     "een gouden '2019' klopt bij elke datum in 2019, '2019-07' bij elke in juli 2019{missed}",
        "time_missed": "; {n} van de {dated} feiten met een tijd niet gevonden",
        "watching": "Bewaakt {paths}: bouwt opnieuw zodra er iets verandert (elke {interval:g} s gekeken; Ctrl+C stopt).",
        "rebuilt": "{time} opnieuw gebouwd ({seconds:.1f} s): {documents}, {facts}; {changes}.",
        "changes": "Sinds de vorige bouw: {changes}.",
        "change_words": {"new": "nieuw", "changed": "gewijzigd", "removed": "verwijderd", "renamed": "hernoemd"},
        "change_parts": {"title": "titel", "date": "datum", "period": "periode", "author": "auteur",
                         "case": "zaaknummer"},
        "parts_changed": "{parts} gewijzigd",
        "and": " en ",
        "no_changes": "geen document veranderd",
        "watched_corrections": "{paths} en de correcties in {curated}",
        "corrections_changed": "correcties gewijzigd",
        "only_corrections_changed": "geen document veranderd, wel de correcties",
        "reference_changed": "referentielijsten gewijzigd ({files})",
        "only_reference_changed": "geen document veranderd, wel de referentielijsten ({files})",
        "only_both_changed": "geen document veranderd, wel de correcties en de referentielijsten ({files})",
        "license_not_iri": "{value!r} is geen IRI; geef de licentie als IRI, bijvoorbeeld "
                           "https://creativecommons.org/licenses/by/4.0/ (of '-': geen licentie)",
        "bundled_corpus": "Geen documenten opgegeven: ik bouw de meegeleverde voorbeelddocumenten van g40kg.",
        "bundled_corpus_here": ("Geen documenten opgegeven: ik bouw de meegeleverde voorbeelddocumenten van g40kg. In "
                                "deze map staat 1 document: bedoelt u 'g40kg build .'?",
                                "Geen documenten opgegeven: ik bouw de meegeleverde voorbeelddocumenten van g40kg. In "
                                "deze map staan {n} documenten: bedoelt u 'g40kg build .'?"),
        "corrections_remembered": "Correcties uit {folder}, zoals bij de vorige bouw van deze graaf (--curated MAP kiest "
                                  "een andere map, --curated - de meegeleverde correcties).",
        "corrections_gone": "de vorige bouw van deze graaf gebruikte de correcties in {folder}, maar die map is er niet "
                            "meer; geef --curated MAP, of --curated - voor de meegeleverde correcties",
        "corrections_gone_removal": "de vorige bouw van deze graaf gebruikte de correcties in {folder}, met een "
                                    "verwijdering op verzoek (AVG), maar die map is er niet meer; geef --curated MAP "
                                    "met die correcties: zonder komen verwijderde personen terug",
        "removal_dropped": "de vorige bouw van deze graaf verwijderde iemand op verzoek (AVG) met de correcties in "
                           "{used}; {folder} heeft geen verwijderregel, dus die persoon zou terugkomen. Geef --curated "
                           "MAP met de verwijderregels (wilt u de verwijdering echt ongedaan maken: haal de regel weg "
                           "uit {used})",
        "removal_dropped_gone": "de vorige bouw van deze graaf verwijderde iemand op verzoek (AVG) met een correctiemap "
                                "die hier niet bestaat ({used}: de graafmap is gekopieerd of verplaatst); {folder} heeft "
                                "geen verwijderregel, dus die persoon zou terugkomen. Geef --curated MAP met de "
                                "verwijderregels (de map waarmee u de vorige keer bouwde)",
        "unused_corrections": "Let op: {folder} ligt bij de documenten, maar deze bouw gebruikt die correcties niet "
                              "({erasures} verwijderregel(s)); een verwijdering op verzoek (AVG art. 17) geldt alleen "
                              "met --curated {folder}.",
        "failed": "{time} bouw mislukt, de vorige graaf blijft staan: {error}",
        "stopped": "Gestopt; de graaf staat in {graph}.",
        "lists_restart": "De referentielijsten zijn gewijzigd ({files}): de bewaking begint opnieuw, met de nieuwe lijsten.",
        "overtaken": "de graaf in {graph} is intussen door een andere bouw vervangen, met andere documenten ({other}); "
                     "de watch stopt om die niet ongedaan te maken. Eén schrijver per graaf: bouw alle bronnen in "
                     "één watch, of elke bron in een eigen --graph",
    },
    "en": {
        "summary": "Graph built in {graph} ({seconds:.1f} s): {documents}, {facts}.",
        "facts": ("fact", "facts"),
        "documents": ("document", "documents"),
        "entities": "Found by kind",
        "relations": "Facts by kind",
        "warnings": ("warning", "warnings"),
        "curation": "Corrections",
        "warnings_hidden": "… and {n} about corrections (reported by the previous build, or more than fit here); "
                           "'g40kg curation --stale' shows them",
        "curation_counts": {"entities_added": ("entity added", "entities added"),
                            "aliases_added": ("alias added", "aliases added"), "facts_added": ("fact added", "facts added"),
                            "merged": ("merged", "merged"), "suppressed": ("suppressed", "suppressed"),
                            "erased": ("entity removed", "entities removed"),
                            "not_entities": ("name taken out that is no entity", "names taken out that are no entity"),
                            "split": ("person split off", "people split off"),
                            "retyped": ("entity retyped", "entities retyped"),
                            "renamed": ("entity renamed", "entities renamed"),
                            "withdrawn": ("fact withdrawn by a rectification", "facts withdrawn by a rectification"),
                            "settled": ("ambiguity settled by corrections", "ambiguities settled by corrections")},
        "erased_caches": "The graph's caches ({cache}: full texts and extractions) still held the names of removed "
                         "entities; the build cleared them (the next build reads everything again).",
        "none": "(none)",
        "validated": "SHACL: the graph conforms (all {total} documents checked).",
        "validated_one": "SHACL: the graph conforms (its one document checked).",
        "validated_sample": "SHACL: the graph conforms ({checked} of {total} documents checked: first the {new} this "
                            "build wrote anew (new, changed and those a correction touches); 'g40kg validate' or "
                            "'build --full-validation' checks everything).",
        "validated_some_new": "SHACL: the graph conforms ({checked} of the {new} documents this build wrote anew "
                              "checked; 'g40kg validate' or 'build --full-validation' checks all {total}).",
        "validated_spread": "SHACL: the graph conforms ({checked} of {total} documents checked, a sample; "
                            "'g40kg validate' or 'build --full-validation' checks everything).",
        "validated_none": "SHACL: nothing to check (no new or changed facts).",
        "wrote": "Wrote: {path}",
        "wrote_site": "Wrote: {path} ({pages} pages); open {path}/index.html in a browser.",
        "site_full_text": "The document pages show the whole text of every document (with what it says about people); "
                          "to publish outside the organisation: --no-document-text (the evidence sentences only).",
        "no_text_not_site": "--no-document-text goes with --format site, not with --format {fmt} (which holds no "
                            "document text)",
        "evaluation": "Evaluation against {gold}",
        "document": "document",
        "entities_col": "entities P / R / F1",
        "relations_col": "relations P / R / F1",
        "missed_entities": "missed entities",
        "wrong_entities": "wrong entities",
        "missed_facts": "missed facts",
        "wrong_facts": "wrong facts",
        "wrong_dates": "found facts with a wrong time",
        "time_line": "Time: {correct} of {checked} found facts with a gold time have it right ({accuracy}); "
                     "a gold '2019' matches any date in 2019, '2019-07' any in July 2019{missed}",
        "time_missed": "; {n} of the {dated} facts with a time not found",
        "watching": "Watching {paths}: builds again as soon as something changes (looks every {interval:g} s; Ctrl+C stops).",
        "rebuilt": "{time} built again ({seconds:.1f} s): {documents}, {facts}; {changes}.",
        "changes": "Since the previous build: {changes}.",
        "change_words": {"new": "new", "changed": "changed", "removed": "removed", "renamed": "renamed"},
        "change_parts": {"title": "title", "date": "date", "period": "period", "author": "author",
                         "case": "case number"},
        "parts_changed": "{parts} changed",
        "and": " and ",
        "no_changes": "no document changed",
        "watched_corrections": "{paths} and the corrections in {curated}",
        "corrections_changed": "corrections changed",
        "only_corrections_changed": "no document changed, but the corrections did",
        "reference_changed": "reference lists changed ({files})",
        "only_reference_changed": "no document changed, but the reference lists did ({files})",
        "only_both_changed": "no document changed, but the corrections and the reference lists did ({files})",
        "license_not_iri": "{value!r} is not an IRI; give the licence as an IRI, for example "
                           "https://creativecommons.org/licenses/by/4.0/ (or '-': no licence)",
        "bundled_corpus": "No documents given: building g40kg's bundled example documents.",
        "bundled_corpus_here": ("No documents given: building g40kg's bundled example documents. This folder holds "
                                "1 document: did you mean 'g40kg build .'?",
                                "No documents given: building g40kg's bundled example documents. This folder holds "
                                "{n} documents: did you mean 'g40kg build .'?"),
        "corrections_remembered": "Corrections from {folder}, as in this graph's previous build (--curated FOLDER "
                                  "chooses another folder, --curated - the bundled corrections).",
        "corrections_gone": "this graph's previous build used the corrections in {folder}, but that folder is gone; "
                            "give --curated FOLDER, or --curated - for the bundled corrections",
        "corrections_gone_removal": "this graph's previous build used the corrections in {folder}, with a removal "
                                    "on request (GDPR), but that folder is gone; give --curated FOLDER with those "
                                    "corrections: without them removed people come back",
        "removal_dropped": "this graph's previous build removed someone on request (GDPR) with the corrections in "
                           "{used}; {folder} holds no removal rule, so that person would come back. Give --curated "
                           "FOLDER with the removal rules (to really undo the removal: take the rule out of {used})",
        "removal_dropped_gone": "this graph's previous build removed someone on request (GDPR) with a corrections folder "
                                "that does not exist here ({used}: the graph folder was copied or moved); {folder} "
                                "holds no removal rule, so that person would come back. Give --curated FOLDER with the "
                                "removal rules (the folder you built with last time)",
        "unused_corrections": "Note: {folder} lies with the documents, but this build does not use those corrections "
                              "({erasures} removal rule(s)); a removal on request (GDPR art. 17) only holds with "
                              "--curated {folder}.",
        "failed": "{time} build failed, the previous graph stays: {error}",
        "stopped": "Stopped; the graph is in {graph}.",
        "lists_restart": "The reference lists changed ({files}): the watch starts again, with the new lists.",
        "overtaken": "the graph in {graph} was replaced meanwhile by another build, with other documents ({other}); "
                     "the watch stops so as not to undo it. One writer per graph: build all sources in one watch, "
                     "or each source into a --graph of its own",
    },
}
