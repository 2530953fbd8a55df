"""Walkthrough 32 (round 56w): a municipal information-security officer reviews g40kg before approval
(BIO): what it reads, writes, listens on and sends, and how it behaves with hostile or broken input.
Small invented fixtures; the reviewer's own material stays outside the repository."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from tests.collector import full_collection
from tests.documents import pdf_bytes
from tests.fixture_graph import small_dataset, small_graph_dir


def _pinned_copies(graph: Path) -> list[str]:
    return sorted(p.name for p in graph.parent.glob(f".{graph.name}.{os.getpid()}.*.pinned.tmp"))


# finding 5: a server kept every graph it had served on disk (also a person removed by forget)


def test_a_served_graph_leaves_no_private_copy_once_a_new_build_replaced_it(tmp_path):
    """The copy goes without waiting for Python's own collector (off here: a quiet server may not run
    a full collection for hours, and an rdflib Dataset is only freed by one)."""
    import time

    from graph.serve import LiveGraph, ServeConfig, asgi_get, create_app
    from graph.store import save_dataset

    graph = small_graph_dir(tmp_path)
    app = create_app(LiveGraph.open(graph, "oxigraph", interval=0), ServeConfig(query_processes=0))
    for path in ("/", "/entity/ministry/mnre1045", "/documents"):  # pages that read the ministries' names
        assert asgi_get(app, path)[0] == 200, path
    first = _pinned_copies(graph)
    assert len(first) == 1, first
    gc.disable()
    try:
        save_dataset(small_dataset("rdflib"), graph, {"documents": [{"id": "doc-a"}]})  # the next build
        assert asgi_get(app, "/")[0] == 200
        for _ in range(600):  # the retiring thread's first collections come after 0.5 and 1.5 s
            if first[0] not in _pinned_copies(graph):
                break
            time.sleep(0.1)
        now = _pinned_copies(graph)
    finally:
        gc.enable()
    assert len(now) == 1 and now != first, (first, now)


def test_a_dataset_whose_ministries_were_asked_is_not_kept_by_the_cache(tmp_path):
    from graph.store import open_dataset
    from graph.timefilter import ministry_periods

    graph = small_graph_dir(tmp_path)
    dataset = open_dataset(graph, pinned=True)
    ministry_periods(dataset)
    assert len(_pinned_copies(graph)) == 1
    del dataset
    full_collection()  # not gc.collect(): a no-op while another thread (an earlier test's retiring one) collects
    assert _pinned_copies(graph) == []


# finding 1: a PDF whose stream inflates past pypdf's limit stopped the whole build with a traceback


def _inflating_pdf(path: Path, megabytes: int = 80) -> Path:
    """A one-page PDF (a few hundred KB) whose content stream inflates to ``megabytes`` MB: past
    pypdf's limit of 75 MB, so pypdf raises LimitReachedError."""
    import zlib

    packer = zlib.compressobj(9)
    data = packer.compress(b"BT /F1 12 Tf 72 720 Td (Jan Jansen is voorzitter van de Themagroep Wonen.) Tj ET\n")
    data += b"".join(packer.compress(b" " * (1 << 20)) for _ in range(megabytes)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    path.write_bytes(pdf_bytes(objects))
    return path


def test_a_pdf_that_inflates_past_the_reader_s_limit_is_skipped_and_the_rest_built(tmp_path, runner):
    from graph.cli import cli

    corpus = tmp_path / "inbox"
    corpus.mkdir()
    (corpus / "nieuws-2025-03-01.txt").write_text("Utrecht, 1 maart 2025\n\nAnke Bos is voorzitter van de "
                                                 "Themagroep Wonen.\n", encoding="utf-8")
    _inflating_pdf(corpus / "bom-2025-03-02.pdf")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "LimitReachedError" not in result.output, result.output
    assert f"{corpus / 'bom-2025-03-02.pdf'}: overgeslagen, onleesbare PDF" in result.stderr, result.stderr
    assert "1 document" in result.stdout, result.stdout


# finding 2: a .docx zip bomb took 4.3 GB of memory before it was refused


def _docx_bomb(path: Path, megabytes: int) -> Path:
    """A .docx whose ``word/document.xml`` unpacks to ``megabytes`` MB of spaces (a few KB per MB packed)."""
    import io
    import zipfile

    import docx

    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Anke Bos is voorzitter van de Themagroep Wonen.")
    document.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                info = zipfile.ZipInfo(member.filename)
                info.compress_type = zipfile.ZIP_DEFLATED
                with bomb.open(info, "w", force_zip64=True) as out:
                    out.write(head + b"<w:body>")
                    for _ in range(megabytes):
                        out.write(b" " * 1_000_000)
                    out.write(tail)
            else:
                bomb.writestr(member, data)
    return path


def test_a_docx_that_unpacks_past_the_limit_is_refused_by_its_declared_size(tmp_path, monkeypatch):
    import zipfile

    from graph.errors import InputError
    from graph.ingest import read_document
    from graph.messages import set_language

    bomb = _docx_bomb(tmp_path / "bom.docx", 120)
    assert bomb.stat().st_size < 1_000_000
    with zipfile.ZipFile(bomb) as package:  # 120 MB of spaces and the package's other XML
        size = round(sum(member.file_size for member in package.infolist()) / 1_000_000)
    unpacked = []
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, name, pwd=None: unpacked.append(name))
    for language, words in (("nl", f"overgeslagen, Word-document dat uitgepakt {size} MB is, meer dan de grens van 100 MB"),
                            ("en", f"skipped, a Word document that unpacks to {size} MB, more than the limit of 100 MB")):
        set_language(language)
        try:
            with pytest.raises(InputError) as refused:
                read_document(bomb)
        finally:
            set_language("nl")
        assert str(refused.value).startswith(f"{bomb}: {words}"), refused.value
    assert unpacked == [], unpacked  # refused before any part is unpacked


