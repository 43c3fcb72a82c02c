"""`transcoder serve`: the JSON API and the web page (app.py), the worker processes that translate
and verify (workers.py, jobs.py), the API's shapes (models.py) and the page's files (static/)."""
