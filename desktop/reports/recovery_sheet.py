"""恢复码单: the recovery code on one A4 page, for the head of the office to keep sealed.

Written through a temporary file (``atomic_output``); the code is in the PDF only, never
in a log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.reports.pages import Sheet, atomic_output
from desktop.reports.styles import PORTRAIT, cn_date, load_fonts

CODE_SIZE = 22.0
BODY = 10.5


@dataclass(frozen=True)
class RecoverySheet:
    code: str
    office_name: str
    data_file: str  # the file's name, without the folder
    printed_on: dt.date


def _lines(s: RecoverySheet) -> list[str]:
    return [
        f"数据文件：{s.data_file}",
        f"单位：{s.office_name or '（未填写）'}",
        f"打印日期：{cn_date(s.printed_on)}",
        "",
        "用途：管理员忘记密码时，凭此恢复码打开台账并设置新密码。",
        "使用方法：在“人口家庭服务台账”的开锁界面点“忘记密码”，输入恢复码；",
        "或在命令行运行 family-ledger recover --code-file 恢复码文件。",
        "恢复后请立即设置新密码；每次恢复都记入修改记录。",
        "",
        "保管要求：",
        "1. 请单位负责人密封保管本页，不要与存放台账的电脑或U盘放在一起。",
        "2. 不要拍照、复印或通过网络发送本页。",
        "3. 重新打印恢复码单后，本页上的恢复码即作废，请销毁本页。",
        "4. 更改密码不影响本恢复码。",
        "",
        "重要：密码和恢复码都丢失时，台账数据无法恢复，任何人（包括软件开发者）都无法打开。",
    ]


def write_recovery_sheet_pdf(sheet_data: RecoverySheet, out: Path | str,
                             font_path: str | None = None) -> int:
    fonts = load_fonts(font_path)
    title = "人口家庭服务台账  恢复码单"
    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, None, PORTRAIT, title)
        sheet.new_page()
        sheet.title_block(title, "机密  请密封保管", f"打印日期：{cn_date(sheet_data.printed_on)}")
        sheet.y -= 30
        sheet.text(sheet.left, sheet.y, "恢复码：", BODY + 2)
        sheet.y -= CODE_SIZE + 16
        sheet.strong(sheet.width / 2, sheet.y, sheet_data.code, CODE_SIZE, "center")
        sheet.canvas.rect(sheet.left, sheet.y - 14, sheet.right - sheet.left,
                          CODE_SIZE + 22, stroke=1, fill=0)
        sheet.y -= 50
        for line in _lines(sheet_data):
            for piece in fonts.wrap(line, sheet.right - sheet.left, BODY) if line else [""]:
                sheet.text(sheet.left, sheet.y, piece, BODY)
                sheet.y -= BODY * 1.8
        sheet.y -= 30
        sheet.text(sheet.left, sheet.y, "密封人签字：________________    日期：____________",
                   BODY)
        return sheet.finish()
