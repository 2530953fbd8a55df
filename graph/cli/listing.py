"""Texts and table output shared by the commands that list rows (query, questions, entity, path, rank …).

:data:`TEXTS` holds their Dutch and English messages (:func:`listing_text`); :func:`emit` prints rows as a table
people read (:func:`as_read`) or in a format programs read (``--format csv|tsv|json|markdown``);
:func:`evidence_text` and :func:`marked_rows` show a fact's evidence, or that it was added by hand.
"""

from __future__ import annotations

import click

from ..docdate import period_text
from ..headings import YES, headings
from ..question_columns import mentioned_dates, with_codes  # here before round 45l: still importable from here
from .output import EXCEL_CSV, render

__all__ = ["DATA_FORMATS", "PROGRAMME_KINDS", "TEXTS", "as_read", "echo_unended", "emit", "evidence_text", "marked_rows", "mentioned_dates",
           "with_codes",
           "one_day_tip",
           "listing_text", "parsed_types", "time_window", "with_role_labels"]

#: the formats programs load (as against ``table`` and ``markdown``, which people read): numbers as
#: numbers, an IRI beside every entity, lists as lists (joined by `` | `` in a CSV cell) and no
#: sentence that changes with ``--lang`` (round 43g, walkthrough 18 finding 13)
DATA_FORMATS = ("csv", "tsv", "json")

