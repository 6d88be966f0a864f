"""Indicators: the counts and rates of a report period, the persons behind each number, the overview, report export."""
