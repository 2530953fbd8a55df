"""User-facing message texts in Dutch (default) and English.

The CLI sets the language once (``--lang``); library code formats messages with :func:`msg`.

Examples
--------
>>> with language("en"):
...     msg("no_such_path", path="x.txt")
'x.txt: no such file or folder'
>>> msg("no_such_path", path="x.txt")
'x.txt: bestand of map bestaat niet'
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["msg", "set_language", "get_language", "language", "CATALOGUE"]

_LANGUAGE: ContextVar[str] = ContextVar("g40kg_language", default="nl")

CATALOGUE: dict[str, dict[str, str]] = {
    "no_such_path": {"nl": "{path}: bestand of map bestaat niet", "en": "{path}: no such file or folder"},
    "no_such_path_spaces": {"nl": "{path}: bestand of map bestaat niet. Staan er spaties in de naam? Zet hem tussen "
                                  "aanhalingstekens: \"{joined}\"",
                            "en": "{path}: no such file or folder. Are there spaces in the name? Put it in quotes: "
                                  "\"{joined}\""},
    "unsupported": {"nl": "{path}: overgeslagen, bestandstype {suffix} wordt niet ondersteund",
                    "en": "{path}: skipped, unsupported file type {suffix}"},
    "unreadable": {"nl": "{path}: onleesbaar ({reason})", "en": "{path}: unreadable ({reason})"},
    "rdf_unknown_format": {"nl": "{path}: onbekend RDF-formaat; gebruik een van {formats}",
                           "en": "{path}: unknown RDF format; use one of {formats}"},
    "rdf_unparsable_at": {"nl": "{path}, regel {line}: niet te lezen als {fmt} ({reason})",
                          "en": "{path}, line {line}: cannot parse as {fmt} ({reason})"},
    "rdf_unparsable": {"nl": "{path}: niet te lezen als {fmt} ({reason})", "en": "{path}: cannot parse as {fmt} ({reason})"},
    "no_shapes_file": {"nl": "{path}: geen shapes-bestand", "en": "{path}: no such shapes file"},
    "shapes_unparsable": {"nl": "{path}: shapes niet te lezen ({reason})", "en": "{path}: cannot parse shapes ({reason})"},
    "serve_cannot_listen": {"nl": "kan niet luisteren op {host}:{port} ({reason}); kies een andere --port of --host",
                            "en": "cannot listen on {host}:{port} ({reason}); choose another --port or --host"},
    "not_utf8": {"nl": "{path}: geen UTF-8-tekst (byte {position})", "en": "{path}: not UTF-8 text (byte {position})"},
    "binary": {"nl": "{path}: overgeslagen, binair bestand", "en": "{path}: skipped, binary file"},
    "empty": {"nl": "{path}: overgeslagen, geen tekst", "en": "{path}: skipped, no text"},
    "empty_file": {"nl": "{path}: overgeslagen, leeg bestand (0 bytes); exporteer het opnieuw uit het documentsysteem",
                   "en": "{path}: skipped, an empty file (0 bytes); export it again from the document system"},
    "no_text_layer": {"nl": "{path}: overgeslagen, een PDF zonder tekst (een scan?); maak hem doorzoekbaar met "
                            "tekstherkenning (OCR, zoals ocrmypdf) of exporteer hem met tekstlaag",
                      "en": "{path}: skipped, a PDF without text (a scan?); make it searchable with text recognition "
                            "(OCR, such as ocrmypdf) or export it with a text layer"},
    "mail_attachment": {"nl": "{path}: bijlage {name!r} niet gelezen ({reason}); sla hem apart op om hem mee te lezen",
                        "en": "{path}: attachment {name!r} not read ({reason}); save it on its own to have it read"},
    "bad_mail": {"nl": "{path}: overgeslagen, onleesbare e-mail (delen in delen honderden keren genest)",
                 "en": "{path}: skipped, unreadable e-mail (parts within parts nested hundreds deep)"},
    "attachment_unreadable": {"nl": "onleesbaar", "en": "unreadable"},
    "hidden_document": {"nl": "{path}: overgeslagen, verborgen bestand (de naam begint met een punt); hernoem het om "
                              "het mee te lezen",
                        "en": "{path}: skipped, a hidden file (its name starts with a dot); rename it to have it read"},
    "name_not_utf8": {"nl": "{path}: overgeslagen, de bestandsnaam is geen UTF-8 (uitgepakt met de tekenset van Windows?); "
                            "hernoem het bestand of de map, bijvoorbeeld met convmv -r -f cp1252 -t utf-8 --notest MAP",
                      "en": "{path}: skipped, the file name is not UTF-8 (unpacked in the Windows character set?); rename "
                            "the file or folder, for example with convmv -r -f cp1252 -t utf-8 --notest FOLDER"},
    "dangling_link": {"nl": "{path}: overgeslagen, de koppeling wijst naar {target}, dat er niet is",
                      "en": "{path}: skipped, the link points to {target}, which does not exist"},
    "link_outside": {"nl": "{path}: overgeslagen, de koppeling wijst buiten de map naar {target}, dat geen document is "
                           "(daarbuiten leest een bouw alleen .txt, .md, .html, .pdf, .docx, .odt, .rtf en .eml, niet in een verborgen map); "
                           "kopieer het bestand in de map als het erbij hoort",
                     "en": "{path}: skipped, the link points out of the folder to {target}, which is no document (out "
                           "there a build reads only .txt, .md, .html, .pdf, .docx, .odt, .rtf and .eml, not in a hidden folder); copy "
                           "the file into the folder if it belongs there"},
    "bad_pdf": {"nl": "{path}: overgeslagen, onleesbare PDF (beschadigd, onvolledig of versleuteld; -v toont de reden)",
                "en": "{path}: skipped, unreadable PDF (damaged, incomplete or encrypted; -v shows why)"},
    "disguised_file": {"nl": "{path}: overgeslagen, dit is geen {claimed} maar {real}; hernoem het naar {suffix} om "
                             "het te laten lezen",
                       "en": "{path}: skipped, this is no {claimed} but {real}; rename it to {suffix} to have it read"},
    "bad_docx": {"nl": "{path}: overgeslagen, onleesbaar Word-document ({reason})",
                 "en": "{path}: skipped, unreadable Word document ({reason})"},
    "docx_too_big": {"nl": "{path}: overgeslagen, Word-document dat uitgepakt {size} MB is, meer dan de grens van "
                           "{limit} MB (een zip-bom, of een bestand dat zo groot is: sla het op als PDF)",
                     "en": "{path}: skipped, a Word document that unpacks to {size} MB, more than the limit of "
                           "{limit} MB (a zip bomb, or a file that big: save it as PDF)"},
    "bad_odt": {"nl": "{path}: overgeslagen, onleesbare OpenDocument-tekst ({reason})",
                "en": "{path}: skipped, unreadable OpenDocument text ({reason})"},
    "odt_too_big": {"nl": "{path}: overgeslagen, OpenDocument-tekst die uitgepakt {size} MB is, meer dan de grens van "
                          "{limit} MB (een zip-bom, of een bestand dat zo groot is: sla het op als PDF)",
                    "en": "{path}: skipped, an OpenDocument text that unpacks to {size} MB, more than the limit of "
                          "{limit} MB (a zip bomb, or a file that big: save it as PDF)"},
    "tracked_changes": {"nl": "{path}: heeft bijgehouden wijzigingen; gelezen zoals Word het toont na 'Alle wijzigingen "
                               "accepteren' (ingevoegde tekst telt mee, verwijderde niet)",
                        "en": "{path}: has tracked changes; read as Word shows it after 'Accept All Changes' "
                              "(inserted text counts, deleted text does not)"},
    "bad_rtf": {"nl": "{path}: overgeslagen, onleesbaar RTF-bestand ({reason})",
                "en": "{path}: skipped, unreadable RTF file ({reason})"},
    "rtf_too_big": {"nl": "{path}: overgeslagen, RTF-bestand van {size} MB, meer dan de grens van {limit} MB (afbeeldingen "
                          "of ingesloten bestanden: sla het op als PDF)",
                    "en": "{path}: skipped, an RTF file of {size} MB, more than the limit of {limit} MB (pictures or "
                          "embedded files: save it as PDF)"},
    "tracked_changes_odt": {"nl": "{path}: heeft bijgehouden wijzigingen; gelezen zoals LibreOffice het toont na "
                                   "'Alles accepteren' (ingevoegde tekst telt mee, verwijderde niet)",
                            "en": "{path}: has tracked changes; read as LibreOffice shows it after 'Accept All' "
                                  "(inserted text counts, deleted text does not)"},
    "cp1252": {"nl": "{path}: geen geldige UTF-8, gelezen als cp1252", "en": "{path}: not valid UTF-8, read as cp1252"},
    "field_cut": {"nl": "{path}: {field} van {length} tekens ingekort tot {limit}{where}",
                  "en": "{path}: {field} of {length} characters cut to {limit}{where}"},
    "field_title": {"nl": "titel", "en": "title"},
    "field_author": {"nl": "auteur", "en": "author"},
    "field_case": {"nl": "zaaknummer", "en": "case number"},
    "bad_meta": {"nl": "{path}: metadata genegeerd, ongeldige JSON ({reason})",
                 "en": "{path}: metadata ignored, malformed JSON ({reason})"},
    "bad_meta_date": {"nl": "{path}: {key} {value!r} is geen ISO-datum (JJJJ-MM-DD); genegeerd",
                      "en": "{path}: {key} {value!r} is not an ISO date (YYYY-MM-DD); ignored"},
    "unknown_meta_field": {"nl": "{path}: onbekend veld {key!r} genegeerd (bekend zijn: {fields}){hint}",
                           "en": "{path}: unknown field {key!r} ignored (known fields: {fields}){hint}"},
    "bad_meta_period": {"nl": "{path}: period moet {{\"start\": ISO-datum, \"end\": ISO-datum}} zijn; genegeerd",
                        "en": "{path}: period must be {{\"start\": ISO date, \"end\": ISO date}}; ignored"},
    "bad_meta_period_order": {"nl": "{path}: period begint ({start}) na zijn einde ({end}); genegeerd",
                              "en": "{path}: period starts ({start}) after it ends ({end}); ignored"},
    "namesakes": {"nl": "{count} personen heten {name}: {places} — is het één persoon, voeg dan samen met merge: {merges}",
                  "en": "{count} people are called {name}: {places} — if they are one person, merge them with merge: {merges}"},
    "namesakes_bracketed": {"nl": "twee personen heten {name}? In één document tussen haakjes bij {places} geplaatst; als "
                                  "één persoon gehouden — zijn het er twee, splits dan met split: {split}",
                            "en": "two people called {name}? Placed with {places} in brackets in one document; kept as "
                                  "one person — if they are two, split them with split: {split}"},
    "namesakes_maybe": {"nl": "twee personen heten {name}? Binnen enkele weken in {places} geplaatst; als één persoon "
                              "gehouden — zijn het er twee, splits dan met split: {split}",
                        "en": "two people called {name}? Placed in {places} within weeks; kept as one person — if they "
                              "are two, split them with split: {split}"},
    "progress_extract": {"nl": "Extractie", "en": "Extraction"},
    "large_document": {"nl": "{document}: groot document ({size} miljoen tekens); alleen al de extractie ervan duurt tot "
                             "ongeveer {seconds} s",
                       "en": "{document}: a large document ({size} million characters); extracting it alone takes up to "
                             "about {seconds} s"},
    "progress_graphs": {"nl": "Documentgrafen", "en": "Document graphs"},
    "progress_store": {"nl": "Oxigraph-opslag bijwerken", "en": "Updating the Oxigraph store"},
    "progress_check": {"nl": "SHACL-controle", "en": "SHACL check"},
    "progress_save": {"nl": "Opslaan", "en": "Saving"},
    "nothing_to_build": {"nl": "niets te bouwen: geen bruikbaar document in {paths}{detail}; de vorige graaf is ongewijzigd",
                         "en": "nothing to build: no usable document in {paths}{detail}; the previous graph is unchanged"},
    "no_graph": {"nl": "geen graaf in {path}: voer eerst 'g40kg build MAP' uit, met MAP de map van uw documenten "
                       "(of geef --graph){hint}",
                 "en": "no graph at {path}: run 'g40kg build FOLDER' first, with FOLDER the folder of your documents "
                       "(or pass --graph){hint}"},
    "no_graph_up": {"nl": "; één map hoger staat wel een graaf: geef --graph {graph}",
                    "en": "; there is one a folder up: pass --graph {graph}"},
    "not_a_graph": {"nl": "{path} bestaat en is geen g40kg-graaf; kies een andere --graph",
                    "en": "{path} exists and is not a g40kg graph; choose another --graph"},
    "graph_file_alone": {"nl": "{path} bevat graph.nq maar geen manifest.json, en is zo geen g40kg-graaf: zet de "
                               "bewaarde manifest.json erbij, of bouw de graaf opnieuw uit de documenten in een lege "
                               "map (docs/graph-folder.md, 'Back up and restore')",
                         "en": "{path} holds graph.nq but no manifest.json, so it is not a g40kg graph: put the saved "
                               "manifest.json beside it, or build the graph again from the documents into an empty "
                               "folder (docs/graph-folder.md, 'Back up and restore')"},
    "newer_format": {"nl": "{path} is gemaakt door een nieuwere g40kg ({version}, indeling {found}; deze versie kent "
                             "indeling {supported}): upgrade g40kg, of bouw met deze versie in een nieuwe map (--graph)",
                     "en": "{path} was made by a newer g40kg ({version}, format {found}; this version knows format "
                           "{supported}): upgrade g40kg, or build with this version into a new folder (--graph)"},
    "older_format": {"nl": "de graafmap had indeling {found} (van g40kg {version}); deze versie schrijft indeling "
                           "{supported} en heeft de graaf daarom volledig opnieuw gebouwd",
                     "en": "the graph folder had format {found} (from g40kg {version}); this version writes format "
                           "{supported} and so rebuilt the graph in full"},
    "bad_manifest": {"nl": "{path}: onleesbaar manifest ({reason})", "en": "{path}: unreadable manifest ({reason})"},
    "store_still_open": {"nl": "de store in {path} is nog open en kan niet vernieuwd worden ({reason}); de vorige graaf is ongewijzigd",
                         "en": "the store in {path} is still open and cannot be renewed ({reason}); the previous graph is unchanged"},
    "unreadable_graph_file": {"nl": "{path} is onleesbaar ({reason}); bouw opnieuw in een lege map (--graph)",
                              "en": "{path} cannot be read ({reason}); build again into an empty folder (--graph)"},
    "cannot_write": {"nl": "kan {path} niet schrijven ({reason})", "en": "cannot write {path} ({reason})"},
    "cannot_write_stdout": {"nl": "kan de uitvoer (stdout) niet schrijven ({reason}); wat er al staat is onvolledig",
                            "en": "cannot write the output (stdout) ({reason}); what was written is incomplete"},
    "cannot_write_graph": {"nl": "kan {path} niet schrijven ({reason}); de vorige graaf is ongewijzigd",
                           "en": "cannot write {path} ({reason}); the previous graph is unchanged"},
    "mount_point": {"nl": "{path} is een koppelpunt (mount point): een bouw vervangt de hele map en dat kan daar "
                          "niet; geef een map erin, bijvoorbeeld {inside}",
                    "en": "{path} is a mount point: a build replaces the whole folder, which cannot be done there; "
                          "name a folder inside it, for example {inside}"},
    "damaged_graph": {"nl": "{path}: beschadigde graaf ({reason}); bouw hem opnieuw met 'g40kg build'",
                      "en": "{path}: damaged graph ({reason}); build it again with 'g40kg build'"},
    "short_graph_file": {"nl": "{path} is korter dan zijn index zegt; bouw opnieuw in een lege map (--graph)",
                         "en": "{path} is shorter than its index says; build again into an empty folder (--graph)"},
    "shacl_failed": {"nl": "de nieuwe graaf schendt de SHACL-shapes ({n} schendingen); er is niets geschreven, "
                           "de vorige graaf is ongewijzigd. Eerste: {first}",
                     "en": "the new graph violates the SHACL shapes ({n} violations); nothing was written, "
                           "the previous graph is unchanged. First: {first}"},
    "gold_unreadable": {"nl": "{path}: goudstandaard niet leesbaar ({reason})", "en": "{path}: cannot read gold file ({reason})"},
    "gold_yaml": {"nl": "{path}: ongeldige YAML{where}", "en": "{path}: malformed YAML{where}"},
    "gold_where": {"nl": " op regel {line}, kolom {column}", "en": " at line {line}, column {column}"},
    "gold_documents_mapping": {"nl": "{path}: onder 'documents:' staat {found}; verwacht: per document-id een "
                                     "mapping ('documents:' met daaronder '  mijn-document:' en de entities en facts)",
                               "en": "{path}: 'documents:' holds {found}; expected a mapping from document id to its "
                                     "entities and facts ('documents:' then '  my-document:')"},
    "gold_shape": {"nl": "{path}: een goudstandaard begint met 'documents:' (een mapping per document)",
                   "en": "{path}: a gold file needs a top-level 'documents:' mapping"},
    "gold_empty": {"nl": "{path}: de goudstandaard noemt geen documenten; er valt niets te meten",
                   "en": "{path}: the gold file names no documents; there is nothing to measure"},
    "gold_unmatched": {"nl": "geen feiten uit de {count} documenten van de goudstandaard (ids: {ids}); staan ze "
                             "in de gebouwde mappen of in --facts?",
                       "en": "no facts from the gold file's {count} documents (ids: {ids}); are they in the "
                             "folders built or in --facts?"},
    "gold_date": {"nl": "{value!r} is geen gouden datum (JJJJ, JJJJ-MM of JJJJ-MM-DD, of null/open){where}",
                  "en": "{value!r} is not a gold date (YYYY, YYYY-MM or YYYY-MM-DD, or null/open){where}"},
    "gold_past": {"nl": "past: {value!r} moet true of false zijn{where}", "en": "past: {value!r} must be true or false{where}"},
    "gold_fact_mapping": {"nl": "een feit als mapping heeft 'fact: [onderwerp, relatie, object]' of 'any: [...]' "
                                "(gevonden: {keys}){where}",
                          "en": "a fact written as a mapping needs 'fact: [subject, predicate, object]' or 'any: [...]' "
                                "(found: {keys}){where}"},
    "gold_fact_keys": {"nl": "onbekende sleutel(s) {keys} bij een feit; bekend: fact, any, from, until, past{where}",
                       "en": "unknown key(s) {keys} on a fact; known: fact, any, from, until, past{where}"},
    "gold_in_document": {"nl": " (document {document})", "en": " (document {document})"},
    "facts_line": {"nl": "{path}:{line}: geen JSON-object", "en": "{path}:{line}: not a JSON object"},
    # a kind without its own "unknown_name_<kind>" text (Dutch "onbekend"/"onbekende" follows het/de per noun)
    "unknown_name": {"nl": "{kind} {name!r} niet gevonden{hint}", "en": "{kind} {name!r} not found{hint}"},
    "did_you_mean": {"nl": "; bedoelt u {options}?", "en": "; did you mean {options}?"},
    "unknown_engine": {"nl": "onbekende engine {engine!r}; kies uit {engines}",
                       "en": "unknown engine {engine!r}; choose from {engines}"},
    "bad_url": {"nl": "{option}: {url!r} is geen http(s)-adres", "en": "{option}: {url!r} is not an http(s) URL"},
    "push_one_target": {"nl": "geef --store-url (Graph Store Protocol), --update-url (SPARQL Update) of beide",
                        "en": "give --store-url (Graph Store Protocol), --update-url (SPARQL Update) or both"},
    "endpoint_failed": {"nl": "het SPARQL-endpoint {url} gaf geen antwoord op de query: {reason} (controleer --endpoint)",
                        "en": "the SPARQL endpoint {url} did not answer the query: {reason} (check --endpoint)"},
    "interrupted": {"nl": "Afgebroken", "en": "Interrupted"},
    "version": {"nl": "g40kg, versie {version}", "en": "g40kg, version {version}"},
    "output_folder_missing": {"nl": "kan {path} niet schrijven: de map {folder} bestaat niet; maak hem eerst aan of "
                                    "kies een ander -o",
                              "en": "cannot write {path}: the folder {folder} does not exist; create it first or "
                                    "choose another -o"},
    "output_folder_is_file": {"nl": "kan {path} niet schrijven: {folder} is een bestand, geen map; kies een ander -o",
                              "en": "cannot write {path}: {folder} is a file, not a folder; choose another -o"},
    "ask_has_no_list": {"nl": "'g40kg ask' heeft geen --list: de vragen en hun parameters staan in 'g40kg questions'",
                        "en": "'g40kg ask' has no --list: the questions and their parameters are listed by "
                              "'g40kg questions'"},
    "ask_no_min_confidence": {"nl": "de vraag '{name}' kent geen --min-confidence: haar antwoord zou niet op zekerheid "
                                    "gefilterd zijn; laat de optie weg, of kies een vraag die hem kent ({names})",
                              "en": "the question '{name}' takes no --min-confidence: its answer would not be filtered "
                                    "by confidence; leave the option out, or choose a question that takes it ({names})"},
    "excel_not_csv": {"nl": "--excel hoort bij --format csv, niet bij --format {fmt}",
                      "en": "--excel goes with --format csv, not with --format {fmt}"},
    "global_option_after_command": {"nl": "{option} is een algemene optie en hoort vóór de opdracht: "
                                           "g40kg {option} … {command} …",
                                     "en": "{option} is a global option and goes before the command: "
                                           "g40kg {option} … {command} …"},
    "output_by_redirect": {"nl": "'{command}' heeft geen {option}: het schrijft naar het scherm (stdout); "
                                 "zet '> BESTAND' achter de opdracht, bijv. g40kg {command} … --format csv --excel > tabel.csv",
                           "en": "'{command}' has no {option}: it writes to the screen (stdout); "
                                 "put '> FILE' after the command, e.g. g40kg {command} … --format csv --excel > table.csv"},
    "endpoint_local_only": {"nl": "--endpoint geldt voor lees-opdrachten; '{command}' werkt altijd op de lokale "
                                  "graaf ({graph}): laat --endpoint weg",
                            "en": "--endpoint is for the reading commands; '{command}' always works on the local "
                                  "graph ({graph}): leave --endpoint out"},
    "endpoint_needs_token": {"nl": "het SPARQL-endpoint {url} vraagt een token (HTTP {status}): zet {variable} op "
                                   "het token van de server (g40kg serve --token …)",
                             "en": "the SPARQL endpoint {url} asks for a token (HTTP {status}): set {variable} to the "
                                   "server's token (g40kg serve --token …)"},
    "endpoint_token_refused": {"nl": "het SPARQL-endpoint {url} weigert het token in {variable} (HTTP {status}); "
                                     "controleer het",
                               "en": "the SPARQL endpoint {url} refuses the token in {variable} (HTTP {status}); "
                                     "check it"},
    "push_interrupted": {"nl": "Afgebroken tijdens de push naar {url}: {done} van de {changed} grafen verstuurd. De "
                               "server is onvolledig (g40g:push zegt complete false); opnieuw 'g40kg push' stuurt wat "
                               "ontbreekt",
                         "en": "Interrupted during the push to {url}: {done} of the {changed} graphs sent. The server "
                               "is incomplete (g40g:push says complete false); running 'g40kg push' again sends what is "
                               "missing"},
    "push_interrupted_nothing": {"nl": "Afgebroken: niets naar {url} verstuurd; de server is zoals na de vorige push",
                                 "en": "Interrupted: nothing sent to {url}; the server is as the previous push left it"},
    "push_failed": {"nl": "versturen naar {url} mislukt bij graaf {graph}: {reason} ({done} grafen, {triples} triples "
                          "waren al verstuurd; opnieuw 'g40kg push' vervangt ze)",
                    "en": "push to {url} failed at graph {graph}: {reason} ({done} graphs, {triples} triples were "
                          "already sent; running 'g40kg push' again replaces them)"},
    "mentions_through_endpoint": {"nl": "let op: via --endpoint staan bij elk document alleen de citaten van de "
                                        "feiten; de andere zinnen met de naam komen uit de bronbestanden van de lokale "
                                        "graaf (laat --endpoint weg voor een volledig antwoord op een inzageverzoek)",
                                  "en": "note: through --endpoint each document lists only the quotes of the facts; the "
                                        "other sentences with the name are read from the local graph's source files "
                                        "(leave out --endpoint for a complete answer to an access request)"},
    "push_failed_nothing_sent": {"nl": "versturen naar {url} mislukt bij graaf {graph}: {reason} (er was nog geen graaf "
                                       "of triple verstuurd; opnieuw 'g40kg push' verstuurt alles)",
                                 "en": "push to {url} failed at graph {graph}: {reason} (no graph or triple had been "
                                       "sent yet; running 'g40kg push' again sends everything)"},
    "push_retrying": {"nl": "{url}: {reason}; poging {attempt} van {attempts} over {seconds:g} s (--retries, elke poging "
                            "wacht hoogstens --timeout {timeout:g} s)",
                      "en": "{url}: {reason}; attempt {attempt} of {attempts} in {seconds:g} s (--retries, each attempt "
                            "waits at most --timeout {timeout:g} s)"},
    "push_default_graph_taken_both": {"nl": "de standaardgraaf op {url} bevat triples die geen push uit deze graaf daar "
                                            "schreef; push zou ze via --store-url vervangen en is gestopt voordat er iets "
                                            "verstuurd is. Kies --default-graph none (en laat de server alle grafen als "
                                            "standaardgraaf tonen), laat --store-url weg (met alleen --update-url blijven "
                                            "die triples staan) of --replace-default-graph",
                                      "en": "the default graph at {url} holds triples that no push from this graph "
                                            "wrote there; push would replace them through --store-url and stopped before "
                                            "sending anything. Choose --default-graph none (and let the server show all "
                                            "graphs as its default graph), leave out --store-url (with --update-url alone "
                                            "those triples stay) or --replace-default-graph"},
    "push_default_graph_taken": {"nl": "de standaardgraaf op {url} bevat triples die geen push uit deze graaf daar "
                                       "schreef; push zou ze vervangen en is gestopt voordat er iets verstuurd is. "
                                       "Kies --default-graph none (en laat de server alle grafen als standaardgraaf "
                                       "tonen), --update-url (laat die triples staan) of --replace-default-graph",
                                 "en": "the default graph at {url} holds triples that no push from this graph wrote "
                                       "there; push would replace them and stopped before sending anything. Choose "
                                       "--default-graph none (and let the server show all graphs as its default "
                                       "graph), --update-url (keeps those triples) or --replace-default-graph"},
    "push_default_graph_elsewhere": {"nl": "de standaardgraaf op {url} bevat triples die geen push uit deze graaf "
                                           "daar schreef, en de server draagt geen teken van een eerdere push uit deze "
                                           "graaf. Eerder vanuit deze graaf naar {other} gepusht? Is dat dezelfde server, "
                                           "push dan eenmaal met --replace-default-graph; push is gestopt voordat er "
                                           "iets verstuurd is",
                                     "en": "the default graph at {url} holds triples that no push from this graph wrote "
                                           "there, and the server carries no mark of an earlier push from this graph. "
                                           "Pushed from this graph to {other} before? If that is the same server, push "
                                           "once with --replace-default-graph; push stopped before sending anything"},
    "push_query_url_elsewhere": {"nl": "--query-url {query} toont niet wat push zojuist via {update} schreef (de graaf "
                                       "g40g:push): geef het query-adres van dezelfde server (bij Oxigraph …/query "
                                       "naast …/update); push is gestopt voordat er grafen verstuurd zijn",
                                 "en": "--query-url {query} does not show what push just wrote through {update} (the "
                                       "graph g40g:push): give the query address of the same server (with Oxigraph "
                                       "…/query beside …/update); push stopped before sending any graph"},
    "push_record_failed": {"nl": "kon niet noteren welke grafen naar {url} gingen ({reason}); een volgende push haalt "
                                 "de grafen van verwijderde documenten daar niet weg",
                           "en": "could not record which graphs went to {url} ({reason}); a next push will not remove "
                                 "the graphs of removed documents there"},
}


def get_language() -> str:
    return _LANGUAGE.get()


def set_language(lang: str) -> None:
    """Set the language for messages formatted from now on in this context ("nl" or "en")."""
    _LANGUAGE.set(lang if lang in ("nl", "en") else "nl")


@contextmanager
def language(lang: str):
    token = _LANGUAGE.set(lang)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def msg(message_key: str, /, **values) -> str:
    """The message ``message_key`` in the current language, formatted with ``values``."""
    texts = CATALOGUE[message_key]
    return texts.get(get_language(), texts["nl"]).format(**values)
