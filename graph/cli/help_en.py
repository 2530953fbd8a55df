"""English ``--help`` texts (``--lang en`` or ``G40KG_LANG=en``); the Dutch texts in the commands are the source.

Data only; :class:`graph.cli.base.G40Command` applies it. Three tables:

- :data:`COMMANDS`: per command (its name, or "g40kg" for the group) the English docstring as
  ``"help"`` and, only when the Dutch command sets ``short_help``, ``"short"``. The command list
  shortens ``"help"`` as click does.
- :data:`OPTIONS`: an option's Dutch help text → English. Options shared by several commands
  (``--format``, ``--at`` …) are translated once, and a changed Dutch text needs a new translation.
- :data:`METAVARS`: an option's Dutch value placeholder → English (language-neutral ones map to
  themselves).

Examples, commands and file names in the examples stay exactly as in the Dutch text; only the
prose and the ``#`` comments are translated. ``tests/test_cli_help.py`` fails when a command or
option has Dutch help without English here, or when an entry is no longer used.
"""

from __future__ import annotations

__all__ = ["COMMANDS", "OPTIONS", "METAVARS"]

COMMANDS: dict[str, dict[str, str]] = {
    "g40kg": {"help": """g40kg: knowledge graph of the G40 city network, built from Dutch policy documents.

        \b
        Examples:
            g40kg demo                      # build the bundled documents, show collaborations
            g40kg build mijn-documenten/    # build a graph from a folder of your own
            g40kg collaborators EZK         # who works with EZK, and why

        \b
        Preparing a meeting (who is who, printing, sharing; in Dutch): docs/aan-de-slag.md

        \b
        Exit status (for scripts):
            0    success
            1    failed: SHACL violations, no graph, no connection found, a server that fails
            2    error in the command line or in a file or name given
            3    build --strict: built, but with warnings
            75   busy: another build (or push) of this graph is running; try again later (or --wait)
            124  a query ran longer than --timeout
            130  interrupted with Ctrl+C; 143: stopped by SIGTERM (kill, cron)
        With --format json an error is on stdout too: {"error": "…", "exit_code": N, "code": "busy"}
        (code the same in every language: docs/integration.md).
        """},
    # build_cmd.py, export_cmd.py, evaluate_cmd.py, demo_cmd.py
    "build": {"help": """Build the graph from documents (files or folders; default: the bundled corpus).

        Reads .txt, .md, .html, .pdf, .docx, .odt, .rtf and .eml (e-mail; with an optional <name>.meta.json, or a
        document system's metadata.csv or metadata.xml with a row per file), extracts people,
        organisations, programmes and relations, checks the graph with SHACL and writes it only
        once everything has succeeded: a failed build leaves the previous graph intact.

        A build replaces the whole graph folder: it must not be a mount point, a symbolic link is
        followed, and the folder above it must be writable. The graph remembers --minimal-people,
        --license and --curated in manifest.json: keep that in a backup (docs/graph-folder.md).

        \b
        Examples:
            g40kg build
            g40kg build documenten/ verslag.pdf
            g40kg --graph /tmp/kg build nieuws/ --format json
            g40kg build documenten/ --curated correcties/
            g40kg build --license https://creativecommons.org/licenses/by/4.0/
            g40kg build documenten/ --minimal-people
            g40kg build documenten/ --watch
            g40kg build documenten/ --wait 600 --keep-going --format json   # for cron
            g40kg build documenten/ --wait 600 --quiet --strict   # cron: output only for errors and warnings
            g40kg build documenten/ --quiet --strict --allow-warning undated:notitie   # a known warning
            g40kg build documenten/ --max-document-size 20   # an export of 12 MB too
            g40kg build documenten/ --max-document-time 600   # a slow machine
            g40kg build documenten/ --compact   # maintenance: a store as small as after a first build
        """},
    "export": {"help": """Export the graph: facts (JSON Lines), RDF, a network format or the explorer as a site.

        'facts' is the public fact format (one JSON object per fact per document, with the
        evidence sentence and its time: date, valid_from, valid_until, past, confidence); 'csv'
        has the same columns, a row per evidence sentence (two sentences of one document stating
        the same fact are both there) and also the facts added by hand (evidence "curated (file:line)");
        graphml/gexf are the network projection for Gephi or yEd. In 'csv' text that a spreadsheet
        would read as a formula (it begins with = + - @) gets a ' in front, a number or date does not
        (--raw: none does, for a database). RDF: trig, nquads and
        jsonld (with an @context of the prefixes) keep the named graphs; turtle, ntriples and
        rdfxml give their union. 'g40kg validate' reads every RDF file that export writes.

        'site' writes the web explorer ('g40kg serve') as a folder of HTML pages that work without
        a server: open index.html from disk, or put the folder on an intranet or a shared drive. All
        links are relative and nothing is loaded from the internet; search, SPARQL, questions
        with values of your own and 'How are they connected?' need 'g40kg serve'. The site is a snapshot: the questions show the
        state on the day of the export (or --as-of DAY), with 'All periods' one click on; the entities
        and documents too, with what held earlier or later folded under 'Earlier' and 'Later'. The folder is replaced only once the new copy is complete.

        'overview' (or 'overzicht') is the state on one day as one HTML page to print or mail:
        first the state in brief (counts, each city with its programmes, each ministry with its
        contacts and partners; one page on paper), then who holds which role, which G40 cities take part in what and who works with which
        ministry, only what holds on that day (not ended roles), each fact with its sources. The
        day is --as-of (default today); the page loads nothing from the internet.

        --timeout holds for every query the export runs (through --endpoint too); a query that runs
        longer stops the export with exit status 124 and leaves no half-written file. With 'site' each
        question page has the explorer's limit (60 s): a question that runs past it gets a page saying so.

        \b
        Examples:
            g40kg export --format facts > feiten.jsonl
            g40kg export --format csv --excel -o feiten.csv    # a double click opens it in Excel
            g40kg export --format trig -o graaf.trig
            g40kg export --format jsonld -o graaf.jsonld && g40kg validate graaf.jsonld
            g40kg export --format graphml -o netwerk.graphml
            g40kg export --format gexf --between 2021 2022 -o netwerk-2021-2022.gexf
            g40kg export --format csv --as-of 2024 -o stand-eind-2024.csv
            g40kg export --format site -o verkenner/           # open verkenner/index.html
            g40kg export --format site --no-document-text -o publiek/   # only the evidence sentences
            g40kg export --format site --as-of 2026-11-20 -o verkenner/   # the questions as of the meeting's day
            g40kg export --format csv --document g40-pijler-economie-en-werk-2021   # review one document
            g40kg export --format overzicht --as-of 2026-12-07 -o stand.html   # the state on that day, to print
        """},
    "evaluate": {"help": """Measure the extraction against a gold standard (precision, recall and F1 per document).

        Builds the documents (default: the bundled corpus) in a temporary graph, exports the
        facts and compares them with GOLD (format: see docs/gold-format.md). Your own graph
        (--graph) is left untouched. When the gold gives a fact its time
        ("{fact: [a, hasRole, b, [voorzitter]], from: 2019, until: 2023-02-28}"), one more line
        counts the found facts that have that time right (a gold 2019 matches any date in 2019) and
        -v lists the wrong ones.
        --timeout holds for every query with which evaluate reads the temporary graph's facts (the
        build itself has no --timeout, as build has none; with --facts evaluate runs no query); a
        query that runs longer stops evaluate with exit status 124, without a result.

        \b
        Examples:
            g40kg evaluate ../shared/gold/seeds.yaml
            g40kg evaluate tests/fixtures/extract/gold.yaml tests/fixtures/extract/ -v
            g40kg evaluate tests/fixtures/gold-tijd.yaml tests/fixtures/extract/   # with times
        """},
    "demo": {"help": """All in one go: build the bundled corpus, show the collaborations with ministries
        and write the interactive network page.

        --timeout holds for every query of steps 2 and 3 (the build in step 1 has none, as build has
        none); a query that runs longer stops demo with exit status 124: the built graph stays, the
        network page is not written.

        \b
        Examples:
            g40kg demo
            g40kg --lang en demo -o network.html
        """},
    # query_cmd.py, entity_cmd.py, network_cmd.py
    "query": {"help": """Run a SPARQL query; the project prefixes are already declared: {prefixes}
        (their IRIs: --prefixes). Name an entity by its full IRI:
        <https://w3id.org/g40kg/id/ministry/mnre1045> (a '/' cannot be in g40id:…).

        The query comes from the argument, from a file (-f) or from stdin.

        \b
        Examples:
            g40kg query 'SELECT ?m ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label }'
            g40kg questions members > leden.rq && g40kg query -f leden.rq --format csv
            g40kg query 'SELECT ?actor WHERE { ?actor g40:collaboratesWith ?ministry }' -p ministry='<https://w3id.org/g40kg/id/ministry/mnre1045>'
        """},
    "questions": {"help": """List the named questions with their parameters; with a name, the SPARQL of that
        question, to start a query of one's own from: SPARQL 1.1 with the PREFIX lines it uses, for
        any store (with --oxigraph: the form with LATERAL that g40kg asks on Oxigraph).

        \b
        Examples:
            g40kg questions
            g40kg questions collaborations-matrix > matrix.rq && g40kg query -f matrix.rq
            g40kg ask collaborations-with-ministry --param ministry=EZK
        """},
    "ask": {"help": """Answer a named question (see 'g40kg questions').

        Parameters are bound as RDF terms, never pasted into the query as text.

        \b
        Examples:
            g40kg ask collaborations-with-ministry --param ministry=EZK
            g40kg ask unit-role-timeline -p "unit=pijler Economie en Werk" --at 2021-06-01
            g40kg ask g40-cities-programmes --as-of 2025-06-01   # the last known state on that day
            g40kg ask who-does-what --as-of 2026-04-30 --format csv   # who does what: every role, a row per fact
            g40kg ask who-does-what --format csv --excel > wie.csv   # a double click opens it in Excel
            g40kg ask who-does-what -p person="Anna de Vries" -p person="Jan Smit"   # a list of people
            g40kg ask who-does-what --document g40-pijler-economie-en-werk-2021   # who is who for a document
        """},
    "collaborators": {"help": """Who works with which ministry: without an argument the actor × ministry matrix,
        with a ministry (abbreviation or name, in any case) the actors with quotes.

        The matrix has one column per ministry, so a new ministry brings a new column. To load it:
        --long (actor, actorIri, actorType, ministry, ministryIri, documents, curated), or
        'g40kg ask collaborations-matrix', the same counts in long form.

        \b
        Examples:
            g40kg collaborators
            g40kg collaborators --long --format csv         # one row per actor and ministry
            g40kg collaborators EZK --at 2021-06-01
            g40kg collaborators EZK --as-of 2024            # as far as the documents say, at the end of 2024
            g40kg collaborators "Binnenlandse Zaken en Koninkrijksrelaties" --format json
        """},
    "entity": {"help": """Profile of an entity: every fact with its evidence, grouped by relation.

        With --mentions a second list follows: every document that mentions the entity (also without
        a fact), with title, date, number of mentions, the name as written there and the sentences of
        the text holding one of the names (also "de heer/mevrouw" + surname, also where extraction
        recognised nobody; the bare surname in the documents that name the person; the quotes of its
        facts). Together the answer to an access request (GDPR art. 15); with --format markdown it
        starts with a header (who, when, which graph). --search-texts also answers for a name that is
        no entity (never made, or removed): the sentences of the source texts. See docs/privacy.md.
        The table is wide (the quotes): in a narrow window or with a screen reader --format
        markdown reads better, without alignment. Of a municipality the heading says which one a
        dissolved municipality went up in or what a new one was before (the register's redivisions),
        and with --at, --between or --as-of whether the city was a G40 member then, as the G40
        questions count it.

        \b
        Examples:
            g40kg entity Breda
            g40kg entity Amstelveen --at 2022         # also: was the city a G40 member then?
            g40kg entity Breda --format markdown
            g40kg entity "pijler Economie en Werk" --format json
            g40kg entity "pijler Economie en Werk" --as-of 2025-01-01   # who holds which role now
            g40kg entity "Anna de Vries" --mentions --format markdown > inzage.md
            g40kg entity "Anna de Vries" --mentions --search-texts   # also without an entity
            g40kg entity municipality/gm0758   # the kind/key of the correction files (Breda)
        """},
    "forget": {"help": """Remove a person (or another entity) on request: write the correction rule for it.

        Looks NAME up in the graph, says what goes at the next build (facts, mentions, the names
        masked in quotes and document text) and gives the rule
        "suppress: - {entity: …, reason: …}" (see data/curated/README.en.md), or adds it to a
        corrections file with --to. The build with --curated carries it out and clears the graph's
        caches (full texts and extractions still hold the name); then make shared copies (export
        --format site, viz pages, push) again. In documents that name the person the
        bare surname is masked too; the message lists those sentences, and the document ids (file
        names) that spell the name: rename those files. See docs/privacy.md.

        \b
        Examples:
            g40kg forget "Anna de Vries"
            g40kg forget "Anna de Vries" --reason "AVG-verzoek 2026-12" --to correcties/avg.yaml
            g40kg build documenten/ --curated correcties/   # also clears the caches with the name
        """},
    "twins": {"help": """Likely duplicate entities: pairs that may be one thing, with the reason and a merge: rule.

        Compares names within one type: one letter apart (Jan de Vries / Jan de Vriess), the same
        full name in two municipalities (Jan de Vries (Breda) / Jan de Vries (Tilburg)), initials
        (J. de Vries), a double surname holding the other (Sandra Jansen / Sandra Kuipers-Jansen)
        or written another way (Sandra Kuipers Jansen), the surname only (Kuipers), an acronym (VNG / Vereniging Nederlandse Gemeenten), an
        organisation named as a ministry (Binnenlandse Zaken / BZK) and a name contained in the
        other. Per pair: how many facts each has and the rule that merges the smaller into the
        larger (see data/curated/README.en.md). Pairs a correction already merges or names as
        different (distinct:), or that a document says are different ("X is niet dezelfde
        persoon als Y"), are left out, and so are two events of one name that only documents
        of different days name (three times "bestuurlijk overleg").
        --timeout holds for every query twins runs (through --endpoint too); a query that runs longer
        stops twins with exit status 124, without half a list.

        \b
        Examples:
            g40kg twins
            g40kg twins --type OrganisationalUnit --format json
            g40kg twins --rules > samenvoegen.yaml
        """},
    "curation": {"help": """Every curation rule of the last build and what it changed.

        Per rule (merge, suppress, fact, entity, rename, remove): file:line, the reason (reason: or
        note:), what it names, how many facts and entities it touched, and whether it still has an
        effect (a removal on request without name and reason: those are in the corrections file); if not, why ("document … staat niet (meer) in de graaf", "zin met … niet (meer)
        gevonden"). Merges and suppressions are in the graph too (g40:CurationRule in
        g40g:curated) and with the entity (g40kg entity).

        With --history: every change of a rule since the first build with corrections (applied,
        without effect, active again, removed), with the build's time and file:line.

        \b
        Examples:
            g40kg curation
            g40kg curation --stale --format json
            g40kg curation --history --since 2026-04-01
        """},
    "search": {"help": """Search entities by name or alias (fuzzy: typos and parts of names match too).

        \b
        Examples:
            g40kg search "economische zaken"
            g40kg search meekels --type Person
        """},
    "path": {"help": """Shortest connection between two entities, each step with its evidence.

        \b
        Examples:
            g40kg path "René de Heer" EZK
            g40kg path "René de Heer" EZK --via-type OrganisationalUnit --format json
            g40kg path "René de Heer" EZK --max-steps 2
        """},
    "rank": {"help": """Most central actors: degree, betweenness and PageRank (filterable by type).

        \b
        Examples:
            g40kg rank --by betweenness --type Person --top 10
            g40kg rank --at 2024 --dated-only                 # 2024 without facts that have no date
        """},
    "communities": {"help": """Communities in the network (modularity, Louvain).

        \b
        Example:
            g40kg communities --seed 1 --format json
        """},
    "brokers": {"help": """Brokers between ministries and municipalities: who lies on the shortest connections between them.

        \b
        Example:
            g40kg brokers --top 10
        """},
    # viz_cmd.py, serve_cmd.py, store_cmd.py, validate_cmd.py
    "viz": {"help": """Write an interactive network page (one HTML file that works offline).

        Nodes are coloured by type, G40 members have a gold border, and clicking a node or link
        shows the quotes, documents and dates behind it. A big graph (above 150 nodes) shows its
        groups apart and only the names that fit; above 500 nodes first the 500 most connected
        ("Show all N nodes"). Graphs above 5,000 nodes or 20,000 links are refused: narrow them
        with --focus, --type or --query.

        \b
        Examples:
            g40kg viz                                   # whole graph → g40kg-netwerk.html
            g40kg viz --focus EZK --depth 2 -o ezk.html
            g40kg viz --ministry BZK --at 2021-06-01
            g40kg viz --ministry BZK --as-of 2024        # the last known state at the end of 2024
            g40kg viz --between 2021 2022 -o netwerk-2021-2022.html
            g40kg viz --at 2024 --dated-only             # 2024 without facts that have no date
            g40kg viz --type OrganisationalUnit --type Ministry
            g40kg viz --query samenwerking.rq           # CONSTRUCT, or SELECT ?s ?p ?o
            g40kg --lang en viz -o network.html
            g40kg viz --no-quotes -o netwerk-delen.html  # without quotes, to share
        """},
    "serve": {"help": """Start a read-only SPARQL endpoint and web explorer on the graph.

        \b
        Examples:
            g40kg serve                                   # http://127.0.0.1:8000/
            g40kg serve --port 8080 --token geheim        # with an access token
            g40kg serve --get '/search.json?q=Breda'      # one response, no server
            g40kg serve --in-memory                       # a large graph: faster questions
            g40kg serve --query-processes 4 --timeout 30  # more queries at once, each at most 30 s
            g40kg serve --allowed-host intranet.g40.local --root-path /g40  # behind a reverse proxy
            g40kg serve --frame-ancestors https://intranet.gemeente.nl  # in an iframe of the intranet
            g40kg serve --no-document-text                # only the documents' evidence sentences
            g40kg serve --access-log toegang.log          # a line per request
        Endpoints: /sparql (SPARQL 1.1 Protocol), /rdf-graph-store, /openapi.json, /health (for monitoring).
        """},
    "diff": {"help": """What changed between two builds: the facts that came and the facts that went.

        OLD and NEW are facts files ('g40kg export') or graph folders; without NEW the graph of
        --graph. Without OLD: what the last build changed, as the graph folder keeps it (the documents,
        the facts that came and went and the roles that ended, at most 200 of each; a changed period
        and the corrections only against a kept copy). A fact is subject, relation, role and object: a new document that repeats a known
        fact is no change. An added fact shows the document that states it now, a removed fact the
        document that stated it. A fact that stays but got another period in a document (start,
        end or inferred end, for instance after a document's date was fixed) is one line "changed"
        with the period before and after ("2019-07-01 – (open) → 2019-07-01 – 2023-02-28"). A
        known fact that a new document says is over ("neemt afscheid als wethouder", an end date)
        is one line "ended" ("until 2026-03-20"). A merge (merge:) in NEW is one line "merged" with the number of facts that went along, a
        retype (entities: with another type:) one line "retyped" with the old and the new key
        ("organisation/aedes → programme/aedes"), a rename (entities: with rename: true) between two graph
        folders one line "renamed" with the old and the new name ("renamed" in json);
        between two graph folders facts added by hand are listed too ("added, curated", with
        file:line), and a fact a correction (suppress:) in NEW took out is "removed, suppressed
        (file:line)" ("suppressed" in json), a fact of someone removed on request "removed, on request
        (file:line)" without the name ("erased"). So keep the previous graph folder before a build (cp -r .g40kg gisteren), not a
        facts file: that leaves the corrections out. Between two graph folders a line under the counts
        names the documents added, changed or removed ("documents" in json) and the reference lists that changed ("reference_changed"). A person IRI that a build moved (the old one
        points to the new one by owl:sameAs) is one line "IRI changed"; --format json gives those,
        the merges ("merged") and the retypes ("retyped") as "iri_changed": [{"old", "new"}], the IRIs
        to replace in a table. A split (split:) in NEW is one line "split off" ("split" in json):
        the old key's mentions in that municipality are now the new key's, the old one stays (for
        whoever is named elsewhere).
        --timeout holds for every query diff runs on a graph folder; a query that runs longer stops
        diff with exit status 124.

        \b
        Examples:
            g40kg diff                           # what the last build changed
            g40kg export > gisteren.jsonl        # after yesterday's build
            g40kg diff gisteren.jsonl            # what today's build changed
            g40kg diff oud/.g40kg nieuw/.g40kg --format json   # "changed": period_before/_after
        """},
    "push": {"help": """Copy what changed since the last push to an external triple store.

        Works with any server that speaks the SPARQL 1.1 Graph Store Protocol or SPARQL 1.1 Update:
        Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso. Only the named graphs that changed
        are sent again (a checksum per graph in cache/push/); the default graph first gets the new
        triples and then loses the old ones, so readers never see half a graph. The graphs of
        documents removed since the previous push are deleted on the server too (see
        --keep-removed). Last, push writes the graph g40g:push (push:complete true, time, build
        time, number of graphs, version). Then read from it with 'g40kg --endpoint URL <command>'.
        A second push of the same graph stops with exit status 75 (or waits, --wait); a build
        meanwhile runs as usual.

        \b
        Examples:
            g40kg push --store-url http://localhost:7878/store --update-url http://localhost:7878/update
            g40kg push --update-url http://localhost:3030/g40/update --query-url http://localhost:3030/g40/query
            g40kg push --store-url http://localhost:7878/store --quiet     # cron: output only on errors
            g40kg --endpoint http://localhost:7878/query collaborators EZK
        """},
    "backup": {"help": """Copy the graph folder to a new folder MAP: one whole build.

        A 'cp -a' while a build puts a new graph in place copies files of two builds or stops half
        way; backup copies under the build's lock (a build that starts meanwhile waits or stops with
        exit status 75) and puts the copy down with one rename: MAP holds a whole build or does not
        exist. Not copied: derived/ and cache/push/. MAP is a graph itself: read it with --graph MAP,
        compare with 'g40kg diff MAP', put it back with 'g40kg restore MAP'.

        \b
        Examples:
            g40kg backup graaf-kopie --format json
            g40kg --graph /srv/g40/graaf backup /backup/g40/graaf-$(date +%F) --wait 600 --quiet   # cron
            g40kg --graph /srv/g40/graaf diff /backup/g40/graaf-2026-12-01     # what changed since
        """},
    "restore": {"help": """Put a backup (g40kg backup) back in the place of the graph.

        As a build does: under the build's lock, copied beside the graph and put in place with two
        renames, so that 'g40kg serve' shows the restored graph without a restart and a reader never
        sees half of one. The replaced graph is gone (back it up first to keep it); what it pushed to
        a triple store stays known, so the next push sends the difference. The backup itself stays.

        \b
        Examples:
            g40kg --graph /srv/g40/graaf backup /backup/g40/voor-herstel
            g40kg --graph /srv/g40/graaf restore /backup/g40/graaf-2026-12-01
        """},
    "validate": {"help": """Check the graph against the SHACL shapes and show the violations, grouped by kind.

        Without FILES the built graph (--graph) is checked; with FILES (TriG, N-Quads, Turtle, …)
        those files together. Exit status: 0 conforms, 1 violations, 2 load or usage error, 124 a query
        ran longer than --timeout (each query g40kg runs itself: reading the graph through --endpoint
        and the checks over the whole graph; not pySHACL's own checks). For the
        built graph it also names the names the build gave to two people (one name, in two
        municipalities at the same time), with the merge: rule if they are one person.

        \b
        Examples:
            g40kg build && g40kg validate
            g40kg export --format trig -o graaf.trig && g40kg validate graaf.trig --format json
            g40kg --lang en validate --limit 3
            g40kg validate --standalone-shapes > shapes-alle.ttl    # for: pyshacl -s shapes-alle.ttl graaf.ttl
        """},
}

