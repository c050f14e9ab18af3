"""Crash safety: ``assistant ingest`` killed with SIGKILL at random points, and queries during a re-sync.

    python -m evals.benchmarks.crash [--kills 20] [--docs 24] [--seed 7] [--home DIR]
                                     [--out reports/bench-crash.json]

1. A folder of small made-up documents (Markdown, plain text, HTML) is synced once, uninterrupted,
   which measures T, the duration of a sync. Then, round after round, the folder changes (files
   edited, added, deleted) and ``assistant ingest`` runs as a subprocess on the same store and is
   killed with SIGKILL after a delay drawn uniformly from [0, T] (model load, embedding,
   publishing, removing). A run that ends before its delay is counted but is not a kill, and its
   duration becomes the new T (the machine's load changes during a long run).
2. After each kill a fresh process inspects the store as the kill left it: what a query can see
   must be consistent (only a pending mark and invisible vectors of that pending write may be
   left), and a copy of the store, recovered as the next sync would, must pass ``Store.check``.
3. A final uncontested sync must complete and leave exactly the folder's files, byte for byte.
4. Every document is then rewritten and re-synced in this process while the main thread queries
   without pause (keyword search, dense search, ``Assistant.ask`` with the extractive answerer);
   an exception, a document missing, or one seen with chunks of two versions is a failure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CHUNK_WORDS = 40  # small chunks: each document is two or three of them, so embedding is quick
REMOVAL = "-removal-"  # the pending version Store.remove marks (assistant/store/__init__.py)
WORDS = ("child social worker report police shelter interpreter guardian school nurse family safety "
         "trafficking violence interview assessment referral emergency contact decision support").split()
QUESTIONS = ["What does the social worker do after a report?", "Who is the emergency contact for a child?",
             "How is a child interviewed with an interpreter?", "Mitä sosiaalityöntekijä tekee ilmoituksen jälkeen?"]


# --- the made-up documents ------------------------------------------------------------------------
def document(n: int, revision: int, rng: random.Random) -> tuple[str, str]:
    """(relative path, text) of document ``n`` at ``revision``. Every sentence carries the code
    ``docNNN``, so a keyword search for it finds every chunk of the document."""
    code = f"doc{n:03d}"
    sentences = [f"In {code} revision {revision} the {' '.join(rng.sample(WORDS, 6))} matter." for _ in range(
        rng.randint(4, 9))]
    half = len(sentences) // 2
    kind = ("md", "txt", "html")[n % 3]
    if kind == "md":
        return (f"guides/{code}.en.md", f"---\ntitle: Guide {code}\nlanguage: en\n---\n# Guide {code}\n\n"
                                        f"## Steps\n{' '.join(sentences[:half])}\n\n## Contacts\n{' '.join(sentences[half:])}\n")
    if kind == "txt":
        return f"notes/{code}.en.txt", f"# Note {code}\n\n{' '.join(sentences[:half])}\n\n{' '.join(sentences[half:])}\n"
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return (f"web/{code}.en.html", f"<!DOCTYPE html><html lang=\"en\"><head><title>Page {code}</title></head>"
                                   f"<body><h1>Page {code}</h1>{body}</body></html>")


class Folder:
    """The synced folder and the changes made to it between rounds."""

    def __init__(self, root: Path, docs: int, rng: random.Random) -> None:
        self.root, self.rng = root, rng
        self.revisions: dict[int, int] = {}
        for n in range(docs):
            self.write(n, 0)

    def write(self, n: int, revision: int) -> None:
        relative, text = document(n, revision, self.rng)
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.revisions[n] = revision

    def change(self, share: float) -> dict[str, int]:
        """Edit ``share`` of the documents, add one, delete one."""
        present = sorted(self.revisions)
        edited = self.rng.sample(present, max(1, round(share * len(present))))
        for n in edited:
            self.write(n, self.revisions[n] + 1)
        gone = self.rng.choice([n for n in present if n not in edited])
        (self.root / document(gone, 0, self.rng)[0]).unlink()
        del self.revisions[gone]
        self.write(max(present) + 1, 0)
        return {"edited": len(edited), "added": 1, "deleted": 1}

    def rewrite_all(self) -> None:
        for n in sorted(self.revisions):
            self.write(n, self.revisions[n] + 1)

    def files(self) -> dict[str, str]:
        """Source name -> sha256 of every file, as the store should hold them."""
        return {p.relative_to(self.root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(self.root.rglob("*")) if p.is_file()}


# --- one killed (or finished) ingest --------------------------------------------------------------
def catalog_state(catalog: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(source -> version, pending marks) read read-only from the catalog file."""
    try:
        with closing(sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=5)) as db:
            docs = dict(db.execute("SELECT source, version FROM documents").fetchall())
            return docs, [tuple(r) for r in db.execute("SELECT source, version FROM pending")]
    except sqlite3.Error:
        return {}, []


