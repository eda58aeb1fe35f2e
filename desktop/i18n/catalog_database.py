"""Messages about the database file itself: its locks, where it may live, what the disk and the
driver refuse, migrations and restores that must be all or nothing."""

ENTRIES: dict[str, tuple[str, str]] = {
    "db.live_file": ("{path} is the database DealerDesk has open (or one of its working files); choose another file",
                     "{path} 是 DealerDesk 正在使用的数据库（或其工作文件），请另选文件"),
    "db.lock_lost": ("DealerDesk no longer holds the lock on its database {path}, so saving now could lose data. "
                     "The last change was not saved. Close DealerDesk and open it again, then repeat the change",
                     "DealerDesk 已失去对数据库 {path} 的锁定，此时保存可能丢失数据，刚才的修改未保存。"
                     "请关闭 DealerDesk 后重新打开，再重做这次修改"),
    "db.in_memory": ("{url} keeps the data only in memory and loses everything when DealerDesk exits; "
                     "give a database file (sqlite:///path/to/file.sqlite3) or a server",
                     "{url} 只把数据保存在内存中，程序退出后全部丢失；请指定数据库文件（sqlite:///路径/文件.sqlite3）或服务器"),
    "db.upgrade_failed_unchanged": ("database upgrade failed: {reason}. Nothing was changed: {path} is exactly as it was "
                                    "(schema {revision}) and this version of DealerDesk cannot open it; keep the file and "
                                    "report the problem with the log",
                                    "数据库升级失败：{reason}。数据库未作任何改动：{path} 仍保持原样（数据库版本 {revision}），"
                                    "但本版本的 DealerDesk 无法打开它；请保留该文件，并连同日志报告此问题"),
    "db.upgrade_broke_links": ("the upgrade would leave records pointing at records that do not exist ({reason})",
                               "升级会使部分记录指向不存在的记录（{reason}）"),
    "db.backup_failed": ("could not copy the database to {path} before the upgrade: {reason}",
                         "升级前无法将数据库复制到 {path}：{reason}"),
    "db.not_ours": ("this database says it is a DealerDesk database (schema {revision}) but does not look like one "
                    "({reason}); it was left untouched",
                    "此数据库自称是 DealerDesk 数据库（数据库版本 {revision}），但其结构与之不符（{reason}），未作任何改动"),
    "restore.upgrade_failed": ("{path} was made by an earlier version and cannot be brought up to date ({reason}); "
                               "nothing was changed",
                               "{path} 由早期版本生成，无法升级到当前版本（{reason}），当前数据未作任何改动"),
}
