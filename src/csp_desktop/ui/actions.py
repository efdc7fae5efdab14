"""Every menu and toolbar action, declared once.

The table below is data: text, shortcut, status tip and menu role. ``create_actions``
builds the QActions; ``retranslate_actions`` re-applies the texts when the language
changes. Tests loop over ``Action`` to check each one is in a menu and has a tip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "Actions"


class Action(StrEnum):
    PRINT = "print"
    SAVE_PDF = "save_pdf"
    PREFERENCES = "preferences"
    INSTALL_CONTENT = "install_content"
    REVERT_CONTENT = "revert_content"
    WHATS_NEW = "whats_new"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    SELECT_ALL = "select_all"
    FIND = "find"
    GO_HOME = "go_home"
    GO_LEARN = "go_learn"
    GO_MY_CSP = "go_my_csp"
    GO_SURGERY = "go_surgery"
    GO_PROGRESS = "go_progress"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    FULL_SCREEN = "full_screen"
    OPEN_DATA_FOLDER = "open_data_folder"
    SHOW_LOG = "show_log"
    HELP_GUIDE = "help_guide"
    ABOUT = "about"
    ABOUT_QT = "about_qt"


Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    """How a menu action reads, its status-bar tip, its shortcuts and its menu role."""

    text: str
    tip: str
    shortcuts: tuple[Shortcut, ...] = ()
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    checkable: bool = False


SK = QKeySequence.StandardKey
SPECS: dict[Action, ActionSpec] = {
    Action.PRINT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        QT_TRANSLATE_NOOP("Actions", "Print the who-to-call sheet or your induction record"),
        (SK.Print, "Ctrl+P"),
    ),
    Action.SAVE_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save as P&DF…"),
        QT_TRANSLATE_NOOP("Actions", "Save the who-to-call sheet or your induction record as a PDF"),
        ("Ctrl+Shift+S",),
    ),
    Action.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        QT_TRANSLATE_NOOP("Actions", "Your name, council, language, text size and appearance"),
        (SK.Preferences, "Ctrl+,"),
        QAction.MenuRole.PreferencesRole,
    ),
    Action.INSTALL_CONTENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Install Content Update…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Install a signed update to the modules, surgery cards and contacts data"
        ),
    ),
    Action.REVERT_CONTENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&vert to the Content This Version Shipped With"),
        QT_TRANSLATE_NOOP("Actions", "Remove the installed content update and use the original content"),
    ),
    Action.WHATS_NEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&What's New in the Content"),
        QT_TRANSLATE_NOOP("Actions", "Which modules and sections the installed content update changed"),
    ),
    Action.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close CSP Desktop (your work is saved as you go)"),
        (SK.Quit, "Ctrl+Q"),
        QAction.MenuRole.QuitRole,
    ),
    Action.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        (SK.Undo,),
    ),
    Action.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the change you undid"),
        (SK.Redo,),
    ),
    Action.CUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cu&t"), QT_TRANSLATE_NOOP("Actions", "Cut the selected text"), (SK.Cut,)
    ),
    Action.COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        QT_TRANSLATE_NOOP("Actions", "Copy the selected text"),
        (SK.Copy,),
    ),
    Action.PASTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste"), QT_TRANSLATE_NOOP("Actions", "Paste text"), (SK.Paste,)
    ),
    Action.SELECT_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Select &All"),
        QT_TRANSLATE_NOOP("Actions", "Select all the text here"),
        (SK.SelectAll,),
    ),
    Action.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Search…"),
        QT_TRANSLATE_NOOP("Actions", "Search modules, glossary and contacts"),
        ("Ctrl+K", SK.Find),
    ),
    Action.GO_HOME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Home"),
        QT_TRANSLATE_NOOP("Actions", "What to do next: learning, key partners, contacts to check"),
        ("Alt+Home",),
    ),
    Action.GO_LEARN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Learn"), QT_TRANSLATE_NOOP("Actions", "Induction modules"), ("Ctrl+1",)
    ),
    Action.GO_MY_CSP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&My CSP"),
        QT_TRANSLATE_NOOP("Actions", "Your partnership's structure and contacts"),
        ("Ctrl+2",),
    ),
    Action.GO_SURGERY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Ward surgery"),
        QT_TRANSLATE_NOOP("Actions", "Who to call about what"),
        ("Ctrl+3",),
    ),
    Action.GO_PROGRESS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Progress"),
        QT_TRANSLATE_NOOP("Actions", "Your induction record"),
        ("Ctrl+4",),
    ),
    Action.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "La&rger Text"),
        QT_TRANSLATE_NOOP("Actions", "Make text larger"),
        (SK.ZoomIn, "Ctrl+="),
    ),
    Action.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Smaller Text"),
        QT_TRANSLATE_NOOP("Actions", "Make text smaller"),
        (SK.ZoomOut,),
    ),
    Action.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Normal Text Size"),
        QT_TRANSLATE_NOOP("Actions", "Reset text to its normal size"),
        ("Ctrl+0",),
    ),
    Action.FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Full Screen"),
        QT_TRANSLATE_NOOP("Actions", "Use the whole screen"),
        (SK.FullScreen,),
        checkable=True,
    ),
    Action.OPEN_DATA_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open &Data Folder"),
        QT_TRANSLATE_NOOP("Actions", "Show the folder that holds your data and backups"),
    ),
    Action.SHOW_LOG: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Show &Log File"),
        QT_TRANSLATE_NOOP("Actions", "Open the log file to send to IT"),
    ),
    Action.HELP_GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&How to use CSP Desktop"),
        QT_TRANSLATE_NOOP("Actions", "A short guide to the app"),
        (SK.HelpContents, "F1"),
    ),
    Action.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About CSP Desktop"),
        QT_TRANSLATE_NOOP("Actions", "Version, data folder and licence"),
        (),
        QAction.MenuRole.AboutRole,
    ),
    Action.ABOUT_QT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "About &Qt"),
        QT_TRANSLATE_NOOP("Actions", "The Qt toolkit this app is built with"),
        (),
        QAction.MenuRole.AboutQtRole,
    ),
}

MENUS: dict[str, tuple[Action | None, ...]] = {
    "file": (
        Action.PRINT,
        Action.SAVE_PDF,
        None,
        Action.PREFERENCES,
        None,
        Action.INSTALL_CONTENT,
        Action.REVERT_CONTENT,
        None,
        Action.QUIT,
    ),
    "edit": (
        Action.UNDO,
        Action.REDO,
        None,
        Action.CUT,
        Action.COPY,
        Action.PASTE,
        Action.SELECT_ALL,
        None,
        Action.FIND,
    ),
    "view": (
        Action.GO_HOME,
        Action.GO_LEARN,
        Action.GO_MY_CSP,
        Action.GO_SURGERY,
        Action.GO_PROGRESS,
        None,
        Action.ZOOM_IN,
        Action.ZOOM_OUT,
        Action.ZOOM_RESET,
        None,
        Action.FULL_SCREEN,
    ),
    "help": (
        Action.HELP_GUIDE,
        None,
        Action.ABOUT,
        Action.WHATS_NEW,
        Action.OPEN_DATA_FOLDER,
        Action.SHOW_LOG,
        None,
        Action.ABOUT_QT,
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        keys = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, SK) else [QKeySequence(shortcut)]
        for key in keys:
            if not key.isEmpty() and key not in seen:
                seen.append(key)
    return seen


def create_actions(parent: QObject, handlers: dict[Action, Callable[[], None]]) -> dict[Action, QAction]:
    actions: dict[Action, QAction] = {}
    for name, spec in SPECS.items():
        action = QAction(parent)
        action.setObjectName(f"action_{name.value}")
        action.setShortcuts(_key_sequences(spec))
        action.setMenuRole(spec.role)
        action.setCheckable(spec.checkable)
        if name in handlers:
            # triggered(bool) would land in a handler's first default argument; drop it
            action.triggered.connect(lambda _checked=False, run=handlers[name]: run())
        actions[name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[Action, QAction]) -> None:
    for name, action in actions.items():
        spec = SPECS[name]
        action.setText(tr(spec.text))
        action.setStatusTip(tr(spec.tip))
        action.setToolTip(tr(spec.tip))
