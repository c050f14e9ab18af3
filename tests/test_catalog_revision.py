"""What is derived from the catalog (language versions, the law index) is rebuilt when, and only when, a
document changes: in this process, in another one (a maintainer's sync), or by an import."""

from __future__ import annotations

from pathlib import Path

from assistant.documents import Chunk, DocumentRecord
from assistant.store.catalog import Catalog
from assistant.store.derived import CatalogDerived
from assistant.versions import Versions


def _publish(catalog: Catalog, source: str, language: str, sections: list[str], version: str = "v1") -> None:
    chunks = [Chunk(source, version, n, f"{section} text of {source}", section, "Guide", language, "guide")
              for n, section in enumerate(sections)]
    catalog.publish(DocumentRecord(source, version, "Guide", language, "guide", len(chunks), "2026-12-03T00:00:00+00:00"),
                    chunks)


def test_revision_changes_with_every_write_and_only_then(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    seen = [catalog.revision()]
    assert seen[0]
    _publish(catalog, "guide.fi.md", "fi", ["1", "2"])
    seen.append(catalog.revision())
    catalog.documents(), catalog.all_chunks(), catalog.set_meta("other", "x")
    assert catalog.revision() == seen[-1]  # reads and unrelated meta rows leave it
    record = catalog.document("guide.fi.md")
    assert record is not None
    record.extra["reviewed"] = "2026-12-01"
    catalog.update_file_facts(record)
    seen.append(catalog.revision())
    catalog.unpublish("guide.fi.md")
    seen.append(catalog.revision())
    assert len(set(seen)) == 4
    assert Catalog(tmp_path / "catalog.sqlite3").revision() == seen[-1]  # opening again keeps it


def test_derived_index_is_built_once_and_again_after_another_writer_changes_the_documents(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite3"
    serving, syncing = Catalog(path), Catalog(path)  # two connections, as a server and a maintainer's sync
    _publish(syncing, "guide.fi.md", "fi", ["1", "2"])
    builds: list[int] = []

    class Count(CatalogDerived[int]):
        def _build(self, records):
            builds.append(len(records))
            return len(records)

    derived = Count(serving)
    assert [derived.refresh() for _ in range(5)] == [1] * 5
    assert builds == [1]

    versions = Versions(serving)
    versions.refresh()
    first = serving.chunks_of("guide.fi.md")[0]
    assert versions.section_in(first, "sv") == []
    _publish(syncing, "guide.sv.md", "sv", ["1", "2"])
    versions.refresh()
    assert [c.source for c in versions.section_in(first, "sv")] == ["guide.sv.md"]
    assert derived.refresh() == 2 and builds == [1, 2]
