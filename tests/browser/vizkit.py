"""A small dataset in the shape of ``docs/architecture.md`` (with an XSS probe) and a Chromium session.

The names are invented for the tests (no facts about the seed documents). Labels, quotes and
titles carry the XSS probe: markup, ``<script>``, quotes and ``href``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from graph.store import new_dataset
from graph.vocab import G40, G40G, mint

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
OUTPUT = Path(__file__).resolve().parents[1] / "output"

PROBE = "<img src=x onerror=alert(1)>"
SCRIPT_PROBE = "<script>alert(2)</script>"
HREF_PROBE = '<a href="javascript:alert(3)">klik</a>'

ENTITIES = [
    # kind, key, class, label
    ("municipality", "gm9001", "Municipality", "Noordstad"),
    ("municipality", "gm9002", "Municipality", "Zuidwaard"),
    ("ministry", "mnre9001", "Ministry", "MinA"),
    ("ministry", "mnre9002", "Ministry", "MinB"),
    ("person", "probe", "Person", f"Piet {PROBE}"),
    ("person", "anna-de-vries", "Person", "Anna de Vries"),
    ("unit", "themagroep-werk", "OrganisationalUnit", 'Themagroep "Werk" & Inkomen'),
    ("programme", "city-deal-proef", "Programme", "City Deal Proef"),
    ("organisation", "stedennet", "Organisation", "Stedennet"),
]
G40_MEMBERS = ["gm9001"]

DOCS = [
    ("doc-a", f"Jaarverslag {HREF_PROBE}", "2021-12-31"),
    ("doc-b", "Nieuwsbericht netwerkdag", "2022-10-06"),
]

# subject key, predicate, object key, document, quote, date
FACTS = [
    ("gm9001", "collaboratesWith", "mnre9001", "doc-a", f"Noordstad werkt samen met MinA {SCRIPT_PROBE}", "2021-12-31"),
    ("gm9001", "collaboratesWith", "mnre9001", "doc-b", 'Noordstad en MinA: "samen" verder', "2022-10-06"),
    ("gm9001", "participatesIn", "city-deal-proef", "doc-a", "Noordstad doet mee aan de City Deal Proef", "2021-12-31"),
    ("gm9002", "participatesIn", "city-deal-proef", "doc-b", "Zuidwaard sluit aan bij de City Deal Proef", "2022-10-06"),
    ("mnre9002", "participatesIn", "city-deal-proef", "doc-a", f"MinB financiert de City Deal Proef {PROBE}", "2021-12-31"),
    ("probe", "hasRole", "themagroep-werk", "doc-a", f"Piet {PROBE} is trekker van de themagroep", "2021-12-31"),
    ("anna-de-vries", "hasRole", "themagroep-werk", "doc-b", "Anna de Vries is voorzitter", "2022-10-06"),
    ("themagroep-werk", "partOf", "stedennet", "doc-a", "De themagroep valt onder Stedennet", "2021-12-31"),
    ("stedennet", "collaboratesWith", "mnre9002", "doc-b", "Stedennet werkt met MinB", "2022-10-06"),
]


def _iri(key: str) -> URIRef:
    for kind, k, _cls, _label in ENTITIES:
        if k == key:
            return mint(kind, key)
    raise KeyError(key)


def small_dataset():
    """An rdflib Dataset (default graph = union) with entities, documents and evidence nodes."""
    ds = new_dataset("rdflib")
    ref = ds.graph(G40G["reference"])
    for kind, key, cls, label in ENTITIES:
        iri = mint(kind, key)
        ref.add((iri, RDF.type, G40[cls]))
        ref.add((iri, SKOS.prefLabel, Literal(label)))
        ref.add((iri, RDFS.label, Literal(label)))
        if key in G40_MEMBERS:
            ref.add((iri, G40.g40Member, Literal(True)))
    for doc_id, title, date in DOCS:
        g = ds.graph(G40G["document/" + doc_id])
        doc = mint("document", doc_id)
        g.add((doc, RDF.type, G40.Document))
        g.add((doc, DCTERMS.identifier, Literal(doc_id)))
        g.add((doc, DCTERMS.title, Literal(title)))
        g.add((doc, DCTERMS.date, Literal(date, datatype=XSD.date)))
    for n, (s, p, o, doc_id, quote, date) in enumerate(FACTS):
        g = ds.graph(G40G["document/" + doc_id])
        ev = mint("evidence", f"{doc_id}/{n}")
        g.add((_iri(s), G40[p], _iri(o)))
        g.add((ev, RDF.type, G40.Evidence))
        g.add((ev, RDF.type, RDF.Statement))
        g.add((ev, RDF.subject, _iri(s)))
        g.add((ev, RDF.predicate, G40[p]))
        g.add((ev, RDF.object, _iri(o)))
        g.add((ev, G40.quote, Literal(quote)))
        g.add((ev, G40.startOffset, Literal(n * 10)))
        g.add((ev, PROV.wasDerivedFrom, mint("document", doc_id)))
        g.add((ev, DCTERMS.date, Literal(date, datatype=XSD.date)))
        g.add((ev, G40.confidence, Literal(0.9)))
        if p == "hasRole":
            g.add((ev, G40.roleLabel, Literal("trekker")))
    return ds


def iri_of(key: str) -> str:
    return str(_iri(key))


@pytest.fixture(scope="session")
def chromium_browser():
    """One headless Chromium for the whole session (skips the test when Chromium is missing)."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("no /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class PageRecord:
    """A page opened from ``file://`` with every request, console message, error and dialog recorded."""

    def __init__(self, browser, path: Path, viewport=(1400, 900)):
        self.requests, self.console, self.errors, self.dialogs = [], [], [], []
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.url = Path(path).resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=15000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def screenshot(self, name: str) -> Path:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        path = OUTPUT / name
        self.page.screenshot(path=str(path))
        return path

    def close(self):
        self.context.close()


def ring_of_hubs(hubs: int, leaves: int, hub: tuple[str, str], leaf: tuple[str, str], leaf_id: str = "p"):
    """A network page's graph: ``hubs`` hubs (``h0``…, label ``hub[0].format(hub=…)``, type ``hub[1]``) in a
    ring (``collaboratesWith``, weight 2), each with ``leaves`` members (``{leaf_id}{hub}-{leaf}``, labelled and
    typed by ``leaf``, ``hasRole``, weight 1).

    >>> g = ring_of_hubs(2, 1, ("Stad {hub}", "Municipality"), ("Lid {hub}-{leaf}", "Person"))
    >>> sorted(g.nodes(data="label")), g.number_of_edges()
    ([('h0', 'Stad 0'), ('h1', 'Stad 1'), ('p0-0', 'Lid 0-0'), ('p1-0', 'Lid 1-0')], 3)
    """
    import networkx as nx

    graph = nx.Graph()
    for h in range(hubs):
        graph.add_node(f"h{h}", label=hub[0].format(hub=h), type=hub[1])
        for n in range(leaves):
            graph.add_node(f"{leaf_id}{h}-{n}", label=leaf[0].format(hub=h, leaf=n), type=leaf[1])
            graph.add_edge(f"h{h}", f"{leaf_id}{h}-{n}", relation="hasRole", weight=1)
        graph.add_edge(f"h{h}", f"h{(h + 1) % hubs}", relation="collaboratesWith", weight=2)
    return graph
