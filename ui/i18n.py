"""Switching every UI string between fi, sv and en at run time.

Components are built with the default language's text and registered with ``Translator.bind``,
naming the catalogue key of each property (``label``, ``value``, ``placeholder``, ``info``) or a
function of the language (for ``choices``). One event then relabels them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from ui.strings import text

Binding = str | Callable[[str], Any]


class Translator:
    """Remembers which component shows which catalogue string."""

    def __init__(self, default: str = "fi") -> None:
        self.default = default
        self._bound: list[tuple[gr.components.Component, dict[str, Binding]]] = []

    def bind(self, component: Any, **props: Binding) -> Any:
        """Register ``component``; each keyword is a property and its catalogue key (or a function)."""
        self._bound.append((component, props))
        return component

    def t(self, key: str, **fmt: Any) -> str:
        """The default language's text, for building components."""
        return text(key, self.default, **fmt)

    @property
    def components(self) -> list[Any]:
        return [component for component, _ in self._bound]

    def updates(self, lang: str) -> list[Any]:
        """One ``gr.update`` per bound component, in ``components`` order."""
        out = []
        for _component, props in self._bound:
            values = {prop: (binding(lang) if callable(binding) else text(binding, lang))
                      for prop, binding in props.items()}
            out.append(gr.update(**values))
        return out
