"""Tabs listed down the left side with their labels read across, for a dialog with more
pages than a row of tabs holds (the person editor): every page is one click away, none
behind scroll arrows, and the pages keep the full width for their tables.

A tab bar on the West side draws its labels turned a quarter; this bar gives each tab the
turned size and draws the label upright in it (the usual QStylePainter recipe)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyleOptionTab,
    QStylePainter,
    QTabBar,
    QTabWidget,
    QWidget,
)

MIN_TAB_WIDTH = 96
TAB_HEIGHT_PADDING = 10


class SideTabBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt's name
        size = super().tabSizeHint(index)
        size.transpose()
        return QSize(max(size.width(), MIN_TAB_WIDTH), size.height() + TAB_HEIGHT_PADDING)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionTab()
        for index in range(self.count()):
            self.initStyleOption(option, index)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            painter.save()
            turned = option.rect.size()
            turned.transpose()
            label = QRect(QPoint(), turned)
            label.moveCenter(option.rect.center())
            option.rect = label
            center = self.tabRect(index).center()
            painter.translate(center)
            painter.rotate(90)
            painter.translate(-center)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabLabel, option)
            painter.restore()


def side_tabs(parent: QWidget) -> QTabWidget:
    """A QTabWidget whose tabs are a list down its left side."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(SideTabBar(tabs))
    tabs.setTabPosition(QTabWidget.TabPosition.West)
    tabs.tabBar().setUsesScrollButtons(False)
    return tabs
