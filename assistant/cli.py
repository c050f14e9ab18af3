"""The ``assistant`` command. Core commands live here; front-ends add theirs as plugins.

``ingest``, ``serve`` and ``eval`` come from the ``ingest``, ``ui`` and ``evals`` packages
through the ``assistant.commands`` entry-point group (see pyproject.toml), exactly as a
third-party package would add a command, so this core package imports none of them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from importlib.metadata import entry_points

from assistant.backup import cli as backup_cli
from assistant.errors import AssistantError
from assistant.settings import Settings, add_setting_options, load_settings, settings_overrides

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, Settings], int]


def _prepare_model(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.embeddings.registry import prepare_model

    folder = prepare_model(settings, lambda message: print(message, file=sys.stderr), backend=args.backend)
    print(f"embedding model ready{' (ONNX export)' if args.backend != 'torch' else ''}: "
          f"{folder or settings.embedding_model}")
    return 0


def _configure_prepare_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", choices=("torch", "onnx", "openvino"), default="torch",
                        help="onnx or openvino: also export the model to ONNX from the verified weights (once; "
                             "minutes for EmbeddingGemma) and check its vectors against PyTorch's, for "
                             "ASSISTANT_EMBEDDING_BACKEND=onnx, openvino or auto (both run the same export)")


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.documents import ocr_summary
    from assistant.factory import make_store

    store = make_store(settings, check_model=not args.stale)  # the stale check reads the catalog only
    if args.stale:
        return _stale(args, settings, store)
    records = store.documents()
    if args.json:
        for r in records:
            ocr = r.extra.get("ocr") or {}
            print(json.dumps({"source": r.source, "title": r.title, "language": r.language, "type": r.doc_type,
                              "chunks": r.chunks, "version": r.version[:12], "ingested_at": r.ingested_at,
                              "ocr_pages": ocr.get("pages", 0), "ocr_mean_confidence": ocr.get("mean_confidence"),
                              **({"ocr": ocr} if ocr else {}),
                              **{k: r.extra[k] for k in _DATED if r.extra.get(k)}}, ensure_ascii=False, default=str))
        return 0
    if not records:
        print("No documents yet. Add some with: assistant ingest knowledge/")
        return 0
    print(f"{'source':50} {'lang':4} {'type':16} {'chunks':>6} {'OCR':>7} {'version':12} ingested at")
    for r in records:
        ocr = r.extra.get("ocr") or {}
        scanned = f"{ocr.get('pages', 0)}p {ocr['mean_confidence']:.0f}%" if ocr.get("mean_confidence") else \
            ("off" if ocr.get("off") else "")
        print(f"{r.source[:50]:50} {r.language:4} {r.doc_type[:16]:16} {r.chunks:6d} {scanned:>7} {r.version[:12]} "
              f"{r.ingested_at}  {r.title[:60]}")
        if ocr:
            print(f"    OCR: {ocr_summary(ocr)}")
    scanned_pages = sum(int((r.extra.get("ocr") or {}).get("pages") or 0) for r in records)
    print(f"{len(records)} documents, {sum(r.chunks for r in records)} chunks"
          + (f", {scanned_pages} pages read with OCR (text recognised from scans: check quotes against the "
             "original)" if scanned_pages else ""))
    return 0


# What `assistant sources --json` adds of a record's facts: a statute's act and dates, a guide's review date.
_DATED = ("act", "statute", "date_given", "in_force", "reviewed", "valid_from", "source_url")


def _stale(args: argparse.Namespace, settings: Settings, store) -> int:
    """Documents to review: not reviewed for ``stale_after_months``, or citing a wording a newer act changed."""
    from datetime import date

    from assistant.law.index import LawIndex
    from assistant.law.stale import check_documents

    months = settings.stale_after_months
    report = check_documents(store.documents(), LawIndex(store.catalog), date.today(), months)
    if args.json:
        for finding in report.findings:
            print(json.dumps({**finding.to_dict(), "message": finding.message(months)}, ensure_ascii=False))
        return 1 if report.findings else 0
    by_source: dict[str, list] = {}
    for finding in report.findings:
        by_source.setdefault(finding.source, []).append(finding)
    for source, findings in by_source.items():
        print(f"{source} (reviewed {findings[0].reviewed or 'never'})")
        for finding in findings:
            print(f"  - {finding.message(months)}")
    missing = sorted(set(report.entries_not_in_store))
    print(f"{len(by_source)} of {report.documents} documents to review ({len(report.findings)} finding(s)); "
          f"{report.entries_checked} statute citations checked against the acts in the store")
    if missing:
        print(f"not checked: citations of {', '.join(missing)}, which the store does not hold "
              "(ingest ../shared/corpus/finlex beside the knowledge base to check them)")
    return 1 if report.findings else 0


def _configure_sources(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--stale", action="store_true",
                        help="list documents to review: `reviewed` older than ASSISTANT_STALE_AFTER_MONTHS, or "
                             "`sources` citing a statute section that a newer act in the store amends or "
                             "repeals (exit 1 when there is one)")
    add_setting_options(parser, "stale_after_months")


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.factory import make_store

    store = make_store(settings)
    status = 0
    for source in args.source:
        record = store.remove(source)
        if record is None:
            print(f"{source}: not in the store (see `assistant sources`)", file=sys.stderr)
            status = 1
        else:
            print(f"removed {source} ({record.chunks} chunks); its history stays in the manifest")
    return status


def _history(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.factory import make_store

    rows = make_store(settings).catalog.history(args.source)
    if not rows:
        print(f"{args.source}: no history", file=sys.stderr)
        return 1
    for row in rows:
        print(f"{row['at']}  {row['event']:9}  {row['version'][:12]}  {row['title']}")
    return 0


def _reindex(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.factory import make_store

    store = make_store(settings, check_model=False)
    before = store.model_name
    n = store.reindex()
    print(f"re-embedded {n} chunks with {store.embedder.name} (was {before or 'none'})")
    return 0


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.factory import make_store
    from assistant.law.index import LawIndex
    from assistant.law.stale import missing_references

    # No model is loaded: the check compares ids and counts only.
    store = make_store(settings, check_model=False)
    problems = store.check()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "the store is consistent")
    if settings.sentence_vectors:  # derived data, so a note on stderr: answers do without the missing ones
        have, total = store.sentences.coverage(chunk.text for chunk in store.catalog.all_chunks())
        print(f"sentence vectors: {have} of {total} sentences" + (
            "" if have == total else " (`assistant ingest` makes the rest; meanwhile answers choose those "
                                     "passages' sentences by their words)"), file=sys.stderr)
    references = missing_references(store.documents(), LawIndex(store.catalog))
    for reference in references:
        print(f"reference: {reference}")
    if references:
        print(f"{len(references)} reference(s) to statute sections the store does not hold")
    return 1 if problems or references else 0


def _backend_line(settings: Settings) -> str:
    """The backend ``auto`` (or the setting) chooses here and why, and the export's state; loads no model."""
    from assistant.embeddings.backends import backend_choice
    from assistant.embeddings.export import export_dir
    from assistant.embeddings.registry import PRESET_SPECS

    name = PRESET_SPECS.get(settings.embedding_model, (settings.embedding_model, 0))[0]
    backend, why = backend_choice(settings, name)
    folder = export_dir(settings.models_dir, name)
    if not (folder / "export.json").is_file():
        return f"{backend} ({why})"
    return f"{backend} ({why}); ONNX export in {folder}, its hashes and sample checked when the model loads"


