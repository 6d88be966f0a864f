"""Plain-Python rules: no Qt, no SQL."""
