"""The negotiation packet (内部谈判资料), the brochure and the target list."""
