"""The contracts section, the contract editor, its lifecycle dialogs, templates and branch entity."""
