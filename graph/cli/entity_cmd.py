"""Commands: collaborators, entity, search (the shortcuts that answer about one entity or ministry).

Thin: each command parses options, calls one library function (:mod:`graph.shortcuts`,
:mod:`graph.names`) and renders the rows with :func:`graph.cli.listing.emit`.
"""

from __future__ import annotations

import click

from .base import cli, echo_err, pass_settings, translate_errors
from .listing import (DATA_FORMATS, as_read, echo_unended, emit, evidence_text, listing_text, marked_rows, one_day_tip,
                      parsed_types, time_window, with_role_labels)
from .options import fact_listing, format_option, read_timeout_option
from .output import render

__all__ = ["NAMED_SCORE", "collaborators_command", "entity_command", "long_matrix", "search_command"]


@cli.command("collaborators")
@click.argument("ministry", required=False)
@click.option("--long", "long_form", is_flag=True,
              help="De matrix in lange vorm, één regel per actor en ministerie (met IRI's): vaste kolommen, "
                   "om in een database te laden.")
@fact_listing
def collaborators_command(settings, ministry, long_form, at, between, as_of, min_confidence, fmt, timeout):
    """Wie werkt samen met welk ministerie: zonder argument de matrix actor × ministerie,
    met een ministerie (afkorting of naam, hoofdletters maken niet uit) de actoren met citaten.

    De matrix heeft één kolom per ministerie, dus een nieuw ministerie geeft een nieuwe kolom.
    Om te laden: --long (actor, actorIri, actorType, ministry, ministryIri, documents, curated),
    of 'g40kg ask collaborations-matrix', dezelfde tellingen in lange vorm.

    \b
    Voorbeelden:
        g40kg collaborators
        g40kg collaborators --long --format csv         # één regel per actor en ministerie
        g40kg collaborators EZK --at 2021-06-01
        g40kg collaborators EZK --as-of 2024            # voor zover de documenten zeggen, eind 2024
        g40kg collaborators "Binnenlandse Zaken en Koninkrijksrelaties" --format json
    """
    from ..ministry_existence import existence_note
    from ..ministry_mergers import merged_label, merger_notes, window_last_day
    from ..questions import get_question
    from ..shortcuts import collaboration_dates, collaboration_matrix, collaborators, ministry_heading

    window = time_window(at, between, as_of)
    if long_form and ministry is not None:
        raise click.UsageError(listing_text(settings, "long_alone"))
    dataset = settings.load()
    if ministry is None:
        matrix = collaboration_matrix(dataset, window=window, min_confidence=min_confidence, timeout=timeout)
        if long_form:
            emit(settings, _LONG_COLUMNS + (["undated"] if window else []), long_matrix(matrix), fmt,
                 title=listing_text(settings, "matrix_title"), window=window)
            return
        columns = ["actor", "actorType", *matrix["ministries"], "total"]
        rows = matrix["rows"]
        if fmt in DATA_FORMATS:  # the actor's IRI, for a join (round 43g, walkthrough 18 finding 13)
            columns.append("actorIri")
            rows = [{**row, "actorIri": row["iri"]} for row in rows]
        if any(row["curated"] for row in rows):
            columns.append("curated")  # the ministries for which a curation (data/curated/) says so
            if fmt in ("table", "markdown"):
                rows = _curated_cells(rows, matrix["ministries"], listing_text(settings, "curated"))
        if window and any(row["undated"] for row in rows):
            columns.append("undated")  # the ministries whose count holds facts with no time at all
        if fmt in ("table", "markdown"):  # people read a column as the ministry over time
            dates = collaboration_dates(dataset, timeout=timeout) if not window else {}
            # "EZK (eerder EZ)"; "VRO (opgegaan in BZK per …)" as in the rows of 'ask' (walkthrough 47, finding 8)
            shown = {label: merged_label(ministry_heading(dataset, iri, label, dates.get(iri, ())) if not window
                                         else label, iri, window_last_day(window))
                     for label, iri in matrix["iris"].items()}
            columns = [shown.get(column, column) for column in columns]
            rows = [{shown.get(key, key): value for key, value in row.items()} for row in rows]
        emit(settings, columns, rows, fmt, title=listing_text(settings, "matrix_title"), window=window)
        return
    found = collaborators(dataset, ministry, window=window, min_confidence=min_confidence, timeout=timeout)
    label = found["ministry"]["label"]
    if fmt == "json":
        rows = [{"ministry": label, **actor} for actor in found["actors"]]
        echo_unended(render(["ministry", "iri", "label", "type", "documents", "curations", "evidence"], rows, fmt))
        return
    rows = [
        {"actor": a["label"], "type": a["type"], "documents": a["documents"],
         "quotes": [evidence_text(settings, e) for e in a["evidence"]],
         "ministry": [merged_label(m["label"], m["iri"], window_last_day(window)) for m in a["ministries"]]}
        for a in found["actors"]
    ]
    columns = ["actor", "type", "documents", "quotes"]
    if any(m["iri"] != found["ministry"]["iri"] for a in found["actors"] for m in a["ministries"]):
        columns.insert(2, "ministry")  # BZK with VRO's links: which one each actor's came from (walkthrough 47, 8)
    if not window:  # the ministry over time: "EZK (eerder EZ)"; at a date, the name of that date
        label = ministry_heading(dataset, found["ministry"]["iri"], label,
                                 [e for a in found["actors"] for e in a["evidence"]], also=ministry)
    # "VRO bestond van …; opgegaan in BZK per 2026-02-23" (walkthrough 20, finding 18; graph.ministry_existence)
    then = existence_note(dataset, found["ministry"]["iri"], label, window) if fmt == "table" else None
    # "VRO is opgegaan in BZK per …", "Met VRO, dat per … opging in BZK." (walkthrough 47, finding 8)
    merged = merger_notes(dataset, get_question("collaborations-with-ministry"), {"ministry": found["ministry"]["iri"]},
                          window) if fmt == "table" else []
    if not rows and fmt == "table":
        click.echo(listing_text(settings, "no_collab", label=label))
        for note in [then] if then else merged:  # "KGG --at 2019": asked outside its existence (round 39t)
            click.echo(note)
        one_day_tip(settings, window)
        return
    emit(settings, columns, rows, fmt, title=listing_text(settings, "collab_title", label=label))
    for note in [then] if then else merged:  # "VRO --as-of 2026-06-01": a ministry that no longer existed then
        echo_err(note)


