"""The branch's negotiation settings dialog, one module per tab (like Picard's options pages)."""