TEXTS = {
    "nl": {
        "no_rows": "(geen resultaten)",
        "only_alike": "Niets gevonden met precies {text!r}; wat er het meest op lijkt:",
        "matrix_title": "Samenwerkingen actor × ministerie (aantal documenten)",
        "collab_title": "Samenwerkingen met {label}",
        "no_collab": "Geen samenwerkingen met {label} gevonden.",
        "path_title": "Verbinding {a} → {b} ({steps})",
        "path_step": "1 stap",
        "path_steps": "{n} stappen",
        "path_same": "{a!r} en {b!r} noemen dezelfde entiteit ({label}); geef twee verschillende entiteiten",
        "modularity": "modulariteit {q:.3f}, {n} gemeenschappen",
        "entity_title": "{label} ({type}) {iri}",
        "entity_key": "sleutel voor correcties: {entity}",
        "aliases": "ook genoemd",
        "name_history": "namen door de tijd",
        "dissolved_on": "opgeheven: de laatste dag van de gemeente was {day} (register)",
        "g40_left": "geen G40-lid meer: lid tot en met {day} (g40_members.csv)",
        "retyped_to": "{old} is nu {article} {type}: {new} ({source})",
        "merged_to": "{old} is samengevoegd in {new} ({source})",
        "mentioned_in": "Genoemd in {count} document(en):",
        "access_header": "# Inzage: {name}\n\nOpgesteld op {today} uit de graaf {graph} (gebouwd {built}, "
                         "{documents} documenten). Feiten met hun bewijs, daarna elk document dat de persoon noemt, "
                         "met de zinnen waarin de naam staat.",
        "texts_only": "Geen entiteit '{name}' in de graaf; de naam staat in de brontekst van {count} document(en):",
        "search_texts_alone": "--search-texts hoort bij --mentions.",
        "long_alone": "--long hoort bij de matrix, zonder ministerie (met een ministerie is er al één regel per actor).",
        "curated": "gecureerd",
        "curation_note": "toelichting",
        "query_twice": "geef de query als argument of met -f, niet allebei",
        "no_query": "geen query: geef SPARQL als argument, met -f BESTAND of op stdin",
        "include_needs_file": "de query neemt een deel op ('# @include {name}'): geef zijn bestand met -f, dan "
                              "wordt {name} ernaast gelezen",
        "format_kind": "--format {fmt} past niet bij een {kind}-query; kies uit {choices}",
        "undated_mark": "{label} (zonder datum)",
        "one_day": "Tip: een feit zonder eigen periode geldt op de datum van zijn document; --at {year} zoekt in "
                   "heel {year}, --between in een periode, --as-of {day} geeft de laatst bekende stand op die dag "
                   "(bijv. wie toen voorzitter was).",
        "brokers_title": "Makelaars tussen ministeries en gemeenten (score: het deel van de kortste verbindingen "
                         "tussen een ministerie en een gemeente dat via de knoop loopt, 0–1)",
        "name_then": "{label} (toen {name})",
        "more": "+{n} meer",
        "path_more": "Bij een stap met meer dan {n} citaten staan de eerste {n}; --all-quotes toont ze allemaal.",
        "path_years": "Let op: de stappen komen uit {first} tot {last}; --at of --between zoekt een verbinding "
                      "binnen één periode.",
        "path_window": "met alleen de feiten van {window}; zonder die periode zijn ze in {n} stappen verbonden "
                       "(g40kg path zonder {option})",
        "at_left_out": "{n} feiten zonder eigen periode vallen weg bij --at {day}; bedoelt u --as-of {day} "
                       "(de laatst bekende stand)?",
        "at_left_out_one": "1 feit zonder eigen periode valt weg bij --at {day}; bedoelt u --as-of {day} "
                           "(de laatst bekende stand)?",
        "document_no_person": "--document geldt voor een vraag met een herhaalbare parameter person "
                              "(who-does-what), niet voor {question}",
        "document_and_person": "geef -p person of --document, niet allebei",
        "update_not_saved": "Uitgevoerd op een kopie in het geheugen; de opgeslagen graaf is niet gewijzigd. Een "
                            "correctie die blijft hoort in een correctiebestand (g40kg build --curated MAP).",
    },
    "en": {
        "no_rows": "(no results)",
        "only_alike": "Nothing found with exactly {text!r}; what resembles it most:",
        "matrix_title": "Collaborations actor × ministry (number of documents)",
        "collab_title": "Collaborations with {label}",
        "no_collab": "No collaborations with {label} found.",
        "path_title": "Connection {a} → {b} ({steps})",
        "path_step": "1 step",
        "path_steps": "{n} steps",
        "path_same": "{a!r} and {b!r} name the same entity ({label}); give two different entities",
        "modularity": "modularity {q:.3f}, {n} communities",
        "entity_title": "{label} ({type}) {iri}",
        "entity_key": "key for corrections: {entity}",
        "aliases": "also called",
        "name_history": "names over time",
        "dissolved_on": "dissolved: the municipality's last day was {day} (register)",
        "g40_left": "no G40 member any more: a member up to and including {day} (g40_members.csv)",
        "retyped_to": "{old} is now {article} {type}: {new} ({source})",
        "merged_to": "{old} was merged into {new} ({source})",
        "mentioned_in": "Mentioned in {count} document(s):",
        "access_header": "# Access request: {name}\n\nMade on {today} from the graph {graph} (built {built}, "
                         "{documents} documents). Facts with their evidence, then each document that names the "
                         "person, with the sentences that hold the name.",
        "texts_only": "No entity '{name}' in the graph; the name is in the source text of {count} document(s):",
        "search_texts_alone": "--search-texts goes with --mentions.",
        "long_alone": "--long goes with the matrix, without a ministry (with a ministry there is one row per actor "
                      "already).",
        "curated": "curated",
        "curation_note": "note",
        "query_twice": "give the query as an argument or with -f, not both",
        "no_query": "no query: give SPARQL as an argument, with -f FILE or on stdin",
        "include_needs_file": "the query takes in a part ('# @include {name}'): give its file with -f, so that "
                              "{name} is read beside it",
        "format_kind": "--format {fmt} does not fit {kind} queries; choose from {choices}",
        "brokers_title": "Brokers between ministries and municipalities (score: the share of the shortest "
                         "connections between a ministry and a municipality that run through the node, 0–1)",
        "name_then": "{label} (then {name})",
        "more": "+{n} more",
        "path_more": "A step with more than {n} quotes shows the first {n}; --all-quotes shows them all.",
        "path_years": "Note: the steps come from {first} to {last}; --at or --between looks for a connection "
                      "within one period.",
        "path_window": "with only the facts of {window}; without that period they are connected in {n} steps "
                       "(g40kg path without {option})",
        "undated_mark": "{label} (undated)",
        "one_day": "Tip: a fact without a period of its own holds on its document's date; --at {year} looks in all "
                   "of {year}, --between in a period, --as-of {day} gives the last known state on that day "
                   "(e.g. who was chair then).",
        "at_left_out": "{n} facts without a period of their own drop out under --at {day}; did you mean "
                       "--as-of {day} (the last known state)?",
        "at_left_out_one": "1 fact without a period of its own drops out under --at {day}; did you mean "
                           "--as-of {day} (the last known state)?",
        "document_no_person": "--document applies to a question with a repeatable parameter person "
                              "(who-does-what), not to {question}",
        "document_and_person": "give -p person or --document, not both",
        "update_not_saved": "Run on a copy in memory; the stored graph is unchanged. A correction that lasts goes "
                            "in a corrections file (g40kg build --curated FOLDER).",
    },
}


