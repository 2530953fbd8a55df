"""A static copy of the explorer: its pages as plain HTML files that open from disk (``file://``)
or from any web server or shared drive (``g40kg export --format site -o DIR``).

Each page is rendered by the live explorer itself (:func:`graph.serve.create_app`, one request
per page through :func:`graph.serve.asgi_get`), with the same templates and page functions; only
its links differ. With a :class:`SiteLinks` in ``app.state.site`` the pages link to files,
relatively (``../document/verslag.html``), and leave out what needs a server (search, SPARQL, the
API, questions with values of one's own), saying in one sentence that ``g40kg serve`` has them.

The copy holds the pages reachable from the home page: the documents list, every document, every
entity a page links to, the named questions and the network page. A copy is a snapshot of one day
(:attr:`SiteLinks.day`: the day of the export, or ``export --format site --as-of DAG``): a question that
needs no value answers with the state on that day ("Stand per …", ``questions/<name>.html``), and its
every period one click away (``questions/<name>/all.html``; walkthrough 47, finding 12). Entity and document pages show
the facts that hold on that day, those that ended before it and began after it folded apart (walkthrough 22;
:mod:`graph.serve.day_view`). A link to a page that turns out not to exist is no link.
The old name of a renamed document (which the live explorer redirects) gets a small page that
sends the browser on to the document's page, and so does an entity a curated merge put into another
(where a page links to it).

Examples
--------
>>> page_file("/"), page_file("/entity/person/jan-jansen"), page_file("/document/Verslag-Juni")
('index.html', 'entity/person/jan-jansen.html', 'document/verslag-juni-a58988.html')
>>> page_file("/questions/who-does-what"), page_file("/questions/who-does-what/all"), page_file("/search") is None
('questions/who-does-what.html', 'questions/who-does-what/all.html', True)
>>> link = SiteLinks().linker("/entity/person/jan-jansen")
>>> link("/document/doc-a", start=3, end=9), link("/"), link("/sparql")
('../../document/doc-a.html', '../../index.html', '#')
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..errors import CannotWrite, G40Error, InputError
from ..messages import CATALOGUE, language, msg

__all__ = ["SiteLinks", "SiteReport", "export_site", "page_file", "file_name", "earlier_file_name", "MARKER"]

log = logging.getLogger(__name__)

CATALOGUE.update(
    {
        "site_not_a_site": {
            "nl": "{path} bestaat al en is geen statische kopie van de verkenner; kies een nieuwe of lege map",
            "en": "{path} already exists and is no static copy of the explorer; choose a new or empty folder"},
        "site_needs_output": {"nl": "--format site schrijft een map: geef die met -o MAP",
                              "en": "--format site writes a folder: name it with -o FOLDER"},
        "site_page_failed": {"nl": "pagina {path} niet gemaakt ({reason}); de vorige kopie in {folder} blijft staan",
                             "en": "page {path} not made ({reason}); the previous copy in {folder} stays"},
        "site_endpoint": {"nl": "--format site maakt de kopie van een lokale graaf, niet van --endpoint",
                          "en": "--format site copies a local graph, not an --endpoint"},
        "progress_site": {"nl": "Pagina's", "en": "Pages"},
        "site_question_failed": {"nl": "{path}: het antwoord van de vraag mislukte; de pagina toont de fout",
                                 "en": "{path}: the question's answer failed; the page shows the error"},
        "site_moved": {"nl": "Dit document heeft een nieuwe naam", "en": "This document has a new name"},
        "site_merged": {"nl": "Deze entiteit is samengevoegd met {label}", "en": "This entity was merged into {label}"},
        "site_merged_person": {"nl": "Deze persoon is samengevoegd met {label}",
                               "en": "This person was merged into {label}"},
    }
)

#: a file in every static copy, so that a later export may replace the folder (and no other)
MARKER = ".g40kg-site"
_MARKER_TEXT = "Statische kopie van de G40-verkenner (g40kg export --format site); mag worden vervangen.\n"

#: the pages every copy starts from; the others are found by following their links
START = ("/", "/documents", "/changes", "/questions", "/network")
#: pages of one name
_SINGLE = {"/": "index.html", "/documents": "documents.html", "/changes": "changes.html", "/questions": "questions.html",
           "/network": "network.html"}
#: names Windows keeps for devices, with any extension (con.html is the console)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_PLAIN = re.compile(r"[a-z0-9.~-]")


def file_name(segment: str) -> str:
    """A path segment as a file name that is the same on every system, lower case and readable
    (walkthrough 47, finding 16): a segment of lower-case letters, digits, ``.``, ``~`` and ``-`` as
    it is; any other (capitals, spaces, accents, a device name of Windows such as ``con``, a final
    dot) as its lower-case slug with the first six hex digits of its SHA-256 after it, so that
    ``Verslag`` and ``verslag`` stay two files on Windows and macOS and a name never changes between
    two exports.

    >>> file_name("verslag-juni"), file_name("Verslag-Juni"), file_name("Kamerbrief voortgang City Deals")
    ('verslag-juni', 'verslag-juni-a58988', 'kamerbrief-voortgang-city-deals-45d883')
    >>> file_name("con"), file_name("x."), file_name("Één: twee")
    ('con-1143da', 'x-c92f00', 'een-twee-3c2806')
    >>> [len(file_name(name)) for name in ("n" * 250, "n" * 251, "N" * 240 + " (Z2025-000001)")]
    [250, 250, 250]
    """
    if _PLAIN_NAME.fullmatch(segment) and segment.partition(".")[0] not in _RESERVED and not segment.endswith(".") \
            and len(segment) <= LONGEST_NAME:
        return segment
    ascii_text = unicodedata.normalize("NFKD", segment).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9.~]+", "-", ascii_text).strip("-.")[:LONGEST_NAME - 7].rstrip("-.")
    return f"{slug}-{hashlib.sha256(segment.encode('utf-8')).hexdigest()[:6]}".lstrip("-")


#: the longest file name of a page without its ``.html``: a file system takes 255 bytes, and a file name of 240
#: characters in two case folders made a document id of 255 ("… (Z2025-000001)"), whose page could not be written
#: and stopped the whole copy ("File name too long"; walkthrough 37, finding 12): such a name is cut, with its hash
LONGEST_NAME = 250


_PLAIN_NAME = re.compile(r"[a-z0-9~][a-z0-9.~-]*")


def earlier_file_name(segment: str) -> str:
    """The file name a copy made before round 47 gave ``segment``: a capital written ``_`` + its
    letter, other characters ``_0`` + hex code + ``_``, ``_`` after a device name of Windows and a
    final dot; a copy keeps a page there that sends the browser on (:func:`_write_earlier_names`).

    >>> earlier_file_name("Verslag"), earlier_file_name("con"), earlier_file_name("aux.2024"), earlier_file_name("a:b")
    ('_verslag', 'con_', 'aux_.2024', 'a_03a_b')
    """
    out = "".join(c if _PLAIN.match(c) else f"_{c.lower()}" if "A" <= c <= "Z" else f"_0{ord(c):x}_"
                  for c in segment)
    base, dot, rest = out.partition(".")
    if base in _RESERVED:
        out = base + "_" + dot + rest
    return out + "_" if out.endswith(".") or not out else out


def page_file(path: str, naming: Callable[[str], str] = file_name) -> str | None:
    """The file of the explorer page at ``path`` in a static copy (relative to its folder), or
    None when the copy has no such page (search, SPARQL, the API, a JSON twin); ``naming``: the
    file name of a path segment (:func:`earlier_file_name`: where a copy before round 47 had it)."""
    path = path.split("#", 1)[0].split("?", 1)[0]
    if path in _SINGLE:
        return _SINGLE[path]
    parts = path.strip("/").split("/")
    if any(part in ("", ".", "..") for part in parts) or parts[-1].endswith(".json"):
        return None
    if (parts[0] in ("document", "questions") and len(parts) == 2) or (parts[0] == "entity" and len(parts) >= 3) \
            or parts[0] == "questions" and len(parts) == 3 and parts[2] == "all":  # a question's every period
        return "/".join([parts[0], *map(naming, parts[1:])]) + ".html"
    return None


class SiteLinks:
    """The links of a static copy: what the pages link to (``wanted``: explorer path → file, in
    the order first linked), which pages link to what (``links``), and the pages found missing,
    which are then no link."""

    def __init__(self, day: str | None = None):
        #: the day the copy shows the state of (ISO; its question pages' "Stand per"), None: none
        self.day = day
        self.wanted: dict[str, str] = {}
        self.order: list[str] = []
        self.links: dict[str, set[str]] = {}
        self.missing: set[str] = set()

    def linker(self, current: str) -> Callable[..., str]:
        """The ``link(path, **params)`` of the templates on the page at ``current``: the target's
        file relative to the page's folder ("#" for a page the copy has not); parameters (a quote
        to mark, a network's focus) need a server and are left out."""
        here = posixpath.dirname(page_file(current) or "")
        found = self.links.setdefault(current, set())

        def link(path: str | None, **params) -> str:
            target = None if path is None else self.want(path)
            if target is None:
                return "#"
            found.add(path.split("#", 1)[0].split("?", 1)[0])
            return posixpath.relpath(target, here or ".")

        return link

    def asset(self, current: str, name: str) -> str:
        """The stylesheet (or another file of ``static/``) relative to the page at ``current``."""
        return posixpath.relpath(f"static/{name}", posixpath.dirname(page_file(current) or "") or ".")

    def want(self, path: str) -> str | None:
        path = path.split("#", 1)[0].split("?", 1)[0]
        target = page_file(path)
        if target is None or path in self.missing:
            return None
        if path not in self.wanted:
            self.wanted[path] = target
            self.order.append(path)
        return target


