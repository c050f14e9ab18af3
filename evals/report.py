"""Reports of an eval run: ``results.json``, ``report.md`` and a self-contained ``report.html``.

Both reports show the pipelines side by side and ours as a ratio of each baseline, per language
and per kind of question, plus two plots (per-language bars, latency histogram) drawn with
matplotlib when it is installed (``pip install -e '.[eval]'``); without it the plots are left out.
"""

from __future__ import annotations

import base64
import html
import json
import logging
import math
from pathlib import Path
from typing import Any

from evals.harness import EvalRun
from evals.metrics import FIGURES

log = logging.getLogger(__name__)

HEADLINE = ["hit@1_source", "hit@5_source", "mrr_source", "hit@1_locator", "hit@5_locator", "mrr_locator",
            "key_fact_recall", "steps_covered", "steps_in_order", "citation_support", "refusal_precision",
            "refusal_recall", "answerable_refused", "referral_precision", "referral_recall", "referral_rate_not_danger",
            "language_match", "latency_p50_s", "latency_p95_s", "answer_words",
            "newest_cited", "newest_quoted", "older_flagged"]
GROUPED = ["hit@5_source", "hit@5_locator", "mrr_locator", "key_fact_recall", "steps_covered", "answerable_refused",
           "refusal_recall", "referral_precision", "referral_recall"]
PLOTTED = [("hit@5_locator", "hit@5 (section/page)"), ("mrr_locator", "MRR (section/page)"),
           ("key_fact_recall", "key-fact recall")]
LANG_ORDER = ["fi", "sv", "en"]


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return str(value)


def ratio(ours: Any, baseline: Any) -> str:
    if ours is None or baseline is None or not baseline:
        return "–"
    return f"{ours / baseline:.2f}×"


class _Doc:
    """Builds the Markdown and the HTML of one report in parallel."""

    def __init__(self) -> None:
        self.md: list[str] = []
        self.html: list[str] = []

    def heading(self, text: str, level: int = 2) -> None:
        self.md.append(f"{'#' * level} {text}\n")
        self.html.append(f"<h{level}>{html.escape(text)}</h{level}>")

    def para(self, text: str) -> None:
        self.md.append(f"{text}\n")
        self.html.append(f"<p>{html.escape(text)}</p>")

    def table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.md.append("| " + " | ".join(headers) + " |")
        self.md.append("|" + "|".join("---" if i == 0 else "--:" for i in range(len(headers))) + "|")
        self.md.extend("| " + " | ".join(r) + " |" for r in rows)
        self.md.append("")
        head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
        self.html.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")

    def image(self, path: Path, alt: str) -> None:
        self.md.append(f"![{alt}]({path.name})\n")
        data = base64.b64encode(path.read_bytes()).decode()
        self.html.append(f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">')

    def bullets(self, items: list[str]) -> None:
        self.md.extend(f"- {i}" for i in items)
        self.md.append("")
        self.html.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")


WITHHELD = ("held out: this set is never tuned on, so its questions, answers and misses are not written where "
            "someone tuning could read them (`--show-answers` writes them)")


def write_report(run: EvalRun, folder: Path, failures: list[str] | None = None,
                 withhold: bool = False) -> dict[str, Path]:
    """Write results.json, report.md, report.html (and plot PNGs) into ``folder``; return their paths.
    ``withhold`` (a held-out set): the figures only, not the questions, answers and misses."""
    folder.mkdir(parents=True, exist_ok=True)
    data = run.to_dict()
    written = {**data, "questions": WITHHELD, "answers": WITHHELD} if withhold else data
    paths = {"json": folder / "results.json", "markdown": folder / "report.md", "html": folder / "report.html"}
    paths["json"].write_text(json.dumps(written, ensure_ascii=False, indent=1), encoding="utf-8")
    names = [r.name for r in run.runs]
    baselines = [n for n in names if n != "ours"] if "ours" in names else []
    doc = _Doc()
    doc.heading(f"Evaluation: {run.dataset}", 1)
    doc.para(f"{run.description} — documents: {run.documents}; {len(run.runs[0].scored) if run.runs else 0} "
             f"questions; run at {run.started_at} on {run.machine}.")
    doc.heading("Headline figures")
    headers = ["figure", *names, *[f"ours / {b}" for b in baselines], "better"]
    rows = []
    for key in HEADLINE:
        values = [data["figures"][n].get(key) for n in names]
        ours = data["figures"]["ours"].get(key) if "ours" in names else None
        rows.append([key, *map(fmt, values), *[ratio(ours, data["figures"][b].get(key)) for b in baselines],
                     FIGURES[key][0]])
    doc.table(headers, rows)
    if failures is not None:
        doc.heading("Thresholds")
        doc.bullets(failures or ["all figures of 'ours' are within evals/thresholds.toml"])
    for group, title in (("by_language", "By language"), ("by_kind", "By kind of question")):
        doc.heading(title)
        groups = list(data[group][names[0]]) if names else []
        if group == "by_language":
            groups = [g for g in LANG_ORDER if g in groups] + [g for g in groups if g not in LANG_ORDER]
        rows = []
        for g in groups:
            for key in GROUPED:
                values = [data[group][n].get(g, {}).get(key) for n in names]
                if any(v is not None for v in values):
                    rows.append([f"{g}: {key}", *map(fmt, values)])
        doc.table([title.split()[-1], *names], rows)
    doc.heading("Plots")
    for path, alt in _plots(data, names, folder):
        doc.image(path, alt)
    doc.heading("Where ours misses")
    doc.bullets([WITHHELD] if withhold else _misses(run) or [
        "nothing: every answerable question has its section in the top 5, all key facts and all steps"])
    missed = [] if withhold else _missed_steps(run)
    if missed:
        doc.heading("Steps ours misses most often")
        doc.para("Each step is named by its first alternative in the dataset; the count is of answers that lack it.")
        doc.table(["step", "answers missing it", "questions"], missed)
    doc.heading("Figures explained")
    doc.bullets([f"{k}: {v[1]} ({v[0]} is better)" for k, v in FIGURES.items()])
    paths["markdown"].write_text("\n".join(doc.md) + "\n", encoding="utf-8")
    style = ("body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse;"
             "margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child,"
             "th:first-child{text-align:left}img{max-width:100%}")
    paths["html"].write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>Evaluation: "
                             f"{html.escape(run.dataset)}</title><style>{style}</style></head><body>"
                             + "\n".join(doc.html) + "</body></html>\n", encoding="utf-8")
    return paths


