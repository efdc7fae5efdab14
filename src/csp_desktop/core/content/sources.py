"""Warnings about the sources a module cites: a councillor should be able to follow each one
to the body that publishes it. These are warnings, not errors: a weak source is a review
task for the author, not a reason to stop a release."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from csp_desktop.core.content.catalogue import MODULES_FOLDER, read_meta
from csp_desktop.core.content.model import ContentError

# Sites that republish other people's documents: the copy may be altered, stale or removed.
DOCUMENT_DUMPS = (
    "docslib.org",
    "zoomlaw.co.uk",
    "ethicsguidebook.ac.uk",
    "vdocuments.mx",
    "vdocuments.net",
    "scribd.com",
    "docplayer.net",
    "docsbay.net",
    "businessdocbox.com",
    "fdocuments.in",
    "studylib.net",
    "yumpu.com",
    "dokumen.pub",
    "pdfslide.net",
)
# Host-name labels that mark a test, staging or development copy of a site.
_DEV_LABEL_RE = re.compile(r"(^|[.-])(staging|stage|dev|develop|development|test|preview|localhost)([.-]|$)")
_DEV_SUFFIXES = ("herokuapp.com", "netlify.app", "vercel.app", "github.io", ".dev")
LEGISLATION_HOSTS = ("legislation.gov.uk",)


@dataclass(frozen=True)
class SourceWarning:
    """A module source an author should look at again, with the file and line."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path.name}:{self.line}" if self.line else self.path.name
        return f"{where}: {self.message}"


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def source_problem(url: str) -> str | None:
    """Why a source URL is not a primary publisher's address, or None."""
    host = _host(url)
    if not host:
        return f"source {url} has no host name"
    if _is_ip(host):
        return f"source {url} is a raw IP address: cite the publisher's own site"
    for domain in DOCUMENT_DUMPS:
        if _on(host, domain):
            return f"source {url} is a document-sharing copy ({domain}): cite the original publisher"
    if _DEV_LABEL_RE.search(host) or host.endswith(_DEV_SUFFIXES):
        return f"source {url} is a staging or development host: cite the live site"
    return None


def module_source_warnings(path: Path) -> list[SourceWarning]:
    try:
        meta = read_meta(path)
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ContentError, OSError, UnicodeDecodeError):
        return []  # content check reports the broken file itself
    checked = {url for url, _ in meta.source_checked}

    def line_of(url: str) -> int | None:
        return next((i + 1 for i, text in enumerate(lines) if url in text), None)

    warnings = []
    for url in meta.sources:
        problem = source_problem(url)
        if problem:
            warnings.append(SourceWarning(path, line_of(url), problem))
        elif any(_on(_host(url), h) for h in LEGISLATION_HOSTS) and url not in checked:
            warnings.append(
                SourceWarning(
                    path,
                    line_of(url),
                    f"legislation source {url} has no 'checked' date: "
                    'write it as {url = "...", checked = YYYY-MM-DD}',
                )
            )
    return warnings


def source_warnings(content_dir: Path) -> list[SourceWarning]:
    warnings: list[SourceWarning] = []
    for path in sorted((content_dir / MODULES_FOLDER).glob("*.md")):
        warnings.extend(module_source_warnings(path))
    return warnings
