"""The six registers, their Excel export, the data checks (数据核查) and what printed documents read."""
