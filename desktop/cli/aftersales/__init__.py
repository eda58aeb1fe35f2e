"""After-signing subcommands: import-policies, import-claims, list-imports and undo (imports.py);
assign-dealer-code, dealer-codes, purge-policyholders (codes.py)."""

from desktop.cli.aftersales import codes, imports  # noqa: F401  (each registers its commands)
