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
    """The ledger to open: a server address as given, else the data file's path."""
    raw = cli_value or os.environ.get(ENV_DB) or ""
    if is_server_url(raw):
        return raw.strip()
    return resolve_db_path(cli_value)


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
