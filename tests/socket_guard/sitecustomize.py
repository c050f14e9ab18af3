"""The tests' network guard: no connection may leave the machine.

``install()`` wraps ``socket.socket.connect``, ``connect_ex`` and ``sendto`` (``socket.create_connection``,
asyncio, httpx, urllib and ssl all connect through them). A connection to anything but loopback
(127.0.0.0/8, ::1, ``localhost``; also 0.0.0.0 and ::, which Linux routes to this machine) or a
non-IP socket (AF_UNIX) raises ``BlockedConnection`` and is recorded: appended as one JSON line to
the file named by ``SOCKET_GUARD_LOG`` (read at the moment of the attempt), and kept in ``BLOCKED``.

tests/conftest.py installs it in the pytest process and puts this folder on ``PYTHONPATH``, so every
Python subprocess the tests start (``assistant ingest``, ``assistant serve``, ``chroma run``) imports
it as its ``sitecustomize`` and is guarded the same way. At the end of the session conftest fails
the run if the log holds any attempt. Not covered: DNS lookups themselves (``getaddrinfo`` runs in
C; the connection that would follow is refused), and sockets opened outside Python (chromium, the
Playwright driver, the Rust core of the Chroma server).

If another ``sitecustomize`` sits further along ``sys.path`` (a venv's or the system's), it still runs.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import sys
import time

ENV = "SOCKET_GUARD_LOG"
BLOCKED: list[dict] = []
_LOCAL_NAMES = {"localhost", "ip6-localhost", "ip6-loopback", "", "0.0.0.0", "::"}
_REAL: dict[str, object] = {}


class BlockedConnection(ConnectionRefusedError):
    """A test tried to reach beyond loopback."""


def is_local(family: int, address: object) -> bool:
    """True for loopback and for non-IP sockets; False for any other host, names included (no DNS)."""
    if family not in (socket.AF_INET, socket.AF_INET6):
        return True  # AF_UNIX, AF_NETLINK...: never leave the machine
    if not isinstance(address, tuple) or not address:
        return False
    host = str(address[0]).strip("[]").lower()
    if host in _LOCAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False  # a host name: it would be resolved and reached
    if ip.is_loopback or ip.is_unspecified:
        return True
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool(mapped and mapped.is_loopback)


def _record(call: str, sock: socket.socket, address: object) -> BlockedConnection:
    entry = {"call": call, "address": repr(address), "pid": os.getpid(), "argv": sys.argv[:4], "at": time.time()}
    BLOCKED.append(entry)
    path = os.environ.get(ENV)
    if path:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, (json.dumps(entry) + "\n").encode())
            finally:
                os.close(fd)
        except OSError:
            pass
    return BlockedConnection(f"socket guard: no connections outside loopback in the tests ({call} to {address!r})")


def _connect(sock: socket.socket, address: object) -> None:
    if not is_local(sock.family, address):
        raise _record("connect", sock, address)
    return _REAL["connect"](sock, address)  # type: ignore[operator]


def _connect_ex(sock: socket.socket, address: object) -> int:
    if not is_local(sock.family, address):
        raise _record("connect_ex", sock, address)
    return _REAL["connect_ex"](sock, address)  # type: ignore[operator]


def _sendto(sock: socket.socket, data: bytes, *rest: object) -> int:
    address = rest[-1] if rest else None
    if rest and not is_local(sock.family, address):
        raise _record("sendto", sock, address)
    return _REAL["sendto"](sock, data, *rest)  # type: ignore[operator]


def install() -> None:
    """Wrap the socket methods (once per process)."""
    if _REAL:
        return
    for name, wrapper in (("connect", _connect), ("connect_ex", _connect_ex), ("sendto", _sendto)):
        _REAL[name] = getattr(socket.socket, name)
        setattr(socket.socket, name, wrapper)


def _run_next_sitecustomize() -> None:
    """Run the ``sitecustomize`` this one shadows, if any (a venv's or the interpreter's own)."""
    import importlib.machinery
    import importlib.util

    here = os.path.dirname(os.path.realpath(__file__))
    rest = [p for p in sys.path if os.path.realpath(p or os.getcwd()) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["_shadowed_sitecustomize"] = module
    spec.loader.exec_module(module)


if __name__ == "sitecustomize":  # imported by `site` at the start of a subprocess
    install()
    _run_next_sitecustomize()
