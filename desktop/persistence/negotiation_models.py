"""Tables of the negotiation area (filled in by that area's work)."""