@cli.command("entity")
@click.argument("name")
@click.option("--mentions", is_flag=True,
              help="Noem ook elk document dat de entiteit vermeldt of haar naam bevat, met de zinnen waarin die "
                   "staat (voor een inzageverzoek).")
@click.option("--search-texts", is_flag=True,
              help="Zoek de naam (en in documenten die hem noemen de achternaam) ook in de brontekst, ook als er "
                   "geen entiteit van is gemaakt of die verwijderd is; met --mentions.")
@fact_listing
def entity_command(settings, name, mentions, search_texts, at, between, as_of, min_confidence, fmt, timeout):
    """Profiel van een entiteit: elk feit met zijn bewijs, gegroepeerd per relatie.

    Met --mentions volgt een tweede lijst: elk document dat de entiteit vermeldt (ook zonder feit),
    met titel, datum, aantal vermeldingen, de naam zoals die er staat en de zinnen van de tekst
    met een van de namen (ook "de heer/mevrouw" + achternaam, ook waar de extractie niemand
    herkende; de achternaam alleen in documenten die de persoon noemen; de citaten van haar
    feiten). Samen het antwoord op een inzageverzoek (AVG art. 15); met --format markdown begint
    het met een kop (wie, wanneer, welke graaf). --search-texts antwoordt ook voor een naam die
    geen entiteit is (nooit gemaakt, of verwijderd): de zinnen uit de brontekst. Zie docs/privacy.md.
    De tabel is breed (de citaten): in een smal venster of met een schermlezer leest --format
    markdown beter, zonder uitlijning. Van een gemeente zegt de kop waarin een opgeheven gemeente
    opging of wat een nieuwe eerder was (de herindelingen van het register), en met --at, --between
    of --as-of of de stad toen G40-lid was, zoals de G40-vragen haar tellen.

    \b
    Voorbeelden:
        g40kg entity Breda
        g40kg entity Amstelveen --at 2022         # ook: was de stad toen G40-lid?
        g40kg entity Breda --format markdown
        g40kg entity "pijler Economie en Werk" --format json
        g40kg entity "pijler Economie en Werk" --as-of 2025-01-01   # wie nu welke rol heeft
        g40kg entity "Anna de Vries" --mentions --format markdown > inzage.md
        g40kg entity "Anna de Vries" --mentions --search-texts   # ook zonder entiteit
        g40kg entity municipality/gm0758   # de kind/key van de correctiebestanden (Breda)
    """
    from ..shortcuts import entity_profile
    from ..timefilter import undated_shown

    window = time_window(at, between, as_of)
    dataset = settings.load()
    name = _followed_retype(settings, dataset, name)
    if search_texts and not mentions:
        raise click.UsageError(listing_text(settings, "search_texts_alone"))
    if mentions and fmt == "markdown":
        click.echo(_access_header(settings, name) + "\n")
    if search_texts:
        from ..errors import UnknownName

        try:
            profile = entity_profile(dataset, name, window=window, min_confidence=min_confidence, timeout=timeout)
        except UnknownName:  # not an entity (never made, or removed): the source texts only
            _texts_only(settings, name, fmt)
            _say_sentences_are_local(settings)
            return
    else:
        profile = entity_profile(dataset, name, window=window, min_confidence=min_confidence, timeout=timeout)
    if mentions:
        profile["mentioned_in"] = _mentioned_in(settings, dataset, profile["iri"], profile["relations"])
        _say_sentences_are_local(settings)
    rows = [{"relation": relation, **fact} for relation, facts in profile["relations"].items() for fact in facts]
    columns = ["relation", "direction", "otherLabel", "otherType", "role", "portfolio", "start", "end", "endedBy",
               "past", "confidence", "quote", "documentId"]
    if fmt == "json":
        columns = ["iri", "label", "type", "names", "relations", "curation"] + (["mentioned_in"] if mentions else [])
        relations = {relation: with_role_labels(["role"], facts, settings.lang)[1]
                     for relation, facts in profile["relations"].items()}
        municipal = _municipal_json(dataset, profile, window)  # a redivision, G40 membership then (round 59d)
        echo_unended(render(columns + list(municipal), [{**profile, "relations": relations, **municipal}], fmt))
        return
    if fmt in DATA_FORMATS:  # the other end's IRI beside its label, for a join, and a curated fact's file:line
        columns += ["other", "curation"]  # instead of words in the quote or start column (round 43g, finding 13)
    else:
        rows = marked_rows(settings, rows, columns)
        columns, rows = undated_shown(columns, rows, bool(window), settings.lang)
    label, history = profile["label"], None
    if profile["type"] == "Ministry":  # its names through time (walkthrough 20, finding 17), else "EZK (eerder EZ)"
        from ..shortcuts import ministry_heading
        from ..timefilter import ministry_name_history

        history = ministry_name_history(dataset, profile["iri"])
        if history is None and not window:
            label = ministry_heading(dataset, profile["iri"], label, rows)
    title = listing_text(settings, "entity_title", label=label, iri=profile["iri"],
               type=as_read([{"type": profile["type"]}], settings.lang)[0]["type"])
    aliases = [n for n in profile["names"] if n.casefold() != profile["label"].casefold()]  # not the label again
    if fmt == "table":
        from ..curation_graph import entity_key
        from ..curation_log import rule_text

        # the key a correction names it by ("object: ministry/mnre1034"; walkthrough 19, finding 26)
        title += f"\n{listing_text(settings, 'entity_key', entity=entity_key(profile['iri']))}"
        title += f"\n{listing_text(settings, 'name_history')}: {history}" if history else ""
        title += f"\n{listing_text(settings, 'dissolved_on', day=_dissolved_on(profile))}" if _dissolved_on(profile) else ""
        title += "".join(f"\n{line}" for line in _redivision(profile, settings.lang))
        title += f"\n{listing_text(settings, 'g40_left', day=_g40_left(profile))}" if _g40_left(profile) else ""
        then = _g40_membership(dataset, profile, window, settings.lang)  # a G40 member on the day asked?
        title += f"\n{then}" if then else ""
        title += f"\n{listing_text(settings, 'aliases')}: {', '.join(aliases)}" if aliases else ""
        title += "".join(f"\n{listing_text(settings, 'curated')}: {rule_text(rule, settings.lang)}"
                         for rule in profile["curation"])
        title += "\n"
    emit(settings, columns, rows, fmt, title=title, window=window)
    if mentions:
        documents = [dict(d, as_written="; ".join(d["as_written"]), sentences=" / ".join(d["sentences"]))
                     for d in profile["mentioned_in"]]
        if fmt in ("table", "markdown"):
            click.echo("\n" + listing_text(settings, "mentioned_in", count=len(documents)))
            if fmt == "markdown":
                click.echo()
        emit(settings, ["documentId", "title", "date", "mentions", "as_written", "sentences"], documents, fmt)


