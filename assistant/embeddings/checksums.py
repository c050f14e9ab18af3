"""Checks of the model files on disk: a file's sha256, and the stamp that lets a later load skip hashing it.

Hashing a 1.2 GB weights file costs seconds of CPU that every process loading the model would pay. After a
full check the caller records the file's stamp (size, modification time, inode); a later load whose file
still has that stamp skips the hash, and any write to the file changes it and brings the full check back."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_file(path: Path) -> str:
    """The file's sha256 as hex, read in 1 MB blocks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_stamp(path: Path) -> str:
    """What changes whenever the file is written or replaced; "missing" when it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return "missing"
    return f"size={st.st_size} mtime_ns={st.st_mtime_ns} inode={st.st_ino}"