def test_a_docx_under_the_limit_is_read_as_before(tmp_path):
    from graph.ingest import read_document

    document = read_document(_docx_bomb(tmp_path / "ruim.docx", 2))
    assert "Anke Bos is voorzitter van de Themagroep Wonen." in document.text, document.text


# findings 3 and 4: --endpoint followed a redirect with the token (and answered it as an empty
# result), and read an answer of any size


def _redirect(handler, base):
    handler.send_response(302)
    handler.send_header("Location", base.replace("127.0.0.1", "localhost") + "/elders")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def test_an_endpoint_that_redirects_gets_neither_the_token_nor_an_answer_taken_as_empty(runner, monkeypatch):
    from silent_server import scripted_server

    from graph.cli import cli

    monkeypatch.setenv("G40KG_TOKEN", "geheim-56w")
    with scripted_server(_redirect) as (base, requests):
        other = base.replace("127.0.0.1", "localhost")
        result = runner.invoke(cli, ["--endpoint", f"{base}/query", "query", "SELECT ?x WHERE { ?s ?p ?x }"])
        english = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", "query", "ASK { ?s ?p ?o }"])
    assert result.exit_code == 1 and english.exit_code == 1, result.output
    assert result.stdout == "", result.stdout  # no "(geen resultaten)"
    assert result.stderr == (f"Fout: het SPARQL-endpoint {base}/query verwijst door naar {other}/elders (HTTP 302); "
                             "g40kg volgt geen doorverwijzing (het token en de query zouden naar een ander adres "
                             "gaan): geef dat adres als --endpoint als u het vertrouwt\n")
    assert english.stderr.startswith(f"Error: the SPARQL endpoint {base}/query redirects to {other}/elders (HTTP 302); "
                                     "g40kg follows no redirect"), english.stderr
    assert [path for _method, path, _host, _auth in requests] == ["/query", "/query"], requests