@dataclass(frozen=True)
class SiteReport:
    """What an export wrote: the folder and how many pages (HTML files) it holds."""

    folder: Path
    pages: int

    def as_dict(self) -> dict:
        return {"folder": str(self.folder), "pages": self.pages}


def export_site(graph_path: Path, out: Path, *, engine: str = "oxigraph", lang: str = "nl",
                progress: Callable[[int, int], None] | None = None, timeout: float = 60.0,
                document_text: bool = True, day: str | None = None) -> SiteReport:
    """Write the static copy of the explorer on the graph at ``graph_path`` into the folder ``out``.

    The pages are written into a new folder beside ``out`` that replaces it when complete, so a
    failed export leaves the previous copy as it was; ``out`` must be new, empty, or a copy made
    before (:data:`MARKER`). ``progress(done, total)`` is called after each page (``total`` grows
    as links to further pages are found). Two exports of one graph for one ``day`` are the same bytes.
    ``document_text=False``: the document pages show only the evidence sentences (data minimisation).
    ``day`` (ISO; default today): the state the question pages show, each with its every period a page further.
    """
    from ..disk_layout import staging_folder
    from ..reading_dates import today
    from ..store import swap_in, sweep_stale_staging
    from . import ServeConfig, create_app
    from .app import STATIC_DIR
    from .live import LiveGraph, open_snapshot

    out = Path(out)
    _check_target(out)
    app = create_app(LiveGraph(open_snapshot(graph_path, engine)), ServeConfig(lang=lang, timeout=timeout,
                                                                                document_text=document_text))
    site = app.state.site = SiteLinks(day or today())
    try:  # a folder that cannot be written (read-only, /proc): one line, not mkdtemp's traceback (walkthrough 28, 8)
        sweep_stale_staging(out)
        staging = staging_folder(out)
    except OSError as error:
        raise CannotWrite(out, error) from None
    try:
        pages = _write_pages(app, site, staging, lang, out, progress)
        (staging / "static").mkdir()
        for asset in ("style.css", "print.js"):
            shutil.copyfile(STATIC_DIR / asset, staging / "static" / asset)
        (staging / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        swap_in(staging, out)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):  # a full disk, a folder made read-only: one line, as build and -o say it
            raise CannotWrite(out, error) from None
        raise
    return SiteReport(out, pages)


