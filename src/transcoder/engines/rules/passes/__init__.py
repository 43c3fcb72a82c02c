"""Rewriting passes every target runs (each target's own passes live in its package)."""
