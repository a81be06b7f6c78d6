"""``claimcheck eval``: run an engine on gold records and measure it.

Gold comes in the shared JSONL schema (``id``, ``dataset``, ``text``, and any
of the layers ``attributions``, ``hedges``, ``claim``/``claims``; see
docs/accuracy.md) or as claimcheck's own JSON report, so a hand-corrected
report becomes a test case. A layer a record lacks is not scored: an engine is
never charged with false positives on text nobody annotated for that layer.

Alignment of attributions:

* lenient: the cue spans overlap, and the sources overlap with token F1 >= 0.5
  or one containing the other (a gold attribution without a source matches on
  the cue alone);
* exact: identical cue and source spans.

Two speech-verb recalls are printed. "speech verbs, all" counts the gold speech cues (said, told,
according to and the other speech verbs of ``lexicon.OTHER_SPEECH_FORMS``) matched in the one
alignment of every gold cue with every prediction; "speech verbs only" aligns the gold speech cues with
the predicted speech cues alone (and so has a precision too). They differ when a prediction could
match a gold speech cue and another gold cue: the greedy alignment gives it to only one of them.

A report's unsourced cues (``Paragraph.unsourced_cues``: "it was announced that ...", "Asked whether ...,")
are predictions without a source: PolNeAR marks them as attributions whose source is absent, and they match
such a gold attribution on the cue alone; they are never attributions in the report itself.

One convention of matching, the same on every split: a gold source that is a lone relative
pronoun ("Ruiz, who said ...": PolNeAR marks "who") stands for its antecedent, which is what a
report names; it matches a predicted source that ends right before the pronoun (nothing but
spaces and a comma between). The figures are also reported without it (``strict``).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from claimcheck.engines.rules.lexicon import OTHER_SPEECH_FORMS as OTHER_SPEECH  # the speech-verb families
from claimcheck.engines.rules.lexicon import RELATIVE_PRONOUNS, SAY_FORMS, TELL_FORMS
from claimcheck.errors import InputError

Span = tuple[int, int]

_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset("to the a an of in on for that has have had is was were be by with".split())


# --- gold records -------------------------------------------------------------


@dataclass
class GoldAttribution:
    source: Optional[str]
    source_span: Optional[Span]
    cue: str
    cue_span: Span
    content_span: Optional[Span] = None
    source_type: Optional[str] = None
    # for a lone relative pronoun as source: the offset where its antecedent ends (see the module doc)
    antecedent_end: Optional[int] = None


@dataclass
class GoldHedge:
    cue: str
    span: Span
    type: Optional[str] = None


@dataclass
class GoldRecord:
    id: str
    dataset: str
    text: str
    paragraphs: list[Span]
    attributions: Optional[list[GoldAttribution]] = None
    hedges: Optional[list[GoldHedge]] = None
    claim_label: Optional[str] = None  # NFS / UFS / CFS for a one-sentence record
    claims: Optional[list[Span]] = None  # check-worthy spans in a longer record
    discard: list[Span] = field(default_factory=list)


def _span(value: Any) -> Optional[Span]:
    if value is None:
        return None
    return int(value[0]), int(value[1])


def _paragraph_spans(text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def antecedent_end(text: str, source: Optional[str], span: Optional[Span]) -> Optional[int]:
    """Where the antecedent of a relative-pronoun source ends: before the spaces and the one
    comma in front of the pronoun ("Ruiz, who" -> the end of "Ruiz"); None for any other source."""
    if span is None or not source or source.strip().lower() not in RELATIVE_PRONOUNS:
        return None
    k = span[0]
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and text[k - 1] == ",":
        k -= 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k if k > 0 and text[k - 1].isalnum() or k > 0 and text[k - 1] in ")'’.\"”" else None


def record_from_shared(data: dict[str, Any], where: str) -> GoldRecord:
    if not isinstance(data.get("text"), str):
        raise InputError(f"{where}: a gold record needs a 'text' string")
    text = data["text"]
    paragraphs = [_span(p) for p in data["paragraphs"]] if data.get("paragraphs") else _paragraph_spans(text)
    record = GoldRecord(id=str(data.get("id", where)), dataset=str(data.get("dataset", "gold")), text=text,
                        paragraphs=[p for p in paragraphs if p is not None],
                        discard=[_span(s) for s in data.get("discard_spans", []) or []])
    try:
        if "attributions" in data:
            record.attributions = [
                GoldAttribution(a.get("source"), _span(a.get("source_span")), a.get("cue") or "",
                                _span(a["cue_span"]), _span(a.get("content_span")), a.get("source_type"),
                                antecedent_end(text, a.get("source"), _span(a.get("source_span"))))
                for a in data["attributions"] if a.get("cue_span")
            ]
        if "hedges" in data:
            record.hedges = [GoldHedge(h["cue"], _span(h["span"]), h.get("type")) for h in data["hedges"]]
        if isinstance(data.get("claim"), dict):
            record.claim_label = data["claim"].get("label")
        if "claims" in data:
            record.claims = [_span(c["span"] if isinstance(c, dict) else c) for c in data["claims"]]
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        raise InputError(f"{where}: malformed gold layer ({type(exc).__name__}: {exc})") from None
    return record


def record_from_report(data: dict[str, Any], where: str) -> GoldRecord:
    """A claimcheck report as gold: its paragraphs joined by blank lines."""
    from pydantic import ValidationError

    from claimcheck.schema import Report

    try:
        report = Report.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{where}: not a valid claimcheck report ({exc.error_count()} problems)") from None
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for paragraph in report.paragraphs:
        offsets.append(position)
        pieces.append(paragraph.text)
        position += len(paragraph.text) + 2
    text = "\n\n".join(pieces)
    attributions, hedges, claims = [], [], []
    for base, paragraph in zip(offsets, report.paragraphs):
        def shift(span: Optional[Span], base: int = base) -> Optional[Span]:
            return None if span is None else (span[0] + base, span[1] + base)

        attributions += [GoldAttribution(a.source, shift(a.source_span), a.cue, shift(a.cue_span),
                                         shift(a.content_span), a.source_type) for a in paragraph.attributions]
        hedges += [GoldHedge(h.cue, shift(h.span), h.kind) for h in paragraph.hedges]
        claims += [shift(c.span) for c in paragraph.claims]
    return GoldRecord(id=report.article.path or where, dataset="claimcheck-report", text=text,
                      paragraphs=[(b, b + len(p.text)) for b, p in zip(offsets, report.paragraphs)],
                      attributions=attributions, hedges=hedges, claims=claims)


def _record(data: Any, where: str) -> GoldRecord:
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object")
    if "schema_version" in data and "paragraphs" in data and "engine" in data:
        return record_from_report(data, where)
    return record_from_shared(data, where)


def load_gold(path: Path) -> list[GoldRecord]:
    """Records from a JSONL gold file, or from a single JSON report."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    stripped = raw.lstrip()
    if stripped.startswith("{") and "\n{" not in stripped.rstrip():
        try:
            return [_record(json.loads(stripped), str(path))]
        except json.JSONDecodeError:
            pass
    records = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
        records.append(_record(data, f"{path}:{number}"))
    if not records:
        raise InputError(f"{path}: no gold records")
    return records


