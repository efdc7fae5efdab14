"""Plain-Python core: content, progress rules, directory, geography, search, interchange.

Nothing under this package imports Qt (an import-linter contract and a test enforce it), so
it can be used headless from the command line and tested without a display.
"""
