"""PDF pages as QImages (pypdfium2) for the in-app preview and for printing.

The document is read from bytes, so the file is not held open (Windows would lock it).
pdfium is not thread-safe: use one PdfPages object on one thread at a time.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0


class PdfPages:
    def __init__(self, path: Path | str) -> None:
        self._doc = pdfium.PdfDocument(Path(path).read_bytes())

    def __len__(self) -> int:
        return len(self._doc)

    def size_points(self, index: int) -> tuple[float, float]:
        return tuple(self._doc[index].get_size())  # type: ignore[return-value]

    def image(self, index: int, dpi: float) -> QImage:
        page = self._doc[index]
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # the bitmap's buffer goes away with it

    def close(self) -> None:
        self._doc.close()


def print_pdf(path: Path | str, printer: QPrinter, should_stop=None) -> int:  # noqa: ANN001
    """Each page rendered at the printer's resolution and painted onto it; the page count.

    The printer's page orientation follows the first page (registers print landscape)."""
    pages = PdfPages(path)
    try:
        if not len(pages):
            return 0
        width, height = pages.size_points(0)
        orientation = (QPageLayout.Orientation.Landscape if width > height
                       else QPageLayout.Orientation.Portrait)
        printer.setPageSize(QPageSize(QSizeF(min(width, height), max(width, height)),
                                      QPageSize.Unit.Point))
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = min(printer.resolution(), 300)
            for index in range(len(pages)):
                if should_stop is not None and should_stop():
                    break
                if index:
                    printer.newPage()
                image = pages.image(index, dpi)
                target = painter.viewport()
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
            return len(pages)
        finally:
            painter.end()
    finally:
        pages.close()
