"""Tables of the roster area (filled in by that area's work)."""
