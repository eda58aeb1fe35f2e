"""Roster files in and out: the import wizard (file → mapping → preview → result), import history with undo, export."""
