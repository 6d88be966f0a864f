"""Where the data lives: platformdirs folders, --db and FAMILY_LEDGER_DB."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

ENV_DB = "FAMILY_LEDGER_DB"
DB_FILENAME = "family-ledger.db"

_dirs = PlatformDirs(appname="FamilyLedger", appauthor=False, roaming=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | None) -> Path:
    """--db wins over FAMILY_LEDGER_DB, which wins over the user's data folder."""
    raw = cli_value or os.environ.get(ENV_DB) or ""
    path = Path(raw).expanduser() if raw else default_db_path()
    return path.absolute()


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(value: object) -> bool:
    """``value`` names a PostgreSQL database (postgresql://user@host/db), not a data file."""
    return isinstance(value, str) and value.strip().lower().startswith(SERVER_SCHEMES)


def resolve_db(cli_value: str | None) -> Path | str:
    """The ledger to open: --db, else FAMILY_LEDGER_DB, else the server remembered in
    设置 › 数据库, else the data file in the user's data folder. A server address as given,
    a data file as its path."""
    raw = cli_value or os.environ.get(ENV_DB) or ""
    if is_server_url(raw):
        return raw.strip()
    if not raw and (remembered := remembered_server()):
        return remembered
    return resolve_db_path(cli_value)


REMEMBERED_FILE = "database.json"


def remembered_file() -> Path:
    """The small local file that remembers the server chosen in 设置 › 数据库."""
    return data_dir() / REMEMBERED_FILE


def remembered_server() -> str | None:
    """The server address to open at start when neither --db nor FAMILY_LEDGER_DB is
    given; None when none is remembered (or the file is not one of ours)."""
    import json

    try:
        value = json.loads(remembered_file().read_text(encoding="utf-8")).get("server")
    except (OSError, ValueError, AttributeError):
        return None
    return value.strip() if is_server_url(value) else None


def remember_server(address: str | None) -> None:
    """Open ``address`` at the next starts (None: the data file again). The file is the
    user's own (its address may carry the server password): readable by her account only,
    written whole or not at all."""
    import json

    from desktop.store.private import private_dir

    target = remembered_file()
    if address is None:
        target.unlink(missing_ok=True)
        return
    private_dir(target.parent)
    part = target.with_name(target.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"server": address.strip()}, out, ensure_ascii=False)
    os.replace(part, target)


def ledger_exists(db: Path | str) -> bool:
    """A data file is there; a server's database is looked at when it is opened."""
    return is_server_url(db) or Path(db).is_file()


def backup_dir_for(db_path: Path) -> Path:
    """Automatic copies go beside the default data, or beside a file chosen with --db."""
    if db_path.parent == data_dir().absolute():
        return data_dir() / "backups"
    return db_path.parent / "backups"


def server_backup_dir(host: str | None, database: str | None) -> Path:
    """Automatic dumps of a server database: the user's data folder, one folder per server
    and database (names reduced to letters, digits, dots and dashes)."""
    return _server_folder("server-backups", host, database)


def server_mappings_dir(host: str | None, database: str | None) -> Path:
    """The remembered column mappings of a server database (a data file keeps them beside
    itself): the user's data folder, one folder per server and database."""
    return _server_folder("server-mappings", host, database)


def _server_folder(kind: str, host: str | None, database: str | None) -> Path:
    import re

    def safe(text: str | None) -> str:
        return re.sub(r"[^A-Za-z0-9.-]+", "_", text or "") or "_"

    return data_dir() / kind / f"{safe(host or 'localhost')}-{safe(database)}"
