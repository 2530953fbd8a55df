"""What ``--no-document-text`` still showed (walkthrough 15, finding 13): the evidence sentences
carried a spaced phone number, an "(at)" address, a home address and "ziek)"; and the full-text
site export now says that it publishes whole texts."""

from __future__ import annotations

from graph.cli import cli

MINUTES = ("Verslag overleg Pijler Sociaal\n3 juni 2025\n\n"
           "Afwezig met kennisgeving: Anna Smit (Breda; ziek)\n\n"
           "Wethouder Kees Mulder van Zwolle is voorzitter van de Pijler Sociaal.\n\n"
           "Contact: Kees Mulder, telefoon 0570 - 69 39 11, e-mail k.mulder(at)zwolle.nl\n\n"
           "Het adres van wethouder Mulder, Dorpsstraat 3, 8011 AA Zwolle, werd per abuis gedeeld.\n")


def test_evidence_only_pages_mask_contacts_addresses_and_special_data(runner, tmp_path):
    docs, graph, site = tmp_path / "docs", tmp_path / "kg", tmp_path / "site"
    docs.mkdir()
    (docs / "verslag.txt").write_text(MINUTES, encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(docs)]).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "site", "--no-document-text",
                                 "-o", str(site)])
    assert result.exit_code == 0, result.output
    assert "--no-document-text (alleen de bewijszinnen)" not in result.stderr  # the notice is for full texts
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    for shown in ("69 39 11", "(at)", "Dorpsstraat 3", "ziek)"):
        assert shown not in pages, shown
    document = (site / "document" / "verslag.html").read_text(encoding="utf-8")
    assert "(Breda; [bijzonder persoonsgegeven])" in document, document
    full = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "site", "-o", str(tmp_path / "vol")])
    assert full.exit_code == 0 and "voor een publicatie buiten de organisatie: --no-document-text" in full.stderr


def test_viz_no_quotes_leaves_every_quote_out_of_the_page(runner, tmp_path):
    """Finding 14: a network page to share holds the structure, no quote text."""
    docs, graph = tmp_path / "docs", tmp_path / "kg"
    docs.mkdir()
    (docs / "verslag.txt").write_text(MINUTES, encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(docs)]).exit_code == 0
    with_quotes, without = tmp_path / "n.html", tmp_path / "delen.html"
    assert runner.invoke(cli, ["--graph", str(graph), "viz", "-o", str(with_quotes)]).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(graph), "viz", "--no-quotes", "-o", str(without)])
    assert result.exit_code == 0, result.output
    full, shared = with_quotes.read_text(encoding="utf-8"), without.read_text(encoding="utf-8")
    assert '"q":' in full and "is voorzitter van de Pijler Sociaal" in full
    assert '"q":' not in shared and "is voorzitter van de Pijler Sociaal" not in shared and "ziek" not in shared
    assert "Kees Mulder" in shared and "Verslag overleg Pijler Sociaal" in shared  # nodes and document titles stay
    assert "g40kg viz --no-quotes" in shared  # the footer's command line


def test_the_graph_keeps_the_sentence_as_written_the_evidence_only_site_masks_it(runner, tmp_path):
    """By design (round 41t, docs/privacy.md): the graph is the working copy, its quote verbatim
    (the officer judges, rectifies and answers access requests from it); a publication with
    ``--no-document-text`` masks the words of special categories."""
    import json

    docs, graph, site = tmp_path / "docs", tmp_path / "kg", tmp_path / "site"
    docs.mkdir()
    (docs / "verslag.txt").write_text(MINUTES, encoding="utf-8")
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(docs)]).exit_code == 0
    assert "(Breda; ziek)" in (graph / "graph.nq").read_text(encoding="utf-8")
    facts = runner.invoke(cli, ["--graph", str(graph), "export", "--format", "facts"]).output
    anna = [json.loads(line)["evidence"] for line in facts.splitlines() if '"Anna Smit"' in line]
    assert "Afwezig met kennisgeving: Anna Smit (Breda; ziek)" in anna, anna
    assert runner.invoke(cli, ["--graph", str(graph), "export", "--format", "site", "--no-document-text",
                               "-o", str(site)]).exit_code == 0
    assert "ziek" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
