"""用户与权限 (Users and permissions): the office database's logins and their roles, for administrators."""
