"""``python -m evals.benchmarks.fuzz``: feed mutated files of every format to the loaders.

    python -m evals.benchmarks.fuzz [--examples N] [--seconds S] [--timeout T] [--memory-mb M]
                                    [--seed K] [--only pdf,docx,...] [--out reports/bench-fuzz.json]

Each target starts from valid seed files made here (``evals`` does not import ``tests/``) and
hypothesis mutates their bytes: truncate, flip, insert bytes or a format's tokens, delete,
duplicate, splice in a piece of another seed, insert a run of one character with no space. DOCX seeds also get the XML inside their zip
mutated (a byte-level change mostly just breaks the zip's checksums), the text formats also get
random text, and the ``misnamed`` target gives any seed any supported extension.

The property: ``ingest.loaders.load_document`` returns a LoadedDocument or raises DocumentError.
Any other exception, an example slower than ``--timeout`` seconds, or a MemoryError under the
``--memory-mb`` address-space cap is a failure; the shortest input of each kind of failure is
saved in ``reports/fuzz-failures/``. No embedding model is loaded.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import logging
import resource
import signal
import time
import traceback
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

try:
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover
    raise ImportError("the loader fuzzer needs hypothesis: pip install -e '.[test]'") from exc

from assistant.errors import DocumentError
from assistant.text.language import warm_up as warm_up_languages
from ingest.loaders import SUPPORTED_SUFFIXES, load_document

REPO = Path(__file__).resolve().parents[2]
SUFFIX = {"pdf": ".pdf", "markdown": ".md", "text": ".txt", "html": ".html", "docx": ".docx", "finlex": ".xml"}
TARGETS = (*SUFFIX, "misnamed")
# Bytes that mean something to a format's parser: inserted whole, they reach deeper than random bytes.
TOKENS = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r", b"\n\n", b"---\n", b"# ", b"```", b"&amp;", b"&lol;",
          b"<!DOCTYPE x [<!ENTITY lol 'lol'>]>", b"<", b">", b"</p>", b"<div>" * 40, b"<script>", b"<h2>",
          b"]]>", b"<![CDATA[", b"obj", b"endobj", b"stream\n", b"endstream", b"xref", b"trailer", b"/Type /Page",
          b"<< /Length 99999999 >>", b"99999 0 R", b"%%EOF", b"Article 7 ", b"\xc3", b"*a", b"&a [x]", b"{{", b"PK\x03\x04"]
KINDS = ("truncate", "flip", "insert", "token", "delete", "duplicate", "splice", "run")


class ExampleTimeout(BaseException):
    """One example ran over its time limit (a BaseException, so no loader's ``except Exception`` hides it)."""


@dataclass
class TargetResult:
    """What fuzzing one target found."""

    inputs: int = 0
    loaded: int = 0
    refused: int = 0
    seconds: float = 0.0
    slowest_ms: float = 0.0
    failures: dict[str, bytes] = field(default_factory=dict)  # kind -> shortest input
    failure_names: dict[str, str] = field(default_factory=dict)  # kind -> the file name it was given

    def summary(self, saved: dict[str, str] | None = None) -> dict:
        return {"inputs": self.inputs, "loaded": self.loaded, "refused": self.refused,
                "seconds": round(self.seconds, 1), "inputs_per_second": round(self.inputs / max(self.seconds, 1e-9), 1),
                "slowest_ms": round(self.slowest_ms, 1),
                "failures": [{"kind": kind, "bytes": len(data), "name": self.failure_names[kind],
                              "reproducer": (saved or {}).get(kind, "")} for kind, data in self.failures.items()]}


# --- seeds ----------------------------------------------------------------------------------------
def _pdf(pages: list[str], *, compress: bool) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1 if compress else 0)
    pdf.setTitle("Lastensuojelu")
    for number, text in enumerate(pages, 1):
        pdf.drawString(72, 800, "Käsikirja – työversio")
        for row, line in enumerate(text.split("\n")):
            pdf.drawString(72, 760 - 15 * row, line)
        pdf.drawString(280, 30, f"Sivu {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _encrypted(data: bytes) -> bytes:
    """Encrypted with an empty user password: readers open it without asking."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="", owner_password="omistaja", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Ilmoitus"
    document.add_heading("Ilmoitusvelvollisuus", level=0)
    document.add_heading("Kuka ilmoittaa", level=1)
    document.add_paragraph("Ammattilainen ilmoittaa viipymättä. Åbolands socialjour svarar.")
    document.add_heading("Kiireellinen", level=2)
    document.add_paragraph("Välittömässä vaarassa soitetaan 112.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["Taho", "Puhelin"], ["Sosiaalipäivystys", "0800 1234"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FINLEX = """<?xml version="1.0" encoding="utf-8"?>
<asi:AsiakirjaKooste xmlns:asi="http://www.vn.fi/skeemat/asiakirjakooste/2010/04/27"
 xmlns:asi1="http://www.vn.fi/skeemat/asiakirjaelementit/2010/04/27"
 xmlns:saa="http://www.vn.fi/skeemat/saadoskooste/2010/04/27"
 xmlns:saa1="http://www.vn.fi/skeemat/saadoselementit/2010/04/27"
 xmlns:met1="http://www.vn.fi/skeemat/metatietoelementit/2010/04/27" met1:kieliKoodi="fi">
<asi1:AsiakirjaNroTeksti>417</asi1:AsiakirjaNroTeksti><asi1:ValtiopaivavuosiTeksti>2007</asi1:ValtiopaivavuosiTeksti>
<saa:SaadosOsa><saa:Saados met1:kieliKoodi="fi">
<saa:SaadosNimeke><saa:SaadostyyppiKooste>Laki</saa:SaadostyyppiKooste>
<saa:SaadosNimekeKooste>Lastensuojelulaki</saa:SaadosNimekeKooste></saa:SaadosNimeke>
<saa:Johtolause><saa:SaadosKappaleKooste>Eduskunnan päätöksen mukaisesti säädetään:</saa:SaadosKappaleKooste></saa:Johtolause>
<saa:Luku><saa:LukuTunnusKooste>5 luku</saa:LukuTunnusKooste>
<saa:Pykala saa1:pykalaLuokitusKoodi="Pykala"><saa:PykalaTunnusKooste>25 §</saa:PykalaTunnusKooste>
<saa:SaadosOtsikkoKooste>Ilmoitusvelvollisuus</saa:SaadosOtsikkoKooste>
<saa:MomenttiKooste>Ammattilaisen on ilmoitettava viipymättä.</saa:MomenttiKooste>
<saa:KohdatMomentti><saa:MomenttiJohdantoKooste>Velvollisuus koskee:</saa:MomenttiJohdantoKooste>
<saa:MomenttiKohtaKooste>1) sosiaalihuoltoa;</saa:MomenttiKohtaKooste><saa:MomenttiKohtaKooste>2) poliisia.</saa:MomenttiKohtaKooste>
</saa:KohdatMomentti></saa:Pykala></saa:Luku>
<saa:Pykala saa1:pykalaLuokitusKoodi="Voimaantulo"><saa:MomenttiKooste>Tämä laki tulee voimaan 1.1.2008.</saa:MomenttiKooste></saa:Pykala>
</saa:Saados></saa:SaadosOsa></asi:AsiakirjaKooste>
"""

MARKDOWN = """---
title: Lastensuojeluilmoitus
language: fi
type: guide
audience: [professionals, trainers]
reviewed: 2026-11-28
---
# Lastensuojeluilmoitus

