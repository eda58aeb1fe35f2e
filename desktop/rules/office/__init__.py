"""Pure rules of the branch-office database: roles, actions, who may do what."""
