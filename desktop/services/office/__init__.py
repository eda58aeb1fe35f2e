"""The branch office and its people: our staff, the rank scale and relationships (staff); and the
office database on PostgreSQL — set-up, users, identity, history, live changes, work assignment,
moving a single-user file in. Qt-free; each public function says its thread."""
