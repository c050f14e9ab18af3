"""Plain-text rendering of an Answer for the terminal (the UI renders the same object as widgets)."""

from __future__ import annotations

from assistant.answer import Answer


def render_text(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append({"fi": "Lähteet:", "sv": "Källor:"}.get(answer.language, "Sources:"))
        for c in answer.citations:
            where = f"{c.title} — {c.locator}"
            lines.append(f"[{c.n}] {where} ({c.source})")
            lines.append(f"    “{c.quote}”")
    return "\n".join(lines)
