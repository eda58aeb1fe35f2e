"""After-signing subcommands: import-policies, import-claims, list-imports and undo (imports.py);
assign-dealer-code, dealer-codes, purge-policyholders (codes.py); scorecard, scorecards,
new-car-sales (scorecard.py)."""

from desktop.cli.aftersales import codes, imports, scorecard  # noqa: F401  (each registers its commands)
