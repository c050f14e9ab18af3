"""Tesseract, the OCR engine: one ``tesseract`` process per page image, its words and their confidences.

Debian's ``tesseract-ocr`` with ``-fin``, ``-swe`` and ``-eng`` (``make ocr``). The image goes in on
standard input as PGM and the words come back as TSV on standard output: no temporary files. Each
process is held to one thread (``OMP_THREAD_LIMIT=1``): the pool runs one process per core, and
Tesseract's own OpenMP threads would only fight over the same cores.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

TESSERACT_LANGUAGES = {"fi": "fin", "sv": "swe", "en": "eng"}
"""Tesseract's language data for each document language."""
ANY_LANGUAGE = "+".join(TESSERACT_LANGUAGES.values())
"""The first pass on a document whose language is not known."""
PACKAGES = "tesseract-ocr " + " ".join(f"tesseract-ocr-{code}" for code in TESSERACT_LANGUAGES.values())
ORIENTATION_DATA = "osd"

# The Finnish and Swedish models have no "§" in their character set (Debian's tessdata 4.1): they read
# the mark as "8", "&" or "$". After a section number ("25 §", "25 a §:n", "3 §:ssä") it can be nothing
# else, so there it is put back; a number after a number ("1 8") stays.
_SECTION_MARK = re.compile(r"(?<![\w.,])(\d{1,3}(?: [a-g])?) [8&$](?=(?::[a-zåäö]+)?(?:[\s.,;:)]|$))")
NO_SECTION_MARK = {"fin", "swe"}


class EngineMissing(RuntimeError):
    """Tesseract, or the language data a page needs, is not installed: nothing can be read."""


class PageUnreadable(RuntimeError):
    """Tesseract failed on one page (a crash, a timeout): that page is not read."""


@dataclass
class Recognised:
    """What Tesseract read on one page image."""

    text: str  # lines joined by "\n" (Tesseract's paragraphs break inside sentences, so they are not kept)
    confidence: float  # mean word confidence, 0-100 (0 when no word)
    words: int


def _command() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise EngineMissing(f"Tesseract is not installed: sudo apt-get install {PACKAGES} (or `make ocr`)")
    return path


@functools.lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    """The language data Tesseract has (``tesseract --list-langs``); EngineMissing when there is no Tesseract."""
    try:
        listed = subprocess.run([_command(), "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineMissing(f"Tesseract does not start ({exc})") from exc
    return frozenset(line.strip() for line in listed.stdout.splitlines()[1:] if line.strip())


def require_languages(codes: str) -> None:
    """EngineMissing naming the Debian package when one of ``codes`` ("fin+eng") is not installed."""
    have = installed_languages()
    missing = [code for code in codes.split("+") if code not in have]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise EngineMissing(f"Tesseract has no language data {', '.join(missing)}: sudo apt-get install {packages}")


def _run(args: list[str], image: Image.Image, timeout: float) -> str:
    buffer = io.BytesIO()
    image.convert("L").save(buffer, "PPM")  # binary PGM: Leptonica reads it at once, no compression to undo
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run([_command(), "stdin", "stdout", *args], input=buffer.getvalue(), capture_output=True,
                              timeout=max(timeout, 0.1), env=env)
    except subprocess.TimeoutExpired:
        raise PageUnreadable(f"Tesseract took over {timeout:.0f} s") from None
    except OSError as exc:
        raise EngineMissing(f"Tesseract does not start ({exc})") from exc
    if done.returncode != 0:
        detail = " ".join(done.stderr.decode("utf-8", "replace").split())[-300:]
        raise PageUnreadable(f"Tesseract failed (exit status {done.returncode}: {detail or 'no message'})")
    return done.stdout.decode("utf-8", "replace")


def recognise(image: Image.Image, languages: str, dpi: int, timeout: float) -> Recognised:
    """The text of a page image read in ``languages`` ("fin", "fin+swe+eng"), with its mean word confidence."""
    tsv = _run(["-l", languages, "--dpi", str(dpi), "--psm", "3", "tsv"], image, timeout)
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if confidence < 0:
            continue
        block, paragraph, line = cells[2], cells[3], cells[4]
        lines.setdefault((block, paragraph, line), []).append(cells[11].strip())
        confidences.append(confidence)
    text = "\n".join(" ".join(words) for words in lines.values())
    if set(languages.split("+")) <= NO_SECTION_MARK:
        text = restore_section_marks(text)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return Recognised(text=text.strip(), confidence=mean, words=len(confidences))


def restore_section_marks(text: str) -> str:
    """"25 8:n" -> "25 §:n", "25 a & ..." -> "25 a § ...": the mark the fin and swe models cannot read."""
    return _SECTION_MARK.sub(r"\1 §", text)


def orientation(image: Image.Image, timeout: float) -> int:
    """Degrees to turn the image clockwise to make its text upright (0, 90, 180, 270); 0 when unsure.

    Tesseract's orientation and script detection (``--psm 0``, the ``osd`` data Debian's tesseract-ocr brings)
    works on a half-size copy as well as on the full image, in half the time."""
    if ORIENTATION_DATA not in installed_languages():
        return 0
    half = image.resize((max(1, image.width // 2), max(1, image.height // 2)))
    try:
        out = _run(["--psm", "0"], half, timeout)
    except PageUnreadable:  # "too few characters": no text to turn
        return 0
    match = re.search(r"^Rotate: (\d+)", out, re.MULTILINE)
    return int(match.group(1)) % 360 if match else 0
