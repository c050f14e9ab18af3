"""A tiny made-up knowledge base for the UI tests: a few short Markdown documents (one of type
contacts, one practice record with discussion questions) and a two-page PDF made with reportlab;
``write_knowledge`` adds a made statute (Finlex XML) and, where Tesseract is installed, a one-page
scan, so source cards show a statute's facts and the scanned-page note. Small on purpose: the real
embedding model embeds a handful of passages per second."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

FINNISH_QUESTION = "Kuka voi tehdä esityksen ihmiskaupan uhrien auttamisjärjestelmään?"
PDF_SOURCE = "pdf/auttamisjarjestelma-opas.pdf"
PDF_TITLE = "Auttamisjärjestelmän opas ammattilaisille"
RECORD_SOURCE = "practice-records/harjoitus-ravintola.fi.md"
RECORD_TITLE = "Harjoitustapaus: Ravintolan keittiö"
RECORD_QUESTIONS = [
    "Mitkä merkit viittasivat työperäiseen hyväksikäyttöön?",
    "Kenelle ilmoitus olisi pitänyt tehdä ensin?",
    "Milloin lapsi ohjataan ihmiskaupan uhrien auttamisjärjestelmään?",
]

DOCS: dict[str, str] = {
    "contacts/yhteystiedot.fi.md": """---
title: Hätä- ja tukinumerot
language: fi
type: contacts
---
# Hätä- ja tukinumerot

## Hätänumero 112
Soita hätänumeroon 112, kun lapsi voi olla välittömässä vaarassa. Hätänumeroon 112 soittaminen on maksutonta ja numero vastaa ympäri vuorokauden.
""",
    "guides/lastensuojeluilmoitus.fi.md": """---
title: Lastensuojeluilmoitus
language: fi
type: guide
reviewed: 2024-01-15
---
# Lastensuojeluilmoitus

## Kuka tekee ilmoituksen
Sosiaali- ja terveydenhuollon ammattilaisen on tehtävä lastensuojeluilmoitus viipymättä, jos hän saa tietää lapsesta, jonka hoidon ja huolenpidon tarve edellyttää lastensuojelun tarpeen selvittämistä. Ilmoitusvelvollisuus koskee salassapitosäännösten estämättä.
""",
    "guides/indicators.en.md": """---
title: Indicators of trafficking in children
language: en
type: guide
---
# Indicators of trafficking in children

## Signs at school
A child who is often absent, exhausted, has unexplained money or gifts, or is controlled by an older person may be exploited. Professionals should ask who benefits from the child's work or sexual exploitation.
""",
    RECORD_SOURCE: f"""---
title: "{RECORD_TITLE}"
language: fi
type: practice-record
---
# {RECORD_TITLE}

Kuvitteellinen koulutustapaus.

## Tilanne
Aram on 16-vuotias ja työskentelee sukulaisensa ravintolan keittiössä iltaisin ja öisin. Hän ei saa palkkaa ja nukkuu ravintolan varastossa.

## Mitä tehtiin
Kouluterveydenhoitaja teki lastensuojeluilmoituksen ja ilmoituksen poliisille samana päivänä.

## Keskustelukysymykset
1. {RECORD_QUESTIONS[0]}
2. {RECORD_QUESTIONS[1]}
3. {RECORD_QUESTIONS[2]}

## Lähteet
- Lastensuojelulaki 417/2007, 25 §.
""",
}

# A made statute (the act number is none of Finland's) and a scanned decision on the same question: a
# source card of each (tests/test_ui_app.py).
CARDS_QUESTION = "Milloin sosiaalityöntekijän on tavattava kiireellisesti sijoitettu lapsi?"
STATUTE_SOURCE, STATUTE_ACT = "finlex/asd20249999.xml", "9999/2024"
STATUTE_TEXT = ("Kiireellisesti sijoitetun lapsen asioista vastaavan sosiaalityöntekijän on tavattava lapsi "
                "kolmen vuorokauden kuluessa sijoituksesta.")
SCAN_SOURCE = "scans/sijoituspaatos.pdf"
SCAN_TEXT = ("Kiireellinen sijoitus. Sosiaalityöntekijä tapaa kiireellisesti sijoitetun lapsen kolmen "
             "vuorokauden kuluessa sijoituksesta ja kirjaa tapaamisen asiakaskertomukseen.")

UPLOAD_NAME = "uusi-ohje.fi.md"
UPLOAD_TITLE = "Uusi ohje: edunvalvoja ilman huoltajaa olevalle lapselle"
UPLOAD_DOC = f"""---
title: "{UPLOAD_TITLE}"
language: fi
type: guide
---
# {UPLOAD_TITLE}

## Edunvalvojan määrääminen
Ilman huoltajaa Suomessa olevalle lapselle määrätään edustaja viipymättä. Edustaja valvoo lapsen etua turvapaikkamenettelyssä.
"""


def make_pdf() -> bytes:
    """A two-page Finnish PDF; the answer to FINNISH_QUESTION is on page 2."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    pdf.setTitle(PDF_TITLE)
    pages = [
        [PDF_TITLE, "", "Tämä opas kertoo ihmiskaupan uhrien auttamisjärjestelmästä.",
         "Opas on tarkoitettu sosiaali- ja terveydenhuollon ammattilaisille."],
        ["Esitys auttamisjärjestelmään", "",
         "Esityksen ihmiskaupan uhrien auttamisjärjestelmään voi tehdä kuka tahansa viranomainen,",
         "järjestö tai ammattilainen, ja uhri voi hakeutua järjestelmään myös itse.",
         "Auttamisjärjestelmä toimii Joutsenon vastaanottokeskuksen yhteydessä."],
    ]
    for lines in pages:
        y = 780
        for line in lines:
            pdf.setFont("Helvetica", 12)
            pdf.drawString(72, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def corpus() -> dict[str, str | bytes]:
    """The files of the test knowledge base, for the ``make_folder`` fixture or a plain folder."""
    return {**DOCS, PDF_SOURCE: make_pdf()}


def write_knowledge(folder: Path) -> bool:
    """The corpus, the made statute and (where Tesseract reads Finnish: ``make ocr``) the scan into
    ``folder``; whether the scan is there."""
    from docs_factory import make_finlex_act, write_files
    from evals.scans import Page, write_pdf

    write_files(folder, corpus())
    make_finlex_act(folder / STATUTE_SOURCE, STATUTE_ACT, "lastensuojelulain muuttamisesta",
                    "Eduskunnan päätöksen mukaisesti muutetaan lastensuojelulain (417/2007) 38 § seuraavasti:",
                    {"38 §": STATUTE_TEXT})
    scanned = _tesseract_reads_finnish()
    if scanned:
        write_pdf(folder / SCAN_SOURCE, [Page(SCAN_TEXT)], language="fi")
    return scanned


def _tesseract_reads_finnish() -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return "fin" in listed.stdout.split()
