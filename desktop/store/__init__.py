"""Storage: tables, engine, migrations. No Qt here."""
