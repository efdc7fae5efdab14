"""CSP Desktop: offline community safety induction and CSP directory for councillors in Wales."""

__version__ = "0.1.0"

APP_NAME = "CSP Desktop"
# Used for the data folder, QSettings and the bundle; never changes once released,
# or users would lose their settings and data on upgrade.
APP_ID = "csp-desktop"
ORG_NAME = "CSP Desktop"
ORG_DOMAIN = "cspdesktop.invalid"
LICENCE = "MIT"
