"""Roster import and export: read → plan → commit → history/undo → export, remembered mappings."""