def _dissolved_on(profile) -> str | None:
    """The last day of a municipality the register says was dissolved (Hellevoetsluis: 2022-12-31), else None
    (walkthrough 36, finding 6: its roles end that day, and the header says why)."""
    if profile["type"] != "Municipality":
        return None
    from ..ceased_ministries import dissolved_days

    return dissolved_days().get(profile["iri"])


def _redivision(profile, lang: str) -> list[str]:
    """A municipality's redivision lines (:func:`graph.dissolved_municipalities.redivision_lines`): where a
    dissolved one went up in, what a new one was before (round 59d)."""
    if profile["type"] != "Municipality":
        return []
    from ..dissolved_municipalities import redivision_lines

    return redivision_lines(profile["iri"], lang)


def _municipal_json(dataset, profile, window) -> dict:
    """What ``--format json`` adds for a municipality: ``redivision`` (``into``: where a dissolved one went,
    ``{"label", "day", "iris"}``; ``formerly``: the municipalities that went up in it, ``[{"iri", "label", "day"}]``)
    when the register's redivisions name one, and under a time ``g40Membership`` (``since``, ``until``, ``today``,
    ``member``, ``whole``: :func:`graph.g40_membership.membership_of`) for a city that was ever a member."""
    if profile["type"] != "Municipality":
        return {}
    from ..dissolved_municipalities import predecessors_of, successor_of
    from ..g40_membership import membership_of

    found = {}
    into, formerly = successor_of(profile["iri"]), predecessors_of(profile["iri"])
    if into or formerly:
        found["redivision"] = {"into": into, "formerly": formerly}
    membership = membership_of(dataset, profile["iri"], window.parameters()) if window else None
    if membership:
        found["g40Membership"] = membership
    return found


