"""Java in the rule engine: front end, library tables, legalizing passes, back end, runtime helpers."""
