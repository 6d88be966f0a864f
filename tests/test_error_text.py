"""Errors reach the clerk in Chinese whichever context their template was marked in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.i18n import error_text, install_translators
from desktop.services.exchange.undo import CHANGED, NOTHING


def test_feature_errors_are_translated(qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        assert error_text(NotFoundError(NOTHING)) == "没有可撤销的导入。"
        text = error_text(ConflictError(CHANGED, at="2026-11-28 09:30"))
        assert "2026-11-28 09:30" in text and text != CHANGED.format(at="2026-11-28 09:30")
        unknown = error_text(ValidationError("Not a marked template {x}.", x=1))
        assert unknown == "Not a marked template 1."  # unknown: shown as it is, formatted
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
