"""Rights of data subjects (AVG art. 15-17): a removal masks the bare surname in the documents that
name the person, warns about ids that spell the name, and an access request lists every sentence.
Small fixture documents with fictional people (round 40r, walkthrough 15)."""

from __future__ import annotations

import json
import re

import pytest

from graph.cli import cli

INTERVIEW = "interview-2025-05-01-kees-mulder"
OTHER = "nieuws-2025-06-01-breda"
DOCUMENTS = {
    f"{INTERVIEW}.txt": """Interview met een wethouder, 1 mei 2025

Kees Mulder is wethouder van Zwolle.

Mulder werkt samen met het ministerie van Binnenlandse Zaken en Koninkrijksrelaties aan de City Deal Voorbeeld.

Mulder vertelt dat zijn dochter astma heeft.
""",
    f"{OTHER}.txt": """Nieuws uit Breda, 1 juni 2025

Wethouder Jan Mulder van Breda opende de Datadag. Mulder sprak over open data.
""",
}
RULE = "suppress:\n  - {entity: person/kees-mulder}\n"


def _run(runner, graph, *args, lang="nl"):
    return runner.invoke(cli, ["--graph", str(graph), "--lang", lang, *map(str, args)])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """{"corpus", "plain", "forgot", "rules"}: the corpus, a build without and one with the removal rule."""
    from click.testing import CliRunner

    root = tmp_path_factory.mktemp("rights")
    corpus, rules, empty = root / "docs", root / "correcties", root / "leeg"
    for folder in (corpus, rules, empty):
        folder.mkdir()
    for name, text in DOCUMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (rules / "avg.yaml").write_text(RULE, encoding="utf-8")
    runner = CliRunner()
    out = {"corpus": corpus, "rules": rules, "root": root}
    for name, folder in (("plain", empty), ("forgot", rules)):
        result = _run(runner, root / name, "build", corpus, "--curated", folder)
        assert result.exit_code == 0, result.output
        out[name] = root / name
    return out


def _quotes(graph) -> list[str]:
    return sorted(set(re.findall(r'#quote> "(.*?)"', (graph / "graph.nq").read_text(encoding="utf-8"))))


# --------------------------------------------------------------------------- finding 5: the bare surname

def test_the_plain_graph_quotes_the_surname_sentence(built):
    assert ("Mulder werkt samen met het ministerie van Binnenlandse Zaken en Koninkrijksrelaties aan de City Deal "
            "Voorbeeld.") in _quotes(built["plain"])


def test_removal_masks_the_bare_surname_in_the_documents_that_name_the_person(built):
    quotes = _quotes(built["forgot"])
    assert ("[naam verwijderd] werkt samen met het ministerie van Binnenlandse Zaken en Koninkrijksrelaties aan de "
            "City Deal Voorbeeld.") in quotes, quotes
    assert not [q for q in quotes if "Kees" in q or q.startswith("Mulder werkt")]
    # another document, which does not name the removed person: its Mulder is someone else
    assert any("Jan Mulder" in q for q in quotes), quotes
    manifest = json.loads((built["forgot"] / "manifest.json").read_text(encoding="utf-8"))
    masked = {d["id"]: d.get("masked") for d in manifest["documents"]}
    text = DOCUMENTS[f"{INTERVIEW}.txt"]
    assert [text[a:b] for a, b in masked[INTERVIEW]] == ["Kees Mulder", "Mulder", "Mulder"]
    assert masked[OTHER] is None


def test_the_explorer_masks_the_surname_sentences(built, runner):
    page = _run(runner, built["forgot"], "serve", "--get", f"/document/{INTERVIEW}").output
    assert "[naam verwijderd] vertelt dat zijn dochter astma heeft." in page
    assert "Mulder" not in page.split("<main", 1)[1]


