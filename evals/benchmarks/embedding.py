"""Embedding speed and retrieval quality, side by side: precision x batch size on this CPU.

Run ``python -m evals.benchmarks.embedding`` (``--help`` for options). It builds ~120 passages of
~110 words from the shared reference corpus (English treaties, Finnish and Swedish Finlex
sections; read in place, never copied), then for every variant

* times document encoding (passages/s, model tokens/s; best of ``--repeats`` runs on a fixed,
  length-stratified subset; the process's CPU share is recorded to expose noisy neighbours), and
* checks cross-lingual retrieval over all passages: 30 queries in en/fi/sv whose answer passage is
  in another language, recall@1 and recall@5, plus the mean cosine of the variant's vectors
  (passages and queries) against the naive fp32 ones.

Variants load the model only through ``assistant.embeddings`` (strictly offline). The naive
baseline is what sentence-transformers does by default: fp32, batch 32.
The table is printed and written to ``--out`` (Markdown) with the raw figures beside it (.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.embeddings.backends import EXPORTED
from assistant.hardware import describe

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_OUT = REPO / "reports" / "bench-embedding.md"
PASSAGE_WORDS = 110
FILL_MIN_WORDS = 110  # top-up passages: 110-140 words, so the set averages ~105 with the shorter answers

# --------------------------------------------------------------------------------------------
# passages


@dataclass(frozen=True)
class Passage:
    pid: str  # "finlex/fi/asd20220723.xml#12"
    stem: str  # file name without suffix: "asd20220723", "palermo_protocol_2000_en"
    language: str
    locator: str  # "20 luku 12 §", "20 kap. 12 §", "Article 3"
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def load_pool(corpus: Path) -> list[Passage]:
    """All chunks of ~110 words of the treaties and the Finnish and Swedish Finlex acts."""
    from ingest.chunking import chunk_sections
    from ingest.loaders import load_document

    files = sorted((corpus / "treaties").glob("*.txt")) + sorted((corpus / "finlex" / "fi").glob("*.xml")) \
        + sorted((corpus / "finlex" / "sv").glob("*.xml"))
    if not files:
        raise SystemExit(f"no treaties or Finlex files under {corpus}; pass --corpus")
    pool: list[Passage] = []
    for path in files:
        rel = path.relative_to(corpus).as_posix()
        doc = load_document(path, path.read_bytes())
        language = doc.language or ("en" if rel.startswith("treaties/") else "fi")
        chunks = chunk_sections(doc.sections, source=rel, version="bench", title=doc.title, language=language,
                                doc_type="bench", target_words=PASSAGE_WORDS, overlap=0)
        pool.extend(Passage(f"{rel}#{c.ordinal}", path.stem, language, c.locator, c.text) for c in chunks)
    return pool


@dataclass(frozen=True)
class Query:
    language: str
    text: str
    stems: tuple[str, ...]  # acts/treaties whose matching sections answer it; the first one's are included
    locator: str  # regex matched in full against a passage's locator

    def is_answer(self, passage: Passage) -> bool:
        return passage.stem in self.stems and re.fullmatch(self.locator, passage.locator) is not None


CRIMINAL_CODE = ("asd20220723", "asd20240696", "asd20150564", "asd20141177", "asd20040650")
CC_2024 = ("asd20240696",) + tuple(s for s in CRIMINAL_CODE if s != "asd20240696")
CC_2015 = ("asd20150564",) + tuple(s for s in CRIMINAL_CODE if s != "asd20150564")
CHILD_WELFARE = ("asd20070417", "asd20100088", "asd20190542", "asd20220610", "asd20231283")
RECEPTION = ("asd20110746", "asd20150388", "asd20221294", "asd20230688")
PALERMO, CRC, OPSC = ("palermo_protocol_2000_en",), ("uncrc_1989_en",), ("crc_opsc_2000_en",)
CETS197, LANZAROTE = ("coe_trafficking_cets197_en",), ("coe_lanzarote_cets201_en",)


def _fl(chapter: str, section: str) -> str:
    """Locator regex of a Finlex section in either language: '20 luku 12 §' or '20 kap. 12 §'."""
    return rf"{chapter} (luku|kap\.) {section} §"


# Every answer is in another language than its question: English questions about Finnish law
# (Finnish and Swedish Finlex text), Finnish and Swedish questions about the English treaties.
QUERIES: list[Query] = [
    Query("en", "What prison sentence does the Finnish Criminal Code provide for trafficking in human beings?",
          CC_2024, _fl("25", "3")),
    Query("en", "When is trafficking in human beings aggravated, for example when it is committed as part of "
                "an organised criminal group?", CC_2015, _fl("25", "3 a")),
    Query("en", "Is sexual intercourse with a child under sixteen punished as rape of a child in Finland?",
          CRIMINAL_CODE, _fl("20", "12")),
    Query("en", "Is it a crime to propose a meeting with a child for sexual purposes (online grooming)?",
          CRIMINAL_CODE, _fl("20", "18")),
    Query("en", "Is it an offence to possess images that depict a child in a sexual manner?",
          CRIMINAL_CODE, _fl("20", "21")),
    Query("en", "Offering or giving payment to a person under 18 in exchange for a sexual act",
          CRIMINAL_CODE, _fl("20", "9")),
    Query("en", "How does Finnish law define rape: intercourse with a person who does not participate voluntarily",
          CRIMINAL_CODE, _fl("20", "1")),
    Query("en", "Pimping: arranging a room for prostitution in order to obtain financial benefit",
          CRIMINAL_CODE, _fl("20", "10")),
    Query("en", "When does the right to bring charges for child rape become time-barred?",
          CRIMINAL_CODE, _fl("8", "1")),
    Query("en", "When must a child be taken into care and placed in substitute care outside the home?",
          CHILD_WELFARE, _fl("9", "40")),
    Query("en", "Emergency placement of a child who is in immediate danger", CHILD_WELFARE, _fl("8", "38")),
    Query("en", "Who is obliged to notify the child welfare authorities about a child who may need protection?",
          CHILD_WELFARE, _fl("5", "25")),
    Query("en", "How are unaccompanied minors who seek asylum accommodated, in group homes or supported housing?",
          RECEPTION, _fl("3", "17")),
    Query("en", "In Finland, which health care services may an asylum seeker without a municipality of residence "
                "receive, beyond urgent care?", RECEPTION, _fl("3", "26")),
    Query("fi", "Mitä ihmiskaupalla tarkoitetaan Palermon pöytäkirjassa: värväys, kuljetus ja hyväksikäyttö?",
          PALERMO, "Article 3"),
    Query("fi", "Ketä pidetään lapsena YK:n lapsen oikeuksien yleissopimuksessa?", CRC, "Article 1"),
    Query("fi", "Lapsen etu on otettava ensisijaisesti huomioon kaikissa lasta koskevissa toimissa",
          CRC, "Article 3"),
    Query("fi", "Lapsen oikeus ilmaista näkemyksensä vapaasti kaikissa häntä koskevissa asioissa ja tulla kuulluksi",
          CRC, "Article 12"),
    Query("fi", "Kuinka monen päivän toipumis- ja harkinta-aika ihmiskaupan uhrille on säädettävä Euroopan neuvoston "
                "yleissopimuksen mukaan?", CETS197, "Article 13"),
    Query("fi", "Rankaisemattomuus: uhrille ei määrätä rangaistusta laittomasta toiminnasta, johon hänet on pakotettu",
          CETS197, "Article 26"),
    Query("fi", "Miten lasten myynti, lapsiprostituutio ja lapsipornografia määritellään valinnaisessa pöytäkirjassa?",
          OPSC, "Article 2"),
    Query("fi", "Lapsen suojeleminen kaikenlaiselta ruumiilliselta ja henkiseltä väkivallalta ja laiminlyönniltä",
          CRC, "Article 19"),
    Query("fi", "Puhelin- tai internetneuvonta, joka antaa soittajille neuvoja luottamuksellisesti tai nimettömänä",
          LANZAROTE, "Article 13"),
    Query("sv", "Barnets rätt att skyddas mot ekonomiskt utnyttjande och mot arbete som kan vara skadligt",
          CRC, "Article 32"),
    Query("sv", "Ska offret få ett förnybart uppehållstillstånd när vistelsen behövs för samarbetet med myndigheterna "
                "i brottsutredningen?", CETS197, "Article 14"),
    Query("sv", "Medicinsk, psykologisk och materiell hjälp till offer för människohandel enligt Palermoprotokollet",
          PALERMO, "Article 6"),
    Query("sv", "Enligt Lanzarotekonventionen ska tystnadsplikt inte hindra yrkespersoner som arbetar med barn från "
                "att rapportera misstänkt sexuellt utnyttjande", LANZAROTE, "Article 12"),
    Query("sv", "Om offrets ålder är osäker och det finns skäl att tro att offret är ett barn ska hen antas vara barn "
                "och få särskilda skyddsåtgärder", CETS197, "Article 10"),
    Query("sv", "Barn som söker flyktingstatus ska få skydd och humanitärt bistånd", CRC, "Article 22"),
    Query("sv", "Beslag och förverkande av egendom och vinning av brotten samt stängning av lokaler enligt "
                "protokollet om försäljning av barn", OPSC, "Article 7"),
]


def build_passages(pool: list[Passage], n: int, queries: Sequence[Query] = QUERIES) -> list[Passage]:
    """Every query's answer passages, topped up to ``n`` with 110-140-word passages.

    The top-up is deterministic and spread evenly over the corpus: 40 % English, 30 % Finnish,
    30 % Swedish, so that the set mixes languages as the knowledge base does and every answer
    competes with near neighbours (the other sections of the same acts).
    """
    chosen: dict[str, Passage] = {}
    for query in queries:
        answers = [p for p in pool if p.stem == query.stems[0] and query.is_answer(p)]
        if not answers:
            raise SystemExit(f"no passage in the corpus answers {query.text!r} ({query.stems[0]} {query.locator})")
        chosen.update((p.pid, p) for p in answers)
    if len(chosen) >= n:
        return list(chosen.values())
    shares = {"en": 0.4, "fi": 0.3, "sv": 0.3}
    for language, share in shares.items():
        want = round(n * share) - sum(1 for p in chosen.values() if p.language == language)
        candidates = [p for p in pool if p.language == language and FILL_MIN_WORDS <= p.words <= 140 and p.pid not in chosen]
        if want <= 0 or not candidates:
            continue
        step = len(candidates) / want
        for i in range(min(want, len(candidates))):
            p = candidates[int(i * step)]
            chosen[p.pid] = p
    for p in pool:  # rounding: fill the last places in corpus order
        if len(chosen) >= n:
            break
        if FILL_MIN_WORDS <= p.words <= 140:
            chosen.setdefault(p.pid, p)
    return list(chosen.values())


def timing_subset(passages: list[Passage], lengths: list[int], k: int) -> list[int]:
    """``k`` indices that keep the length distribution: evenly spaced in token-length order."""
    if k >= len(passages):
        return list(range(len(passages)))
    order = sorted(range(len(passages)), key=lambda i: lengths[i])
    step = len(order) / k
    return sorted(order[int(i * step + step / 2)] for i in range(k))


# --------------------------------------------------------------------------------------------
# variants


@dataclass(frozen=True)
class Variant:
    name: str
    precision: str  # the ``embedding_precision`` the model is loaded with
    batch: int
    threads: int | None = None  # torch.set_num_threads; None: torch's default (all cores)
    # "tokens": Embedder.embed_batch, batches formed by token length (the assistant's path);
    # "chars": SentenceTransformer.encode as it comes, batches formed by character length
    batching: str = "tokens"
    quantize: str | None = None  # "int8-dynamic": torch.ao dynamic int8 on every nn.Linear (benchmark only)
    backend: str = "torch"  # ASSISTANT_EMBEDDING_BACKEND: torch, onnx (ONNX Runtime), openvino

    @property
    def label(self) -> str:
        extra = [] if self.batching == "tokens" else ["char-sorted"]
        if self.backend != "torch":
            extra.insert(0, {"onnx": "ONNX Runtime", "openvino": "OpenVINO"}[self.backend])
        if self.threads:
            extra.append(f"{self.threads} thread{'s' if self.threads != 1 else ''}")
        return self.name + (f" ({', '.join(extra)})" if extra else "")

    @property
    def model_key(self) -> tuple[str, str | None, str]:
        return self.precision, self.quantize, self.backend


def default_variants(include_int8: bool = True, quantized: Sequence[str] = ()) -> list[Variant]:
    """Naive fp32 first (the reference), then what the assistant can run, then the OpenVINO recipes named
    ``quantized`` (folders ``python -m evals.benchmarks.quantize --name NAME`` wrote)."""
    variants = [
        Variant("fp32 naive, sentence-transformers defaults", "fp32", 32, batching="chars"),
        Variant("fp32", "fp32", 4),
        Variant("bf16, as before this change", "bf16", 4, batching="chars"),
        *(Variant("bf16", "bf16", b) for b in (1, 2, 4, 8, 16)),
        Variant("bf16", "bf16", 4, threads=1),
        # the ONNX export (`assistant prepare-model --backend onnx`); skipped, saying so, where it is missing
        Variant("fp32", "fp32", 4, backend="onnx"),
        Variant("fp32", "fp32", 4, backend="openvino"),
        Variant("bf16", "bf16", 4, backend="openvino"),
        Variant("fp32", "fp32", 1, backend="onnx"),
        Variant("fp32", "fp32", 8, backend="onnx"),
    ]
    if include_int8:
        variants += [Variant("int8 dynamic (torch.ao, fp32 activations)", "fp32", b, quantize="int8-dynamic")
                     for b in (1, 4)]
        variants += [Variant("int8 dynamic per channel", "fp32", 4, quantize="ort-int8-dynamic", backend="onnx"),
                     Variant("int8 static per channel, QDQ", "fp32", 4, quantize="ort-int8-static", backend="onnx"),
                     Variant("int8 NNCF", "fp32", 4, quantize="ov-int8-nncf", backend="openvino")]
    variants += [Variant(f"int8 {name}", "fp32", 4, quantize=name, backend="openvino") for name in quantized]
    return variants


def encode(embedder, variant: Variant, texts: list[str], kind: str):
    """Vectors of ``texts`` the way ``variant`` encodes them."""
    if variant.batching == "chars":
        model = embedder._model  # the plain sentence-transformers call, as a naive user makes it
        return model.encode(texts, batch_size=variant.batch, prompt_name=kind, normalize_embeddings=True,
                            convert_to_numpy=True, show_progress_bar=False)
    embedder.batch_size = variant.batch
    return embedder.embed_batch(texts, kind)


def load_variant_model(variant: Variant):
    """The assistant's embedder for ``variant`` (through assistant.embeddings, offline)."""
    from assistant.embeddings.registry import build_embedder
    from assistant.settings import load_settings

    if variant.quantize and variant.quantize != "int8-dynamic":  # an int8 ONNX variant (evals/benchmarks/quantize.py)
        from assistant.embeddings.onnx import OnnxEmbedder
        from evals.benchmarks.quantize import variant_dir

        settings = load_settings()
        folder = variant_dir(settings.models_dir, "embeddinggemma-300m", variant.quantize)
        if not folder.is_dir():
            raise RuntimeError(f"{folder} missing: run python -m evals.benchmarks.quantize --variants {variant.quantize}")
        return OnnxEmbedder(folder, name="embeddinggemma-300m", runtime=EXPORTED[variant.backend], batch_size=4,
                            max_tokens=settings.embedding_max_tokens, min_cosine=0.0)
    embedder = build_embedder(load_settings(embedding_precision=variant.precision, embedding_batch_size=4,
                                            embedding_backend=variant.backend), fresh=True)
    if variant.quantize == "int8-dynamic":
        import warnings

        import torch

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.ao.quantization.quantize_dynamic(embedder._model, {torch.nn.Linear}, dtype=torch.qint8,
                                                   inplace=True)
    elif variant.quantize:
        raise ValueError(f"unknown quantization {variant.quantize!r}")
    return embedder