def listing_text(settings, key: str, **values) -> str:
    """The listing commands' message ``key`` in the language of ``settings``, filled with ``values``."""
    return TEXTS.get(settings.lang, TEXTS["nl"])[key].format(**values)


def time_window(at, between, as_of=None):
    """The :class:`graph.timefilter.TimeWindow` of the options ``--at``, ``--between`` and ``--as-of``."""
    from ..timefilter import TimeWindow

    return TimeWindow(at=at, between=tuple(between) if between else None, as_of=as_of)


def one_day_tip(settings, window) -> None:
    """After an empty answer for one day (``--at 2021-06-01``): most facts hold on one day only."""
    if window is not None and window.at:
        click.echo(listing_text(settings, "one_day", year=window.at[:4], day=window.at))


def echo_unended(text: str) -> None:
    """Print ``text`` as it is, without a newline of click's (a rendered table ends in its own)."""
    click.echo(text, nl=False)


def emit(settings, columns, rows, fmt, *, title=None, own_columns: bool = False, window=None, empty=()):
    """Print ``rows``; the headings of a table are Dutch in Dutch unless the columns are the
    user's own (``own_columns``: the variables of a query). An empty table says the lines ``empty``
    (what is known of the names asked: :mod:`graph.empty_answers`) and, under a one-day ``window``,
    how to look in a longer time."""
    if fmt == "table" and title:
        click.echo(title)
    if fmt == "table" and not rows:
        click.echo(listing_text(settings, "no_rows"))
        for line in empty() if callable(empty) else empty:
            click.echo(line)
        one_day_tip(settings, window)
        return
    if fmt == "csv" and EXCEL_CSV.get() and not own_columns:
        columns, rows, shown = excel_layout(columns, rows, settings.lang)
        echo_unended(render(columns, rows, fmt, shown=shown))
        return
    if fmt in ("table", "markdown") and not own_columns:
        rows = as_read(rows, settings.lang)
    elif not own_columns:
        columns, rows = with_role_labels(columns, rows, settings.lang)
    echo_unended(render(columns, rows, fmt, shown=None if own_columns else headings(columns, settings.lang)))


def excel_layout(columns, rows: list[dict], lang: str) -> tuple[list, list[dict], list[str]]:
    """``columns``, ``rows`` and headings of a CSV for Excel (``--excel``; walkthrough 20, finding 20):
    the values as a table shows them (:func:`as_read`), the headings people read (:func:`graph.headings.headings`)
    and the columns that hold IRIs last, headed "<the heading of its label column> (IRI)". A plain CSV
    keeps its column names and order, a contract for loaders.

    >>> excel_layout(["person", "personLabel", "past"],
    ...              [{"person": "https://w3id.org/g40kg/id/person/a", "personLabel": "A", "past": True}], "nl")
    (['personLabel', 'past', 'person'], [{'person': 'https://w3id.org/g40kg/id/person/a', 'personLabel': 'A', \
'past': 'ja'}], ['persoon', 'vroeger', 'persoon (IRI)'])
    """
    def holds_iris(column):
        values = [row.get(column) for row in rows if row.get(column) not in (None, "")]
        return bool(values) and all(isinstance(v, str) and v.startswith(("http://", "https://")) for v in values)

    def heading(column):  # "bodyCode": "orgaan (code)"; "person", "actorIri": "persoon (IRI)", "actor (IRI)"
        if column.endswith("Code") and len(column) > 4:
            base, mark = column[:-4], "code"
        elif column in iris:
            base, mark = (column[:-3] if column.endswith("Iri") else column), "IRI"
        else:
            return headings([column], lang)[0]
        return f"{headings([base + 'Label' if base + 'Label' in columns else base], lang)[0]} ({mark})"

    iris = [column for column in columns if holds_iris(column)]
    ordered = [column for column in columns if column not in iris] + iris
    return ordered, as_read(rows, lang), [heading(column) for column in ordered]


