"""The Gradio app: header with the language switch, the safety banner, and the chat, workshop and
admin tabs; plus the ``ask`` API endpoint.

``build_app`` only lays out widgets and turns events into calls of ``assistant``; every string
comes from ``ui.strings``. ``page_options`` are what Gradio 6 takes at mount time (theme, CSS).
"""

from __future__ import annotations

import json
from typing import Any

import gradio as gr

from assistant.errors import AssistantError
from assistant.feedback import FeedbackStore, open_feedback
from assistant.pipeline import Assistant
from assistant.privacy import find_personal_data, redact, redaction_report, warm_up as warm_up_privacy
from assistant.render import answer_json
from assistant.settings import Settings
from assistant.store.catalog import FILTER_COLUMNS
from ui.admin import build_admin_tab
from ui.auth import LoginThrottle
from ui.chat import build_chat_tab
from ui.events import QUIET
from ui.i18n import Translator
from ui.strings import LANGUAGE_SWITCH, UI_LANGUAGES, pick_language, text
from ui.style import CSS, PAGE_CSS, make_theme
from ui.workshop import build_workshop_tab

BROWSER_LANGUAGE_JS = "() => (navigator.languages && navigator.languages[0]) || navigator.language || ''"


def parse_filters(raw: str | None) -> dict[str, str] | None:
    """The ``filters`` argument of the API: a JSON object such as ``{"language": "fi"}``, or empty."""
    if not raw or not raw.strip():
        return None
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise gr.Error(f"filters is not valid JSON: {exc}") from exc
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise gr.Error('filters must be a JSON object of strings, e.g. {"language": "fi", "doc_type": "law"}')
    unknown = sorted(set(value) - set(FILTER_COLUMNS))
    if unknown:
        raise gr.Error(f"unknown filter(s) {unknown}; use {', '.join(FILTER_COLUMNS)}")
    return {k: v for k, v in value.items() if v} or None


def parse_history(raw: str | None) -> list[str]:
    """The ``history`` argument of the API: a JSON list of the earlier (standalone) questions."""
    if not raw or not raw.strip():
        return []
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise gr.Error(f"history is not valid JSON: {exc}") from exc
    if not isinstance(value, list) or not all(isinstance(q, str) for q in value):
        raise gr.Error("history must be a JSON list of strings (the earlier questions)")
    return value


def build_app(settings: Settings, assistant: Assistant, feedback: FeedbackStore | None = None,
              throttle: LoginThrottle | None = None) -> gr.Blocks:
    """The whole UI as a Blocks app; nothing is launched here. The privacy screen's name lists load now
    (once a process), so that no one's first message waits for them."""
    feedback = feedback or open_feedback(settings.feedback_path)
    warm_up_privacy()
    tr = Translator(default="fi")

    def ask(question: str, filters: str = "", history: str = "") -> dict[str, Any]:
        """Answer a question from the knowledge base with cited sources.

        Args:
            question: the question, in Finnish, Swedish or English.
            filters: optional JSON object restricting the sources, e.g. {"language": "fi", "doc_type": "law"}.
            history: optional JSON list of the earlier questions of the conversation (for follow-ups).
        Returns:
            The answer object as JSON: question, language, answer, abstained, citations, passages, timings,
            and ``redacted``: the personal data removed from the question before anything else saw it (kind,
            placeholder, where it stood, confidence; never the removed text). The question and the history
            are screened as the chat screens a message, and only their redacted text goes on.
        """
        if not (question or "").strip():
            raise gr.Error("question is empty")
        findings = find_personal_data(question)
        earlier = [redact(q) for q in parse_history(history)]
        try:
            answer = answer_json(assistant.ask(redact(question, findings), history=earlier,
                                               filters=parse_filters(filters)))
        except AssistantError as exc:
            raise gr.Error(str(exc)) from exc
        return {**answer, "redacted": redaction_report(findings)}

    # delete_cache: uploads and exports leave Gradio's cache after an hour.
    with gr.Blocks(analytics_enabled=False, title=text("app_title", "fi"), delete_cache=(3600, 3600)) as demo:
        with gr.Row(elem_id="header", equal_height=True):
            tr.bind(gr.Markdown(_heading(tr.default), elem_id="app-title"), value=_heading)
            # A dropdown: twelve languages as radio buttons took a third of a phone's screen.
            lang = gr.Dropdown(choices=LANGUAGE_SWITCH, value=tr.default, label=text("language_switch_label", "fi"),
                               elem_id="language", scale=0, min_width=190, container=False, filterable=False)
        tr.bind(gr.Markdown(tr.t("banner"), elem_id="banner"), value="banner")
        browser_language = gr.Textbox(visible=False)
        with gr.Tabs(elem_id="tabs"):
            with tr.bind(gr.Tab(tr.t("tab_chat"), elem_id="tab-chat"), label="tab_chat"):
                build_chat_tab(tr, assistant, feedback, lang)
            with tr.bind(gr.Tab(tr.t("tab_workshop"), elem_id="tab-workshop"), label="tab_workshop"):
                build_workshop_tab(tr, assistant, lang)
            with tr.bind(gr.Tab(tr.t("tab_admin"), elem_id="tab-admin"), label="tab_admin"):
                build_admin_tab(tr, settings, assistant, feedback, lang, throttle)
        tr.bind(gr.Markdown(tr.t("footer"), elem_id="footer"), value="footer")

        gr.api(ask, api_name="ask")
        # The browser's language picks the start language; every label (and the lists that come from
        # the store, such as document types and scenarios) is then refreshed once.
        demo.load(None, None, browser_language, js=BROWSER_LANGUAGE_JS, **QUIET) \
            .then(pick_language, browser_language, lang, **QUIET) \
            .then(tr.updates, lang, tr.components, **QUIET)
        lang.change(tr.updates, lang, tr.components, **QUIET)
        lang.change(None, [lang], None, js=SET_LOCALE_JS, **QUIET)  # <html lang> and Gradio's English names
    demo.queue(default_concurrency_limit=4)
    return demo


