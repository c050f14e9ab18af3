"""The one error tree of the assistant.

AssistantError            root; the CLI and the UI catch this at their boundary
├── SettingsError         a setting has a bad value
├── ModelError            an embedding model cannot be prepared or loaded
├── StoreError            the vector store or the catalog is unusable
│   └── ModelMismatchError  the store was built with another embedding model
├── DocumentError         one input file cannot be loaded (names the file and the reason)
├── ArchiveError          a backup archive is damaged, unsafe or not ours (names the member)
└── AnswererError         an LLM server failed or answered badly
"""

from __future__ import annotations


class AssistantError(Exception):
    """Root of every error the assistant raises on purpose."""


class SettingsError(AssistantError):
    """A setting has a value the assistant cannot use."""


class ModelError(AssistantError):
    """An embedding model cannot be prepared, verified or loaded."""


class StoreError(AssistantError):
    """The store (vectors or catalog) cannot be opened or used."""


class ModelMismatchError(StoreError):
    """The store's vectors were made by a different embedding model."""


class DocumentError(AssistantError):
    """A document cannot be loaded. ``str(error)`` names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ArchiveError(AssistantError):
    """A backup archive cannot be imported. ``str(error)`` names the member and the problem."""


class AnswererError(AssistantError):
    """The answering backend (for example an LLM server) failed."""