def phase(before: dict[str, str], after: dict[str, str], pending: list[tuple[str, str]],
          pending_vectors: dict[str, int]) -> str:
    """Where the kill landed, read from the store as it left it. The model loads lazily, inside the
    first write (after its pending mark), so the load counts as that first write's embedding."""
    moved = before != after
    if not pending:
        return "between documents" if moved else "startup (imports, opening the store, walking the folder)"
    source, version = pending[0]
    if version == REMOVAL:
        return "removing a document"
    if after.get(source) == version:
        return "published, deleting the old version's vectors"
    if pending_vectors.get(source, 0):
        return "embedded, not yet published"
    return "embedding" if moved else "model load or first embedding"


def run_round(command: list[str], env: dict[str, str], delay: float | None) -> tuple[int, float, str]:
    """Run the ingest; SIGKILL it after ``delay`` s (None: let it finish). (exit status, seconds, stderr tail)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    _, err = process.communicate()
    return process.returncode, time.perf_counter() - started, err.decode(errors="replace")[-1500:]


def inspect_store(home: Path) -> dict[str, Any]:
    """The store under ``home`` as it is (no write), then a recovered copy of it. Runs in a fresh process
    (``--inspect``), since an embedded Chroma client does not see another process's later writes."""
    from assistant.factory import make_store
    from assistant.settings import load_settings

    store = make_store(load_settings(home=home), check_model=False)
    pending = store.catalog.pending()
    catalog_ids = {c.chunk_id for c in store.catalog.all_chunks()}
    invisible = store.vectors.ids() - catalog_ids
    # A kill may leave a pending mark and invisible vectors of the pending sources; nothing else.
    pending_sources = {source for source, _ in pending}
    visible = [p for p in store.check() if "was interrupted" not in p and "the catalog does not list" not in p]
    orphans = sorted(i for i in invisible if i.split("::", 1)[0] not in pending_sources)
    pending_vectors = Counter(i.split("::", 1)[0] for i in invisible)
    with tempfile.TemporaryDirectory(prefix="crash-copy-") as tmp:
        copy = Path(tmp) / "home"
        shutil.copytree(home, copy)
        recovered_store = make_store(load_settings(home=copy), check_model=False)
        recovered = recovered_store.recover()
        after = recovered_store.check()
    return {"pending": pending, "invisible_vectors": len(invisible), "pending_vectors": dict(pending_vectors),
            "visible_problems": visible + [f"{len(orphans)} invisible vector(s) of no pending write, "
                                           f"e.g. {orphans[:3]}"] * bool(orphans),
            "recovered": recovered, "problems_after_recovery": after}


def inspect_in_fresh_process(home: Path, env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "evals.benchmarks.crash", "--inspect", str(home)], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        return {"visible_problems": [f"inspection failed: {out.stderr[-800:]}"], "problems_after_recovery": []}
    return json.loads(out.stdout.splitlines()[-1])


