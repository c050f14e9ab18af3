"""The PDFs in knowledge/ are what their Markdown sources in knowledge/pdf-sources render to.

The Markdown is what maintainers edit and what the fact checks read; the PDF is what professionals are
quoted from. A correction made in one and not rebuilt into the other would serve the old wording."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parents[1] / "knowledge" / "pdf-sources" / "build.py"


def test_every_knowledge_pdf_is_built_from_its_current_markdown_source() -> None:
    done = subprocess.run([sys.executable, str(BUILD), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"rebuild with `python {BUILD.relative_to(BUILD.parents[2])}`:\n{done.stdout}{done.stderr}"
    assert done.stdout.count("unchanged ") == len(list(BUILD.parent.glob("*.md")))
