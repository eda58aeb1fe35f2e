"""The negotiation area's main-window sections and the territory pipeline (funnel)."""
