"""Options shared by the UI's event listeners, and their one error boundary (``guarded``)."""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

log = logging.getLogger(__name__)
Handler = TypeVar("Handler", bound=Callable[..., Any])

# UI events are not part of the public API (only ``ask`` is).
PRIVATE = {"api_visibility": "private"}
# Instant updates (relabelling, showing a panel): no spinner or timer over the widgets.
QUIET = {**PRIVATE, "show_progress": "hidden"}
# Work the user waits for: a small indicator, without dimming the widget.
BUSY = {**PRIVATE, "show_progress": "minimal"}


# --- the one error boundary of the UI's event handlers -------------------------------------------
def error_message(exc: BaseException, ui_lang: str, key: str = "answer_error") -> str:
    """What the user reads: an AssistantError says what is wrong (``key`` frames it); anything else is
    logged with its traceback and shown as a generic failure (never the error's text: it may quote input)."""
    from assistant.errors import AssistantError
    from ui.strings import text

    if isinstance(exc, AssistantError):
        return text(key, ui_lang, error=str(exc))
    log.error("answering failed", exc_info=exc)
    return text("answer_failed", ui_lang)


def _ui_language(args: tuple[Any, ...]) -> str:
    from ui.strings import UI_LANGUAGES

    return next((a for a in reversed(args) if isinstance(a, str) and a in UI_LANGUAGES), UI_LANGUAGES[0])


def guarded(on_error: Callable[..., Any], key: str = "answer_error") -> Callable[[Handler], Handler]:
    """Wrap an event handler (a function or a generator) so that no error escapes it: the error becomes
    ``on_error(message, *args)``, the handler's outputs showing the message in the UI language (the
    handler's last argument that is one)."""

    def wrap(handler: Handler) -> Handler:
        if inspect.isgeneratorfunction(handler):
            @functools.wraps(handler)
            def generator(*args: Any) -> Iterator[Any]:
                try:
                    yield from handler(*args)
                except Exception as exc:  # the boundary: show a message, keep the session usable
                    yield on_error(error_message(exc, _ui_language(args), key), *args)
            return generator

        @functools.wraps(handler)
        def function(*args: Any) -> Any:
            try:
                return handler(*args)
            except Exception as exc:  # the boundary: show a message, keep the session usable
                return on_error(error_message(exc, _ui_language(args), key), *args)
        return function

    return wrap
