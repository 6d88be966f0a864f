"""The 报表 page's parts: figures, the persons behind a figure, PDF preview and printing."""
