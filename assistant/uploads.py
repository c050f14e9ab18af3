"""Accepting an uploaded document: type by name AND content, size limit, safe file name, no traversal.

This only decides whether bytes may be saved into the uploads folder; reading them (and the deep
checks such as zip-bomb limits) is the loaders' job when the folder is synced.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import DocumentError

# Extension -> kind of content it must have. The loaders in ingest/ read each of these.
ALLOWED_SUFFIXES = {
    ".pdf": "pdf", ".docx": "docx", ".md": "text", ".markdown": "text", ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "xml",
}
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check: the name to save it under and its kind."""

    safe_name: str
    kind: str
    size: int


def safe_file_name(name: str) -> str:
    """A file name without folders, odd characters or leading dots; raise DocumentError if nothing is left."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _UNSAFE.sub("-", stem).strip(".-_ ")
    stem = re.sub(r"-{2,}", "-", stem)[:MAX_NAME_CHARS] or ""
    suffix = _UNSAFE.sub("", suffix).lower()
    if not stem:
        raise DocumentError(name or "(no name)", "the file name has no usable characters; rename the file")
    return f"{stem}.{suffix}" if suffix else stem


def _is_text(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return False
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def _sniff(kind: str, data: bytes) -> str | None:
    """None if ``data`` looks like ``kind``; otherwise why not."""
    if data.startswith(b"%PDF-") and kind != "pdf":
        return "the content is a PDF"
    if data.startswith(b"PK\x03\x04") and kind != "docx":
        return "the content is a zip/Office container"
    if kind == "pdf":
        return None if data.startswith(b"%PDF-") else "the content is not a PDF (no %PDF- header)"
    if kind == "docx":
        if not data.startswith(b"PK\x03\x04"):
            return "the content is not a Word document (not a zip container)"
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "the content is a corrupt zip container"
        return None if "word/document.xml" in names else "the container holds no word/document.xml"
    if not _is_text(data):
        return "the content is not UTF-8 text"
    head = data[:4096].decode("utf-8-sig", errors="ignore").lstrip().lower()
    if kind == "html" and not (head.startswith("<") and re.search(r"<(html|body|head|p|h[1-6]|div|!doctype)\b", head)):
        return "the content is not HTML"
    if kind == "xml" and not head.startswith("<"):
        return "the content is not XML"
    return None


def check_upload(name: str, data: bytes, max_mb: float) -> CheckedUpload:
    """Check an uploaded file; raise DocumentError (naming the file and the reason) if it is refused."""
    safe = safe_file_name(name)
    suffix = Path(safe).suffix.lower()
    kind = ALLOWED_SUFFIXES.get(suffix)
    if kind is None:
        raise DocumentError(safe, f"file type {suffix or '(no extension)'} is not accepted; accepted: "
                                  f"{' '.join(sorted(ALLOWED_SUFFIXES))}")
    if len(data) > max_mb * 1024 * 1024:
        raise DocumentError(safe, f"{len(data) / 1048576:.1f} MB is over the limit of {max_mb:g} MB "
                                  "(ASSISTANT_MAX_FILE_MB)")
    if not data.strip():
        raise DocumentError(safe, "the file is empty")
    problem = _sniff(kind, data)
    if problem:
        raise DocumentError(safe, f"{problem}, but the name ends in {suffix}")
    return CheckedUpload(safe, kind, len(data))


def save_upload(folder: Path, checked: CheckedUpload, data: bytes) -> Path:
    """Write ``data`` into ``folder`` under the checked name, atomically; never outside ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    target = (root / checked.safe_name).resolve()
    if target.parent != root:
        raise DocumentError(checked.safe_name, "refused: the name would leave the uploads folder")
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
