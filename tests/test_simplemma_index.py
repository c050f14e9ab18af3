"""simplemma's compact dictionaries with their index kept on disk (assistant/text/simplemma_index.py): the same
lemmas from a saved index as from simplemma's own walk, and a damaged, foreign or unwritable cache never fails."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from assistant.text.simplemma_index import load_stream_map, stream_factory

LANGUAGE = "lv"  # the smallest of the asker languages' dictionaries: its walk takes a fraction of a second
WORDS = ("bērniem", "tiesības", "cilvēku", "tirdzniecība", "upuris", "palīdzību", "nav-tāda-vārda")


def lookups(mapping) -> list[str | None]:
    return [mapping.get(word) for word in WORDS]


@pytest.fixture
def walked():
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    return StreamMap(LANGUAGE)


def test_a_saved_index_is_read_back_and_gives_the_same_lemmas(tmp_path: Path, walked) -> None:
    first = load_stream_map(LANGUAGE, tmp_path)
    saved = tmp_path / f"{LANGUAGE}.idx"
    assert saved.is_file() and saved.stat().st_size > 0
    stamp = saved.stat().st_mtime_ns
    second = load_stream_map(LANGUAGE, tmp_path)
    assert saved.stat().st_mtime_ns == stamp, "a good index is read, not written again"
    assert second._blocks == walked._blocks and second._firsts == walked._firsts
    assert lookups(first) == lookups(second) == lookups(walked)
    assert lookups(walked)[-1] is None and any(lookups(walked))


def test_the_lemmatizer_reads_through_the_cached_factory(tmp_path: Path) -> None:
    import simplemma
    from simplemma.strategies import DefaultStrategy

    lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(
        dictionary_factory=stream_factory(4, tmp_path)))
    assert lemmatizer.lemmatize("bērniem", LANGUAGE) == "bērns"
    assert (tmp_path / f"{LANGUAGE}.idx").is_file()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "wrong blocks"])
def test_a_damaged_index_is_built_again_and_replaced(tmp_path: Path, walked, damage: str,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    load_stream_map(LANGUAGE, tmp_path)
    saved = tmp_path / f"{LANGUAGE}.idx"
    data = saved.read_bytes()
    if damage == "truncated":
        saved.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        saved.write_bytes(b"\0" * 100)
    else:  # a well-formed file whose blocks point at the wrong records: every start moved by one byte
        header_end = data.index(b"\n", data.index(b"\n") + 1) + 1
        starts = bytearray(data[header_end:header_end + 8])
        starts[0] = (starts[0] + 1) % 256
        saved.write_bytes(data[:header_end] + bytes(starts) + data[header_end + 8:])
    with caplog.at_level(logging.INFO, logger="assistant.text.simplemma_index"):
        mapping = load_stream_map(LANGUAGE, tmp_path)
    assert lookups(mapping) == lookups(walked)
    assert str(saved) in caplog.text
    assert saved.read_bytes() == data, "the damaged file is replaced by a good one"


def test_an_index_of_another_simplemma_version_is_not_used(tmp_path: Path, walked, monkeypatch) -> None:
    import simplemma

    load_stream_map(LANGUAGE, tmp_path)
    saved = tmp_path / f"{LANGUAGE}.idx"
    monkeypatch.setattr(simplemma, "__version__", "0.0.0-other", raising=False)
    mapping = load_stream_map(LANGUAGE, tmp_path)
    assert lookups(mapping) == lookups(walked)
    assert b'"0.0.0-other"' in saved.read_bytes(), "rewritten for the version in use"


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, walked) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    mapping = load_stream_map(LANGUAGE, blocked / "index")
    assert lookups(mapping) == lookups(walked)
