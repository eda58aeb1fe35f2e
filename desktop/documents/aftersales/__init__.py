"""After-signing documents: the repair guidance list, the monthly review."""
