"""Checks on zip containers (DOCX) before anything inflates them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from assistant.errors import DocumentError

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000


def open_checked_zip(path: Path, data: bytes) -> zipfile.ZipFile:
    """Open a zip after checking it is not a zip bomb; raise DocumentError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError(path.name, f"corrupt or truncated zip container ({exc})") from exc
    infos = archive.infolist()
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_MEMBERS or total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
        raise DocumentError(path.name, f"refused: the zip container would inflate to {total:,} bytes "
                                       f"({len(infos)} members, ratio {total / packed:.0f}:1); a zip bomb?")
    return archive
