"""Typed rule errors. Each carries a message code and parameters; the UI and CLI translate them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FieldProblem:
    """One problem with one field: ``code`` is a key of the i18n catalogue."""

    field: str
    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang, **self.params)


class RuleError(ValueError):
    """A value breaks a rule. ``problems`` lists every field at fault, not just the first."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in self.problems))

    def messages(self, lang: str | None = None) -> dict[str, str]:
        """field → translated message (first problem per field)."""
        out: dict[str, str] = {}
        for p in self.problems:
            out.setdefault(p.field, p.message(lang))
        return out


class Problems:
    """Collects field problems during validation; ``raise_if_any`` raises one RuleError."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, field_name: str, code: str, **params) -> None:
        self.items.append(FieldProblem(field_name, code, params))

    def check(self, field_name: str, fn, value):
        """Run a normaliser; record its problem under ``field_name`` and return None on failure."""
        try:
            return fn(value)
        except RuleError as err:
            for p in err.problems:
                self.items.append(FieldProblem(field_name, p.code, p.params))
            return None

    def raise_if_any(self) -> None:
        if self.items:
            raise RuleError(list(self.items))
