"""A quick, derandomized run of the loader fuzzer (``evals.benchmarks.fuzz``), and the crashes the
long runs found, kept as plain cases. No model: every loader either returns a document or raises
DocumentError, whatever the bytes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from evals.benchmarks.fuzz import TARGETS, TargetResult, fuzz_target, seeds
from ingest.loaders import load_document


@pytest.mark.filterwarnings("ignore")  # bs4 and pypdf warn about broken input; failures are what counts
@pytest.mark.parametrize("target", TARGETS)
def test_mutated_files_load_or_fail_with_a_document_error(target):
    result = fuzz_target(target, examples=100, timeout=5.0, derandomize=True, result=TargetResult())
    assert result.failures == {}, {kind: data[:200] for kind, data in result.failures.items()}
    assert result.inputs >= 100 and result.loaded + result.refused == result.inputs


def test_a_docx_whose_main_part_has_the_wrong_root_element():
    original = zipfile.ZipFile(io.BytesIO(seeds()["docx"][0]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in original.namelist():
            archive.writestr(name, original.read(name) if name != "word/document.xml" else
                             b'<w:documenx xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    with pytest.raises(DocumentError, match=r"^x\.docx: corrupt DOCX \(AttributeError"):
        load_document(Path("x.docx"), buffer.getvalue())


def test_front_matter_with_an_impossible_date():
    data = b"---\ntitle: T\nreviewed: 2026-31-28\n---\n# T\n\nText.\n"
    with pytest.raises(DocumentError, match=r"impossible value \(month must be in 1\.\.12\)"):
        load_document(Path("x.md"), data)


@pytest.mark.parametrize(("change", "words"), [
    ((2, b"/Filter /Standard", b"/Filter /Homemade"), "only Standard PDF encryption handler is available"),
    ((1, b"/FlateDecode", b"/FlateDecodX"), "Unsupported filter /FlateDecodX"),
])
def test_a_pdf_feature_pypdf_cannot_read(change, words):
    seed, old, new = change  # seeds()["pdf"]: plain, compressed, encrypted with an empty password
    with pytest.raises(DocumentError, match=f"the PDF uses a feature pypdf cannot read \\({words}"):
        load_document(Path("x.pdf"), seeds()["pdf"][seed].replace(old, new))
