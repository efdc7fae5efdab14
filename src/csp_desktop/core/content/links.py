"""What a link in content may do. The reader asks; this module decides.

Links between modules and to the glossary open inside the app; web, e-mail and phone links
open outside only after the user agrees; everything else (javascript:, file:, data:, ...)
is never followed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LinkKind(StrEnum):
    SECTION = "section"  # #section in the current module
    MODULE = "module"  # module:id or module:id#section
    GLOSSARY = "glossary"  # glossary:term
    EXTERNAL = "external"  # http(s), mailto, tel: ask first
    BLOCKED = "blocked"


EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")


@dataclass(frozen=True)
class Link:
    """Where a link in a module points: another module, a glossary term, a local record or the web."""

    kind: LinkKind
    target: str = ""
    anchor: str = ""
    url: str = ""


def classify(url: str) -> Link:
    url = url.strip()
    if url.startswith("#"):
        return Link(LinkKind.SECTION, anchor=url[1:])
    scheme, sep, rest = url.partition(":")
    scheme = scheme.lower()
    if not sep:
        return Link(LinkKind.BLOCKED, url=url)
    if scheme == "module":
        target, _, anchor = rest.partition("#")
        return Link(LinkKind.MODULE, target=target, anchor=anchor) if target else Link(LinkKind.BLOCKED)
    if scheme == "glossary":
        return Link(LinkKind.GLOSSARY, target=rest) if rest else Link(LinkKind.BLOCKED)
    if scheme in EXTERNAL_SCHEMES and rest.strip("/"):
        return Link(LinkKind.EXTERNAL, url=url)
    return Link(LinkKind.BLOCKED, url=url)