Ilmoitus tehdään viipymättä. Katso 25 §.

## Kuka ilmoittaa
Ammattilainen, *salassapidon estämättä*.

```
# ei otsikko koodissa
```

### Kiireellinen
Soita 112.
"""

TREATY = ("# Convention on the Rights of the Child\n# Lapsen oikeuksien yleissopimus\n\nPreamble The States Parties.\n\n"
          "Article 1 For the purposes of the present Convention a child means every human being below eighteen.\n\n"
          "Article 2 States Parties shall respect the rights.\n\nArticle 3 In all actions concerning children.\n")

HTML = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Ilmoitus – ohje</title>
<style>body { color: red }</style><script>var x = "<p>ei</p>";</script></head>
<body><nav><a href="/">Etusivu</a></nav><main><h1>Lastensuojeluilmoitus</h1><p>Ilmoitus tehdään viipymättä.</p>
<h2>Kuka</h2><div><p>Ammattilainen &amp; viranomainen.</p><ul><li>Poliisi</li><li>Koulu</li></ul></div>
<table><tr><td>112</td><td>Hätänumero</td></tr></table><h3>Kiire</h3><p>Soita 112.<br>Heti.</p></main>
<footer>© 2025</footer></body></html>
"""


@functools.cache
def seeds() -> dict[str, list[bytes]]:
    """Valid files of every format, made once per process."""
    pages = ["Lastensuojelulain 25 § velvoittaa ilmoittamaan.\nÅbolands socialjour svarar.",
             "Rikoslain 25 luvun 3 § koskee ihmiskauppaa.\nLapsi saa apua heti."]
    plain = _pdf(pages, compress=False)
    return {
        "pdf": [plain, _pdf(pages, compress=True), _encrypted(plain)],
        "markdown": [MARKDOWN.encode(), b"# Otsikko\n\nTeksti ilman etusivua.\n"],
        "text": [TREATY.encode(), "Lapsen etu.\r\n\r\nToinen kappale.\r\n".encode("utf-16")],
        "html": [HTML.encode()],
        "docx": [_docx()],
        "finlex": [FINLEX.encode()],
    }


