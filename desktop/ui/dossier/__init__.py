"""The preparation workspace of one dealer: one page per SOP step (1–8) and the negotiation outcome."""