def _misses(run: EvalRun) -> list[str]:
    ours = run.run("ours")
    if ours is None:
        return []
    out = []
    for s in ours.scored:
        incomplete = (s.key_fact_recall is not None and s.key_fact_recall < 1) or bool(s.steps_missed) \
            or s.newest_cited is False or (s.older_cited or 0) > (s.older_flagged or 0)
        if s.answerable and (s.refused or s.locator_rank is None or s.locator_rank > 5 or incomplete):
            why = []
            if s.refused:
                why.append(f"refused ({s.refusal})" if s.refusal else "refused")
            if s.locator_rank is None or s.locator_rank > 5:
                why.append(f"section not in top 5 (document rank {s.source_rank or '–'})")
            if s.key_fact_recall is not None and s.key_fact_recall < 1:
                why.append(f"key facts {s.key_fact_recall:.2f}")
            if s.steps_missed:
                why.append(f"steps {s.steps_covered:.2f} (missing: {'; '.join(s.steps_missed)})")
            if s.newest_cited is False:
                why.append("the newest wording is not cited")
            if (s.older_cited or 0) > (s.older_flagged or 0):
                why.append(f"{s.older_cited - (s.older_flagged or 0)} older wording(s) cited unflagged")
            out.append(f"{s.id} ({s.language}, {s.kind}): {', '.join(why)}")
        elif not s.answerable and not s.refused:
            out.append(f"{s.id} ({s.language}, out-of-scope): answered instead of refused")
    return out


def _missed_steps(run: EvalRun) -> list[list[str]]:
    """Rows of (step, how many of ours' answers miss it, which questions), the most missed first."""
    ours = run.run("ours")
    by_step: dict[str, list[str]] = {}
    for s in ours.scored if ours else []:
        for step in s.steps_missed:
            by_step.setdefault(step, []).append(s.id)
    ranked = sorted(by_step.items(), key=lambda item: (-len(item[1]), item[0]))
    return [[step, str(len(ids)), ", ".join(ids)] for step, ids in ranked]


def _plots(data: dict[str, Any], names: list[str], folder: Path) -> list[tuple[Path, str]]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log.warning("matplotlib is not installed; the report has no plots (pip install -e '.[eval]')")
        return []
    out = []
    languages = [g for g in LANG_ORDER if names and g in data["by_language"][names[0]]]
    fig, axes = plt.subplots(1, len(PLOTTED), figsize=(4.2 * len(PLOTTED), 3.4), sharey=True)
    width = 0.8 / max(1, len(names))
    for ax, (key, label) in zip(axes, PLOTTED):
        for i, name in enumerate(names):
            values = [data["by_language"][name][g].get(key) or 0.0 for g in languages]
            ax.bar([x + i * width for x in range(len(languages))], values, width, label=name)
        ax.set_xticks([x + width * (len(names) - 1) / 2 for x in range(len(languages))], languages)
        ax.set_title(label)
        ax.set_ylim(0, 1.05)
    fig.legend(*axes[0].get_legend_handles_labels(), loc="upper center", ncol=len(names), fontsize=8)
    fig.tight_layout(rect=(0, 0, 1, 0.9))
    path = folder / "per-language.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    out.append((path, "per-language bars"))
    fig, ax = plt.subplots(figsize=(7, 3.4))
    every = [max(q["seconds"], 1e-4) for n in names for q in data["questions"][n]]
    low, high = math.log10(min(every)), math.log10(max(every)) + 1e-9
    bins = [10 ** (low + (high - low) * i / 30) for i in range(31)]  # log-spaced: pipelines differ 100-fold
    for name in names:
        ax.hist([max(q["seconds"], 1e-4) for q in data["questions"][name]], bins=bins, alpha=0.55, label=name)
    ax.set_xscale("log")
    ax.set_xlabel("seconds per question (log scale)")
    ax.set_ylabel("questions")
    ax.set_title("Latency")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path = folder / "latency.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    out.append((path, "latency histogram"))
    return out