def _g40_membership(dataset, profile, window, lang: str) -> str | None:
    """Under ``--at``, ``--between`` or ``--as-of``: whether the city was a G40 member then, as the four G40
    questions count it, with its membership's dates (:func:`graph.g40_membership.membership_of`; round 59d);
    else None."""
    if profile["type"] != "Municipality" or not window:
        return None
    from ..g40_membership import membership_of, membership_text

    bound = window.parameters()
    found = membership_of(dataset, profile["iri"], bound)
    return membership_text(found, bound, lang) if found else None


def _g40_left(profile) -> str | None:
    """The last day of a G40 membership that ended (``lid_tot`` of ``g40_members.csv``), else None
    (walkthrough 36, finding 2)."""
    if profile["type"] != "Municipality":
        return None
    from ..fact_rows import register_code
    from ..gazetteer import load_gazetteer

    found = load_gazetteer().municipality_by_code.get(register_code(profile["iri"]))
    return found.g40_until if found is not None else None


def _followed_retype(settings, dataset, name: str) -> str:
    """``name``, or, for the key or IRI of an entity a curated retype moved (``organisation/aedes``, now
    ``programme/aedes``), the entity's IRI now, said on stderr: "organisation/aedes is nu een programma:
    programme/aedes (c.yaml:2)" (walkthrough 17, finding 6); so for one a merge took away: "unit/pijler-economie
    is samengevoegd in unit/pijler-economie-en-werk (c.yaml:4)" (walkthrough 36, finding 7)."""
    from ..curation_graph import entity_key
    from ..curation_retype import retyped_to
    from ..vocab import G40ID

    if "/" not in name or " " in name.strip():
        return name
    iri = name.strip() if name.strip().startswith(("http://", "https://")) else str(G40ID) + name.strip()
    moved = retyped_to(dataset, iri)
    if moved is None:
        from ..curation_merges import merged_to

        merged = merged_to(dataset, iri)  # a key a merge: took away (walkthrough 36, finding 7)
        if merged is None:
            return name
        echo_err(listing_text(settings, "merged_to", old=entity_key(iri), new=entity_key(merged[0]), source=merged[1]))
        return merged[0]
    into, type_name, source = moved
    word = as_read([{"type": type_name}], settings.lang)[0]["type"].lower()
    article = ("een" if settings.lang == "nl" else "an" if word[:1] in "aeiou" else "a")
    echo_err(listing_text(settings, "retyped_to", old=entity_key(iri), article=article, type=word,
                          new=entity_key(into), source=source))
    return into