def test_forget_lists_the_surname_sentences_and_the_ids_that_spell_the_name(built, runner):
    result = _run(runner, built["plain"], "forget", "Kees Mulder")
    assert result.exit_code == 0, result.output
    assert ("Ook de achternaam alleen (Mulder) wordt gemaskeerd in de documenten die de persoon noemen: 2 zin(nen):\n"
            f"  {INTERVIEW}: Mulder werkt samen met het ministerie van Binnenlandse Zaken en Koninkrijksrelaties "
            "aan de City Deal Voorbeeld.\n"
            f"  {INTERVIEW}: Mulder vertelt dat zijn dochter astma heeft.\n") in result.stderr
    assert (f"Let op: de naam staat in de id (bestandsnaam) van 1 document(en): {INTERVIEW}. ") in result.stderr
    assert "interview-2025-05-01.txt" in result.stderr  # the suggested new file name
    english = _run(runner, built["plain"], "forget", "Kees Mulder", lang="en")
    assert "The surname alone (Mulder) is masked too" in english.stderr


# --------------------------------------------------------------------------- finding 6: ids

def test_search_does_not_find_a_removed_name_in_a_document_id(built, runner):
    plain = json.loads(_run(runner, built["plain"], "serve", "--get", "/search.json?q=kees-mulder").output)
    assert [r["matched"] for r in plain["results"]] == [INTERVIEW]
    forgot = json.loads(_run(runner, built["forgot"], "serve", "--get", "/search.json?q=kees-mulder").output)
    assert forgot["results"] == []
    by_title = json.loads(_run(runner, built["forgot"], "serve", "--get", "/search.json?q=interview").output)
    assert [r["label"] for r in by_title["results"]] == ["Interview met een wethouder, 1 mei 2025"]


