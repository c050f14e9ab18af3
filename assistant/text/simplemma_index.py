"""simplemma's compact dictionaries, with the index that makes them searchable kept on disk.

A compact dictionary (``StreamDictionaryFactory``) is a front-coded stream of sorted records; to look a word up,
simplemma first walks the whole stream once to note where every 32nd record starts. That walk is Python, record by
record: 2-4 s a language on two cores (Polish, 3.6 million records, the slowest), about 12 s for the nine asker
languages the glossary and the privacy screen read, in every process that loads them (`assistant serve`'s warm-up,
`assistant eval`, each test process). The walk's result depends only on the dictionary file, so it is written once
beside the models (``<cache>/simplemma-index/``) and read back in milliseconds.

The saved index is trusted only for the same simplemma version and dictionary file (its size and sha256 prefix of
the first megabyte), and is checked against the stream itself (a sample of blocks must start where it says); any
mismatch, a damaged file or a simplemma whose internals changed, and the index is built by simplemma as before (one
log line says why). A folder that cannot be written is no error: the index is then built in memory each time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from array import array
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"CPA-SIMPLEMMA-INDEX-1\n"
SAMPLED_BLOCKS = 16  # blocks whose first record is decoded again to check a saved index against its stream


def default_cache_dir() -> Path:
    """Beside the packaged models: ``$XDG_CACHE_HOME/child-protection-assistant/simplemma-index``."""
    from assistant.settings import cache_root

    return cache_root() / "simplemma-index"


def stream_factory(cache_size: int, cache_dir: Path | None = None):
    """A simplemma ``StreamDictionaryFactory`` whose dictionaries read and write their index in ``cache_dir``."""
    from simplemma.strategies import StreamDictionaryFactory

    folder = cache_dir or default_cache_dir()

    class CachedIndexFactory(StreamDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            return load_stream_map(lang, folder)

    return CachedIndexFactory(cache_max_size=cache_size)


def load_stream_map(lang: str, folder: Path):
    """simplemma's ``StreamMap`` of ``lang``, its block index read from ``folder`` when a checked one is there."""
    import simplemma
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER, _read_decompressed
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    source = DATA_FOLDER / f"{lang}.plzma"
    path = folder / f"{lang}.idx"
    stamp = {"simplemma": getattr(simplemma, "__version__", ""), "lang": lang, **_fingerprint(source)}
    try:
        saved = _read(path, stamp)
    except (OSError, ValueError, KeyError) as exc:
        log.info("simplemma index of %s in %s not used (%s); building it", lang, path, exc)
        saved = None
    if saved is not None:
        count, firsts, blocks = saved
        try:
            mapping = StreamMap.__new__(StreamMap)
            data = _read_decompressed(lang)
            mapping._data = data
            mapping._rev, mapping._count, mapping._pos = frontcode._read_header(data)
            mapping._firsts, mapping._blocks = firsts, blocks
            if mapping._count == count and _consistent(mapping, frontcode):
                return mapping
            log.info("simplemma index %s does not match its dictionary; building it again", path)
        except (AttributeError, TypeError, ValueError, IndexError) as exc:  # simplemma's internals changed
            log.info("simplemma index %s not usable with this simplemma (%s); building it", path, exc)
    mapping = StreamMap(lang)
    try:
        _write(path, {**stamp, "count": mapping._count}, mapping._firsts, mapping._blocks)
    except (OSError, AttributeError) as exc:
        log.debug("simplemma index of %s not saved in %s: %s", lang, folder, exc)
    return mapping


def _fingerprint(source: Path) -> dict:
    with source.open("rb") as handle:
        head = hashlib.sha256(handle.read(1 << 20)).hexdigest()[:16]
    return {"size": source.stat().st_size, "head": head}


def _consistent(mapping, frontcode) -> bool:
    """Whether a sample of the saved blocks starts, in the stream, with the record the index says it does."""
    blocks, firsts = mapping._blocks, mapping._firsts
    if len(blocks) != len(firsts) or not blocks:
        return False
    step = max(1, len(blocks) // SAMPLED_BLOCKS)
    for i in [*range(0, len(blocks), step), len(blocks) - 1]:
        record = next(frontcode._iter_records(mapping._data, *blocks[i]), None)
        if record is None or record[1] != firsts[i]:
            return False
    return True


def _write(path: Path, stamp: dict, firsts: list[bytes], blocks: list[tuple[int, bytes, bytes]]) -> None:
    starts = array("Q", (b[0] for b in blocks))
    columns = (firsts, [b[1] for b in blocks], [b[2] for b in blocks])
    lengths = [array("I", map(len, column)) for column in columns]
    header = json.dumps({**stamp, "blocks": len(blocks)}).encode() + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as out:
        out.write(MAGIC + header + starts.tobytes())
        for column, length in zip(columns, lengths):
            out.write(length.tobytes())
            out.write(b"".join(column))
    os.replace(temporary, path)


def _read(path: Path, stamp: dict) -> tuple[int, list[bytes], list[tuple[int, bytes, bytes]]] | None:
    """The saved (record count, firsts, blocks), or None when there is none for this ``stamp``; ValueError when
    damaged."""
    if not path.is_file():
        return None
    data = memoryview(path.read_bytes())
    if bytes(data[:len(MAGIC)]) != MAGIC:
        raise ValueError("not an index file")
    end = bytes(data[:4096]).index(b"\n", len(MAGIC))
    header = json.loads(bytes(data[len(MAGIC):end]))
    if any(header.get(key) != value for key, value in stamp.items()):
        return None
    n, position = header["blocks"], end + 1
    starts = array("Q")
    starts.frombytes(data[position:position + 8 * n])
    position += 8 * n
    columns = []
    for _ in range(3):
        lengths = array("I")
        lengths.frombytes(data[position:position + 4 * n])
        position += 4 * n
        column = []
        for length in lengths:
            column.append(bytes(data[position:position + length]))
            position += length
        columns.append(column)
    if position != len(data) or len(starts) != n:
        raise ValueError("truncated index file")
    firsts, keys, values = columns
    return header["count"], firsts, list(zip(starts.tolist(), keys, values))