# --- mutations ------------------------------------------------------------------------------------
def _mutate(draw: st.DrawFn, data: bytes, others: list[bytes]) -> bytes:
    kind = draw(st.sampled_from(KINDS))
    at = draw(st.integers(0, len(data)))
    if kind == "truncate":
        return data[:at]
    if kind == "flip" and data:
        i = min(at, len(data) - 1)
        return data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1:]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    if kind == "token":
        return data[:at] + draw(st.sampled_from(TOKENS)) * draw(st.integers(1, 3)) + data[at:]
    if kind == "run":  # one character repeated with no space (issue 20: a runaway file of junk "words")
        return data[:at] + draw(st.sampled_from([b"a", b"x", b"0", b"=", "ä".encode()])) * draw(
            st.integers(101, 300_000)) + data[at:]
    end = draw(st.integers(at, min(len(data), at + 2048)))
    if kind == "delete":
        return data[:at] + data[end:]
    if kind == "duplicate":
        return data[:end] + data[at:end] + data[end:]
    other = draw(st.sampled_from(others))  # splice
    start = draw(st.integers(0, len(other)))
    return data[:at] + other[start:start + draw(st.integers(0, 2048))] + data[at:]


def _mutate_zip_member(draw: st.DrawFn, data: bytes, others: list[bytes]) -> bytes:
    """Mutate one XML part inside the zip and zip it again, so the XML parsers are reached."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in source.namelist() if n.endswith((".xml", ".rels"))]
    chosen = draw(st.sampled_from(names))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            member = source.read(name)
            if name == chosen:
                for _ in range(draw(st.integers(1, 3))):
                    member = _mutate(draw, member, others)
            archive.writestr(name, member)
    return buffer.getvalue()


@st.composite
def fuzz_inputs(draw: st.DrawFn, target: str) -> tuple[str, bytes]:
    """(file name, bytes) for ``target``: a mutated seed, or random text for the text formats."""
    pool = seeds()
    everything = [data for files in pool.values() for data in files]
    if target == "misnamed":
        suffix = draw(st.sampled_from(SUPPORTED_SUFFIXES))
        data = draw(st.sampled_from(everything))
    else:
        suffix = SUFFIX[target]
        if target in ("markdown", "text", "html") and draw(st.integers(0, 4)) == 0:
            return f"fuzz{suffix}", draw(st.text(max_size=3000)).encode("utf-8", "surrogatepass")
        data = draw(st.sampled_from(pool[target]))
    if target == "docx" and draw(st.booleans()):
        data = _mutate_zip_member(draw, data, everything)
    for _ in range(draw(st.integers(0 if target == "misnamed" else 1, 4))):
        data = _mutate(draw, data, everything)
    return f"fuzz{suffix}", data


# --- running --------------------------------------------------------------------------------------
@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ExampleTimeout in this (main) thread after ``seconds`` (at the next Python bytecode)."""
    def expire(signum, frame):
        raise ExampleTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failure_kind(exc: BaseException) -> str:
    """An exception type and the innermost frame that raised it: one kind per bug, not per input."""
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = "/".join(Path(frame.filename).parts[-2:])
    return f"{type(exc).__name__} at {where}:{frame.lineno}"