@dataclass
class Result:
    variant: str
    precision: str
    batch: int
    threads: int
    load_s: float
    passages_per_s: float
    tokens_per_s: float
    runs_s: list[float]
    cpu_share: list[float]  # process CPU time / (wall time x threads) per timed run; < ~0.9: contended
    load_avg: list[float]
    recall_at_1: float = 0.0
    recall_at_5: float = 0.0
    cos_vs_fp32: float = 0.0
    min_cos_vs_fp32: float = 0.0
    speedup: float = 0.0
    misses_at_1: list[str] = field(default_factory=list)
    query_p50_s: float = 0.0  # one query embedded alone, median over the queries
    query_p95_s: float = 0.0
    backend: str = "torch"


def _normalised(vectors) -> "np.ndarray":  # noqa: F821 - numpy imported lazily
    import numpy as np

    array = np.asarray(vectors, dtype=np.float64)
    return array / np.linalg.norm(array, axis=1, keepdims=True)


def measure(
    variant: Variant,
    embedder,
    texts: list[str],
    timing_idx: list[int],
    tokens: list[int],
    repeats: int,
    log: Callable[[str], None],
) -> Result:
    """Time ``variant`` on the timing subset (best of ``repeats`` runs after a warm-up)."""
    import torch

    default_threads = torch.get_num_threads()
    if variant.threads:
        torch.set_num_threads(variant.threads)
    threads = torch.get_num_threads()
    try:
        subset = [texts[i] for i in timing_idx]
        subset_tokens = sum(tokens[i] for i in timing_idx)
        encode(embedder, variant, subset[: max(2, variant.batch)], "document")  # warm-up: kernels, allocator
        runs, shares, loads = [], [], []
        for r in range(repeats):
            wall0, cpu0 = time.perf_counter(), time.process_time()
            encode(embedder, variant, subset, "document")
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            runs.append(wall)
            shares.append(cpu / wall / threads)
            loads.append(os.getloadavg()[0])
            log(f"    run {r + 1}: {len(subset) / wall:5.2f} passages/s  cpu share {shares[-1]:.0%}  "
                f"load avg {loads[-1]:.1f}")
        best = min(runs)
        return Result(variant.label, variant.precision, variant.batch, threads, 0.0,
                      len(subset) / best, subset_tokens / best, runs, shares, loads, backend=variant.backend)
    finally:
        torch.set_num_threads(default_threads)


