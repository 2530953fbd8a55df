"""Commands: build, validate, export, evaluate, demo."""

from .base import cli  # noqa: F401
