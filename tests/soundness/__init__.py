"""Differential soundness suite (issue 12) and the coverage cases (issue 13): hand-written functions
in every source language, translated into every target and compared with their source."""