def test_a_rename_keeps_the_document_and_forgets_the_old_id(built, runner, tmp_path):
    import shutil

    corpus = tmp_path / "docs"
    shutil.copytree(built["corpus"], corpus)
    assert _run(runner, tmp_path / "kg", "build", corpus, "--curated", built["rules"]).exit_code == 0
    (corpus / f"{INTERVIEW}.txt").rename(corpus / "interview-2025-05-01.txt")
    result = _run(runner, tmp_path / "kg", "build", corpus, "--curated", built["rules"])
    assert result.exit_code == 0, result.output
    manifest = (tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8")
    assert "mulder" not in manifest.lower().replace("jan mulder", "").replace("jan-mulder", ""), manifest
    assert '"interview-2025-05-01"' in manifest
    assert "kees-mulder" not in result.output  # the summary's rename line does not repeat the old id
    assert "[naam verwijderd] → interview-2025-05-01" in result.output, result.output


# --------------------------------------------------------------------------- finding 7: access request

def test_mentions_list_the_surname_sentences_and_the_quotes_of_own_facts(built, runner):
    result = _run(runner, built["plain"], "entity", "Kees Mulder", "--mentions", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = {d["documentId"]: d["sentences"] for d in json.loads(result.output)["rows"][0]["mentioned_in"]}
    assert listed == {INTERVIEW: [
        "Kees Mulder is wethouder van Zwolle.",
        "Mulder werkt samen met het ministerie van Binnenlandse Zaken en Koninkrijksrelaties aan de City Deal Voorbeeld.",
        "Mulder vertelt dat zijn dochter astma heeft."]}, listed  # not the Breda news: its Mulder is Jan


def test_mentions_in_markdown_start_with_a_header_to_hand_over(built, runner):
    result = _run(runner, built["plain"], "entity", "Kees Mulder", "--mentions", "--format", "markdown")
    assert result.output.startswith("# Inzage: Kees Mulder\n\nOpgesteld op "), result.output
    assert f"uit de graaf {built['plain']} (gebouwd " in result.output and ", 2 documenten)." in result.output


def test_search_texts_answers_for_a_name_that_is_no_entity(built, runner):
    result = _run(runner, built["forgot"], "entity", "Kees Mulder", "--mentions", "--search-texts", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    assert [(r["documentId"], r["sentences"]) for r in rows] == [(INTERVIEW, (
        "Kees Mulder is wethouder van Zwolle. / Mulder werkt samen met het ministerie van Binnenlandse Zaken en "
        "Koninkrijksrelaties aan de City Deal Voorbeeld. / Mulder vertelt dat zijn dochter astma heeft."))]
    table = _run(runner, built["forgot"], "entity", "Kees Mulder", "--mentions", "--search-texts")
    assert "Geen entiteit 'Kees Mulder' in de graaf; de naam staat in de brontekst van 1 document(en):" in table.output
    unknown = _run(runner, built["forgot"], "entity", "Kees Mulder", "--mentions")
    assert unknown.exit_code == 2 and "onbekende naam 'Kees Mulder'" in unknown.output
    alone = _run(runner, built["forgot"], "entity", "Kees Mulder", "--search-texts")
    assert alone.exit_code == 2 and "--search-texts hoort bij --mentions." in alone.output


# --------------------------------------------------------------------------- finding 8: a fresh graph

def test_a_build_warns_about_a_corrections_folder_with_the_documents_that_it_does_not_use(built, runner, tmp_path):
    fresh = _run(runner, tmp_path / "nieuw", "build", built["corpus"])
    assert fresh.exit_code == 0, fresh.output
    assert "ligt bij de documenten, maar deze bouw gebruikt die correcties niet (1 verwijderregel(s)); een " \
           "verwijdering op verzoek (AVG art. 17) geldt alleen met --curated " in fresh.stderr, fresh.stderr
    assert "correcties" in fresh.stderr.splitlines()[0]
    used = _run(runner, tmp_path / "met", "build", built["corpus"], "--curated", built["rules"])
    assert used.exit_code == 0 and "Let op" not in used.stderr, used.stderr
    english = _run(runner, tmp_path / "en", "build", built["corpus"], lang="en")
    assert "does not use those corrections (1 removal rule(s))" in english.stderr


# --------------------------------------------------------------------------- finding 9: a record of removals

def test_curation_and_the_manifest_list_a_carried_out_removal_without_the_name(built, runner):
    manifest = json.loads((built["forgot"] / "manifest.json").read_text(encoding="utf-8"))
    source = f"{built['rules'] / 'avg.yaml'}:2"
    assert manifest["curation"] == [{"kind": "erase", "source": source, "reason": None, "rule": "[naam verwijderd]",
                                     "facts": 3, "entities": 1, "stale": None}], manifest["curation"]
    listed = _run(runner, built["forgot"], "curation", "--format", "json")
    assert [(r["ruleKind"], r["ruleSource"], r["rule"], r["facts"], r["status"])
            for r in json.loads(listed.output)["rows"]] == [("erase", source, "[naam verwijderd]", 3, "actief")]
    table = _run(runner, built["forgot"], "curation", lang="en").output
    assert "1 active, 0 without effect" in table and "remove (GDPR)" in table and "[name removed]" in table, table


# --------------------------------------------------------------------------- finding 10: rectification

def test_a_private_reason_of_a_fact_suppression_stays_out_of_graph_and_pages(built, runner, tmp_path):
    rules = tmp_path / "c"
    rules.mkdir()
    (rules / "rectificatie.yaml").write_text(
        "suppress:\n"
        "  - {subject: person/kees-mulder, predicate: hasRole, object: municipality/gm0193, role: wethouder,\n"
        "     reason: \"AVG art. 16, verzoek 2026-04\", private: true}\n"
        "  - {subject: person/kees-mulder, predicate: participatesIn, object: programme/city-deal-voorbeeld,\n"
        "     reason: \"typefout in de bron\"}\n", encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", built["corpus"], "--curated", rules)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "kg" / "graph.nq").read_text(encoding="utf-8")
    assert "AVG art. 16" not in text and '"typefout in de bron"' in text
    page = _run(runner, tmp_path / "kg", "entity", "Kees Mulder").output
    assert "AVG art. 16" not in page and "typefout in de bron" in page, page
    assert "rectificatie.yaml:2" in page  # the rule itself is shown, as curated
    listed = _run(runner, tmp_path / "kg", "curation", "--format", "json").output
    assert [r["facts"] for r in json.loads(listed)["rows"]] == [1, 1], listed


# --------------------------------------------------------------------------- finding 20: the file table

def _documented_files() -> list[str]:
    """The file entries of the README's AVG table (`…` in its first column), ~ and $XDG_* as written."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Persoonsgegevens (AVG)", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return [entry for row in rows for entry in re.findall(r"`([^`]+)`", row)]


def _is_documented(path: str, entries: list[str]) -> bool:
    from fnmatch import fnmatch

    return any(fnmatch(path, entry) or (entry.endswith("/") and path.startswith(entry)) for entry in entries)


def test_every_file_a_build_writes_is_in_the_readme_privacy_table(built, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg-cache"), XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
               PYTHONPATH=os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(root)])))
    for args in (["build", str(built["corpus"])], ["build", str(built["corpus"])], ["serve", "--get", "/search.json?q=a"]):
        done = subprocess.run([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(tmp_path / "kg"),
                               *args], env=env, cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    written = [p.relative_to(tmp_path / "kg").as_posix() for p in (tmp_path / "kg").rglob("*") if p.is_file()]
    written += ["~/.cache/" + p.relative_to(tmp_path / "xdg-cache").as_posix()
                for p in (tmp_path / "xdg-cache").rglob("*") if p.is_file()]
    written += ["~/.config/" + p.relative_to(tmp_path / "xdg-config").as_posix()
                for p in (tmp_path / "xdg-config").rglob("*") if p.is_file()]
    entries = _documented_files()
    assert {"graph.nq", "manifest.json", "cache/corpus.pickle", "derived/"} <= set(entries), entries
    assert any(p.startswith("cache/extract/") for p in written) and any(p.startswith("~/.cache/") for p in written)
    assert [p for p in written if not _is_documented(p, entries)] == [], entries


# --------------------------------------------------------------------------- finding 19: docs/privacy.md

def test_the_dutch_privacy_page_is_linked_and_names_real_commands_and_options():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    page = (root / "docs" / "privacy.md").read_text(encoding="utf-8")
    assert "](docs/privacy.md)" in (root / "README.md").read_text(encoding="utf-8")
    for heading in ("## 1. Verwerking in het kort", "grondslag (art. 6)", "Bijzondere en strafrechtelijke",
                    "## 4. Ontvangers", "### Inzage (art. 15)", "### Rectificatie (art. 16)",
                    "### Verwijdering (art. 17)", "## 6. DPIA"):
        assert heading in page, heading
    used = set(re.findall(r"`g40kg ([a-z]+)", page))
    assert used and used <= set(cli.commands), used - set(cli.commands)
    for option in set(re.findall(r"(?<![-\w])(--[a-z][a-z-]*)", page)):
        assert option in (root / "docs" / "cli.md").read_text(encoding="utf-8"), option


# --------------------------------------------------------------------------- round 41t: private in Turtle

KEES = "<https://w3id.org/g40kg/id/person/kees-mulder>"
TURTLE = ("@prefix g40: <https://w3id.org/g40kg/def#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n"
          f"{KEES} g40:participatesIn <https://w3id.org/g40kg/id/programme/city-deal-voorbeeld> .\n")


def test_a_turtle_rule_publishes_no_reason_and_refuses_one(built, runner, tmp_path):
    """Turtle has no reason (so nothing for ``private`` to keep out): its rule node has no
    rdfs:comment, and a reason written as a triple is refused with where to write it instead."""
    from graph.curation_files import load_curation
    from graph.curation_records import CurationError

    rules = tmp_path / "c"
    rules.mkdir()
    (rules / "feit.ttl").write_text(TURTLE, encoding="utf-8")
    result = _run(runner, tmp_path / "kg", "build", built["corpus"], "--curated", rules)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "kg" / "graph.nq").read_text(encoding="utf-8")
    curated = [line for line in text.splitlines() if "feit-ttl" in line.split(" ", 1)[0]]
    assert '"feit.ttl:4"' in "".join(curated) and not [line for line in curated if "rdf-schema#comment" in line]
    (rules / "feit.ttl").write_text(TURTLE + f'{KEES} rdfs:comment "AVG art. 16, verzoek" .\n',
                                    encoding="utf-8")
    with pytest.raises(CurationError) as raised:
        load_curation(rules)
    assert str(raised.value).endswith("hasRole, onderdrukken en een reden (reason, private: true) alleen in YAML")
    assert str(raised.value).startswith(f"{rules / 'feit.ttl'}:4: triple <https://w3id.org/g40kg/id/person/kees-mulder>")