def test_push_follows_no_redirect_with_the_user_s_password(runner, tmp_path):
    from silent_server import scripted_server

    from graph.cli import cli

    graph = small_graph_dir(tmp_path)
    with scripted_server(_redirect) as (base, requests):
        result = runner.invoke(cli, ["--graph", str(graph), "push", "--update-url", f"{base}/update",
                                     "--user", "beheer:wachtwoord", "--retries", "0"])
    assert result.exit_code == 1, result.output
    assert "de server verwijst door naar http://localhost:" in result.stderr, result.stderr
    assert "push volgt geen doorverwijzing" in result.stderr, result.stderr
    assert {path for _method, path, _host, _auth in requests} == {"/update"}, requests  # nothing asked of /elders


def _endless_answer(handler, base):
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    handler.wfile.write(b'{"head":{"vars":["x"]},"results":{"bindings":[')
    row = b'{"x":{"type":"literal","value":"' + b"a" * 1000 + b'"}},'
    for _ in range(5000):  # 5 MB, where the limit is 2
        handler.wfile.write(row)


def test_an_endpoint_answer_past_the_limit_stops_the_read(runner, monkeypatch):
    from silent_server import scripted_server

    from graph.cli import cli

    monkeypatch.setenv("G40KG_MAX_RESPONSE_MB", "2")
    with scripted_server(_endless_answer) as (base, _requests):
        result = runner.invoke(cli, ["--endpoint", f"{base}/query", "query", "SELECT ?x WHERE { ?s ?p ?x }"])
        english = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", "query",
                                      "SELECT ?x WHERE { ?s ?p ?x }"])
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"Fout: het antwoord van het SPARQL-endpoint {base}/query is groter dan 2 MB; vraag minder "
                             "(LIMIT, een smallere vraag) of zet G40KG_MAX_RESPONSE_MB hoger (0: geen grens)\n")
    assert english.stderr == (f"Error: the answer of the SPARQL endpoint {base}/query is larger than 2 MB; ask for "
                              "less (LIMIT, a narrower question) or set G40KG_MAX_RESPONSE_MB higher (0: no limit)\n")


def test_a_limit_that_is_no_number_is_a_usage_error(runner, monkeypatch):
    from graph.cli import cli

    monkeypatch.setenv("G40KG_MAX_RESPONSE_MB", "veel")
    result = runner.invoke(cli, ["--endpoint", "http://127.0.0.1:9/query", "query", "ASK { ?s ?p ?o }"])
    assert result.exit_code == 2, result.output
    assert result.stderr == "Fout: G40KG_MAX_RESPONSE_MB='veel' is geen aantal MB (bijv. 2048; 0: geen grens)\n"


# finding 6: a link in the corpus folder read any file the build's account could read


def test_a_link_out_of_the_folder_is_read_only_when_it_points_to_a_document(tmp_path):
    from graph.ingest import read_corpus
    from graph.warning_codes import warning_record

    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    (home / ".ssh" / "notities.txt").write_text("Anke Bos is voorzitter van de Themagroep Wonen.\n", encoding="utf-8")
    (home / "wachtwoorden").write_text("beheer:geheim\n", encoding="utf-8")
    (home / "verslag-2025.txt").write_text("Sanne Vos is wethouder van Breda.\n", encoding="utf-8")
    corpus = tmp_path / "inbox"
    (corpus / "binnen").mkdir(parents=True)
    (corpus / "binnen" / "eigen.dat").write_text("Piet Smit is wethouder van Ede.\n", encoding="utf-8")
    links = {"sleutel.txt": home / ".ssh" / "id_ed25519", "verborgen.txt": home / ".ssh" / "notities.txt",
             "wachtwoorden.txt": home / "wachtwoorden", "verslag.txt": home / "verslag-2025.txt",
             "eigen.txt": corpus / "binnen" / "eigen.dat"}
    for name, target in links.items():
        (corpus / name).symlink_to(target)
    documents, warnings = read_corpus([corpus])
    assert sorted(d.id for d in documents) == ["eigen", "verslag"], [d.id for d in documents]  # a document, or inside
    skipped = sorted((Path(r["file"]).name, r["code"]) for r in map(warning_record, warnings) if r["code"] == "link_outside")
    assert skipped == [("sleutel.txt", "link_outside"), ("verborgen.txt", "link_outside"),
                       ("wachtwoorden.txt", "link_outside")], warnings
    said = [str(w) for w in warnings if str(w).startswith(f"{corpus / 'wachtwoorden.txt'}: ")]
    assert said == [f"{corpus / 'wachtwoorden.txt'}: overgeslagen, de koppeling wijst buiten de map naar "
                    f"{home / 'wachtwoorden'}, dat geen document is (daarbuiten leest een bouw alleen .txt, .md, .html, "
                    ".pdf, .docx, .odt, .rtf en .eml, niet in een verborgen map); kopieer het bestand in de map als het erbij hoort"], warnings
    assert not any("BEGIN OPENSSH" in d.text or "geheim" in d.text for d in documents)


