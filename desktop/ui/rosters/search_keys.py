"""Storing the pinyin search keys a roster import left for later (``services/dealers/keys.py``), in
the background on the write worker: after an import in the wizard, and once at start-up for
imports made from the command line. The dealer list computes missing keys itself meanwhile, so
nothing on screen waits for this or changes with it."""

from __future__ import annotations

import logging

from desktop.ui.operations import CollectionOp

log = logging.getLogger("dealerdesk.ui")


def complete_later(parent, app) -> None:
    from desktop.services.dealers import keys as dealer_keys

    ctx = app.ctx
    CollectionOp(parent, lambda: dealer_keys.complete(ctx)) \
        .failure(lambda err: log.warning("search keys not stored yet: %s", err)).run()
