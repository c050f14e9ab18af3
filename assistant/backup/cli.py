"""The ``assistant export`` and ``assistant import`` commands: progress on stderr, one summary line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import SettingsError
from assistant.settings import Settings

EXPORT_HELP = "write the store (catalog and vectors) into one .tar.gz archive"
IMPORT_HELP = "restore an archive made by `assistant export` into this store"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write one .tar.gz archive holding the catalog (documents, history, chunk texts, keyword index) and "
        "the vectors exactly as stored, with a manifest of sha256 checksums. No embedding model is loaded. "
        "Feedback and uploaded files are left out unless asked for.")
    parser.add_argument("file", type=Path, help="the archive to write, e.g. backup.tar.gz (replaced if it exists)")
    parser.add_argument("--with-feedback", action="store_true",
                        help="include the feedback store: ratings, and the questions, answers and comments "
                             "professionals left (redacted of detected personal data, but still free text "
                             "written about casework: keep such an archive as carefully as the feedback itself)")
    parser.add_argument("--with-uploads", action="store_true",
                        help="include the documents uploaded in the admin tab (ASSISTANT_HOME/uploads). Without "
                             "them their passages are still in the archive, but the originals cannot be opened "
                             "from citations after an import")


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.backup.export import export_store

    summary = export_store(settings, args.file, with_feedback=args.with_feedback, with_uploads=args.with_uploads,
                           say=_say)
    print(summary.line())
    return 0


def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Verify an archive made by `assistant export` (checksums, format version, safe member names) and "
        "restore it into ASSISTANT_HOME and its Chroma store (embedded, or ASSISTANT_CHROMA_URL). The import "
        "is staged and switched over at the end, so an interrupted import leaves the old store usable. "
        "Stop `assistant serve` on this store while importing.")
    parser.add_argument("file", type=Path, nargs="?", help="the archive (.tar.gz)")
    parser.add_argument("--replace", action="store_true",
                        help="replace a store that is not empty (its documents, vectors, history, and the "
                             "feedback and uploads if the archive holds them)")
    parser.add_argument("--adopt-model", action="store_true",
                        help="import although the archive's vectors were made by another embedding model than "
                             "ASSISTANT_EMBEDDING_MODEL; then set that variable to the archive's model, or run "
                             "`assistant reindex` to re-embed with the configured one")
    parser.add_argument("--recover", action="store_true",
                        help="only finish or undo an import that was interrupted (no FILE needed)")


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.backup.restore import import_store, recover_import

    if args.recover:
        print(recover_import(settings, _say) or "no interrupted import to recover")
        return 0
    if args.file is None:
        raise SettingsError("assistant import: give the archive FILE (or --recover)")
    summary = import_store(settings, args.file, replace=args.replace, adopt_model=args.adopt_model, say=_say)
    print(summary.line(settings))
    return 0
