"""Brochures or dealer file cards for many dealers in one go: one PDF each in a folder, and all of
them in one combined PDF, in the order given (the dealer list's order).

Each document is rendered by its own use case exactly as when printed alone (``printing.brochure``,
``card.dealer_card``). A dealer whose document cannot be made (a character no font has, a file
gone meanwhile) is skipped and named; the others are still made. ``progress(done, total)``
returning False stops the batch: what was written is removed again and ``cancelled`` is set.
Worker thread; reads only.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pypdf

from desktop.errors import ServiceError
from desktop.rules.errors import RuleError
from desktop.services.context import ServiceContext
from desktop.services.dealers import listing

KINDS = ("cards", "brochures")


@dataclass
class BatchResult:
    folder: str
    combined: str = ""  # the one PDF holding every document ('' when none was made)
    paths: list[str] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (dealer id, why), in the user's language
    cancelled: bool = False


def _file_name(name: str, dealer_id: int) -> str:
    import re

    return (re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_")[:60] or "dealer") + f"-{dealer_id}.pdf"


def print_batch(ctx: ServiceContext, dealer_ids: list[int], kind: str, lang: str, folder: str | Path,
                progress: Callable[[int, int], bool] | None = None) -> BatchResult:
    """Render ``kind`` ('cards' or 'brochures') for every dealer of ``dealer_ids`` into ``folder`` (created)."""
    from desktop.documents.fonts import MissingGlyphs
    from desktop.i18n import t
    from desktop.services.dealers.card import dealer_card
    from desktop.services.negotiation import printing

    if kind not in KINDS:
        raise ValueError(kind)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    result = BatchResult(str(out))
    tick = progress or (lambda _done, _total: True)
    total = len(dealer_ids)
    names = {row.id: row.short_name or row.legal_name for row in listing.list_rows(ctx, include_archived=True)}
    for done, dealer_id in enumerate(dealer_ids):
        if not tick(done, total):
            shutil.rmtree(out, ignore_errors=True)
            return BatchResult(str(out), cancelled=True)
        target = out / _file_name(names.get(dealer_id, ""), dealer_id)
        try:
            if kind == "cards":
                dealer_card(ctx, dealer_id, lang, target)
            else:
                printing.brochure(ctx, dealer_id, lang, target)
        except (ServiceError, RuleError, MissingGlyphs) as err:
            if isinstance(err, MissingGlyphs):
                why = t("batch.glyphs", lang)
            elif isinstance(err, RuleError):
                why = "；".join(err.messages(lang).values())
            else:
                why = err.message(lang)
            result.skipped.append((dealer_id, f"{names.get(dealer_id, dealer_id)}：{why}"))
            continue
        result.paths.append(str(target))
    if not tick(total, total):
        shutil.rmtree(out, ignore_errors=True)
        return BatchResult(str(out), cancelled=True)
    if result.paths:
        combined = out / ("全部.pdf" if lang == "zh_CN" else "all.pdf")
        writer = pypdf.PdfWriter()
        for path in result.paths:
            writer.append(path)
        with open(combined, "wb") as fh:
            writer.write(fh)
        result.combined = str(combined)
    return result
