"""The Chinese words of the register documents (the xlsx export and the printed register):
sheet titles, column headers and the words of stored codes. They are Chinese office documents,
filed as they are whatever language the window shows, so these are not translations."""

from __future__ import annotations

from desktop.domain.enums import CheckupResult, CheckupSource, Method, Outcome, ServiceType, Sex
from desktop.domain.values.registers import Register

SHEET_TITLES = {
    Register.BIRTHS: "生育登记", Register.CONTRACEPTION: "节育登记", Register.DEATHS: "死亡登记",
    Register.CHECKUPS: "三查登记", Register.PREGNANCIES: "怀孕登记", Register.SERVICES: "服务登记",
}
HEADERS = {
    "name": "姓名", "id_number": "身份证号码", "unit": "单位", "date": "日期", "note": "备注",
    "place": "地点", "child_name": "子女姓名", "sex": "性别", "birth_order": "孩次",
    "birth_date": "出生日期", "birth_registered_on": "生育登记日期", "reported_on": "上报日期",
    "days_to_report": "出生至上报天数", "method": "节育措施", "start_date": "开始日期",
    "end_date": "结束日期", "whom": "死亡人", "deceased": "死者姓名", "death_date": "死亡日期",
    "items": "检查项目", "result": "结果", "source": "来源", "registered_on": "登记日期",
    "lmp": "末次月经", "edd": "预产期", "weeks": "登记时孕周", "outcome": "妊娠结局",
    "outcome_date": "结局日期", "type": "服务类型",
}
_OWN_HEADERS = {(Register.BIRTHS, "name"): "母亲姓名"}


def header(register: Register, key: str) -> str:
    """A column's Chinese header in this register (the births register names the mother)."""
    return _OWN_HEADERS.get((register, key), HEADERS[key])

LABELS: dict[type, dict[str, str]] = {
    Sex: {"M": "男", "F": "女"},
    Method: {"iud": "上环", "tubal_ligation": "女扎", "vasectomy": "男扎", "implant": "皮埋",
             "injectable": "注射", "pill": "口服药", "condom": "避孕套", "other": "其他",
             "none": "无"},
    CheckupResult: {"normal": "正常", "abnormal": "异常"},
    CheckupSource: {"station": "服务站", "hospital": "其他医院", "certificate": "寄回证明"},
    Outcome: {"live_birth": "活产", "stillbirth": "死产", "miscarriage": "自然流产",
              "termination": "终止妊娠"},
    ServiceType: {"consultation": "咨询", "supplies": "发放避孕药具", "followup": "随访",
                  "education": "宣传教育", "referral": "转诊",
                  "prepregnancy": "孕前优生健康检查", "other": "其他"},
}
OTHER_LABELS = {"pregnancy": "查孕", "pregnant": "查孕(有孕)", "iud": "查环", "disease": "查病",
                "self": "本人", "child": "子女"}