def as_read(rows: list[dict], lang: str) -> list[dict]:
    """``rows`` as people read a table: true shown as "ja" ("yes") and false left empty (a table's
    ``vroeger`` column), a fact's direction as an arrow from the entity asked about ("→": it is the
    subject; "←": the other is) instead of the words out/in; JSON, CSV and a query's own variables
    keep the values programs read. In English a role is the English word where one is known
    (``data/gazetteer/role_labels_en.csv``).

    >>> as_read([{"past": True, "end": None, "direction": "out"}, {"past": False, "direction": "in"}], "nl")
    [{'past': 'ja', 'end': None, 'direction': '→'}, {'past': '', 'direction': '←'}]
    >>> as_read([{"role": "voorzitter"}, {"role": "trekker"}], "en"), as_read([{"role": "voorzitter"}], "nl")
    ([{'role': 'chair'}, {'role': 'lead'}], [{'role': 'voorzitter'}])
    >>> as_read([{"relations": ["affiliatedWith", "hasRole"], "predicate": "succeeded", "programmeKind": "fund"}], "nl")
    [{'relations': ['verbonden aan', 'heeft een rol bij'], 'predicate': 'volgde op', 'programmeKind': 'fonds'}]
    """
    from viz.render import UI_TEXT

    from ..role_labels import role_label

    shown = {True: YES[lang], False: ""}
    names = {**{k: UI_TEXT[lang]["relation_names"] for k in _RELATION_COLUMNS},
             **{k: UI_TEXT[lang]["type_names"] for k in _TYPE_COLUMNS}, "programmeKind": PROGRAMME_KINDS[lang]}
    return [{k: (shown[v] if isinstance(v, bool) else _ARROWS.get(v, v) if k == "direction"
                 else role_label(v, lang) if k == "role"
                 else names[k].get(v, v) if k in names and isinstance(v, str)
                 else [names[k].get(x, x) for x in v] if k in names and isinstance(v, list) else v)
             for k, v in row.items()} for row in rows]


def with_role_labels(columns, rows: list[dict], lang: str) -> tuple[list, list[dict]]:
    """``columns`` and ``rows`` with a ``roleLabel`` column after ``role``: the role in ``lang`` (the
    English word where one is known, else as the graph writes it), for the formats programs read,
    whose ``role`` stays the Dutch word of the graph, a key the same in every language (round 43g,
    walkthrough 18 finding 15). Columns without a ``role`` are left as they are.

    >>> with_role_labels(["personLabel", "role"], [{"personLabel": "A", "role": "voorzitter"}], "en")
    (['personLabel', 'role', 'roleLabel'], [{'personLabel': 'A', 'role': 'voorzitter', 'roleLabel': 'chair'}])
    >>> with_role_labels(["role", "roleLabel"], [{"role": "trekker"}], "nl")[1]
    [{'role': 'trekker', 'roleLabel': 'trekker'}]
    """
    from ..role_labels import role_label

    columns = list(columns)
    if "role" not in columns:
        return columns, rows
    if "roleLabel" not in columns:
        columns.insert(columns.index("role") + 1, "roleLabel")
    return columns, [{**row, "roleLabel": role_label(row.get("role"), lang)} for row in rows]


