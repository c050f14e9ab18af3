"""Load: concurrent chat sessions against real ``assistant serve`` processes, driven by gradio_client.

    python -m evals.benchmarks.load [--sessions 20] [--seconds 120] [--servers 1|2|1,2] [--sync-during]
                                    [--home DIR] [--knowledge DIR] [--out reports/bench-load.json]

The store of the shipped knowledge base (knowledge/) is built once under <home>/bench/load and
reused (a re-sync of unchanged files takes well under a second). With one server the store is the
embedded Chroma under <home>/bench/load/single. With ``--servers 2`` a real ``chroma run`` on
loopback holds the vectors; it is seeded from the one-server store with ``assistant export`` /
``assistant import`` when that exists, then synced from knowledge/ once; two ``assistant serve``
processes on their own ports share it and the catalog in <home>/bench/load/shared.

Each session is its own ``gradio_client.Client`` and loops, until the time is up, over a fixed list
of fi/sv/en conversations taken from the dev set (evals/datasets/dev): answerable, cross-lingual
(with a language filter), out-of-scope, and follow-ups asked in the same session with the
standalone questions of the earlier turns as history, as the chat tab keeps them. Sessions are
split round-robin between the servers. A session asks its next question as soon as it has the
answer (no reading time), so 20 sessions are far more load than 20 people. The chat tab's own
events are private (not callable by client libraries, by design), so the sessions use the app's
public ``/ask`` API: the same pipeline (``Assistant.ask`` runs ``ask_stream`` to its end) behind the
same Gradio queue (4 answers at a time per process). ``--sync-during`` (two servers only) adds a
maintainer sync of a small note, in a process of its own, a third of the way into the run.

An error is any failed request and any answer that is neither refused nor cited. The figures:
requests, errors by type, throughput, latency p50/p95/max, and each server's peak resident memory
(VmHWM). The exit status is 1 when any request failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from evals.benchmarks.ingest import memory_kb
from evals.metrics import percentile

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE = REPO / "knowledge"
DEFAULT_OUT = REPO / "reports" / "bench-load.json"
REQUEST_TIMEOUT_S = 180.0
# Dev-set questions, six conversations per language; a follow-up id brings its earlier turns along.
CONVERSATION_IDS = (
    "contacts-en-02", "fin-en-02", "practice-id-en-01", "intl-en-03", "fin-en-05", "oos-en-02",
    "contacts-fi-02", "fin-fi-01", "practice-id-fi-02", "fin-fi-03", "pr-fi-05", "oos-fi-01",
    "contacts-sv-02", "fin-sv-01", "practice-id-sv-01", "intl-sv-03", "practice-id-sv-05", "oos-sv-01",
)


class LoadError(AssistantError):
    """A server or a store could not be prepared (not a failed request: those are counted)."""


@dataclass(frozen=True)
class Turn:
    question: str
    language: str
    filters: dict[str, str] | None = None


@dataclass
class Record:
    server: int
    session: int
    language: str
    follow_up: bool
    seconds: float
    error: str | None = None  # the error type
    detail: str = ""
    abstained: bool = False
    cited: bool = False


def conversations(ids: tuple[str, ...] = CONVERSATION_IDS) -> list[list[Turn]]:
    """The fixed conversations: each dev question, after the earlier turns of its history."""
    from evals.datasets import load_dataset

    by_id = {q.id: q for q in load_dataset("dev").questions}
    return [[*(Turn(h, by_id[i].language) for h in by_id[i].history),
             Turn(by_id[i].question, by_id[i].language, by_id[i].filters)] for i in ids]


def answer_problem(result: Any) -> str | None:
    """Why an answer does not count as served (an error type), or None: refused, or cited."""
    if not isinstance(result, dict) or "abstained" not in result:
        return "MalformedAnswer"
    if result["abstained"] or result.get("citations"):
        return None
    return "AnswerWithoutCitations"


# --- the sessions ------------------------------------------------------------------------------------
def run_session(url: str, server: int, session: int, dialogues: list[list[Turn]], deadline: float,
                records: list[Record], lock: threading.Lock, timeout_s: float = REQUEST_TIMEOUT_S) -> None:
    """One user: a client of its own, whole conversations one after another until ``deadline``."""
    from gradio_client import Client

    def keep(record: Record) -> None:
        with lock:
            records.append(record)

    try:
        # httpx's own 5 s default would fail a request that a browser would still be waiting for (seen on a
        # loaded machine as ReadTimeout while joining the queue); the request's limit is ``timeout_s``.
        client = Client(url, verbose=False, download_files=False, httpx_kwargs={"timeout": timeout_s})
    except Exception as exc:  # counted, like a failed request
        keep(Record(server, session, "", False, 0.0, type(exc).__name__, f"connect: {exc}"[:300]))
        return
    try:
        turn_no = session  # sessions start at different places in the list
        while time.monotonic() < deadline:
            history: list[str] = []
            for turn in dialogues[turn_no % len(dialogues)]:
                started = time.perf_counter()
                record = Record(server, session, turn.language, bool(history), 0.0)
                try:
                    job = client.submit(turn.question, json.dumps(turn.filters) if turn.filters else "",
                                        json.dumps(history) if history else "", api_name="/ask")
                    result = job.result(timeout=timeout_s)
                    record.error = answer_problem(result)
                    if record.error:
                        record.detail = json.dumps(result, ensure_ascii=False)[:300]
                    else:
                        # A refusal may cite too (the contacts of a safety referral): it counts as refused.
                        record.abstained = bool(result["abstained"])
                        record.cited = not record.abstained and bool(result.get("citations"))
                except Exception as exc:  # every failure is a figure, never a crash of the benchmark
                    record.error, record.detail = type(exc).__name__, str(exc)[:300]
                record.seconds = time.perf_counter() - started
                keep(record)
                if record.error:
                    break
                history.append(result.get("standalone_question") or turn.question)
            turn_no += 1
    finally:
        client.close()


def drive(urls: list[str], sessions: int, seconds: float, dialogues: list[list[Turn]] | None = None,
          log=None) -> tuple[list[Record], float]:
    """Run ``sessions`` concurrent sessions for ``seconds``, split round-robin over ``urls``."""
    log = log or _log
    dialogues = dialogues or conversations()
    records: list[Record] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=run_session, name=f"session-{i}", daemon=True,
                                args=(urls[i % len(urls)], i % len(urls), i, dialogues, deadline, records, lock))
               for i in range(sessions)]
    log(f"load: {sessions} sessions for {seconds:.0f} s against {', '.join(urls)}")
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():  # short joins, so that Ctrl-C gets through
            thread.join(0.5)
    return records, time.perf_counter() - started


def summarise(records: list[Record], elapsed: float) -> dict[str, Any]:
    """Requests, errors by type (with one example each), throughput and latency of ``records``."""
    errors = Counter(r.error for r in records if r.error)
    examples = {}
    for r in records:
        if r.error and r.error not in examples:
            examples[r.error] = r.detail
    served = [r.seconds for r in records if not r.error]
    return {
        "requests": len(records), "errors": sum(errors.values()), "error_types": dict(errors),
        "error_examples": examples,
        "cited": sum(r.cited for r in records), "refused": sum(r.abstained for r in records),
        "follow_ups": sum(r.follow_up for r in records),
        "by_language": dict(sorted(Counter(r.language for r in records if r.language).items())),
        "seconds": round(elapsed, 1), "requests_per_s": round(len(records) / elapsed, 2) if elapsed else None,
        "latency_s": {name: None if not served else round(percentile(served, q), 3)
                      for name, q in (("p50", 50), ("p95", 95), ("max", 100))},
    }


# --- the processes -----------------------------------------------------------------------------------
def child_env(home: Path, chroma_url: str | None = None, port: int | None = None) -> dict[str, str]:
    """The environment of a child: no ASSISTANT_* of ours leaks in, except the model cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") or k == "ASSISTANT_MODELS_DIR"}
    env.update(ASSISTANT_HOME=str(home), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False", GRADIO_ANALYTICS_ENABLED="False")
    if chroma_url:
        env["ASSISTANT_CHROMA_URL"] = chroma_url
    if port:
        env.update(ASSISTANT_HOST="127.0.0.1", ASSISTANT_PORT=str(port))
    return env


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Process:
    """A server child on loopback: started on enter, terminated (then killed) on exit."""

    name = "server"

    def __init__(self, command: list[str], env: dict[str, str], log_path: Path, probe: str) -> None:
        self.command, self.env, self.log_path, self.probe = command, env, log_path, probe
        self.child: subprocess.Popen | None = None
        self.started = 0.0

    def __enter__(self) -> Process:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.started = time.monotonic()
        with self.log_path.open("wb") as log:
            self.child = subprocess.Popen(self.command, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL)
        return self

    def wait_ready(self, timeout_s: float = 300.0) -> float:
        """Poll the probe URL until it answers; return the seconds since the process started."""
        while True:
            if self.child.poll() is not None:
                raise LoadError(f"{self.name} exited with {self.child.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(self.probe, timeout=2) as response:
                    if response.status == 200:
                        return time.monotonic() - self.started
            except OSError:
                pass
            if time.monotonic() - self.started > timeout_s:
                raise LoadError(f"{self.name} did not answer on {self.probe} within {timeout_s:.0f} s")
            time.sleep(0.3)

    def peak_rss_mb(self) -> int | None:
        peak = memory_kb(self.child.pid).get("VmHWM") if self.child else None
        return round(peak / 1024) if peak else None

    def log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-1500:]
        except OSError:
            return ""

    def terminate(self) -> None:
        if self.child is not None and self.child.poll() is None:
            self.child.terminate()

    def __exit__(self, *exc: object) -> None:
        if self.child is None or self.child.poll() is not None:
            return
        self.terminate()
        try:
            self.child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.wait()


class UIServer(Process):
    """``assistant serve`` on its own port, on the store in ``home`` (and the Chroma server, if any)."""

    def __init__(self, home: Path, log_path: Path, chroma_url: str | None = None, name: str = "server") -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.name = f"assistant serve ({name})"
        super().__init__([sys.executable, "-m", "assistant", "serve"], child_env(home, chroma_url, self.port),
                         log_path, self.url)


class ChromaServer(Process):
    """``chroma run`` on loopback with its database in ``path``."""

    name = "chroma run"

    def __init__(self, path: Path, log_path: Path) -> None:
        binary = Path(sys.executable).parent / "chroma"
        found = str(binary) if binary.exists() else shutil.which("chroma")
        if not found:
            raise LoadError("the `chroma` server command (installed with chromadb) is not on PATH")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        super().__init__([found, "run", "--host", "127.0.0.1", "--port", str(self.port), "--path", str(path)],
                         env, log_path, f"{self.url}/api/v2/heartbeat")


def assistant_command(args: list[str], home: Path, log_path: Path, chroma_url: str | None = None,
                      children: list[subprocess.Popen] | None = None) -> float:
    """Run ``assistant ARGS`` on the store in ``home``; raise LoadError unless it succeeds.
    The child is added to ``children``, if given, so that a run cut short can stop it."""
    started = time.perf_counter()
    with log_path.open("ab") as log:
        child = subprocess.Popen([sys.executable, "-m", "assistant", *args], env=child_env(home, chroma_url),
                                 stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        if children is not None:
            children.append(child)
        try:
            returncode = child.wait()
        except BaseException:
            child.kill()
            child.wait()
            raise
    if returncode != 0:
        tail = log_path.read_text(errors="replace")[-1500:]
        raise LoadError(f"`assistant {' '.join(args)}` exited with {returncode}: {tail}")
    return time.perf_counter() - started


def prepare_store(home: Path, knowledge: Path, logs: Path, chroma_url: str | None = None,
                  seed: Path | None = None, log=None) -> dict[str, float]:
    """Sync ``knowledge`` into the store in ``home``; an empty one is first seeded from ``seed``."""
    log = log or _log
    figures = {}
    sync_log = logs / f"sync-{home.name}.log"
    if seed is not None and (seed / "catalog.sqlite3").is_file() and not (home / "catalog.sqlite3").is_file():
        archive = logs / "seed.tar.gz"
        log(f"load: seeding {home} from {seed} (assistant export / import)")
        figures["export_seconds"] = round(assistant_command(["export", str(archive)], seed, sync_log), 1)
        figures["import_seconds"] = round(assistant_command(["import", str(archive)], home, sync_log, chroma_url), 1)
        archive.unlink()
    log(f"load: syncing {knowledge} into {home} (the first time embeds every document: minutes)")
    figures["sync_seconds"] = round(assistant_command(["ingest", str(knowledge)], home, sync_log, chroma_url), 1)
    assistant_command(["check"], home, sync_log, chroma_url)  # catalog and vectors agree (no model loaded)
    return figures


# --- one run -----------------------------------------------------------------------------------------
def maintainer_sync(home: Path, state: Path, chroma_url: str, delay_s: float, outcome: dict[str, Any],
                    children: list[subprocess.Popen], stop: threading.Event, log=None) -> threading.Thread:
    """A thread that, after ``delay_s``, writes a new version of a small note and syncs it with
    ``assistant ingest`` in a third process (the embedding model included) while sessions run."""
    log = log or _log
    folder = state / "maintainer-sync"

    def work() -> None:
        if stop.wait(delay_s):  # the run was cut short first
            return
        (folder / "notes").mkdir(parents=True, exist_ok=True)
        (folder / "notes" / "load-test-note.en.md").write_text(
            f"---\ntitle: Load test note\nlanguage: en\ntype: guide\n---\n# Load test note\n\n## Version\n"
            f"This note was written by the load benchmark at {time.strftime('%H:%M:%S')} to exercise a sync "
            "while professionals are asking questions.\n", encoding="utf-8")
        log("load: maintainer sync started")
        outcome["started_after_s"] = round(delay_s, 1)
        try:
            outcome["seconds"] = round(assistant_command(["ingest", str(folder)], home, state / "logs" /
                                                         "maintainer-sync.log", chroma_url, children), 1)
            outcome["ok"] = True
        except LoadError as exc:
            outcome.update(ok=False, error=str(exc)[-500:])

    thread = threading.Thread(target=work, name="maintainer-sync", daemon=True)
    thread.start()
    return thread


def run(home: Path, *, sessions: int = 20, seconds: float = 120.0, servers: int = 1,
        knowledge: Path = KNOWLEDGE, sync_during: bool = False, log=None) -> dict[str, Any]:
    """Prepare the store, start the servers, drive the sessions, stop everything; the figures."""
    log = log or _log
    if servers not in (1, 2):
        raise LoadError("servers must be 1 or 2")
    if sync_during and servers == 1:
        raise LoadError("a sync during the run needs the Chroma server (--servers 2): a server on an "
                        "embedded Chroma does not see vectors another process writes")
    state = home / "bench" / "load"
    logs = state / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"sessions": sessions, "seconds": seconds, "servers": servers,
                              "knowledge": str(knowledge), "loadavg_before": _loadavg()}
    with ExitStack() as stack:
        chroma_url = None
        if servers == 1:
            store_home = state / "single"
        else:
            chroma = stack.enter_context(ChromaServer(state / "chroma-server", logs / "chroma.log"))
            chroma.wait_ready(60)
            chroma_url = chroma.url
            store_home = state / "shared"
        result["store"] = {"home": str(store_home), "chroma_url": chroma_url,
                           **prepare_store(store_home, knowledge, logs, chroma_url,
                                           seed=state / "single" if servers == 2 else None, log=log)}
        ui = [stack.enter_context(UIServer(store_home, logs / f"server-{i + 1}.log", chroma_url, str(i + 1)))
              for i in range(servers)]
        children: list[subprocess.Popen] = []  # the maintainer sync's
        stop = threading.Event()

        def stop_all() -> None:  # on the way out every child is told to stop at once, then waited for
            stop.set()
            for child in children:
                if child.poll() is None:
                    child.kill()
            for process in [*ui, *([chroma] if chroma_url else [])]:
                process.terminate()

        stack.callback(stop_all)
        startup = [round(server.wait_ready(), 1) for server in ui]
        syncing = None
        if sync_during:
            result["maintainer_sync"] = {}
            syncing = maintainer_sync(store_home, state, chroma_url, seconds / 3, result["maintainer_sync"],
                                      children, stop, log)
        records, elapsed = drive([server.url for server in ui], sessions, seconds, log=log)
        if syncing is not None:
            syncing.join()
        result["overall"] = summarise(records, elapsed)
        result["per_server"] = [
            {"url": server.url, "startup_seconds": startup[i], "peak_rss_mb": server.peak_rss_mb(),
             "sessions": len(range(i, sessions, servers)),
             **summarise([r for r in records if r.server == i], elapsed)}
            for i, server in enumerate(ui)]
        if servers == 2:
            result["chroma_peak_rss_mb"] = chroma.peak_rss_mb()
        result["loadavg_after"] = _loadavg()
    return result


def report_lines(result: dict[str, Any]) -> list[str]:
    """The figures, one line per server and one overall, plus every error type."""
    def line(name: str, f: dict[str, Any], rss: int | None = None) -> str:
        lat = f["latency_s"]
        return (f"{name}: {f['requests']} requests, {f['errors']} errors, {f['requests_per_s']} req/s, "
                f"p50 {lat['p50']} s, p95 {lat['p95']} s, max {lat['max']} s, "
                f"{f['cited']} cited, {f['refused']} refused, {f['follow_ups']} follow-ups"
                + (f", peak RSS {rss} MB" if rss is not None else ""))

    lines = [line(f"server {i + 1}", s, s["peak_rss_mb"]) for i, s in enumerate(result["per_server"])]
    lines.append(line("overall", result["overall"]))
    if "chroma_peak_rss_mb" in result:
        lines.append(f"chroma run: peak RSS {result['chroma_peak_rss_mb']} MB")
    for kind, count in result["overall"]["error_types"].items():
        lines.append(f"error {kind} x{count}: {result['overall']['error_examples'][kind]}")
    if "maintainer_sync" in result:
        lines.append(f"maintainer sync during the run: {result['maintainer_sync']}")
    lines.append(f"load average before {result['loadavg_before']}, after {result['loadavg_after']}")
    return lines


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM ends the run like Ctrl-C: the servers are stopped on the way out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent chat sessions (default 20)")
    parser.add_argument("--seconds", type=float, default=120.0, help="how long the sessions run (default 120)")
    parser.add_argument("--servers", default="1", choices=("1", "2", "1,2"), metavar="1|2|1,2",
                        help="UI processes; 2 share one Chroma server; 1,2 runs both, one after the other "
                             "(default 1: one process, embedded Chroma)")
    parser.add_argument("--home", type=Path, default=None, help="state folder (default: ASSISTANT_HOME)")
    parser.add_argument("--sync-during", action="store_true",
                        help="with --servers 2: a maintainer sync of a small note (its own process) a third "
                             "of the way into the run")
    parser.add_argument("--knowledge", type=Path, default=KNOWLEDGE, help="the folder served (default knowledge/)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for key, value in (("HF_HUB_OFFLINE", "1"), ("ANONYMIZED_TELEMETRY", "False"),
                       ("GRADIO_ANALYTICS_ENABLED", "False")):
        os.environ.setdefault(key, value)
    signal.signal(signal.SIGTERM, _stop)
    if args.home is None:
        from assistant.settings import load_settings

        args.home = load_settings().home
    try:
        runs = [run(args.home.resolve(), sessions=args.sessions, seconds=args.seconds, servers=int(n),
                    knowledge=args.knowledge.resolve(), sync_during=args.sync_during and n == "2")
                for n in args.servers.split(",")]
    except LoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; servers stopped", file=sys.stderr)
        return 130
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": runs}, indent=1, ensure_ascii=False), encoding="utf-8")
    for result in runs:
        print(f"--- {result['servers']} server(s), {result['sessions']} sessions, {result['seconds']:.0f} s")
        print("\n".join(report_lines(result)))
    print(f"figures: {args.out}", file=sys.stderr)
    return 1 if any(result["overall"]["errors"] for result in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