def query_latencies(embedder, variant: Variant, queries: list[str]) -> tuple[float, float]:
    """p50 and p95 seconds of one query embedded alone (as a question is), after one warm-up."""
    encode(embedder, variant, queries[:1], "query")
    times = []
    for q in queries:
        t0 = time.perf_counter()
        encode(embedder, variant, [q], "query")
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def retrieval_scores(query_vecs, passage_vecs, queries: Sequence[Query], passages: list[Passage]):
    import numpy as np

    sims = query_vecs @ passage_vecs.T
    top = np.argsort(-sims, axis=1)[:, :5]
    hit1 = hit5 = 0
    misses: list[str] = []
    for q, ranked in zip(queries, top):
        answers = [q.is_answer(passages[i]) for i in ranked]
        hit1 += answers[0]
        hit5 += any(answers)
        if not answers[0]:
            misses.append(f"{q.language}: {q.text[:50]}... -> {passages[ranked[0]].pid} ({passages[ranked[0]].locator})")
    return hit1 / len(queries), hit5 / len(queries), misses


# --------------------------------------------------------------------------------------------
# report


def per_cpu_second(r: Result) -> float:
    """Passages per second of the process's CPU time in the best run: on a shared machine, where the wall-clock
    rate follows the share of the cores the process got, this is the figure to compare across variants."""
    best = r.runs_s.index(min(r.runs_s))
    return r.passages_per_s / max(1e-9, r.cpu_share[best] * r.threads)


