"""The admin tab for maintainers: log in, upload documents, sync with a progress bar, list and
remove documents, view and export feedback, and see the documents to review (``assistant/law/stale.py``:
not reviewed for too long, or citing a statute wording a newer act changed).

Every handler checks the session's login state on the server; hiding the panel is only for the
eye. Without ASSISTANT_ADMIN_USERNAME and ASSISTANT_ADMIN_PASSWORD the tab only says how to
enable it.
"""

from __future__ import annotations

import math
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.documents import ocr_summary
from assistant.errors import AssistantError, DocumentError
from assistant.formats import accepted_suffixes
from assistant.feedback import FeedbackStore
from assistant.law.dates import format_date
from assistant.law.stale import REPEALED_SINCE, REVIEW_OVERDUE, Finding, check_documents
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.uploads import check_upload, save_upload
from ui.auth import LoginThrottle, admin_configured, credentials_match
from ui.events import BUSY, PRIVATE, QUIET, guarded
from ui.admin_list import COLUMN_WIDTHS, document_page, page_info, sort_choices
from ui.i18n import Translator
from ui.strings import text



def _when(iso: str) -> str:
    """``2026-11-28T13:52:38+00:00`` as ``2026-11-28 13:52`` (UTC), short enough for a table cell."""
    return iso[:16].replace("T", " ")


def finding_text(finding: Finding, lang: str, months: int) -> str:
    """One reason to review a document, in the UI language."""
    if finding.kind == REVIEW_OVERDUE:
        return text("review_overdue", lang, date=format_date(finding.reviewed, lang), months=months)
    key = "review_repealed" if finding.kind == REPEALED_SINCE else "review_amended"
    return text(key, lang, cited=finding.cited, act=finding.cited_act, newer=finding.newer_act,
                date=format_date(finding.newer_in_force, lang), changed=finding.changed)


def _client(request: gr.Request | None) -> str:
    client = getattr(request, "client", None)
    return str(getattr(client, "host", None) or "unknown")