# --- queries while every document is replaced -----------------------------------------------------
def queries_during_resync(settings: Any, folder: Folder, resyncs: int, rng: random.Random) -> dict[str, Any]:
    """Rewrite every document and re-sync in a thread, ``resyncs`` times, querying without pause."""
    from assistant.factory import make_store
    from assistant.pipeline import Assistant
    from ingest.sync import Syncer

    store = make_store(settings)
    assistant = Assistant(settings, store)
    vectors = [store.embedder.embed_query(q) for q in QUESTIONS]  # loads the model before the clock runs
    assistant.ask(QUESTIONS[0])
    counts: Counter[str] = Counter()
    failures: list[str] = []
    seconds = 0.0

    def mixed(kind: str, chunks: list[Any]) -> None:
        versions: dict[str, set[str]] = {}
        for chunk in chunks:
            versions.setdefault(chunk.source, set()).add(chunk.version)
        failures.extend(f"{kind}: {source} seen in {len(v)} versions at once" for source, v in versions.items() if len(v) > 1)

    for _ in range(resyncs):
        folder.rewrite_all()
        codes = [f"doc{n:03d}" for n in folder.revisions]
        k = 2 * store.catalog.count_chunks()
        reports: list[Any] = []
        done = threading.Event()

        def resync() -> None:
            try:
                reports.append(Syncer(store, settings).sync([folder.root]))
            except Exception as exc:  # recorded, never raised: the benchmark reports it
                failures.append(f"re-sync: {type(exc).__name__}: {exc}")
            finally:
                done.set()

        started = time.perf_counter()
        writer = threading.Thread(target=resync)
        writer.start()
        i = 0
        while not done.is_set():
            kind = ("keyword", "dense", "ask")[i % 3]
            try:
                if kind == "keyword":
                    code = rng.choice(codes)
                    hits = [chunk for chunk, _ in store.keyword_search(code, 50)]
                    if not hits:
                        failures.append(f"keyword: {code} not found at all")
                    mixed(kind, hits)
                    ordinals = sorted(c.ordinal for c in hits)
                    if ordinals != list(range(len(ordinals))):
                        failures.append(f"keyword: {code} incomplete, chunks {ordinals}")
                elif kind == "dense":
                    mixed(kind, [chunk for chunk, _ in store.dense_search(vectors[i % len(vectors)], k)])
                else:
                    answer = assistant.ask(QUESTIONS[i % len(QUESTIONS)])
                    mixed(kind, [p.chunk for p in answer.passages])
            except Exception as exc:
                failures.append(f"{kind}: {type(exc).__name__}: {exc}")
            counts[kind] += 1
            i += 1
        writer.join()
        seconds += time.perf_counter() - started
        if reports and (reports[0].failed or len(reports[0].updated) != len(folder.revisions)):
            failures.append(f"re-sync: {reports[0].summary()} {reports[0].failed[:3]}")
    return {"resyncs": resyncs, "queries": sum(counts.values()), "by_kind": dict(counts), "seconds": round(seconds, 1),
            "failures": len(failures), "failure_examples": failures[:10]}


# --- the whole benchmark --------------------------------------------------------------------------
def problems_of(inspection: dict[str, Any], *, clean: bool) -> list[str]:
    """What an inspection found wrong. ``clean``: after a completed sync, nothing may be pending."""
    problems = list(inspection.get("visible_problems", [])) + list(inspection.get("problems_after_recovery", []))
    if clean and (inspection.get("pending") or inspection.get("invisible_vectors")):
        problems.append(f"a completed sync left {inspection.get('pending')} pending and "
                        f"{inspection.get('invisible_vectors')} invisible vector(s)")
    return problems


