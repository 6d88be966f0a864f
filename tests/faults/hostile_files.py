"""Makers of hostile workbooks, built in a test's folder from their XML (no binary fixtures)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from tests.helpers import TODAY, woman_id

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
B = TODAY.replace(year=1990)
HEAD = ["姓名", "身份证号", "单位"]


def _rels(body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{body}</Relationships>')


def book(path: Path, sheets: dict[str, Iterable[bytes] | bytes], shared: bytes | None = None,
         level: int = 6) -> Path:
    """An .xlsx of the given sheet XML (bytes, or chunks streamed into the zip)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        entries = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                          for i, name in enumerate(sheets, start=1))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {NS} xmlns:r="http://'
                   'schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets>{entries}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/'
                       'officeDocument/2006/relationships/worksheet" '
                       f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
        if shared is not None:
            rels += ('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
        z.writestr("xl/_rels/workbook.xml.rels", _rels(rels))
        z.writestr("_rels/.rels", _rels(
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/>'))
        over = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                       for i in range(1, len(sheets) + 1))
        if shared is not None:
            over += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                     'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                   'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   f'spreadsheetml.sheet.main+xml"/>{over}</Types>')
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        for i, xml in enumerate(sheets.values(), start=1):
            with z.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as out:
                for piece in ([xml] if isinstance(xml, bytes) else xml):
                    out.write(piece)
    return path


def sheet_xml(rows: Iterable[str], dimension: str | None = None) -> Iterable[bytes]:
    yield f'<?xml version="1.0"?><worksheet {NS}>'.encode()
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 10_000:
            yield "".join(batch).encode()
            batch = []
    yield "".join(batch).encode()
    yield b"</sheetData></worksheet>"


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def person_rows(count: int = 1, start: int = 2) -> list[str]:
    rows = ['<row r="1">' + "".join(text_cell(f"{c}1", h) for c, h in zip("ABC", HEAD, strict=True)) + "</row>"]
    for n in range(start, start + count):
        rows.append(f'<row r="{n}">' + text_cell(f"A{n}", "甲") + text_cell(f"B{n}", woman_id(B, 2 * n))
                    + text_cell(f"C{n}", "一村") + "</row>")
    return rows


def far_corner(path: Path, corner: str) -> Path:
    """Cells A1 and one far corner (XFD1048576, ZZ1048576): a huge used range of two cells."""
    row = int("".join(ch for ch in corner if ch.isdigit()))
    rows = ['<row r="1">' + text_cell("A1", "姓名") + "</row>",
            f'<row r="{row}">' + text_cell(corner, "x") + "</row>"]
    return book(path, {"人员": b"".join(sheet_xml(rows))})


def shared_amplifier(path: Path, cells: int = 100_000, size: int = 1 << 20) -> Path:
    """One 1 MB shared string used by 100,000 cells: 100 GB of text once expanded."""
    shared = (f'<?xml version="1.0"?><sst {NS} count="{cells}" uniqueCount="1"><si><t>'
              + "甲" * (size // 3) + "</t></si></sst>").encode()
    rows = (f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, cells + 1))
    return book(path, {"人员": sheet_xml(rows)}, shared=shared)


def zip_bomb(path: Path, unpacked: int = (2 << 30) + (64 << 20)) -> Path:
    """Real cells, over 2 GB once unpacked, a few MB packed."""
    row = text_cell("A1", "甲" * 20)
    block = ("<row>" + row + "</row>") * 20_000
    data = block.encode()

    def pieces() -> Iterable[bytes]:
        yield f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode()
        for _ in range(unpacked // len(data) + 1):
            yield data
        yield b"</sheetData></worksheet>"

    return book(path, {"人员": pieces()}, level=1)


def million_rows(path: Path, rows: int = 1_048_576) -> Path:
    """A full-height sheet within the limits: header, one real person, then rows whose only
    cell is a space (blank to the check, but each one read)."""
    body = person_rows(1)
    filler = (f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t> </t></is></c></row>'
              for n in range(3, rows + 1))
    return book(path, {"人员": sheet_xml(_chain(body, filler))})


def _chain(first: list[str], rest: Iterable[str]) -> Iterable[str]:
    yield from first
    yield from rest


def long_cell_xlsx(path: Path, length: int = 10 * 1024 * 1024) -> Path:
    rows = person_rows(2)  # header, row 2 good, row 3 with a name of ``length`` characters
    rows[2] = rows[2].replace(text_cell("A3", "甲"), text_cell("A3", "x" * length))
    return book(path, {"人员": b"".join(sheet_xml(rows))})


def long_cell_csv(path: Path, length: int = 10 * 1024 * 1024) -> Path:
    lines = [",".join(HEAD), f"甲,{woman_id(B, 4)},一村", f"{'x' * length},{woman_id(B, 6)},一村"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods_cell(text: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{times}><text:p>{text}</text:p>'
            "</table:table-cell>")


def ods(path: Path, rows: Iterable[str], sheet: str = "人员") -> Path:
    """An .ods of one table with the given <table:table-row> elements."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">'
               + "".join(rows) + "</table:table></office:spreadsheet></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
            'oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:'
            'full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
            'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'))
    return path
