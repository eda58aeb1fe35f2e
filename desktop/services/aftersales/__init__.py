"""After signing: import the core system's policy and claims lists, scorecards, renewals, referrals."""
