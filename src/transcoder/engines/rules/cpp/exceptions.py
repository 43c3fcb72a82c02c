"""How C++ spells the exception statements (``cfamily/exceptions.py``): ``throw invalid_argument(m);``,
one ``catch (const T&)`` per type, no ``finally``, ``assert`` from ``<cassert>`` (checked: the
translations are built without ``NDEBUG``); labelled loops left or continued with ``goto``."""

from __future__ import annotations

from transcoder.engines.rules.cfamily.exceptions import ExceptionForms

FORMS = ExceptionForms(
    language="cpp",
    throw="throw {type}({message});",
    no_message='""',
    catch=lambda backend, types: [f"catch (const {type_}&)" for type_ in types],
    finally_=False,
    checked_assert="assert({condition});",
    goto_labels=True,
)
