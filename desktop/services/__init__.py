"""Use cases over the database. Each call is one unit of work; results are plain records.

Services never import Qt. They run on whatever thread calls them (the windows call them
from worker threads through ``desktop.ui.operations``; the CLI calls them directly).
"""
