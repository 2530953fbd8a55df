"""Personal data (AVG): removing a person on request, masked contact details, publishing only the
evidence, and answering an access request. Small fixture documents with fictional people."""

from __future__ import annotations

import json
import shutil

import pytest

from graph.cli import cli
from graph.privacy import contact_spans, eleven_test, mask_contacts

MINUTES = "verslag-themagroep-voorbeeld-2025-03-12"
LETTER = "brief-ministerie-2025-01-20"
DOCUMENTS = {
    f"{MINUTES}.txt": """Verslag themagroep Voorbeeldstad 12 maart 2025

Kees Mulder, wethouder van Zwolle, is voorzitter van de themagroep Digitalisering.

Anouk Smit (Breda) en Kees Mulder werken samen in de themagroep Digitalisering.

De heer Mulder is met ziekteverlof.

Secretariaat: Anouk Smit, anouk.smit@voorbeeld.nl, 06-12345678.
""",
    f"{LETTER}.txt": """Brief aan de G40 over de City Deal, 20 januari 2025

Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties werkt samen met Zwolle aan de City Deal Voorbeeld.

Kees Mulder is contactpersoon voor de City Deal Voorbeeld.

Met vriendelijke groet, Pieter van Dam, directeur, dossier 123456782, zaak 123456789, tel. 010 123 45 67, p.vandam@minbzk.nl
""",
}
RULE = 'suppress:\n  - {entity: person/kees-mulder, reason: "AVG-verzoek 2026-12"}\n'


