"""Knowledge checks and scenarios as real widgets: radio buttons or checkboxes, instant
feedback with the explanation, retry allowed. The panel reports a score once every
question has been answered; the caller keeps the best."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.content.model import PASS_MARK, Question
from csp_desktop.storage.progress import ProgressRepository

# Right and wrong are told by a symbol, a word and a colour together, never colour alone.
FEEDBACK_STYLE = {
    "right": "QLabel#feedback { border: 1px solid #1e7d32; border-left: 6px solid #1e7d32; padding: 6px; }",
    "wrong": "QLabel#feedback { border: 1px solid #b3261e; border-left: 6px solid #b3261e; padding: 6px; }",
}


def _clause(text: str) -> str:
    """An option as part of a sentence: without its own closing full stop."""
    return text.strip().rstrip(".;:")


class _OptionLabel(QLabel):
    """The option's text, wrapped, and clickable like the button's own label."""

    def __init__(self, text: str, button: QAbstractButton):
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._button.isEnabled():
            self._button.click()
        super().mouseReleaseEvent(event)


class QuestionWidget(QGroupBox):
    answered = Signal(bool)  # right or wrong, the first time the answer is checked

    def __init__(self, number: int, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question{number}")
        self.setTitle(self.tr("Question %1").replace("%1", str(number)))
        self._prompt = QLabel(question.text)
        self._prompt.setWordWrap(True)
        self._prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._hint = QLabel(
            self.tr("Choose all that apply.") if question.multiple else self.tr("Choose one answer.")
        )
        self._hint.setVisible("choose" not in question.text.lower())
        self._hint.setObjectName("quizHint")
        self._group = QButtonGroup(self)
        self._group.setExclusive(not question.multiple)
        self._options: list[QAbstractButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self._hint)
        for index, text in enumerate(question.options):
            # The text sits in a wrapping label beside the button: long options must not
            # push the page sideways. The button keeps the text as its accessible name.
            button: QAbstractButton = QCheckBox() if question.multiple else QRadioButton()
            button.setAccessibleName(text)
            button.setAccessibleDescription(question.text)
            button.setObjectName(f"option{index}")
            self._group.addButton(button, index)
            self._options.append(button)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(_OptionLabel(text, button), 1)
            layout.addLayout(row)
        self.check_button = QPushButton(self.tr("Check answer"))
        self.check_button.setAccessibleName(self.tr("Check answer to question %1").replace("%1", str(number)))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self._group.buttonToggled.connect(self._selection_changed)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        self.feedback.hide()
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.result: bool | None = None
        self.setAccessibleName(self.title())
        self.setAccessibleDescription(question.text)

    def chosen(self) -> set[int]:
        return {i for i, b in enumerate(self._options) if b.isChecked()}

    def choose(self, indexes: set[int]) -> None:
        for i, button in enumerate(self._options):
            button.setChecked(i in indexes)

    def _selection_changed(self) -> None:
        self.check_button.setEnabled(bool(self.chosen()) and self.result is None)

    def check(self) -> None:
        if not self.chosen() or self.result is not None:
            return
        right = self.question.is_right(self.chosen())
        self.result = right
        verdict = "✓ " + self.tr("Right.") if right else "✗ " + self.tr("Not quite.")
        answers = [_clause(self.question.options[i]) for i in sorted(self.question.correct)]
        if not right:
            if len(answers) == 1:
                verdict += " " + self.tr("The answer: %1.").replace("%1", answers[0])
            else:
                verdict += " " + self.tr("The answers: %1.").replace("%1", "; ".join(answers))
        self.feedback.setText(f"{verdict}\n\n{self.question.explanation}")
        self.feedback.setAccessibleName(verdict)
        outcome = "right" if right else "wrong"
        self.feedback.setProperty("outcome", outcome)
        self.feedback.setStyleSheet(FEEDBACK_STYLE[outcome])
        self.feedback.show()
        for button in self._options:
            button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.answered.emit(right)

    def reset(self) -> None:
        self.result = None
        self._group.setExclusive(False)
        for button in self._options:
            button.setEnabled(True)
            button.setChecked(False)
        self._group.setExclusive(not self.question.multiple)
        self.feedback.hide()
        self.check_button.setEnabled(False)


class SectionAnswers:
    """Where one section's answers are kept the moment each is given, so closing the app
    mid-check loses nothing. ``on_answer`` runs first (the reader starts recording)."""

    def __init__(self, repo: ProgressRepository, module_id: str, section_id: str, on_answer=lambda: None):
        self.repo, self.module_id, self.section_id, self.on_answer = repo, module_id, section_id, on_answer

    def save(self, question: int, chosen: set[int]) -> None:
        self.on_answer()
        self.repo.save_answer(self.module_id, self.section_id, question, chosen)

    def load(self) -> dict[int, set[int]]:
        return self.repo.answers(self.module_id, self.section_id)

    def clear(self) -> None:
        self.repo.clear_answers(self.module_id, self.section_id)


class QuizPanel(QWidget):
    """All the questions of one section, the score, and Try again."""

    completed = Signal(int, int)  # correct, total

    def __init__(
        self,
        questions: list[Question],
        is_check: bool,
        answers: SectionAnswers | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("quizPanel")
        self.is_check = is_check
        self.answers = answers
        self._restoring = False
        self.questions = [QuestionWidget(i + 1, q, self) for i, q in enumerate(questions)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, widget in enumerate(self.questions):
            widget.answered.connect(lambda _right, n=number, w=widget: self._keep(n, w))
            widget.answered.connect(self._answered)
            layout.addWidget(widget)
        self.score_label = QLabel()
        self.score_label.setObjectName("quizScore")
        self.score_label.setWordWrap(True)
        self.score_label.hide()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try the questions again"))
        self.retry_button.clicked.connect(self.reset)
        self.retry_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.score_label, 1)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        self.best_label = QLabel()
        self.best_label.setObjectName("quizBest")
        layout.addWidget(self.best_label)
        self.restore()  # answers given before the app was closed mid-check come back

    def show_best(self, best: tuple[int, int] | None) -> None:
        if best and self.is_check:
            correct, total = best
            mark = self.tr("passed") if correct / total >= PASS_MARK - 1e-9 else self.tr("not yet passed")
            self.best_label.setText(
                self.tr("Your best score so far: %1 of %2 (%3).")
                .replace("%1", str(correct))
                .replace("%2", str(total))
                .replace("%3", mark)
            )
        else:
            self.best_label.clear()

    def _answered(self) -> None:
        if any(w.result is None for w in self.questions):
            return
        correct = sum(1 for w in self.questions if w.result)
        total = len(self.questions)
        if self.is_check:
            passed = correct / total >= PASS_MARK - 1e-9
            verdict = (
                self.tr("You passed the check.")
                if passed
                else self.tr("You need %1 % to pass: try again when you are ready.").replace(
                    "%1", str(round(PASS_MARK * 100))
                )
            )
        else:
            verdict = ""
        self.score_label.setText(
            self.tr("You got %1 of %2 right.").replace("%1", str(correct)).replace("%2", str(total))
            + (" " + verdict if verdict else "")
        )
        self.score_label.show()
        self.retry_button.show()
        self.completed.emit(correct, total)

    def _keep(self, number: int, widget: QuestionWidget) -> None:
        if self.answers is not None and not self._restoring:
            self.answers.save(number, widget.chosen())

    def restore(self) -> None:
        """Show the answers already given in this attempt, checked, as they were."""
        if self.answers is None:
            return
        self._restoring = True
        try:
            self._restore(self.answers.load())
        finally:
            self._restoring = False

    def _restore(self, answers: dict[int, set[int]]) -> None:
        for number, chosen in sorted(answers.items()):
            if 0 <= number < len(self.questions) and chosen:
                widget = self.questions[number]
                widget.choose(chosen)
                widget.check()

    def answered_count(self) -> int:
        return sum(1 for w in self.questions if w.result is not None)

    def reset(self) -> None:
        for widget in self.questions:
            widget.reset()
        if self.answers is not None:
            self.answers.clear()
        self.score_label.hide()
        self.retry_button.hide()
        if self.questions:
            self.questions[0].setFocus()
