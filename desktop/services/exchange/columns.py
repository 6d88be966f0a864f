"""The sheets of the exchange workbook: Chinese headers, required flags, value lists.

Headers and the fixed values are Chinese on purpose: they are the file format
(../shared/exchange-format.md), not interface text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.enums import (
    Category,
    CheckupGroup,
    CheckupResult,
    CheckupSource,
    Cycle,
    EventKind,
    MaritalStatus,
    Method,
    Outcome,
    Program,
    RecordStatus,
    ServiceType,
    Sex,
)
from desktop.domain.values.exchange import (
    BENEFITS,
    CHECKUPS,
    CHILDREN,
    CONTRACEPTION,
    EVENTS,
    FOLLOWUPS,
    PAYMENTS,
    PERSONS,
    POSTPONEMENTS,
    PREGNANCIES,
    SERVICES,
    UNITS,
)
from desktop.domain.values.reminders import ReminderKind

# Cell kinds.
TEXT, ID, DATE, ENUM, BOOL, INT, MONEY, PERIOD = (
    "text", "id", "date", "enum", "bool", "int", "money", "period")

VOCAB: dict[str, dict[str, StrEnum]] = {  # vocabulary -> Chinese label -> stored code
    "category": {"常住": Category.RESIDENT, "流入": Category.INFLOW, "流出": Category.OUTFLOW},
    "marital": {"未婚": MaritalStatus.SINGLE, "初婚": MaritalStatus.FIRST_MARRIAGE,
                "再婚": MaritalStatus.REMARRIED, "离婚": MaritalStatus.DIVORCED,
                "丧偶": MaritalStatus.WIDOWED},
    "group": {"重点": CheckupGroup.KEY, "一般": CheckupGroup.GENERAL},
    "status": {"在册": RecordStatus.ACTIVE, "迁出": RecordStatus.MOVED,
               "死亡": RecordStatus.DECEASED},
    "sex": {"男": Sex.MALE, "女": Sex.FEMALE},
    "outcome": {"活产": Outcome.LIVE_BIRTH, "死产": Outcome.STILLBIRTH,
                "自然流产": Outcome.MISCARRIAGE, "终止妊娠": Outcome.TERMINATION},
    "method": {"上环": Method.IUD, "女扎": Method.TUBAL_LIGATION, "男扎": Method.VASECTOMY,
               "皮埋": Method.IMPLANT, "注射": Method.INJECTABLE, "口服药": Method.PILL,
               "避孕套": Method.CONDOM, "其他": Method.OTHER, "无": Method.NONE},
    "result": {"正常": CheckupResult.NORMAL, "异常": CheckupResult.ABNORMAL},
    "source": {"服务站": CheckupSource.STATION, "其他医院": CheckupSource.HOSPITAL,
               "寄回证明": CheckupSource.CERTIFICATE},
    "service": {"咨询": ServiceType.CONSULTATION, "发放避孕药具": ServiceType.SUPPLIES,
                "随访": ServiceType.FOLLOWUP, "宣传教育": ServiceType.EDUCATION,
                "转诊": ServiceType.REFERRAL, "孕前优生健康检查": ServiceType.PREPREGNANCY,
                "其他": ServiceType.OTHER},
    "program": {"独生子女保健费": Program.ONE_CHILD_FEE, "奖励扶助": Program.REWARD,
                "特别扶助": Program.SPECIAL},
    "cycle": {"月": Cycle.MONTH, "年": Cycle.YEAR},
    "event": {"迁出": EventKind.MOVED_AWAY, "迁回": EventKind.RETURNED,
              "死亡": EventKind.DECEASED, "单位调动": EventKind.TRANSFERRED},
    "reminder": {"三查到期": ReminderKind.CHECKUP, "待寄回证明": ReminderKind.CERTIFICATE,
                 "孕情随访": ReminderKind.FOLLOWUP, "预产期": ReminderKind.DELIVERY,
                 "出生待上报": ReminderKind.BIRTH_REPORT, "扶助待发放": ReminderKind.PAYMENT,
                 "年满50周岁": ReminderKind.TURNING_50},
}
# Stored code -> Chinese label, per vocabulary (export).
LABEL: dict[str, dict[str, str]] = {
    name: {str(code): text for text, code in words.items()} for name, words in VOCAB.items()}


@dataclass(frozen=True)
class Col:
    header: str
    key: str  # field of the record (or a reference such as "person")
    kind: str = TEXT
    required: bool = False
    vocab: str = ""  # VOCAB key for ENUM
    limit: int = 0  # most characters of a text (0: no limit checked)
    width: int = 12  # export column width
    future: bool = False  # a date that may be after today (a postponement's)


def _c(header: str, key: str, kind: str = TEXT, req: bool = False, vocab: str = "",
       limit: int = 0, width: int = 0, future: bool = False) -> Col:
    default = {ID: 21, DATE: 12, ENUM: 10, BOOL: 6, INT: 6, MONEY: 10, PERIOD: 9}.get(kind, 14)
    return Col(header, key, kind, req, vocab, limit, width or default, future)


def _who(key: str = "person") -> Col:
    return _c("身份证号", key, ID, True)


COLUMNS: dict[str, tuple[Col, ...]] = {
    UNITS: (_c("名称", "name", req=True, limit=100, width=20),
            _c("上级单位", "parent", limit=100, width=20)),
    PERSONS: (
        _c("姓名", "name", req=True, limit=50, width=10), _c("身份证号", "id_number", ID, True),
        # blank: from the ID number; kept as given when it disagrees (数据核查 lists her)
        _c("出生日期", "birth_date", DATE),
        _c("单位", "unit", req=True, limit=100, width=18),
        _c("类别", "category", ENUM, vocab="category"), _c("联系电话", "phone", limit=40),
        _c("民族", "ethnicity", limit=20, width=8),
        _c("户籍地址", "household_address", limit=200, width=24),
        _c("现居住地址", "current_address", limit=200, width=24),
        _c("来源地", "origin", limit=200, width=20),
        _c("工作单位", "employer", limit=200, width=16),
        _c("婚育证明编号", "marriage_cert_no", limit=50, width=16),
        _c("婚姻状况", "marital_status", ENUM, vocab="marital"),
        _c("结婚日期", "marriage_date", DATE), _c("配偶姓名", "spouse_name", limit=50, width=10),
        _c("配偶身份证号", "spouse_id_number", ID),
        _c("配偶工作单位", "spouse_work_unit", limit=200, width=18),
        _c("配偶电话", "spouse_phone", limit=40), _c("三查分组", "checkup_group", ENUM, vocab="group"),
        _c("独生子女父母光荣证号", "one_child_cert_no", limit=50, width=16),
        _c("发证日期", "one_child_cert_date", DATE), _c("登记日期", "registered_on", DATE),
        _c("流入日期", "arrival_date", DATE), _c("状态", "status", ENUM, vocab="status"),
        _c("状态日期", "status_date", DATE), _c("备注", "notes", limit=2000, width=24)),
    # Her life events, oldest first: the history behind 状态 / 状态日期 and her unit today.
    EVENTS: (
        _who(), _c("事件", "kind", ENUM, True, "event"), _c("日期", "date", DATE, True),
        _c("去向或来源", "place", limit=200, width=18),
        _c("原单位", "from_unit", limit=100, width=18),
        _c("新单位", "to_unit", limit=100, width=18), _c("说明", "note", limit=200, width=20)),
    CHILDREN: (
        _c("母亲身份证号", "person", ID, True), _c("姓名", "name", limit=50, width=10),
        _c("性别", "sex", ENUM, True, "sex"), _c("出生日期", "birth_date", DATE, True),
        _c("孩次", "birth_order", INT), _c("身份证号", "id_number", ID),
        _c("生育登记日期", "birth_registered_on", DATE), _c("上报日期", "reported_on", DATE),
        _c("死亡日期", "death_date", DATE),
        # links the child to her mother's pregnancy registered that day (孕前优生健康检查率
        # takes that pregnancy's LMP)
        _c("孕情登记日期", "pregnancy_registered_on", DATE)),
    PREGNANCIES: (
        _who(), _c("登记日期", "registered_on", DATE, True), _c("末次月经", "lmp", DATE, True),
        _c("结局", "outcome", ENUM, vocab="outcome"), _c("结局日期", "outcome_date", DATE),
        _c("备注", "note", limit=500, width=24)),
    FOLLOWUPS: (
        _who(), _c("登记日期", "registered_on", DATE, True), _c("随访日期", "date", DATE, True),
        _c("情况", "note", limit=500, width=24)),
    CONTRACEPTION: (
        _who(), _c("措施", "method", ENUM, True, "method"),
        _c("开始日期", "start_date", DATE, True), _c("结束日期", "end_date", DATE),
        _c("地点", "place", limit=200, width=16)),
    CHECKUPS: (
        _who(), _c("检查日期", "date", DATE, True), _c("查孕", "check_pregnancy", BOOL),
        _c("查环", "check_iud", BOOL), _c("查病", "check_disease", BOOL),
        _c("结果", "result", ENUM, vocab="result"), _c("查出怀孕", "pregnant", BOOL),
        _c("说明", "note", limit=500, width=20),
        _c("地点", "place", limit=200, width=16), _c("来源", "source", ENUM, vocab="source")),
    SERVICES: (
        _who(), _c("日期", "date", DATE, True), _c("服务类型", "type", ENUM, True, "service"),
        _c("说明", "note", limit=500, width=24)),
    BENEFITS: (
        _who(), _c("项目", "program", ENUM, True, "program", width=16),
        _c("标准金额", "amount_fen", MONEY, True), _c("发放周期", "cycle", ENUM, True, "cycle"),
        _c("开始日期", "start_date", DATE, True), _c("结束日期", "end_date", DATE)),
    PAYMENTS: (
        _who(), _c("项目", "program", ENUM, True, "program", width=16),
        _c("期间", "period", PERIOD, True), _c("金额", "amount_fen", MONEY, True),
        _c("发放日期", "paid_on", DATE, True)),
    # A reminder put off until a day, with the record it is about (by that record's own key:
    # her pregnancy's registration day, the child's birth day and name, the programme and
    # start of the enrolment); the columns of the other kinds are left blank.
    POSTPONEMENTS: (
        _who(), _c("提醒", "kind", ENUM, True, "reminder"),
        _c("应办日期", "due_date", DATE, True, future=True),
        _c("推迟到", "until", DATE, True, future=True), _c("原因", "reason", req=True, limit=500, width=24),
        _c("孕情登记日期", "pregnancy_registered_on", DATE),
        _c("子女出生日期", "child_birth_date", DATE), _c("子女姓名", "child_name", limit=50, width=10),
        _c("扶助项目", "program", ENUM, vocab="program", width=16),
        _c("扶助开始日期", "benefit_start", DATE)),
}

# The record a postponed reminder is about, by its kind: the sheet of that record and the
# columns of 推迟提醒 that name it.
POSTPONED_RECORD: dict[str, tuple[str, tuple[str, ...]]] = {
    ReminderKind.FOLLOWUP.value: (PREGNANCIES, ("pregnancy_registered_on",)),
    ReminderKind.DELIVERY.value: (PREGNANCIES, ("pregnancy_registered_on",)),
    ReminderKind.BIRTH_REPORT.value: (CHILDREN, ("child_birth_date", "child_name")),
    ReminderKind.PAYMENT.value: (BENEFITS, ("program", "benefit_start")),
}
RECORD_COLUMNS = ("pregnancy_registered_on", "child_birth_date", "child_name", "program",
                  "benefit_start")

# Defaults of blank optional enum cells.
DEFAULTS = {"category": Category.RESIDENT.value, "marital_status": MaritalStatus.SINGLE.value,
            "checkup_group": CheckupGroup.GENERAL.value, "status": RecordStatus.ACTIVE.value,
            "result": CheckupResult.NORMAL.value, "source": CheckupSource.STATION.value}

# Which fields identify a record of a sheet among her records (besides the person);
# a row matching a stored record is a duplicate, or an update when asked.
KEYS: dict[str, tuple[str, ...]] = {
    CHILDREN: ("birth_date", "sex", "name"), PREGNANCIES: ("registered_on",),
    FOLLOWUPS: ("registered_on", "date"), CONTRACEPTION: ("method", "start_date"),
    CHECKUPS: ("date",), SERVICES: ("date", "type", "note"), BENEFITS: ("program", "start_date"),
    PAYMENTS: ("program", "period"),
    POSTPONEMENTS: ("kind", "due_date", "until", *RECORD_COLUMNS),
}


# The order sheets are planned and written in: a child's pregnancy before the child.
WRITE_ORDER: tuple[str, ...] = (PREGNANCIES, CHILDREN, FOLLOWUPS, CONTRACEPTION, CHECKUPS,
                                SERVICES, BENEFITS, PAYMENTS, POSTPONEMENTS)


def by_header(sheet: str) -> dict[str, Col]:
    return {c.header: c for c in COLUMNS[sheet]}


def choices(vocab: str) -> str:
    """The allowed values as the clerk types them: "常住 / 流入 / 流出"."""
    return " / ".join(VOCAB[vocab])
