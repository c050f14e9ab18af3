"""``assistant serve``: the web UI on --host/--port (ASSISTANT_HOST:ASSISTANT_PORT, 127.0.0.1:7860 by default)."""

from __future__ import annotations

import argparse
import sys

from assistant.settings import Settings, add_setting_options


def register(sub: argparse._SubParsersAction) -> object:
    parser = sub.add_parser("serve", help="start the web UI (chat, sources, workshop, admin)",
                            description="Start the web UI on --host:--port (ASSISTANT_HOST:ASSISTANT_PORT, default "
                                        "127.0.0.1:7860). The admin tab needs ASSISTANT_ADMIN_USERNAME and "
                                        "ASSISTANT_ADMIN_PASSWORD.")
    add_setting_options(parser, "host", "port", "knowledge_dir", "home", "answerer", "llm_base_url", "llm_model")
    parser.add_argument("--sync", action="store_true",
                        help="index the knowledge folder (--knowledge-dir) and the uploads while serving: answers "
                             "start at once and say how far indexing is (what `make run` does)")
    return run


def run(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.pipeline import make_assistant
    from assistant.hardware import precision_line
    from ui.server import serve

    assistant = make_assistant(settings)
    if args.sync:
        from assistant.indexing import IndexingStatus
        from ingest.background import start_background_sync

        assistant.indexing = IndexingStatus()
        start_background_sync(assistant.store, settings, assistant.indexing)
        print("Indexing the knowledge base while serving; answers say how far it is.", file=sys.stderr)
    print(f"Loading the embedding model, precision {precision_line(settings.embedding_precision)}…", file=sys.stderr)
    # The embedding model and the languages' models, so that the first question is not the slow one; the
    # glossary's terms of the languages no document is in go on loading while it serves.
    assistant.warm_up(background=True)
    print(f"Embedding with {assistant.store.embedder.runs_on} (ASSISTANT_EMBEDDING_BACKEND="
          f"{settings.embedding_backend}; `assistant doctor` says why)", file=sys.stderr)
    print(f"Serving on http://{settings.host}:{settings.port}/ (Ctrl-C stops)", file=sys.stderr)
    serve(settings, assistant)
    return 0