# finding 8: the build's caches (every document's full text) were readable by every local user


def test_the_cache_folder_is_private_to_its_owner_and_the_graph_shared_as_the_umask_says(tmp_path, runner):
    import stat

    from graph.cli import cli

    corpus = tmp_path / "inbox"
    corpus.mkdir()
    (corpus / "nieuws-2025-03-01.txt").write_text("Utrecht, 1 maart 2025\n\nAnke Bos is voorzitter van de "
                                                 "Themagroep Wonen.\n", encoding="utf-8")
    graph = tmp_path / "kg"
    old = os.umask(0o022)
    try:
        modes = []
        for _ in range(2):  # the first build and a rebuild, which carries the cache over
            result = runner.invoke(cli, ["--graph", str(graph), "build", str(corpus)])
            assert result.exit_code == 0, result.output
            modes.append((stat.S_IMODE((graph / "cache").stat().st_mode), stat.S_IMODE((graph / "graph.nq").stat().st_mode)))
            (corpus / "nieuws-2025-03-01.txt").write_text("Utrecht, 1 maart 2025\n\nAnke Bos is voorzitter van de "
                                                         "Themagroep Zorg.\n", encoding="utf-8")
    finally:
        os.umask(old)
    assert modes == [(0o700, 0o644), (0o700, 0o644)], [tuple(map(oct, m)) for m in modes]


# finding 7: serve never closed a connection that sent no complete request


@pytest.fixture
def deadline_server():
    """A real uvicorn server (h11) on a loopback port with the explorer's protocol, head and body deadlines
    of 0.5 s and at most 3 connections; yields its port."""
    import socket
    import threading
    import time

    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from uvicorn.protocols.http.h11_impl import H11Protocol

    from graph.serve.connections import with_deadlines

    async def slow(request):  # a request that runs past the head deadline
        import asyncio

        await asyncio.sleep(1.5)
        return PlainTextResponse("traag")

    async def echo(request):
        return PlainTextResponse((await request.body()).decode())

    app = Starlette(routes=[Route("/", lambda request: PlainTextResponse("ok")), Route("/traag", slow),
                            Route("/echo", echo, methods=["POST"])])
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, lifespan="off", log_level="critical",
                            http=with_deadlines(H11Protocol, head_seconds=0.5, max_connections=3, body_seconds=0.5))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield listening.getsockname()[1]
    server.should_exit = True
    thread.join(10)


def _read_until_closed(connection) -> bytes | None:
    """What the server sends on ``connection`` until it closes it; None when it is still open after 30 s."""
    import socket

    connection.settimeout(30)
    received = b""
    try:
        while chunk := connection.recv(1000):
            received += chunk
    except socket.timeout:
        return None
    except ConnectionResetError:  # closed before it read what was sent
        pass
    return received


def _closed_by_server(connection) -> bool:
    return _read_until_closed(connection) is not None


def test_a_connection_that_sends_no_complete_request_is_closed(deadline_server):
    import socket

    idle = socket.create_connection(("127.0.0.1", deadline_server))
    slow = socket.create_connection(("127.0.0.1", deadline_server))
    slow.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # the head never ends
    assert _closed_by_server(idle) and _closed_by_server(slow)
    answered = socket.create_connection(("127.0.0.1", deadline_server))
    answered.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    answer = _read_until_closed(answered)  # kept alive, then no next request: closed too
    assert answer is not None and answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok"), answer
    for connection in (idle, slow, answered):
        connection.close()


