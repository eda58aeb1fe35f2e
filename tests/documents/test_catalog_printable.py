"""Every message a document may print is printable with the bundled fonts: a character no bundled
face has (like '▸', which a packet's note once carried) refuses the whole document at print time, so
it is caught here, in every language, for the catalogues' messages."""

from __future__ import annotations

from desktop import i18n
from desktop.documents import fonts

# Messages only windows and the command line show (never drawn by ReportLab).
SCREEN_ONLY = {"db.damaged"}


def test_every_catalogue_message_is_printable_with_the_bundled_fonts():
    fonts.register()
    i18n.t("doc.packet.no_insurers")  # loads every catalogue
    unprintable = {key: fonts.missing(en + zh) for key, (en, zh) in i18n.CATALOG.items() if key not in SCREEN_ONLY}
    unprintable = {key: chars for key, chars in unprintable.items() if chars}
    assert not unprintable, f"characters no bundled font has: {unprintable}"
