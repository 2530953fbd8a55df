"""Helpers for the network-page tests: a small graph in the architecture's shape, and headless Chromium."""
