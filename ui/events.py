"""Options shared by the UI's event listeners."""

from __future__ import annotations

# UI events are not part of the public API (only ``ask`` is).
PRIVATE = {"api_visibility": "private"}
# Instant updates (relabelling, showing a panel): no spinner or timer over the widgets.
QUIET = {**PRIVATE, "show_progress": "hidden"}
# Work the user waits for: a small indicator, without dimming the widget.
BUSY = {**PRIVATE, "show_progress": "minimal"}
