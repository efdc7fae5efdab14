"""A reflection prompt and its answer box. Answers save themselves shortly after typing
stops, and when the box loses focus, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from csp_desktop.core.content.model import Reflection

SAVE_DELAY_MS = 800
MAX_CHARS = 20_000


class _AnswerBox(QPlainTextEdit):
    def __init__(self, on_leave: Callable[[], None]):
        super().__init__()
        self._on_leave = on_leave

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_leave()
        super().focusOutEvent(event)


class ReflectionWidget(QWidget):
    def __init__(
        self,
        reflection: Reflection,
        text: str,
        save: Callable[[str, str], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.reflection = reflection
        self._save = save
        self._saved_text = text
        self.setObjectName(f"reflection_{reflection.id}")
        prompt = QLabel(reflection.prompt)
        prompt.setWordWrap(True)
        prompt.setObjectName("reflectionPrompt")
        self.editor = _AnswerBox(self.save_now)
        self.editor.setObjectName("reflectionAnswer")
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(110)
        self.editor.setAccessibleName(self.tr("Your reflection"))
        self.editor.setAccessibleDescription(reflection.prompt)
        self.editor.setPlaceholderText(self.tr("Your thoughts, in your own words."))
        self.privacy = QLabel(
            self.tr(
                "Kept on this computer. Reflections go into your induction record when you "
                "export or print it to share; you can leave them out there (Progress)."
            )
        )
        self.privacy.setObjectName("reflectionPrivacy")
        self.privacy.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("reflectionStatus")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(prompt)
        layout.addWidget(self.editor)
        layout.addWidget(self.privacy)
        layout.addWidget(self.status)
        prompt.setBuddy(self.editor)

    def _changed(self) -> None:
        if len(self.editor.toPlainText()) > MAX_CHARS:
            self.status.setText(self.tr("That is longer than CSP Desktop keeps; please shorten it."))
            return
        self.status.setText(self.tr("Saving…"))
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText()[:MAX_CHARS]
        if text == self._saved_text:
            return
        self._save(self.reflection.id, text)
        self._saved_text = text
        self.status.setText(self.tr("Saved on this computer."))