def _run(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--graph", str(graph), "--lang", lang, *map(str, args)])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("privacy") / "docs"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def graphs(corpus, tmp_path_factory):
    """{"plain": a build without rules, "forgot": a full build with the removal rule, "rules": its folder}."""
    from click.testing import CliRunner

    root = tmp_path_factory.mktemp("privacy-graphs")
    rules, empty = root / "correcties", root / "leeg"
    rules.mkdir()
    empty.mkdir()
    (rules / "avg.yaml").write_text(RULE, encoding="utf-8")
    runner = CliRunner()
    out = {"rules": rules, "empty": empty}
    for name, folder in (("plain", empty), ("forgot", rules)):
        result = _run(runner, root / name, "build", corpus, "--curated", folder)
        assert result.exit_code == 0, result.output
        out[name] = root / name
        out[f"{name}_output"] = result.output
    return out


def _nq(graph) -> str:
    return (graph / "graph.nq").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- removal (P1)

def test_the_plain_build_knows_the_person(graphs):
    text = _nq(graphs["plain"])
    assert "person/kees-mulder" in text and '"Kees Mulder"' in text


def test_removal_leaves_no_trace_of_the_name_in_the_graph(graphs):
    text = _nq(graphs["forgot"])
    assert "mulder" not in text.lower(), [line for line in text.splitlines() if "mulder" in line.lower()][:5]
    assert "Correcties: 1 entiteit verwijderd." in graphs["forgot_output"]
    assert "mulder" not in (graphs["forgot"] / "manifest.json").read_text(encoding="utf-8").lower()
    assert "AVG-verzoek" not in text  # the reason is for the controller's records, not the graph


def test_removal_masks_the_name_in_another_facts_quote(graphs):
    quotes = [line for line in _nq(graphs["forgot"]).splitlines() if "#quote>" in line and "Anouk Smit (Breda)" in line]
    assert quotes and all('"Anouk Smit (Breda) en [naam verwijderd] werken samen in de themagroep Digitalisering."' in q
                          for q in quotes), quotes


def test_removal_reaches_search_and_entity_and_explorer(graphs, runner):
    graph = graphs["forgot"]
    search = _run(runner, graph, "search", "Kees Mulder", "--format", "json")
    answer = json.dumps({k: v for k, v in json.loads(search.output).items() if k != "meta"})  # meta repeats the query
    assert "kees-mulder" not in answer and "Kees Mulder" not in answer, search.output
    page = _run(runner, graph, "serve", "--get", "/entity/person/kees-mulder")
    assert page.exit_code == 1 and "Niet gevonden" in page.output and "Location" not in page.output
    found = _run(runner, graph, "serve", "--get", "/search.json?q=Mulder")
    assert [r["label"] for r in json.loads(found.output)["results"]] == ["Mulier Instituut"], found.output
    document = _run(runner, graph, "serve", "--get", f"/document/{MINUTES}")
    assert document.exit_code == 0, document.output
    assert "[naam verwijderd], wethouder van" in document.output
    assert "[naam verwijderd] is met ziekteverlof." in document.output  # "De heer Mulder"
    assert "Mulder" not in document.output
    assert '<a class="mention" href="/entity/person/anouk-smit">Anouk Smit</a>' in document.output
    english = _run(runner, graph, "serve", "--get", f"/document/{MINUTES}?lang=en", lang="en")
    assert "[name removed], wethouder van" in english.output and "[phone number]" in english.output


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "facts", "csv", "graphml"])
def test_removal_reaches_every_export(graphs, runner, fmt):
    result = _run(runner, graphs["forgot"], "export", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "mulder" not in result.output.lower()
    assert "mulder" in _run(runner, graphs["plain"], "export", "--format", fmt).output.lower()


def test_removal_reaches_the_static_site_and_network_page(graphs, runner, tmp_path):
    site = _run(runner, graphs["forgot"], "export", "--format", "site", "-o", tmp_path / "site")
    assert site.exit_code == 0, site.output
    pages = {p.relative_to(tmp_path / "site").as_posix(): p.read_text(encoding="utf-8", errors="replace")
             for p in (tmp_path / "site").rglob("*") if p.is_file()}
    assert not [name for name, text in pages.items() if "mulder" in text.lower() or "mulder" in name.lower()]
    assert "[naam verwijderd] is met ziekteverlof." in pages[f"document/{MINUTES}.html"]
    network = _run(runner, graphs["forgot"], "viz", "-o", tmp_path / "net.html")
    assert network.exit_code == 0, network.output
    assert "mulder" not in (tmp_path / "net.html").read_text(encoding="utf-8").lower()


def test_incremental_build_after_the_rule_equals_the_full_build_and_undoing_it_brings_the_person_back(
        graphs, corpus, runner, tmp_path):
    graph, rules = tmp_path / "kg", tmp_path / "correcties"
    shutil.copytree(graphs["plain"], graph)
    shutil.copytree(graphs["rules"], rules)
    added = _run(runner, graph, "build", corpus, "--curated", rules)
    assert added.exit_code == 0, added.output
    assert _nq(graph) == _nq(graphs["forgot"])
    again = _run(runner, graph, "build", corpus, "--curated", rules)  # a rebuild keeps the person away
    assert again.exit_code == 0 and _nq(graph) == _nq(graphs["forgot"])
    refused = _run(runner, graph, "build", corpus, "--curated", graphs["empty"])  # another folder: walkthrough 26
    assert refused.exit_code == 1 and "die persoon zou terugkomen" in refused.output, refused.output
    for rule in rules.iterdir():  # undone on purpose: the rule taken out of the folder the build used
        rule.unlink()
    undone = _run(runner, graph, "build", corpus, "--curated", rules)
    assert undone.exit_code == 0, undone.output
    assert _nq(graph) == _nq(graphs["plain"])


@pytest.mark.server
def test_push_after_the_removal_leaves_no_name_on_the_server(graphs, corpus, runner, tmp_path):
    from urllib.parse import quote
    from urllib.request import Request, urlopen

    from oxigraph_server import oxigraph_server

    graph = tmp_path / "kg"
    shutil.copytree(graphs["plain"], graph)
    ask = "ASK { ?s ?p ?o FILTER(CONTAINS(LCASE(STR(?o)), 'mulder')) }"
    with oxigraph_server("serve", tmp_path / "oxdata") as base:
        def holds_name() -> bool:
            request = Request(f"{base}/query?query={quote(ask)}", headers={"Accept": "application/sparql-results+json"})
            with urlopen(request, timeout=30) as answer:
                return json.load(answer)["boolean"]

        assert _run(runner, graph, "push", "--store-url", f"{base}/store").exit_code == 0
        assert holds_name()
        assert _run(runner, graph, "build", corpus, "--curated", graphs["rules"]).exit_code == 0
        pushed = _run(runner, graph, "push", "--store-url", f"{base}/store")
        assert pushed.exit_code == 0, pushed.output
        assert not holds_name()


# --------------------------------------------------------------------------- bad rules

@pytest.mark.parametrize("rule, message", [
    ("suppress:\n  - {entity: }\n", "avg.yaml:2: ontbrekend of leeg veld 'entity'"),
    ("suppress:\n  - {subject: person/kees-mulder}\n",
     "avg.yaml:2: ontbrekend of leeg veld 'predicate'; is het geen persoon of entiteit: {not_entity: "
     "person/kees-mulder}; een persoon op verzoek verwijderen (AVG): {entity: person/kees-mulder}"),
    ("suppress:\n  - {entity: person/kees-mulder, why: x}\n",
     "avg.yaml:2: een entiteit verwijderen kent alleen entity, reason, by en date, niet why"),
    ("suppress:\n  - {entity: persoon/kees-mulder}\n", "avg.yaml:2: 'persoon/kees-mulder' is geen entiteit"),
    ("suppress:\n  - {entity: kees mulders}\n", "avg.yaml:2: 'kees mulders' noemt geen entiteit van deze build"),
    ("suppress:\n  - {entity: document/verslag}\n", "avg.yaml:2: 'document/verslag': een document verwijdert u"),
])
def test_a_bad_rule_is_one_line_and_exit_2(corpus, runner, tmp_path, rule, message):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "avg.yaml").write_text(rule, encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", corpus, "--curated", tmp_path / "c")
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output, result.output
    assert not (tmp_path / "kg").exists()


def test_an_unknown_entity_is_a_warning_with_a_suggestion(corpus, runner, tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "avg.yaml").write_text("suppress:\n  - {entity: person/kees-mulders}\n", encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", corpus, "--curated", tmp_path / "c")
    assert result.exit_code == 0, result.output
    assert "avg.yaml:2: te verwijderen entiteit person/kees-mulders (bedoelt u person/kees-mulder, Kees Mulder?) " \
           "staat niet in de graaf; niets verwijderd" in result.output


# --------------------------------------------------------------------------- contact details (P3)

@pytest.mark.parametrize("text, masked", [
    ("mail kees.mulder@zwolle.nl nu", "mail [e-mailadres] nu"),
    ("Tel. 06-12345678.", "Tel. [telefoonnummer]."),
    ("bel 010 123 45 67 of 0570-123456", "bel [telefoonnummer] of [telefoonnummer]"),
    ("bel +31 6 12345678", "bel [telefoonnummer]"),
    ("bel +31 (0)20 123 4567", "bel [telefoonnummer]"),
    ("BSN 123456782.", "BSN [nummer]."),
    ("zaak 123456789, 2.500.000 euro, 1 januari 2024, 01-01-2024 01-02-2024",
     "zaak 123456789, 2.500.000 euro, 1 januari 2024, 01-01-2024 01-02-2024"),  # eleven-test fails; dates stay
])
def test_contact_details_are_masked(text, masked):
    assert mask_contacts(text) == masked


def test_eleven_test():
    assert eleven_test("123456782") and eleven_test("111222333") and not eleven_test("123456789")
    assert contact_spans("nummer 123456789") == []


def test_contact_details_are_masked_in_quotes_exports_and_the_document_page(graphs, runner):
    text = _nq(graphs["plain"])
    assert "@" not in text.replace("@nl", "").replace("@en", "") and "06-12345678" not in text
    assert "123456782" not in text and "010 123 45 67" not in text
    assert '"Secretariaat: Anouk Smit, [e-mailadres], [telefoonnummer]."' in text
    facts = _run(runner, graphs["plain"], "export", "--format", "facts").output
    assert "anouk.smit@" not in facts and "[e-mailadres]" in facts
    page = _run(runner, graphs["plain"], "serve", "--get", f"/document/{LETTER}.json")
    data = json.loads(page.output)
    assert "dossier [nummer], zaak 123456789, tel. [telefoonnummer], [e-mailadres]" in data["text"]
    assert "minbzk" not in page.output


def test_extraction_still_reads_the_email_domain(graphs):
    """Masking is after extraction: the e-mail domain still gives Pieter van Dam's ministry."""
    text = _nq(graphs["plain"])
    assert ("<https://w3id.org/g40kg/id/person/pieter-van-dam> <https://w3id.org/g40kg/def#affiliatedWith> "
            "<https://w3id.org/g40kg/id/ministry/mnre1034>") in text


# --------------------------------------------------------------------------- only the evidence (P2)

def test_no_document_text_shows_the_evidence_sentences_only(graphs, runner):
    page = _run(runner, graphs["plain"], "serve", "--no-document-text", "--get", f"/document/{MINUTES}")
    assert page.exit_code == 0, page.output
    assert '<blockquote lang="nl">Anouk Smit (Breda) en Kees Mulder werken samen in de themagroep Digitalisering.' \
           '</blockquote>' in page.output
    assert "ziekteverlof" not in page.output and 'class="document-text"' not in page.output
    assert "Alleen de zinnen waarop de feiten berusten worden gepubliceerd" in page.output
    twin = json.loads(_run(runner, graphs["plain"], "serve", "--no-document-text", "--get",
                           f"/document/{MINUTES}.json").output)
    assert "text" not in twin and twin["evidence_only"] is True and "ziekteverlof" not in json.dumps(twin)
    full = _run(runner, graphs["plain"], "serve", "--get", f"/document/{MINUTES}")
    assert "ziekteverlof" in full.output


def test_no_document_text_in_the_static_site(graphs, runner, tmp_path):
    result = _run(runner, graphs["plain"], "export", "--format", "site", "--no-document-text", "-o", tmp_path / "s")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "s" / "document" / f"{MINUTES}.html").read_text(encoding="utf-8")
    assert "ziekteverlof" not in page and "themagroep Digitalisering.</blockquote>" in page
    wrong = _run(runner, graphs["plain"], "export", "--format", "turtle", "--no-document-text")
    assert wrong.exit_code == 2 and "--no-document-text hoort bij --format site" in wrong.output


# --------------------------------------------------------------------------- access request (P5)

def test_entity_mentions_lists_every_mentioning_document(graphs, runner):
    result = _run(runner, graphs["plain"], "entity", "Kees Mulder", "--mentions", "--format", "json")
    assert result.exit_code == 0, result.output
    profile = json.loads(result.output)["rows"][0]
    assert [(d["documentId"], d["date"], d["mentions"], d["as_written"]) for d in profile["mentioned_in"]] == [
        (LETTER, "2025-01-20", 1, ["Kees Mulder"]), (MINUTES, "2025-03-12", 1, ["Kees Mulder"])]
    facts = [(relation, f["quote"], f["documentId"], f["start"]) for relation, rows in profile["relations"].items()
             for f in rows]
    assert ("contactFor", "Kees Mulder is contactpersoon voor de City Deal Voorbeeld.", LETTER, "2025-01-20") in facts
    markdown = _run(runner, graphs["plain"], "entity", "Kees Mulder", "--mentions", "--format", "markdown").output
    assert "Genoemd in 2 document(en):" in markdown
    assert (f"| {MINUTES} | Verslag themagroep Voorbeeldstad 12 maart 2025 | 2025-03-12 | 1 | Kees Mulder | "
            "Kees Mulder, wethouder van Zwolle, is voorzitter van de themagroep Digitalisering. / Anouk Smit (Breda) "
            "en Kees Mulder werken samen in de themagroep Digitalisering. / De heer Mulder is met ziekteverlof. |"
            ) in markdown  # the last sentence names him without a mention
    english = _run(runner, graphs["plain"], "entity", "Kees Mulder", "--mentions", lang="en").output
    assert "Mentioned in 2 document(s):" in english and "as written" in english


def test_entity_mentions_of_a_person_without_facts(graphs, runner):
    result = _run(runner, graphs["forgot"], "entity", "Anouk Smit", "--mentions", "--format", "json")
    assert [d["documentId"] for d in json.loads(result.output)["rows"][0]["mentioned_in"]] == [MINUTES]


# --------------------------------------------------------------------------- the forget helper

def test_forget_prints_the_rule_and_what_goes(graphs, runner):
    result = _run(runner, graphs["plain"], "forget", "Kees Mulder", "--reason", "AVG-verzoek 2026-12")
    assert result.exit_code == 0, result.output
    assert result.stdout == 'suppress:\n  - {entity: person/kees-mulder, reason: "AVG-verzoek 2026-12"}\n'
    assert ("Kees Mulder (person/kees-mulder) gaat bij de volgende build helemaal weg: 4 feit(en), vermeld in "
            "2 document(en).") in result.stderr


def test_forget_to_a_file_adds_the_rule_once_and_the_build_carries_it_out(graphs, corpus, runner, tmp_path):
    rules = tmp_path / "correcties"
    rules.mkdir()
    (rules / "avg.yaml").write_text("# verzoeken\nsuppress:\n  - [person/a, mentions, person/b]\n", encoding="utf-8")
    first = _run(runner, graphs["plain"], "forget", "Kees Mulder", "--to", rules / "avg.yaml")
    assert first.exit_code == 0 and "Regel toegevoegd aan" in first.stderr, first.output
    second = _run(runner, graphs["plain"], "forget", "Kees Mulder", "--to", rules / "avg.yaml")
    assert second.exit_code == 0 and "heeft deze regel al" in second.stderr
    assert (rules / "avg.yaml").read_text(encoding="utf-8") == \
        "# verzoeken\nsuppress:\n  - {entity: person/kees-mulder}\n  - [person/a, mentions, person/b]\n"
    built = _run(runner, tmp_path / "kg", "build", corpus, "--curated", rules)
    assert built.exit_code == 0, built.output
    assert "mulder" not in _nq(tmp_path / "kg").lower()


@pytest.mark.parametrize("args, message", [
    (["forget", "Jan Onbekend"], "Fout: onbekende naam 'Jan Onbekend'"),
    (["forget", "Kees Mulder", "--to", "regels.txt"], "regels.txt: kan hier geen regel toevoegen"),
])
def test_forget_errors_are_one_line_and_exit_2(graphs, runner, args, message):
    result = _run(runner, graphs["plain"], *args)
    assert result.exit_code == 2, result.output
    assert result.output.strip().count("\n") == 0 and message in result.output, result.output


def test_a_highlighted_quote_is_moved_to_the_masked_text(graphs, runner):
    text = DOCUMENTS[f"{MINUTES}.txt"]
    start = text.index("Secretariaat")
    end = text.index("78.", start) + 3
    page = _run(runner, graphs["plain"], "serve", "--get", f"/document/{MINUTES}?start={start}&end={end}").output
    assert '<mark class="hl" id="evidence">Secretariaat: Anouk Smit, [e-mailadres], [telefoonnummer].</mark>' in page


def test_a_document_added_after_the_rule_is_masked_as_in_a_full_build(graphs, runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / f"{LETTER}.txt").write_text(DOCUMENTS[f"{LETTER}.txt"], encoding="utf-8")
    assert _run(runner, tmp_path / "kg", "build", folder, "--curated", graphs["rules"]).exit_code == 0
    (folder / f"{MINUTES}.txt").write_text(DOCUMENTS[f"{MINUTES}.txt"], encoding="utf-8")
    added = _run(runner, tmp_path / "kg", "build", folder, "--curated", graphs["rules"])
    assert added.exit_code == 0 and f"Sinds de vorige bouw: 1 nieuw ({MINUTES})." in added.output, added.output
    assert _nq(tmp_path / "kg") == _nq(graphs["forgot"])
    masked = [d.get("masked") for d in json.loads((tmp_path / "kg" / "manifest.json").read_text())["documents"]]
    assert masked == [[[166, 177]], [[48, 59], [154, 165], [213, 227]]]


def test_a_title_naming_the_removed_person_is_masked_in_graph_and_manifest(graphs, runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "interview-wethouder-2025-04-01.txt").write_text(
        "Interview met Kees Mulder\n\nKees Mulder, wethouder van Zwolle, is voorzitter van de themagroep "
        "Digitalisering.\n", encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", tmp_path / "docs", "--curated", graphs["rules"])
    assert result.exit_code == 0, result.output
    assert "mulder" not in _nq(tmp_path / "kg").lower()
    assert '"Interview met [naam verwijderd]"' in _nq(tmp_path / "kg")
    manifest = (tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8")
    assert "mulder" not in manifest.lower() and "Interview met [naam verwijderd]" in manifest


def test_only_the_removed_persons_names_are_masked_beside_other_rules(corpus, runner, tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "avg.yaml").write_text(RULE + "entities:\n  person/anouk-smit: {type: Person, label: Anouk Smit, "
                                             "aliases: [A. Smit]}\n", encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", corpus, "--curated", tmp_path / "c")
    assert result.exit_code == 0, result.output
    text = _nq(tmp_path / "kg")
    assert '"Anouk Smit (Breda) en [naam verwijderd] werken samen in de themagroep Digitalisering."' in text
    assert "mulder" not in text.lower()


def test_the_manifest_keeps_no_absolute_source_path(graphs, runner):
    """Absolute paths name the user's folders (/home/<name>/…); the explorer still finds the text."""
    manifest = json.loads((graphs["plain"] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] and not [d["path"] for d in manifest["documents"] if d["path"].startswith("/")]
    page = json.loads(_run(runner, graphs["plain"], "serve", "--get", f"/document/{LETTER}.json").output)
    assert page["warning"] is None and page["text"].startswith("Brief aan de G40")
