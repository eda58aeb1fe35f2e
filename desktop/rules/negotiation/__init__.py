"""Negotiation preparation: classification, priority, fee caps and policies, readiness, team, agenda."""
