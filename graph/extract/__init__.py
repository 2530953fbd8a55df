"""Extraction: Dutch text → mentions and relation candidates (one module per concern)."""
