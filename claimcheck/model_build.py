"""Building the contract's models from claimcheck's own values, and checking a paragraph's spans, quickly.

The functions the stages call for every model they make (:func:`construct`, :func:`set_fields`) and for every
paragraph (:func:`span_problems`), apart from ``schema.py`` so that the opt-in compiled build
(``CLAIMCHECK_COMPILE=1``, hatch_build.py) can compile them: ``schema.py`` itself, which holds the pydantic models,
is never compiled. ``schema`` re-exports every name here, and the models are read here as plain objects (this
module imports no model), so it is below ``schema`` in the import order. docs/performance.md, session 11.
"""

from __future__ import annotations

from typing import Any, Callable, Final, Optional, TypeVar

from pydantic import BaseModel

Span = tuple[int, int]

# The ids of the contract (see schema.py, where they are documented and imported from): a paragraph's items are
# "p{paragraph}-{kind letter}{n}", roster sources "s{n}".
ITEM_KIND_LETTERS: Final[dict[str, str]] = {"attribution": "a", "claim": "c", "hedge": "h", "condition": "k",
                                             "unsourced": "u"}


def paragraph_id(index: int) -> str:
    return f"p{index}"


def item_id(paragraph: int, kind: str, n: int) -> str:
    """``item_id(3, "attribution", 1)`` is ``"p3-a1"``."""
    return f"{paragraph_id(paragraph)}-{ITEM_KIND_LETTERS[kind]}{n}"


def source_id(n: int) -> str:
    return f"s{n}"


def _check_span(text: str, span: Optional[Span], value: Optional[str], where: str) -> Optional[str]:
    if span is None:
        return None if value is None else f"{where}: value without a span"
    start, end = span
    if not (0 <= start <= end <= len(text)):
        return f"{where}: span {list(span)} is outside the paragraph (length {len(text)})"
    if value is not None and text[start:end] != value:
        return f"{where}: span {list(span)} holds {text[start:end]!r}, not {value!r}"
    return None


def span_problems(paragraph: Any) -> list[str]:
    """Every span in the paragraph (a ``schema.Paragraph``) that is not verbatim, as readable messages."""
    if _surely_verbatim(paragraph):
        return []  # the common case, decided in one pass without a message or a call per span
    return _span_problems(paragraph)


def _surely_verbatim(paragraph: Any) -> bool:
    """Whether every span is inside the text and holds its value, read in one pass: True only where
    :func:`_span_problems` finds nothing; anything else (a span missing, a value without a span, a span out of
    place) is left to it. ``tests/test_schema.py`` holds the two together."""
    text: str = paragraph.text
    size = len(text)
    for a in paragraph.attributions:
        source, cue, content = a.source_span, a.cue_span, a.content_span
        if source is None or cue is None or not (
                0 <= source[0] <= source[1] <= size and 0 <= cue[0] <= cue[1] <= size
                and text[source[0]:source[1]] == a.source and text[cue[0]:cue[1]] == a.cue):
            return False
        if content is None:
            if a.content is not None:
                return False
        elif not (0 <= content[0] <= content[1] <= size) or (
                a.content is not None and text[content[0]:content[1]] != a.content):
            return False
    for hedges in (paragraph.hedges, paragraph.conditions):
        for h in hedges:
            span = h.span
            if span is None or not (0 <= span[0] <= span[1] <= size) or text[span[0]:span[1]] != h.cue:
                return False
    for u in paragraph.unsourced_cues:
        span, content = u.cue_span, u.content_span
        if span is None or not (0 <= span[0] <= span[1] <= size) or text[span[0]:span[1]] != u.cue:
            return False
        if (content is None) != (u.content is None) or content is not None and (
                not (0 <= content[0] <= content[1] <= size) or text[content[0]:content[1]] != u.content):
            return False
    for c in paragraph.claims:
        span = c.span
        if span is None or not (0 <= span[0] <= span[1] <= size) or text[span[0]:span[1]] != c.text:
            return False
    for s in paragraph.sentences:
        if s is None or not (0 <= s[0] <= s[1] <= size):
            return False
    return True


