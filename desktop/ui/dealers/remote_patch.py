"""A colleague's change on the office database, patched into the open dealer list.

The live listener (ui.office.live) emits each colleague's change on ``bus.remote`` at once and,
a moment later, one ``bus.changed`` announcement for the lot. Reloading every row on that
announcement takes half a minute at 100,000 dealers; here the dealers the changes name are read
again on a worker (``listing.rows_for``: same archived rule, same row-level security) and only their
rows are replaced, added or removed in the model. Changes that name no dealer, or many at once (an
import), still read the whole list again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop.services.dealers import listing
from desktop.ui.change_bus import Change
from desktop.ui.office.live import kinds_of
from desktop.ui.operations import QueryOp

PATCH_MAX = 50  # more dealers changed by colleagues at once (an import): the whole list is read again
PATCH_WAIT_MS = 100  # colleagues' changes arriving within this are patched in together


class RemotePatch(QObject):
    """Owned by the dealer list (``view``: reload(), model, the filter combos, _load_gen/_has_rows/_reloading)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._ids: set[int] = set()
        self._everything = False  # a change that names no dealer: read every row again
        self._seen = False  # the listener's coming announcement is about changes handled here
        self._busy = False  # a patch is being read: the next waits for it (never applied out of order)
        self._timer = QTimer(self, singleShot=True, interval=PATCH_WAIT_MS, timeout=self._flush)
        view.app.bus.remote.connect(self._on_remote)

    def covers_announcement(self) -> bool:
        """True (once) when a ``Change.DEALERS`` announcement follows colleagues' changes handled here."""
        seen, self._seen = self._seen, False
        return seen

    def _on_remote(self, change) -> None:
        if Change.DEALERS not in kinds_of(change.table):
            return
        self._seen = True
        if change.dealer_id is None:
            self._everything = True
        else:
            self._ids.add(change.dealer_id)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        view = self.view
        if self._busy:
            return  # taken up when the patch being read lands
        ids, everything = self._ids, self._everything
        self._ids, self._everything = set(), False
        if everything or len(ids) > PATCH_MAX or not view._has_rows or view._reloading:
            view.reload()
            return
        include, ctx, gen = view._include_archived, view.app.ctx, view._load_gen
        self._busy = True
        QueryOp(view, lambda: listing.rows_for(ctx, ids, include_archived=include),
                lambda lines: self._patched(gen, ids, lines)).failure(self._failed).run()

    def _failed(self, _err) -> None:
        self._landed()
        self.view.reload()

    def _landed(self) -> None:
        self._busy = False
        if (self._ids or self._everything) and not self._timer.isActive():
            self._timer.start()

    def _patched(self, gen: int, ids: set[int], lines) -> None:
        view = self.view
        self._landed()
        if gen != view._load_gen:  # a full load was asked for meanwhile: it reads newer rows
            return
        for combo, values in ((view.city_combo, {line.city for line in lines}),
                              (view.brand_combo, {b for line in lines for b in line.brands.split("、")})):
            known = {combo.itemData(i) for i in range(1, combo.count())}
            if values - known - {""}:
                view._fill_combo(combo, sorted((values | known) - {""}))
        view.model.patch(ids, lines)
