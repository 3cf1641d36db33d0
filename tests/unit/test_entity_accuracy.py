"""Score the extractor against the hand-made gold of the five seed articles.

Prints precision / recall / F1 per kind (run with -s) and asserts the agreed thresholds.
Matching ignores case, tone placement and spacing. Organizations: a predicted entity (all
mentions with one canonical name) counts for the gold organization that lists its name or any
of its surfaces; optional organizations are neither right nor wrong. Title items are scored
per person over the union of that person's mentions; a list inside the gold list means either
form is right.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from desktop.core.entities import Found, extract_entities, load_gazetteer
from desktop.core.gazetteer import form_key

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
THRESHOLDS = {"persons": 0.95, "documents": 0.95, "titles": 0.9, "organizations": 0.85}


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _key(text: str) -> str:
    return form_key(text).rstrip(".")


def _score_sets(predicted: set[str], gold: set[str], score: Score) -> None:
    score.add(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def _score_titles(found: list[Found], gold: dict[str, list], score: Score) -> None:
    predicted: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.kind == "person":
            predicted[_key(f.name)].update(_key(t) for t in f.titles)
    gold_items = {
        _key(name): [{_key(a) for a in (item if isinstance(item, list) else [item])}
                     for item in items]
        for name, items in gold.items()
    }
    for person in set(predicted) | set(gold_items):
        titles, items = predicted.get(person, set()), gold_items.get(person, [])
        matched = [any(t in alternatives for t in titles) for alternatives in items]
        extra = {t for t in titles if not any(t in alternatives for alternatives in items)}
        score.add(sum(matched), len(extra), matched.count(False))


def _score_orgs(found: list[Found], article: dict, score: Score) -> None:
    entities: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.kind == "organization":
            entities[_key(f.name)].update({_key(f.name), _key(f.surface)})
    gold = [{_key(org["name"]), *map(_key, org["forms"])} for org in article["organizations"]]
    optional = {_key(name) for name in article.get("optional_organizations", [])}
    hit: set[int] = set()
    wrong = 0
    for name, forms in entities.items():
        target = next((i for i, g in enumerate(gold) if name in g), None)
        if target is None:
            target = next((i for i, g in enumerate(gold) if forms & g), None)
        if target is not None:
            hit.add(target)
        elif not forms & optional:
            wrong += 1
    score.add(len(hit), wrong, len(gold) - len(hit))


@pytest.fixture(scope="module")
def results() -> dict[str, Score]:
    gazetteer = load_gazetteer()
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]
    scores = defaultdict(Score)
    for file_name, article in gold.items():
        found = extract_entities((SEEDS / file_name).read_text(encoding="utf-8"), gazetteer)
        by_kind = defaultdict(set)
        for f in found:
            by_kind[f.kind].add(_key(f.name))
        _score_sets(by_kind["person"], {_key(p) for p in article["persons"]}, scores["persons"])
        _score_sets(
            by_kind["document"], {_key(d["name"]) for d in article["documents"]},
            scores["documents"],
        )
        _score_sets(by_kind["place"], {_key(p) for p in article["locations"]}, scores["places"])
        _score_titles(found, article["persons"], scores["titles"])
        _score_orgs(found, article, scores["organizations"])
    print("\nkind            precision  recall     F1")
    for kind in ("persons", "titles", "organizations", "documents", "places"):
        s = scores[kind]
        print(f"{kind:<15} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f}"
              f"   (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    return scores


@pytest.mark.parametrize("kind", sorted(THRESHOLDS))
def test_entity_accuracy_on_seeds(results: dict[str, Score], kind: str) -> None:
    assert results[kind].f1 >= THRESHOLDS[kind], f"{kind} F1 {results[kind].f1:.3f}"
