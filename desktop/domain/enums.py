"""Fixed vocabularies. Values are stored codes; labels are translatable English."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.tr import QT_TRANSLATE_NOOP

CONTEXT = "enums"


class Category(StrEnum):
    RESIDENT = "resident"  # 常住
    INFLOW = "inflow"  # 流入
    OUTFLOW = "outflow"  # 流出


class MaritalStatus(StrEnum):
    SINGLE = "single"  # 未婚
    FIRST_MARRIAGE = "first_marriage"  # 初婚
    REMARRIED = "remarried"  # 再婚
    DIVORCED = "divorced"  # 离婚
    WIDOWED = "widowed"  # 丧偶

    @property
    def is_married(self) -> bool:
        return self in (MaritalStatus.FIRST_MARRIAGE, MaritalStatus.REMARRIED)


class CheckupGroup(StrEnum):
    KEY = "key"  # 重点
    GENERAL = "general"  # 一般


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class RecordStatus(StrEnum):
    """Stored status; 'aged out' is derived from the age, never stored."""

    ACTIVE = "active"  # 在册
    MOVED = "moved"  # 迁出
    DECEASED = "deceased"  # 死亡


class StatusFilter(StrEnum):
    """What the register page can show."""

    ACTIVE = "active"  # 在册, aged 49 or less
    MOVED = "moved"
    DECEASED = "deceased"
    AGED_OUT = "aged_out"  # 已出育龄
    ALL = "all"


LABELS: dict[object, str] = {
    Category.RESIDENT: QT_TRANSLATE_NOOP("enums", "Resident"),
    Category.INFLOW: QT_TRANSLATE_NOOP("enums", "Inflow"),
    Category.OUTFLOW: QT_TRANSLATE_NOOP("enums", "Outflow"),
    MaritalStatus.SINGLE: QT_TRANSLATE_NOOP("enums", "Single"),
    MaritalStatus.FIRST_MARRIAGE: QT_TRANSLATE_NOOP("enums", "First marriage"),
    MaritalStatus.REMARRIED: QT_TRANSLATE_NOOP("enums", "Remarried"),
    MaritalStatus.DIVORCED: QT_TRANSLATE_NOOP("enums", "Divorced"),
    MaritalStatus.WIDOWED: QT_TRANSLATE_NOOP("enums", "Widowed"),
    CheckupGroup.KEY: QT_TRANSLATE_NOOP("enums", "Key"),
    CheckupGroup.GENERAL: QT_TRANSLATE_NOOP("enums", "General"),
    Sex.MALE: QT_TRANSLATE_NOOP("enums", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("enums", "Female"),
    RecordStatus.ACTIVE: QT_TRANSLATE_NOOP("enums", "Registered"),
    RecordStatus.MOVED: QT_TRANSLATE_NOOP("enums", "Moved away"),
    RecordStatus.DECEASED: QT_TRANSLATE_NOOP("enums", "Deceased"),
    StatusFilter.AGED_OUT: QT_TRANSLATE_NOOP("enums", "Aged out"),
    StatusFilter.ALL: QT_TRANSLATE_NOOP("enums", "All"),
}


def label(value: object) -> str:
    """English source label of a value (translate it in the front end, context 'enums')."""
    if isinstance(value, StatusFilter) and value.value in RecordStatus._value2member_map_:
        value = RecordStatus(value.value)
    return LABELS.get(value, str(value))