def fuzz_target(target: str, *, examples: int, timeout: float, rng_seed: int | None = None,
                derandomize: bool = False, result: TargetResult | None = None) -> TargetResult:
    """Run ``examples`` hypothesis examples against ``target``; failures are shrunk to short inputs."""
    result = result or TargetResult()
    # lingua loads each language's models on first use (seconds for all 12): once, before any example is timed.
    warm_up_languages()

    @seed(rng_seed or 0)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=derandomize,
              phases=(Phase.generate, Phase.shrink), report_multiple_bugs=True, print_blob=False,
              suppress_health_check=list(HealthCheck))
    @given(fuzz_inputs(target))
    def check(example: tuple[str, bytes]) -> None:
        name, data = example
        result.inputs += 1
        started = time.perf_counter()
        try:
            with time_limit(timeout):
                load_document(Path(name), data)
            result.loaded += 1
        except DocumentError:
            result.refused += 1
        except (Exception, ExampleTimeout) as exc:  # MemoryError included: it is an Exception
            kind = failure_kind(exc)
            known = result.failures.get(kind)
            if known is None or len(data) <= len(known):
                result.failures[kind], result.failure_names[kind] = data, name
                raise  # hypothesis shrinks it; a longer input of a known kind does not stop the run
        finally:
            result.slowest_ms = max(result.slowest_ms, (time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    try:
        check()
    except (Exception, ExampleTimeout, BaseExceptionGroup):
        pass  # recorded in result.failures; the next round looks for other kinds
    result.seconds += time.perf_counter() - started
    return result


def save_failures(target: str, result: TargetResult, folder: Path) -> dict[str, str]:
    saved = {}
    for n, (kind, data) in enumerate(result.failures.items(), 1):
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{target}-{n}{Path(result.failure_names[kind]).suffix}"
        path.write_bytes(data)
        saved[kind] = str(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200, help="examples per round and target")
    parser.add_argument("--seconds", type=float, default=0.0,
                        help="total time budget, shared by the targets (rounds repeat with new seeds); 0: one round")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds one example may take")
    parser.add_argument("--memory-mb", type=int, default=3072, help="address-space cap of this process")
    parser.add_argument("--seed", type=int, default=0, help="another seed explores other inputs (same seed: same run)")
    parser.add_argument("--only", default=",".join(TARGETS), help=f"comma-separated from {', '.join(TARGETS)}")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "bench-fuzz.json")
    args = parser.parse_args(argv)
    targets = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = sorted(set(targets) - set(TARGETS))
    if unknown:
        parser.error(f"unknown target(s) {unknown}; choose from {', '.join(TARGETS)}")
    # A memory bomb then ends in a MemoryError, reported as a failure, instead of the OOM killer.
    resource.setrlimit(resource.RLIMIT_AS, (args.memory_mb * 1024 * 1024, resource.RLIM_INFINITY))
    # pypdf and bs4 warn and log about every broken input; only the failures count here.
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    seeds()  # made once, outside the timings
    report = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "seed": args.seed, "examples_per_round": args.examples,
              "timeout_s": args.timeout, "memory_cap_mb": args.memory_mb, "targets": {}}
    budget = args.seconds / len(targets) if args.seconds else 0.0
    total_failures = 0
    for target in targets:
        result, round_number = TargetResult(), 0
        while True:
            round_number += 1
            fuzz_target(target, examples=args.examples, timeout=args.timeout,
                        rng_seed=args.seed * 1_000_003 + round_number * 7919 + len(target), result=result)
            if result.seconds >= budget:
                break
        saved = save_failures(target, result, args.out.parent / "fuzz-failures")
        report["targets"][target] = {"rounds": round_number, **result.summary(saved)}
        total_failures += len(result.failures)
        print(f"{target:9} {result.inputs:6} inputs in {result.seconds:6.1f} s  loaded {result.loaded:5}  "
              f"refused {result.refused:5}  slowest {result.slowest_ms:7.1f} ms  failures {len(result.failures)}")
        for kind, path in saved.items():
            print(f"          {kind} -> {path}")
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"peak RSS {report['peak_rss_mb']} MB; report in {args.out}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
