"""Finish on a module that is not finished says what is left, with a way to go there:
'Not finished yet. Still to do: read “Devolved and reserved”, answer 2 more questions.'"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QLabel, QWidget

from csp_desktop.core.content.model import PASS_MARK, Module
from csp_desktop.core.dates import short_date
from csp_desktop.core.progress import Remaining, remaining
from csp_desktop.core.render_safe import escape
from csp_desktop.i18n import ui_language
from csp_desktop.storage.progress import ProgressRepository

SHOWN_TITLES = 3


def reviewed_text(when) -> str:
    """'Last reviewed 29 Nov 2026.' under a module's title (in the reader's context)."""
    day = short_date(when, ui_language())
    return QCoreApplication.translate("ReaderView", "Last reviewed %1.").replace("%1", day)


class FinishNotice(QLabel):
    """Its link is '#section-id', which the reader follows like a link in the content."""

    def __init__(self, follow_link: Callable[[QUrl], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finishNotice")
        self.linkActivated.connect(lambda link: follow_link(QUrl(link)))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("What is left in this module"))
        self.hide()

    def show_what_is_left(self, module: Module, repo: ProgressRepository) -> bool:
        """Show what is left and return True, or return False when the module is complete."""
        check = module.check
        answered = len(repo.answers(module.id, check.id)) if check else 0
        left = remaining(repo.load(module.id), module, answered)
        if left.nothing:
            self.hide()
            return False
        self.setText(self.describe(module, left))
        self.show()
        self.setFocus()
        return True

    def describe(self, module: Module, left: Remaining) -> str:
        titles = {s.id: s.title for s in module.sections}
        todo = []
        if left.unread:
            shown = [f"“{escape(titles[s])}”" for s in left.unread[:SHOWN_TITLES]]
            if len(left.unread) > SHOWN_TITLES:
                more = len(left.unread) - SHOWN_TITLES
                shown.append(self.tr("%1 more sections").replace("%1", str(more)))
            todo.append(self.tr("read %1").replace("%1", ", ".join(shown)))
        if left.questions_left == 1:
            todo.append(self.tr("answer 1 more question"))
        elif left.questions_left:
            todo.append(self.tr("answer %1 more questions").replace("%1", str(left.questions_left)))
        if left.check_failed:
            mark = str(round(PASS_MARK * 100))
            todo.append(self.tr("pass the knowledge check (%1 % or more)").replace("%1", mark))
        first = left.unread[0] if left.unread else (module.check.id if module.check else "")
        text = self.tr("Not finished yet. Still to do: %1.").replace("%1", ", ".join(todo))
        if first:
            go = self.tr("Go there")
            text += f" <a href='#{escape(first)}'>{escape(go)}</a>"
        return text