def _doctor(args: argparse.Namespace, settings: Settings) -> int:
    """The environment that decides speed and results: CPU, precision and why, model, torch, store. Loads no model."""
    from assistant.embeddings import gemma_package
    from assistant.errors import ModelError
    from assistant.hardware import describe, precision_line

    problem = False
    print(f"CPU: {describe()}")
    print(f"embedding precision: {precision_line(settings.embedding_precision)}")
    model = settings.embedding_model
    if model == "embeddinggemma":
        ready = gemma_package.is_ready(settings.models_dir)
        state = (f"weights sha256 {gemma_package.MODEL_SHA256[:16]}…, prepared in {settings.models_dir}" if ready
                 else f"not prepared in {settings.models_dir}: run `assistant prepare-model`")
        if ready:
            try:  # the full hash, which loads skip while the file's size, mtime and inode are unchanged
                gemma_package.verify_weights(gemma_package.model_path(settings.models_dir), full=True)
                state += "; weights hashed again now: they match"
            except ModelError as exc:
                state, problem = str(exc), True
        print(f"embedding model: {model} ({state})")
    else:
        print(f"embedding model: {model}")
    print(f"embedding backend: {_backend_line(settings)}")
    try:
        import torch

        print(f"torch: {torch.__version__}, {torch.get_num_threads()} threads, "
              f"CPU kernels {torch.backends.cpu.get_cpu_capability()}")
    except ImportError:  # pragma: no cover - a broken install
        print("torch: not installed")
    print(f"store: {settings.home} ({'Chroma server ' + settings.chroma_url if settings.chroma_url else 'embedded Chroma'})")
    return 1 if problem else 0


