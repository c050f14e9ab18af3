"""Finnish statutes in Finlex XML: act number and title, chapter and section as the locator, and the
facts that say which wording of the law the act holds.

A section (``saa:Pykala``) is one Section whose locator is "25 luku 3 §" (fi) or "25 kap. 3 §"
(sv), or "3 §" in acts without chapters; its text starts with the section mark and heading, so
the number never travels without its text. The language comes from the XML itself.

The record's facts (``assistant.law.acts.law_facts``): the act's number, the statute it belongs to
and that statute's name, the date it was given (the signature's date), its entry into force (the
entry-into-force provision), and what its preamble says it amends, adds and repeals
(``assistant.law.references.parse_preamble``). A preamble that cannot be read leaves the act indexed
as text, with a warning naming the file.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import Element

from assistant.errors import DocumentError
from assistant.law.acts import law_facts
from assistant.law.dates import entry_into_force, find_date
from assistant.law.references import parse_preamble
from ingest.loaders.base import LoadedDocument, Loader, Section
from ingest.ocr import OcrOptions

SAA = "{http://www.vn.fi/skeemat/saadoskooste/2010/04/27}"
MET1 = "{http://www.vn.fi/skeemat/metatietoelementit/2010/04/27}"
SAA1 = "{http://www.vn.fi/skeemat/saadoselementit/2010/04/27}"
ASI1 = "{http://www.vn.fi/skeemat/asiakirjaelementit/2010/04/27}"
ASI = "{http://www.vn.fi/skeemat/asiakirjakooste/2010/04/27}"


def is_finlex(data: bytes) -> bool:
    return b"http://www.vn.fi/skeemat/saadoskooste" in data[:20000]


def _text(element: Element | None) -> str:
    if element is None:
        return ""
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


class FinlexLoader(Loader):
    format_name = "finlex"

    def load(self, path: Path, data: bytes, ocr: OcrOptions | None = None) -> LoadedDocument:
        import defusedxml.ElementTree as SafeET
        from defusedxml import DefusedXmlException

        try:
            root = SafeET.fromstring(data)
        except DefusedXmlException as exc:
            raise DocumentError(path.name, f"refused: the XML uses entities or DTDs ({type(exc).__name__})") from exc
        except Exception as exc:
            raise DocumentError(path.name, f"malformed XML ({exc})") from exc
        if not str(root.tag).startswith("{http://www.vn.fi/skeemat/"):
            raise DocumentError(path.name, "XML that is not a Finlex statute (unknown root element); "
                                           "only Finlex XML is supported")
        language = root.get(f"{MET1}kieliKoodi") or ""
        statute = root.find(f".//{SAA}Saados")
        if statute is None:
            raise DocumentError(path.name, "Finlex XML without a statute (saa:Saados) element")
        language = statute.get(f"{MET1}kieliKoodi") or language
        number = _text(root.find(f".//{ASI1}AsiakirjaNroTeksti"))
        year = _text(root.find(f".//{ASI1}ValtiopaivavuosiTeksti"))
        kind = _text(statute.find(f"{SAA}SaadosNimeke/{SAA}SaadostyyppiKooste"))
        name = _text(statute.find(f"{SAA}SaadosNimeke/{SAA}SaadosNimekeKooste"))
        act = f"{number}/{year}" if number and year else ""
        title = " ".join(p for p in (kind, name) if p) or path.stem
        if act:
            title = f"{title} ({act})"
        text_language = "sv" if language.startswith("sv") else "fi"
        sections = _sections(statute, text_language)
        if not sections:
            raise DocumentError(path.name, "Finlex XML with no sections (saa:Pykala) and no text")
        loaded = LoadedDocument(
            title=title,
            sections=sections,
            language=language[:2] if language[:2] in ("fi", "sv") else None,
            doc_type="law",
        )
        if act:
            given = find_date(_text(root.find(f".//{ASI}PaivaysKooste")))
            loaded.extra = _facts(act, " ".join(p for p in (kind, name) if p), statute, sections,
                                  text_language, given, loaded.warnings)
        return loaded


def _facts(act: str, title: str, statute: Element, sections: list[Section], language: str,
           given: date | None, warnings: list[str]) -> dict:
    """The act's facts for its record; a preamble that cannot be read adds a warning and no changes."""
    labels = _LABELS[language]
    preamble = parse_preamble(_text(statute.find(f"{SAA}Johtolause")), language)
    in_force_texts = [s.text for s in sections if s.locator == labels["in_force"]] \
        + [s.text for s in reversed(sections) if s.locator != labels["in_force"]]
    in_force = next((d for d in (entry_into_force(t, given) for t in in_force_texts) if d), None)
    amending = preamble.amends or bool(preamble.problems) or _AMENDING.search(title) is not None
    if amending and (preamble.problems or not preamble.statute or not preamble.changes):
        reasons = "; ".join(preamble.problems) or "the preamble names no change that could be read"
        warnings.append(f"{reasons}; the act is indexed as text, without which sections it amends")
        return law_facts(act, "", "", given, in_force, [])  # no statute: nothing is known to be amended
    if amending:
        return law_facts(act, preamble.statute or "", preamble.statute_name, given, in_force, preamble.changes)
    return law_facts(act, act, title, given, in_force, [])


# The title of an act that changes another: "Laki lastensuojelulain muuttamisesta", "Lag om ändring av ...".
_AMENDING = re.compile(r"muuttamisesta|kumoamisesta|om ändring av|om upphävande av", re.IGNORECASE)


_LABELS = {"fi": {"preamble": "johtolause", "in_force": "voimaantulo", "unnumbered": "päätösosa"},
           "sv": {"preamble": "ingress", "in_force": "ikraftträdande", "unnumbered": "beslutsdel"}}


def _sections(statute: Element, language: str) -> list[Section]:
    labels = _LABELS[language]
    sections: list[Section] = []
    preamble = _text(statute.find(f"{SAA}Johtolause"))
    if preamble:
        sections.append(Section(preamble, labels["preamble"]))

    def walk(element: Element, chapter: str) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{SAA}Luku":
                walk(child, _text(child.find(f"{SAA}LukuTunnusKooste")))
            elif tag == f"{SAA}Pykala":
                mark = _text(child.find(f"{SAA}PykalaTunnusKooste"))
                heading = _text(child.find(f"{SAA}SaadosOtsikkoKooste"))
                parts = []
                for part in child:
                    if part.tag in (f"{SAA}PykalaTunnusKooste", f"{SAA}SaadosOtsikkoKooste"):
                        continue
                    parts.append(_paragraphs(part))
                body = "\n".join(p for p in parts if p)
                if mark:
                    locator = f"{chapter} {mark}".strip()
                elif "Voimaantulo" in (child.get(f"{SAA1}pykalaLuokitusKoodi") or ""):
                    locator = labels["in_force"]  # the entry-into-force provision has no number
                else:
                    locator = labels["unnumbered"]
                head = " ".join(p for p in (locator, heading) if p)
                if body or heading:
                    sections.append(Section(f"{head}\n{body}".strip(), locator))
            elif len(child):
                walk(child, chapter)

    walk(statute, "")
    return sections


def _paragraphs(element: Element) -> str:
    """A subsection's text, with numbered items on their own lines."""
    if element.tag == f"{SAA}KohdatMomentti":
        lines = [_text(item) for item in element]
        return "\n".join(line for line in lines if line)
    return _text(element)
