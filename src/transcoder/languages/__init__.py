"""Everything language-specific: one package per language, registered by defining its class."""

from transcoder.languages.base import (
    FunctionInfo,
    Language,
    Parameter,
    get_language,
    language_for_path,
    language_names,
)

__all__ = ["FunctionInfo", "Language", "Parameter", "get_language", "language_for_path", "language_names"]
