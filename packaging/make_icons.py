"""Render resources/icons/family-ledger.svg to the PNG sizes and a multi-size .ico.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Run it after editing the SVG and commit the results. Qt only (QtSvg from PySide6-Essentials):
the .ico is written here (PNG-compressed 256 px entry, 32-bit bitmaps below, as Windows
Explorer and Inno Setup expect), so no image library is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle import ICON_SIZES, icon_file  # noqa: E402


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """32-bit BGRA bitmap, bottom-up, with the (unused, all clear) 1-bit AND mask."""
    size = image.width()
    row = size * 4
    raw = bytes(image.constBits())[: row * size]  # ARGB32 is B, G, R, A in memory
    pixels = b"".join(raw[y * row:(y + 1) * row] for y in reversed(range(size)))
    mask = b"\0" * (((size + 31) // 32) * 4 * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0,
                         len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    blobs = [png_bytes(i) if i.width() >= 256 else dib_bytes(i) for i in images]
    offset = 6 + 16 * len(images)
    directory = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(blobs)


def main() -> int:
    renderer = QSvgRenderer(str(icon_file("svg")))
    if not renderer.isValid():
        print(f"cannot read {icon_file('svg')}", file=sys.stderr)
        return 1
    images = [render(renderer, size) for size in ICON_SIZES]
    for size, image in zip(ICON_SIZES, images, strict=True):
        icon_file("png", size).write_bytes(png_bytes(image))
    icon_file("ico").write_bytes(ico_bytes(images))
    print(f"wrote {len(images)} PNG sizes and {icon_file('ico').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
