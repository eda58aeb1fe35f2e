"""The snapshot a pack is made from: the contract revision, its template version and the attachments'
fingerprints, as JSON that turns back into the very same records.

Stored with every generated pack (with the PDF's SHA-256), so a pack can be explained — and made
again — years later, whatever has changed since. Pure functions, no side effects.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop.rules.contracts.records import Attachment, Contract, Template

FORMAT = 1


@dataclass
class PackInput:
    """Everything a contract pack is made from (attachment bytes travel beside it, by position).

    It holds the whole contract record, internal fields included (negotiation items, approver, who
    generated it): the stored snapshot is our record. The pack prints only what the dealer's copy shows."""

    uid: str
    lang: str
    contract: Contract
    template: Template
    attachments: list[Attachment] = field(default_factory=list)
    generated_at: datetime | None = None
    generated_by: str = ""
    organisation: str = ""  # page header: company and branch
    previous: Contract | None = None  # the revision this one amends (its supplement lists the changes)
    previous_template: Template | None = None


def to_json(value):
    """Records → JSON-able values (Decimal and dates as strings; ``warnings`` are not part of a snapshot)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "warnings"}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def snapshot(pack: PackInput) -> dict:
    return {"format": FORMAT, **to_json(pack)}


def from_snapshot(data: dict) -> PackInput:
    body = {k: v for k, v in data.items() if k != "format"}
    return _build(PackInput, body)


def from_json(tp, data):
    """A record of type ``tp`` from what ``to_json`` made of it."""
    return _value(tp, data)


def _build(tp, data):
    hints = typing.get_type_hints(tp)
    kwargs = {}
    for f in dataclasses.fields(tp):
        if f.name in data:
            kwargs[f.name] = _value(hints[f.name], data[f.name])
    return tp(**kwargs)


def _value(tp, raw):
    if raw is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _value(options[0], raw)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_value(inner, v) for v in raw]
    if origin is dict:
        _key, inner = typing.get_args(tp)
        return {k: _value(inner, v) for k, v in raw.items()}
    if dataclasses.is_dataclass(tp):
        return _build(tp, raw)
    if tp is Decimal:
        return Decimal(raw)
    if tp is datetime:
        return datetime.fromisoformat(raw)
    if tp is date:
        return date.fromisoformat(raw)
    return raw
