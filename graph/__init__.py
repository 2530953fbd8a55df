"""g40kg: a knowledge graph of the G40 city network, built from Dutch policy documents."""

__version__ = "0.2.0"
