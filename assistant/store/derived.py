"""What the answering side builds from the catalog's documents once, and rebuilds only when they change.

The language versions of the documents (``assistant/versions.py``) and the index of statute sections and
their newest wording (``assistant/law/index.py``) are read from every document and chunk record: seconds at
scale, so never per question. Each is a ``CatalogDerived``: asked once per question, it reads the
catalog's revision (one row; another process's sync changes it too) and rebuilds only when that changed.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from assistant.documents import DocumentRecord
from assistant.store.catalog import Catalog

T = TypeVar("T")


class CatalogDerived(ABC, Generic[T]):
    """``_build(records)`` of the catalog's documents, kept until the catalog's revision changes."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._revision: str | None = None
        self._value: T | None = None
        self._lock = threading.Lock()

    @abstractmethod
    def _build(self, records: list[DocumentRecord]) -> T:
        """The value for these document records (the catalog's other tables may be read too)."""

    def refresh(self) -> T:
        """The value for the catalog as it is now (rebuilt if a document changed since the last call)."""
        revision = self.catalog.revision()
        value = self._value
        if value is not None and revision == self._revision:
            return value
        with self._lock:
            if self._value is None or revision != self._revision:
                # Read the revision before the documents: a change in between is seen again at the next call.
                self._value, self._revision = self._build(self.catalog.documents()), revision
            return self._value

    def _current(self) -> T:
        """The value last built (built now if never): for the calls within one question after ``refresh``."""
        value = self._value
        return value if value is not None else self.refresh()
