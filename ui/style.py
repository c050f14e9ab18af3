"""The look: a calm theme with fonts served by the app itself (nothing loads from outside), and the
CSS for the banner, the source cards and the workshop's presentation mode."""

from __future__ import annotations

from typing import Any

from ui.admin_list import phone_column_css


def make_theme() -> Any:
    import gradio as gr

    # No 600: Gradio's IBMPlexSans-SemiBold.woff2 has only 99 glyphs (no ä, ö, å, Cyrillic), so semi-bold
    # headings mixed letters from two fonts; 600 is drawn with the full Bold face instead.
    font = [gr.themes.LocalFont("IBM Plex Sans", weights=(400, 700)), "system-ui", "Segoe UI", "Helvetica Neue",
            "Arial", "sans-serif"]
    mono = [gr.themes.LocalFont("IBM Plex Mono"), "ui-monospace", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", secondary_hue="slate", neutral_hue="slate", font=font,
                          font_mono=mono, radius_size="md", text_size="lg").set(
        body_background_fill="#f4f6f9",
        block_background_fill="#ffffff",
        block_border_width="1px",
        block_shadow="none",
        button_primary_background_fill="#1d4e89",
        button_primary_background_fill_hover="#173f70",
        button_primary_text_color="#ffffff",
        button_secondary_background_fill="#eef2f7",
        button_secondary_background_fill_hover="#e2e8f0",
        button_secondary_text_color="#1f2d3d",
        color_accent_soft="#e8eef7",
        link_text_color="#1d4e89",
        link_text_color_visited="#1d4e89",
        block_label_background_fill="transparent",
        block_label_text_color="#334e68",
        block_label_border_width="0px",
        block_title_background_fill="transparent",
        block_title_text_color="#243b53",
        block_title_padding="0",
        checkbox_label_background_fill_selected="#1d4e89",
        checkbox_background_color_selected="#1d4e89",
        checkbox_label_text_color_selected="#ffffff",
    )


