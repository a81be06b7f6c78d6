"""The chat-completions wire format in one place: the request body for each
structured-output mode, and the answer's JSON read back out of a completion.

Live calls, the endpoint check and Batch API export all build their bodies
here, so a batch line is byte for byte the request a live run sends.

Modes:

- ``tools``: the schema as a forced tool call (llama.cpp and vLLM turn it
  into a grammar; OpenAI renders it into the prompt);
- ``json_schema``: ``response_format`` ``json_schema`` with ``strict: true``
  (OpenAI structured outputs, vLLM guided decoding, llama-server);
- ``json``: ``response_format`` ``json_object``, the schema in the system
  message;
- ``md_json``: no response format, the schema in the system message, the
  answer in a fenced block.

The schema is compact JSON without titles; the static part (system
message, tools, schema) comes first and never varies, so OpenAI's and
vLLM's prefix caches reuse it across calls.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal, Optional

from claimcheck.engines.llm.extraction import TOOL_NAME, Extraction, response_schema

if TYPE_CHECKING:
    from claimcheck.engines.llm.redaction import Redactor

Mode = Literal["tools", "json", "json_schema", "md_json"]
MODES: tuple[str, ...] = ("tools", "json", "json_schema", "md_json")

_SCHEMA_IN_PROMPT = "\n\nAnswer with one JSON object matching this JSON schema, nothing else:\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def tool_description() -> str:
    return (Extraction.__doc__ or "").strip()


def schema_for(mode: str) -> dict[str, Any]:
    """The response schema as ``mode`` sends it."""
    return response_schema(in_prompt=mode in ("json", "md_json"))


def body(mode: str, model: str, messages: list[dict[str, str]], *, temperature: float, max_tokens: int) -> dict[str, Any]:
    """The chat-completions request for ``messages`` in ``mode``."""
    schema = schema_for(mode)
    sent = [dict(m) for m in messages]
    request: dict[str, Any] = {"model": model, "messages": sent, "temperature": temperature, "max_tokens": max_tokens}
    if mode == "tools":
        request["tools"] = [{"type": "function", "function": {
            "name": TOOL_NAME, "description": tool_description(), "parameters": schema}}]
        request["tool_choice"] = {"type": "function", "function": {"name": TOOL_NAME}}
    elif mode == "json_schema":
        request["response_format"] = {"type": "json_schema", "json_schema": {
            "name": TOOL_NAME, "description": tool_description(), "schema": schema, "strict": True}}
    else:
        fence = " Put it in a ```json fenced block." if mode == "md_json" else ""
        sent[0]["content"] = sent[0]["content"] + _SCHEMA_IN_PROMPT + _compact(schema) + fence
        if mode == "json":
            request["response_format"] = {"type": "json_object"}
    return request


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


class NotAnAnswer(ValueError):
    """The completion holds no answer in the asked-for form (a reason for a re-ask)."""


def finish_reason(completion: Any) -> Optional[str]:
    choices = _get(completion, "choices")
    return _get(choices[0], "finish_reason") if isinstance(choices, list) and choices else None


def cut_off(completion: Any, max_tokens: Optional[int]) -> bool:
    """The answer stopped at max_tokens. llama-cpp-python says ``tool_calls``,
    not ``length``, for a tool call cut off there, so the count decides too."""
    if finish_reason(completion) == "length":
        return True
    return max_tokens is not None and usage_of(completion)[1] >= max_tokens


def answer_text(completion: Any, mode: str) -> str:
    """The JSON text the model produced. Raises NotAnAnswer when it called
    another tool, called none, or wrote no JSON."""
    choices = _get(completion, "choices")
    if not isinstance(choices, list) or not choices:
        raise NotAnAnswer("the response holds no choices")
    message = _get(choices[0], "message")
    calls = _get(message, "tool_calls") or []
    if mode == "tools":
        if not calls:
            raise NotAnAnswer(f"no call of the tool {TOOL_NAME}")
        function = _get(calls[0], "function")
        name = _get(function, "name")
        if name != TOOL_NAME:
            raise NotAnAnswer(f"called the tool {str(name)[:40]!r} instead of {TOOL_NAME}")
        return str(_get(function, "arguments") or "")
    if calls:  # some servers answer the JSON modes with a tool call anyway
        return str(_get(_get(calls[0], "function"), "arguments") or "")
    content = _get(message, "content") or ""
    start, end = content.find("{"), content.rfind("}")
    if not 0 <= start < end:
        raise NotAnAnswer("no JSON object in the answer")
    return content[start:end + 1]


def read_answer(completion: Any, mode: str, redactor: "Redactor", max_tokens: Optional[int] = None) -> tuple[Any, str]:
    """The decoded answer with secrets blanked out, or None and why there is
    none. A cut-off answer (:func:`cut_off`) gives what its complete parts hold."""
    try:
        text = answer_text(completion, mode)
    except NotAnAnswer as exc:
        return None, str(exc)
    try:
        data = json.loads(text)
    except ValueError as exc:
        if not cut_off(completion, max_tokens):
            return None, f"the answer is not valid JSON ({str(exc).splitlines()[0][:80]})"
        data = _partial_json(text)
        if data is None:
            return None, "the answer was cut off before any complete item"
    return redactor.data(data), ""


FINISH_REASONS = ("stop", "length", "tool_calls", "content_filter", "function_call")


def for_instructor(completion: Any, mode: str, model: str, redactor: "Redactor",
                   max_tokens: int) -> tuple[dict[str, Any], str]:
    """The completion as instructor's parser for ``mode`` is handed it, and why
    it holds no answer ("" when it holds one).

    Redacted before instructor validates or logs any of it; one well-formed
    choice, whatever the server sent, so a hostile shape is a refusal and not
    an error inside instructor; the answer where instructor reads it (the
    tool call's arguments in ``tools`` mode, the message content otherwise:
    the JSON object of a chatty answer, or a tool call a server made in a
    JSON mode). An answer that is not one is handed on as ``null`` with the
    reason, which :class:`Extraction` refuses and instructor re-asks. A
    cut-off answer says ``length``, whatever the server said, so instructor
    raises ``IncompleteOutputException`` instead of re-asking."""
    try:
        text, reason = answer_text(completion, mode), ""
    except NotAnAnswer as exc:
        text, reason = "null", str(exc)
    finish = "length" if cut_off(completion, max_tokens) else finish_reason(completion)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if mode == "tools":
        message["tool_calls"] = [{"id": "call_0", "type": "function",
                                  "function": {"name": TOOL_NAME, "arguments": _redacted_json(text, redactor)}}]
    else:
        message["content"] = _redacted_json(text, redactor)
    return {
        "id": "claimcheck", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "message": message,
                     "finish_reason": finish if finish in FINISH_REASONS else "stop"}],
    }, reason


def _redacted_json(text: str, redactor: "Redactor") -> str:
    """JSON text with every string redacted (decoded first: a key with a quote
    in it is escaped in the text); text that is not JSON, redacted as text."""
    try:
        return json.dumps(redactor.data(json.loads(text)), ensure_ascii=False)
    except (ValueError, RecursionError):
        return redactor.text(text)


def _partial_json(text: str) -> Any:
    """What a cut-off JSON text holds, complete strings only (jiter ships with openai)."""
    try:
        import jiter

        return jiter.from_json(text.encode(), partial_mode="on")
    except (ImportError, ValueError):
        return None


def usage_of(completion: Any) -> tuple[int, int, int]:
    """Prompt, completion and cached prompt tokens."""
    usage = _get(completion, "usage")
    if usage is None:
        return 0, 0, 0
    details = _get(usage, "prompt_tokens_details")
    cached = _get(details, "cached_tokens") if details is not None else 0
    return int(_get(usage, "prompt_tokens") or 0), int(_get(usage, "completion_tokens") or 0), int(cached or 0)
