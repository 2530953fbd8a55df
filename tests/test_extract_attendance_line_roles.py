"""The body that closes an attendance line: "- X, directeur Wonen, ministerie van Y" holds the role at
the ministry the line names, not at the unit whose minutes list X (walkthrough 19, finding 29).
"""

from __future__ import annotations

MINUTES = """# Verslag overleg G40 Pijler Sociaal

Datum: 4 maart 2025
Verslag: Mirjam Bos (secretaris Pijler Sociaal, G40-bureau)

## Aanwezig
- Lotte Vermaas, wethouder gemeente Ede (voorzitter)
- Sven Dijkhuis, directeur Arbeidsmarkt, ministerie van Sociale Zaken en Werkgelegenheid
- Kees Wit, directeur Participatie, VNG
- Mirjam Bos, secretaris Pijler Sociaal

## 1. Opening
De voorzitter opent de vergadering.
"""


def test_the_line_s_employer_holds_the_role(tmp_path):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    from graph.ingest import read_document

    path = tmp_path / "verslag-2025-03-04.md"
    path.write_text(MINUTES, encoding="utf-8")
    doc = read_document(path)
    roles = {(r.subject.text, r.role, r.object.label) for r in
             extract(doc.id, doc.text, gazetteer=load_gazetteer(), date=doc.date).relations if r.predicate == "hasRole"}
    assert ("Sven Dijkhuis", "directeur", "Sociale Zaken en Werkgelegenheid") in roles, roles
    assert ("Kees Wit", "directeur", "VNG") in roles, roles
    assert not any(person in ("Sven Dijkhuis", "Kees Wit") and body == "Pijler Sociaal" for person, _, body in roles), roles
    assert ("Mirjam Bos", "secretaris", "Pijler Sociaal") in roles, roles