def _say_sentences_are_local(settings) -> None:
    """Under ``--endpoint``, once on stderr: the sentences of ``--mentions`` come from the local source files,
    so only the facts' quotes are listed (walkthrough 27, finding 13: rows without a sentence said nothing)."""
    if settings.endpoint:
        from ..messages import msg

        echo_err(msg("mentions_through_endpoint"))


def _access_header(settings, name: str) -> str:
    """The head of an access request's answer in Markdown: who, when, which graph, which documents."""
    import datetime

    from ..disk_layout import read_manifest

    from .endpoint_build import endpoint_build

    manifest = endpoint_build(settings) if settings.endpoint else read_manifest(settings.graph_path)
    return listing_text(settings, "access_header", name=name, today=datetime.date.today().isoformat(),
              graph=settings.endpoint or settings.graph_path, built=manifest.get("built") or "?",
              documents=len(manifest.get("documents") or []))


def _texts_only(settings, name: str, fmt: str) -> None:
    """The answer of ``entity NAME --mentions --search-texts`` for a name that is no entity: each
    document whose source text holds the name (or "de heer/mevrouw" + surname; the bare surname
    where the full name occurs), with its sentences."""
    from ..curation_removals import addressed_names
    from ..disk_layout import read_manifest
    from ..privacy import surnames
    from ..shortcuts import named_in_texts

    family = surnames([name])
    names = {name} | addressed_names(family)
    texts = {} if settings.endpoint else named_in_texts(settings.graph_path, names, family)
    entries = {e.get("id"): e for e in (read_manifest(settings.graph_path) if not settings.endpoint else {})
               .get("documents") or []}
    documents = sorted(({"documentId": id_, "title": entries[id_].get("title") or "",
                         "date": entries[id_].get("date") or "", "mentions": 0, "as_written": "",
                         "sentences": " / ".join(found)} for id_, found in texts.items()),
                       key=lambda d: (d["date"], d["documentId"]))
    if fmt in ("table", "markdown"):
        click.echo(listing_text(settings, "texts_only", name=name, count=len(documents)))
        if fmt == "markdown":
            click.echo()
    emit(settings, ["documentId", "title", "date", "mentions", "as_written", "sentences"], documents, fmt)


def _mentioned_in(settings, dataset, iri, relations=None) -> list[dict]:
    """The documents that mention ``iri`` (:func:`graph.shortcuts.entity_mentions`), each with
    ``sentences``: those of its text that hold one of the entity's names (in a document that names a
    person also the bare surname), and the quotes of its facts (``relations`` of its profile) that
    are not among them; a document whose text
    names it without a mention the extractor made is listed too (0 mentions). The texts are read
    from the sources of a local graph only (not through --endpoint)."""
    from rdflib import URIRef

    from ..curation_removals import entity_names, entity_surnames
    from ..disk_layout import read_manifest
    from ..shortcuts import entity_mentions, named_in_texts

    listed = entity_mentions(dataset, iri)
    known = {d["documentId"] for d in listed}
    texts = {} if settings.endpoint else named_in_texts(settings.graph_path, entity_names(dataset, URIRef(iri)),
                                                         entity_surnames(dataset, URIRef(iri)), known)
    for fact in (f for rows in (relations or {}).values() for f in rows):  # the quotes of its own facts
        said = texts.setdefault(fact.get("documentId") or "", [])
        if fact.get("quote") and fact.get("documentId") and not any(
                " ".join(fact["quote"].split()) in sentence for sentence in said):
            said.append(" ".join(fact["quote"].split()))
    manifest = {} if settings.endpoint else read_manifest(settings.graph_path)
    for entry in manifest.get("documents") or []:
        if entry.get("id") in texts and entry["id"] not in known:
            listed.append({"documentId": entry["id"], "title": entry.get("title") or "", "date": entry.get("date") or "",
                           "mentions": 0, "as_written": []})
    listed.sort(key=lambda d: (d["date"], d["documentId"]))
    return [dict(d, sentences=texts.get(d["documentId"], [])) for d in listed]


