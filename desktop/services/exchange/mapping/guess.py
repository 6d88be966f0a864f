"""Guesses from common headers: which of our sheets a sheet of hers is, which row holds
its headers, and which of our columns each of her columns is.

The words are what offices' own 花名册 and 台账 use; the clerk corrects any guess in the
dialog (or in the JSON the CLI writes).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from desktop.domain.values.exchange import (
    BENEFITS,
    CHECKUPS,
    CHILDREN,
    CONTRACEPTION,
    FOLLOWUPS,
    PAYMENTS,
    PERSONS,
    PREGNANCIES,
    SERVICES,
    SHEETS,
    UNITS,
)
from desktop.services.exchange.columns import BOOL, COLUMNS, DATE, ENUM, Col
from desktop.services.exchange.mapping.spec import MAX_HEADER_ROWS
from desktop.services.exchange.values import cell_text

HEADER_SEARCH = 30  # the header row is looked for among the first rows of a sheet
_WHO = ("身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码", "女方身份证号",
        "女方身份证号码", "本人身份证号", "妇女身份证号")
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    UNITS: {"名称": ("单位名称", "村名", "村组名称"), "上级单位": ("上级", "所属单位")},
    PERSONS: {
        "姓名": ("妇女姓名", "育龄妇女姓名", "女方姓名", "本人姓名", "名字"),
        "身份证号": _WHO,
        "单位": ("所在村", "村组", "单位名称", "村", "村名", "所属村", "村居", "村(居)",
               "村(社区)", "社区", "所在单位", "所在村组", "村(组)", "组别"),
        "类别": ("人员类别", "人口类别", "户籍类别"),
        "联系电话": ("联系方式", "手机号", "手机号码", "电话", "电话号码", "手机", "本人电话"),
        "户籍地址": ("户籍地", "户口所在地", "户籍所在地", "户籍地详址"),
        "现居住地址": ("现居住地", "现住址", "居住地址", "现住地址", "现居住地详址"),
        "工作单位": ("本人工作单位", "服务处所"),
        "婚育证明编号": ("婚育证明号", "婚育证明编号", "流动人口婚育证明编号"),
        "婚姻状况": ("婚姻", "婚否", "婚姻状态", "婚姻情况"),
        "结婚日期": ("结婚时间", "初婚日期", "初婚时间", "婚姻变动日期", "结婚年月"),
        "配偶姓名": ("丈夫姓名", "男方姓名"),
        "配偶身份证号": ("丈夫身份证号", "丈夫身份证号码", "男方身份证号", "男方身份证号码",
                   "配偶身份证号码", "配偶公民身份号码"),
        "配偶工作单位": ("丈夫工作单位", "男方工作单位"),
        "配偶电话": ("丈夫电话", "男方电话", "配偶联系电话", "丈夫联系电话", "男方联系电话"),
        "三查分组": ("分组", "三查类别", "三查对象类别"),
        "独生子女父母光荣证号": ("光荣证号", "独生子女证号", "独生子女父母光荣证编号",
                        "独生子女证编号"),
        "发证日期": ("发证时间", "领证日期", "领证时间"),
        "登记日期": ("登记时间", "建档日期", "建档时间"),
        "流入日期": ("流入时间", "来本地时间"),
        "状态": ("人员状态", "在册状态"),
        "状态日期": ("状态变动日期", "变动日期", "变动时间"),
        "备注": ("说明",),
    },
    CHILDREN: {
        "母亲身份证号": ("母亲身份证号码", "母亲公民身份号码", "母亲身份证", "生母身份证号",
                   "妈妈身份证号", *_WHO),
        "姓名": ("子女姓名", "孩子姓名", "小孩姓名", "婴儿姓名"),
        "性别": ("子女性别", "孩子性别"),
        "出生日期": ("出生时间", "出生年月日", "生日", "子女出生日期", "孩子出生日期"),
        "孩次": ("胎次", "第几孩"),
        "身份证号": ("子女身份证号", "子女身份证号码", "孩子身份证号", "孩子身份证号码"),
        "生育登记日期": ("生育登记时间", "生育服务登记日期"),
        "上报日期": ("上报时间",),
        "死亡日期": ("死亡时间",),
    },
    PREGNANCIES: {"身份证号": _WHO, "登记日期": ("孕情登记日期", "登记时间", "孕情登记时间"),
                  "末次月经": ("末次月经时间", "末次月经日期", "末次月经期"),
                  "结局": ("妊娠结局", "孕情结局"), "结局日期": ("结局时间", "妊娠结束日期")},
    FOLLOWUPS: {"身份证号": _WHO, "登记日期": ("孕情登记日期",), "随访日期": ("随访时间",),
                "情况": ("随访情况", "随访内容")},
    CONTRACEPTION: {"身份证号": _WHO, "措施": ("节育措施", "避孕措施", "措施名称"),
                    "开始日期": ("落实时间", "落实日期", "施术日期", "手术日期", "开始时间"),
                    "结束日期": ("结束时间", "取环日期"),
                    "地点": ("施术地点", "手术地点", "施术单位")},
    CHECKUPS: {"身份证号": _WHO, "检查日期": ("检查时间", "三查日期", "孕检日期", "孕环检日期"),
               "结果": ("检查结果",), "地点": ("检查地点", "检查单位")},
    SERVICES: {"身份证号": _WHO, "日期": ("服务日期", "服务时间"),
               "服务类型": ("服务项目", "服务类别")},
    BENEFITS: {"身份证号": _WHO, "项目": ("扶助项目", "项目名称"),
               "标准金额": ("标准", "金额标准", "扶助标准"), "发放周期": ("周期",)},
    PAYMENTS: {"身份证号": _WHO, "项目": ("扶助项目", "项目名称"),
               "期间": ("发放期间", "所属期", "月份", "所属期间"),
               "金额": ("发放金额", "实发金额"), "发放日期": ("发放时间",)},
}
# Words in a sheet's name that say which of ours it is (first match wins).
SHEET_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (FOLLOWUPS, ("随访",)), (PREGNANCIES, ("孕情", "怀孕", "妊娠")),
    (CHILDREN, ("子女", "孩子", "小孩", "出生")), (CONTRACEPTION, ("节育", "避孕")),
    (CHECKUPS, ("三查", "孕检", "环检")), (PAYMENTS, ("发放",)),
    (BENEFITS, ("扶助", "奖扶", "特扶")), (SERVICES, ("服务",)),
    (PERSONS, ("花名册", "育龄妇女", "妇女", "台账", "人员", "档案", "名册")),
    (UNITS, ("单位", "村组")),
)
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"^[\d\s.\-/年月日:]+[Xx]?$")


def normal(header: object) -> str:
    """A header as compared: NFKC (full-width brackets become ASCII), no spaces or line
    breaks, no required-mark star."""
    text = unicodedata.normalize("NFKC", "" if header is None else str(header))
    return _SPACE.sub("", text).strip("*")


def guess_column(sheet: str, header: object) -> str:
    """Our column for her header on a sheet of ours; "" when there is no good guess."""
    text = normal(header)
    if not text:
        return ""
    if "/" in text:  # "基本情况/姓名" under a group row: the whole name, else its last part
        return _guess_one(sheet, text) or _guess_one(sheet, text.rsplit("/", 1)[1])
    return _guess_one(sheet, text)


def _guess_one(sheet: str, text: str) -> str:
    if not text:
        return ""
    ours = [c.header for c in COLUMNS[sheet]]
    if text in ours:
        return text
    for mine, words in SYNONYMS.get(sheet, {}).items():
        if text in words:
            return mine
    for candidate in (text.replace("号码", "号"), text.replace("时间", "日期"),
                      re.sub(r"\(.*\)$", "", text)):
        if candidate in ours:
            return candidate
    return ""


def guess_columns(sheet: str, headers: Sequence[object]) -> dict[str, str]:
    """Her header -> our column, each of ours taken once (by the first of her columns)."""
    taken: set[str] = set()
    columns: dict[str, str] = {}
    for header in headers:
        name = str(header).strip() if header is not None else ""
        mine = guess_column(sheet, header) if name else ""
        if mine and mine not in taken and name not in columns:
            columns[name] = mine
            taken.add(mine)
    return columns


def guess_sheet(name: str, headers: Sequence[object]) -> str:
    """Which of our sheets hers is: by her columns first, then by its name; "" for none."""
    best, score = "", 0
    for sheet in SHEETS:
        found = guess_columns(sheet, headers)
        required = [c.header for c in COLUMNS[sheet] if c.required]
        points = len(found) + 2 * sum(1 for r in required if r in found.values())
        if sheet == CHILDREN and not any(normal(h).startswith(("母亲", "生母", "妈妈"))
                                         for h in headers):
            points -= 3  # her own ID column is not a mother's without saying so
        if points > score:
            best, score = sheet, points
    named = next((sheet for sheet, words in SHEET_WORDS if any(w in name for w in words)), "")
    if named and (not best or len(guess_columns(named, headers)) >= 2):
        return named
    return best if score >= 3 else named


def find_header_row(rows: Sequence[tuple[int, Sequence[object]]]) -> int:
    """The row number of the headers among the first rows: the row whose cells read most
    like column names (known ones count most); title rows and merged title cells hold one
    text, data rows hold numbers, dates and ID numbers. 1 when nothing looks like one."""
    best, best_score = 0, 0.0
    for number, cells in rows[:HEADER_SEARCH]:
        score = _header_score(cells)
        if score > best_score:
            best, best_score = number, score
    return best or (rows[0][0] if rows else 1)


def find_header_block(rows: Sequence[tuple[int, Sequence[object]]]) -> tuple[int, int]:
    """(the row of the column names, how many rows her headers take): a row of group
    names above them (基本情况 over 姓名, 身份证号 …; 序号 merged down over both rows) makes
    two. The row of names found may itself be the group row, the names below it."""
    number = find_header_row(rows)
    cells = {n: list(c) for n, c in rows}
    names = cells.get(number, [])
    count = 1
    while count < MAX_HEADER_ROWS and _groups_over(cells.get(number - count), names):
        names = cells[number - count]
        count += 1
    if count == 1 and number + 1 in cells and _groups_over(names, cells[number + 1]):
        return number + 1, 2
    return number, count


def _groups_over(upper: Sequence[object] | None, lower: Sequence[object]) -> bool:
    """The upper row names groups of the lower row's columns: two or more short names
    and nothing else (a title is one text; data has numbers, dates and ID numbers), one
    of them spanning a column the lower row names (blank above it)."""
    if upper is None or not _header_like(upper) or not _header_like(lower):
        return False
    above = [_text(c) for c in upper]
    below = [_text(c) for c in lower]
    if sum(1 for t in above if t) < 2 or not any(below):
        return False
    seen_group = False
    for index, name in enumerate(below):
        over = above[index] if index < len(above) else ""
        if over:
            seen_group = bool(name)  # a group starts here (not a name merged down)
        elif name and seen_group:
            return True
    return False


def _header_like(cells: Sequence[object]) -> bool:
    for cell in cells:
        if cell is None or cell == "":
            continue
        if not isinstance(cell, str):
            return False
        text = normal(cell)
        if len(text) > 16 or _DIGITS.match(text) or ":" in text:
            return False
    return True


def _text(cell: object) -> str:
    return cell.strip() if isinstance(cell, str) else ""


def joined_headers(rows: Sequence[Sequence[object]]) -> list[str]:
    """Her headers from her header rows, top to bottom: a group's name joined to each of
    its columns' names ("基本情况/姓名"), a name merged down over the rows alone ("序号")."""
    if len(rows) == 1:
        return [cell_text(c).strip() for c in rows[0]]
    width = max((len(r) for r in rows), default=0)
    texts = [[cell_text(r[i]).strip() if i < len(r) else "" for i in range(width)]
             for r in rows]
    groups = [""] * len(rows)
    out: list[str] = []
    for index in range(width):
        parts: list[str] = []
        for level, row in enumerate(texts):
            text = row[index]
            under = any(lower[index] for lower in texts[level + 1:])
            if text:
                groups[level + 1:] = [""] * (len(rows) - level - 1)
                groups[level] = text if under else ""  # merged down: no group to the right
                parts.append(text)
            elif groups[level] and level < len(rows) - 1:
                parts.append(groups[level])
        out.append("/".join(parts) if any(row[index] for row in texts) else "")
    return out


