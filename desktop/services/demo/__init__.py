"""Synthetic demo data of every record kind, with a few deliberate contradictions."""
