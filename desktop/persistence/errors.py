"""The database's own errors, in the user's language: a bad URL, an unreadable file, and the
driver's reasons people meet most (a full disk, a read-only file, a lock held too long)."""

from __future__ import annotations


class DatabaseError(Exception):
    """The database cannot be used: bad URL, unreachable server, unreadable file.

    ``str()`` is the English line for logs; :meth:`message` the same in the user's language
    (``code`` is an i18n key, ``params`` fill it; the driver's own reason stays as the driver
    wrote it, translated only where it is one of the common ones in ``DRIVER_REASONS``).
    """

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        from desktop.i18n import t

        super().__init__(t(code, "en", **params))

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        params = {k: driver_reason(v, lang) if k == "reason" else v for k, v in self.params.items()}
        return t(self.code, lang, **params)


# The driver reasons a user meets most (a wrong file, a file in use, no permission), in Chinese.
DRIVER_REASONS = {
    "file is not a database": "文件不是数据库",
    "unable to open database file": "无法打开数据库文件",
    "database is locked": "数据库正被其他程序占用",
    "attempt to write a readonly database": "数据库文件只读，无法写入",
    "database disk image is malformed": "数据库文件已损坏",
    "disk I/O error": "磁盘读写错误",
    "database or disk is full": "磁盘已满",
}


def driver_reason(reason: str, lang: str | None = None) -> str:
    """The driver's reason, in Chinese when the language is Chinese and the reason is a known one."""
    from desktop.i18n import language

    if (lang or language()) != "zh_CN":
        return reason
    for english, chinese in DRIVER_REASONS.items():
        if reason.strip().lower().startswith(english.lower()):
            return chinese + reason.strip()[len(english):]
    return reason