def _span_problems(paragraph: Any) -> list[str]:
    """Every span in the paragraph that is not verbatim, checked one by one: the plain reading."""
    text: str = paragraph.text
    problems: list[str] = []

    def check(span: Optional[Span], value: Optional[str], where: str) -> None:
        problem = _check_span(text, span, value, where)
        if problem:
            problems.append(problem)

    for a in paragraph.attributions:
        check(a.source_span, a.source, f"{a.id}.source")
        check(a.cue_span, a.cue, f"{a.id}.cue")
        check(a.content_span, a.content, f"{a.id}.content")
    for hedges in (paragraph.hedges, paragraph.conditions):
        for h in hedges:
            check(h.span, h.cue, f"{h.id}.cue")
    for u in paragraph.unsourced_cues:
        check(u.cue_span, u.cue, f"{u.id}.cue")
        check(u.content_span, u.content, f"{u.id}.content")
    for c in paragraph.claims:
        check(c.span, c.text, f"{c.id}.text")
    for i, s in enumerate(paragraph.sentences):
        check(s, None, f"paragraph {paragraph.index} sentence {i}")
    return problems


def set_fields(model: BaseModel, **values: object) -> None:
    """Assign several fields at once, as ``model.field = value`` does for these models (none validates
    assignment): into the instance's fields and the set of fields it has had set, without pydantic's
    ``__setattr__`` once per field, which costs more than the rest of a claim's scoring bookkeeping."""
    model.__dict__.update(values)
    model.__pydantic_fields_set__.update(values)


_Built = TypeVar("_Built", bound=BaseModel)
# per model: every field in order with its default (required fields hold None until given), and the fields
# whose default comes from a factory, which are made afresh for each model
_DEFAULTS: Final[dict[type, tuple[dict[str, object], tuple[tuple[str, Callable[[], object]], ...]]]] = {}


def _defaults_of(model: type[BaseModel]) -> tuple[dict[str, object], tuple[tuple[str, Callable[[], object]], ...]]:
    if model.__private_attributes__ or model.model_config.get("extra") == "allow":
        raise TypeError(f"construct builds models without private or extra fields, not {model.__name__}")
    fields = model.model_fields
    template = {name: None if f.is_required() or f.default_factory else f.default for name, f in fields.items()}
    factories = tuple((name, f.default_factory) for name, f in fields.items() if f.default_factory)
    return template, factories  # type: ignore[return-value]


def construct(model: type[_Built], values: dict[str, object]) -> _Built:
    """``model.model_validate(values)`` for values that already have their fields' types (a span a tuple of two
    ints, a list of ids a new list of str, a nested model a model) and hold every required field: the same
    fields in the same order, the same fields set, a fresh default for each field left out, without
    pydantic-core's validation (about 25k instructions for a claim; pydantic's own ``model_construct`` costs
    more, and the engine builds several models a paragraph). No validator runs: ``schema.verbatim_paragraph``
    checks a paragraph's spans. Only for values made by claimcheck's own code, never for input."""
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = _DEFAULTS[model] = _defaults_of(model)
    template, factories = defaults
    fields = template.copy()
    for name, factory in factories:
        if name not in values:
            fields[name] = [] if factory is list else factory()  # (compiled, a new list without a call)
    fields.update(values)
    built = _new_object(model)
    _set_dict(built, "__dict__", fields)
    _set_fields_set(built, set(values))
    _set_extra(built, None)
    _set_private(built, None)
    return built  # type: ignore[no-any-return]


def verbatim_paragraph(values: dict[str, object]) -> Any:
    """``Paragraph.model_validate(values)`` for an engine's own values (its claims, attributions and hedges
    already models, made with :func:`construct`): built by :func:`construct`, its spans checked as the
    validator checks them; a paragraph with a span that is not verbatim goes to ``model_validate``, which
    raises the validator's error as ever."""
    if not _PARAGRAPH:  # schema is above this module in the import order: its Paragraph is taken once
        from claimcheck.schema import Paragraph

        _PARAGRAPH.append(Paragraph)
    model = _PARAGRAPH[0]
    paragraph = construct(model, values)
    if span_problems(paragraph):
        return model.model_validate(values)
    return paragraph


_PARAGRAPH: Final[list[type[BaseModel]]] = []


# BaseModel's own slots, set as pydantic-core sets them (BaseModel.__setattr__ would validate the name)
_new_object: Final[Callable[[type], Any]] = object.__new__
_set_dict: Final[Callable[[object, str, object], None]] = object.__setattr__
_set_fields_set: Final[Callable[[object, object], None]] = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra: Final[Callable[[object, object], None]] = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private: Final[Callable[[object, object], None]] = BaseModel.__dict__["__pydantic_private__"].__set__
