"""Translation markers usable in the Qt-free core.

``pyside6-lupdate`` extracts strings wrapped in ``QT_TRANSLATE_NOOP(context, text)``;
the front ends translate them at display time with ``QCoreApplication.translate``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text
