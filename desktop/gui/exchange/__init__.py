"""The Excel exchange in the GUI: import dialog and the File menu entries."""