def test_a_request_body_that_does_not_come_is_closed_and_a_whole_one_answered(deadline_server):
    import socket

    whole = socket.create_connection(("127.0.0.1", deadline_server))
    whole.sendall(b"POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
                  b"ASK {?s ?p ?")
    part = socket.create_connection(("127.0.0.1", deadline_server))
    part.sendall(b"POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nASK {")  # 95 bytes never come
    answered, unanswered = _read_until_closed(whole), _read_until_closed(part)
    whole.close()
    part.close()
    assert answered is not None and answered.startswith(b"HTTP/1.1 200") and answered.endswith(b"ASK {?s ?p ?"), answered
    assert unanswered == b"", unanswered


def test_a_request_that_runs_past_the_deadline_is_answered_also_pipelined(deadline_server):
    import socket

    connection = socket.create_connection(("127.0.0.1", deadline_server))
    connection.sendall(b"GET /traag HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                       b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                       b"GET /traag HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    answer = _read_until_closed(connection)
    connection.close()
    assert answer is not None and answer.count(b"HTTP/1.1 200") == 3, answer
    assert answer.endswith(b"traag"), answer


def test_connections_beyond_the_limit_are_closed_at_once(deadline_server):
    import socket

    held = [socket.create_connection(("127.0.0.1", deadline_server)) for _ in range(3)]
    extra = socket.create_connection(("127.0.0.1", deadline_server))
    extra.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert _read_until_closed(extra) == b""  # closed unanswered
    for connection in held:
        connection.close()
    extra.close()



# finding 10: /changes linked each document by its raw id (a file name with '<', ';' or a space)


def test_the_changes_page_links_each_document_by_its_key(tmp_path):
    import re

    from graph.pipeline import build_graph
    from graph.serve import LiveGraph, ServeConfig, asgi_get, create_app

    corpus = tmp_path / "inbox"
    corpus.mkdir()
    name = "<b>memo<b> 2025;$(id)"
    (corpus / f"{name}.txt").write_text("Utrecht, 1 maart 2025\n\nAnke Bos is voorzitter van de Themagroep Wonen.\n",
                                        encoding="utf-8")
    build_graph([corpus], tmp_path / "kg")
    app = create_app(LiveGraph.open(tmp_path / "kg", "oxigraph"), ServeConfig(query_processes=0))
    status, _headers, body = asgi_get(app, "/changes")
    assert status == 200
    links = re.findall(r'href="(/document/[^"]*)"', body.decode("utf-8"))
    assert links and set(links) == {"/document/b-memo-b-2025-id"}, links
    assert asgi_get(app, links[0])[0] == 200
    assert "&lt;b&gt;memo&lt;b&gt; 2025;$(id)" in body.decode("utf-8")  # the name shown, escaped


# finding 9: Markdown output passed a document's HTML through (an inzage answer opened in a viewer)


def test_markdown_cells_escape_document_html(runner, tmp_path):
    import re

    from graph.cli import cli
    from graph.pipeline import build_graph

    corpus = tmp_path / "inbox"
    corpus.mkdir()
    (corpus / "nieuws-2025-03-01.txt").write_text(
        "Utrecht, 1 maart 2025\n\nWethouder Anke <script>alert(1)</script> Bos is voorzitter van de Themagroep Wonen.\n",
        encoding="utf-8")
    (corpus / "nieuws-2025-03-01.meta.json").write_text('{"title": "<img src=x onerror=alert(2)> | titel"}',
                                                       encoding="utf-8")
    build_graph([corpus], tmp_path / "kg")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "entity", "Themagroep Wonen", "--mentions",
                                 "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert not re.search(r"(?<!\\)<(script|img|/script)", result.stdout), result.stdout  # only escaped ones
    assert "Wethouder Anke \\<script\\>alert(1)\\</script\\> Bos is voorzitter" in result.stdout, result.stdout
    assert "| \\<img src=x onerror=alert(2)\\> \\| titel |" in result.stdout, result.stdout


# finding 12: a hostile endpoint's XML was reported as the user's SPARQL error, an HTML page as rdflib's words


def _answer(content_type: str, body: bytes):
    def answer(handler, base):
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return answer


@pytest.mark.parametrize("content_type, body, reason", [
    ("application/sparql-results+xml",
     b'<?xml version="1.0"?><!DOCTYPE sparql [<!ENTITY x SYSTEM "file:///etc/hostname">]><sparql '
     b'xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="x"/></head><results><result>'
     b'<binding name="x"><literal>&x;</literal></binding></result></results></sparql>',
     "application/sparql-results+xml: Entity 'x' not defined"),
    ("text/html", b"<html><body>Inloggen</body></html>", "text/html: g40kg reads SPARQL results as JSON, XML, CSV or TSV"),
])
def test_an_endpoint_answer_that_is_no_sparql_result_is_the_endpoint_s_error(runner, content_type, body, reason):
    from silent_server import scripted_server

    from graph.cli import cli

    with scripted_server(_answer(content_type, body)) as (base, _requests):
        result = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", "query",
                                     "SELECT ?x WHERE { ?s ?p ?x }"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"Error: the answer of the SPARQL endpoint {base}/query is no SPARQL result "
                                    f"({reason}"), result.stderr
    assert result.stderr.endswith("); check --endpoint\n") and result.stderr.count("\n") == 1, result.stderr


