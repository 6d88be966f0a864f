"""Clerks' accounts: each signs in with her own name and password (optional)."""