def _heading(lang: str) -> str:
    return f"# {text('app_title', lang)}\n{text('app_subtitle', lang)}"


# Gradio's own words (its status messages for screen readers, its buttons) in a UI language, from our
# catalogue: Gradio's key -> ours. Gradio lacks some (its "common.complete" was read out as the raw key).
# Its upload area's words too: Gradio has no Latvian or Danish, and ours are the UI's own words.
GRADIO_STRINGS = {"common.complete": "gradio_complete", "upload_text.drop_file": "gradio_drop_file",
                  "upload_text.click_to_upload": "gradio_click_to_upload", "common.or": "gradio_or"}

# Words Gradio writes in English whatever the language (its upload area's and copy buttons' accessible
# names), as our catalogue's keys; a script in the page renames them in the UI's language.
GRADIO_ENGLISH = {"Click to upload or drop files": "gradio_upload_label", "Copy": "gradio_copy",
                  "Copy message": "gradio_copy", "Copied": "gradio_copied", "Copy conversation": "gradio_copy_all",
                  "Copy table data": "gradio_copy_table"}

# The upload area's visible words. Gradio writes them once, in the browser's language (GRADIO_STRINGS gives
# them ours), and does not follow its own locale afterwards: the script rewrites them in the UI's language.
UPLOAD_WORDS = {"Drop File Here": "gradio_drop_file", "Click to Upload": "gradio_click_to_upload", "or": "gradio_or"}


def locale_script() -> str:
    """The page's script: ``assistantSetLocale(lang)`` sets <html lang>, renames Gradio's English (and an
    earlier language's) accessible names and its upload areas' words in ``lang``; it follows what Gradio
    adds or redraws later."""
    names = {english: key for english, key in GRADIO_ENGLISH.items()}
    names.update({text(key, lang): key for key in set(GRADIO_ENGLISH.values()) for lang in UI_LANGUAGES})
    words = dict(UPLOAD_WORDS)
    words.update({text(key, lang): key for key in UPLOAD_WORDS.values() for lang in UI_LANGUAGES})
    keys = set(GRADIO_ENGLISH.values()) | set(UPLOAD_WORDS.values())
    table = {key: {lang: text(key, lang) for lang in UI_LANGUAGES} for key in keys}
    return """<script>
(() => {
  const NAMES = %s, WORDS = %s, TEXTS = %s;
  const wanted = key => TEXTS[key][document.documentElement.lang] || TEXTS[key].en;
  const rename = root => {
    for (const e of root.querySelectorAll ? root.querySelectorAll('[aria-label], [title]') : [])
      for (const attr of ['aria-label', 'title']) {
        const key = NAMES[e.getAttribute(attr)];
        if (key && e.getAttribute(attr) !== wanted(key)) e.setAttribute(attr, wanted(key));
      }
  };
  // "Drop files here - or - Click to upload": text nodes of the button that holds a file input.
  const retext = () => {
    for (const input of document.querySelectorAll('input[data-testid=file-upload]')) {
      const walker = document.createTreeWalker(input.parentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shown = node.nodeValue.trim(), or = shown.match(/^- (.+) -$/), key = WORDS[or ? or[1] : shown];
        const value = key && (or ? `- ${wanted(key)} -` : wanted(key));
        if (value && shown !== value) node.nodeValue = node.nodeValue.replace(shown, value);
      }
    }
  };
  window.assistantSetLocale = lang => { document.documentElement.lang = lang; rename(document); retext(); };
  new MutationObserver(changes => {
    changes.forEach(c => rename(c.target.parentNode || c.target));
    retext();
  }).observe(document.documentElement, {subtree: true, childList: true, characterData: true, attributes: true,
                                        attributeFilter: ['aria-label', 'title']});
})();
</script>""" % tuple(json.dumps(x, ensure_ascii=False) for x in (names, words, table))


SET_LOCALE_JS = "(lang) => { if (window.assistantSetLocale) window.assistantSetLocale(lang); }"


def gradio_i18n() -> Any:
    """Gradio's own strings that it lacks, in every UI language (``GRADIO_STRINGS``)."""
    return gr.I18n(**{lang: {key: text(ours, lang) for key, ours in GRADIO_STRINGS.items()} for lang in UI_LANGUAGES})


def page_options() -> dict[str, Any]:
    """Theme, CSS, the page's head and Gradio's missing strings, which Gradio 6 takes when the app is mounted."""
    return {"theme": make_theme(), "css": CSS, "head": f"<style>{PAGE_CSS}</style>{locale_script()}",
            "i18n": gradio_i18n()}
