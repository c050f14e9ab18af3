"""The step-by-step guides of the knowledge base, and which one's steps a told situation gets.

A guide with at least ``MIN_STEPS`` sections headed as steps ("Step 2: ...", "2. vaihe: ...") is a step-by-step
guide. knowledge/ has two: the general one (suspected trafficking or exploitation: 112, notify child welfare, the
police, the assistance system; ``Settings.general_step_guide``) and one for a single harm (violence against a child at
home). The search alone chose badly between them: their first steps (112, notify) say nearly the same, so the
violence guide's often outranked the general guide's by a hair in stories about exploitation, and those lost the
steps they need (the referral to the assistance system). A linear probe per guide for one harm, on the question's
embedding (``assistant/probes.py``; ``python -m evals.step_guides --train``), says whether a story is about that harm:
such a guide when its probe says so, else the general one. Without probes for the embedding model the guide the
search found keeps its place.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from assistant.documents import PRACTICE_RECORD, DocumentRecord
from assistant.probes import Probe, load_probes
from assistant.situations import is_step
from assistant.store.catalog import Catalog
from assistant.store.derived import CatalogDerived

MIN_STEPS = 3  # numbered steps that make a guide a step-by-step guide
WEIGHTS = Path(__file__).with_name("step_guides.json")


def load_guide_probes(embedding_model: str, path: Path = WEIGHTS) -> dict[str, Probe]:
    """The probes of the guides for one harm, by the guide's path without language and suffix, trained for
    ``embedding_model``; none (and one warning) when there are none for it."""
    return load_probes(path, embedding_model, "a situation gets the steps of the guide the search found; retrain "
                       "with: python -m evals.step_guides --train") or {}


def guide_name(source: str) -> str:
    """A guide's path without its language and suffix (``practice/steps.fi.md`` -> ``practice/steps``): how the
    setting ``general_step_guide`` and the probes name a guide."""
    folder, _, name = source.rpartition("/")
    return f"{folder}{'/' if folder else ''}{name.split('.', 1)[0]}"


def _named(source: str, name: str) -> bool:
    """Is ``source`` a version of the guide ``name``?"""
    return guide_name(source) == name


class StepGuides(CatalogDerived[dict[str, list[str]]]):
    """The step-by-step guides of the catalog by language: read from every guide's chunks, so rebuilt only when a
    document changes. ``general``: the one whose steps most stories need; ``probes``: the guides for one harm."""

    def __init__(self, catalog: Catalog, general: str = "", probes: dict[str, Probe] | None = None) -> None:
        super().__init__(catalog)
        self.general = general
        self.probes = probes or {}

    def _build(self, records: list[DocumentRecord]) -> dict[str, list[str]]:
        guides: dict[str, list[str]] = {}
        for record in sorted(records, key=lambda r: r.source):
            if record.doc_type == PRACTICE_RECORD:
                continue
            steps = {c.locator for c in self.catalog.chunks_of(record.source) if is_step(c.locator)}
            if len(steps) >= MIN_STEPS:
                guides.setdefault(record.language, []).append(record.source)
        return guides

    def in_language(self, language: str, among: Iterable[str] = ()) -> str | None:
        """The step-by-step guide in ``language`` (else in any language): the first of ``among`` (the sources the
        search found, best first) that is one, else the general one, else the first by source."""
        guides = self.refresh()
        mine = guides.get(language) or next((guides[lang] for lang in sorted(guides)), [])
        found = next((source for source in among if source in mine), None)
        return found or self._general(mine) or next(iter(mine), None)

    def for_story(self, guide: str, vector: list[float] | None) -> str:
        """The guide whose steps a story gets, given ``guide`` (the one the search found): of its language's
        guides for one harm, the likeliest whose probe says the story is about that harm, else the general one.
        ``guide`` when there is no vector, or it is a guide no probe knows (one a maintainer added since)."""
        known = [*self.probes, self.general] if self.probes and self.general else []
        if vector is None or not any(_named(guide, name) for name in known):
            return guide
        mine = next((sources for sources in self.refresh().values() if guide in sources), [])
        likely = [(chance, source) for name, probe in self.probes.items() for source in mine
                  if _named(source, name) and (chance := probe.probability(vector)) >= probe.threshold]
        return max(likely)[1] if likely else self._general(mine) or guide

    def _general(self, sources: list[str]) -> str | None:
        return next((s for s in sources if _named(s, self.general)), None) if self.general else None