def run(args: argparse.Namespace, log: Any = print) -> dict[str, Any]:
    from assistant.settings import load_settings

    rng = random.Random(args.seed)
    settings = load_settings(**({"home": args.home} if args.home else {}))
    base = settings.home / "bench" / "crash"
    if base.exists():
        shutil.rmtree(base)  # a fresh store every run
    folder = Folder(base / "docs", args.docs, rng)
    home = base / "store"
    env = dict(os.environ, ASSISTANT_HOME=str(home), ASSISTANT_CHUNK_WORDS=str(CHUNK_WORDS),
               HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    command = [sys.executable, "-m", "assistant", "ingest", str(folder.root), "--no-progress"]
    catalog = load_settings(home=home).catalog_path
    load_before = os.getloadavg()

    status, full, err = run_round(command, env, None)
    first_full = full
    if status != 0:
        raise SystemExit(f"the first, uninterrupted sync failed ({status}): {err}")
    chunks = sum(1 for _ in _catalog_rows(catalog, "SELECT chunk_id FROM chunks"))
    log(f"uninterrupted sync of {args.docs} documents ({chunks} chunks): {full:.1f} s; kills drawn from [0, {full:.1f}] s")
    rounds: list[dict[str, Any]] = []
    kills = 0
    while kills < args.kills and len(rounds) < 3 * args.kills:
        change = folder.change(args.edit_share)
        before, _ = catalog_state(catalog)
        delay = rng.uniform(0, full)
        status, seconds, err = run_round(command, env, delay)
        after, pending = catalog_state(catalog)
        killed = status == -signal.SIGKILL
        kills += killed
        inspection = inspect_in_fresh_process(home, env)
        problems = problems_of(inspection, clean=not killed)
        if not killed and status != 0:
            problems.append(f"the ingest exited with {status}: {err[-300:]}")
        if not killed and after != folder.files():
            problems.append("a completed sync left the store different from the folder")
        row = {"round": len(rounds) + 1, "change": change, "delay_s": round(delay, 2), "ran_s": round(seconds, 2),
               "killed": killed,
               "phase": phase(before, after, pending, inspection.get("pending_vectors", {})) if killed
               else "finished before the kill",
               "pending_at_kill": len(pending), "invisible_vectors": inspection.get("invisible_vectors"),
               "recovered": inspection.get("recovered"), "problems": problems}
        rounds.append(row)
        if not killed and status == 0:
            full = seconds  # the latest uninterrupted sync: the machine's load changes during a run
        log(f"round {row['round']:2d}: delay {delay:5.1f} s  {'KILLED' if killed else 'done  '}  {row['phase']:52} "
            f"pending {len(pending)}  invisible vectors {row['invisible_vectors']}  problems {len(problems)}")

    status, final_s, err = run_round(command, env, None)
    final = inspect_in_fresh_process(home, env)
    final_problems = problems_of(final, clean=True) + ([f"exit status {status}: {err[-300:]}"] if status else [])
    stored, _ = catalog_state(catalog)
    if stored != folder.files():
        final_problems.append(f"the store does not match the folder: {len(stored)} documents stored, "
                              f"{len(folder.files())} files")
    log(f"final sync: exit {status} in {final_s:.1f} s; problems {len(final_problems)}")

    query_settings = load_settings(home=home, chunk_words=CHUNK_WORDS)
    queries = queries_during_resync(query_settings, folder, args.resyncs, rng)
    after_queries = inspect_in_fresh_process(home, env)
    stored, _ = catalog_state(catalog)
    queries["problems_after"] = problems_of(after_queries, clean=True) + (
        [] if stored == folder.files() else ["the store does not match the folder after the re-syncs"])
    log(f"queries during {args.resyncs} re-sync(s): {queries['queries']} ({queries['by_kind']}), "
        f"failures {queries['failures']}")

    landed = Counter(r["phase"] for r in rounds if r["killed"])
    return {
        "docs": args.docs, "seed": args.seed, "chunk_words": CHUNK_WORDS, "edit_share": args.edit_share,
        "uninterrupted_sync_s": round(first_full, 1), "last_uninterrupted_sync_s": round(full, 1), "kills": kills, "rounds": len(rounds),
        "finished_before_kill": len(rounds) - kills, "kills_by_phase": dict(landed),
        "inconsistencies": sum(len(r["problems"]) for r in rounds),
        "final_sync": {"exit": status, "seconds": round(final_s, 1), "problems": final_problems,
                       "documents": len(stored)},
        "queries_during_resync": queries,
        "load_average": {"start": [round(x, 2) for x in load_before],
                         "end": [round(x, 2) for x in os.getloadavg()]},
        "cpus": os.cpu_count(), "round_details": rounds,
    }


def _catalog_rows(catalog: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=5)) as db:
        return db.execute(sql).fetchall()


def print_table(result: dict[str, Any]) -> None:
    q = result["queries_during_resync"]
    rows = [("kills (SIGKILL)", result["kills"]), ("rounds finished before their kill", result["finished_before_kill"]),
            *((f"  killed during: {p}", n) for p, n in sorted(result["kills_by_phase"].items())),
            ("inconsistencies after kills", result["inconsistencies"]),
            ("final sync exit / problems", f"{result['final_sync']['exit']} / {len(result['final_sync']['problems'])}"),
            ("queries during re-syncs", f"{q['queries']} in {q['seconds']} s {q['by_kind']}"),
            ("query failures (errors, mixed versions, missing)", q["failures"]),
            ("problems after the re-syncs", len(q["problems_after"])),
            ("uninterrupted sync", f"{result['uninterrupted_sync_s']} s ({result['docs']} documents)"),
            ("load average start / end", f"{result['load_average']['start']} / {result['load_average']['end']}")]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:{width}}  {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.crash", description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs to land (default 20)")
    parser.add_argument("--docs", type=int, default=24, help="documents in the folder (default 24)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--edit-share", type=float, default=0.5, help="share of documents edited per round")
    parser.add_argument("--resyncs", type=int, default=2, help="full re-syncs to query during (default 2)")
    parser.add_argument("--home", type=Path, default=None, help="state folder (default: ASSISTANT_HOME)")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "bench-crash.json")
    parser.add_argument("--inspect", type=Path, help=argparse.SUPPRESS)  # the fresh-process inspection
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    from assistant.cli import configure_logging

    configure_logging(0)
    if args.inspect:
        print(json.dumps(inspect_store(args.inspect)))
        return 0
    result = run(args, log=lambda message: print(message, file=sys.stderr, flush=True))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print_table(result)
    print(f"figures: {args.out}", file=sys.stderr)
    failed = result["inconsistencies"] or result["final_sync"]["problems"] or \
        result["queries_during_resync"]["failures"] or result["queries_during_resync"]["problems_after"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
