"""设置 › 考核目标: the office's target for each rate (blank: no 达标 mark) and the size
rule of the monthly verification sample (核对抽查)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.indicators import RATE_LABELS, STATISTICAL_ERROR, RateKey
from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.safety.security import SecurityService
from desktop.services.settings import MAX_SAMPLE, RATE_TARGETS, SAMPLE_SIZE, SettingsService

STATISTICAL_ERROR_LABEL = QT_TRANSLATE_NOOP("indicators", "Statistical error")
ERROR_STYLE = "color: #b00020;"
PERCENT = QRegularExpression(r"^\s*(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)?\s*%?\s*$")


def target_label(key: str) -> str:
    if key == STATISTICAL_ERROR:
        return QCoreApplication.translate("indicators", STATISTICAL_ERROR_LABEL)
    return QCoreApplication.translate("indicators", RATE_LABELS[RateKey(key)])


class TargetsDialog(QDialog):
    def __init__(self, settings: SettingsService, security: SecurityService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._security = security
        self.setWindowTitle(self.tr("Targets"))
        self._shown = settings.target_texts()
        self.edits: dict[str, QLineEdit] = {}
        targets = QGroupBox(self.tr("Targets of the rates (blank: no mark)"), self)
        form = QFormLayout(targets)
        validator = QRegularExpressionValidator(PERCENT, self)
        for key, text in self._shown.items():
            edit = QLineEdit(text, self)
            edit.setValidator(validator)
            edit.setPlaceholderText(self.tr("no target"))
            edit.setMaximumWidth(90)
            self.edits[key] = edit
            way = self.tr("at most, %") if key == STATISTICAL_ERROR else self.tr("at least, %")
            form.addRow(f"{target_label(key)}（{way}）", edit)
        share, low, high = settings.sample_size()
        self.share_edit = QLineEdit(_number(share * 100), self)
        self.share_edit.setValidator(validator)
        self.share_edit.setMaximumWidth(90)
        self.min_spin, self.max_spin = QSpinBox(self), QSpinBox(self)
        for spin, value in ((self.min_spin, low), (self.max_spin, high)):
            spin.setRange(1, MAX_SAMPLE)
            spin.setValue(value)
            spin.setSuffix(self.tr(" persons"))
        sample = QGroupBox(self.tr("Monthly verification sample"), self)
        sample_form = QFormLayout(sample)
        sample_form.addRow(self.tr("&Share of the active persons, %"), self.share_edit)
        sample_form.addRow(self.tr("At &least"), self.min_spin)
        sample_form.addRow(self.tr("At &most"), self.max_spin)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(targets)
        layout.addWidget(sample)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = self._settings
        try:
            values = {
                RATE_TARGETS: settings.targets_value(
                    {key: edit.text() for key, edit in self.edits.items()}),
                SAMPLE_SIZE: settings.sample_size_value(
                    self.share_edit.text(), self.min_spin.value(), self.max_spin.value()),
            }
            self._security.set_office_details(values)  # each change logged
        except LedgerError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


def _number(value) -> str:  # noqa: ANN001 - a Fraction
    return f"{float(value):.2f}".rstrip("0").rstrip(".")
