"""How the dense score depends on the language pair (question language, passage language).

    python -m evals.language_pairs [--dataset dev] [--home DIR]
    python -m evals.language_pairs --askers [--home DIR]

knowledge/ holds each document in fi, sv and en, aligned section by section (``assistant/versions.py``).
For every answerable question of the dataset, its expected section is looked up in each language
version and the question's cosine similarity to it is measured: the same facts, only the language
differs. The mean per (question language, passage language) pair, against the same-language mean
of that question language, is the offset that ``assistant/calibration.py`` adds to a cross-lingual
score so that a Finnish question's best English passage is judged as an English question's would be.

``--askers`` measures how much lower the model scores the questions of each asker language against the
documents (``calibration.ASKER_LANGUAGE_OFFSETS``): no language but fi, sv and en has a version of the documents, so
it compares like with like instead: for five kinds of dev messages (factual, out-of-scope, situations from dev,
dev-baltic and heldout-situations-3; on- and off-subject stories from subject/stories.jsonl), the median best dense
similarity of the language's messages against the fi/sv/en mean of those medians; the offset is the median of the
five differences.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from assistant.settings import load_settings
from assistant.retrieval import Retriever
from assistant.text.language import ASKER_LANGUAGES, DOCUMENT_LANGUAGES
from assistant.versions import Versions, version_key
from evals.datasets import load_dataset


def pair_scores(store, dataset) -> dict[tuple[str, str], list[float]]:
    """(question language, passage language) -> the question's similarity to its expected section's version."""
    versions = Versions(store.catalog)
    by_source = {d.source: d for d in store.catalog.documents()}
    scores: dict[tuple[str, str], list[float]] = {}
    for q in dataset.questions:
        if not q.answerable or q.history or q.kind == "situation" or not q.expected:
            continue
        expected = q.expected[0]
        if expected.source not in by_source:
            continue
        chunks = [c for c in store.catalog.chunks_of(expected.source) if expected.locator in c.locator]
        if not chunks or version_key(expected.source) is None:
            continue
        vector = store.embedder.embed_query(q.question)
        for language in ASKER_LANGUAGES:
            section = chunks if chunks[0].language == language else versions.section_in(chunks[0], language)
            if not section:
                continue
            hits = store.dense_search(vector, 50, {"source": section[0].source})
            wanted = {c.chunk_id for c in section}
            best = max((score for chunk, score in hits if chunk.chunk_id in wanted), default=None)
            if best is not None:
                scores.setdefault((q.language, language), []).append(best)
    return scores


def offsets(scores: dict[tuple[str, str], list[float]]) -> dict[tuple[str, str], float]:
    """Same-language mean minus the pair's mean, per (question language, passage language)."""
    out = {}
    for (asked, found), values in scores.items():
        same = scores.get((asked, asked))
        if same and asked != found:
            out[(asked, found)] = round(statistics.mean(same) - statistics.mean(values), 3)
    return out


ASKER_SETS = ("dev", "dev-baltic", "heldout-situations-3")
KINDS = ("factual", "out-of-scope", "situation", "story on subject", "story off subject")


def asker_scores(store, documents: Path) -> dict[str, dict[str, list[float]]]:
    """Asker language -> kind of message -> best dense similarity of each dev message of that kind."""
    from evals.datasets import dataset_dir, labelled_lines

    scores: dict[str, dict[str, list[float]]] = {}

    retriever = Retriever(store, store.settings)

    def add(language: str, kind: str, text: str) -> None:
        # What the retriever searches: the English wording of the message's terms appended where it does so.
        vector = store.embedder.embed_query(retriever.expanded(text, language))
        best = max((score for _, score in store.dense_search(vector, 5, None)), default=0.0)
        scores.setdefault(language, {}).setdefault(kind, []).append(best)

    for name in ASKER_SETS:
        for q in load_dataset(name, documents).questions:
            if not q.history:
                add(q.language, "out-of-scope" if not q.answerable else
                    "situation" if q.kind == "situation" else "factual", q.question)
    stories = dataset_dir("subject") / "stories.jsonl"
    for _where, record in labelled_lines(stories, ("id", "language", "text", "on_subject", "note")):
        add(record["language"], "story on subject" if record["on_subject"] else "story off subject", record["text"])
    return scores


def asker_offsets(scores: dict[str, dict[str, list[float]]]) -> dict[str, float]:
    """Per asker language without documents: the median over the kinds of (fi/sv/en median less its median)."""
    reference = {kind: statistics.mean(statistics.median(scores[lang][kind]) for lang in DOCUMENT_LANGUAGES)
                 for kind in KINDS}
    return {language: round(statistics.median(reference[k] - statistics.median(v[k]) for k in KINDS), 3)
            for language, v in scores.items() if language not in DOCUMENT_LANGUAGES and all(k in v for k in KINDS)}


def main(argv: list[str] | None = None) -> int:
    from assistant.factory import make_store
    from evals.pipelines import build_store, ours_settings

    parser = argparse.ArgumentParser(prog="python -m evals.language_pairs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", default="dev")
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--askers", action="store_true", help="per asker language: how much lower it scores")
    args = parser.parse_args(argv)
    settings = load_settings(**({"home": args.home} if args.home else {}))
    dataset = load_dataset(args.dataset)
    ours = ours_settings(settings, dataset)
    build_store(ours, dataset)
    store = make_store(ours)
    if args.askers:
        by_language = asker_scores(store, dataset.documents)
        found = asker_offsets(by_language)
        print("| asker language | " + " | ".join(KINDS) + " | offset |")
        print("|---|" + "--:|" * (len(KINDS) + 1))
        for language, kinds in by_language.items():
            cells = " | ".join(f"{statistics.median(kinds[k]):.3f} ({len(kinds[k])})" if k in kinds else "–"
                               for k in KINDS)
            print(f"| {language} | {cells} | {found.get(language, 0.0):+.3f} |")
        print("\nASKER_LANGUAGE_OFFSETS =", found, file=sys.stderr)
        return 0
    scores = pair_scores(store, dataset)
    print("| question → passage | questions | mean similarity | offset |")
    print("|---|--:|--:|--:|")
    found = offsets(scores)
    for pair in sorted(scores):
        values = scores[pair]
        print(f"| {pair[0]} → {pair[1]} | {len(values)} | {statistics.mean(values):.3f} | "
              f"{found.get(pair, 0.0):+.3f} |")
    print("\nOFFSETS =", {f"{a}-{b}": v for (a, b), v in sorted(found.items())}, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
