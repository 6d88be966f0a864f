"""About: version, where the data and the backups are, and the licences of bundled parts."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop import config
from desktop.resources import font_licence_path, icon_path

# (component, distribution for its version or "", licence, where its source and terms are)
COMPONENTS: tuple[tuple[str, str, str, str], ...] = (
    ("Python", "", "PSF-2.0", "https://docs.python.org/3/license.html"),
    ("Qt 6 / PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0",
     "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("SQLite", "", "Public domain", "https://sqlite.org/copyright.html"),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    ("SQLModel", "sqlmodel", "MIT", "https://sqlmodel.tiangolo.com"),
    ("Pydantic", "pydantic", "MIT", "https://docs.pydantic.dev"),
    ("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    ("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    ("pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 or BSD-3-Clause; PDFium: BSD-3-Clause",
     "https://github.com/pypdfium2-team/pypdfium2"),
    ("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org"),
    ("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    ("python-calamine", "python-calamine", "MIT",
     "https://github.com/dimastbk/python-calamine"),
    ("argon2-cffi", "argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io"),
    ("sqlcipher3 / SQLCipher / OpenSSL", "sqlcipher3",
     "zlib (sqlcipher3); BSD-3-Clause (SQLCipher Community); Apache-2.0 (OpenSSL)",
     "https://github.com/coleifer/sqlcipher3"),
    ("cryptography", "cryptography", "Apache-2.0 or BSD-3-Clause", "https://cryptography.io"),
    ("python-stdnum", "python-stdnum", "LGPL-2.1-or-later", "https://arthurdejong.org/python-stdnum/"),
    ("pypinyin", "pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("Droid Sans Fallback", "", "Apache-2.0", "resources/fonts"),
)


def _version_of(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build without that package's metadata
        return ""


def component_lines() -> list[str]:
    lines = []
    for name, distribution, licence, where in COMPONENTS:
        version = _version_of(distribution)
        label = f"{name} {version}".strip()
        lines.append(f"{label} — {licence} — {where}")
    return lines


class AboutDialog(QDialog):
    """Read-only; the one action opens the data folder in the file manager."""

    def __init__(self, db_path: Path, parent: QWidget | None = None,
                 open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Family Ledger"))
        self.db_path = db_path
        self.data_folder = db_path.parent
        self.backup_folder = config.backup_dir_for(db_path)
        self._open_url = open_url  # the file manager (a test passes its own to see the folder)

        self.version_label = QLabel(self.tr("Version {version}").format(
            version=desktop.__version__), self)
        heading = QLabel(f"<b>{self.tr('Family Ledger')}</b>", self)
        summary = QLabel(self.tr("Offline registers for a family-services clerk."), self)
        top = QVBoxLayout()
        for label in (heading, self.version_label, summary):
            top.addWidget(label)
        header = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(icon_path(64))))
        header.addWidget(icon)
        header.addLayout(top, 1)

        self.data_file_label = self._path_label(db_path)
        self.data_folder_label = self._path_label(self.data_folder)
        self.backup_folder_label = self._path_label(self.backup_folder)
        self.open_button = QPushButton(self.tr("Open data folder"), self)
        self.open_button.clicked.connect(self.open_data_folder)
        form = QFormLayout()
        form.addRow(self.tr("Data file:"), self.data_file_label)
        form.addRow(self.tr("Data folder:"), self.data_folder_label)
        form.addRow(self.tr("Backup folder:"), self.backup_folder_label)
        form.addRow("", self.open_button)

        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setPlainText(self.licence_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Third-party components and their licences:"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _path_label(self, path: Path) -> QLabel:
        label = QLabel(str(path), self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def open_data_folder(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self.data_folder)))

    def licence_text(self) -> str:
        parts = [
            self.tr("Family Ledger is free software under the MIT licence. It includes these "
                    "components, each under its own licence:"),
            "",
            *component_lines(),
            "",
            self.tr("Qt and PySide6 are used under the GNU LGPL version 3: their libraries are "
                    "separate files in the program folder and may be replaced by compatible "
                    "versions. Their source code is at https://download.qt.io and "
                    "https://code.qt.io/cgit/pyside/pyside-setup.git."),
            "",
        ]
        try:
            parts.append(font_licence_path().read_text(encoding="utf-8"))
        except OSError:
            parts.append(self.tr("The font's licence file is missing: {path}").format(
                path=font_licence_path()))
        return "\n".join(parts)
