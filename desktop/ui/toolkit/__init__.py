"""Small Qt helpers every area uses: widgets, field error marks, error messages, layout memory, sorting."""
