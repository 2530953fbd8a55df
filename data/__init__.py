"""Bundled data of g40kg: corpus, gazetteer (reference registers) and curated corrections."""
