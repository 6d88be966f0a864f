"""Reminders: who is due for what (the rules as one SQL query) and postponements."""