def build_admin_tab(tr: Translator, settings: Settings, assistant: Assistant, feedback: FeedbackStore,
                    lang: gr.Radio, throttle: LoginThrottle | None = None) -> None:
    """Lay out the admin tab inside the current Blocks context and wire its events."""
    if not admin_configured(settings):
        tr.bind(gr.Markdown(tr.t("admin_locked"), elem_id="admin-locked"), value="admin_locked")
        return
    throttle = throttle or LoginThrottle()
    sync_lock = threading.Lock()
    store = assistant.store

    authed = gr.State(False)
    with gr.Column(elem_id="admin-login", visible=True) as login_box:
        tr.bind(gr.Markdown(tr.t("admin_login_intro")), value="admin_login_intro")
        with gr.Row():
            username = tr.bind(gr.Textbox(label=tr.t("admin_username"), elem_id="admin-username", max_lines=1),
                               label="admin_username")
            password = tr.bind(gr.Textbox(label=tr.t("admin_password"), type="password", elem_id="admin-password",
                                          max_lines=1), label="admin_password")
        login = tr.bind(gr.Button(tr.t("admin_login"), variant="primary", elem_id="admin-login-button"),
                        value="admin_login")
        login_status = gr.Markdown(elem_id="admin-login-status")
    with gr.Column(elem_id="admin-panel", visible=False) as panel:
        with gr.Row():
            tr.bind(gr.Markdown(tr.t("admin_welcome")), value="admin_welcome")
            logout = tr.bind(gr.Button(tr.t("admin_logout"), size="sm", scale=0, elem_id="admin-logout"),
                             value="admin_logout")
        with gr.Tabs():
            with tr.bind(gr.Tab(tr.t("admin_tab_documents"), elem_id="admin-documents-tab"),
                         label="admin_tab_documents"):
                with gr.Row():
                    files = tr.bind(gr.File(label=tr.t("admin_upload_files"), file_count="multiple", height=170,
                                            file_types=accepted_suffixes(), elem_id="admin-upload-files"),
                                    label="admin_upload_files")
                    with gr.Column():
                        limit = f"{settings.max_file_mb:g}"
                        tr.bind(gr.Markdown(tr.t("admin_upload_help", mb=limit)),
                                value=lambda ui_lang: text("admin_upload_help", ui_lang, mb=limit))
                        upload = tr.bind(gr.Button(tr.t("admin_upload"), size="md", elem_id="admin-upload"),
                                         value="admin_upload")
                        sync = tr.bind(gr.Button(tr.t("admin_sync"), variant="primary", size="md",
                                                 elem_id="admin-sync"), value="admin_sync")
                action_status = gr.Markdown(elem_id="admin-status")
                with gr.Row(elem_id="admin-list-controls"):
                    search = tr.bind(gr.Textbox(label=tr.t("admin_search"), placeholder=tr.t("admin_search_hint"),
                                                max_lines=1, scale=3, elem_id="admin-search"),
                                     label="admin_search", placeholder="admin_search_hint")
                    sort = tr.bind(gr.Dropdown(choices=sort_choices(tr.default), value="title", scale=1,
                                               label=tr.t("admin_sort"), elem_id="admin-sort"),
                                   label="admin_sort", choices=sort_choices)
                documents = gr.Dataframe(interactive=False, wrap=True, elem_id="admin-documents",
                                         column_widths=COLUMN_WIDTHS)
                page_number = gr.State(0)
                with gr.Row(elem_id="admin-paging"):
                    previous_page = tr.bind(gr.Button(tr.t("workshop_previous"), size="sm", scale=0,
                                                      elem_id="admin-previous"), value="workshop_previous")
                    page_status = gr.Markdown(elem_id="admin-page-info")
                    next_page = tr.bind(gr.Button(tr.t("workshop_next"), size="sm", scale=0, elem_id="admin-next"),
                                        value="workshop_next")
                with gr.Row():
                    to_remove = tr.bind(gr.Dropdown(choices=[], multiselect=True, label=tr.t("admin_remove_pick"),
                                                    elem_id="admin-remove-pick", scale=4),
                                        label="admin_remove_pick")
                    remove = tr.bind(gr.Button(tr.t("admin_remove"), variant="stop", size="md", scale=1,
                                               elem_id="admin-remove"), value="admin_remove")
            with tr.bind(gr.Tab(tr.t("admin_tab_feedback"), elem_id="admin-feedback-tab"),
                         label="admin_tab_feedback"):
                feedback_empty = gr.Markdown(elem_id="admin-feedback-empty")
                feedback_table = gr.Dataframe(interactive=False, wrap=True, elem_id="admin-feedback",
                                              column_widths=["12%", "10%", "8%", "28%", "17%", "25%"])
                with gr.Row():
                    export_csv = tr.bind(gr.Button(tr.t("admin_export_csv"), size="sm", elem_id="admin-export-csv"),
                                         value="admin_export_csv")
                    export_json = tr.bind(gr.Button(tr.t("admin_export_json"), size="sm",
                                                    elem_id="admin-export-json"), value="admin_export_json")
                export_file = tr.bind(gr.File(label=tr.t("admin_export_file"), interactive=False,
                                              elem_id="admin-export-file"), label="admin_export_file")
            with tr.bind(gr.Tab(tr.t("admin_tab_review"), elem_id="admin-review-tab"), label="admin_tab_review"):
                months = settings.stale_after_months
                tr.bind(gr.Markdown(tr.t("admin_review_intro", months=months)),
                        value=lambda ui_lang: text("admin_review_intro", ui_lang, months=months))
                review_status = gr.Markdown(elem_id="admin-review-status")
                review_table = gr.Dataframe(interactive=False, wrap=True, elem_id="admin-review",
                                            column_widths=["30%", "12%", "58%"])
                review_refresh = tr.bind(gr.Button(tr.t("admin_review_refresh"), size="sm",
                                                   elem_id="admin-review-refresh"), value="admin_review_refresh")

    # --- views -------------------------------------------------------------------------------
    def documents_view(ui_lang: str, query: str = "", order: str = "title", number: int = 0) -> tuple[Any, ...]:
        """One page of the list, its page line, the page number shown, and the removal choices."""
        records = store.documents()
        view = document_page(records, query, order, number, ui_lang)
        return ({"headers": view.headers, "data": view.rows}, page_info(view, ui_lang), view.page,
                gr.update(choices=[d.source for d in records], value=[]))

    def feedback_view(ui_lang: str) -> tuple[Any, str]:
        rows = [[_when(e.created_at), text(f"feedback_{e.rating}", ui_lang) if e.rating else "",
                 text("yes", ui_lang) if e.wrong_source else "", e.question, e.comment,
                 "; ".join(f"[{c.get('n')}] {c.get('title')} — {c.get('locator')}" for c in e.citations)]
                for e in feedback.entries(limit=500)]
        headers = [text(k, ui_lang) for k in ("col_time", "col_rating", "col_wrong_source", "col_question",
                                              "col_comment", "col_sources")]
        return {"headers": headers, "data": rows}, ("" if rows else text("admin_no_feedback", ui_lang))

    def review_view(ui_lang: str) -> tuple[dict[str, Any], str]:
        months = settings.stale_after_months
        report = check_documents(store.documents(), assistant.provenance.law, date.today(), months)
        rows = [[f.source, format_date(f.reviewed, ui_lang), finding_text(f, ui_lang, months)]
                for f in report.findings]
        headers = [text(k, ui_lang) for k in ("col_source", "col_reviewed", "col_problem")]
        status = "" if rows else text("admin_review_none", ui_lang, months=months)
        return {"headers": headers, "data": rows}, status

    def refused(ui_lang: str) -> str:
        return text("admin_not_logged_in", ui_lang)

    # --- handlers ----------------------------------------------------------------------------
    def do_login(user: str, secret: str, ui_lang: str, request: gr.Request) -> tuple[Any, ...]:
        result = throttle.attempt(_client(request), lambda: credentials_match(settings, user, secret))
        if result.ok:
            return (True, gr.update(visible=False), gr.update(visible=True), "", "", *documents_view(ui_lang),
                    *feedback_view(ui_lang), *review_view(ui_lang))
        message = text("admin_login_failed", ui_lang)
        if result.wait_s > 0:
            message += " " + text("admin_login_wait", ui_lang, seconds=max(1, math.ceil(result.wait_s)))
        return False, gr.skip(), gr.skip(), message, "", *[gr.skip()] * 8

    def do_logout() -> tuple[Any, ...]:
        return (False, gr.update(visible=True), gr.update(visible=False), None, "", 0,
                gr.update(choices=[], value=[]), None, "", None, "")

    def do_review(ok: bool, ui_lang: str) -> tuple[Any, ...]:
        if not ok:
            return gr.skip(), refused(ui_lang)
        return review_view(ui_lang)

    def browse(ok: bool, ui_lang: str, query: str, order: str, number: int) -> tuple[Any, ...]:
        if not ok:
            return gr.skip(), refused(ui_lang), gr.skip()
        return documents_view(ui_lang, query, order, number)[:3]

    def do_upload(paths: list[str] | None, ok: bool, ui_lang: str) -> tuple[Any, ...]:
        if not ok:
            return refused(ui_lang), gr.skip()
        if not paths:
            return text("admin_upload_none", ui_lang), gr.skip()
        lines = []
        for path in paths:
            name = Path(path).name  # Gradio keeps the uploaded file's own name
            try:
                data = Path(path).read_bytes()
                checked = check_upload(name, data, settings.max_file_mb)
                save_upload(settings.uploads_dir, checked, data)
                lines.append("- ✓ " + text("admin_upload_saved", ui_lang, name=checked.safe_name))
            except DocumentError as exc:
                lines.append("- ✗ " + text("admin_upload_refused", ui_lang, name=exc.source, reason=exc.reason))
            except OSError as exc:
                reason = str(exc.strerror or exc)
                lines.append("- ✗ " + text("admin_upload_refused", ui_lang, name=name, reason=reason))
        return "\n".join(lines) + "\n\n" + text("admin_upload_then_sync", ui_lang), None

    @guarded(lambda message, *_: (message, *[gr.skip()] * 4))
    def do_sync(ok: bool, ui_lang: str, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        if not ok:
            return refused(ui_lang), *[gr.skip()] * 4
        indexing = assistant.indexing is not None and assistant.indexing.running  # `serve --sync` at work
        if indexing or not sync_lock.acquire(blocking=False):
            return text("admin_sync_busy", ui_lang), *[gr.skip()] * 4
        try:
            from ingest.sync import Progress, Syncer, served_folders

            folders = served_folders(settings)
            state: dict[str, Any] = {"total": 1, "done": 0, "source": "", "chunks": 0}

            def show(desc: str) -> None:
                progress((state["done"], state["total"]), desc=desc, unit="files")

            def on_plan(total: int) -> None:
                state["total"] = max(total, 1)
                show(text("admin_sync_planning", ui_lang))

            def on_file(source: str) -> None:
                state["source"], state["chunks"] = source, 0
                show(source)

            def on_chunks(n: int) -> None:  # long files: the passages embedded so far
                state["chunks"] += n
                show(f"{state['source']} · {state['chunks']}")

            def on_done(source: str, outcome: str) -> None:
                state["done"] += 1
                show(f"{source}: {outcome}")

            def on_pages(done: int, total: int) -> None:  # a scanned PDF being read with OCR
                show(f"{state['source']} · OCR {done}/{total}")

            report = Syncer(store, settings).sync(folders, Progress(on_plan=on_plan, on_file=on_file,
                                                                    on_chunks=on_chunks, on_done=on_done,
                                                                    on_pages=on_pages))
        finally:
            sync_lock.release()
        from ingest.background import start_sentence_fill
        start_sentence_fill(store)  # the new passages' sentences, after the answer to the admin
        lines = [text("admin_sync_done", ui_lang, added=len(report.added), updated=len(report.updated),
                      unchanged=len(report.unchanged), removed=len(report.removed), failed=len(report.failed),
                      chunks=report.chunks, seconds=f"{report.seconds:.1f}")]
        lines += [f"- ✗ {source}: {reason}" for source, reason in report.failed]
        lines += [f"- ⚠ {source}: {warning}" for source, warning in report.warnings]
        lines += [f"- OCR {source}: {ocr_summary(facts)}" for source, facts in report.ocr.items()]
        return "\n".join(lines), *documents_view(ui_lang)

    def do_remove(sources: list[str] | None, ok: bool, ui_lang: str) -> tuple[Any, ...]:
        if not ok:
            return refused(ui_lang), *[gr.skip()] * 4
        lines = []
        uploads = settings.uploads_dir.resolve()
        for source in sources or []:
            try:
                record = store.remove(source)
            except AssistantError as exc:  # another process is writing to the store
                lines.append("- " + text("answer_error", ui_lang, error=str(exc)))
                break
            if record is None:
                continue
            path = Path(record.path)
            if path.resolve().parent == uploads and path.is_file():
                path.unlink()  # an uploaded file would come back at the next sync
                lines.append("- " + text("admin_removed", ui_lang, source=source))
            else:
                lines.append("- " + text("admin_removed_keep_file", ui_lang, source=source))
        return ("\n".join(lines) or text("admin_remove_none", ui_lang)), *documents_view(ui_lang)

    def do_export(kind: str, ok: bool, ui_lang: str) -> Any:
        if not ok:
            gr.Warning(refused(ui_lang))
            return None
        folder = Path(tempfile.mkdtemp(prefix="feedback-"))
        path = folder / f"feedback.{kind}"
        path.write_text(feedback.export_csv() if kind == "csv" else feedback.export_json(), encoding="utf-8")
        return str(path)

    def relabel_tables(ok: bool, ui_lang: str, query: str, order: str, number: int) -> tuple[Any, ...]:
        if not ok:
            return (gr.skip(),) * 8
        return *documents_view(ui_lang, query, order, number), *feedback_view(ui_lang), *review_view(ui_lang)

    # --- wiring ------------------------------------------------------------------------------
    listing = [documents, page_status, page_number, to_remove]
    reviewing = [review_table, review_status]
    login_outputs = [authed, login_box, panel, login_status, password, *listing, feedback_table, feedback_empty,
                     *reviewing]
    login.click(do_login, [username, password, lang], login_outputs, **BUSY)
    password.submit(do_login, [username, password, lang], login_outputs, **BUSY)
    logout.click(do_logout, None, [authed, login_box, panel, documents, page_status, page_number, to_remove,
                                   feedback_table, feedback_empty, *reviewing], **QUIET)
    review_refresh.click(do_review, [authed, lang], reviewing, **BUSY)
    upload.click(do_upload, [files, authed, lang], [action_status, files], **BUSY)
    sync.click(do_sync, [authed, lang], [action_status, *listing], concurrency_limit=1,
               show_progress_on=[action_status], **PRIVATE)  # the progress bar
    remove.click(do_remove, [to_remove, authed, lang], [action_status, *listing], **BUSY)
    list_inputs = [authed, lang, search, sort]
    search.change(lambda ok, ui_lang, q, o: browse(ok, ui_lang, q, o, 0), list_inputs, listing[:3],
                  **QUIET)
    sort.change(lambda ok, ui_lang, q, o: browse(ok, ui_lang, q, o, 0), list_inputs, listing[:3],
                **QUIET)
    previous_page.click(lambda ok, ui_lang, q, o, n: browse(ok, ui_lang, q, o, n - 1), [*list_inputs, page_number],
                        listing[:3], **QUIET)
    next_page.click(lambda ok, ui_lang, q, o, n: browse(ok, ui_lang, q, o, n + 1), [*list_inputs, page_number],
                    listing[:3], **QUIET)
    export_csv.click(lambda ok, ui_lang: do_export("csv", ok, ui_lang), [authed, lang], [export_file], **BUSY)
    export_json.click(lambda ok, ui_lang: do_export("json", ok, ui_lang), [authed, lang], [export_file], **BUSY)
    lang.change(relabel_tables, [*list_inputs, page_number], [*listing, feedback_table, feedback_empty, *reviewing],
                **QUIET)