OPTIONS: dict[str, str] = {
    "Alleen dit type (Person, Organisation, OrganisationalUnit …).":
        "Only this type (Person, Organisation, OrganisationalUnit …).",
    "Toon hoogstens zoveel paren.": "Show at most this many pairs.",
    "Alleen de regels die niets veranderden, met de reden.": "Only the rules that changed nothing, with the reason.",
    "De geschiedenis van de regels over de bouwen heen (curation-log.jsonl in de graafmap): wanneer een regel "
    "toegepast werd, zonder effect raakte, weer actief werd of verdween; nieuwste eerst.":
        "The history of the rules across builds (curation-log.jsonl in the graph folder): when a rule was applied, "
        "went without effect, became active again or disappeared; newest first.",
    "Met --history: alleen vanaf deze datum (JJJJ-MM-DD).": "With --history: only from this date on (YYYY-MM-DD).",
    "Alleen de merge:-regels, als blok om in een correctiebestand te plakken.":
        "Only the merge: rules, as a block to paste into a corrections file.",
    "Map met correcties waarvan de regels gelden (standaard: die van de laatste bouw van deze graaf; - de "
    "meegeleverde).":
        "Folder of corrections whose rules apply (default: those of this graph's last build; - the bundled ones).",
    "Noem ook elk document dat de entiteit vermeldt of haar naam bevat, met de zinnen waarin die staat (voor een "
    "inzageverzoek).":
        "Also list every document that mentions the entity or holds its name, with the sentences it is in (for an "
        "access request).",
    "Zoek de naam (en in documenten die hem noemen de achternaam) ook in de brontekst, ook als er geen entiteit van "
    "is gemaakt of die verwijderd is; met --mentions.":
        "Also search the source texts for the name (and, in documents that name it, the surname), also when no "
        "entity was made or it was removed; with --mentions.",
    "Waarom, voor uw verantwoording (bijv. \"AVG-verzoek 2026-12\"); komt in de regel, niet in de graaf.":
        "Why, for your records (e.g. \"AVG-verzoek 2026-12\"); goes into the rule, not into the graph.",
    "Voeg de regel toe aan dit YAML-correctiebestand (atomisch; wordt gemaakt als het er niet is).":
        "Add the rule to this YAML corrections file (atomically; made when it does not exist).",
    "Publiceer van elk document alleen de zinnen waarop de feiten berusten, niet de hele tekst (ook niet in de "
    ".json-versie); bijv. voor een verkenner buiten de organisatie.":
        "Publish only the sentences of each document that the facts rest on, not its whole text (not in the .json "
        "version either); e.g. for an explorer outside the organisation.",
    "Met --format facts of csv: alleen de feiten van dit document (zijn id), elk met zijn zin, "
    "rol en tijd: om een nieuw document na te kijken.":
        "With --format facts or csv: only the facts of this document (its id), each with its sentence, role and "
        "time: to review a new document.",
    "Met --format site: publiceer van elk document alleen de zinnen waarop de feiten berusten, niet de hele tekst "
    "(ook niet in de .json-versie); bijv. voor een verkenner buiten de organisatie.":
        "With --format site: publish only the sentences of each document that the facts rest on, not its whole text "
        "(not in the .json version either); e.g. for an explorer outside the organisation.",
    # every command
    "Toon deze hulp en stop.": "Show this message and exit.",
    # the group (base.py)
    "Toon de versie en stop.": "Show the version and exit.",
    "Map van de graaf (omgeving: G40KG_GRAPH).": "Folder of the graph (environment: G40KG_GRAPH).",
    "Opslag-engine: Oxigraph (snel) of puur rdflib.": "Store engine: Oxigraph (fast) or pure rdflib.",
    "Lees-opdrachten tegen dit SPARQL-endpoint in plaats van de lokale graaf (een token voor "
    "'g40kg serve --token' in de omgevingsvariabele G40KG_TOKEN).":
        "Run read commands against this SPARQL endpoint instead of the local graph (a token for "
        "'g40kg serve --token' in the environment variable G40KG_TOKEN).",
    "Taal van de uitvoer, ook van --help.": "Language of the output, --help included.",
    "Meer meldingen (-vv voor debug).": "More diagnostics (-vv for debug).",
    "Geen voortgangsbalk of voortgangsregels (omgeving: G40KG_NO_PROGRESS=1). Met TERM=dumb of NO_COLOR toont g40kg "
    "gewone regels in plaats van een balk.":
        "No progress bar or progress lines (environment: G40KG_NO_PROGRESS=1). Under TERM=dumb or NO_COLOR g40kg "
        "writes plain lines instead of a bar.",
    # shared by several commands
    "Uitvoerformaat.": "Output format.",
    "Uitvoerformaat: tekst of JSON (voor scripts).": "Output format: text or JSON (for scripts).",
    "Toon hoogstens zoveel treffers.": "Show at most this many hits.",
    "Toon zoveel knopen, de hoogste eerst.": "Show this many nodes, highest first.",
    "Breek af na zoveel seconden.": "Stop after this many seconds.",
    "Alleen feiten die op deze datum gelden (een jaar of maand: in die periode). DATUM: JJJJ, JJJJ-MM, JJJJ-MM-DD, "
    "31-01-2024 of 1 februari 2024.":
        "Only facts that hold on this date (a year or a month: in that period). DATE: YYYY, YYYY-MM, YYYY-MM-DD, "
        "31-01-2024 or 1 February 2024.",
    "Het begin van de periode, zoals de eerste datum van --between (een einde mag open blijven).":
        "The start of the period, as the first date of --between (the end may stay open).",
    "Het einde van de periode, zoals de tweede datum van --between (een begin mag open blijven).":
        "The end of the period, as the second date of --between (the start may stay open).",
    "Alleen feiten die deze periode overlappen (JJJJ, JJJJ-MM, JJJJ-MM-DD, 31-01-2024 of 1 februari 2024; een "
    "kwartaal: --between 2024-01 2024-03).":
        "Only facts that overlap this period (YYYY, YYYY-MM, YYYY-MM-DD, 31-01-2024 or 1 February 2024; a quarter: "
        "--between 2024-01 2024-03).",
    "Laatst bekende stand op DATUM (een jaar of maand: de laatste dag ervan): feiten die vóór of op die datum "
    "zijn gemeld (of waarvan de tekst zegt sinds wanneer) en waarvan geen toen gemelde tekst zegt dat ze vóór "
    "die datum zijn geëindigd (een opvolger, eigen einde of vertrek uit een later document telt nog niet); "
    "een feit geldt dus tot een document het einde noemt, ook een nieuwsbericht van jaren "
    "eerder, en wat een jaarverslag over zijn jaar meldt ('de G40 werkt samen met BZK') geldt als gemeld, "
    "niet als geëindigd na dat jaar (een jaar dat de tekst noemt, 'in 2023 werkte …', eindigt wel met dat "
    "jaar, behalve in een verslag dat na dat jaar verscheen). DATUM: JJJJ, JJJJ-MM, JJJJ-MM-DD, 31-01-2024 of "
    "1 februari 2024.":
        "Last known state on DATE (a year or a month: its last day): facts reported on or before that date (or "
        "whose text says since when) that no text reported by then says ended before it (a successor, own end or "
        "exit in a later document does not count yet); so a fact holds until a document names "
        "its end, also one from a news item of years before, and what a year report says of its year ('the G40 "
        "works with BZK') counts as reported, not as ended after that year (a year the text names, 'in 2023 the "
        "G40 worked …', does end with that year, except in a report that appeared after that year). DATE: YYYY, "
        "YYYY-MM, YYYY-MM-DD, 31-01-2024 or 1 February 2024.",
    "Alleen bewijs met minstens deze zekerheid (0–1).": "Only evidence with at least this confidence (0–1).",
    "Tel ook vermeldingen (document → entiteit) mee.": "Also count mentions (document → entity).",
    "Laat feiten zonder enige datum weg (een document zonder datum, een correctie zonder periode): "
    "elke --at/--between/--as-of houdt ze anders, en hun knopen heten dan '… (zonder datum)'.":
        "Leave out facts with no date at all (a document without a date, a correction without a period): "
        "every --at/--between/--as-of keeps them otherwise, and their nodes are then named '… (undated)'.",
    # build, export, evaluate, demo
    "Sla de SHACL-controle over (niet aanbevolen).": "Skip the SHACL check (not recommended).",
    "Controleer de hele graaf met SHACL, niet alleen de nieuwe documenten (trager).":
        "Check the whole graph with SHACL, not only the new documents (slower).",
    "Vorm van de samenvatting (met --watch: één JSON-regel per gebeurtenis: gebouwd, mislukt, gestopt).":
        "Format of the summary (with --watch: one JSON line per event: built, failed, stopped).",
    "Blijf draaien en bouw opnieuw zodra een document of correctie verandert (alleen wat veranderde wordt "
    "opnieuw gelezen); Ctrl+C stopt.": "Keep running and build again as soon as a document or correction changes "
                                       "(only what changed is read again); Ctrl+C stops.",
    "Sla een document met meer tekst over dan zoveel miljoen tekens (ongeveer MB platte tekst; standaard 5, 0: "
    "geen grens), met een waarschuwing die het noemt: de extractie kost ongeveer 15 s per miljoen tekens en houdt "
    "zo lang de graaf bezet; omgeving: G40KG_MAX_DOCUMENT_SIZE.":
        "Skip a document with more text than this many million characters (about MB of plain text; default 5, 0: "
        "no limit), with a warning naming it: extraction takes about 15 s per million characters and holds the "
        "graph that long; environment: G40KG_MAX_DOCUMENT_SIZE.",
    "Laad de Oxigraph-opslag (oxigraph/) opnieuw uit de nieuwe graph.nq in plaats van de vorige bij te werken: elke "
    "herbouw laat hem wat groeien, tot een bouw hem zelf opnieuw laadt als hij twee keer zo groot is als na het "
    "laden; voor onderhoud (met --watch: alleen de eerste bouw).":
        "Load the Oxigraph store (oxigraph/) anew from the new graph.nq instead of updating the previous one: every "
        "rebuild makes it grow a little, until a build loads it anew by itself once it is twice its size after "
        "loading; for maintenance (with --watch: the first build only).",
    "Sla een document over waarvan de extractie langer duurt dan zoveel seconden (standaard 120, 0: geen grens), "
    "met een waarschuwing die het noemt; de rest van de bouw gaat door en de volgende bouw probeert het opnieuw; "
    "omgeving: G40KG_MAX_DOCUMENT_TIME.":
        "Skip a document whose extraction takes longer than this many seconds (default 120, 0: no limit), with a "
        "warning naming it; the rest of the build goes on and the next build tries it again; environment: "
        "G40KG_MAX_DOCUMENT_TIME.",
    "Met --watch: zo vaak kijken of er iets veranderde.": "With --watch: how often to look for changes.",
    "Loopt er al een bouw van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet wachten); nog bezet "
    "daarna: exitstatus 75.": "If another build of this graph is running, wait this long for it at most (default: "
                              "do not wait); still busy after that: exit status 75.",
    "Laat personen weg die alleen in een presentielijst (aanwezig, afwezig, gasten), een contactregel of een "
    "ondertekening staan en verder geen feit hebben, en personen van wie geen enkel feit gelezen is (een "
    "geciteerde inwoner, een partner): geen knoop en geen pagina (dataminimalisatie, AVG); de graaf onthoudt de "
    "keuze voor de volgende bouw (--all-people: weer iedereen).":
        "Leave out people who appear only in an attendance list (present, absent, guests), a contact line or a "
        "signature and have no other fact, and people of whom no fact at all is read (a quoted resident, a "
        "partner): no node and no page (data minimisation, GDPR); the graph remembers the choice for the next "
        "build (--all-people: everyone again).",
    "Toon niets behalve fouten: geen samenvatting, geen voortgang (met --strict ook de waarschuwingen en de "
    "documenten die uit de graaf verdwenen).":
        "Show nothing but errors: no summary, no progress (with --strict the warnings and the documents that left "
        "the graph too).",
    "Met --strict: een bekende waarschuwing geeft geen exitstatus 3 en --quiet toont hem niet: alle van die code "
    "(undated), of alleen die van dit document (undated:notitie-zonder-datum); herhaal voor meer. De codes staan in "
    "--format json's warnings en in docs/integration.md.":
        "With --strict: a known warning gives no exit status 3 and --quiet does not show it: all of that code "
        "(undated), or only the one of this document (undated:notitie-zonder-datum); repeat for more. The codes are in "
        "--format json's warnings and in docs/integration.md.",
    "Waarschuwingen (overgeslagen bestanden, ongedateerde documenten …) geven exitstatus 3; de graaf wordt wel "
    "geschreven (voor cron).":
        "Warnings (files skipped, undated documents …) give exit status 3; the graph is written all the same "
        "(for cron).",
    "Twee bestanden met één document-id (notulen.docx en notulen.pdf) stoppen de bouw niet: het bestand van de "
    "vorige bouw blijft (bij een eerste bouw dat met een naam in kleine letters, anders het eerste op naam), het "
    "andere wordt overgeslagen en gemeld (voor een bouw zonder toezicht).":
        "Two files of one document id (notulen.docx and notulen.pdf) do not stop the build: the file of the previous "
        "build stays (on a first build the one whose name is in lower case, else the first by name), the other is "
        "left out and reported (for a build nobody watches).",
    "Map met eigen correcties (YAML/Turtle, zie data/curated/README.md) in plaats van de meegeleverde; de graaf "
    "onthoudt hem voor de volgende bouw ('-': weer de meegeleverde); omgeving: G40KG_CURATED.":
        "A folder of your own corrections (YAML/Turtle, see data/curated/README.en.md) instead of the bundled one; the "
        "graph remembers it for the next build ('-': the bundled ones again); environment: G40KG_CURATED.",
    "Schrijf naar dit bestand (standaard: stdout); bij --format site de map.":
        "Write to this file (default: stdout); with --format site the folder.",
    "De licentie van de data (een IRI, zoals https://creativecommons.org/licenses/by/4.0/) in de "
    "datasetbeschrijving van de graaf (dcterms:license); de graaf onthoudt haar voor de volgende bouw "
    "('-': geen licentie meer). Zonder deze optie claimt de graaf geen licentie.":
        "The licence of the data (an IRI, such as https://creativecommons.org/licenses/by/4.0/) in the graph's "
        "dataset description (dcterms:license); the graph remembers it for the next build ('-': no licence any "
        "more). Without this option the graph claims no licence.",
    "Schrijf de shapes voor een andere SHACL-engine (pySHACL, TopBraid) naar stdout en stop: met "
    "de controles over de hele graaf aan, die g40kg zelf als één query uitvoert.":
        "Write the shapes for another SHACL engine (pySHACL, TopBraid) to stdout and stop: with the checks over "
        "the whole graph active, which g40kg runs itself as one query.",
    "Een CSV voor Excel met Nederlandse instellingen (puntkomma's, UTF-8 met BOM), zodat een dubbelklik het "
    "bestand in kolommen opent; met de kolomkoppen van de tabel en de IRI's achteraan. Zonder --format "
    "betekent het --format csv.": "A CSV for Excel with Dutch settings (semicolons, UTF-8 with a BOM), so that a "
                                  "double click opens the file in columns; with the table's headings and the IRIs "
                                  "last. Without --format it means --format csv.",
    "Met --format csv: voor Excel met Nederlandse instellingen (puntkomma's, UTF-8 met BOM), zodat een dubbelklik "
    "het bestand in kolommen opent.": "With --format csv: for Excel with Dutch settings (semicolons, UTF-8 with a "
                                      "BOM), so that a double click opens the file in columns.",
    "Beoordeel dit feitenbestand (JSON Lines) in plaats van opnieuw te bouwen.":
        "Score this facts file (JSON Lines) instead of building again.",
    "Toon gemiste en onjuiste feiten.": "Show missed and wrong facts.",
    "Waar de netwerkpagina komt.": "Where the network page goes.",
    # query, ask, search, path, rank, communities
    "Lees de query uit een bestand.": "Read the query from a file.",
    "Bind de variabele ?NAAM aan een RDF-term (herhaalbaar): <IRI>, g40:Ministry, 2024-01-31 (xsd:date), "
    "een getal, anders een tekst; als VALUES na de query, nooit als tekst erin geplakt.":
        "Bind the variable ?NAME to an RDF term (repeatable): <IRI>, g40:Ministry, 2024-01-31 (xsd:date), a number, "
        "else a text; as VALUES after the query, never pasted into it as text.",
    "table|csv|tsv|json|markdown voor SELECT/ASK; turtle|nquads|jsonld voor CONSTRUCT/DESCRIBE.":
        "table|csv|tsv|json|markdown for SELECT/ASK; turtle|nquads|jsonld for CONSTRUCT/DESCRIBE.",
    "Sta SPARQL Update toe (wijzigt een kopie in het geheugen; WHERE ziet de graven zoals opgeslagen: gebruik GRAPH ?g).":
        "Allow SPARQL Update (changes a copy in memory; WHERE sees the graphs as stored: use GRAPH ?g).",
    "Toon de gedeclareerde prefixen met hun IRI en stop.": "Show the declared prefixes with their IRIs, and stop.",
    "De SPARQL zoals g40kg hem op Oxigraph stelt, met LATERAL (andere stores kennen dat niet).":
        "The SPARQL as g40kg asks it on Oxigraph, with LATERAL (other stores do not know it).",
    "Parameter van de vraag (herhaalbaar).": "A parameter of the question (repeatable).",
    "Toon ook de IRI-kolommen in de tabel.": "Also show the IRI columns in the table.",
    "Alleen de personen die dit document noemt (wie is wie voor een uitnodiging of verslag); voor een vraag met een "
    "herhaalbare parameter person.": "Only the people this document names (who is who for an invitation or "
                                     "minutes); for a question with a repeatable parameter person.",
    "De matrix in lange vorm, één regel per actor en ministerie (met IRI's): vaste kolommen, om in een database te "
    "laden.": "The matrix in long form, one row per actor and ministry (with IRIs): fixed columns, to load into a "
              "database.",
    "Alleen dit type (Person, Ministry, Municipality …).": "Only this type (Person, Ministry, Municipality …).",
    "Toon elk citaat van een stap (standaard de eerste 3 en hoeveel er meer zijn; JSON geeft ze altijd allemaal).":
        "Show every quote of a step (by default the first 3 and how many more there are; JSON always gives them all).",
    "Alleen een verbinding van hoogstens N stappen (standaard: elke lengte); anders 'geen verbinding binnen N "
    "stappen'.":
        "Only a connection of at most N steps (default: any length); else 'no connection within N steps'.",
    "Alleen via knopen van dit type (herhaalbaar), bijv. --via-type OrganisationalUnit.":
        "Only through nodes of this type (repeatable), e.g. --via-type OrganisationalUnit.",
    "Sorteer op deze maat.": "Sort by this measure.",
    "Alleen knopen van dit type (herhaalbaar).": "Only nodes of this type (repeatable).",
    "Startwaarde voor de (Louvain-)toeval.": "Random seed for Louvain.",
    "Hoger: meer, kleinere gemeenschappen (groter dan 0).": "Higher: more, smaller communities (above 0).",
    # viz
    "HTML-bestand om te schrijven.": "HTML file to write.",
    "Alleen het netwerk rond deze entiteit (naam, afkorting of IRI).":
        "Only the network around this entity (name, abbreviation or IRI).",
    "Aantal stappen rond --focus of --ministry.": "Number of steps around --focus or --ministry.",
    "Teken de verbindingen uit een SPARQL CONSTRUCT of SELECT ?s ?p ?o.":
        "Draw the links from a SPARQL CONSTRUCT or SELECT ?s ?p ?o.",
    "Alles wat met dit ministerie verbonden is (bijv. EZK).": "Everything connected to this ministry (e.g. EZK).",
    "Alleen knopen van deze soort (herhaalbaar), bijv. Municipality, Ministry, Person.":
        "Only nodes of this type (repeatable), e.g. Municipality, Ministry, Person.",
    "city-ministry: gemeenten × ministeries, gewogen naar gedeelde programma's.":
        "city-ministry: municipalities × ministries, weighted by shared programmes.",
    "Neem ook 'document noemt entiteit' op (standaard niet).": "Also include 'document mentions entity' (off by default).",
    "Titel van de pagina (standaard: afgeleid van de weergave).": "Title of the page (default: derived from the view).",
    "Startwaarde van de layout.": "Random seed of the layout.",
    "Laat de citaten weg uit de pagina (knopen, verbindingen, documenttitels en datums blijven), om de structuur "
    "te delen buiten het project.":
        "Leave the quotes out of the page (nodes, relations, document titles and dates stay), to share the "
        "structure outside the project.",
    # --raw (every command with --format csv)
    "Met --format csv: schrijf elke waarde precies zoals ze is, ook tekst die met = + - @ begint (standaard "
    "krijgt die een ' ervoor, zodat een spreadsheet haar niet als formule uitvoert); voor een database of "
    "script. TSV en JSON zijn altijd onveranderd.":
        "With --format csv: write every value exactly as it is, also text that begins with = + - @ (by default it "
        "gets a ' in front, so that a spreadsheet does not run it as a formula); for a database or script. TSV and "
        "JSON are always unaltered.",
    # serve
    "Adres om op te luisteren (alleen deze computer).": "Address to listen on (this computer only).",
    "Poort.": "Port.",
    "Vereis dit token (Authorization: Bearer T of ?token=T); omgeving: G40KG_TOKEN.":
        "Require this token (Authorization: Bearer T or ?token=T); environment: G40KG_TOKEN.",
    "Sta verzoeken vanuit deze web-origin toe (herhaalbaar; * voor iedereen).":
        "Allow requests from this web origin (repeatable; * for any origin).",
    "Maximale duur van een query in seconden.": "Maximum duration of a query, in seconds.",
    "Maximaal aantal rijen (of triples) in een antwoord.": "Maximum number of rows (or triples) in a response.",
    "Voer SPARQL-query's uit in N aparte processen, die worden gestopt zodra een query over zijn "
    "tijd gaat (standaard: het aantal processorkernen; 0: in de server zelf).":
        "Run SPARQL queries in N separate processes, stopped as soon as a query runs past its time "
        "(default: the number of processor cores; 0: inside the server itself).",
    "Geheugen per queryproces in MB; een query die meer vraagt krijgt een foutmelding (standaard: "
    "4096, of de helft van het werkgeheugen verdeeld over de processen als dat minder is; 0: geen grens).":
        "Memory per query process in MB; a query that needs more gets an error (default: 4096, or half "
        "the machine's memory shared by the processes when that is less; 0: no limit).",
    "Laad de graaf bij de start in het geheugen: de meeste vragen 2-5x sneller, maar laden kost "
    "tijd en geheugen (10^6 triples: 2-6 s, ~0,6 GB).":
        "Load the graph into memory at start: most questions 2-5x faster, but loading takes time and memory "
        "(10^6 triples: 2-6 s, ~0.6 GB).",
    "Beantwoord ook verzoeken aan deze naam (de Host-header die een reverse proxy doorgeeft, bijv. "
    "intranet.g40.local; herhaalbaar). De server antwoordt verder alleen op localhost en, met "
    "--host 0.0.0.0, op de naam en adressen van deze computer; '*' zet die controle uit.":
        "Also answer requests to this name (the Host header a reverse proxy passes on, e.g. intranet.g40.local; "
        "repeatable). Otherwise the server answers only to localhost and, with --host 0.0.0.0, to this "
        "computer's name and addresses; '*' turns that check off.",
    "Schrijf per verzoek een regel (tijd, client, methode, pad zonder querystring, status, bytes, duur) "
    "naar BESTAND (- : stdout); nooit de querytekst of documentinhoud.":
        "Write a line per request (time, client, method, path without query string, status, bytes, duration) "
        "to FILE (- : stdout); never the query text or document content.",
    "Laat pagina's van deze origin de verkenner in een iframe tonen (herhaalbaar; bijv. "
    "https://intranet.gemeente.nl; omgeving: G40KG_FRAME_ANCESTORS, gescheiden door spaties). "
    "Standaard mag geen enkele pagina dat.":
        "Let pages of this origin show the explorer in an iframe (repeatable; e.g. https://intranet.gemeente.nl; "
        "environment: G40KG_FRAME_ANCESTORS, separated by spaces). By default no page may.",
    "Het pad waaronder een reverse proxy de verkenner aanbiedt (bijv. /g40): de links beginnen ermee.":
        "The path a reverse proxy serves the explorer under (e.g. /g40): the links begin with it.",
    "Geef het antwoord op één verzoek (bijv. /search.json?q=EZK) en stop; start geen server.":
        "Print the response to one request (e.g. /search.json?q=EZK) and exit; starts no server.",
    # push
    "Graph Store Protocol-adres (PUT/POST ?graph=IRI).": "Graph Store Protocol URL (PUT/POST ?graph=IRI).",
    "SPARQL Update-adres (DROP GRAPH + INSERT DATA; INSERT/DELETE DATA voor de standaardgraaf). "
    "Samen met --store-url: de grafen via het Graph Store Protocol, het verschil in de standaardgraaf via "
    "SPARQL Update.":
        "SPARQL Update URL (DROP GRAPH + INSERT DATA; INSERT/DELETE DATA for the default graph). Together with "
        "--store-url: the graphs by the Graph Store Protocol, the default graph's difference by SPARQL Update.",
    "Verstuur alle grafen en de hele vereniging opnieuw, ook wat sinds de vorige push niet veranderde "
    "(standaard gaat alleen wat veranderde).":
        "Send all graphs and the whole union again, also what did not change since the last push "
        "(by default only what changed goes).",
    "Geen samenvatting; alleen fouten (voor cron).": "No summary; errors only (for cron).",
    "Met -o: geen regel 'Geschreven: …' en geen opmerking over de documenttekst, geen voortgang; alleen fouten "
    "(voor cron).":
        "With -o: no 'Written: …' line and no note on the document text, no progress; errors only (for cron).",
    "Loopt er een bouw van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet wachten); nog bezet "
    "daarna: exitstatus 75.":
        "If a build of this graph is running, wait this long for it at most (default: do not wait); still busy "
        "after that: exit status 75.",
    "SPARQL-queryadres van dezelfde server (Oxigraph: …/query). Alleen nodig met --update-url zonder --store-url: "
    "dan leest push er de graaf g40g:push, en herkent zo de server onder een ander adres (anders gaat alles "
    "opnieuw). Push controleert eerst dat het adres toont wat push via --update-url schrijft.":
        "SPARQL query URL of the same server (Oxigraph: …/query). Needed only with --update-url without "
        "--store-url: push then reads the graph g40g:push there, and so recognises the server under another "
        "address (else everything goes again). Push first checks that the URL shows what push writes through "
        "--update-url.",
    "Loopt er al een push van deze graaf, wacht er dan hoogstens zo lang op (standaard: niet wachten); nog bezet "
    "daarna: exitstatus 75. Een bouw wacht niet op een push.":
        "If another push of this graph is running, wait this long for it at most (default: do not wait); still "
        "busy after that: exit status 75. A build does not wait for a push.",
    "Uitvoerformaat: tekst (op stderr) of JSON (op stdout, voor scripts).":
        "Output format: text (on stderr) or JSON (on stdout, for scripts).",
    "Triples per verzoek. Een benoemde graaf met hoogstens zoveel triples gaat in één verzoek, zodat lezers de "
    "oude of de nieuwe zien; een grotere gaat met --update-url via een tussengraaf die één MOVE op zijn plaats "
    "zet, met alleen --store-url in delen (lezers zien hem groeien).":
        "Triples per request. A named graph of at most so many triples goes in one request, so that readers see "
        "the old one or the new one; a larger one goes, with --update-url, through a staging graph that one MOVE "
        "puts in place, with --store-url alone in parts (readers see it grow).",
    "Neem ook het meegeleverde corpus (de G40-documenten van g40kg) mee, naast de opgegeven documenten.":
        "Also build the bundled corpus (g40kg's G40 documents), beside the documents given.",
    "Laat de vereniging ook een standaardgraaf vervangen waarin anderen triples zetten "
    "(standaard stopt push dan, met --store-url; --update-url laat ze staan).":
        "Let the union also replace a default graph in which others put triples "
        "(by default push then stops, with --store-url; --update-url leaves them).",
    "Laat de grafen van documenten die sinds de vorige push uit de graaf verdwenen staan "
    "(standaard verwijdert push ze op de server).":
        "Leave the graphs of documents that left the graph since the previous push on the server "
        "(by default push deletes them there).",
    "'union': schrijf ook de vereniging van alle grafen in de standaardgraaf van de server (werkt overal); "
    "'none': de server maakt die vereniging zelf (Virtuoso, GraphDB).":
        "'union': also write the union of all graphs into the server's default graph (works everywhere); "
        "'none': the server makes that union itself (Virtuoso, GraphDB).",
    "Extra pogingen per verzoek bij netwerkfouten of 408/429/5xx.":
        "Extra attempts per request on network errors or 408/429/5xx.",
    "Seconden per verzoek.": "Seconds per request.",
    "HTTP Basic-authenticatie (omgeving: G40KG_PUSH_USER).": "HTTP Basic authentication (environment: G40KG_PUSH_USER).",
    # validate
    "Andere SHACL-shapes dan de meegeleverde ontology/shapes.ttl.":
        "SHACL shapes to use instead of the bundled ontology/shapes.ttl.",
    "RDFS-inferentie met de ontologie vóór de controle (trager).": "RDFS inference with the ontology before the check (slower).",
    "Vorm van het rapport.": "Format of the report.",
    "Toon per soort schending hoogstens zoveel knopen.": "Show at most this many nodes per kind of violation.",
}