# --- predictions ----------------------------------------------------------------


@dataclass
class Predicted:
    attributions: list[dict[str, Any]]
    hedges: list[dict[str, Any]]
    claims: list[Span]


def predict(record: GoldRecord, engine: Any) -> Predicted:
    """Run the record's paragraphs through the whole pipeline (engine, roster, scoring), so that what is
    measured is the report users read (the roster settles the type of a pronoun or role it resolves);
    spans come back in record offsets."""
    from claimcheck.article import Document
    from claimcheck.article.repair import RepairLog, fix_reversed_closing_quotes
    from claimcheck.article.sentences import split_sentences
    from claimcheck.pipeline import analyse_document
    from claimcheck.schema import ArticleMeta

    # Of ingest's repairs, the one that keeps every character where it is: a left quote typed where a quote
    # closes ('here,“ said') is read as the right one, as users' reports read it; the record's offsets hold.
    texts = [fix_reversed_closing_quotes(record.text[s:e], RepairLog()) for s, e in record.paragraphs]
    document = Document(meta=ArticleMeta(path=record.id, sha256="0" * 64), paragraphs=texts,
                        sentences=[split_sentences(t) for t in texts])
    paragraphs = analyse_document(document, engine).paragraphs
    out = Predicted([], [], [])
    for (base, _), paragraph in zip(record.paragraphs, paragraphs):
        def shift(span: Optional[Sequence[int]], base: int = base) -> Optional[Span]:
            return None if span is None else (span[0] + base, span[1] + base)

        for a in paragraph.attributions:
            out.attributions.append({"source": a.source, "source_span": shift(a.source_span), "cue": a.cue,
                                     "cue_span": shift(a.cue_span), "content_span": shift(a.content_span),
                                     "source_type": a.source_type, "no_comment": a.no_comment})
        # PolNeAR marks a cue with no source (an agentless passive, a question with no asker) as an attribution
        # without a source; the report keeps them apart (Paragraph.unsourced_cues), and a gold one without a
        # source matches such a cue on the cue alone (lenient_match). An unmatched one counts against precision.
        for u in paragraph.unsourced_cues:
            out.attributions.append({"source": "", "source_span": None, "cue": u.cue, "cue_span": shift(u.cue_span),
                                     "content_span": shift(u.content_span), "source_type": None,
                                     "no_comment": False})
        # The uncertainty corpora count conditionals ("hypo_condition") among their cues;
        # the report keeps them apart as conditions, so both are compared with the gold.
        for h in paragraph.hedges + paragraph.conditions:
            out.hedges.append({"cue": h.cue, "span": shift(h.span), "kind": h.kind})
        out.claims += [shift(c.span) for c in paragraph.claims]
    return out


