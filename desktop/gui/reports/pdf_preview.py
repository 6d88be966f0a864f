"""The in-app PDF preview: one page at a time in a scroll area, page navigation, zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.reports.pdf_render import PdfPages

ZOOMS = (50, 75, 100, 125, 150, 200)
SCREEN_DPI = 96.0


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._index = 0
        self.image: QImage | None = None  # the page on screen

        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.page_label = QLabel(self)
        self.zoom_combo = QComboBox(self)
        for zoom in ZOOMS:
            self.zoom_combo.addItem(f"{zoom}%", zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(100))
        self.page_view = QLabel(self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setStyleSheet("background: #808080;")
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.page_view)
        self.scroll_area.setWidgetResizable(True)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Zoom"), self))
        bar.addWidget(self.zoom_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_combo.currentIndexChanged.connect(self._render)
        self.clear()

    # -- public ----------------------------------------------------------------
    def load(self, path: Path | str) -> int:
        """Show the first page of the PDF at ``path``; the number of pages."""
        self.clear()
        self._pages = PdfPages(path)
        self._index = 0
        self._render()
        return len(self._pages)

    def clear(self) -> None:
        if self._pages is not None:
            self._pages.close()
        self._pages = None
        self.image = None
        self.page_view.clear()
        self.page_view.setText(self.tr("No preview yet: press Preview PDF."))
        self._update_buttons()

    def page_count(self) -> int:
        return len(self._pages) if self._pages is not None else 0

    def current_page(self) -> int:
        return self._index

    def show_page(self, index: int) -> None:
        if self._pages is not None and 0 <= index < len(self._pages):
            self._index = index
            self._render()

    def next_page(self) -> None:
        self.show_page(self._index + 1)

    def previous_page(self) -> None:
        self.show_page(self._index - 1)

    # -- helpers ---------------------------------------------------------------
    def _render(self) -> None:
        if self._pages is None:
            return
        zoom = self.zoom_combo.currentData() or 100
        ratio = self.devicePixelRatioF()
        self.image = self._pages.image(self._index, SCREEN_DPI * zoom / 100 * ratio)
        pixmap = QPixmap.fromImage(self.image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.page_count()
        self.prev_button.setEnabled(count > 0 and self._index > 0)
        self.next_button.setEnabled(count > 0 and self._index < count - 1)
        self.zoom_combo.setEnabled(count > 0)
        if count:
            self.page_label.setText(self.tr("Page {page} of {count}").format(
                page=self._index + 1, count=count))
        else:
            self.page_label.clear()
