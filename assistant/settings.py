"""One typed, validated settings object, built once in ``main()`` and passed down.

Every field reads from an environment variable ``ASSISTANT_<FIELD>`` (for example
``ASSISTANT_HOME``). Unknown ``ASSISTANT_*`` variables and unknown keyword arguments are
rejected, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import SettingsError

ENV_PREFIX = "ASSISTANT_"


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "child-protection-assistant"


def cache_root() -> Path:
    """Where derived files shared by every ASSISTANT_HOME live: ``$XDG_CACHE_HOME/child-protection-assistant``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "child-protection-assistant"


def _default_models_dir() -> Path:
    return cache_root() / "models"


class Settings(BaseSettings):
    """All settings of the assistant. Field descriptions double as CLI and docs help."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", validate_default=True)

    # --- state -------------------------------------------------------------------------------
    home: Path = Field(
        default_factory=_default_home,
        description="The one folder holding all state: vector store, catalog (manifest and keyword "
        "index), feedback. Tests point it at a temporary folder.",
    )
    models_dir: Path = Field(
        default_factory=_default_models_dir,
        description="Where packaged embedding models are assembled (a cache, not state).",
    )

    # --- embeddings --------------------------------------------------------------------------
    embedding_model: str = Field(
        default="embeddinggemma",
        description="Embedding model: the preset 'embeddinggemma' (multilingual, default), the preset "
        "'minilm' (small, English only), a local sentence-transformers folder, or a hub id (only on "
        "machines that can reach a model hub).",
    )
    embedding_precision: Literal["auto", "fp32", "bf16"] = Field(
        default="auto",
        description="Numeric precision of the embedding model on CPU. 'auto' chooses bf16 where the CPU "
        "computes it natively (AMX-BF16 or AVX512-BF16: about 2x faster, same retrieval results, see "
        "docs/BENCHMARKS.md) and fp32 elsewhere (on AVX2-only CPUs bf16 is emulated and several times "
        "slower); `assistant doctor` shows the choice.",
    )
    embedding_backend: Literal["auto", "torch", "onnx", "openvino"] = Field(
        default="auto",
        description="What runs the embedding model: torch (sentence-transformers), onnx (ONNX Runtime) or openvino "
        "(OpenVINO), the last two on the model's ONNX export (`assistant prepare-model --backend onnx`, or "
        "`make model-onnx`; needs the extra `pip install -e '.[onnx]'`). Their vectors are interchangeable (cosine "
        ">= 0.999, checked on a fixed sample before use). 'auto' takes the fastest on this kind of CPU whose export is "
        "present and checked, else torch (docs/BENCHMARKS.md); `assistant doctor` shows the choice and why.",
    )
    embedding_batch_size: int = Field(
        default=4, ge=1, le=512,
        description="Passages encoded per batch; batches are formed by token length, so a batch of "
        "Finnish and English passages carries little padding. Small batches are fastest on 2 CPU cores "
        "(see docs/BENCHMARKS.md; measure with `python -m evals.benchmarks.embedding`).",
    )
    embedding_max_tokens: int = Field(
        default=512, ge=32, le=2048, description="Longest input, in model tokens, before truncation."
    )

    # --- store -------------------------------------------------------------------------------
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000). Unset: an embedded Chroma "
        "on disk under ASSISTANT_HOME.",
    )
    embedding_memo_passages: int = Field(
        default=4096, ge=0, le=1_000_000,
        description="Passage vectors a process remembers (about 3 KB each), so that a passage met again (a "
        "second store, a document synced twice) is not embedded again; 0 turns it off. Questions are never "
        "remembered.",
    )
    vector_search_ef: int = Field(
        default=400, ge=10, le=5000,
        description="Graph candidates Chroma explores per search (HNSW ef_search). Its default, 100, gave "
        "different top-40 results for the same query in different processes (docs/evaluation/qa-history.md); 400 gave "
        "identical ones, for about 0.7 ms more per search at 10,000 chunks.",
    )
    collection: str = Field(
        default="knowledge",
        pattern=r"^[a-zA-Z0-9][a-zA-Z0-9_-]{1,40}$",
        description="Name prefix of the Chroma collection; the embedding model's name is appended so "
        "that vectors of different models never mix.",
    )

    # --- ingestion ---------------------------------------------------------------------------
    max_file_mb: float = Field(
        default=50.0, gt=0, description="Files larger than this many megabytes are refused."
    )
    max_chunks_per_document: int = Field(
        default=5000, ge=1,
        description="A document that would make more chunks than this is refused (a runaway file must not "
        "hold up the sync); knowledge/'s longest document makes about 40, a 300-page PDF about 1,500.",
    )
    max_seconds_per_document: float = Field(
        default=1800.0, gt=0,
        description="Embedding one document longer than this many seconds stops it with an error; its old "
        "version stays and the rest of the sync goes on.",
    )
    ocr: bool = Field(
        default=True,
        description="Read scanned PDF pages (no text layer, or one that fails the quality check) with Tesseract "
        "in the document's language (fi, sv, en; `make ocr` installs it). Off: such pages are reported and "
        "left out (a poor text layer is kept as it is).",
    )
    ocr_workers: int = Field(
        default=0, ge=0, le=64,
        description="Tesseract processes run at once; 0: one per CPU core this process may use.",
    )
    ocr_max_pages_per_document: int = Field(
        default=300, ge=1,
        description="A PDF with more pages to OCR than this is refused with the reason (its old version "
        "kept): one huge scan must not hold up the sync. About 3.3 CPU seconds a page (docs/BENCHMARKS.md).",
    )
    ocr_max_seconds_per_document: float = Field(
        default=900.0, gt=0,
        description="OCR of one PDF longer than this many seconds stops it with an error naming the pages "
        "done; its old version stays and the rest of the sync goes on.",
    )
    chunk_words: int = Field(
        default=160, ge=30, le=1000, description="Target chunk length in words (chosen on the dev eval)."
    )
    chunk_overlap_sentences: int = Field(
        default=1, ge=0, le=5, description="Sentences repeated at the start of the next chunk."
    )

    # --- retrieval ---------------------------------------------------------------------------
    top_k: int = Field(
        default=6, ge=1, le=50,
        description="Passages handed to the answerer (chosen on the dev eval: hit@5 stops rising at 5, MRR at 8).",
    )
    candidates_k: int = Field(
        default=40, ge=5, le=500, description="Candidates fetched from each retriever before fusion."
    )
    keyword_weight: float = Field(
        default=0.1, ge=0.0, le=1.0,
        description="Weight of the BM25 side in rank fusion (dense side gets 1 minus this); chosen on the "
        "dev eval, small so that keyword matches never drown cross-lingual dense matches.",
    )
    max_passages_per_document: int = Field(
        default=4, ge=1, le=50,
        description="At most this many passages from one document (chosen on the dev eval).",
    )
    merge_versions: bool = Field(
        default=True,
        description="Take the fi/sv/en versions of one document section as one hit (assistant/versions.py): it "
        "ranks by its best version and quotes the version in the filtered language, else the asker's.",
    )
    calibrate_language_pairs: bool = Field(
        default=True,
        description="Add the measured offset of each (question language, passage language) pair to "
        "cross-lingual dense scores before ranking and refusal (assistant/calibration.py).",
    )
    sentence_vectors: bool = Field(
        default=True,
        description="Embed every sentence of the indexed passages once, after indexing (assistant/store/sentences.py), "
        "so the extractive answerer quotes the sentences closest in meaning to the question, also across languages "
        "(dev-baltic key facts 0.604 -> 0.676); costs about as much embedding again as the passages.",
    )
    query_expansion: bool = Field(
        default=True,
        description="Search a question asked in a language no document is written in (et, lv, lt, pl, de, ...) with the "
        "English wording of its domain terms appended (assistant/text/glossary.py, glossary.tsv): the embedding model "
        "matches such questions poorly across languages, and the keyword side finds none of their words.",
    )
    prefer_newest_wording: bool = Field(
        default=True,
        description="Put the newest wording of a statute section the store holds in the place of an older act's "
        "wording of it that the search found (assistant/law/ranking.py), fetching it when the search did not.",
    )
    refusal_threshold: float = Field(
        default=0.45, ge=0.0, le=1.0,
        description="Below this best dense similarity the evidence is too weak and the assistant "
        "refuses (calibrated on the dev eval's out-of-scope and answerable questions).",
    )
    sentence_match_rescue: float = Field(
        default=0.57, ge=0.0, le=1.01,
        description="A factual question whose best passage is below its refusal threshold is still answered when one "
        "sentence of the passages found is at least this close to it (cosine similarity, the sentence vectors of "
        "assistant/store/sentences.py): a short look-up (\"When was the CBSS founded?\") matches the one sentence "
        "that answers it far better than the whole section around it. The checks after the draft (a missing fact, "
        "the near-topic probe) still apply. 1.01 turns it off (docs/evaluation/qa-history.md).",
    )
    story_steps: int = Field(
        default=4, ge=0, le=16,
        description="A question that tells a situation and asks one thing about it (\"A 15-year-old came alone ... Who "
        "pays his interpreter?\") is answered as asked, then given at most this many sentences of the guidance on "
        "what to do in such a situation (the extractive answerer's steps, assistant/pipeline.py's story_steps). 0: "
        "the answer to what it asks alone (docs/evaluation/qa-history.md).",
    )
    other_language_refusal_threshold: float = Field(
        default=0.38, ge=0.0, le=1.0,
        description="The refusal threshold for a question in a language no document is written in (an "
        "Estonian question over fi/sv/en documents): every passage is in another language, and the model "
        "scores across languages 0.07-0.13 lower (assistant/calibration.py), so the threshold is "
        "refusal_threshold less the smallest of those offsets (dev-baltic eval, docs/evaluation/qa-history.md). A language the "
        "model scores much lower still (Estonian, Latvian, Lithuanian: calibration.ASKER_LANGUAGE_OFFSETS) gets "
        "refusal_threshold less its own offset where that is lower.",
    )
    situation_refusal_threshold: float = Field(
        default=0.40, ge=0.0, le=1.0,
        description="The refusal threshold for a question that describes a situation and asks what to do "
        "(assistant/situations.py): its story dilutes the match with the guidance, so its best similarity "
        "runs lower (chosen on the dev eval's situation questions, docs/evaluation/qa-history.md).",
    )
    other_language_situation_refusal_threshold: float = Field(
        default=0.37, ge=0.0, le=1.0,
        description="The refusal threshold for a situation (a question that describes one and asks what to do) "
        "asked in a language no document is written in: both its story and the other language lower its best "
        "similarity, so it is judged by the lowest of this, situation_refusal_threshold and "
        "other_language_refusal_threshold. Chosen on dev-baltic (`python -m evals.calibrate --dataset dev-baltic "
        "--refusal-only`): the midpoint between its lowest situations (0.377) and the highest out-of-scope "
        "question below them (0.372), rounded down (docs/evaluation/qa-history.md).",
    )
    general_step_guide: str = Field(
        default="practice/what-to-do-step-by-step",
        description="The general step-by-step guide (its path without the language and suffix): the one whose "
        "steps a situation gets unless the probe of a guide for one harm says the story is about that harm "
        "(assistant/step_guides.py; knowledge/ has two guides: suspected trafficking or exploitation, the general "
        "one, and violence against a child at home). Without probes for the embedding model, the guide whose step "
        "the search found first, and this one for a situation asked in a language no document is in whose "
        "search found none.",
    )
    situation_refusal_floor: float = Field(
        default=0.20, ge=0.0, le=1.0,
        description="Where the subject probe of situations applies (assistant/situations_subject.py: a probe "
        "trained for the embedding model), a situation is refused when the probe says its story is not about "
        "what the knowledge base covers, or when its best dense similarity is below this floor (nothing at all "
        "is close); the situation thresholds above then stand aside. Well below the lowest situation of the dev "
        "sets (0.275; a Lithuanian story over a small store scored 0.24, tests/test_situations_subject.py), so "
        "that the probe, not the match, decides (docs/evaluation/qa-history.md).",
    )
    situation_sure_match: float = Field(
        default=0.55, ge=0.0, le=1.0,
        description="A situation whose best dense similarity reaches this is on the knowledge base's subject "
        "whatever the subject probe says: a section matches its story closely. Above every everyday story of the "
        "dev sets (at most 0.51 over 186 in the twelve languages; none of the 287 on-subject ones the probe refuses "
        "reaches it) and reached by a short Estonian question on a child missing from a children's home (0.64) that "
        "the probe took for everyday (0.35): short stories in Estonian, Latvian and Lithuanian are where the probe "
        "errs most (docs/evaluation/qa-history.md).",
    )
    refusal_term_band: float = Field(
        default=0.70, ge=0.0, le=1.0,
        description="Below this best dense similarity, a question is also refused when two of its specific "
        "words occur in no document (assistant/coverage.py) or when it asks about another country that no "
        "passage found mentions (assistant/jurisdiction.py); 0 turns these signals off. Calibrated on the "
        "dev eval with refusal_threshold (docs/evaluation/qa-history.md).",
    )
    refuse_missing_facts: bool = Field(
        default=True,
        description="Refuse, and show the closest quotes as the related topic, when the question asks for a "
        "count, an amount, a dose or a year's figure that none of the answer's sentences gives "
        "(assistant/specific_facts.py), or a named thing (assistant/asked_things.py), or when the near-topic probe "
        "says that a factual question asks for something beside what the sources give (assistant/near_topic.py).",
    )
    common_word_zipf: float = Field(
        default=4.0, ge=3.0, le=8.0,
        description="Words at least this common in the question's language (Zipf frequency, wordfreq's small lists, "
        "which hold the words of Zipf 3 and above) carry no topic and are never counted as uncovered by the second "
        "refusal signal.",
    )

    # --- answering ---------------------------------------------------------------------------
    answerer: Literal["extractive", "openai", "ollama"] = Field(
        default="extractive",
        description="extractive: quotes sentences from the sources, no LLM, offline. openai: any "
        "OpenAI-compatible server (vLLM, llama.cpp, LM Studio, Azure OpenAI). ollama: an Ollama server.",
    )
    llm_base_url: str | None = Field(
        default=None, description="Base URL of the LLM server (for openai: ending in /v1)."
    )
    llm_model: str | None = Field(default=None, description="Model name on the LLM server.")
    llm_api_key: SecretStr = Field(
        default=SecretStr("not-needed"), description="API key for the LLM server, if it needs one."
    )
    llm_timeout_s: float = Field(default=120.0, gt=0, description="Timeout of one LLM request.")
    unsupported_sentences: Literal["drop", "flag"] = Field(
        default="flag",
        description="What to do with an LLM sentence its cited passages do not support: drop it, or "
        "show it visibly flagged as unsupported (never as cited fact).",
    )

    # --- user interface ----------------------------------------------------------------------
    host: str = Field(default="127.0.0.1", description="Address the web UI listens on.")
    port: int = Field(default=7860, ge=1, le=65535, description="Port of the web UI.")
    admin_username: str | None = Field(
        default=None, description="User name for the admin tab. Unset: the admin tab stays locked."
    )
    admin_password: SecretStr | None = Field(
        default=None, description="Password for the admin tab. There is no default password."
    )
    knowledge_dir: Path | None = Field(
        default=None,
        description="The knowledge folder that the admin tab's sync button syncs (for example ./knowledge), "
        "together with the uploads folder under ASSISTANT_HOME. Unset: only the uploads folder.",
    )

    # --- maintenance -------------------------------------------------------------------------
    stale_after_months: int = Field(
        default=12, ge=1, le=120,
        description="`assistant sources --stale` and the admin tab's review list name documents whose "
        "`reviewed` date is older than this many months.",
    )

    @field_validator("home", "models_dir", "knowledge_dir")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return None if value is None else value.expanduser().resolve()

    # Paths derived from home: written once here.
    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def catalog_path(self) -> Path:
        return self.home / "catalog.sqlite3"

    @property
    def sentences_path(self) -> Path:
        """The sentence vectors (derived from the catalog's passages; not part of a backup)."""
        return self.home / "sentences.sqlite3"

    @property
    def feedback_path(self) -> Path:
        return self.home / "feedback.sqlite3"

    @property
    def uploads_dir(self) -> Path:
        """Where documents uploaded in the admin tab are saved (and synced from)."""
        return self.home / "uploads"


def unknown_env_keys(environ: dict[str, str] | None = None) -> list[str]:
    """``ASSISTANT_*`` variables that name no setting (typos)."""
    environ = dict(os.environ if environ is None else environ)
    known = {ENV_PREFIX + name.upper() for name in Settings.model_fields}
    return sorted(k for k in environ if k.upper().startswith(ENV_PREFIX) and k.upper() not in known)


def load_settings(**overrides: object) -> Settings:
    """Build the settings from the environment plus ``overrides``; raise SettingsError if bad."""
    unknown = unknown_env_keys()
    if unknown:
        raise SettingsError(
            f"unknown setting(s) in the environment: {', '.join(unknown)}. "
            f"Known: {', '.join(ENV_PREFIX + n.upper() for n in Settings.model_fields)}"
        )
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        def named(field: str) -> str:  # as the user gave it: an option of this run, or the environment
            env = f"{ENV_PREFIX}{field.upper()}"
            return f"{option_name(field)} ({env})" if field in overrides else env

        problems = "; ".join(f"{named('.'.join(str(p) for p in err['loc']))}: {err['msg']}" for err in exc.errors())
        raise SettingsError(f"invalid settings: {problems}") from exc


# --- command-line options derived from the settings -----------------------------------------------
OPTION_PREFIX = "setting__"  # argparse dest of an option that sets a field


def option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def add_setting_options(parser: argparse.ArgumentParser, *fields: str) -> None:
    """Add ``--field-name`` options for settings ``fields`` to ``parser``: their help is the field's
    description with its environment variable and default; choices come from a Literal type. A given
    option overrides the environment for this run (``settings_overrides``), and the settings object
    validates it as it validates the environment."""
    for name in fields:
        info = Settings.model_fields[name]
        choices = get_args(info.annotation) if get_origin(info.annotation) is Literal else None
        default = info.default_factory() if info.default_factory is not None else info.default
        default = "unset" if default is None else default
        if isinstance(default, SecretStr):
            default = "not shown"
        parser.add_argument(option_name(name), dest=OPTION_PREFIX + name, default=argparse.SUPPRESS,
                            metavar=None if choices else name.split("_")[-1].upper(), choices=choices,
                            help=f"{info.description} [env {ENV_PREFIX}{name.upper()}; default: {default}]"
                            .replace("%", "%%"))


def settings_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given as options on the command line."""
    return {k[len(OPTION_PREFIX):]: v for k, v in vars(args).items() if k.startswith(OPTION_PREFIX)}