def _parse_filters(items: list[str]) -> dict[str, str]:
    from assistant.errors import SettingsError
    from assistant.store.catalog import FILTER_COLUMNS

    filters: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or key not in FILTER_COLUMNS or not value:
            raise SettingsError(f"--filter {item!r}: use KEY=VALUE with KEY one of {', '.join(FILTER_COLUMNS)}")
        filters[key] = value
    return filters


# How `assistant ask` treats a question that holds personal data (without either, it is held back).
REDACT, SEND_ANYWAY = "redact", "send-anyway"


def _configure_ask(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("question", help="the question, or - to read one question per line from standard input")
    parser.add_argument("--json", action="store_true", help="print the answer object as JSON (one line)")
    parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                        help="restrict sources: language=fi, doc_type=law, source=PATH (repeatable)")
    privacy = parser.add_mutually_exclusive_group()
    privacy.add_argument("--redact", dest="privacy", action="store_const", const=REDACT,
                         help="when the question holds personal data, remove it before sending (else the question "
                              "is held back with a warning, exit status 1)")
    privacy.add_argument("--send-anyway", dest="privacy", action="store_const", const=SEND_ANYWAY,
                         help="when the question holds personal data, send it as typed (a warning lists it)")
    add_setting_options(parser, *PER_RUN_SETTINGS)



def _finding_items(findings: list) -> str:
    from assistant.prompts import PRIVACY_KIND_NAMES, PRIVACY_UNCHECKED

    return "; ".join(f"{PRIVACY_KIND_NAMES[f.kind]}: {f.text}" + (f" ({PRIVACY_UNCHECKED})" if f.checked is False else "")
                     for f in findings)


def screen_question(question: str, choice: str | None) -> tuple[str | None, list]:
    """Screen a typed question for personal data as the chat does, warning on stderr: ``(what may be sent,
    the findings)``. With findings, ``choice`` decides: REDACT sends the redacted text and says what it
    removed, SEND_ANYWAY the text as typed and lists what went; None holds the question back (None)."""
    from assistant import prompts
    from assistant.privacy import find_personal_data, kinds_found, redact

    findings = find_personal_data(question)
    if not findings:
        return question, []
    if choice == REDACT:
        counts = ", ".join(f"{prompts.PRIVACY_KIND_NAMES[k]} ({sum(f.kind == k for f in findings)})"
                           for k in kinds_found(findings))
        print(prompts.PRIVACY_REMOVED.format(items=counts), file=sys.stderr)
        return redact(question, findings), findings
    if choice == SEND_ANYWAY:
        print(prompts.PRIVACY_SENT_AS_TYPED.format(items=_finding_items(findings)), file=sys.stderr)
        return question, findings
    kinds = ", ".join(prompts.PRIVACY_KIND_NAMES[k] for k in kinds_found(findings))
    print(prompts.PRIVACY_WARNING.format(kinds=kinds), file=sys.stderr)
    for finding in findings:
        print(f"  - {_finding_items([finding])}", file=sys.stderr)
    print(prompts.PRIVACY_PREVIEW.format(preview=redact(question, findings)), file=sys.stderr)
    return None, findings


