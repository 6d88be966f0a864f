"""Base of the small record forms: the service is called on OK, so a problem is shown in
the form (focused on its field) and nothing the clerk typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError, StaleRecordError
from desktop.gui.dialogs.field_labels import field_label
from desktop.gui.records.closed_check import confirm_record, form_days
from desktop.i18n import error_text


def problem_text(exc: LedgerError) -> str:
    """The refusal of a form's save in words (a stale save: the fields the other clerk
    changed by their labels)."""
    if isinstance(exc, StaleRecordError):
        exc.params["fields"] = "、".join(field_label(f) for f in exc.changed_fields) or "-"
    return error_text(exc)


class RecordDialog(QDialog):
    """Subclasses fill ``self.form``, map field names to widgets in ``self.fields`` and
    implement ``submit()`` (call the service; raise LedgerError on a problem).
    ``closed_kind`` names the figures it can move in a closed period (closed_check.py)."""

    closed_kind = ""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def describe(self, exc: LedgerError) -> str:
        return problem_text(exc)

    def accept(self) -> None:
        if self.closed_kind and not confirm_record(self, form_days(self), self.closed_kind):
            return  # the form stays open with what was typed
        try:
            self.submit()
        except LedgerError as exc:
            self.message.setText(self.describe(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


def run_dialog(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved. Tabs keep this as a replaceable attribute."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
