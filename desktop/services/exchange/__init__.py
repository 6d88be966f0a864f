"""The exchange workbook: read, check, plan, write (import), undo, export and the template."""