def _check_target(out: Path) -> None:
    """Refuse an ``out`` that a copy may not replace: a file, or a folder with other things in it."""
    if not out.parent.is_dir():
        raise InputError(msg("output_folder_missing", path=out, folder=out.parent))
    if out.exists() and not (out.is_dir() and ((out / MARKER).is_file() or not any(out.iterdir()))):
        raise InputError(msg("site_not_a_site", path=out))


def _write_pages(app, site: SiteLinks, staging: Path, lang: str, out: Path,
                 progress: Callable[[int, int], None] | None) -> int:
    """Render every page reachable from :data:`START` into ``staging``; the number of pages."""
    for path in START:
        site.want(path)
    done: list[str] = []
    while len(done) < len(site.order):
        path = site.order[len(done)]
        _write_page(app, site, staging, path, lang, out)
        done.append(path)
        if progress is not None:
            progress(len(done), len(site.wanted))
    # a page that links to one found missing later: again, with that link left out
    while stale := [path for path in done if path not in site.missing and site.links.get(path, set()) & site.missing]:
        for path in stale:
            site.links[path] = set()
            _write_page(app, site, staging, path, lang, out)
    _write_moved(app, site, staging, lang)
    _write_earlier_names(site, staging, lang, out)
    return len(set(done) - site.missing)


