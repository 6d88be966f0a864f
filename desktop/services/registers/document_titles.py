"""Titles of printed documents chosen by the front ends (Chinese office documents, like
register_export's sheet names): the GUI passes them to desktop/reports/ writers."""

ROSTER_TITLE = "育龄妇女花名册"  # 花名册 of the persons page's current list