def _header_score(cells: Sequence[object]) -> float:
    texts = [normal(c) for c in cells if isinstance(c, str) and c.strip()]
    if len(texts) < 2:
        return 0.0
    known = 0
    for text in texts:
        if any(guess_column(sheet, text) for sheet in (PERSONS, CHILDREN, CHECKUPS,
                                                          CONTRACEPTION, PREGNANCIES)):
            known += 1
    wordy = sum(1 for t in texts if len(t) <= 16 and not _DIGITS.match(t))
    others = sum(1 for c in cells if isinstance(c, (int, float, dt.date)) and c != "")
    return 3.0 * known + wordy - 2.0 * others


def translatable(col: Col | None) -> bool:
    """Columns whose every distinct value the clerk translates: the fixed lists, yes/no and
    the unit (her village names to the ledger's units)."""
    return col is not None and (col.kind in (ENUM, BOOL) or col.key in ("unit", "name", "parent")
                                and col.header in ("单位", "上级单位"))


def is_date(col: Col | None) -> bool:
    return col is not None and col.kind == DATE


# Her words for the fixed values (only offered for words the format does not take as they
# are): the clerk sees and changes every one in the dialog.
VALUE_WORDS: dict[str, dict[str, str]] = {
    "marital": {"已婚": "初婚", "有配偶": "初婚", "在婚": "初婚", "复婚": "再婚",
                "离异": "离婚", "单身": "未婚"},
    "category": {"户籍": "常住", "本地": "常住", "户籍人口": "常住", "外来": "流入",
                 "流入人口": "流入", "外出": "流出", "流出人口": "流出"},
    "sex": {"男性": "男", "女性": "女"},
    "outcome": {"顺产": "活产", "剖宫产": "活产", "正常分娩": "活产", "人流": "终止妊娠",
                "药流": "终止妊娠", "引产": "终止妊娠", "人工流产": "终止妊娠", "自流": "自然流产"},
    "method": {"放环": "上环", "宫内节育器": "上环", "结扎": "女扎", "女性绝育": "女扎",
               "男性绝育": "男扎", "皮下埋植": "皮埋", "避孕针": "注射", "口服避孕药": "口服药",
               "安全套": "避孕套", "未避孕": "无"},
    "status": {"正常": "在册", "已迁出": "迁出", "已死亡": "死亡"},
    "group": {"重点对象": "重点", "一般对象": "一般"},
    "bool": {"√": "是", "✓": "是", "有": "是", "×": "否", "无": "否", "Y": "是", "N": "否"},
}


def guess_value(col: Col, value: str) -> str:
    """Our value for her word in a column of fixed values; "" when there is no guess."""
    from desktop.services.exchange.columns import VOCAB

    if col.kind == BOOL:
        return VALUE_WORDS["bool"].get(value, "")
    if col.kind != ENUM or value in VOCAB[col.vocab]:
        return ""
    return VALUE_WORDS.get(col.vocab, {}).get(value, "")
