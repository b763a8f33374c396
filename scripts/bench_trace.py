"""Reading a Chromium trace for scripts/bench_extension.py: where the page's main thread spent its time.

Two views of the same trace. The V8 CPU samples (category disabled-by-default-v8.cpu_profiler)
say how much JavaScript ran with an extension frame on the stack, promise callbacks included.
The complete ("X") trace events say what the rest of the main thread did: style, layout, paint,
garbage collection, and which tasks ran over 50 ms.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

LONG_TASK_US = 50_000
SAMPLE_CAP_US = 2_000  # sampling pauses while the thread idles; a gap is not work

_STYLE = {"UpdateLayoutTree", "RecalculateStyles", "ParseAuthorStyleSheet"}
_LAYOUT = {"Layout", "UpdateLayerTree"}
_PAINT = {"PrePaint", "Paint", "PaintImage", "Layerize", "Commit", "UpdateLayer", "CompositeLayers", "Decode Image"}
_PARSE = {"ParseHTML", "HTMLDocumentParser::MaybeFetchQueuedPreloads"}
_SCRIPT = {"FunctionCall", "EvaluateScript", "v8.compile", "v8.evaluateModule", "RunMicrotasks", "TimerFire",
           "EventDispatch", "FireAnimationFrame", "BlinkScheduler_PerformMicrotaskCheckpoint", "v8.run",
           "v8.callFunction", "V8.Execute"}
KINDS = ("script", "style", "layout", "paint", "parse", "gc", "other")


def kind_of(name: str) -> str:
    if "GC" in name or name.startswith(("V8.GC", "MajorGC", "MinorGC", "BlinkGC")):
        return "gc"
    if name in _SCRIPT or name.startswith(("V8.", "v8.")):
        return "script"
    for kind, names in (("style", _STYLE), ("layout", _LAYOUT), ("paint", _PAINT), ("parse", _PARSE)):
        if name in names:
            return kind
    return "other"


@dataclass
class Profile:
    """One thread's CPU profile, rebuilt from the trace's Profile and ProfileChunk events."""

    start: float = 0.0
    nodes: dict = field(default_factory=dict)
    times: list = field(default_factory=list)
    node_ids: list = field(default_factory=list)

    def add_chunk(self, data: dict) -> None:
        profile = data.get("cpuProfile") or {}
        for node in profile.get("nodes") or []:
            self.nodes[node["id"]] = node
        t = self.times[-1] if self.times else self.start
        for node_id, delta in zip(profile.get("samples") or [], data.get("timeDeltas") or []):
            t += delta
            self.times.append(t)
            self.node_ids.append(node_id)

    def samples(self, prefix: str):
        """(time, µs, innermost frame whose URL starts with prefix or None) per sample, in time order."""
        innermost: dict[int, dict | None] = {}

        def ours(node_id):
            walked = []
            while node_id in self.nodes and node_id not in innermost:
                frame = self.nodes[node_id].get("callFrame") or {}
                if str(frame.get("url", "")).startswith(prefix):
                    innermost[node_id] = frame
                    break
                walked.append(node_id)
                node_id = self.nodes[node_id].get("parent")
            found = innermost.get(node_id)
            for n in walked:
                innermost[n] = found
            return found

        order = sorted(range(len(self.times)), key=self.times.__getitem__)
        times = [self.times[i] for i in order]
        for j, i in enumerate(order):
            dur = min(times[j + 1] - times[j], SAMPLE_CAP_US) if j + 1 < len(times) else 0.0
            yield times[j], dur, ours(self.node_ids[i])


def page_main_threads(events: list[dict], page_url: str) -> set[tuple]:
    """(pid, tid) of the renderer main thread(s) that showed page_url."""
    names = {(e["pid"], e["tid"]): e["args"]["name"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"}
    pids = set()
    for e in events:
        data = (e.get("args") or {}).get("data") or {}
        if e.get("name") == "FrameCommittedInBrowser" and str(data.get("url", "")).startswith(page_url):
            pids.add(data.get("processId"))
        if e.get("name") == "TracingStartedInBrowser":
            pids.update(f.get("processId") for f in data.get("frames") or [] if str(f.get("url", "")).startswith(page_url))
    mains = {k for k, v in names.items() if v == "CrRendererMain" and k[0] in pids}
    if not mains:
        raise RuntimeError(f"the page's renderer main thread is not in the trace (pids {pids})")
    return mains


def analyse(events: list[dict], page_url: str, ext_prefix: str) -> dict:
    mains = page_main_threads(events, page_url)

    profiles: dict[tuple, Profile] = {}
    for e in events:
        if e.get("name") == "Profile" and (e["pid"], e["tid"]) in mains:
            profiles[(e["pid"], e.get("id"))] = Profile(start=e["args"]["data"]["startTime"])
    for e in events:
        if e.get("name") == "ProfileChunk" and (e["pid"], e.get("id")) in profiles:
            profiles[(e["pid"], e.get("id"))].add_chunk(e["args"]["data"])
    ext_times, ext_spent = [], []
    hot: Counter = Counter()
    for profile in profiles.values():
        for t, dur, frame in profile.samples(ext_prefix):
            if frame is not None and dur:
                ext_times.append(t)
                ext_spent.append(dur)
                where = f"{frame['url'][len(ext_prefix):]}:{frame.get('lineNumber', -1) + 1} {frame.get('functionName') or '(anonymous)'}"
                hot[where] += dur
    order = sorted(range(len(ext_times)), key=ext_times.__getitem__)
    ext_times = [ext_times[i] for i in order]
    running = [0.0]
    for i in order:
        running.append(running[-1] + ext_spent[i])

    def ext_between(a: float, b: float) -> float:
        return running[bisect.bisect_left(ext_times, b)] - running[bisect.bisect_left(ext_times, a)]

    # Self time of every complete event on the main thread, by kind; long tasks; frames.
    main = sorted((e for e in events if (e.get("pid"), e.get("tid")) in mains and e.get("ph") == "X" and "dur" in e),
                  key=lambda e: (e["ts"], -e["dur"]))
    by_kind: Counter = Counter()
    stack: list[dict] = []
    long_tasks, task_starts = [], set()
    ext_task_max = ext_in_task_max = 0.0
    frames = 0
    for e in main:
        while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
            stack.pop()
        if stack:
            parent = stack[-1]
            by_kind[kind_of(parent["name"])] -= min(e["dur"], parent["ts"] + parent["dur"] - e["ts"])
        by_kind[kind_of(e["name"])] += e["dur"]
        stack.append(e)
        if e["name"] == "PrePaint":
            frames += 1
        # RunTask is recorded under two categories: one task per start time.
        if e["name"] == "RunTask" and e["ts"] not in task_starts:
            task_starts.add(e["ts"])
            ext = ext_between(e["ts"], e["ts"] + e["dur"])
            if e["dur"] > LONG_TASK_US:
                long_tasks.append((e["dur"], ext))
            # The extension's longest task: what it could hold the page's input up by at worst.
            if ext > 0:
                ext_task_max = max(ext_task_max, e["dur"])
                ext_in_task_max = max(ext_in_task_max, ext)
    return {
        "ext_us": running[-1],
        "hot": hot,
        "by_kind": {k: by_kind.get(k, 0.0) for k in KINDS},
        "frames": frames,
        "long_tasks": long_tasks,
        "ext_task_max_us": ext_task_max,
        "ext_in_task_max_us": ext_in_task_max,
    }
