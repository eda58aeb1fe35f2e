"""Windows of the branch office: signing in, who may do what, users, change history, live updates, my work."""
