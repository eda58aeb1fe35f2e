"""Backups of the embedded database: made on demand, daily, and restored."""