# finding 11: the static site's pages carried no Content-Security-Policy


def test_every_page_of_the_static_site_carries_one_policy(tmp_path):
    import re

    from graph.serve.site import export_site

    out = tmp_path / "verkenner"
    export_site(small_graph_dir(tmp_path), out)
    pages = sorted(out.rglob("*.html"))
    policies = {page.relative_to(out).as_posix(): re.findall(r'http-equiv="Content-Security-Policy" content="([^"]*)"',
                                                            page.read_text(encoding="utf-8")) for page in pages}
    assert len(pages) > 10 and all(len(found) == 1 for found in policies.values()), policies
    explorer = policies["index.html"][0].replace("&#x27;", "'")
    assert explorer == ("default-src 'self' file:; script-src 'self' file:; style-src 'self' file: 'unsafe-inline'; "
                        "img-src 'self' file: data:; base-uri 'none'"), explorer
    assert "sha256-" in policies["network.html"][0], policies["network.html"]  # the network page's own, by hashes


# finding 14: every answer named the server software ("server: uvicorn"); the real server has the
# connection deadlines of finding 7


@pytest.mark.server
def test_the_real_server_names_no_software_and_closes_an_unfinished_request(tmp_path):
    import socket

    import httpx
    from test_serve_http import start_server, stop_server

    process, base = start_server(small_graph_dir(tmp_path))
    try:
        answer = httpx.get(base + "/health", timeout=30)
        port = int(base.rsplit(":", 1)[1])
        slow = socket.create_connection(("127.0.0.1", port))
        slow.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and nothing more: closed after 15 s
        slow.settimeout(60)
        closed = slow.recv(100) == b""
        slow.close()
    finally:
        stop_server(process)
    assert answer.status_code == 200 and "server" not in answer.headers, dict(answer.headers)
    assert answer.headers["content-security-policy"].startswith("default-src 'self'"), dict(answer.headers)
    assert closed


def test_framing_is_also_refused_by_the_older_header_unless_origins_may_frame(tmp_path):
    from graph.serve import LiveGraph, ServeConfig, asgi_get, create_app

    graph = small_graph_dir(tmp_path)
    plain = create_app(LiveGraph.open(graph, "oxigraph"), ServeConfig(query_processes=0))
    framed = create_app(LiveGraph.open(graph, "oxigraph"),
                        ServeConfig(query_processes=0, frame_ancestors=("https://intranet.gemeente.nl",)))
    for path in ("/", "/sparql", "/health"):
        assert asgi_get(plain, path)[1].get("x-frame-options") == "DENY", path
        headers = asgi_get(framed, path)[1]
        assert "x-frame-options" not in headers, (path, headers)
        assert "frame-ancestors https://intranet.gemeente.nl" in headers["content-security-policy"], headers
