"""File ▸ Back up database… and File ▸ Restore from backup…."""
