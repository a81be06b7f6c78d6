"""``claimcheck eval DIR`` for typed sourcing gold: who the source is, what kind, and which mentions are one.

The format is the one of ``../shared/data/realnews_dev`` (see its README): a folder with ``articles/*.txt`` and
``gold/*.json``, one gold file per article, paragraphs being the article's non-empty lines::

    {"file": "x.txt",
     "paragraphs": {"1": {"attributions": [{"heads": [...], "types": [...], "cue": "said", "entity": "E1",
                                            "quote": "direct", "optional": false, "pronoun": false, ...}],
                          "hedges": [...], "optional_hedges": [...]}, ...},
     "entities": [{"id": "E1", "name": "...", "type": "...", "part_of": "E2", "mentions": [...]}],
     "continuations": [["3", "snippet of a cue-less quote sentence", "E1", "after"], ...]}

Each article is analysed exactly as ``claimcheck ARTICLE --format json`` does it (ingest, engine, roster,
scoring), so the figures measure the report users read, after the roster has resolved pronouns and roles.
The scoring follows the shared scorer (``../shared/tools/score_realnews.py``) step for step, so that both
give the same figures: report paragraphs are aligned to gold paragraphs by word overlap, attributions are
matched one to one inside each aligned unit by a maximum-weight assignment (the same Hungarian algorithm and
tie-break weights), and then

* type accuracy: matched required golds whose predicted ``source_type`` is one of the gold ``types``;
* quote accuracy: the same for the quote kind;
* pronoun accuracy: matched required pronoun golds whose roster entry names the referent;
* merge recall: gold entities with two or more matched mentions that all sit on one roster entry;
* merge precision: roster entries with two or more matched mentions that are all one gold entity (an
  entity and what it is ``part_of`` count as one);
* continuation coverage: cue-less quote sentences whose claim carries an attribution of the right entity;
* attribution P/R/F1 and hedge P/R/F1 (optional golds neither required nor false positives).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from claimcheck.errors import InputError
from claimcheck.evaluation import Counts

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "his", "her", "them", "i", "its", "their"})
ALIGN_THRESHOLD = 0.6


def is_typed_gold(path: Path) -> bool:
    """Whether ``path`` is a folder of typed sourcing gold (``gold/*.json`` beside ``articles/``)."""
    return path.is_dir() and (path / "gold").is_dir() and (path / "articles").is_dir()


# --- text helpers -------------------------------------------------------------------


def norm(s: str) -> str:
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ").replace("\u2014", "-").replace("\u2013", "-")
    return " ".join(s.lower().split())


def tokens(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", norm(s))


def head_in(head: str, text: str) -> bool:
    """Whole-word containment; a plural or possessive ending on the last word is allowed.
    A pronoun head matches only a text that is that pronoun."""
    h = norm(head)
    if not h:
        return False
    if h in PRONOUNS:
        return tokens(text) == [h]
    return re.search(r"(?<![a-z0-9])%s(?:s|es|'s|')?(?![a-z0-9])" % re.escape(h), norm(text)) is not None


def is_pronoun(text: str) -> bool:
    return norm(text).strip(" ,.") in PRONOUNS


def _as_list(x: Any) -> list:
    return x if isinstance(x, list) else [x]


def f1_of(tp: int, fp: int, fn: int) -> float:
    """F1 from true positives, false positives and misses, by eval's one precision/recall rule."""
    return Counts(gold=tp + fn, predicted=tp + fp, matched=tp).f1


# --- assignment ---------------------------------------------------------------------


def max_weight_matching(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Hungarian algorithm on a rectangular matrix; pairs of weight <= 0 are not matches.

    The same algorithm as the shared scorer's, so that equal-weight choices fall the same way."""
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    n = max(n_rows, n_cols)
    big = max((w for row in weights for w in row), default=0) + 1
    cost = [[big - (weights[i][j] if i < n_rows and j < n_cols and weights[i][j] > 0 else 0)
             for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < n_rows and j - 1 < n_cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return pairs


# --- alignment ----------------------------------------------------------------------


def align(gold_paras: list[str], report_paras: list[dict]) -> tuple[list[tuple[list[int], list[int]]], dict]:
    """Per connected unit, (gold paragraph numbers, report paragraph positions).

    Each report paragraph goes to the gold paragraph holding the largest share of its words (>= 0.6);
    a report paragraph that merged lines takes the neighbouring gold paragraphs whose words it holds;
    report paragraphs that land on one gold paragraph (a split) join one unit.
    """
    g_counts = [Counter(tokens(t)) for t in gold_paras]
    covers: dict[int, list[int]] = {}
    info: dict[str, list[int]] = {"unaligned_report": []}
    for ri, rp in enumerate(report_paras):
        rc = Counter(tokens(rp["text"]))
        rn = sum(rc.values())
        if not rn:
            continue
        overlaps = [sum(min(rc[w], gc[w]) for w in gc) for gc in g_counts]
        candidates = []
        for seed in range(len(gold_paras)):
            if not overlaps[seed]:
                continue
            chosen = {seed}
            used = Counter({w: min(rc[w], g_counts[seed][w]) for w in g_counts[seed]})

            def gain(g: int) -> int:
                return sum(min(rc[w] - used[w], c) for w, c in g_counts[g].items() if rc[w] > used[w])

            for step in (-1, 1):
                g = seed + step
                while 0 <= g < len(gold_paras):
                    gn = sum(g_counts[g].values())
                    if gn and gain(g) >= ALIGN_THRESHOLD * gn:
                        chosen.add(g)
                        for w, c in g_counts[g].items():
                            used[w] += min(max(rc[w] - used[w], 0), c)
                        g += step
                    else:
                        break
            seed_n = sum(g_counts[seed].values())
            if len(chosen) > 1 and overlaps[seed] < ALIGN_THRESHOLD * seed_n:
                continue
            share = sum(used.values()) / rn
            candidates.append((share, -len(chosen), -abs(seed - ri), sorted(chosen)))
        best = max(candidates) if candidates else None
        if best and best[0] >= ALIGN_THRESHOLD:
            covers[ri] = best[3]
        else:
            info["unaligned_report"].append(rp.get("index", ri + 1))
    parent = list(range(len(gold_paras)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gs in covers.values():
        for g in gs[1:]:
            parent[find(g)] = find(gs[0])
    units: dict[int, tuple[set, set]] = {}
    for ri, gs in covers.items():
        root = find(gs[0])
        units.setdefault(root, (set(), set()))
        units[root][0].update(gs)
        units[root][1].add(ri)
    out = [(sorted(g + 1 for g in gs), sorted(rs)) for gs, rs in units.values()]
    covered = {g for gs, _ in out for g in gs}
    info["unaligned_gold"] = [g for g in range(1, len(gold_paras) + 1) if g not in covered]
    return sorted(out), info


# --- scoring --------------------------------------------------------------------------


@dataclass
class TypedCounts:
    """Counts summed over articles; each measure is ``*_ok / *_n``."""

    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    type_ok: int = 0
    type_n: int = 0
    quote_ok: int = 0
    quote_n: int = 0
    pron_ok: int = 0
    pron_n: int = 0
    mr_ok: int = 0
    mr_n: int = 0
    mp_ok: int = 0
    mp_n: int = 0
    cont_ok: int = 0
    cont_n: int = 0
    h_tp: int = 0
    h_fp: int = 0
    h_fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "TypedCounts") -> None:
        for name in self.__dataclass_fields__:
            if name == "misses":
                self.misses += other.misses
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def ratio(ok: int, n: int) -> Optional[float]:
        return ok / n if n else None

    def measures(self) -> dict[str, Any]:
        f1 = f1_of(self.tp, self.fp, self.fn)
        hedge_f1 = f1_of(self.h_tp, self.h_fp, self.h_fn)
        out: dict[str, Any] = {"articles": self.articles, "attr_f1": f1}
        for key, ok, n in (("type_acc", self.type_ok, self.type_n), ("quote_acc", self.quote_ok, self.quote_n),
                           ("pronoun_acc", self.pron_ok, self.pron_n), ("merge_recall", self.mr_ok, self.mr_n),
                           ("merge_precision", self.mp_ok, self.mp_n), ("continuation", self.cont_ok, self.cont_n)):
            out[key] = self.ratio(ok, n)
            out[key + "_n"] = n
        out["hedge_f1"] = hedge_f1
        out["attr"] = {"tp": self.tp, "fp": self.fp, "fn": self.fn}
        out["hedge"] = {"tp": self.h_tp, "fp": self.h_fp, "fn": self.h_fn}
        return out


def score_article(gold: dict, gold_paras: list[str], report: dict) -> TypedCounts:
    """One article's counts: ``report`` is the JSON report as a dict."""
    st = TypedCounts(articles=1)
    log = st.misses
    rparas = report.get("paragraphs", [])
    roster = {s["id"]: s for s in report.get("sources", [])}
    attr_by_id = {a["id"]: a for rp in rparas for a in rp.get("attributions", [])}
    units, _info = align(gold_paras, rparas)
    ents = {e["id"]: e for e in gold.get("entities", [])}

    def root(eid: str) -> str:
        seen = set()
        while eid in ents and ents[eid].get("part_of") and eid not in seen:
            seen.add(eid)
            eid = ents[eid]["part_of"]
        return eid

    ent_heads: dict[str, set] = defaultdict(set)
    for pg in gold["paragraphs"].values():
        for a in pg["attributions"]:
            for h in a["heads"]:
                if norm(h) not in PRONOUNS:
                    ent_heads[a["entity"]].add(h)

    def roster_names(pred: dict) -> list[str]:
        s = roster.get(pred.get("source_id") or "")
        return [s["name"], *s.get("aliases", [])] if s else []

    def pred_matches(g: dict, pred: dict) -> bool:
        if any(head_in(h, pred["source"]) for h in g["heads"]):
            return True
        if g.get("pronoun") or norm(g["heads"][0]) in PRONOUNS:
            refs = [h for h in g["heads"] if norm(h) not in PRONOUNS]
            return any(head_in(h, n) for h in refs for n in roster_names(pred))
        return False

    matched_pairs: list[tuple[dict, dict]] = []
    para_of_gold: dict[int, str] = {}
    all_units_gold: set[int] = set()
    for gnums, rpos in units:
        all_units_gold.update(gnums)
        golds = []
        for gn in gnums:
            for a in gold["paragraphs"][str(gn)]["attributions"]:
                golds.append(a)
                para_of_gold[id(a)] = str(gn)
        preds = [(a, rparas[ri]) for ri in rpos for a in rparas[ri].get("attributions", [])]
        weights = []
        for g in golds:
            row = []
            g_src = norm(g.get("source_text", ""))
            for pa, rp in preds:
                if not pred_matches(g, pa):
                    row.append(0)
                    continue
                w = 1000 if not g["optional"] else 100
                if bool(g.get("pronoun")) == is_pronoun(pa["source"]):
                    w += 4
                if set(tokens(g["cue"])) & set(tokens(pa.get("cue", ""))):
                    w += 3
                if g_src:
                    rt = norm(rp["text"])
                    start = len(norm(rp["text"][: pa["source_span"][0]]))
                    pos = [m.start() for m in re.finditer(re.escape(g_src), rt)]
                    if pos and min(abs(x - start) for x in pos) <= 30:
                        w += 5
                row.append(w)
            weights.append(row)
        pairs = max_weight_matching(weights) if golds and preds else []
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            matched_pairs.append((golds[i], preds[j][0]))
        for i, g in enumerate(golds):
            if g["optional"]:
                continue
            if i in matched_g:
                st.tp += 1
            else:
                st.fn += 1
                log.append(f"FN p{para_of_gold[id(g)]}: {g['source_text']!r} ({g['cue']})")
        for j, (pa, rp) in enumerate(preds):
            if j not in matched_p:
                st.fp += 1
                log.append(f"FP r{rp['index']}: {pa['source']!r} cue={pa.get('cue')!r} [{pa['source_type']}]")
        gh = []
        for gn in gnums:
            pg = gold["paragraphs"][str(gn)]
            gh += [(c, False, gn) for c in pg.get("hedges", [])] + [(c, True, gn) for c in pg.get("optional_hedges", [])]
        ph = [(h, rparas[ri]) for ri in rpos for h in rparas[ri].get("hedges", [])]
        hedge_weights = []
        for c, opt, _ in gh:
            row = []
            for h, _rp in ph:
                a, b = norm(c), norm(h["cue"])
                ok = a and b and (a in b or b in a)
                row.append(0 if not ok else (100 if opt else 1000) + (1 if a == b else 0))
            hedge_weights.append(row)
        hpairs = max_weight_matching(hedge_weights) if gh and ph else []
        hm_g = {i for i, _ in hpairs}
        hm_p = {j for _, j in hpairs}
        for i, (_c, opt, _gn) in enumerate(gh):
            if opt:
                continue
            if i in hm_g:
                st.h_tp += 1
            else:
                st.h_fn += 1
        st.h_fp += sum(1 for j in range(len(ph)) if j not in hm_p)
    for p, pg in gold["paragraphs"].items():
        if int(p) in all_units_gold:
            continue
        st.fn += sum(1 for a in pg["attributions"] if not a["optional"])
        st.h_fn += len(pg.get("hedges", []))
    for g, pa in matched_pairs:
        if g["optional"]:
            continue
        where = f"p{para_of_gold[id(g)]}"
        st.type_n += 1
        if pa["source_type"] in _as_list(g["types"]):
            st.type_ok += 1
        else:
            log.append(f"type {where}: {g['source_text']!r} gold={g['types']} pred={pa['source_type']}")
        st.quote_n += 1
        if pa.get("quote", "indirect") in _as_list(g["quote"]):
            st.quote_ok += 1
        if g.get("pronoun") or norm(g["heads"][0]) in PRONOUNS:
            st.pron_n += 1
            refs = [h for h in g["heads"] if norm(h) not in PRONOUNS]
            names = roster_names(pa)
            if any(head_in(h, n) for h in refs for n in names):
                st.pron_ok += 1
            else:
                log.append(f"pronoun {where}: {pa['source']!r} -> roster {names[:1] or None}, want {refs}")
    by_ent: dict[str, list] = defaultdict(list)
    by_sid: dict[str, list] = defaultdict(list)
    for g, pa in matched_pairs:
        by_ent[g["entity"]].append(pa.get("source_id"))
        if pa.get("source_id"):
            by_sid[pa["source_id"]].append(g["entity"])
    for e, sids in by_ent.items():
        if len(sids) < 2:
            continue
        st.mr_n += 1
        if len(set(sids)) == 1 and sids[0]:
            st.mr_ok += 1
        else:
            log.append(f"roster split: {e} {ents.get(e, {}).get('name')!r} -> {sorted(set(map(str, sids)))}")
    for sid, es in by_sid.items():
        if len(es) < 2:
            continue
        st.mp_n += 1
        if len({root(e) for e in es}) == 1:
            st.mp_ok += 1
        else:
            log.append(f"roster merge: {sid} {roster.get(sid, {}).get('name')!r} <- {sorted(set(es))}")
    ent_sids: dict[str, set] = defaultdict(set)
    for g, pa in matched_pairs:
        if pa.get("source_id"):
            ent_sids[g["entity"]].add(pa["source_id"])
    gold_to_r: dict[int, list[int]] = defaultdict(list)
    for gnums, rpos in units:
        for gn in gnums:
            gold_to_r[gn].extend(rpos)
    matched_pred_ent = {id(pa): g["entity"] for g, pa in matched_pairs}
    for cont in gold.get("continuations", []):
        para, snippet, ent = int(cont[0]), cont[1], cont[2]
        st.cont_n += 1
        stoks = tokens(snippet)
        claims = []
        for ri in gold_to_r.get(para, []):
            for c in rparas[ri].get("claims", []):
                ct = tokens(c["text"])
                joined = " " + " ".join(ct) + " "
                if " " + " ".join(stoks) + " " in joined or (
                        stoks and sum((Counter(ct) & Counter(stoks)).values()) >= 0.8 * len(stoks)):
                    claims.append(c)
        ok = False
        for c in claims:
            for aid in c.get("attribution_ids", []):
                a = attr_by_id.get(aid)
                if not a:
                    continue
                if matched_pred_ent.get(id(a)) == ent or (a.get("source_id") and a["source_id"] in ent_sids[ent]):
                    ok = True
                elif any(head_in(h, n) for h in ent_heads[ent] for n in [a["source"]] + roster_names(a)):
                    ok = True
        if ok:
            st.cont_ok += 1
        else:
            log.append(f"continuation p{para} {snippet[:45]!r} ({ent})")
    return st


# --- running ----------------------------------------------------------------------------


def _paragraphs(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def evaluate_typed(folder: Path, engine: Any, limit: Optional[int] = None) -> TypedCounts:
    """Analyse every article of a typed-gold folder as ``claimcheck ARTICLE --format json`` would, and score it."""
    from claimcheck.article import load
    from claimcheck.pipeline import analyse_document
    from claimcheck.render.json import render

    files = sorted((folder / "gold").glob("*.json"))
    if limit is not None:
        files = files[:limit]
    if not files:
        raise InputError(f"{folder}: no gold files in {folder / 'gold'}")
    total = TypedCounts()
    for gold_file in files:
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            article = folder / "articles" / gold["file"]
            paragraphs = _paragraphs(article)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{gold_file}: unreadable typed gold ({type(exc).__name__}: {exc})") from None
        if len(paragraphs) != len(gold.get("paragraphs", {})):
            raise InputError(f"{gold_file}: gold has {len(gold.get('paragraphs', {}))} paragraphs, "
                             f"{article.name} has {len(paragraphs)}")
        report = json.loads(render(analyse_document(load(str(article)), engine)))
        counts = score_article(gold, paragraphs, report)
        counts.misses = [f"{gold_file.stem}: {m}" for m in counts.misses]
        total.add(counts)
    return total


def _fmt(value: Optional[float]) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_typed_text(engine: str, counts: TypedCounts, misses: int = 20) -> str:
    m = counts.measures()
    lines = [f"claimcheck eval: engine {engine}, {counts.articles} articles (typed sourcing gold)", ""]
    for key, label in (("type_acc", "source type accuracy (matched)"), ("pronoun_acc", "pronoun sources resolved"),
                       ("merge_recall", "roster merge recall"), ("merge_precision", "roster merge precision"),
                       ("continuation", "quote continuations covered"), ("quote_acc", "quote kind accuracy")):
        lines.append(f"  {label:<32} {_fmt(m[key])}  (n={m[key + '_n']})")
    lines.append(f"  {'attribution F1':<32} {m['attr_f1']:.3f}  (tp={counts.tp} fp={counts.fp} fn={counts.fn})")
    lines.append(f"  {'hedge F1':<32} {m['hedge_f1']:.3f}  (tp={counts.h_tp} fp={counts.h_fp} fn={counts.h_fn})")
    lines.append("")
    lines.append(f"articles={counts.articles} attr_f1={m['attr_f1']:.3f} type_acc={_fmt(m['type_acc'])} "
                 f"quote_acc={_fmt(m['quote_acc'])} pronoun_acc={_fmt(m['pronoun_acc'])} "
                 f"merge_recall={_fmt(m['merge_recall'])} merge_precision={_fmt(m['merge_precision'])} "
                 f"continuation={_fmt(m['continuation'])} hedge_f1={m['hedge_f1']:.3f}")
    shown = [x for x in counts.misses if x.split(": ", 1)[-1].startswith(("type", "pronoun", "roster"))]
    if shown:
        lines += ["", "Type, pronoun and roster misses"] + [f"  - {x}" for x in shown[:misses]]
    return "\n".join(lines) + "\n"


def render_typed_json(engine: str, counts: TypedCounts) -> str:
    out = {"engine": engine, "typed_gold": counts.measures(), "misses": counts.misses}
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"
