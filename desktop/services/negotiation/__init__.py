"""Negotiation preparation (SOP steps 3–8): classification, policies, strategy, meetings, dossier, outcomes, pipeline."""
