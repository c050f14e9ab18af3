"""The chat tab: privacy check → streamed, cited answer → sources panel → feedback.

A message is screened for personal data before anything else sees it; if some is found, the
message is held in the session (memory only) and the preview lists every finding, each marked for
removal. "Remove and send" removes every marked finding and says what it removed; a finding the user
unmarks (or "send anyway", which unmarks them all) is sent as typed only after a second confirmation
that lists it. Conversations live in per-session state; nothing typed is written to disk in clear
(feedback keeps the redacted question).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.answer import Answer
from assistant.feedback import FeedbackStore
from assistant.pipeline import Assistant
from assistant.privacy import Finding, find_personal_data, kinds_found, redact
from assistant.render import answer_json
from ui.events import BUSY, QUIET, guarded
from ui.i18n import Translator
from ui.render import answer_markdown, sources_html
from ui.strings import EXAMPLES, doc_type_name, language_name, text

log = logging.getLogger(__name__)

ALL = "*"  # the "no filter" choice
# A new answer is read from its start: the conversation scrolls to the top of the latest answer (Gradio's
# autoscroll jumped to its end), and the page brings that start into view (a phone).
SCROLL_TO_ANSWER_JS = """() => { setTimeout(() => {
  const rows = document.querySelectorAll('#chatbot .message-row.bot-row');
  if (rows.length) rows[rows.length - 1].scrollIntoView({block: 'start', behavior: 'instant'});
}, 60); }"""


def _filters(doc_type: str | None, language: str | None) -> dict[str, str] | None:
    filters = {}
    if doc_type and doc_type != ALL:
        filters["doc_type"] = doc_type
    if language and language != ALL:
        filters["language"] = language
    return filters or None


def build_chat_tab(tr: Translator, assistant: Assistant, feedback: FeedbackStore, lang: gr.Radio) -> None:
    """Lay out the chat tab inside the current Blocks context and wire its events."""

    def type_choices(ui_lang: str) -> list[tuple[str, str]]:
        types = sorted({d.doc_type for d in assistant.store.documents()})
        return [(text("filter_all_types", ui_lang), ALL)] + [(doc_type_name(t, ui_lang), t) for t in types]

    def language_choices(ui_lang: str) -> list[tuple[str, str]]:
        present = sorted({d.language for d in assistant.store.documents()})  # the documents' languages
        named = [(language_name(code, ui_lang), code) for code in present]
        return [(text("filter_all_languages", ui_lang), ALL), *named]

    history = gr.State([])  # standalone questions asked so far (for follow-ups)
    answers = gr.State([])  # every Answer of this session
    outgoing = gr.State("")  # the message cleared for sending
    held = gr.State("")  # a message held back because it contains personal data
    found = gr.State([])  # its findings, in text order (the marks are their indices)

    with gr.Row(equal_height=False, elem_id="chat-row"):
        with gr.Column(scale=3, min_width=420):
            chatbot = tr.bind(gr.Chatbot(
                label=tr.t("chat_label"), show_label=False, elem_id="chatbot", height=560,
                buttons=["copy", "copy_all"],
                feedback_options=None, placeholder=tr.t("chat_placeholder"), layout="bubble",
                group_consecutive_messages=False, autoscroll=False,  # SCROLL_TO_ANSWER_JS shows the start instead
            ), label="chat_label", placeholder="chat_placeholder")
            with gr.Column(visible=False, elem_id="privacy-warning") as warning:
                warning_text = gr.Markdown(elem_id="privacy-warning-text")
                marks = tr.bind(gr.CheckboxGroup(choices=[], value=[], label=tr.t("privacy_marks"),
                                                 elem_id="privacy-marks"), label="privacy_marks")
                with gr.Row():
                    redact_send = tr.bind(gr.Button(tr.t("privacy_redact_send"), variant="primary", size="sm",
                                                    elem_id="privacy-redact"), value="privacy_redact_send")
                    send_anyway = tr.bind(gr.Button(tr.t("privacy_send_anyway"), variant="secondary", size="sm",
                                                    elem_id="privacy-send-anyway"), value="privacy_send_anyway")
                    edit = tr.bind(gr.Button(tr.t("privacy_edit"), variant="secondary", size="sm",
                                             elem_id="privacy-edit"), value="privacy_edit")
            with gr.Column(visible=False, elem_id="privacy-confirm") as confirm:
                confirm_text = gr.Markdown(elem_id="privacy-confirm-text")
                with gr.Row():
                    confirm_send = tr.bind(gr.Button(tr.t("privacy_confirm_send"), variant="stop", size="sm",
                                                     elem_id="privacy-confirm-send"), value="privacy_confirm_send")
                    confirm_back = tr.bind(gr.Button(tr.t("privacy_confirm_back"), variant="secondary", size="sm",
                                                     elem_id="privacy-confirm-back"), value="privacy_confirm_back")
            removed_note = gr.Markdown(elem_id="privacy-removed")
            with gr.Row(elem_id="ask-row"):
                message = tr.bind(gr.Textbox(
                    label=tr.t("question_label"), placeholder=tr.t("question_placeholder"), lines=2, max_lines=6,
                    scale=6, elem_id="question", submit_btn=False,  # no autofocus: a phone would open scrolled to it
                ), label="question_label", placeholder="question_placeholder")
                with gr.Column(scale=1, min_width=130):
                    send = tr.bind(gr.Button(tr.t("send"), variant="primary", elem_id="send"), value="send")
                    clear = tr.bind(gr.Button(tr.t("clear"), variant="secondary", size="sm", elem_id="clear"),
                                    value="clear")
            tr.bind(gr.Markdown(tr.t("examples_label"), elem_classes=["examples-label"]), value="examples_label")
            with gr.Row(elem_id="examples"):
                example_buttons = [
                    tr.bind(gr.Button(EXAMPLES[tr.default][i], size="sm", variant="secondary",
                                      elem_classes=["example"], elem_id=f"example-{i}"),
                            value=lambda ui_lang, i=i: EXAMPLES[ui_lang][i])
                    for i in range(len(EXAMPLES[tr.default]))
                ]
        with gr.Column(scale=2, min_width=320, elem_id="side"):
            with tr.bind(gr.Accordion(tr.t("filters_label"), open=False, elem_id="filters"), label="filters_label"):
                doc_type = tr.bind(gr.Dropdown(choices=type_choices(tr.default), value=ALL,
                                               label=tr.t("filter_type"), elem_id="filter-type"),
                                   label="filter_type", choices=type_choices)
                doc_lang = tr.bind(gr.Dropdown(choices=language_choices(tr.default), value=ALL,
                                               label=tr.t("filter_language"), elem_id="filter-language"),
                                   label="filter_language", choices=language_choices)
            sources = gr.HTML(sources_html(None, tr.default), elem_id="sources")
            with tr.bind(gr.Accordion(tr.t("feedback_label"), open=True, visible=False, elem_id="feedback"),
                         label="feedback_label") as feedback_box:  # shown once there is an answer to rate
                rating = tr.bind(gr.Radio(choices=_rating_choices(tr.default), label=tr.t("feedback_rating"),
                                          elem_id="feedback-rating"),
                                 label="feedback_rating", choices=_rating_choices)
                wrong_source = tr.bind(gr.Checkbox(label=tr.t("feedback_wrong_source"), elem_id="feedback-wrong"),
                                       label="feedback_wrong_source")
                comment = tr.bind(gr.Textbox(label=tr.t("feedback_comment"), lines=2, elem_id="feedback-comment",
                                             placeholder=tr.t("feedback_comment_placeholder")),
                                  label="feedback_comment", placeholder="feedback_comment_placeholder")
                send_feedback = tr.bind(gr.Button(tr.t("feedback_send"), size="sm", elem_id="feedback-send"),
                                        value="feedback_send")
                feedback_status = gr.Markdown(elem_id="feedback-status")

    # --- handlers ----------------------------------------------------------------------------
    def item(finding: Finding, ui_lang: str) -> str:
        unchecked = f" ({text('privacy_unchecked', ui_lang)})" if finding.checked is False else ""
        return f"{text(f'kind_{finding.kind}', ui_lang)}: {finding.text}{unchecked}"

    def preview(typed: str, findings: list[Finding], marked: list[int], ui_lang: str) -> str:
        kinds = ", ".join(text(f"kind_{k}", ui_lang) for k in kinds_found(findings))
        kept = [f for i, f in enumerate(findings) if i in (marked or [])]
        return text("privacy_warning", ui_lang, kinds=kinds) + "\n\n> " + redact(typed, kept)

    def screen(text_in: str, ui_lang: str) -> tuple[Any, ...]:
        typed = (text_in or "").strip()
        hidden = gr.update(visible=False)
        if not typed:
            return "", "", [], hidden, "", gr.update(choices=[], value=[]), "", hidden, ""
        findings = find_personal_data(typed)
        if not findings:
            return typed, "", [], hidden, "", gr.update(choices=[], value=[]), "", hidden, ""
        every = list(range(len(findings)))
        choices = gr.update(choices=[(item(f, ui_lang), i) for i, f in enumerate(findings)], value=every)
        return ("", typed, findings, gr.update(visible=True), preview(typed, findings, every, ui_lang), choices, "",
                hidden, "")

    def removed(findings: list[Finding], ui_lang: str) -> str:
        if not findings:
            return ""
        counts = {k: sum(f.kind == k for f in findings) for k in kinds_found(findings)}
        items = ", ".join(f"{text(f'kind_{k}', ui_lang)} ({n})" for k, n in counts.items())
        return text("privacy_removed", ui_lang, items=items)

    def release(held_text: str, findings: list[Finding], marked: list[int], ui_lang: str,
                confirmed: bool = False) -> tuple[Any, ...]:
        """Send the held text with every marked finding removed; a finding left unmarked only once the
        user has confirmed it. Outputs: outgoing, held, found, warning, confirm, confirm text, removed note."""
        marked = marked or []
        kept = [f for i, f in enumerate(findings) if i in marked]
        unmarked = [f for i, f in enumerate(findings) if i not in marked]
        hidden = gr.update(visible=False)
        if unmarked and not confirmed:
            items = "; ".join(item(f, ui_lang) for f in unmarked)
            return ("", gr.skip(), gr.skip(), hidden, gr.update(visible=True),
                    text("privacy_confirm", ui_lang, items=items), gr.skip())
        return redact(held_text, kept), "", [], hidden, hidden, "", removed(kept, ui_lang)

    def back(ui_lang: str) -> tuple[Any, ...]:
        return gr.update(visible=True), gr.update(visible=False)

    def edit_held(held_text: str) -> tuple[Any, ...]:
        return held_text, "", gr.update(visible=False), gr.update(visible=False)

    def failed(message: str, question: str, chat: list, asked: list[str], given: list[Answer],
               *_: Any) -> tuple[Any, ...]:
        chat = [*(chat or []), {"role": "user", "content": question}, {"role": "assistant", "content": message}]
        return chat, gr.skip(), asked, given, "", gr.skip()

    @guarded(failed)
    def respond(question: str, chat: list, asked: list[str], given: list[Answer], type_filter: str,
                lang_filter: str, ui_lang: str) -> Iterator[tuple[Any, ...]]:
        if not question:
            yield chat, gr.skip(), asked, given, "", gr.skip()
            return
        chat = [*(chat or []), {"role": "user", "content": question},
                {"role": "assistant", "content": text("answer_searching", ui_lang)}]
        yield chat, gr.skip(), asked, given, "", ""
        streamed = ""
        final: Answer | None = None
        for event in assistant.ask_stream(question, history=list(asked), filters=_filters(type_filter, lang_filter)):
            if isinstance(event, Answer):
                final = event
            else:
                streamed += event
                chat[-1] = {"role": "assistant", "content": streamed}
                yield chat, gr.skip(), asked, given, "", gr.skip()
        assert final is not None
        chat[-1] = {"role": "assistant", "content": answer_markdown(final)}
        yield (chat, sources_html(final, ui_lang), [*asked, final.standalone_question or final.question],
               [*given, final], "", "")

    def store_feedback(given: list[Answer], rate: str | None, wrong: bool, note: str, ui_lang: str) -> tuple[Any, ...]:
        if not given:
            return text("feedback_no_answer", ui_lang), gr.skip(), gr.skip(), gr.skip()
        if not rate and not wrong and not (note or "").strip():
            return text("feedback_empty", ui_lang), gr.skip(), gr.skip(), gr.skip()
        feedback.add(answer_json(given[-1]), rating=rate or None, comment=note or "", wrong_source=bool(wrong))
        return text("feedback_thanks", ui_lang), None, False, ""

    def clear_all(ui_lang: str) -> tuple[Any, ...]:
        hidden = gr.update(visible=False)
        return [], sources_html(None, ui_lang), [], [], "", "", [], "", hidden, hidden, "", None, False, ""

    def example_text(ui_lang: str, i: int) -> str:
        return EXAMPLES[ui_lang][i]

    # --- wiring ------------------------------------------------------------------------------
    screen_io = dict(fn=screen, inputs=[message, lang],
                     outputs=[outgoing, held, found, warning, warning_text, marks, message, confirm, removed_note],
                     **QUIET)
    respond_io = dict(fn=respond, inputs=[outgoing, chatbot, history, answers, doc_type, doc_lang, lang],
                      outputs=[chatbot, sources, history, answers, outgoing, feedback_status], **BUSY)
    release_out = [outgoing, held, found, warning, confirm, confirm_text, removed_note]

    message.submit(**screen_io).then(**respond_io)
    send.click(**screen_io).then(**respond_io)
    for i, button in enumerate(example_buttons):
        button.click(lambda ui_lang, i=i: example_text(ui_lang, i), [lang], [message], **QUIET) \
            .then(**screen_io).then(**respond_io)
    marks.change(preview, [held, found, marks, lang], [warning_text], **QUIET)
    redact_send.click(release, [held, found, marks, lang], release_out, **QUIET).then(**respond_io)
    # "Send anyway" unmarks every finding: the confirmation then lists them all.
    send_anyway.click(lambda: gr.update(value=[]), None, [marks], **QUIET) \
        .then(release, [held, found, marks, lang], release_out, **QUIET).then(**respond_io)
    confirm_send.click(lambda h, f, m, ui_lang: release(h, f, m, ui_lang, confirmed=True), [held, found, marks, lang],
                       release_out, **QUIET).then(**respond_io)
    confirm_back.click(back, [lang], [warning, confirm], **QUIET)
    edit.click(edit_held, [held], [message, held, warning, confirm], **QUIET)
    send_feedback.click(store_feedback, [answers, rating, wrong_source, comment, lang],
                        [feedback_status, rating, wrong_source, comment], **BUSY)
    clear.click(clear_all, [lang], [chatbot, sources, history, answers, outgoing, held, found, feedback_status, warning,
                                    confirm, removed_note, rating, wrong_source, comment], **QUIET)
    answers.change(lambda given: gr.update(visible=bool(given)), [answers], [feedback_box], **QUIET)
    chatbot.change(None, None, None, js=SCROLL_TO_ANSWER_JS, **QUIET)
    # The sources panel's own words follow the language switch.
    lang.change(lambda given, ui_lang: sources_html(given[-1] if given else None, ui_lang), [answers, lang],
                [sources], **QUIET)


def _rating_choices(ui_lang: str) -> list[tuple[str, str]]:
    return [(text("feedback_up", ui_lang), "up"), (text("feedback_down", ui_lang), "down")]
