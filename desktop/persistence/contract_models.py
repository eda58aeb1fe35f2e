"""Tables of the contract area (filled in by that area's work)."""