# Settings a user changes for one question or one conversation (the others belong in the environment).
PER_RUN_SETTINGS = ("top_k", "answerer", "llm_base_url", "llm_model", "unsupported_sentences", "home")


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant import prompts
    from assistant.pipeline import make_assistant
    from assistant.privacy import redaction_report
    from assistant.render import answer_json, render_text

    filters = _parse_filters(args.filter) or None
    assistant = make_assistant(settings)
    questions = (line.strip() for line in sys.stdin) if args.question == "-" else iter([args.question])
    held = 0
    for question in questions:
        if not question:
            continue
        # Screened before anything else sees it, as the chat and the ask API screen theirs.
        outgoing, findings = screen_question(question, args.privacy)
        if outgoing is None:
            held += 1
            print(prompts.PRIVACY_HELD, file=sys.stderr, flush=True)
            continue
        answer = assistant.ask(outgoing, filters=filters)
        if args.json:
            data = answer_json(answer)
            if args.privacy == REDACT:
                data["redacted"] = redaction_report(findings)  # as the ask API says what it removed
            print(json.dumps(data, ensure_ascii=False), flush=True)
        else:
            print(render_text(answer), flush=True)
    return 1 if held else 0


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from assistant import prompts
    from assistant.pipeline import make_assistant
    from assistant.render import render_text

    assistant = make_assistant(settings)
    history: list[str] = []
    print("Ask in Finnish, Swedish or English. Empty line or Ctrl-D ends. If a child may be in danger: call 112.")
    while True:
        try:
            question = input("\n> ").strip()
        except EOFError:
            break
        if not question:
            break
        outgoing, _ = screen_question(question, None)
        while outgoing is None:  # the terminal's preview: redact, send as typed, or edit
            try:
                choice = input(prompts.PRIVACY_CHAT_CHOICE).strip().lower()[:1]
            except EOFError:
                return 0
            if choice in ("r", "s"):
                outgoing, _ = screen_question(question, REDACT if choice == "r" else SEND_ANYWAY)
            elif choice == "e":
                try:
                    question = input("\n> ").strip()
                except EOFError:
                    return 0
                if not question:
                    return 0
                outgoing, _ = screen_question(question, None)
        answer = assistant.ask(outgoing, history=history)
        history.append(answer.standalone_question or outgoing)
        print(render_text(answer), flush=True)
    return 0


CORE_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Handler]] = {
    "prepare-model": ("assemble and verify the embedding model (offline after this); --backend onnx: export it "
                      "to ONNX too", _configure_prepare_model, _prepare_model),
    "sources": ("list indexed documents, or (--stale) the documents to review", _configure_sources, _sources),
    "remove": ("remove documents from the index (history is kept)",
               lambda p: p.add_argument("source", nargs="+", help="source as `assistant sources` shows it"),
               _remove),
    "history": ("show the versions of one document",
                lambda p: p.add_argument("source", help="source as `assistant sources` shows it"), _history),
    "reindex": ("re-embed all documents with the configured embedding model", lambda p: None, _reindex),
    "check": ("check that catalog, keyword index and vectors agree, and that the statute sections preambles and "
              "source lists refer to are in the store (exit 1 if not)", lambda p: None, _check),
    "doctor": ("show the CPU, the embedding precision and backend chosen for it and why, the model, torch and "
               "the store",
               lambda p: None, _doctor),
    "ask": ("answer a question with cited sources", _configure_ask, _ask),
    "chat": ("interactive chat in the terminal", lambda p: add_setting_options(p, *PER_RUN_SETTINGS), _chat),
    # Backup (assistant/backup/): the handlers import their work lazily, so these cost nothing here.
    "export": (backup_cli.EXPORT_HELP, backup_cli.configure_export, backup_cli.run_export),
    "import": (backup_cli.IMPORT_HELP, backup_cli.configure_import, backup_cli.run_import),
}


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Grounded, cited answers on trafficking in children and violence against children, "
                    "from a local knowledge base. Settings come from ASSISTANT_* environment variables.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for name, (help_text, configure, handler) in CORE_COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
        handlers[name] = handler
    for ep in sorted(entry_points(group="assistant.commands"), key=lambda e: e.name):
        register = ep.load()
        handlers[ep.name] = register(sub)
    return parser, handlers


def configure_logging(verbosity: int) -> None:
    """Log to stderr at WARNING, INFO (-v) or DEBUG (-vv); personal data in any line is redacted."""
    from assistant.privacy import RedactingFormatter

    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    for noisy in ("chromadb", "httpx", "sentence_transformers", "transformers", "pypdf", "urllib3"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def main(argv: list[str] | None = None) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    if not args.command:
        parser.print_help()
        return 2
    try:
        settings = load_settings(**settings_overrides(args))
        return handlers[args.command](args, settings)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