METAVARS: dict[str, str] = {
    "NAAM": "NAME",
    "ID": "ID",
    "NAAM=WAARDE": "NAME=VALUE",
    "NAAM:WACHTWOORD": "NAME:PASSWORD",
    "DATUM": "DATE",
    "VAN TOT": "FROM TO",
    "SOORT": "TYPE",
    "BESTAND.rq": "FILE.rq",
    "/PAD": "/PATH",
    "URL": "URL",
    "T": "T",
    "ORIGIN": "ORIGIN",
    "N": "N",
    "MB": "MB",
    "MAP": "FOLDER",
    "BACKUP": "BACKUP",
    "IRI": "IRI",
    "BESTAND": "FILE",
    "TEKST": "TEXT",
    "GETAL": "NUMBER",
    "SECONDEN": "SECONDS",
    "MILJOEN": "MILLION",
    "CODE[:DOCUMENT]": "CODE[:DOCUMENT]",
    "GOUDBESTAND": "GOLD",
    "VAN": "SOURCE",
    "NAAR": "TARGET",
    "[OUD]": "[OLD]",
    "[PADEN]...": "[PATHS]...",
    "[MINISTERIE]": "[MINISTRY]",
    "[NIEUW]": "[NEW]",
    "[NAAM]": "[NAME]",
    "[BESTANDEN]...": "[FILES]...",
}
