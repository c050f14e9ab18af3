"""The workshop tab: pick a practice record, step through its discussion questions, ask the
assistant with the sources on screen, present in large type, and export a handout."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.pipeline import Assistant
from ui.documents import document_url
from ui.handout import SourceInfo, Sources, WorkshopSession, handout_markdown, handout_pdf
from ui.events import BUSY, QUIET, guarded
from ui.i18n import Translator
from ui.render import answer_markdown, sources_html
from ui.scenarios import load_scenario, practice_records
from ui.strings import language_name, text

PRESENTATION_JS = "(on) => { document.body.classList.toggle('presenting', !!on); return on; }"


def build_workshop_tab(tr: Translator, assistant: Assistant, lang: gr.Radio) -> None:
    """Lay out the workshop tab inside the current Blocks context and wire its events."""

    def scenario_choices(ui_lang: str, every_language: bool = False) -> list[tuple[str, str]]:
        """The UI language's cases; with ``every_language``, the others after them, named by language."""
        records = sorted(practice_records(assistant.store), key=lambda d: (d.language != ui_lang, d.title))
        return [(d.title if d.language == ui_lang else f"{d.title} · {language_name(d.language, ui_lang)}",
                 d.source) for d in records if every_language or d.language == ui_lang]

    session = gr.State(None)
    with gr.Row(equal_height=False, elem_id="workshop"):
        with gr.Column(scale=1, min_width=340, elem_id="workshop-controls"):
            picker = tr.bind(gr.Dropdown(choices=scenario_choices(tr.default), value=None,
                                         label=tr.t("workshop_pick"), elem_id="workshop-pick"),
                             label="workshop_pick")
            every_language = tr.bind(gr.Checkbox(label=tr.t("workshop_all_languages"), value=False,
                                                 elem_id="workshop-all-languages"), label="workshop_all_languages")
            tr.bind(gr.Markdown(tr.t("workshop_help"), elem_classes=["muted"]), value="workshop_help")
            export = tr.bind(gr.Button(tr.t("workshop_export"), size="md", elem_id="workshop-export"),
                             value="workshop_export")
            files = tr.bind(gr.File(label=tr.t("workshop_files"), file_count="multiple", interactive=False,
                                    visible=False, elem_id="workshop-files"), label="workshop_files")
        with gr.Column(scale=3, elem_id="workshop-stage"):
            scenario_md = gr.Markdown(tr.t("workshop_empty"), elem_id="workshop-scenario")
            counter = gr.Markdown(elem_id="workshop-counter")
            question = gr.Markdown(elem_id="workshop-question")
            with gr.Row(elem_id="workshop-nav"):
                previous = tr.bind(gr.Button(tr.t("workshop_previous"), size="sm", elem_id="workshop-previous"),
                                   value="workshop_previous")
                following = tr.bind(gr.Button(tr.t("workshop_next"), size="sm", elem_id="workshop-next"),
                                    value="workshop_next")
                ask = tr.bind(gr.Button(tr.t("workshop_ask"), variant="primary", size="sm", elem_id="workshop-ask"),
                              value="workshop_ask")
                presenting = tr.bind(gr.Checkbox(label=tr.t("workshop_presentation"), elem_id="workshop-present",
                                                 container=False), label="workshop_presentation")
            with gr.Row(equal_height=False):
                answer_md = gr.Markdown(elem_id="workshop-answer")
                sources = gr.HTML(elem_id="workshop-sources")
            with gr.Row(elem_id="workshop-debrief"):
                debrief_status = gr.Markdown(elem_id="workshop-debrief-status")
                reveal = tr.bind(gr.Button(tr.t("workshop_reveal"), size="sm", scale=0, elem_id="workshop-reveal"),
                                 value="workshop_reveal")
            # The debrief: hidden, and withheld from answers, until the trainer reveals it.
            with tr.bind(gr.Accordion(tr.t("workshop_background"), open=True, visible=False,
                                      elem_id="workshop-background"), label="workshop_background") as debrief:
                background = gr.Markdown()

    # --- handlers ----------------------------------------------------------------------------
    def question_view(state: WorkshopSession | None, ui_lang: str) -> tuple[str, str, str, str]:
        if state is None or not state.scenario.questions:
            return "", text("workshop_no_questions", ui_lang) if state else "", "", ""
        i = state.index
        given = state.answers.get(i)
        return (text("workshop_counter", ui_lang, n=i + 1, total=len(state.scenario.questions)),
                f"### {state.scenario.questions[i]}",
                answer_markdown(given) if given else "", sources_html(given, ui_lang) if given else "")

    def debrief_view(state: WorkshopSession | None, ui_lang: str) -> tuple[Any, Any, Any]:
        """The debrief status line, the reveal button and the debrief panel."""
        if state is None:
            return "", gr.update(visible=False), gr.update(visible=False)
        key = "workshop_debrief_shown" if state.revealed else "workshop_debrief_hidden"
        return text(key, ui_lang), gr.update(visible=not state.revealed), gr.update(visible=state.revealed)

    @guarded(lambda message, *_: (None, message, "", "", "", "", "", "", gr.skip(), gr.skip()),
             key="workshop_unreadable")
    def pick(source: str | None, ui_lang: str) -> tuple[Any, ...]:
        if not source:
            return (None, text("workshop_empty", ui_lang), "", "", "", "", "", *debrief_view(None, ui_lang))
        scenario = load_scenario(assistant.store, source)
        state = WorkshopSession(scenario)
        setting = "\n\n".join(f"#### {h}\n\n{b}" if h else b for h, b in scenario.setting)
        rest = "\n\n".join(f"#### {h}\n\n{b}" for h, b in scenario.background)
        return (state, f"## {scenario.title}\n\n{setting}", *question_view(state, ui_lang), rest,
                *debrief_view(state, ui_lang))

    def reveal_debrief(state: WorkshopSession | None, ui_lang: str) -> tuple[Any, ...]:
        if state is not None:
            state.revealed = True
        return (state, *debrief_view(state, ui_lang))

    def move(state: WorkshopSession | None, step: int, ui_lang: str) -> tuple[Any, ...]:
        if state is not None and state.scenario.questions:
            state.index = max(0, min(len(state.scenario.questions) - 1, state.index + step))
        return (state, *question_view(state, ui_lang))

    @guarded(lambda message, state, *_: (state, message, ""))
    def ask_current(state: WorkshopSession | None, ui_lang: str) -> tuple[Any, ...]:
        if state is None or not state.scenario.questions:
            return state, text("workshop_pick_first", ui_lang), ""
        answer = assistant.ask(state.scenario.questions[state.index], withhold_debrief=not state.revealed)
        state.answers[state.index] = answer
        return state, answer_markdown(answer), sources_html(answer, ui_lang)

    def handout_sources(state: WorkshopSession, request: gr.Request | None) -> Sources:
        """Reviewed date and link of every document the handout cites (the publisher's page, else ours)."""
        base = str(getattr(request, "base_url", "") or "") if request else ""
        wanted = {state.scenario.source} | {c.source for a in state.answers.values() for c in a.citations}
        found: Sources = {}
        for source in wanted:
            record = assistant.store.document(source)
            if record is None:
                continue
            url = str(record.extra.get("source_url") or "")
            link = url if url.startswith(("https://", "http://")) else (base + document_url(source) if base else "")
            found[source] = SourceInfo(reviewed=str(record.extra.get("reviewed") or ""), link=link)
        return found

    def export_handout(state: WorkshopSession | None, ui_lang: str, request: gr.Request) -> Any:
        if state is None:
            gr.Warning(text("workshop_pick_first", ui_lang))
            return gr.update(value=None, visible=False)
        folder = Path(tempfile.mkdtemp(prefix="workshop-"))
        slug = re.sub(r"[^\w-]+", "-", Path(state.scenario.source).stem).strip("-") or "workshop"
        stem = f"handout-{slug}-{state.held_on.isoformat()}"
        md_path, pdf_path = folder / f"{stem}.md", folder / f"{stem}.pdf"
        sources = handout_sources(state, request)
        md_path.write_text(handout_markdown(state, ui_lang, sources), encoding="utf-8")
        pdf_path.write_bytes(handout_pdf(state, ui_lang, sources))
        return gr.update(value=[str(md_path), str(pdf_path)], visible=True)

    # --- wiring ------------------------------------------------------------------------------
    view = [counter, question, answer_md, sources]
    debrief_io = [debrief_status, reveal, debrief]
    picker.change(pick, [picker, lang], [session, scenario_md, *view, background, *debrief_io], **QUIET)
    reveal.click(reveal_debrief, [session, lang], [session, *debrief_io], **QUIET)
    for trigger in (every_language.change, lang.change):
        trigger(lambda ui_lang, every: gr.update(choices=scenario_choices(ui_lang, every)), [lang, every_language],
                [picker], **QUIET)
    previous.click(lambda state, ui_lang: move(state, -1, ui_lang), [session, lang], [session, *view], **QUIET)
    following.click(lambda state, ui_lang: move(state, 1, ui_lang), [session, lang], [session, *view], **QUIET)
    ask.click(ask_current, [session, lang], [session, answer_md, sources], **BUSY)
    export.click(export_handout, [session, lang], [files], **BUSY)
    presenting.change(None, [presenting], None, js=PRESENTATION_JS, **QUIET)
    def relabel(state: WorkshopSession | None, ui_lang: str) -> tuple[Any, ...]:
        return (text("workshop_empty", ui_lang) if state is None else gr.skip(), *question_view(state, ui_lang),
                debrief_view(state, ui_lang)[0])

    lang.change(relabel, [session, lang], [scenario_md, *view, debrief_status], **QUIET)
