"""Fixtures shared by every test folder: the throwaway PostgreSQL server and the choice of
backend that ``tests.helpers.fresh_services`` opens (see tests/pg_server.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import helpers
from tests.pg_server import ENV, PgServer, given_server, opted_out, start_cluster

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    """The tests never touch the user's own folders: the data folder (logs, server dumps,
    mappings) and Qt's settings file go to a folder of this test process (each parallel worker
    its own), removed at exit."""
    import atexit
    import os
    import shutil
    import tempfile

    home = tempfile.mkdtemp(prefix="family-ledger-home-")
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")


def pytest_report_header(config: pytest.Config) -> str:
    if opted_out():
        return f"PostgreSQL tests: left out ({ENV}=off)"
    return "PostgreSQL tests: on a throwaway server"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With the documented opt-out the PostgreSQL runs are deselected, and so is the server
    run of a test marked ``data_file`` (counted as deselected in the summary, never skipped
    in silence)."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgresql":
            item.add_marker("postgresql")
    keep, drop = [], []
    for item in items:
        on_server = "postgresql" in item.keywords
        # a test of the data file itself (its bytes, a second process on it) has no server run
        file_only = on_server and item.get_closest_marker("data_file") is not None
        (drop if on_server and (opted_out() or file_only) else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One server for the session, with the migrated template database.

    Its folder is its own under the system's temp folder, not pytest's: pytest makes its
    folder owner-only at every start, which would lock out the server's system user."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    given = os.environ.get(ENV, "")
    folder = None
    if given.startswith("postgresql://"):
        server = given_server(given)
    else:
        folder = Path(tempfile.mkdtemp(prefix="family-ledger-pg-"))
        server = start_cluster(folder / "cluster")
    try:
        server.prepare_template()
        yield server
    finally:
        server.stop()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=BACKENDS, ids=("sqlite", "pg"))
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test once on a SQLite file and once on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    server = request.getfixturevalue("pg_server")
    helpers.BACKEND.server = server
    try:
        yield "postgresql"
    finally:
        helpers.BACKEND.server = None
        for url in helpers.BACKEND.created:
            server.drop(url)
        helpers.BACKEND.created.clear()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh ledger database on the test server (schema at head); dropped afterwards."""
    url = pg_server.create()
    yield url
    pg_server.drop(url)


@pytest.fixture
def empty_pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database (no tables) on the test server."""
    url = pg_server.create(template="template0")
    yield url
    pg_server.drop(url)
