"""A read-only tree of a JSON document (data.json): key in the first column, value in the second."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _scalar(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("json_tree", "ja") if value else \
            QCoreApplication.translate("json_tree", "nei")
    return str(value)


def _add(parent: QStandardItem, key: str, value: object) -> None:
    if isinstance(value, dict):
        node = _item(key)
        parent.appendRow([node, _item(f"{{{len(value)}}}")])
        for child_key, child in value.items():
            _add(node, str(child_key), child)
    elif isinstance(value, list):
        node = _item(key)
        parent.appendRow([node, _item(f"[{len(value)}]")])
        for position, child in enumerate(value, start=1):
            _add(node, str(position), child)
    else:
        shown = _item(_scalar(value))
        shown.setToolTip(shown.text())  # long values are elided in the column
        parent.appendRow([_item(key), shown])


def json_model(document: dict | None, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([QCoreApplication.translate("json_tree", "Felt"),
                                     QCoreApplication.translate("json_tree", "Verdi")])
    root = model.invisibleRootItem()
    for key, value in (document or {}).items():
        _add(root, str(key), value)
    return model


def find_value(model: QStandardItemModel, *path: str) -> str | None:
    """The value shown at ``path`` (keys from the top), or None when there is no such row."""
    parent = model.invisibleRootItem()
    for depth, key in enumerate(path):
        match = next((row for row in range(parent.rowCount()) if parent.child(row, 0).text() == key),
                     None)
        if match is None:
            return None
        if depth == len(path) - 1:
            return parent.child(match, 1).text()
        parent = parent.child(match, 0)
    return None

