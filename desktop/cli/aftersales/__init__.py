"""After-signing subcommands: import-policies, import-claims, list-imports and undo (imports.py);
import-sales (sales.py); assign-dealer-code, dealer-codes, purge-policyholders (codes.py); scorecard,
scorecards, new-car-sales (scorecard.py); renewals, renewal-owner, renewal-contact, referral-balance
(renewals.py).

Nothing is imported here: ``cli.registry`` imports the one module a command lives in (its TABLE),
so ``import-claims`` does not load the scorecard's or the renewals' services and models.
"""
