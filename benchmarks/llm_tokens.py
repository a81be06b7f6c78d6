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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(REPO / "seeds" / "article.txt"))
    parser.add_argument("--base-url", default="http://127.0.0.1:8765/v1")
    parser.add_argument("--model", default="local")
    parser.add_argument("--per-call", type=int, action="append", help="paragraphs per call (repeat) [default: the "
                                                                      "engine's default, and 1]")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
