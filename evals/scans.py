"""Scanned documents made on the spot: known Finnish, Swedish and English text drawn into page images
(PIL, Debian's DejaVu fonts) and wrapped as image-only or mixed PDFs (reportlab), with the character
accuracy of what OCR reads back. The OCR tests (tests/test_ocr.py) and the OCR benchmark
(``python -m evals.benchmarks.ocr``) both build their documents here; nothing is shipped or downloaded.
"""

from __future__ import annotations

import io
import random
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # fonts-dejavu-core (make browser)
FONT = "DejaVuSerif.ttf"
DPI = 300
A5 = (5.83, 8.27)  # inches: small pages keep the tests cheap
A4 = (8.27, 11.69)

# Known text per language, with the letters and marks OCR must keep (ä, ö, å, §).
TEXTS = {
    "fi": "Lastensuojelulain 25 §:n mukaan sosiaali- ja terveydenhuollon ammattilaisen on tehtävä "
          "lastensuojeluilmoitus viipymättä, jos hän saa tietää lapsesta, jonka hoidon tarve on "
          "selvitettävä. Ilmoitusvelvollisuus koskee myös yöaikaa. Päivystävä sosiaalityöntekijä "
          "arvioi lapsen tilanteen heti, ja lapsen etu on ensisijainen kaikissa päätöksissä.",
    "sv": "Enligt 25 § barnskyddslagen ska en yrkesperson inom social- och hälsovården göra en "
          "barnskyddsanmälan utan dröjsmål. Anmälningsplikten gäller även på natten. Socialjouren "
          "i Åbo svarar dygnet runt, och barnets bästa går före allt annat i varje beslut som fattas.",
    "en": "Under section 25 § of the Child Welfare Act, a professional in social and health care must "
          "notify the child welfare authority without delay. The duty to notify applies at night as "
          "well. The social emergency service answers around the clock, and the best interests of "
          "the child come first in every decision.",
}
# A sentence that exists only on a scanned page of the mixed document (the end-to-end test asks about it).
SCANNED_ONLY_FACT = ("The emergency social services of Turku keep a night duty of two social workers, "
                     "and a child placed in an emergency is visited by the social worker within 72 hours.")


def normalised(text: str) -> str:
    """One space between words, NFC: layout is not what character accuracy measures."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def character_accuracy(expected: str, recognised: str) -> float:
    """1 - (Levenshtein distance / length of ``expected``), on normalised text; 0 at worst."""
    a, b = normalised(expected), normalised(recognised)
    if not a:
        return 1.0 if not b else 0.0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return max(0.0, 1 - previous[-1] / len(a))


def page_image(text: str, size: tuple[float, float] = A5, point: int = 12, width_chars: int = 52,
               noise: int = 0, seed: int = 0) -> Image.Image:
    """``text`` drawn black on white at DPI, wrapped at ``width_chars``; ``noise`` specks of scanner dust."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (int(size[0] * DPI), int(size[1] * DPI)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / FONT), int(point * DPI / 72))
    y = int(0.8 * DPI)
    for paragraph in text.split("\n"):
        for line in textwrap.wrap(paragraph, width_chars) or [""]:
            draw.text((int(0.7 * DPI), y), line, font=font, fill=0)
            y += int(point * 1.5 * DPI / 72)
        y += int(point * DPI / 72)
    rng = random.Random(seed)
    for _ in range(noise):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        draw.point((x, y), fill=rng.randrange(0, 100))
    return image


@dataclass
class Page:
    """One page of a made PDF: ``text`` drawn as text (a text layer) or as an image (a scan)."""

    text: str = ""
    scanned: bool = True
    rotate: int = 0  # degrees the scanned image lies turned counter-clockwise on the page
    blank: bool = False  # a scanned empty page (a few specks of dust)


def pdf_bytes(pages: list[Page], size: tuple[float, float] = A5, language: str | None = None) -> bytes:
    """A PDF of text pages and scanned pages (images only), in order; ``language`` sets /Lang."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    points = (size[0] * 72, size[1] * 72)
    pdf = canvas.Canvas(buffer, pagesize=points, lang=language, invariant=1)
    for number, page in enumerate(pages, 1):
        if page.scanned:
            image = page_image("" if page.blank else page.text, size, noise=40 if page.blank else 0, seed=number)
            if page.rotate:
                image = image.rotate(page.rotate, expand=True)
            pdf.setPageSize((image.width * 72 / DPI, image.height * 72 / DPI))
            pdf.drawImage(ImageReader(image), 0, 0, width=image.width * 72 / DPI, height=image.height * 72 / DPI)
        else:
            pdf.setPageSize(points)
            pdf.setFont("DejaVu", 11) if _dejavu_registered() else pdf.setFont("Helvetica", 11)
            y = points[1] - 72
            for line in textwrap.wrap(page.text, 70):
                pdf.drawString(54, y, line)
                y -= 15
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _dejavu_registered() -> bool:
    """DejaVu Sans for the text pages: Helvetica has no glyph for some letters (§ it has; ä, ö, å too)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    return True


def write_pdf(path: Path, pages: list[Page], **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages, **kwargs))
    return path
