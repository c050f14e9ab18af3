"""Admin credentials from settings, checked in constant time, with failed logins slowed per client.

After ``FREE_FAILURES`` failed attempts a client must wait before its next attempt is even
checked; the wait doubles with each further failure (1 s, 2 s, 4 s ... up to ``MAX_DELAY_S``) and
is forgotten after a successful login or ``FORGET_AFTER_S`` of quiet.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.settings import Settings

FREE_FAILURES = 1
BASE_DELAY_S = 1.0
MAX_DELAY_S = 300.0
FORGET_AFTER_S = 3600.0


def admin_configured(settings: Settings) -> bool:
    """True when both admin settings are set (there is no default password)."""
    return bool(settings.admin_username) and settings.admin_password is not None \
        and bool(settings.admin_password.get_secret_value())


def credentials_match(settings: Settings, username: str, password: str) -> bool:
    if not admin_configured(settings):
        return False
    assert settings.admin_username is not None and settings.admin_password is not None
    user_ok = hmac.compare_digest((username or "").encode(), settings.admin_username.encode())
    password_ok = hmac.compare_digest((password or "").encode(), settings.admin_password.get_secret_value().encode())
    return user_ok and password_ok


@dataclass
class _Record:
    failures: int = 0
    next_allowed: float = 0.0
    last: float = 0.0


@dataclass(frozen=True)
class LoginResult:
    ok: bool
    wait_s: float = 0.0  # > 0: refused without checking; try again after this many seconds


class LoginThrottle:
    """Per-client failed-login bookkeeping (clients are keyed by address)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def delay_after(self, failures: int) -> float:
        """Seconds a client waits after ``failures`` consecutive failures."""
        if failures <= FREE_FAILURES:
            return 0.0
        return min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_FAILURES - 1))

    def attempt(self, client: str, check: Callable[[], bool]) -> LoginResult:
        """Run ``check`` unless ``client`` must still wait; record the outcome."""
        now = self._clock()
        with self._lock:
            record = self._records.get(client)
            if record and now - record.last > FORGET_AFTER_S:
                record = None
                self._records.pop(client, None)
            if record and now < record.next_allowed:
                return LoginResult(False, wait_s=record.next_allowed - now)
        ok = check()
        with self._lock:
            if ok:
                self._records.pop(client, None)
                return LoginResult(True)
            record = self._records.setdefault(client, _Record())
            record.failures += 1
            record.last = now
            wait = self.delay_after(record.failures)
            record.next_allowed = now + wait
            return LoginResult(False, wait_s=wait)
