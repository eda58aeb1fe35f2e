"""Dealer files: list, search, read, save, archive, delete."""
