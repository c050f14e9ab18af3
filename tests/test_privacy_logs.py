"""Personal data typed into the chat never reaches the logs or the feedback file in clear.

A real flow through the UI's own handlers (the functions Gradio calls for the chat tab and the
``ask`` endpoint, taken from the built app; no browser: tests/test_ui_app.py drives the warning in
chromium), with a real store and the real embedding model, for three answerers: the extractive
default, an LLM (the fake OpenAI server on loopback, scripted to echo the personal data back), and
one that fails with the question in its error message (libraries do that: pydantic's errors quote
their input). The user chooses "send anyway", the worst case. Logging is set up by the app's own
``configure_logging`` at debug level into a file; then the raw bytes of that file and of the
feedback SQLite files (with its -wal) are searched for every piece of personal data, also with
spaces and dashes removed and as digits only.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.answerers.base import Answerer
from ui_corpus import FINNISH_QUESTION

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:Warning"),
              pytest.mark.filterwarnings("ignore:The copy keyword is deprecated:Warning")]

IDS = ("131052-308T", "010594Y9032", "010203A123X")  # the last one mistyped (issue 17)
NAMES = ("Matti Virtanen",)
PHONES = ("040 123 4567", "+358 50 765 4321")
EMAILS = ("liisa.korhonen@example.fi", "tyontekija@example.fi")
IBANS = ("FI21 1234 5600 0007 85",)
QUESTION = (f"Asiakkaani {NAMES[0]} {IDS[2]}, {IDS[0]} (puh. {PHONES[0]}, {EMAILS[0]}, tili {IBANS[0]}): "
            f"{FINNISH_QUESTION}")
FOLLOW_UP = f"Entä jos isä {IDS[1]} soittaa numerosta {PHONES[1]}?"
COMMENT = (f"Lähde ei täsmää. Soita {PHONES[1]} tai kirjoita {EMAILS[1]}; isän hetu {IDS[1]}, tili {IBANS[0]}, "
           f"lapsi {NAMES[0]}.")


def forms(value: str) -> set[bytes]:
    """The value as typed, without spaces and dashes, as digits only, and an e-mail's local part."""
    out = {value, re.sub(r"[\s-]", "", value)}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7:
        out.add(digits)
    if "@" in value:
        out.add(value.split("@")[0])
    return {v.encode("utf-8") for v in out} | {v.lower().encode("utf-8") for v in out}


SECRETS = {form: value for value in (*IDS, *PHONES, *EMAILS, *IBANS, *NAMES) for form in forms(value)}


def leaks(raw: bytes) -> list[str]:
    return sorted({f"{form.decode()} (of {value})" for form, value in SECRETS.items() if form in raw})


class FailingAnswerer(Answerer):
    """Fails the way a library can: with the input quoted in the error message."""

    name = "failing"

    def generate(self, question: str, passages: list, language: str) -> Iterator:
        raise ValueError(f"1 validation error for Prompt: input_value={question!r} is too long")


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """The app's logging (``assistant.cli.configure_logging(2)``: debug) writing into a file."""
    from assistant.cli import configure_logging

    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved_levels = {name: lg.level for name, lg in logging.root.manager.loggerDict.items()
                    if isinstance(lg, logging.Logger)}
    path = tmp_path / "assistant.log"
    stream = path.open("w", encoding="utf-8")
    root.handlers = []  # configure_logging uses basicConfig, which does nothing if a handler is set
    real_stderr, sys.stderr = sys.stderr, stream
    try:
        configure_logging(2)
    finally:
        sys.stderr = real_stderr
    ours = root.handlers[:]
    assert ours and root.level == logging.DEBUG
    root.handlers += saved_handlers  # pytest's own capture keeps working
    yield path
    for handler in ours:
        handler.flush()
        root.removeHandler(handler)
    stream.close()
    root.setLevel(saved_level)
    for name, lg in logging.root.manager.loggerDict.items():
        if isinstance(lg, logging.Logger):
            lg.setLevel(saved_levels.get(name, logging.NOTSET))


@pytest.fixture(scope="module")
def knowledge(ui_knowledge):
    """The UI tests' knowledge base, embedded once per session (tests/conftest.py); this test only reads it
    and writes its own feedback file."""
    return ui_knowledge.home, ui_knowledge.store


def handlers(settings, assistant, feedback) -> dict[str, Any]:
    """The functions the built app calls for its events, by name (``screen``, ``respond``, ...)."""
    from ui.app import build_app

    demo = build_app(settings, assistant, feedback)
    return {block_fn.fn.__name__: block_fn.fn for block_fn in demo.fns.values() if block_fn.fn is not None}