def _write_earlier_names(site: SiteLinks, staging: Path, lang: str, out: Path) -> None:
    """At the file name a copy before round 47 gave a page (``document/_verslag-_juni.html``,
    :func:`earlier_file_name`), a small page that sends the browser on to its file now, so a link
    mailed from an earlier copy keeps working: only where the copy ``out`` replaces has a file there
    (an earlier copy's, or the page a later one kept), so a new copy has none beside its pages
    (walkthrough 28, finding 14: ``_notitie-overleg-n-_city-_deal-_zwolle.html`` in a first export)."""
    for path, target in site.wanted.items():
        earlier = page_file(path, earlier_file_name)
        if path in site.missing or earlier is None or earlier == target \
                or len(PurePath(earlier).name.encode("utf-8")) > 255 \
                or (staging / earlier).exists() or not (out / earlier).is_file():  # (no copy had a longer name)
            continue
        _write_redirect(site, staging, path, path, lang, at=earlier)


def _write_moved(app, site: SiteLinks, staging: Path, lang: str) -> None:
    """For each old id of a renamed document (the explorer redirects it), a page at the old
    file name that sends the browser on to the document's page, so links into an earlier copy
    keep working (a merged-away entity gets one where a page links to it: :func:`_write_page`)."""
    from ..vocab import safe_id
    from . import asgi_get

    renamed = app.state.graph.current.manifest.get("renamed")
    paths = [f"/document/{safe_id(old)}" for old in sorted(renamed)] if isinstance(renamed, dict) else []
    for path in paths:
        if path in site.wanted:  # a document of this graph
            continue
        status, headers, _body = asgi_get(app, path, {"Accept-Language": lang})
        location = headers.get("location", "").split("?", 1)[0] if status == 301 else ""
        if location not in site.wanted or location in site.missing:
            continue
        _write_redirect(site, staging, path, location, lang)


