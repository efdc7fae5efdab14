"""The record tables of My CSP (people, organisations, contacts to check): A to Z from the
start, with the width given to the columns that need it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def fit_columns(view: QTableView) -> None:
    """Width goes to the name and organisation (and to a column such as job title when
    anyone has one); other columns, and any empty one, take only what their content needs."""
    model, header = view.model(), view.horizontalHeader()
    for column in range(model.columnCount()):
        wide = column in model.wide_columns or (
            column in model.flexible_columns and model.column_has_text(column)
        )
        mode = QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)


def record_table(model, name: str, open_slot: Callable[[], object]) -> QTableView:
    # No proxy: the models filter and sort themselves (see models._TableModel).
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    # A to Z by name from the start (Qt's own default indicator would sort Z to A).
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.horizontalHeader().setStretchLastSection(False)
    # Fitting a column to its content measures a sample of rows on every filter keystroke:
    # 200 rows (Qt's default is 1,000) keeps typing quick with 10,000 people.
    view.horizontalHeader().setResizeContentsPrecision(200)
    model.modelReset.connect(lambda: fit_columns(view))
    fit_columns(view)
    view.activated.connect(lambda _i: open_slot())
    return view
