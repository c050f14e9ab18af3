"""The backup archive format: one ``.tar.gz`` whose first member, ``manifest.json``, lists every other
member with its size and sha256.

Layout (format version 1)::

    manifest.json               format, created_at, app version, model, dimension, counts, members
    catalog.sqlite3             the catalog (manifest, history, chunks, keyword index), a SQLite snapshot
    vectors/embeddings.npy      float32 array, one row per vector, in the order of records.jsonl
    vectors/records.jsonl       {"id", "document", "metadata"} per vector
    feedback.sqlite3            optional (export --with-feedback)
    uploads/NAME                optional (export --with-uploads), one file per uploaded document

Reading treats the archive as untrusted input: members are streamed in order, each must be a regular
file named in the manifest with a safe name (no absolute path, no "..", no link, no device), and its
bytes must have the size and sha256 the manifest says. Nothing is extracted outside the folder given.
The checksums catch corruption and accidental edits; they are not a signature against a forger who
rewrites the manifest too.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

from assistant.errors import ArchiveError, DocumentError
from assistant.uploads import safe_file_name

FORMAT = "child-protection-assistant-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CATALOG = "catalog.sqlite3"
FEEDBACK = "feedback.sqlite3"
EMBEDDINGS = "vectors/embeddings.npy"
RECORDS = "vectors/records.jsonl"
UPLOADS = "uploads/"
_FIXED = {CATALOG, FEEDBACK, EMBEDDINGS, RECORDS}
_COPY_BLOCK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(_COPY_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def check_member_name(name: str) -> None:
    """Raise ArchiveError unless ``name`` is one of the member names this format allows."""
    path = PurePosixPath(name)
    if not name or name.startswith("/") or "\\" in name or path.is_absolute() or ".." in path.parts:
        raise ArchiveError(f"member {name!r}: unsafe name (absolute, or leads out of the archive with '..')")
    if name in _FIXED:
        return
    if name.startswith(UPLOADS) and len(path.parts) == 2:
        file_name = path.parts[1]
        try:
            if safe_file_name(file_name) == file_name and not file_name.startswith("."):
                return
        except DocumentError:  # no usable characters at all
            pass
    raise ArchiveError(f"member {name!r}: not a member a backup archive may contain")


def write_archive(dest: Path, manifest: dict[str, Any], files: dict[str, Path]) -> int:
    """Write ``files`` (member name -> file) with ``manifest`` first into ``dest``; return its size.

    Sizes and sha256 of the members are added to the manifest here. The archive is written beside
    ``dest`` and renamed at the end, so an interrupted export never leaves a half archive behind.
    """
    members = {}
    for name, path in files.items():
        check_member_name(name)
        members[name] = {"size": path.stat().st_size, "sha256": sha256_file(path)}
    manifest = {**manifest, "members": members}
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
    os.close(fd)
    try:
        with tarfile.open(tmp, "w:gz", compresslevel=6, format=tarfile.PAX_FORMAT) as tar:
            body = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            tar.addfile(_info(MANIFEST, len(body)), io.BytesIO(body))
            for name, path in files.items():
                with path.open("rb") as data:
                    tar.addfile(_info(name, members[name]["size"]), data)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest.stat().st_size


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime, info.type = size, 0o644, 0, tarfile.REGTYPE
    return info


def read_manifest(archive: Path) -> dict[str, Any]:
    """Only the manifest (the first member), checked: enough to refuse an archive before extracting it."""
    if not archive.is_file():
        raise ArchiveError(f"{archive}: no such file")
    try:
        with tarfile.open(archive, "r|gz") as tar:
            first = tar.next()
            if first is None:
                raise ArchiveError(f"{archive}: empty archive (no {MANIFEST})")
            return _read_manifest(tar, first)
    except (tarfile.TarError, EOFError, OSError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{archive}: not a readable .tar.gz backup archive ({exc})") from exc


def read_archive(archive: Path, folder: Path) -> dict[str, Any]:
    """Verify ``archive`` and extract its members into ``folder``; return the manifest.

    Raises ArchiveError naming the member and the problem at the first thing that is wrong.
    """
    if not archive.is_file():
        raise ArchiveError(f"{archive}: no such file")
    try:
        with tarfile.open(archive, "r|gz") as tar:  # a stream: members are read once, in order
            manifest: dict[str, Any] | None = None
            seen: set[str] = set()
            for member in tar:
                if manifest is None:
                    manifest = _read_manifest(tar, member)
                    continue
                name = member.name
                check_member_name(name)
                if not member.isreg():
                    raise ArchiveError(f"member {name!r}: not a regular file (links and devices are refused)")
                expected = manifest["members"].get(name)
                if expected is None or name in seen:
                    raise ArchiveError(f"member {name!r}: not listed in the manifest, or listed twice")
                if member.size != expected["size"]:
                    raise ArchiveError(f"member {name!r}: {member.size} bytes, the manifest says {expected['size']}")
                _extract_checked(tar, member, folder / name, expected["sha256"])
                seen.add(name)
    except (tarfile.TarError, EOFError, OSError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{archive}: not a readable .tar.gz backup archive ({exc})") from exc
    if manifest is None:
        raise ArchiveError(f"{archive}: empty archive (no {MANIFEST})")
    missing = sorted(set(manifest["members"]) - seen)
    if missing:
        raise ArchiveError(f"member {missing[0]!r}: listed in the manifest but missing from the archive")
    return manifest


def _read_manifest(tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict[str, Any]:
    if member.name != MANIFEST or not member.isreg() or member.size > 10 * _COPY_BLOCK:
        raise ArchiveError(f"member {member.name!r}: the first member must be {MANIFEST} (is this a backup archive?)")
    data = tar.extractfile(member)
    try:
        manifest = json.loads(data.read().decode("utf-8")) if data else None
    except ValueError as exc:
        raise ArchiveError(f"member {MANIFEST!r}: not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"member {MANIFEST!r}: not a manifest of a {FORMAT} archive")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ArchiveError(f"member {MANIFEST!r}: format version {manifest.get('format_version')!r}; this version "
                           f"of the assistant reads format version {FORMAT_VERSION} only")
    members = manifest.get("members")
    if not isinstance(members, dict) or not {CATALOG, EMBEDDINGS, RECORDS} <= set(members):
        raise ArchiveError(f"member {MANIFEST!r}: the member list lacks {CATALOG}, {EMBEDDINGS} or {RECORDS}")
    for name, facts in members.items():
        check_member_name(name)
        if not (isinstance(facts, dict) and isinstance(facts.get("size"), int) and facts["size"] >= 0
                and isinstance(facts.get("sha256"), str) and len(facts["sha256"]) == 64):
            raise ArchiveError(f"member {MANIFEST!r}: bad size or sha256 for member {name!r}")
    return manifest


def _extract_checked(tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path, sha256: str) -> None:
    source = tar.extractfile(member)
    if source is None:
        raise ArchiveError(f"member {member.name!r}: cannot be read")
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with target.open("xb") as out:  # "x": never overwrite, never follow a planted file
        for block in iter(lambda: source.read(_COPY_BLOCK), b""):
            digest.update(block)
            out.write(block)
    if digest.hexdigest() != sha256:
        raise ArchiveError(f"member {member.name!r}: sha256 does not match the manifest (the archive is damaged "
                           "or was changed after export)")
