"""scripts/eval_suggestions.py is how drafts reach a native grader: `--rounds 0 --dump` (reading and drafts, no
timing) must work on any file of reviews, however short."""

import json
import subprocess
import sys

from tests.support.server import ROOT

REVIEWS = ROOT / "tests" / "fixtures" / "reviews" / "reviews-dev.jsonl"


def test_dump_without_timing_rounds(tmp_path):
    rows = REVIEWS.read_text(encoding="utf-8").splitlines()[:3]
    source = tmp_path / "three.jsonl"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    result = subprocess.run([sys.executable, "scripts/eval_suggestions.py", str(source), "--rounds", "0",
                             "--dump", str(dump)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "latency" not in result.stdout  # nothing was timed, so no figure is printed
    written = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert [w["id"] for w in written] == [json.loads(r)["id"] for r in rows]
    assert all(w["draft"].strip() for w in written)
