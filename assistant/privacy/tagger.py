"""A trained sequence tagger for names and street addresses beside the rules (issue 17, twelfth round).

A linear-chain CRF (CRFsuite through ``python-crfsuite``) tags each token of a message B-/I-name, B-/I-address or O,
from the features of ``tagger_features.py`` (the rules' own finding at each token among them). The model is the
package file ``tagger.crfsuite``, written by ``python -m evals.privacy_train`` from the dev privacy sets only, with
its training sets and sha256 recorded in ``tagger.json``. How its spans join the rules' (``combine``) was chosen by
leave-one-set-out cross-validation over the dev sets (docs/EVALUATION.md, "Figures, twelfth round").

Without ``python-crfsuite``, or without the model file, or with a model of other features, the rules work alone and
one warning is logged: never an error.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from importlib import resources
from typing import Any

from assistant.privacy.base import CONTEXT, Finding
from assistant.privacy.tagger_features import FEATURES_VERSION, TAGGED_KINDS, features, rule_labels, spans_of, tokens_of

log = logging.getLogger(__name__)

MODEL_FILE = "tagger.crfsuite"
RECORD_FILE = "tagger.json"

_lock = threading.Lock()
_tag_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def _package_file(name: str):
    return resources.files("assistant.privacy").joinpath(name)


def load_record() -> dict[str, Any] | None:
    """The record beside the model (its training sets, their sha256, the model's sha256, how spans combine)."""
    try:
        return json.loads(_package_file(RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def load_tagger() -> tuple[Any, dict[str, Any]] | None:
    """The CRFsuite tagger and its record, loaded once; None (with one logged warning) when it cannot be."""
    with _lock:
        if "tagger" in _loaded:
            return _loaded["tagger"]
        _loaded["tagger"] = _load()
        return _loaded["tagger"]


def _load() -> tuple[Any, dict[str, Any]] | None:
    try:
        import pycrfsuite
    except ImportError:
        log.warning("python-crfsuite is not installed: names and addresses are found by the rules alone "
                    "(pip install python-crfsuite)")
        return None
    record = load_record()
    model = _package_file(MODEL_FILE)
    if record is None or not model.is_file():
        log.warning("the name and address tagger's model (%s, %s) is missing: the rules work alone; "
                    "python -m evals.privacy_train writes it", MODEL_FILE, RECORD_FILE)
        return None
    if record.get("features_version") != FEATURES_VERSION:
        log.warning("the tagger's model was trained on features version %s, not %s: the rules work alone; "
                    "retrain with python -m evals.privacy_train", record.get("features_version"), FEATURES_VERSION)
        return None
    with resources.as_file(model) as path:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != record.get("model_sha256"):
            log.warning("the tagger's model does not match its record (sha256 %s): the rules work alone", digest[:12])
            return None
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
    return tagger, record


def tag(text: str, rules: list[Finding], tagger: Any, rule_feature: bool = True) -> list[tuple[str, int, int, float]]:
    """The tagger's name and address spans in ``text``: (kind, start, end, probability), the probability being the
    lowest marginal of the span's labels. ``rule_feature``: whether the model was trained with the rules' findings
    as a feature (without, every token's rule label is "O")."""
    tokens = tokens_of(text)
    if not tokens:
        return []
    items = features(text, tokens, rule_labels(tokens, rules) if rule_feature else ["O"] * len(tokens))
    out = []
    with _tag_lock:  # a CRFsuite tagger keeps the last sequence for its marginals: one message at a time
        labels = tagger.tag(items)
        for kind, start, end, indices in spans_of(tokens, labels):
            out.append((kind, start, end, min(tagger.marginal(labels[i], i) for i in indices)))
    return out


def _overlaps(a: Finding, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def combine(text: str, rules: list[Finding], spans: list[tuple[str, int, int, float]], how: str,
            threshold: float) -> list[Finding]:
    """The rules' findings and the tagger's spans as one list.

    ``union``: the rules' findings, and each tagger span at or above ``threshold`` that no finding overlaps.
    ``decide``: the tagger decides names and addresses: a rule's name or address stands only where a tagger span
    of its kind (at or above ``threshold``) overlaps it (with the rule's edges), and a tagger span that overlaps
    no finding is added; the other kinds are the rules'.
    """
    kept = [s for s in spans if s[3] >= threshold]
    if how == "decide":
        findings = [f for f in rules if f.kind not in TAGGED_KINDS or
                    any(k == f.kind and _overlaps(f, s, e) for k, s, e, _ in kept)]
    else:
        findings = list(rules)
    for kind, start, end, probability in kept:
        if not any(_overlaps(f, start, end) for f in rules):
            findings.append(Finding(kind, start, end, text[start:end], CONTEXT))
    return sorted(findings, key=lambda f: f.start)


def with_tagger(text: str, rules: list[Finding]) -> list[Finding]:
    """``rules`` joined with the tagger's names and addresses as the record says; ``rules`` alone without a model."""
    loaded = load_tagger()
    if loaded is None:
        return rules
    tagger, record = loaded
    spans = tag(text, rules, tagger, record.get("rule_feature", "yes") != "no")
    return combine(text, rules, spans, record["combine"], record["threshold"])
