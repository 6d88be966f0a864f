"""Fixed vocabularies. Values are stored codes; labels are translatable English."""

from __future__ import annotations

from enum import Enum, StrEnum

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


_FIRST: tuple[tuple[Enum, str], ...] = (
    (Category.RESIDENT, QT_TRANSLATE_NOOP("enums", "Resident")),
    (Category.INFLOW, QT_TRANSLATE_NOOP("enums", "Inflow")),
    (Category.OUTFLOW, QT_TRANSLATE_NOOP("enums", "Outflow")),
    (MaritalStatus.SINGLE, QT_TRANSLATE_NOOP("enums", "Single")),
    (MaritalStatus.FIRST_MARRIAGE, QT_TRANSLATE_NOOP("enums", "First marriage")),
    (MaritalStatus.REMARRIED, QT_TRANSLATE_NOOP("enums", "Remarried")),
    (MaritalStatus.DIVORCED, QT_TRANSLATE_NOOP("enums", "Divorced")),
    (MaritalStatus.WIDOWED, QT_TRANSLATE_NOOP("enums", "Widowed")),
    (CheckupGroup.KEY, QT_TRANSLATE_NOOP("enums", "Key")),
    (CheckupGroup.GENERAL, QT_TRANSLATE_NOOP("enums", "General")),
    (Sex.MALE, QT_TRANSLATE_NOOP("enums", "Male")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("enums", "Female")),
    (RecordStatus.ACTIVE, QT_TRANSLATE_NOOP("enums", "Registered")),
    (RecordStatus.MOVED, QT_TRANSLATE_NOOP("enums", "Moved away")),
    (RecordStatus.DECEASED, QT_TRANSLATE_NOOP("enums", "Deceased")),
    (StatusFilter.AGED_OUT, QT_TRANSLATE_NOOP("enums", "Aged out")),
    (StatusFilter.ALL, QT_TRANSLATE_NOOP("enums", "All")),
)


def label(value: object) -> str:
    """English source label of a value (translate it in the front end, context 'enums').

    Members of different vocabularies may share a code ('other' is a method and a service
    type), so a member is looked up with its type; a bare code takes the first vocabulary
    that has it."""
    if isinstance(value, StatusFilter) and value.value in RecordStatus._value2member_map_:
        value = RecordStatus(value.value)
    if isinstance(value, Enum):
        return _BY_TYPE.get((type(value), value.value), str(value.value))
    return _BY_CODE.get(str(value), str(value))


class Outcome(StrEnum):
    LIVE_BIRTH = "live_birth"  # 活产
    STILLBIRTH = "stillbirth"  # 死产
    MISCARRIAGE = "miscarriage"  # 自然流产
    TERMINATION = "termination"  # 终止妊娠


class Method(StrEnum):
    """Contraceptive method (节育措施)."""

    IUD = "iud"  # 上环
    TUBAL_LIGATION = "tubal_ligation"  # 女扎
    VASECTOMY = "vasectomy"  # 男扎
    IMPLANT = "implant"  # 皮埋
    INJECTABLE = "injectable"  # 注射
    PILL = "pill"  # 口服药
    CONDOM = "condom"  # 避孕套
    OTHER = "other"  # 其他
    NONE = "none"  # 无


class CheckupResult(StrEnum):
    NORMAL = "normal"  # 正常
    ABNORMAL = "abnormal"  # 异常


class CheckupSource(StrEnum):
    STATION = "station"  # 服务站
    HOSPITAL = "hospital"  # 其他医院
    CERTIFICATE = "certificate"  # 寄回证明


class ServiceType(StrEnum):
    CONSULTATION = "consultation"  # 咨询
    SUPPLIES = "supplies"  # 发放避孕药具
    FOLLOWUP = "followup"  # 随访
    EDUCATION = "education"  # 宣传教育
    REFERRAL = "referral"  # 转诊
    PREPREGNANCY = "prepregnancy"  # 孕前优生健康检查
    OTHER = "other"  # 其他


class Program(StrEnum):
    ONE_CHILD_FEE = "one_child_fee"  # 独生子女保健费
    REWARD = "reward"  # 奖励扶助
    SPECIAL = "special"  # 特别扶助


class Cycle(StrEnum):
    MONTH = "month"  # 月
    YEAR = "year"  # 年


class EventKind(StrEnum):
    """Life events of the woman; her stored status follows from the latest one."""

    MOVED_AWAY = "moved_away"  # 迁出
    RETURNED = "returned"  # 迁回
    DECEASED = "deceased"  # 死亡
    TRANSFERRED = "transferred"  # 单位调动: from one unit of the office to another