@cli.command("search")
@click.argument("text", metavar="TEKST")
@click.option("--type", "type_", default=None, help="Alleen dit type (Person, Ministry, Municipality …).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Toon hoogstens zoveel treffers.")
@format_option
@read_timeout_option
@pass_settings
@translate_errors
def search_command(settings, text, type_, limit, fmt):
    """Zoek entiteiten op naam of alias (niet-exact: tikfouten en delen van namen vinden ook).

    \b
    Voorbeelden:
        g40kg search "economische zaken"
        g40kg search meekels --type Person
    """
    from ..names import entity_index, search_entities, tell_apart

    if type_ is not None:  # any case, English or Dutch, like --type elsewhere; an unknown one is an error
        type_ = (parsed_types([type_]) or [None])[0]
    dataset = settings.load()
    hits = search_entities(dataset, text, type_=type_, limit=limit)
    # namesakes: each by the name that tells it apart (walkthrough 17, finding 4)
    hits = tell_apart(hits, "label", "iri", {iri: entry.names for iri, entry in entity_index(dataset).items()})
    title = listing_text(settings, "only_alike", text=text) if hits and hits[0]["score"] < NAMED_SCORE else None
    emit(settings, ["label", "type", "matched", "score", "iri"], hits, fmt, title=title)


#: the columns of ``collaborators --long``: one row per actor and ministry
_LONG_COLUMNS = ["actor", "actorIri", "actorType", "ministry", "ministryIri", "documents", "curated"]


def long_matrix(matrix: dict) -> list[dict]:
    """The rows of :func:`graph.shortcuts.collaboration_matrix` in long form: one per actor and
    ministry they collaborate with (``documents`` 0 when only a curation says so; ``curated``: a
    curation says so; ``undated``: the count holds facts with no time at all), the fixed columns a
    database loads whatever ministries the documents bring in (round 43g, walkthrough 18 finding 13).

    >>> matrix = {"ministries": ["EZK", "BZK"], "iris": {"EZK": "m/ezk", "BZK": "m/bzk"},
    ...           "rows": [{"actor": "G40", "actorType": "Organisation", "iri": "o/g40", "EZK": 2, "total": 2,
    ...                     "curated": [], "undated": []}]}
    >>> long_matrix(matrix)  # doctest: +NORMALIZE_WHITESPACE
    [{'actor': 'G40', 'actorIri': 'o/g40', 'actorType': 'Organisation', 'ministry': 'EZK', 'ministryIri': 'm/ezk',
      'documents': 2, 'curated': False, 'undated': False}]
    """
    return [{"actor": row["actor"], "actorIri": row["iri"], "actorType": row["actorType"], "ministry": ministry,
             "ministryIri": matrix["iris"][ministry], "documents": row[ministry],
             "curated": ministry in row["curated"], "undated": ministry in row["undated"]}
            for row in matrix["rows"] for ministry in matrix["ministries"] if ministry in row]


#: the lowest score of a name that is the text, holds it as words or has a word beginning with it
#: (graph.names.search_entities); below it a hit only resembles the text
NAMED_SCORE = 0.85


def _curated_cells(rows: list[dict], ministries: list[str], word: str) -> list[dict]:
    """Matrix rows for reading: a cell that only a correction fills (0 documents) says "gecureerd"
    instead of a 0 that reads as "no collaboration"; scripts' formats keep the count.

    >>> _curated_cells([{"actor": "G40", "EZK": 0, "BZK": 2, "curated": ["EZK"]}], ["EZK", "BZK"], "gecureerd")
    [{'actor': 'G40', 'EZK': 'gecureerd', 'BZK': 2, 'curated': ['EZK']}]
    """
    return [{**row, **{m: word for m in ministries if m in row["curated"] and not row.get(m)}} for row in rows]
