"""The front end on adversarial text: seconds per family at 100 KB, and the growth ratio that
``tests/test_faults_linear.py`` asserts (one 100 KB text over ten 10 KB texts, timed back to
back; linear is ~1, quadratic ~10).  The promise is 2 s at 100 KB for the slowest family on an
idle 2-core machine: a benchmark figure, not a timed test (a busy machine is slower).

    python benchmarks/adversarial.py            # every family, best of 3 at 100 KB
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_faults_linear import UNITS, _text, growth  # noqa: E402 - the families the test uses

from claimcheck.ingest.pipeline import build  # noqa: E402
from claimcheck.ingest.readers import RawDocument  # noqa: E402
from claimcheck.lexicons import load_lexicons  # noqa: E402


def main() -> None:
    lex = load_lexicons()

    def run(text: str) -> None:
        build(RawDocument("adversarial", text, "file"), lexicons=lex)

    run("Warm up. It said so.")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'family':18s} {'s at 100 KB':>12s} {'growth':>7s}")
    for family, unit in UNITS.items():
        text = _text(unit, 100)
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - t)
        print(f"{family:18s} {best:12.3f} {growth(run, unit)[0]:7.2f}")


if __name__ == "__main__":
    main()
