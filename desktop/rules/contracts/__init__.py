"""Contracts: records, the lifecycle state machine, numbering patterns, clause templates, pack snapshots."""