CSS = """
.gradio-container { max-width: 1480px !important; margin: 0 auto !important; }
#header { align-items: center; padding: .4rem 0 .2rem; flex-wrap: wrap; row-gap: .3rem; }
#app-title h1 { font-size: 1.55rem; line-height: 1.25; margin: 0; color: #14325c; font-weight: 700; }
#app-title p { margin: .25rem 0 0; color: #52606d; font-size: 1rem; }
#app-title { flex: 1 1 20rem !important; min-width: 0 !important; }
#app-title h1, #app-title p { overflow-wrap: normal; word-break: normal; hyphens: auto; }
#language { flex: 0 0 auto !important; max-width: 14rem; }
#banner { background: #fff8e8; border: 1px solid #f1d08a; border-left: 6px solid #c77700; border-radius: 8px;
          padding: .55rem 1rem; }
#banner p { margin: 0; color: #4a3400; }
#footer { color: #6b7785; font-size: .85rem; text-align: center; }
#footer p { margin: .2rem 0; }
#chatbot .placeholder { max-width: 36rem; margin: 0 auto; padding: 1rem 1.5rem; text-align: center; }
#chatbot .placeholder p { color: #52606d; font-size: 1.05rem; }
.examples-label p { margin: .3rem 0 0; color: #52606d; font-size: .92rem; }
#examples button.example { font-weight: 400; text-align: left; white-space: normal; height: auto; }
#privacy-warning { border: 1px solid #f1d08a; border-left: 6px solid #c77700; background: #fff8e8;
                   border-radius: 8px; padding: .5rem .8rem; }
#privacy-warning blockquote { background: #fff; border-left: 3px solid #c77700; margin: .3rem 0; padding: .3rem .7rem; }
#feedback-status p, #admin-status p, #admin-login-status p { margin: .2rem 0; }
#admin-locked { background: #fff; border: 1px solid #d9e0e8; border-radius: 8px; padding: 1rem 1.2rem; }
.muted p { color: #52606d; font-size: .92rem; }

/* contrast of at least 4.5:1 where Gradio's theme has less: the selected tab, the upload area's "or" */
.tab-container button.selected { color: #1d4e89 !important; }
.or { color: #52606d !important; }

/* the answer: its kind line, then quote blocks that end with their citation */
#chatbot .scroll-down-button-container { display: none !important; }  /* it covered the answer's text */
#chatbot .bot blockquote { border-left: 3px solid #9fb3c8; background: #f8fafc; margin: .45rem 0;
                           padding: .35rem .75rem; color: #1f2d3d; font-style: normal; }
#chatbot .bot blockquote p { margin: .15rem 0; }
#chatbot .bot blockquote em { color: #334e68; }

/* sources panel */
.sources > summary { cursor: pointer; list-style-position: inside; }
.sources-heading { font-size: 1.05rem; margin: .2rem 0 .6rem; color: #14325c; }
.sources-empty { color: #6b7785; padding: .8rem; border: 1px dashed #cbd5e1; border-radius: 8px; background: #fbfcfe; }
.source-card { border: 1px solid #d9e0e8; border-radius: 8px; padding: .7rem .85rem; margin-bottom: .7rem;
               background: #fff; }
.source-head { display: flex; gap: .55rem; align-items: baseline; }
.source-n { flex: none; display: inline-flex; align-items: center; justify-content: center; min-width: 1.6rem;
            height: 1.6rem; border-radius: 999px; background: #1d4e89; color: #fff; font-weight: 600;
            font-size: .9rem; }
.source-title { text-align: left; font-weight: 600; color: #14325c !important; text-decoration: none; }
.source-title:hover { text-decoration: underline; }
.source-meta { display: flex; flex-wrap: wrap; gap: .4rem .9rem; color: #52606d; font-size: .9rem;
               margin: .25rem 0 0 2.15rem; }
.source-lang { background: #eef2f7; border-radius: 4px; padding: 0 .4rem; }
.source-quote { margin: .5rem 0 .4rem 2.15rem !important; padding: .35rem .7rem !important;
                border-left: 3px solid #9fb3c8 !important; color: #243b53; font-style: italic; background: #f8fafc; }
.source-open { margin-left: 2.15rem; font-size: .9rem; }
.source-ocr { margin: .2rem 0 .4rem 2.15rem; padding: .3rem .6rem; font-size: .9rem; color: #7c2d12;
              background: #fff7ed; border-left: 3px solid #ea580c; border-radius: 3px; }
.source-facts { display: flex; flex-wrap: wrap; gap: .3rem .8rem; margin: .3rem 0 0 2.15rem; font-size: .88rem;
                color: #52606d; }
.source-type { background: #eef2f7; border-radius: 4px; padding: 0 .4rem; }
.source-facts.status-amended, .source-facts.status-repealed { color: #8a4b00; }
.source-facts.status-amended span:nth-last-child(2), .source-facts.status-repealed span:nth-last-child(2) {
  font-weight: 600; }
.passages { margin-top: .4rem; color: #52606d; font-size: .9rem; }
.passages summary { cursor: pointer; }
.passage-type { background: #eef2f7; border-radius: 4px; padding: 0 .35rem; font-size: .8rem; }

/* privacy warning, admin tables (Gradio sets tables in the mono font) */
#privacy-warning { gap: .4rem; }
#privacy-warning-text p { margin: .2rem 0; }
#admin-documents, #admin-feedback { --font-mono: var(--font); }
#admin-status { min-height: 3.4rem; }  /* room for the sync progress bar */
#admin-documents td, #admin-feedback td { font-size: .95rem; }

/* workshop */
#workshop-question h3 { font-size: 1.6rem !important; line-height: 1.35 !important; color: #14325c; margin: .2rem 0; }
#workshop-counter p { color: #52606d; margin: 0; font-weight: 600; letter-spacing: .02em; }
#workshop-scenario h2 { color: #14325c; }
#workshop-pick input { text-overflow: ellipsis; padding-right: 2.2rem; }
#workshop-debrief { align-items: center; }

/* phones and narrow windows: one column in reading order (header, banner, answer, question, sources,
   then examples, filters and feedback); nothing wider than the screen */
#chatbot .message-wrap, #chatbot .message, .source-card, .sources { overflow-wrap: anywhere; }
@media (max-width: 760px) {
  #header { flex-direction: column; align-items: stretch; }
  #app-title { flex: 0 0 auto !important; }
  #chatbot .message-row { margin: .3rem 0 !important; padding: 0 !important; max-width: 100% !important; }
  #chatbot .message-row .message, #chatbot .message-row .flex-wrap { max-width: 100% !important; }
  #app-title h1 { font-size: 1.3rem; }
  #language { max-width: none; }
  #chat-row { flex-direction: column !important; flex-wrap: nowrap !important; }
  #chat-row > .column { display: contents; }
  #chatbot { order: 1; } #privacy-warning { order: 2; } #ask-row { order: 3; } #sources { order: 4; }
  #feedback { order: 5; } .examples-label { order: 6; } #examples { order: 7; } #filters { order: 8; }
  #chatbot { height: auto !important; max-height: 70vh; min-height: 12rem; }
  #ask-row { flex-direction: column !important; flex-wrap: nowrap !important; }
  #ask-row > * { width: 100% !important; min-width: 0 !important; }
  #ask-row > .column { flex-direction: row !important; }
  #ask-row > .column > button { flex: 1 1 0; }
  #workshop, #workshop-stage > .row { flex-direction: column !important; }
  /* the page line above the paging buttons (it wrapped one letter per line between them) */
  #admin-paging { flex-wrap: wrap !important; }
  #admin-page-info { flex: 1 1 100% !important; order: -1; }
}
@media (max-width: 760px) {
""" + phone_column_css() + """
}
"""

# Rules for the page around the app: Gradio scopes the ``css`` above to the app's content (it prefixes every
# selector with ``.gradio-container ... .contain``), so these go into the page's <head> as they are.
PAGE_CSS = """
html, body { overflow-x: hidden; }
@media (max-width: 760px) { .gradio-container .main.app { padding: .5rem .5rem 1rem !important; } }
/* the workshop's presentation mode: only the question, the answer and its sources, in large type */
body.presenting #header, body.presenting #banner, body.presenting #footer, body.presenting #tabs > .tab-wrapper,
body.presenting #workshop-controls, body.presenting #workshop-scenario, body.presenting #workshop-debrief,
body.presenting #workshop-background { display: none !important; }
body.presenting #workshop-nav { position: sticky; bottom: 0; background: #fff; opacity: .85; z-index: 5; }
body.presenting #workshop-stage #workshop-question h3 { font-size: 2.4rem !important; line-height: 1.3 !important; }
body.presenting #workshop-stage #workshop-counter p { font-size: 1.25rem !important; }
body.presenting #workshop-stage #workshop-answer, body.presenting #workshop-stage #workshop-answer p, body.presenting #workshop-stage #workshop-answer li,
body.presenting #workshop-stage #workshop-answer blockquote { font-size: 1.45rem !important; line-height: 1.55 !important; }
body.presenting #workshop-stage #workshop-sources, body.presenting #workshop-stage #workshop-sources * { font-size: 1.15rem !important; }
"""
