"""Training the linear probes of ``assistant/probes.py`` (the danger classifier, the situations' subject probe)."""

from __future__ import annotations


def fit_logistic(vectors, labels, l2: float, epochs: int = 3000, rate: float = 0.5):
    """Weights and bias of an L2-regularised logistic regression (full-batch gradient descent)."""
    import numpy as np

    x, y = np.asarray(vectors, dtype=np.float64), np.asarray(labels, dtype=np.float64)
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * float((p - y).mean())
    return w, b


def out_of_fold(vectors, labels, fold_of, l2: float, **fit):
    """Each example's probability from a probe fitted on the other folds (``fold_of``: each example's fold;
    ``fit``: more of ``fit_logistic``'s arguments)."""
    import numpy as np

    x, y, fold_of = np.asarray(vectors, dtype=np.float64), np.asarray(labels), np.asarray(fold_of)
    probability = np.zeros(len(y))
    for fold in np.unique(fold_of):
        test = fold_of == fold
        w, b = fit_logistic(x[~test], y[~test], l2, **fit)
        probability[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w + b)))
    return probability


def write_probe(path, embedding_model: str, weights, bias: float, threshold: float, **about: object) -> None:
    """Write a fitted probe (``assistant.probes.Probe``) for ``embedding_model`` to ``path``, with ``about`` (what
    it was trained on, its L2, the number of examples) beside the weights."""
    from assistant.probes import Probe

    probe = Probe(embedding_model, tuple(float(v) for v in weights), float(bias), threshold)
    path.write_text(probe.to_json(**about) + "\n", encoding="utf-8")


def write_probes(path, embedding_model: str, probes: dict, **about: object) -> None:
    """Write several fitted probes for ``embedding_model`` to one file (``assistant.probes.load_probes``):
    ``probes`` maps a name to (weights, bias, threshold); ``about`` as for ``write_probe``."""
    import json

    from assistant.probes import Probe

    entries = {name: Probe(embedding_model, tuple(float(v) for v in weights), float(bias), threshold).fields()
               for name, (weights, bias, threshold) in probes.items()}
    path.write_text(json.dumps({"embedding_model": embedding_model, **about, "probes": entries}, indent=1) + "\n",
                    encoding="utf-8")


def probe_command(module: str, doc: str, weights, argv) -> tuple[object, object]:
    """The command line of a probe's trainer (``python -m <module> [--train]``): its parsed arguments and settings."""
    import argparse

    from assistant.settings import load_settings

    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=doc.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help=f"write {weights.name} after the cross-validation")
    return parser.parse_args(argv), load_settings()


def embedded_questions(settings, texts: list[str]):
    """``texts`` embedded as questions by the configured model (the vectors the probes read at run time)."""
    import numpy as np

    from assistant.embeddings.registry import build_embedder

    return np.asarray(build_embedder(settings).embed_batch(texts, "query"))


def labelled_lines(path, row):
    """``row`` of each JSON object of a JSONL file of labelled examples, one a line; a broken line (not JSON, or a
    field ``row`` needs missing or wrong) stops the trainer with the file, the line and the problem."""
    import json

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield row(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{number}: {type(exc).__name__}: {exc}") from exc


def cross_validated(settings, rows, l2: float, **fit):
    """For ``rows`` of (text, id, label, fold, ...): the texts embedded as questions, the labels, the folds, and each
    example's out-of-fold probability (``fit``: more of ``fit_logistic``'s arguments)."""
    import numpy as np

    x = embedded_questions(settings, [r[0] for r in rows])
    y = np.asarray([r[2] for r in rows])
    fold = np.asarray([r[3] for r in rows])
    return x, y, fold, out_of_fold(x, y, fold, l2, **fit)


def write_trained(path, settings, x, y, l2: float, threshold: float, fit: dict, **about: object) -> None:
    """Fit a probe on all of ``x`` and ``y`` (``fit``: more of ``fit_logistic``'s arguments), write it to ``path`` with
    ``about``, its L2, its fit and its number of examples, and say so."""
    w, b = fit_logistic(x, y, l2, **fit)
    write_probe(path, settings.embedding_model, w, b, threshold, **about, l2=l2, **fit, examples=len(y))
    print(f"wrote {path}")
