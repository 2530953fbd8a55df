"""The build's warning about a document in English says what it loses and what to do (round 48i,
walkthrough 23 finding 15).

An English note gave names and no role ("… has been co-lead of the working group … since 1 May
2025"), while the warning only said the extraction "finds only part of the facts": it now says that
roles and relations in English are not recognised, only names, and points to a correction file.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents

_ENGLISH = ("Note of the meeting, 18 June 2025. The chair welcomed the city of Westerveen as new co-lead of the "
            "working group Circular Economy. Tessa Brouwer has been co-lead of the working group since 1 May 2025.")
_GERMAN = ("Protokoll der Sitzung vom 18. Juni 2025. Die Stadt Westerveen und der Verband haben eine Vereinbarung "
           "unterzeichnet und werden in den nächsten Jahren zusammenarbeiten, sagte die Vorsitzende der Gruppe.")
_DUTCH = "Wethouder Tessa Brouwer van Westerveen is voorzitter van de G40-pijler Fysiek en werkt samen met de steden."


@pytest.mark.parametrize("lang, expected", [
    ("nl", "1 document lijkt niet Nederlandstalig: note (Engels); rollen en relaties in het Engels worden niet "
           "herkend, alleen namen: zet ze zelf in een correctiebestand (g40kg build … --curated MAP; zie "
           "data/curated/README.md)"),
    ("en", "1 document does not look Dutch: note (English); roles and relations in English are not recognised, only "
           "names: put them in a correction file yourself (g40kg build … --curated FOLDER; see "
           "data/curated/README.md)"),
])
def test_the_warning_says_roles_in_english_are_not_recognised_and_names_the_correction_file(runner, tmp_path, lang,
                                                                                           expected):
    docs = dated_documents(tmp_path, {"note": (_ENGLISH, "2025-06-18"), "verslag": (_DUTCH, "2025-06-18")})
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "build", str(docs),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    warnings = [w for w in json.loads(result.stdout)["warnings"] if w["code"] == "not_dutch"]
    assert [w["message"] for w in warnings] == [expected], warnings


def test_an_english_and_a_german_document_are_named_in_one_warning_for_other_languages(runner, tmp_path):
    docs = dated_documents(tmp_path, {"note": (_ENGLISH, "2025-06-18"), "protokoll": (_GERMAN, "2025-06-18"),
                                      "verslag": (_DUTCH, "2025-06-18")})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    messages = [w["message"] for w in json.loads(result.stdout)["warnings"] if w["code"] == "not_dutch"]
    assert messages == ["2 documenten lijken niet Nederlandstalig: note (Engels), protokoll (andere taal); rollen en "
                        "relaties in een andere taal dan het Nederlands worden niet herkend, alleen namen: zet ze zelf "
                        "in een correctiebestand (g40kg build … --curated MAP; zie data/curated/README.md)"], messages
