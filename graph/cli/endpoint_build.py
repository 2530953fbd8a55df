"""The build stamp of the graph behind ``--endpoint``, read once per command (walkthrough 27, finding 12):
the JSON's ``built``, the ``--as-of`` note and the network page's "Graaf gebouwd …" use it where a local
command reads ``manifest.json`` (:mod:`graph.remote_build`).

Examples
--------
>>> endpoint_build(None)
{'built': None, 'newest_document': None, 'day_only': False}
"""

from __future__ import annotations

import click

__all__ = ["endpoint_build"]

#: ``ctx.meta`` key of the stamp read by the running command
_KEY = "g40kg.endpoint_build"


def endpoint_build(settings) -> dict:
    """``{"built", "newest_document", "day_only"}`` of the server ``settings.endpoint`` names
    (:func:`graph.remote_build.remote_build`), asked once per command within its ``--timeout``; None and
    None without an endpoint or when the server does not say."""
    from ..remote_build import remote_build
    from .base import command_timeout

    if settings is None or not getattr(settings, "endpoint", None):
        return {"built": None, "newest_document": None, "day_only": False}
    ctx = click.get_current_context(silent=True)
    if ctx is not None and _KEY in ctx.meta:
        return ctx.meta[_KEY]
    found = remote_build(settings.load(), timeout=command_timeout())
    if ctx is not None:
        ctx.meta[_KEY] = found
    return found