def _write_redirect(site: SiteLinks, staging: Path, path: str, location: str, lang: str,
                    merged_into: str | None = None, *, at: str | None = None) -> None:
    """A page at ``path``'s file that sends the browser on to the page of ``location``: a renamed
    document's, or (``merged_into``: the label of the entity it went into) a merged-away entity's,
    "Deze persoon is samengevoegd met Sanne Bakker" (walkthrough 17, finding 21)."""
    from html import escape

    at = at or page_file(path)  # the file of the page that sends on (``at``: an earlier copy's name)
    link = escape(posixpath.relpath(site.wanted[location], posixpath.dirname(at)))
    with language(lang):
        if merged_into is None:
            title = escape(msg("site_moved"))
        else:
            person = path.startswith("/entity/person/")
            title = escape(msg("site_merged_person" if person else "site_merged", label=merged_into))
    (staging / at).parent.mkdir(parents=True, exist_ok=True)
    (staging / at).write_text(
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="refresh" content="0; url={link}">\n<title>{title}</title>\n</head>\n'
        f'<body>\n<p>{title}: <a href="{link}">{link}</a></p>\n</body>\n</html>\n', encoding="utf-8")


def _label_at(app, path: str) -> str:
    """The name of the entity whose explorer page is ``path`` (``/entity/person/sanne-bakker``)."""
    from ..vocab import G40ID
    from .explore_common import label_of

    return label_of(app.state.graph.current.dataset, str(G40ID) + path[len("/entity/"):])


def _write_page(app, site: SiteLinks, staging: Path, path: str, lang: str, out: Path) -> None:
    from . import asgi_get

    try:
        status, headers, body = asgi_get(app, path, {"Accept-Language": lang})
    except Exception as error:  # noqa: BLE001 - any failure of a page stops the export, in one line
        raise G40Error(msg("site_page_failed", path=path, reason=f"{type(error).__name__}: {error}",
                           folder=out)) from None
    if status == 301 and path.startswith("/entity/"):  # merged away by a curation: on to the entity it went into
        location = headers.get("location", "")
        if site.want(location) is None:
            site.missing.add(path)
        else:
            target = location.split("?", 1)[0]
            _write_redirect(site, staging, path, target, lang, _label_at(app, target))
        return
    if status == 404 or (status == 400 and path == "/network"):  # no such page; a network too large to draw
        site.missing.add(path)
        return
    if status == 400 and path.startswith("/questions/"):  # its answer failed (a timeout): the page says why
        log.warning(msg("site_question_failed", path=path))
    elif status != 200:
        raise G40Error(msg("site_page_failed", path=path, reason=f"HTTP {status}", folder=out))
    target = staging / site.wanted[path]
    target.parent.mkdir(parents=True, exist_ok=True)
    if "html" in headers.get("content-type", ""):
        body = with_policy(body, headers.get("content-security-policy", ""))
    target.write_bytes(body)


def with_policy(page: bytes, policy: str) -> bytes:
    r"""The HTML ``page`` with the server's Content-Security-Policy ``policy`` as a ``<meta>`` tag after its
    charset, unless it has one of its own (the network page's, by hashes): a copy of the site served by an
    intranet's web server, or opened from disk, keeps the defence the explorer's header gives (walkthrough 32,
    finding 11). ``frame-ancestors`` is left out (a ``<meta>`` policy cannot have it) and ``file:`` is added
    beside ``'self'``, so a copy opened from disk loads its own scripts and styles in every browser.

    >>> print(with_policy(b'<head>\n<meta charset="utf-8">\n<title>x</title>', "default-src 'self'; script-src "
    ...                   "'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'").decode())
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27; file:; script-src &#x27;self&#x27; file:; img-src &#x27;self&#x27; file: data:; base-uri &#x27;none&#x27;">
    <title>x</title>
    """
    from html import escape

    charset = b'<meta charset="utf-8">'
    if not policy or b'http-equiv="Content-Security-Policy"' in page or charset not in page:
        return page
    directives = [d.strip() for d in policy.split(";") if d.strip() and not d.strip().startswith("frame-ancestors")]
    directives = [d.replace("'self'", "'self' file:", 1) for d in directives]
    tag = f'\n<meta http-equiv="Content-Security-Policy" content="{escape("; ".join(directives))}">'.encode()
    return page.replace(charset, charset + tag, 1)
