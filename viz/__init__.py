"""Interactive network pages: self-contained HTML that works offline and shows why nodes are linked.

* :mod:`viz.network` – networkx graph → node-link dict with vis-network styling and positions;
  :mod:`viz.style` – colour and shape per type and relation; :mod:`viz.layout` – the positions;
  :mod:`viz.evidence` – an edge's evidence records and time;
* :mod:`viz.dense` – a dense page (over 150 nodes or 600 links): groups placed apart, nodes kept
  apart, each name shown only from the zoom at which it fits, a first view of the most connected;
* :mod:`viz.render` – node-link dict → one HTML string (vis-network inlined, no request to any host);
* :mod:`viz.views` – views of the graph (focus, ministry, query, types, projection, date) and
  :func:`write_network_page`, which the ``g40kg viz`` and ``g40kg demo`` commands call.
"""

__all__ = ["write_network_page"]


def __getattr__(name: str):
    """``viz.write_network_page``, imported when first asked for: a command that only needs
    :data:`viz.render.UI_TEXT` (the build summary) does not import networkx and the views."""
    if name == "write_network_page":
        from .views import write_network_page

        return write_network_page
    raise AttributeError(f"module 'viz' has no attribute {name!r}")
