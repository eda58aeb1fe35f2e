"""The branch office on one PostgreSQL database: users and roles, history, sign-in."""
