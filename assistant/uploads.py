"""Accepting an uploaded document: type by name AND content, size limit, safe file name, no traversal.

This only decides whether bytes may be saved into the uploads folder; reading them (and the deep
checks such as zip-bomb limits) is the loaders' job when the folder is synced. The accepted types
are the formats the loaders read (``assistant/formats.py``).
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import DocumentError
from assistant.formats import accepted_suffixes, content_problem, format_for_suffix

MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check: the name to save it under, its format and kind of content."""

    safe_name: str
    format: str  # "markdown", "pdf"... (assistant/formats.py)
    kind: str  # what its bytes are: "text", "pdf", "docx", "html", "xml"
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


def check_upload(name: str, data: bytes, max_mb: float) -> CheckedUpload:
    """Check an uploaded file; raise DocumentError (naming the file and the reason) if it is refused."""
    safe = safe_file_name(name)
    suffix = Path(safe).suffix.lower()
    fmt = format_for_suffix(suffix)
    if fmt is None:
        raise DocumentError(safe, f"file type {suffix or '(no extension)'} is not accepted; accepted: "
                                  f"{' '.join(accepted_suffixes())}")
    if len(data) > max_mb * 1024 * 1024:
        raise DocumentError(safe, f"{len(data) / 1048576:.1f} MB is over the limit of {max_mb:g} MB "
                                  "(ASSISTANT_MAX_FILE_MB)")
    if not data.strip():
        raise DocumentError(safe, "the file is empty")
    problem = content_problem(fmt, data)
    if problem:
        raise DocumentError(safe, f"{problem}, but the name ends in {suffix}")
    return CheckedUpload(safe, fmt.name, fmt.content, len(data))


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
