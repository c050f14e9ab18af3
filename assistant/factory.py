"""Factories that entry points (CLI, UI, evals, tests) call to build the parts from settings.

Nothing here runs at import time; every object is built on request.
"""

from __future__ import annotations

from assistant.embeddings.registry import LazyEmbedder
from assistant.settings import Settings
from assistant.store import Store, open_store


def make_store(settings: Settings, *, check_model: bool = True) -> Store:
    """The store with a lazily loaded embedder of the configured model."""
    return open_store(settings, LazyEmbedder(settings), check_model=check_model)
