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
    # --- what the disk and the driver refuse (persistence.driver_errors) ------------------------
    "db.disk_full": ("The disk holding the database is full ({where}); the last change was not saved. "
                     "Free some space on it, then try again",
                     "数据库所在的磁盘已满（{where}），刚才的修改未保存。请清理出磁盘空间后重试"),
    "db.read_only_file": ("The database file {path} is read-only, so nothing can be saved. Make the file writable "
                          "(or open a writable copy with --db), then try again",
                          "数据库文件 {path} 是只读的，无法保存任何修改。请取消该文件的只读属性"
                          "（或用 --db 打开一份可写的副本）后重试"),
    "db.read_only_folder": ("The folder {folder} cannot be written to, and SQLite keeps its working files (-wal, -shm) "
                            "beside the database {path}. Make the folder writable or move the database to a folder "
                            "you can write to, then try again",
                            "无法写入文件夹 {folder}，而 SQLite 需要在数据库 {path} 旁边创建工作文件（-wal、-shm）。"
                            "请让该文件夹可写，或把数据库移到可写的文件夹后重试"),
    "db.read_only_server": ("The database server accepts no changes at the moment (it is read-only); try again later "
                            "or ask its administrator",
                            "数据库服务器当前只读，不接受任何修改；请稍后重试或联系数据库管理员"),
    "db.locked": ("The database is busy: {holder} has held its write lock for more than {seconds} seconds, so the last "
                  "change was not saved. Wait a moment and try again; if it stays busy, close that program",
                  "数据库正忙：{holder}占用写入锁已超过 {seconds} 秒，刚才的修改未保存。请稍等片刻后重试；"
                  "如果一直如此，请关闭该程序"),
    "db.holder_known": ("another program ({process})", "另一个程序（{process}）"),
    "db.holder_unknown": ("another program", "另一个程序"),
    "db.holder_colleague": ("another user's session", "其他用户的会话"),
    "db.io_error": ("Reading or writing the database {path} failed ({reason}); the last change was not saved. "
                    "Check the disk or network drive, then try again",
                    "读写数据库 {path} 时出错（{reason}），刚才的修改未保存。请检查磁盘或网络驱动器后重试"),
    "db.damaged": ("The database file {path} is damaged ({reason}). Put back a backup: File > Restore from backup, "
                   "or dealerdesk restore",
                   "数据库文件 {path} 已损坏（{reason}）。请从备份恢复：“文件 ▸ 从备份恢复”，或 dealerdesk restore"),
    "db.connection_lost": ("The connection to the database server was lost ({reason}); the last change was not saved. "
                           "Check the network, then try again",
                           "与数据库服务器的连接已断开（{reason}），刚才的修改未保存。请检查网络后重试"),
    # --- files (desktop.errors.describe_os_error) and the last resort ----------------------------
    "file.disk_full": ("The disk is full: {path} could not be written. Free some space, then try again",
                       "磁盘已满，无法写入 {path}。请清理出磁盘空间后重试"),
    "file.read_only": ("{path} is on a read-only disk; choose another place", "{path} 位于只读磁盘上，请另选位置"),
    "file.no_permission": ("No permission to use {path}; choose another place or ask for access",
                           "没有权限使用 {path}，请另选位置或申请权限"),
    "file.missing": ("{path} (or its folder) does not exist", "找不到 {path}（或其所在的文件夹）"),
    "file.is_folder": ("{path} is a folder, not a file", "{path} 是文件夹，不是文件"),
    "file.other": ("{path} could not be read or written: {reason}", "无法读写 {path}：{reason}"),
    "cli.unexpected": ("unexpected error ({kind}); the details are in the log {log}",
                       "发生意外错误（{kind}），详情已写入日志 {log}"),
    "packet.not_marked": ("The copies are written, but the meeting could not be marked as printed: {reason}",
                          "各份资料已生成，但未能将会谈标记为已打印：{reason}"),
}