#: columns of a relation's or a class's name: in words in a table people read ("affiliatedWith" →
#: "verbonden aan", "Municipality" → "Gemeente"); JSON, CSV and TSV keep the names programs read
_RELATION_COLUMNS = ("relation", "predicate", "relations")  # "relations": a path step's list
_TYPE_COLUMNS = ("type", "otherType", "memberType", "actorType", "dossierType")


#: the kinds of programme (``g40:programmeKind``, ``ontology/shapes.ttl``) in words, for a table people read
PROGRAMME_KINDS = {
    "nl": {"citydeal": "City Deal", "regiodeal": "Regio Deal", "greendeal": "Green Deal", "woondeal": "Woondeal",
           "fund": "fonds", "agenda": "agenda", "project": "project", "campaign": "campagne", "register": "register",
           "regulation": "regeling"},
    "en": {"citydeal": "City Deal", "regiodeal": "Region Deal", "greendeal": "Green Deal", "woondeal": "Housing Deal",
           "fund": "fund", "agenda": "agenda", "project": "project", "campaign": "campaign", "register": "register",
           "regulation": "regulation"},
}

#: a fact's direction seen from the entity asked about
_ARROWS = {"out": "→", "in": "←"}


#: a quotation mark that opens, and one that closes, a speaker's words in a text
_OPENING_MARKS, _CLOSING_MARKS = '"“„', '"”'


def in_quotes(quote: str) -> str:
    """``quote`` between “ and ”. A quote is a sentence; a sentence inside a speaker's quotation begins
    or ends with the text's own mark whose partner is in the sentence before or after ('Ik wil dat
    versterken."'): that mark gives way to ours, so the quote is opened and closed once.

    >>> in_quotes('Ik wil de samenwerking verder versterken."')
    '“Ik wil de samenwerking verder versterken.”'
    >>> in_quotes('"De steden bouwen.'), in_quotes('Zij zei: "We bouwen." Daarna ging ze.')
    ('“De steden bouwen.”', '“Zij zei: "We bouwen." Daarna ging ze.”')
    """
    if quote and quote[-1] in _CLOSING_MARKS and not _opened_before_end(quote):
        quote = quote[:-1]
    if quote and quote[0] in _OPENING_MARKS and not _closed_after_start(quote):
        quote = quote[1:]
    return f"“{quote}”"


def _opened_before_end(quote: str) -> bool:
    """The closing mark that ends ``quote`` has its opening mark in it."""
    body, mark = quote[:-1], quote[-1]
    return body.count('"') % 2 == 1 if mark == '"' else "“" in body or "„" in body


def _closed_after_start(quote: str) -> bool:
    """The opening mark that begins ``quote`` has its closing mark in it."""
    mark, body = quote[0], quote[1:]
    return body.count('"') % 2 == 1 if mark == '"' else "”" in body or '"' in body


def evidence_text(settings, record: dict) -> str:
    """One evidence record as text: the quote, its document and when the fact holds from (else the
    document's date), or for a fact added by hand "gecureerd (file:line; toelichting: …)"."""
    if not record.get("curated"):
        when = period_text(record.get("start"), record.get("end")) or record.get("date")
        return f"{in_quotes(record['quote'])} ({record['document']}{', ' + when if when else ''})"
    where = [record["curation"] or ""]
    if record.get("note"):
        where.append(f"{listing_text(settings, 'curation_note')}: {record['note']}")
    return f"{listing_text(settings, 'curated')} ({'; '.join(w for w in where if w)})"


def marked_rows(settings, rows: list[dict], columns: list[str]) -> list[dict]:
    """``rows`` with each fact added by hand (``curated`` true) marked "gecureerd (file:line; toelichting: …)"
    in its quote column (else its documentId column), where an extracted fact has its quote."""
    where = next((c for c in ("quote", "documentId") if c in columns), None)
    if where is None:
        return rows
    return [{**row, where: evidence_text(settings, row)} if row.get("curated") is True else row for row in rows]


def parsed_types(names) -> list[str]:
    """Type names in English or Dutch, any case; an unknown one is a one-line error with the choices."""
    from viz.views import parse_types

    return parse_types(names)