def chat(fns: dict[str, Any], question: str, state: tuple[list, list, list]) -> tuple[list, list, list]:
    """Type ``question``, see the privacy warning, press "send anyway" and confirm; returns (chat, asked, given)."""
    outgoing, held, found, warning, warning_md, *_ = fns["screen"](question, "fi")
    assert outgoing == "" and held == question and warning["visible"] is True, "the message must be held back"
    assert not leaks(warning_md.encode()), "the warning shows the redacted text"
    unconfirmed, *_, confirm, confirm_md, _ = fns["release"](held, found, [], "fi")  # send anyway: every mark off
    assert unconfirmed == "" and confirm["visible"] is True, "unmarked data waits for a second confirmation"
    outgoing, *_ = fns["release"](held, found, [], "fi", True)  # confirmed: the held text as is
    assert outgoing == question
    chat_, asked, given = state
    last = None
    for last in fns["respond"](outgoing, chat_, asked, given, "*", "*", "fi"):
        pass
    assert last is not None
    chat_, _, asked, given, *_ = last
    return chat_, asked, given


def test_logs_and_feedback_never_hold_personal_data_in_clear(knowledge, debug_log: Path) -> None:
    from assistant.fakes.llm_server import FakeLlmServer, default_reply
    from assistant.feedback import open_feedback
    from assistant.pipeline import Assistant
    from assistant.render import answer_text
    from assistant.settings import load_settings

    home, store = knowledge
    feedback = open_feedback(home / "feedback-under-test.sqlite3")
    logging.getLogger("tests.privacy").debug("debug records reach the file")
    with FakeLlmServer() as server:
        # The LLM echoes what it was given, as a careless model would: in its rewrite of the follow-up,
        # and in its answer to it, after a quoted, cited sentence (so the answer is shown, the echo flagged).
        server.replies += [default_reply, f"{FINNISH_QUESTION} ({IDS[1]}, {PHONES[1]})",
                           lambda messages: f"{default_reply(messages)} Asiakkaasi {IDS[0]} puhelinnumerolla "
                                            f"{PHONES[0]} voidaan ohjata [1]."]
        answerers = {
            "extractive": load_settings(home=home),
            "openai": load_settings(home=home, answerer="openai", llm_base_url=f"{server.url}/v1",
                                    llm_model="fake-model"),
        }
        stored = 0
        for name, settings in answerers.items():
            fns = handlers(settings, Assistant(settings, store), feedback)
            state = chat(fns, QUESTION, ([], [], []))
            chat_, asked, given = chat(fns, FOLLOW_UP, state)
            assert len(given) == 2 and given[0].question == QUESTION, name
            if name == "openai":
                assert IDS[0] in answer_text(given[-1]), "the echo is in the answer the feedback refers to"
            status, *_ = fns["store_feedback"](given, "down", True, COMMENT, "fi")
            assert "Kiitos" in status, status
            stored += 1
            api_answer = fns["ask"](QUESTION, "", json.dumps([QUESTION]))  # the API screens what it takes
            assert api_answer["question"].startswith("Asiakkaani [NAME] [ID], [ID] (puh. [PHONE], [EMAIL], "
                                                     "tili [IBAN])"), api_answer["question"]
            assert [r["kind"] for r in api_answer["redacted"]] == ["name", "id_code", "id_code", "phone", "email",
                                                                   "iban"]
            assert not leaks(json.dumps(api_answer, ensure_ascii=False).encode())
        assert any(IDS[0] in json.dumps(r["body"], ensure_ascii=False) for r in server.requests), \
            "the personal data really went through the flow"

        failing = handlers(load_settings(home=home), Assistant(load_settings(home=home), store, FailingAnswerer()),
                           feedback)
        chat_, asked, given = chat(failing, QUESTION, ([], [], []))
        assert given == [] and "input_value" not in chat_[-1]["content"]

    for handler in logging.getLogger().handlers:
        handler.flush()
    log_bytes = debug_log.read_bytes()
    assert b"debug records reach the file" in log_bytes and b"answering failed" in log_bytes
    assert b"Traceback" in log_bytes and b"input_value=" in log_bytes, "the failure was logged with its error"
    assert not leaks(log_bytes), f"the log holds personal data: {leaks(log_bytes)}"

    entries = feedback.entries()
    assert len(entries) == stored == 2
    assert all("[ID]" in e.question and "[PHONE]" in e.comment and "[EMAIL]" in e.comment and "[NAME]" in e.comment
               for e in entries)
    assert any("[ID]" in e.answer for e in entries), "the echoed answer is stored redacted"
    files = sorted(feedback.path.parent.glob(feedback.path.name + "*"))
    assert feedback.path in files and any(f.name.endswith("-wal") for f in files), files
    for path in files:
        assert not leaks(path.read_bytes()), f"{path.name} holds personal data: {leaks(path.read_bytes())}"
