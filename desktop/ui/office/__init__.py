"""The branch office on one database, as the main window shows it: who is signed in (status bar), what
they may do (permit), the connection banner, live updates from colleagues and the bar on a file they changed,
the File menu's office entries."""
