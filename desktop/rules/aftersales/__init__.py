"""After signing (SOP 2.6–2.7): the insurer's policy and claims lists, scorecards, renewals, repair referrals."""