# --- alignment --------------------------------------------------------------------


def words(text: Optional[str]) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def token_f1(a: Sequence[str], b: Sequence[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(b), common / len(a)
    return 2 * precision * recall / (precision + recall)


def _overlap(a: Optional[Span], b: Optional[Span]) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _contains(a: Sequence[str], b: Sequence[str]) -> bool:
    if not a or not b:
        return False
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    n = len(small)
    return any(list(big[i:i + n]) == list(small) for i in range(len(big) - n + 1))


def sources_match(gold_text: Optional[str], gold_span: Optional[Span], pred_text: str, pred_span: Span) -> bool:
    if _overlap(gold_span, pred_span) == 0:
        return False
    g, p = words(gold_text), words(pred_text)
    return token_f1(g, p) >= 0.5 or _contains(g, p)


def cues_match(gold: GoldAttribution, pred: dict[str, Any]) -> bool:
    if _overlap(gold.cue_span, pred["cue_span"]) == 0:
        return False
    gold_words, pred_words = set(words(gold.cue)), set(words(pred["cue"]))
    if not gold_words or not pred_words:
        # punctuation cues ('NAME:', '" ― NAME'): the marks themselves must agree
        return bool(set(gold.cue.strip()) & set(pred["cue"].strip()))
    shared = gold_words & pred_words
    return bool(shared - _FUNCTION_WORDS) or bool(shared) and not (set(words(gold.cue)) - _FUNCTION_WORDS)


def lenient_match(gold: GoldAttribution, pred: dict[str, Any], antecedents: bool = True) -> bool:
    """Lenient source + cue match; ``antecedents`` applies the relative-pronoun convention."""
    if not cues_match(gold, pred):
        return False
    if gold.source is None or gold.source_span is None:
        return True
    if antecedents and gold.antecedent_end is not None and pred["source_span"] is not None \
            and pred["source_span"][1] == gold.antecedent_end:
        return True
    return sources_match(gold.source, gold.source_span, pred["source"], pred["source_span"])


def strict_match(gold: GoldAttribution, pred: dict[str, Any]) -> bool:
    """Lenient matching without the relative-pronoun convention."""
    return lenient_match(gold, pred, antecedents=False)


def exact_match(gold: GoldAttribution, pred: dict[str, Any]) -> bool:
    if gold.cue_span != pred["cue_span"]:
        return False
    return gold.source_span is None or gold.source_span == pred["source_span"]


def align(golds: Sequence[Any], preds: Sequence[Any], matches: Any) -> list[tuple[int, int]]:
    """One-to-one pairs, greedily in reading order of the gold items."""
    used: set[int] = set()
    pairs = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pi not in used and matches(gold, pred):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def cue_category(cue: str) -> str:
    tokens = set(words(cue))
    if "according" in tokens:
        return "according to"
    if tokens & SAY_FORMS:
        return "said"
    if tokens & TELL_FORMS:
        return "told"
    if tokens & OTHER_SPEECH:
        return "other speech verb"
    return "other"


def _cue_key(cue: str) -> str:
    return " ".join(words(cue)) or cue.strip() or "(punctuation)"


# --- results ----------------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, gold: int, predicted: int, matched: int) -> None:
        self.gold += gold
        self.predicted += predicted
        self.matched += matched

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalResult:
    engine: str
    records: int = 0
    attribution_records: int = 0
    lenient: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    source_only: Counts = field(default_factory=Counts)
    cue_only: Counts = field(default_factory=Counts)
    speech_subset: Counts = field(default_factory=Counts)  # lenient, speech-verb cues on both sides
    # the same two without the relative-pronoun convention (module doc)
    lenient_strict: Counts = field(default_factory=Counts)
    speech_subset_strict: Counts = field(default_factory=Counts)
    speech_recall_strict: Counts = field(default_factory=Counts)
    content_pairs: int = 0  # matched pairs whose gold has a content
    content_f1_sum: float = 0.0  # token F1 of the contents, summed over those pairs

    @property
    def content_f1(self) -> float:
        return self.content_f1_sum / self.content_pairs if self.content_pairs else 0.0
    by_category: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    source_type: Counts = field(default_factory=Counts)  # gold = typed pairs, matched = same type
    hedge_records: int = 0
    hedges: Counts = field(default_factory=Counts)
    hedges_exact: Counts = field(default_factory=Counts)
    hedge_by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    claim_records: int = 0
    check_worthy: Counts = field(default_factory=Counts)  # gold = check-worthy sentences, matched = covered
    not_check_worthy: Counts = field(default_factory=Counts)  # gold = NFS/UFS sentences, matched = given a claim
    claim_spans: Counts = field(default_factory=Counts)
    missed_cues: Counter = field(default_factory=Counter)
    gold_cues: Counter = field(default_factory=Counter)
    spurious_cues: Counter = field(default_factory=Counter)
    missed_hedges: Counter = field(default_factory=Counter)
    spurious_hedges: Counter = field(default_factory=Counter)
    miss_examples: list[dict[str, str]] = field(default_factory=list)
    false_examples: list[dict[str, str]] = field(default_factory=list)
    failed_paragraphs: int = 0

    @property
    def speech_recall(self) -> Counts:
        total = Counts()
        for name, counts in self.by_category.items():
            if name != "other":
                total.add(counts.gold, 0, counts.matched)
        return total

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"engine": self.engine, "records": self.records}
        if self.attribution_records:
            out["attributions"] = {
                "records": self.attribution_records,
                "lenient": self.lenient.as_dict(),
                "exact": self.exact.as_dict(),
                "source_only": self.source_only.as_dict(),
                "cue_only": self.cue_only.as_dict(),
                "speech_verbs_lenient": self.speech_subset.as_dict(),
                "recall_by_cue": {k: {"gold": v.gold, "matched": v.matched, "recall": round(v.recall, 4)}
                                  for k, v in sorted(self.by_category.items())},
                "speech_verb_recall": round(self.speech_recall.recall, 4),
                "without_relative_antecedents": {
                    "lenient": self.lenient_strict.as_dict(),
                    "speech_verbs_lenient": self.speech_subset_strict.as_dict(),
                    "speech_verb_recall": round(self.speech_recall_strict.recall, 4),
                },
                "content_token_f1": round(self.content_f1, 4),
                "worst_cues": [{"cue": cue, "gold": self.gold_cues[cue], "missed": missed,
                                "recall": round(1 - missed / self.gold_cues[cue], 4)}
                               for cue, missed in self.missed_cues.most_common(10)],
                "spurious_cues": [{"cue": cue, "count": n} for cue, n in self.spurious_cues.most_common(10)],
            }
            if self.source_type.gold:
                out["attributions"]["source_type_accuracy"] = round(self.source_type.recall, 4)
        if self.hedge_records:
            out["hedges"] = {
                "records": self.hedge_records,
                "lenient": self.hedges.as_dict(),
                "exact": self.hedges_exact.as_dict(),
                "recall_by_type": {k: {"gold": v.gold, "matched": v.matched, "recall": round(v.recall, 4)}
                                   for k, v in sorted(self.hedge_by_type.items())},
                "missed": [{"cue": c, "count": n} for c, n in self.missed_hedges.most_common(10)],
                "spurious": [{"cue": c, "count": n} for c, n in self.spurious_hedges.most_common(10)],
            }
        if self.claim_records:
            out["claims"] = {"records": self.claim_records}
            if self.check_worthy.gold:
                out["claims"]["check_worthy_recall"] = round(self.check_worthy.recall, 4)
                out["claims"]["check_worthy"] = self.check_worthy.gold
            if self.not_check_worthy.gold:
                out["claims"]["claim_rate_on_not_check_worthy"] = round(self.not_check_worthy.recall, 4)
            if self.claim_spans.gold:
                out["claims"]["gold_claim_recall"] = round(self.claim_spans.recall, 4)
        out["examples"] = {"missed": self.miss_examples, "spurious": self.false_examples}
        out["failed_paragraphs"] = self.failed_paragraphs
        return out


def _inside(span: Optional[Span], zones: Iterable[Span]) -> bool:
    return span is not None and any(z[0] <= span[0] and span[1] <= z[1] for z in zones)


def _context(text: str, span: Span, width: int = 90) -> str:
    start = max(0, span[0] - width)
    end = min(len(text), span[1] + width // 3)
    return " ".join(text[start:end].split())


def _covered(sentence: Span, claims: Sequence[Span], text: str) -> bool:
    """Whether claims cover at least half of a sentence's non-space characters."""
    size = sum(1 for ch in text[sentence[0]:sentence[1]] if not ch.isspace())
    if size == 0:
        return False
    covered = sum(
        sum(1 for ch in text[max(sentence[0], c[0]):min(sentence[1], c[1])] if not ch.isspace()) for c in claims)
    return covered * 2 >= size


def score_record(result: EvalResult, record: GoldRecord, predicted: Predicted, examples: int = 8) -> None:
    text = record.text
    if record.attributions is not None:
        result.attribution_records += 1
        golds = record.attributions
        preds = [p for p in predicted.attributions if not _inside(p["cue_span"], record.discard)]
        lenient_pairs = align(golds, preds, lenient_match)
        result.lenient.add(len(golds), len(preds), len(lenient_pairs))
        strict_pairs = align(golds, preds, strict_match)
        result.lenient_strict.add(len(golds), len(preds), len(strict_pairs))
        strict_gold = {g for g, _ in strict_pairs}
        result.speech_recall_strict.add(
            sum(cue_category(g.cue) != "other" for g in golds), 0,
            sum(cue_category(golds[g].cue) != "other" for g in strict_gold))
        result.exact.add(len(golds), len(preds), len(align(golds, preds, exact_match)))
        with_source = [g for g in golds if g.source_span is not None]
        result.source_only.add(len(with_source), len(preds), len(align(
            with_source, preds, lambda g, p: sources_match(g.source, g.source_span, p["source"], p["source_span"]))))
        result.cue_only.add(len(golds), len(preds), len(align(golds, preds, cues_match)))
        speech_golds = [g for g in golds if cue_category(g.cue) != "other"]
        speech_preds = [p for p in preds if cue_category(p["cue"]) != "other"]
        result.speech_subset.add(len(speech_golds), len(speech_preds),
                                 len(align(speech_golds, speech_preds, lenient_match)))
        result.speech_subset_strict.add(len(speech_golds), len(speech_preds),
                                        len(align(speech_golds, speech_preds, strict_match)))
        matched_gold = {g for g, _ in lenient_pairs}
        matched_pred = {p for _, p in lenient_pairs}
        for gi, gold in enumerate(golds):
            category = cue_category(gold.cue)
            result.by_category[category].add(1, 0, int(gi in matched_gold))
            key = _cue_key(gold.cue)
            result.gold_cues[key] += 1
            if gi not in matched_gold:
                result.missed_cues[key] += 1
                if len(result.miss_examples) < examples and category != "other":
                    result.miss_examples.append({"record": record.id, "cue": gold.cue, "source": gold.source or "",
                                                 "context": _context(text, gold.cue_span)})
        for gi, pi in lenient_pairs:
            gold_content, pred_content = golds[gi].content_span, preds[pi]["content_span"]
            if gold_content is not None:
                result.content_pairs += 1
                if pred_content is not None:
                    result.content_f1_sum += token_f1(words(text[gold_content[0]:gold_content[1]]),
                                                      words(text[pred_content[0]:pred_content[1]]))
            if golds[gi].source_type:
                result.source_type.add(1, 1, int(golds[gi].source_type == preds[pi]["source_type"]))
        for pi, pred in enumerate(preds):
            if pi not in matched_pred:
                result.spurious_cues[_cue_key(pred["cue"])] += 1
                if len(result.false_examples) < examples:
                    result.false_examples.append({"record": record.id, "cue": pred["cue"], "source": pred["source"],
                                                  "context": _context(text, pred["cue_span"])})
    if record.hedges is not None:
        result.hedge_records += 1
        golds = record.hedges
        preds = predicted.hedges
        pairs = align(golds, preds, lambda g, p: _overlap(g.span, p["span"]) > 0)
        result.hedges.add(len(golds), len(preds), len(pairs))
        result.hedges_exact.add(len(golds), len(preds), len(align(golds, preds, lambda g, p: g.span == p["span"])))
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for gi, gold in enumerate(golds):
            result.hedge_by_type[gold.type or "untyped"].add(1, 0, int(gi in matched_gold))
            if gi not in matched_gold:
                result.missed_hedges[gold.cue.lower()] += 1
        for pi, pred in enumerate(preds):
            if pi not in matched_pred:
                result.spurious_hedges[pred["cue"].lower()] += 1
    if record.claim_label is not None or record.claims is not None:
        result.claim_records += 1
        if record.claim_label is not None:
            whole = (0, len(text))
            covered = _covered(whole, predicted.claims, text)
            if record.claim_label == "CFS":
                result.check_worthy.add(1, 0, int(covered))
            else:
                result.not_check_worthy.add(1, 0, int(covered))
        if record.claims:
            result.claim_spans.add(len(record.claims), 0,
                                   sum(_covered(span, predicted.claims, text) for span in record.claims))


def evaluate(records: Sequence[GoldRecord], engine: Any, progress: bool = True) -> EvalResult:
    result = EvalResult(engine=getattr(getattr(engine, "info", None), "name", "unknown"))
    if progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("eval"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
    else:
        bar = None
    try:
        if bar is not None:
            bar.start()
            task = bar.add_task("eval", total=len(records))
        for record in records:
            predicted = predict(record, engine)
            result.records += 1
            score_record(result, record, predicted)
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    return result


# --- rendering --------------------------------------------------------------------


def _prf(counts: Counts) -> str:
    return (f"P {counts.precision:6.1%}  R {counts.recall:6.1%}  F1 {counts.f1:6.1%}"
            f"   (gold {counts.gold}, predicted {counts.predicted}, matched {counts.matched})")


def render_text(result: EvalResult) -> str:
    lines = [f"claimcheck eval: engine {result.engine}, {result.records} records"]
    if result.attribution_records:
        lines += ["", f"Attributions ({result.attribution_records} records)",
                  f"  source+cue lenient  {_prf(result.lenient)}",
                  f"  source+cue exact    {_prf(result.exact)}",
                  f"  source only         {_prf(result.source_only)}",
                  f"  cue only            {_prf(result.cue_only)}",
                  f"  speech verbs only   {_prf(result.speech_subset)}",
                  "", "  recall by cue (lenient)"]
        for name, counts in sorted(result.by_category.items(), key=lambda kv: -kv[1].gold):
            lines.append(f"    {name:<20} {counts.recall:6.1%}  ({counts.matched}/{counts.gold})")
        speech = result.speech_recall
        lines.append(f"    {'speech verbs, all':<20} {speech.recall:6.1%}  ({speech.matched}/{speech.gold})")
        if speech.matched != result.speech_subset.matched:
            # the two speech-verb recalls differ only in which predictions a gold speech cue may take
            lines += ["      (speech verbs, all: gold speech cues matched in the one alignment of every gold cue "
                      "with every prediction;",
                      "       speech verbs only, above: gold speech cues aligned with predicted speech cues alone)"]
        strict = result.speech_recall_strict
        if strict.matched != speech.matched or result.lenient_strict.matched != result.lenient.matched:
            lines.append(f"    without the relative-pronoun convention: speech verbs {strict.recall:6.1%} "
                         f"({strict.matched}/{strict.gold}), source+cue lenient {_prf(result.lenient_strict)}")
        if result.content_pairs:
            lines.append(f"  content: mean token F1 {result.content_f1:.1%} over {result.content_pairs} matched pairs")
        if result.source_type.gold:
            lines.append(f"  source type agrees on matched pairs: {result.source_type.recall:.1%} "
                         f"({result.source_type.matched}/{result.source_type.gold})")
        lines += ["", "  worst cues (gold cue: missed / gold)    spurious cues (predicted, unmatched)"]
        worst = result.missed_cues.most_common(10)
        spurious = result.spurious_cues.most_common(10)
        for n in range(max(len(worst), len(spurious))):
            left = f"{worst[n][0][:22]:<22} {worst[n][1]:>4} / {result.gold_cues[worst[n][0]]:<4}" if n < len(worst) else ""
            right = f"{spurious[n][0][:22]:<22} {spurious[n][1]:>4}" if n < len(spurious) else ""
            lines.append(f"    {left:<38} {right}")
    if result.hedge_records:
        lines += ["", f"Hedges ({result.hedge_records} records)",
                  f"  cue lenient (overlap)  {_prf(result.hedges)}",
                  f"  cue exact              {_prf(result.hedges_exact)}"]
        for name, counts in sorted(result.hedge_by_type.items(), key=lambda kv: -kv[1].gold):
            lines.append(f"    recall {name:<22} {counts.recall:6.1%}  ({counts.matched}/{counts.gold})")
        missed = ", ".join(f"{c} {n}" for c, n in result.missed_hedges.most_common(8))
        spurious = ", ".join(f"{c} {n}" for c, n in result.spurious_hedges.most_common(8))
        lines += [f"  most missed: {missed}", f"  most spurious: {spurious}"]
    if result.claim_records:
        lines += ["", f"Claims ({result.claim_records} records)"]
        if result.check_worthy.gold:
            lines.append(f"  check-worthy sentences inside a claim: {result.check_worthy.recall:.1%} "
                         f"({result.check_worthy.matched}/{result.check_worthy.gold})")
        if result.not_check_worthy.gold:
            lines.append(f"  other sentences given a claim:         {result.not_check_worthy.recall:.1%} "
                         f"({result.not_check_worthy.matched}/{result.not_check_worthy.gold})")
        if result.claim_spans.gold:
            lines.append(f"  gold claims covered: {result.claim_spans.recall:.1%} "
                         f"({result.claim_spans.matched}/{result.claim_spans.gold})")
    if result.miss_examples:
        lines += ["", "Example misses (speech cues)"]
        lines += [f"  - [{e['cue']}] source {e['source']!r}: …{e['context']}…" for e in result.miss_examples[:5]]
    if result.false_examples:
        lines += ["", "Example spurious attributions"]
        lines += [f"  - [{e['cue']}] source {e['source']!r}: …{e['context']}…" for e in result.false_examples[:5]]
    return "\n".join(lines) + "\n"


def render_json(result: EvalResult) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n"
