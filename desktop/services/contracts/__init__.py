"""Contracts: drafts, lifecycle, numbering, attachments, packs and their integrity, settings."""
