"""The branch office on one PostgreSQL database: set-up, users, identity, history, live changes,
work assignment, moving a single-user file in. Qt-free; each public function says its thread."""
