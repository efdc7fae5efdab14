"""Markdown to safe HTML, without Qt.

Python-Markdown renders; nh3 then keeps only an allowlist of tags, attributes and link
schemes, so even a hostile content file cannot put script, styles, forms or remote images
in front of the user. The reader decides what a surviving link does (see ui/learn).
"""

from __future__ import annotations

from functools import lru_cache

import nh3

from csp_desktop.core.render_safe import escape

__all__ = ["escape", "markdown_to_html", "sanitise"]

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "dl",
    "dt",
    "dd",
    "abbr",
    "sup",
    "sub",
    "span",
    "div",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"align"},
    "td": {"align"},
    "*": {"id"},
}
LINK_SCHEMES = {"http", "https", "mailto", "tel", "module", "glossary"}


@lru_cache(maxsize=1)
def _converter():
    # Imported lazily: loading Markdown costs ~40 ms that start-up does not need.
    import markdown

    return markdown.Markdown(extensions=["attr_list", "tables", "sane_lists", "def_list"])


def markdown_to_html(text: str) -> str:
    converter = _converter()
    converter.reset()
    return sanitise(converter.convert(text))


def sanitise(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
