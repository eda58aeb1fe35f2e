"""After-signing subcommands: import-policies, import-claims, list-imports and undo (imports.py);
assign-dealer-code, dealer-codes, purge-policyholders (codes.py); scorecard, scorecards,
new-car-sales (scorecard.py);
renewals, renewal-owner, renewal-contact, referral-balance (renewals.py)."""

from desktop.cli.aftersales import codes, imports, renewals, scorecard  # noqa: F401  (each registers its commands)
