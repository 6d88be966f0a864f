"""The clerk's own workbooks: her sheets and headers mapped onto the exchange format.

Her file is read as it is (title rows, merged cells, her headers, her words for values, her
date forms), translated row by row into the exchange sheets and columns, and then checked,
previewed, imported and undone by the normal exchange pipeline. Nothing here imports Qt.
"""
