"""The embedding precision is chosen from the running CPU's flags (issue 20): bf16 only where the CPU
computes it natively, fp32 on AVX2-only CPUs (where bf16 is emulated and several times slower); an
explicit setting wins; `assistant doctor` shows the choice and why. The CPUs are cpuinfo files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import SettingsError
from assistant.hardware import choose_precision, read_cpu
from assistant.settings import load_settings

AMD_EPYC = """processor\t: 0
vendor_id\t: AuthenticAMD
model name\t: AMD EPYC 7B13
flags\t\t: fpu vme sse sse2 ssse3 sse4_1 sse4_2 avx avx2 fma bmi2 sha_ni
"""
XEON_AMX = """processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Intel(R) Xeon(R) Platinum 8481C
flags\t\t: fpu sse2 avx avx2 avx512f avx512bw avx512_vnni avx512_bf16 amx_bf16 amx_tile amx_int8
processor\t: 1
model name\t: Intel(R) Xeon(R) Platinum 8481C
flags\t\t: fpu
"""
ICE_LAKE = """model name\t: Intel(R) Xeon(R) Platinum 8375C
flags\t\t: avx2 avx512f avx512bw avx512_vnni
"""


def cpu(tmp_path: Path, text: str):
    path = tmp_path / "cpuinfo"
    path.write_text(text, encoding="utf-8")
    return read_cpu(path)


def test_auto_is_fp32_where_bf16_would_be_emulated(tmp_path):
    amd = cpu(tmp_path, AMD_EPYC)
    assert amd.model == "AMD EPYC 7B13" and "avx2" in amd.flags
    precision, why = choose_precision("auto", amd)
    assert precision == "fp32" and "no native bf16" in why
    # AVX-512 without its BF16 extension computes bf16 by conversion too.
    assert choose_precision("auto", cpu(tmp_path, ICE_LAKE))[0] == "fp32"


def test_auto_is_bf16_where_the_cpu_computes_it(tmp_path):
    xeon = cpu(tmp_path, XEON_AMX)
    assert xeon.model == "Intel(R) Xeon(R) Platinum 8481C"
    assert xeon.shown_flags == ["avx2", "avx512f", "avx512_bf16", "avx512_vnni", "amx_bf16", "amx_tile", "amx_int8"]
    precision, why = choose_precision("auto", xeon)
    assert precision == "bf16" and "amx_bf16" in why


def test_an_explicit_precision_wins_and_an_unknown_cpu_gets_fp32(tmp_path):
    assert choose_precision("bf16", cpu(tmp_path, AMD_EPYC)) == ("bf16", "set explicitly: ASSISTANT_EMBEDDING_PRECISION=bf16")
    assert choose_precision("fp32", cpu(tmp_path, XEON_AMX))[0] == "fp32"
    unknown = read_cpu(tmp_path / "no-such-cpuinfo")
    assert unknown.flags == frozenset() and unknown.model
    assert choose_precision("auto", unknown)[0] == "fp32"


def test_the_setting_defaults_to_auto_and_names_bad_values(monkeypatch):
    assert load_settings().embedding_precision == "auto"
    monkeypatch.setenv("ASSISTANT_EMBEDDING_PRECISION", "fp16")
    with pytest.raises(SettingsError, match="(?i)embedding_precision"):
        load_settings()


def test_doctor_shows_the_cpu_the_precision_and_why(capsys, monkeypatch):
    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_EMBEDDING_PRECISION", "fp32")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CPU: ") and " cores, flags " in out
    assert "embedding precision: fp32 (set explicitly: ASSISTANT_EMBEDDING_PRECISION=fp32)" in out
    assert "embedding model: embeddinggemma" in out and "torch: " in out and "store: " in out