# The events that decide her status (a transfer only moves her between units).
STATUS_EVENTS = (EventKind.MOVED_AWAY, EventKind.RETURNED, EventKind.DECEASED)


_SECOND: tuple[tuple[Enum, str], ...] = (
    (Outcome.LIVE_BIRTH, QT_TRANSLATE_NOOP("enums", "Live birth")),
    (Outcome.STILLBIRTH, QT_TRANSLATE_NOOP("enums", "Stillbirth")),
    (Outcome.MISCARRIAGE, QT_TRANSLATE_NOOP("enums", "Miscarriage")),
    (Outcome.TERMINATION, QT_TRANSLATE_NOOP("enums", "Termination")),
    (Method.IUD, QT_TRANSLATE_NOOP("enums", "IUD")),
    (Method.TUBAL_LIGATION, QT_TRANSLATE_NOOP("enums", "Tubal ligation")),
    (Method.VASECTOMY, QT_TRANSLATE_NOOP("enums", "Vasectomy")),
    (Method.IMPLANT, QT_TRANSLATE_NOOP("enums", "Implant")),
    (Method.INJECTABLE, QT_TRANSLATE_NOOP("enums", "Injectable")),
    (Method.PILL, QT_TRANSLATE_NOOP("enums", "Pill")),
    (Method.CONDOM, QT_TRANSLATE_NOOP("enums", "Condom")),
    (Method.OTHER, QT_TRANSLATE_NOOP("enums", "Other method")),
    (Method.NONE, QT_TRANSLATE_NOOP("enums", "None")),
    (CheckupResult.NORMAL, QT_TRANSLATE_NOOP("enums", "Normal")),
    (CheckupResult.ABNORMAL, QT_TRANSLATE_NOOP("enums", "Abnormal")),
    (CheckupSource.STATION, QT_TRANSLATE_NOOP("enums", "Service station")),
    (CheckupSource.HOSPITAL, QT_TRANSLATE_NOOP("enums", "Other hospital")),
    (CheckupSource.CERTIFICATE, QT_TRANSLATE_NOOP("enums", "Mailed certificate")),
    (ServiceType.CONSULTATION, QT_TRANSLATE_NOOP("enums", "Consultation")),
    (ServiceType.SUPPLIES, QT_TRANSLATE_NOOP("enums", "Contraceptive supplies")),
    (ServiceType.FOLLOWUP, QT_TRANSLATE_NOOP("enums", "Follow-up visit")),
    (ServiceType.EDUCATION, QT_TRANSLATE_NOOP("enums", "Health education")),
    (ServiceType.REFERRAL, QT_TRANSLATE_NOOP("enums", "Referral")),
    (ServiceType.PREPREGNANCY, QT_TRANSLATE_NOOP("enums", "Pre-pregnancy check-up")),
    (ServiceType.OTHER, QT_TRANSLATE_NOOP("enums", "Other service")),
    (Program.ONE_CHILD_FEE, QT_TRANSLATE_NOOP("enums", "One-child health fee")),
    (Program.REWARD, QT_TRANSLATE_NOOP("enums", "Reward support")),
    (Program.SPECIAL, QT_TRANSLATE_NOOP("enums", "Special support")),
    (Cycle.MONTH, QT_TRANSLATE_NOOP("enums", "Monthly")),
    (Cycle.YEAR, QT_TRANSLATE_NOOP("enums", "Yearly")),
    (EventKind.MOVED_AWAY, QT_TRANSLATE_NOOP("enums", "Moved away")),
    (EventKind.RETURNED, QT_TRANSLATE_NOOP("enums", "Returned")),
    (EventKind.DECEASED, QT_TRANSLATE_NOOP("enums", "Deceased")),
    (EventKind.TRANSFERRED, QT_TRANSLATE_NOOP("enums", "Transferred to another unit")),
)


# StrEnum members equal their codes, so a dict keyed by members would keep one entry per
# code ('other'); the labels are pairs, registered per type.
_BY_TYPE: dict[tuple[type, str], str] = {}
_BY_CODE: dict[str, str] = {}


def _register(pairs: tuple[tuple[Enum, str], ...]) -> None:
    for member, text in pairs:
        _BY_TYPE[(type(member), member.value)] = text
        _BY_CODE.setdefault(member.value, text)


_register(_FIRST)
_register(_SECOND)
