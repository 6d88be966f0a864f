"""Every service test runs on both backends: a SQLite file and a PostgreSQL database."""

import pytest


@pytest.fixture(autouse=True)
def _both_backends(backend: str) -> str:
    return backend
