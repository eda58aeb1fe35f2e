"""Storage of the branch office: people and work assignment tables, the change history, and the
PostgreSQL side (roles, grants, row-level security, triggers) that ``office init`` installs."""
