"""The g40kg ontology, SHACL shapes and named SPARQL questions (package data)."""