def render_markdown(results: list[Result], meta: dict) -> str:
    lines = [
        "# Embedding benchmark: EmbeddingGemma-300M on this CPU",
        "",
        f"{meta['passages']} passages (en {meta['languages'].get('en', 0)}, fi {meta['languages'].get('fi', 0)}, "
        f"sv {meta['languages'].get('sv', 0)}; mean {meta['mean_words']:.0f} words, {meta['mean_tokens']:.0f} model "
        f"tokens with the document prompt); speed: best of {meta['repeats']} runs over "
        f"{meta['timing_passages']} length-stratified passages; quality: {meta['queries']} cross-lingual queries "
        f"over all {meta['passages']} passages. CPU: {meta['cpu']}, {meta['cores']} cores, torch "
        f"{meta['torch']}. `cpu` = process CPU time / (wall x threads) in the best run: below ~90 % other "
        "processes were competing for the cores.",
        "",
        "| variant | batch | passages/s | passages per CPU s | tokens/s | speed-up vs naive fp32 | query p50 s | "
        "recall@1 | recall@5 | cos vs fp32 (mean / min) | cpu | load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        best = r.runs_s.index(min(r.runs_s))
        lines.append(
            f"| {r.variant} | {r.batch} | {r.passages_per_s:.2f} | {per_cpu_second(r):.3f} | {r.tokens_per_s:.0f} | "
            f"{r.speedup:.2f}x | "
            f"{r.query_p50_s:.3f} | {r.recall_at_1:.3f} | {r.recall_at_5:.3f} | {r.cos_vs_fp32:.4f} / {r.min_cos_vs_fp32:.4f} | "
            f"{r.cpu_share[best]:.0%} | {r.load_s:.1f} |"
        )
    lines += ["", f"Command: `{meta['command']}`; load average {meta.get('load_avg', '?')}; "
              f"ISA: {meta.get('isa', 'native')}", ""]
    return "\n".join(lines)



# --------------------------------------------------------------------------------------------
# main


def _parse_only(spec: str) -> set[str]:
    return {w.strip() for w in spec.split(",") if w.strip()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.benchmarks.embedding",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared reference corpus folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Markdown report; the .json goes beside it")
    parser.add_argument("--passages", type=int, default=120, help="passages in the retrieval set")
    parser.add_argument("--timing-passages", type=int, default=48,
                        help="length-stratified passages encoded per timed run (0: all)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per variant; the best one counts")
    parser.add_argument("--no-int8", action="store_true", help="leave out the int8 variants")
    parser.add_argument("--quantized", default="", help="comma-separated names of more OpenVINO int8 recipes "
                        "(evals/benchmarks/quantize.py --name), added at the end of the list")
    parser.add_argument("--only", default="",
                        help="comma-separated variant numbers (1-based, as listed by --list) to run; the naive "
                             "fp32 reference (1, or --reference) always runs")
    parser.add_argument("--reference", type=int, default=1,
                        help="the variant (number) whose speed is 1.00x and whose vectors the cosines compare with; "
                             "1, naive fp32, unless a run only checks other variants' quality against fp32 (2)")
    parser.add_argument("--speed-only", action="store_true",
                        help="time only (passages/s, query p50), no recall or cosine: a second ISA's run")
    parser.add_argument("--list", action="store_true", help="list the variants and exit")
    parser.add_argument("--quiet", action="store_true", help="print only the table")
    args = parser.parse_args(argv)

    variants = default_variants(include_int8=not args.no_int8, quantized=sorted(_parse_only(args.quantized)))
    if args.list:
        for n, v in enumerate(variants, 1):
            print(f"{n:2d}  {v.label}, batch {v.batch}")
        return 0
    if args.only:
        keep = {int(n) for n in _parse_only(args.only)} | {args.reference}
        variants = [v for n, v in enumerate(variants, 1) if n in keep]

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    log = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    started = time.perf_counter()

    import gc

    import numpy as np
    import torch

    passages = build_passages(load_pool(args.corpus), args.passages)
    texts = [p.text for p in passages]
    queries = [q.text for q in QUERIES]

    results: list[Result] = []
    reference = None  # (passage vectors, query vectors) of naive fp32
    tokens: list[int] = []
    timing_idx: list[int] = []
    # one model load per (precision, quantization), the naive fp32 reference first
    groups = list(dict.fromkeys(v.model_key for v in variants))
    for key in groups:
        members = [v for v in variants if v.model_key == key]
        log(f"loading {key[2]} {key[0]}{' + ' + key[1] if key[1] else ''} ...")
        t0 = time.perf_counter()
        try:
            embedder = load_variant_model(members[0])
        except Exception as exc:  # e.g. an optional backend that is not installed: say so and go on
            log(f"  skipped: {exc}")
            continue
        load_s = time.perf_counter() - t0
        if not tokens:
            tokens = embedder._token_lengths(texts, "document")
            k = len(passages) if args.timing_passages <= 0 else args.timing_passages
            timing_idx = timing_subset(passages, tokens, k)
        for variant in members:
            log(f"  {variant.label}, batch {variant.batch}")
            result = measure(variant, embedder, texts, timing_idx, tokens, args.repeats, log)
            result.load_s = load_s
            result.query_p50_s, result.query_p95_s = query_latencies(embedder, variant, queries)
            if args.speed_only:
                results.append(result)
                continue
            # quality: every passage and every query once, encoded the variant's way
            p_vecs = _normalised(encode(embedder, variant, texts, "document"))
            q_vecs = _normalised(encode(embedder, variant, queries, "query"))
            if reference is None:
                reference = (p_vecs, q_vecs)
            cos = np.concatenate([(p_vecs * reference[0]).sum(1), (q_vecs * reference[1]).sum(1)])
            result.cos_vs_fp32, result.min_cos_vs_fp32 = float(cos.mean()), float(cos.min())
            result.recall_at_1, result.recall_at_5, result.misses_at_1 = retrieval_scores(
                q_vecs, p_vecs, QUERIES, passages)
            log(f"    recall@1 {result.recall_at_1:.3f}  recall@5 {result.recall_at_5:.3f}  "
                f"cos vs fp32 {result.cos_vs_fp32:.4f}")
            results.append(result)
        del embedder
        gc.collect()

    if not results:
        print("no variant could run", file=sys.stderr)
        return 1
    naive = results[0].passages_per_s
    for r in results:
        r.speedup = r.passages_per_s / naive

    shown_args = list(argv) if argv is not None else sys.argv[1:]
    meta = {
        "passages": len(passages),
        "languages": {lang: sum(1 for p in passages if p.language == lang) for lang in ("en", "fi", "sv")},
        "mean_words": statistics.mean(p.words for p in passages),
        "mean_tokens": statistics.mean(tokens),
        "timing_passages": len(timing_idx),
        "timing_mean_tokens": statistics.mean(tokens[i] for i in timing_idx),
        "repeats": args.repeats,
        "queries": len(QUERIES),
        "cpu": describe(),
        "cores": os.cpu_count(),
        "torch": torch.__version__,
        "load_avg": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "isa": ", ".join(f"{k}={os.environ[k]}" for k in ("ONEDNN_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY")
                         if k in os.environ) or "native",
        "command": " ".join(["python -m evals.benchmarks.embedding", *shown_args]),
        "total_s": time.perf_counter() - started,
    }
    markdown = render_markdown(results, meta)
    print(markdown)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(markdown + "\n", encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(
        {"meta": meta, "results": [asdict(r) for r in results],
         "passages": [{"id": p.pid, "language": p.language, "locator": p.locator, "words": p.words,
                       "tokens": tokens[i]} for i, p in enumerate(passages)],
         "queries": [asdict(q) for q in QUERIES]},
        ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {args.out} and {args.out.with_suffix('.json')} in {meta['total_s']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
