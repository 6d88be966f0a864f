"""Tabs of the person editor for her records (pregnancies, contraception, check-ups, ...)."""
