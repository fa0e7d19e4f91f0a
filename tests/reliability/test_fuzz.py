"""The atheris fuzz target over the ingest parsers (fuzz/fuzz_ingest.py), run briefly in CI:
a few thousand generated inputs from a fixed seed, then the inputs that once crashed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "fuzz" / "fuzz_ingest.py"
REGRESSIONS = ROOT / "fuzz" / "regressions"


def _fuzz(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("atheris")
    return subprocess.run(
        [sys.executable, str(TARGET), *args, f"-artifact_prefix={cwd}/"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
    )


@pytest.mark.slow
def test_fuzz_ingest_parsers_find_no_crash(tmp_path):
    # -timeout: one input running over 10 s counts as a crash (a hang)
    proc = _fuzz(["-runs=2000", "-max_total_time=20", "-seed=8", "-timeout=10",
                  str(tmp_path / "corpus")], tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-6000:]
    assert "Done " in proc.stderr
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
    assert len(list((tmp_path / "corpus").iterdir())) > 8  # it explored past the seeds


def test_fuzz_regressions_stay_fixed(tmp_path):
    inputs = sorted(str(p) for p in REGRESSIONS.iterdir())
    assert inputs
    proc = _fuzz(inputs, tmp_path)
    assert proc.returncode == 0, proc.stderr[-6000:]
    assert f"Running: {inputs[0]}" in proc.stderr
