"""Make test documents in temporary folders: good ones of every format, and every kind of bad one.

Every helper writes one file (or link) at ``path`` and returns the path. Texts are small on
purpose: each good document embeds into a handful of chunks.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import yaml

# Three pages of Finnish text with the letters and marks that loaders must keep (ä ö å §).
FINNISH_PAGES = [
    "Lastensuojelulain 25 §:n mukaan sosiaali- ja terveydenhuollon ammattilaisen on tehtävä "
    "lastensuojeluilmoitus viipymättä. Ilmoitusvelvollisuus koskee myös yöaikaa. "
    "Åbolands sosiaalipäivystys vastaa ympäri vuorokauden.",
    "Rikoslain 25 luvun 3 § koskee ihmiskauppaa. Lapsen kohdalla keinoa ei tarvitse osoittaa. "
    "Poliisi ja sosiaalitoimi tekevät yhteistyötä heti epäilyn herättyä.",
    "Ihmiskaupan uhrien auttamisjärjestelmä antaa tukea myös lapsille. Tukeen kuuluu "
    "turvallinen majoitus, oikeudellinen neuvonta ja psykososiaalinen apu.",
]
RUNNING_HEADER = "Lastensuojelun käsikirja – työversio"
RUNNING_FOOTER = "Sivu {page} / {pages}"


# --- PDF ------------------------------------------------------------------------------------------
def pdf_bytes(pages: list[str], *, header: str | None = RUNNING_HEADER, footer: str | None = RUNNING_FOOTER,
              title: str | None = None) -> bytes:
    """A text PDF, one string per page, with a running header and a numbered footer on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    if title:
        pdf.setTitle(title)
    width, height = A4
    for number, text in enumerate(pages, 1):
        if header:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(72, height - 40, header)
        pdf.setFont("Helvetica", 11)
        y = height - 90
        for line in _wrap(text, 80):
            pdf.drawString(72, y, line)
            y -= 15
        if footer:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(width / 2 - 30, 30, footer.format(page=number, pages=len(pages)))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_pdf(path: Path, pages: list[str] | None = None, **kwargs) -> Path:
    return _write(path, pdf_bytes(pages or FINNISH_PAGES, **kwargs))


def make_encrypted_pdf(path: Path, password: str = "salasana") -> Path:
    """A PDF that opens only with a user password."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes(FINNISH_PAGES))))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return _write(path, buffer.getvalue())


def make_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """Pages with only drawn shapes and a bitmap: what a scan without OCR looks like."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        pdf.setFillColorRGB(0.8, 0.8, 0.8)
        pdf.rect(72, 400, 300, 200, fill=1)
        pdf.drawImage(ImageReader(_tiny_png()), 100, 100, width=120, height=120)
        pdf.showPage()
    pdf.save()
    return _write(path, buffer.getvalue())


def make_truncated_pdf(path: Path) -> Path:
    """The first 40 % of a real PDF: a download that broke off."""
    data = pdf_bytes(FINNISH_PAGES)
    return _write(path, data[: int(len(data) * 0.4)])


# --- office, web and text formats -----------------------------------------------------------------
def make_docx(path: Path, title: str, sections: list[tuple[int, str, list[str]]],
              table: list[list[str]] | None = None) -> Path:
    """A Word document: ``title`` as the Title paragraph, then (heading level, heading, paragraphs)."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    for level, heading, paragraphs in sections:
        document.add_heading(heading, level=level)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return _write(path, buffer.getvalue())


def make_html(path: Path, *, lang: str = "fi") -> Path:
    """A web page with the noise a saved page carries: scripts, styles, navigation, header, footer."""
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>Lastensuojeluilmoitus – ohje</title>
  <style>body {{ font-family: sans-serif; }} .secret-style {{ color: red; }}</style>
  <script>var trackingScript = "do not index me";</script>
</head>
<body>
  <header>Sivuston ylätunniste ja haku</header>
  <nav><a href="/">Etusivu</a> <a href="/menu">Valikkolinkki</a></nav>
  <main>
    <h1>Lastensuojeluilmoitus</h1>
    <p>Ilmoitus tehdään viipymättä, kun lapsen tilanne huolestuttaa.</p>
    <h2>Kuka ilmoittaa</h2>
    <p>Ammattilaisen ilmoitusvelvollisuus koskee salassapitosäännösten estämättä.</p>
    <script>console.log("inline script in main");</script>
    <h3>Kiireellinen tilanne</h3>
    <p>Välittömässä vaarassa soitetaan hätänumeroon 112.</p>
  </main>
  <footer>Alatunniste © 2025</footer>
</body>
</html>
"""
    return _write(path, html.encode("utf-8"))


