"""Install the translators for the chosen language: ours and Qt's own, where they exist.

Qt ships no Welsh catalogue for its own strings (OK, Cancel, the text-box context menu, the
file dialog), so we keep one, resources/translations/qtbase_cy.ts, beside ours. A catalogue
of Qt's own in our folder wins over one in Qt's folder.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from csp_desktop.resources import translations_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Replace any installed translators. Returns True when our catalogue was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    from csp_desktop.core.dates import LOCALES

    # en_GB, not "en" (which Qt takes as US English: 11/29/26 in date fields).
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    if language == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(f"csp_desktop_{language}", str(translations_dir()))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation catalogue for %s in %s", language, translations_dir())
    qt_own = QTranslator(app)
    for folder in (str(translations_dir()), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
            break
    return found


def ui_language() -> str:
    """'en' or 'cy': the interface language now in use (from the default locale)."""
    return "cy" if QLocale().language() == QLocale.Language.Welsh else "en"
