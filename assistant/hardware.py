"""The CPU this process runs on, and the embedding precision chosen from what it computes natively.

bf16 halves the embedding work only where the CPU has bf16 instructions (AMX-BF16, AVX512-BF16). On
AVX2-only CPUs (AMD EPYC and Ryzen before Zen 4, older Intel) torch emulates bf16, and it is several
times slower than fp32: 0.26 against 1.23 passages/s on a 2-core AMD EPYC (issue 20). The precision
``auto`` is therefore decided here, at run time, from the running CPU's flags; never from the machine
the code was written on. The embedding backend ``auto`` (torch, ONNX Runtime, OpenVINO) is ranked here per kind
of CPU too (``choose_backend``). Speed figures name the CPU with ``describe()``.
"""

from __future__ import annotations

import logging
import os
import platform
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

CPUINFO = Path("/proc/cpuinfo")
NATIVE_BF16 = ("amx_bf16", "avx512_bf16")  # flags of CPUs that compute bf16 matrix products in hardware
SHOWN_FLAGS = ("avx2", "avx512f", "avx512_bf16", "avx512_vnni", "amx_bf16", "amx_tile", "amx_int8")


@dataclass(frozen=True)
class Cpu:
    model: str
    flags: frozenset[str]

    @property
    def shown_flags(self) -> list[str]:
        """The flags that decide the speed of the embedding model, in a fixed order."""
        return [f for f in SHOWN_FLAGS if f in self.flags]

    @property
    def native_bf16(self) -> list[str]:
        """Its flags that say it computes bf16 in hardware; empty where bf16 would be emulated."""
        return [f for f in NATIVE_BF16 if f in self.flags]


def read_cpu(cpuinfo: Path = CPUINFO) -> Cpu:
    """The CPU's model name and flags from ``/proc/cpuinfo`` (its first processor); on a system without
    it, the platform's processor name and no flags (then ``auto`` chooses fp32, the safe precision)."""
    model, flags = "", ""
    try:
        with cpuinfo.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                key, _, value = line.partition(":")
                key = key.strip()
                if key == "model name" and not model:
                    model = value.strip()
                elif key in ("flags", "Features") and not flags:
                    flags = value
                if model and flags:
                    break
    except OSError:
        pass
    return Cpu(model or platform.processor() or platform.machine() or "unknown", frozenset(flags.split()))


@lru_cache(maxsize=1)
def this_cpu() -> Cpu:
    return read_cpu()


def choose_precision(setting: str, cpu: Cpu) -> tuple[str, str]:
    """(precision, why) for the embedding model: an explicit ``fp32``/``bf16`` wins; ``auto`` is bf16 only
    where the CPU computes it natively."""
    if setting != "auto":
        return setting, f"set explicitly: ASSISTANT_EMBEDDING_PRECISION={setting}"
    native = cpu.native_bf16
    if native:
        return "bf16", f"auto: the CPU computes bf16 natively ({', '.join(native)})"
    return "fp32", ("auto: the CPU has no native bf16 (no amx_bf16 or avx512_bf16 flag), where bf16 is "
                    "emulated and several times slower than fp32")


@lru_cache(maxsize=4)
def embedding_precision(setting: str) -> str:
    """The precision to load the embedding model in on this CPU; the choice and its reason are logged
    once per process and setting."""
    precision, why = choose_precision(setting, this_cpu())
    log.info("embedding precision %s: %s; CPU %s", precision, why, describe())
    return precision


def precision_line(setting: str) -> str:
    """One line for people: the precision chosen and why ("fp32 (auto: the CPU has no native bf16 ...)")."""
    precision, why = choose_precision(setting, this_cpu())
    return f"{precision} ({why})"


# Fastest first, per kind of CPU, from `python -m evals.benchmarks.embedding` on a quiet AMD EPYC with AVX512-BF16
# (docs/BENCHMARKS.md, "Embedding backends"), speed-up over naive fp32: natively OpenVINO bf16 4.5x, torch bf16
# 3.4x, ONNX Runtime fp32 2.5x, OpenVINO fp32 2.5x; with the AVX2 kernels forced (where precision is fp32) ONNX
# Runtime 2.4-2.5x and OpenVINO 1.7-2.7x in two runs, torch 2.1x. ONNX Runtime goes first there: as fast, and less
# memory in `assistant serve` (1.8 GB; OpenVINO bf16 3.0 GB, torch 2.4 GB). The previous attempt's Xeon with AMX agreed (fp32: OpenVINO
# 1.96x, ONNX Runtime 1.75x; AVX2 forced: 1.27x and 1.30x).
BACKEND_PREFERENCE: dict[str, tuple[str, ...]] = {
    "native_bf16": ("openvino", "torch", "onnx"),  # ONNX Runtime has no bf16 kernels: torch bf16 beats it
    "avx2": ("onnx", "openvino", "torch"),
}


def cpu_kind(cpu: Cpu) -> str:
    """The kind of CPU the backend ranking is kept for: native bf16 (AMX-BF16, AVX512-BF16) or not."""
    return "native_bf16" if cpu.native_bf16 else "avx2"


def choose_backend(setting: str, cpu: Cpu, unavailable: dict[str, str]) -> tuple[str, str]:
    """(backend, why) for the embedding model: an explicit one wins; ``auto`` takes the fastest on this kind of
    CPU among those usable here. ``unavailable`` maps a backend to why it cannot run (no export, not installed,
    its check failed); torch is always usable."""
    if setting != "auto":
        return setting, f"set explicitly: ASSISTANT_EMBEDDING_BACKEND={setting}"
    kind = cpu_kind(cpu)
    order = BACKEND_PREFERENCE[kind]
    for backend in order:
        if backend == "torch" or backend not in unavailable:
            reasons: dict[str, list[str]] = {}
            for skipped_backend in order[:order.index(backend)]:
                reasons.setdefault(unavailable[skipped_backend], []).append(skipped_backend)
            skipped = [f"{', '.join(names)}: {reason}" for reason, names in reasons.items()]
            why = f"auto: the fastest usable on a CPU of kind {kind} (fastest first: {', '.join(order)})"
            return backend, why + (f"; not usable here: {'; '.join(skipped)}" if skipped else "")
    raise AssertionError("torch is always usable")  # pragma: no cover


def describe(cpu: Cpu | None = None) -> str:
    """The CPU as speed figures name it: model, core count and the flags that matter."""
    cpu = cpu or this_cpu()
    flags = ", ".join(cpu.shown_flags) or "none of " + ", ".join(SHOWN_FLAGS[:3])
    return f"{cpu.model}, {os.cpu_count()} cores, flags {flags}"