def markdown_text(front_matter: dict | None, body: str) -> str:
    if front_matter is None:
        return body
    return f"---\n{yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False)}---\n{body}"


def make_markdown(path: Path, front_matter: dict | None, body: str) -> Path:
    return _write(path, markdown_text(front_matter, body).encode("utf-8"))


def small_guide(title: str, language: str = "en", words: str = "", **extra) -> str:
    """A short Markdown guide (one or two chunks) with front matter."""
    meta = {"title": title, "language": language, "type": "guide", **extra}
    body = (f"# {title}\n\n## Summary\n{words or 'A child who may be a victim of trafficking gets help at once.'}\n\n"
            "## Contacts\nCall the emergency number 112 when a child is in immediate danger.\n")
    return markdown_text(meta, body)


# --- bad input ------------------------------------------------------------------------------------
def make_zip_bomb_docx(path: Path, inflated_mb: int = 8) -> Path:
    """A zip that calls itself .docx, with one member of zeros that inflates ~1000 times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (inflated_mb * 1024 * 1024))
    return _write(path, buffer.getvalue())


def make_invalid_utf8_txt(path: Path) -> Path:
    """Latin-1 text saved by an old editor: 'ä' is the single byte 0xE4."""
    return _write(path, "Lapsen etu on ensisijainen. Päätös tehdään heti.\n".encode("latin-1"))


def make_binary(path: Path) -> Path:
    """Binary bytes (NULs) behind a text extension."""
    return _write(path, bytes(range(256)) * 8)


def make_empty(path: Path) -> Path:
    return _write(path, b"")


def make_oversize(path: Path, kilobytes: int) -> Path:
    """Valid text just over a size limit set with ASSISTANT_MAX_FILE_MB."""
    line = "Lapsen etu on ensisijainen kaikissa lastensuojelun päätöksissä.\n"
    repeats = kilobytes * 1024 // len(line.encode()) + 1
    return _write(path, (line * repeats).encode("utf-8"))


def make_symlink_outside(link: Path, target: Path) -> Path:
    """A link inside the synced folder that points at a file outside it."""
    link.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, link)
    return link


def make_malformed_finlex(path: Path) -> Path:
    """Finlex XML (its namespace is there) cut off in the middle of an element."""
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<asi:AsiakirjaKooste xmlns:asi="http://www.vn.fi/skeemat/asiakirjakooste/2010/04/27" '
           'xmlns:saa="http://www.vn.fi/skeemat/saadoskooste/2010/04/27">\n'
           '<saa:SaadosOsa><saa:Pykala><saa:PykalaTunnusKooste>3 §</saa:PykalaTunnusKooste>\n'
           '<saa:MomenttiKooste>Ihmiskaupasta tuomitaan')
    return _write(path, xml.encode("utf-8"))


ODD_NAME = "Lapsen 'oikeudet' – \"ohje\" ä ö å.md"
# Names a sync must keep exactly: spaces, Nordic letters, an emoji, a leading dash, a newline, a
# backslash, and 255 bytes (the usual file-name limit) of two-byte letters.
ODD_NAMES = ["odd names/two  spaces .md", "odd names/äiti ja isä – ÅÖ.md", "odd names/lapsi 🧒 emoji.md",
             "odd names/-leading-dash.md", "odd names/new\nline.md", "odd names/back\\slash.md",
             "odd names/" + "ä" * 125 + "xx.md"]
FINLEX_NAMESPACES = ('xmlns:asi="http://www.vn.fi/skeemat/asiakirjakooste/2010/04/27" '
                     'xmlns:saa="http://www.vn.fi/skeemat/saadoskooste/2010/04/27"')
# Ten levels of ten references: expanded, "&lol9;" would be 10^9 copies of "lol".
BILLION_LAUGHS = "[<!ENTITY lol0 \"lol\">" + "".join(
    f"<!ENTITY lol{n} \"{f'&lol{n - 1};' * 10}\">" for n in range(1, 10)) + "]"
HOSTILE_MARKERS = ["SCRIPT-TEXT", "STYLE-TEXT", "IFRAME-TEXT", "NOSCRIPT-TEXT", "TEMPLATE-TEXT", "OBJECT-TEXT",
                   "SVG-SCRIPT", "COMMENT-TEXT", "ONCLICK-TEXT", "javascript:"]


def make_zero_page_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty."""
    import pypdf

    buffer = io.BytesIO()
    pypdf.PdfWriter().write(buffer)
    return _write(path, buffer.getvalue())


def make_broken_xref_pdf(path: Path) -> Path:
    """A PDF whose cross-reference table and its pointer are damaged (a bad transfer or edit)."""
    return _write(path, pdf_bytes(FINNISH_PAGES).replace(b"xref", b"xrex"))


