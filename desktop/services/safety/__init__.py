"""Safety: verified backups, restore, the password and lock, and the change log."""
