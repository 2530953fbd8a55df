"""Whether an open page still shows the served graph: the build stamp an open tab asks for now and then.

``serve`` swaps a new build in without a restart (:mod:`graph.serve.live`), but a page opened before
stays as it was (walkthrough 24, finding 17: she keeps the explorer open all day and rebuilds after
new minutes arrive). Each live page carries the stamp of the graph it was made from
(``data-stamp``); ``static/graph-update.js`` asks ``/built.json`` for the stamp of the graph served
now (every :data:`CHECK_SECONDS` while the tab is shown, and when it is shown or focused again; never
while it is hidden) and, when it differs, shows the page's notice "De graaf is bijgewerkt (…) —
pagina vernieuwen". Asking also lets the server notice the build, so the reload is quick.

Examples
--------
>>> from graph.serve.live import Snapshot
>>> stamp_of(Snapshot(None, {"built": "2026-12-06T13:40:00+00:00"}, (5, 17, 300)))
'2026-12-06T13:40:00+00:00 75ab877e'
>>> stamp_of(Snapshot(None, {}))
''
"""

from __future__ import annotations

import hashlib

from starlette.responses import JSONResponse

from .live import Snapshot, snapshot_of

__all__ = ["CHECK_SECONDS", "stamp_of", "build_stamp"]

#: how often an open, shown page asks whether the graph changed (a stat of the manifest on the server)
CHECK_SECONDS = 30


def stamp_of(snapshot: Snapshot) -> str:
    """The build stamp of ``snapshot``: its build time and a short digest of its manifest's file
    identity (two builds in one second still differ); "" for a graph not read from a folder."""
    built = str(snapshot.manifest.get("built") or "")
    if snapshot.signature is None:
        return built
    digest = hashlib.sha256(repr(tuple(snapshot.signature)).encode("ascii")).hexdigest()[:8]
    return f"{built} {digest}".strip()


def build_stamp(request):
    """``GET /built.json``: ``{"stamp", "built", "built_shown"}`` of the graph served now (``built_shown``
    in words, in the page's language: ``?lang=``); never cached. No query: a monitor may ask often."""
    from .i18n import page_language
    from .pages import built_text

    snapshot = snapshot_of(request)
    built = snapshot.manifest.get("built")
    return JSONResponse({"stamp": stamp_of(snapshot), "built": built,
                         "built_shown": built_text(built, page_language(request))},
                        headers={"Cache-Control": "no-store"})
