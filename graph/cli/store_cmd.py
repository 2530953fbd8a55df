"""Commands: see graph/cli/__init__.py."""

from .base import cli  # noqa: F401
