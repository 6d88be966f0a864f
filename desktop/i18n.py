"""Language choice and translators. Chinese (zh_CN) is the default; ``en`` shows the sources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.enums import label
from desktop.domain.kinds import CONTEXT as KINDS_CONTEXT
from desktop.domain.kinds import KINDS, kind_of
from desktop.domain.values.reminders import CONTEXT as REMINDERS
from desktop.domain.values.reminders import KIND_LABELS, ReminderKind
from desktop.errors import LedgerError
from desktop.resources import resource_path
from desktop.system_errors import CONTEXT as SYSTEM_CONTEXT
from desktop.system_errors import Reason

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
CATALOG = "family_ledger"


def install_translators(app: QCoreApplication, lang: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install the app's and Qt's own translations; keep the returned list alive."""
    QLocale.setDefault(QLocale("zh_CN")
                       if lang == "zh_CN" else QLocale("en_US"))
    if lang == "en":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"{CATALOG}_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or \
            qt_own.load(f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


_ERROR_CONTEXTS = ("errors", "exchange", "reminders", "indicators")


def error_text(exc: BaseException) -> str:
    """The clerk's message for an error, in the installed language."""
    if isinstance(exc, LedgerError):
        text = exc.template
        # Most templates live in "errors"; a feature may keep its own (import: "exchange").
        for context in _ERROR_CONTEXTS:
            text = QCoreApplication.translate(context, exc.template)
            if text != exc.template:
                break
        return filled(text, exc.params)
    return QCoreApplication.translate(
        "errors", "An unexpected error occurred: {kind}. Nothing was saved."
    ).format(kind=type(exc).__name__)


def filled(text: str, params: dict[str, object]) -> str:
    """A translated template with its parameters; a system reason is translated too."""
    values = {name: reason_text(value) if isinstance(value, Reason) else value
              for name, value in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def reason_text(reason: Reason) -> str:
    """Why a file or the disk failed, in the installed language."""
    text = QCoreApplication.translate(SYSTEM_CONTEXT, reason.template)
    try:
        return text.format(**reason.params)
    except (KeyError, IndexError, ValueError):
        return text


def enum_text(value: object) -> str:
    """Translated label of a stored code (category, marital status, ...)."""
    return QCoreApplication.translate("enums", label(value))


def kind_text(kind: object) -> str:
    """Translated label of a reminder kind."""
    try:
        return QCoreApplication.translate(REMINDERS, KIND_LABELS[ReminderKind(kind)])
    except ValueError:  # an unknown code is shown as it is
        return str(kind)


def record_kind_text(entity: str) -> str:
    """Translated name of a record kind (domain/kinds.py); anything else as it is."""
    kind = kind_of(entity)
    if kind is None:
        return entity
    return QCoreApplication.translate(KINDS_CONTEXT, KINDS[kind].label)


def reminder_detail_text(reminder: object) -> str:
    """A reminder's detail in the installed language, its parameters filled in."""
    template = getattr(reminder, "detail", "")
    if not template:
        return ""
    text = QCoreApplication.translate(REMINDERS, template)
    params = getattr(reminder, "detail_params", None) or {}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
