"""Table columns that stay readable at any text size.

At 200 % text a six-column table squeezed into a laptop screen shows three letters of each
column, the phone number included. Instead, the columns that matter (given by their
untranslated header, e.g. "Name", "Organisation", "Phone") keep the width their text needs,
and the others are hidden, least important first, until the rest fit. Hidden columns come
back as soon as there is room; everything stays in the record's own dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

# A column never needs to be wider than this many average characters to be readable.
MAX_COLUMN_CHARS = 32


class ColumnFitter(QObject):
    """Keeps a view's columns fitted to its width; see the module docstring.

    ``keep`` lists the headers that are always shown, in order of importance; ``then``
    lists the optional ones, most useful first. Columns named in neither are optional and
    go first.
    """

    def __init__(self, view: QAbstractItemView, keep: tuple[str, ...], then: tuple[str, ...] = ()):
        super().__init__(view)
        self.view = view
        self.keep, self.then = keep, then
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.schedule)
        self.schedule()

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self, *_: object) -> None:
        self._pending.start(0)

    def _column_order(self) -> list[int]:
        """Column numbers, most important first."""
        names = list(getattr(self.view.model(), "columns", ()))
        count = self.view.model().columnCount()
        if len(names) != count:
            return list(range(count))
        ranked = [names.index(n) for n in (*self.keep, *self.then) if n in names]
        return ranked + [c for c in range(count) if c not in ranked]

    def _wanted(self, column: int) -> int:
        header = self.header()
        cap = self.view.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        content = self.view.sizeHintForColumn(column) if self.view.model().rowCount() else 0
        return min(max(header.sectionSizeHint(column), content) + 8, cap)

    def fit(self) -> None:
        model = self.view.model()
        if model is None or not self.view.isVisible():
            return
        header = self.header()
        available = self.view.viewport().width()
        if available <= 0:
            return
        order = self._column_order()
        essential = [c for c in order if self._name(c) in self.keep] or order[:1]
        shown: list[int] = []
        used = 0
        for column in order:
            wanted = self._wanted(column)
            if column in essential or used + wanted <= available:
                shown.append(column)
                used += wanted
        for column in range(model.columnCount()):
            header.setSectionHidden(column, column not in shown)
        # Visual order follows the model, so the last shown column stretches to the edge.
        shown.sort()
        squeeze = min(1.0, available / max(used, 1))
        for column in shown[:-1]:
            header.resizeSection(column, int(self._wanted(column) * squeeze))

    def _name(self, column: int) -> str:
        names = getattr(self.view.model(), "columns", ())
        return names[column] if column < len(names) else ""

    def hidden_columns(self) -> list[int]:
        header = self.header()
        return [c for c in range(self.view.model().columnCount()) if header.isSectionHidden(c)]


def fit_columns(
    view: QTableView | QTreeView, keep: tuple[str, ...], then: tuple[str, ...] = ()
) -> ColumnFitter:
    return ColumnFitter(view, keep, then)
