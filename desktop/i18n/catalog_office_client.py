"""Messages of the office windows' own services (sign-in, work assignment) below the UI."""

ENTRIES: dict[str, tuple[str, str]] = {
    "kind.work_item": ("work item", "待办事项"),
}
