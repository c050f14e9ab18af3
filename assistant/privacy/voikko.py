"""Voikko's analyses of Finnish words, loaded once (thread-safe), or none when Voikko is not installed (Debian's
libvoikko1 and voikko-fi, ``make voikko``)."""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class _Voikko:
    """Voikko's analyses of a word (thread-safe), or nothing when Voikko is not installed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        try:
            import libvoikko

            self._voikko: Any = libvoikko.Voikko("fi")
        except (ImportError, OSError, Exception) as exc:  # libvoikko raises its own VoikkoException
            log.info("Voikko is unavailable (%s); Finnish names fall back to a stem rule", exc)
            self._voikko = None

    def readings(self, word: str) -> list[dict[str, str]]:
        if self._voikko is None:
            return []
        with self._lock:
            return list(self._voikko.analyze(word))

    def analyse(self, word: str) -> list[tuple[str, str]]:
        # A first name in the plural is no one's name ("Milloin": Milla, plural instructive; "Monat").
        return [(a.get("BASEFORM", ""), a.get("CLASS", "")) for a in self.readings(word)
                if not (a.get("CLASS") == "etunimi" and a.get("NUMBER") == "plural")]


_voikko_lock = threading.Lock()
_voikko: _Voikko | None = None


def _loaded() -> _Voikko:
    global _voikko
    with _voikko_lock:
        if _voikko is None:
            _voikko = _Voikko()
    return _voikko


def analyses(word: str) -> list[tuple[str, str]]:
    return _loaded().analyse(word)


def finnish_readings(word: str) -> list[dict[str, str]]:
    """Voikko's every reading of ``word`` (class, case, number...), or none without Voikko."""
    return _loaded().readings(word)
