"""Our staff, the rank scale, and relationships between staff and dealers' key people."""
