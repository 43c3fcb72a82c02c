"""Python in the rule engine: the front end (``frontend/``) and its type inference (``infer.py``)."""