def make_docx_without_document(path: Path) -> Path:
    """A zip that looks like a DOCX (content types, relationships) but has no main document part."""
    return _write(path, _rezip(_docx_bytes(), drop="word/document.xml"))


def make_truncated_docx(path: Path) -> Path:
    """The first half of a real DOCX: the zip's central directory is gone."""
    data = _docx_bytes()
    return _write(path, data[: len(data) // 2])


def make_entity_bomb_docx(path: Path) -> Path:
    """A DOCX whose document.xml declares the "billion laughs" entities and uses the biggest."""
    original = zipfile.ZipFile(io.BytesIO(_docx_bytes())).read("word/document.xml").decode()
    head, _, rest = original.partition("?>")
    bomb = f"{head}?><!DOCTYPE w:document {BILLION_LAUGHS}>{rest.replace('Kiireellinen ilmoitus.', '&lol9;')}"
    return _write(path, _rezip(_docx_bytes(), replace={"word/document.xml": bomb.encode()}))


def make_malformed_xml_docx(path: Path) -> Path:
    """A DOCX whose document.xml is cut off mid-element (the zip itself is intact)."""
    original = zipfile.ZipFile(io.BytesIO(_docx_bytes())).read("word/document.xml")
    return _write(path, _rezip(_docx_bytes(), replace={"word/document.xml": original[: len(original) // 2]}))


def make_finlex_entity_bomb(path: Path) -> Path:
    """Finlex XML (namespaces and all) with the "billion laughs" DTD in front."""
    return _write(path, (f'<?xml version="1.0"?>\n<!DOCTYPE asi:AsiakirjaKooste {BILLION_LAUGHS}>\n'
                         + _finlex_body("&lol9;")).encode())


def make_finlex_external_entity(path: Path) -> Path:
    """Finlex XML with an external entity that would read a local file into the index (XXE)."""
    return _write(path, ('<?xml version="1.0"?>\n<!DOCTYPE asi:AsiakirjaKooste '
                         '[<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n' + _finlex_body("&secret;")).encode())


def make_finlex_without_sections(path: Path) -> Path:
    return _write(path, f'<?xml version="1.0"?><asi:AsiakirjaKooste {FINLEX_NAMESPACES}><saa:Saados>'
                        '</saa:Saados></asi:AsiakirjaKooste>'.encode())


def make_finlex_act(path: Path, act: str, title: str, preamble: str, sections: dict[str, str],
                    given: str = "Helsingissä 30 päivänä joulukuuta 2024",
                    in_force: str = "Tämä laki tulee voimaan 1 päivänä huhtikuuta 2025.") -> Path:
    """A small Finnish statute in the Finlex XML structure (as the corpus files have it): act ``act``
    ("9999/2024"), its title, preamble, sections ({"25 §": "text"}), entry into force and signature date."""
    number, year = act.split("/")
    body = "".join(f'<saa:Pykala saa1:pykalaLuokitusKoodi="Pykala"><saa:PykalaTunnusKooste>{mark}'
                   f'</saa:PykalaTunnusKooste><saa:MomenttiKooste>{text}</saa:MomenttiKooste></saa:Pykala>'
                   for mark, text in sections.items())
    xml = (f'<?xml version="1.0" encoding="utf-8"?><vah:VahvistettavaLaki {FINLEX_NAMESPACES} '
           'xmlns:vah="http://www.vn.fi/skeemat/vahvistettavalaki/2010/04/27" '
           'xmlns:asi1="http://www.vn.fi/skeemat/asiakirjaelementit/2010/04/27" '
           'xmlns:met1="http://www.vn.fi/skeemat/metatietoelementit/2010/04/27" '
           'xmlns:saa1="http://www.vn.fi/skeemat/saadoselementit/2010/04/27" met1:kieliKoodi="fi">'
           f'<asi:IdentifiointiOsa><asi:EduskuntaTunniste><asi1:AsiakirjaNroTeksti>{number}</asi1:AsiakirjaNroTeksti>'
           f'<asi1:ValtiopaivavuosiTeksti>{year}</asi1:ValtiopaivavuosiTeksti></asi:EduskuntaTunniste>'
           '</asi:IdentifiointiOsa><saa:SaadosOsa><saa:Saados met1:kieliKoodi="fi"><saa:SaadosNimeke>'
           f'<saa:SaadostyyppiKooste>Laki</saa:SaadostyyppiKooste><saa:SaadosNimekeKooste>{title}'
           '</saa:SaadosNimekeKooste></saa:SaadosNimeke>'
           f'<saa:Johtolause><saa:SaadosKappaleKooste>{preamble}</saa:SaadosKappaleKooste></saa:Johtolause>'
           f'<saa:Pykalisto>{body}<saa:Pykala saa1:pykalaLuokitusKoodi="VoimaantuloSaannos"><saa:MomenttiKooste>'
           f'{in_force}</saa:MomenttiKooste></saa:Pykala></saa:Pykalisto></saa:Saados></saa:SaadosOsa>'
           f'<asi:AllekirjoitusOsa><asi:PaivaysKooste>{given}</asi:PaivaysKooste></asi:AllekirjoitusOsa>'
           '</vah:VahvistettavaLaki>')
    return _write(path, xml.encode("utf-8"))


def make_alias_bomb_markdown(path: Path) -> Path:
    """Front matter where nine lines of YAML aliases stand for 10^9 list items."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    return _write(path, ("---\n" + "\n".join(lines) + "\ntitle: *a8\n---\n# Otsikko\n\nTeksti.\n").encode())


def make_hostile_html(path: Path) -> Path:
    """Text people may read, wrapped in every place a page hides code: none of that may be indexed."""
    html = (
        '<!DOCTYPE html><html lang="fi"><head><title>Vaarallinen sivu</title>'
        "<script>alert('SCRIPT-TEXT')</script><style>body { color: red } /* STYLE-TEXT */</style></head>"
        '<body onload="ONCLICK-TEXT()"><iframe src="javascript:alert(1)">IFRAME-TEXT</iframe>'
        "<noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template>"
        "<object data='x.swf'>OBJECT-TEXT</object><svg><script>SVG-SCRIPT</script></svg><!-- COMMENT-TEXT -->"
        "<h1>Lastensuojelu</h1><p>Lapsen etu on ensisijainen kaikissa päätöksissä.</p>"
        '<p onclick="ONCLICK-TEXT()">Ilmoitus tehdään <a href="javascript:steal()">heti</a> kun huoli herää.</p>'
        "</body></html>")
    return _write(path, html.encode("utf-8"))


def make_deep_html(path: Path, depth: int = 10_000) -> Path:
    """One paragraph under ``depth`` nested <div>s: recursion and quadratic walks show up here."""
    return _write(path, (b"<html><body>" + b"<div>" * depth + "<p>Syvällä sijaitseva kappale lapsen edusta."
                         "</p>".encode() + b"</div>" * depth + b"</body></html>"))


def make_huge_attribute_html(path: Path, kilobytes: int = 100) -> Path:
    """A paragraph carrying one enormous attribute value (a tracking blob)."""
    return _write(path, b'<html><body><p data-blob="' + b"x" * (kilobytes * 1024)
                  + "\">Lapsella on oikeus turvaan.</p></body></html>".encode())


def make_one_line_txt(path: Path, characters: int) -> Path:
    """A text file that is one line of ``characters`` characters without a single space."""
    return _write(path, b"Tietoa" * (characters // 6) + b"\n")


def make_utf16_txt(path: Path) -> Path:
    """What Windows Notepad saves as "Unicode": UTF-16 little-endian with a byte-order mark."""
    return _write(path, "Lapsen etu on ensisijainen.\r\nPäätös tehdään heti.\r\n".encode("utf-16"))


def make_mac_line_ends_txt(path: Path) -> Path:
    """Paragraphs separated by the lone CRs of classic Mac OS."""
    return _write(path, b"Ensimm\xc3\xa4inen kappale.\r\rToinen kappale lapsen edusta.\r")


# --- helpers --------------------------------------------------------------------------------------
def _docx_bytes() -> bytes:
    """A small valid DOCX whose one paragraph is "Kiireellinen ilmoitus."."""
    import docx

    document = docx.Document()
    document.add_heading("Ilmoitus", level=0)
    document.add_paragraph("Kiireellinen ilmoitus.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, *, drop: str = "", replace: dict[str, bytes] | None = None) -> bytes:
    """The zip ``data`` with member ``drop`` left out and members in ``replace`` rewritten."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != drop:
                archive.writestr(info.filename, (replace or {}).get(info.filename, source.read(info)))
    return buffer.getvalue()


def _finlex_body(text: str) -> str:
    return (f"<asi:AsiakirjaKooste {FINLEX_NAMESPACES}><saa:Saados><saa:Pykala>"
            f"<saa:PykalaTunnusKooste>1 §</saa:PykalaTunnusKooste><saa:MomenttiKooste>{text}</saa:MomenttiKooste>"
            "</saa:Pykala></saa:Saados></asi:AsiakirjaKooste>")


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``{"a.md": "...", "sub/b.pdf": b"..."}`` under ``root`` (text as UTF-8); return ``root``."""
    for relative, content in files.items():
        _write(root / relative, content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def _tiny_png() -> io.BytesIO:
    """A 2x2 grey PNG, written by hand so no imaging library is needed."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\0" + b"\x80\x80\x80" * 2 for _ in range(2))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return io.BytesIO(png)
