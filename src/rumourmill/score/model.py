"""The probability that a thread's move happens: a logistic model over explainable inputs.

p = sigmoid(intercept + sum(weight_i * input_i)). The default weights below are documented
starting points (see README, "How probabilities are made"); `rumourmill backtest` fits the
same inputs on resolved threads and can save its weights to the data directory, where
`load_weights` finds them.
"""

from __future__ import annotations

import json
import math
import os
from datetime import date
from pathlib import Path

from rumourmill import settings
from rumourmill.extract import windows

#: The model's inputs, in order: what each means is in `inputs`.
INPUTS = (
    "log_origins",
    "tier_strength",
    "talks",
    "bid",
    "agreed",
    "completed",
    "denied",
    "rejected",
    "collapsed",
    "hedged_share",
    "log_competitors",
    "staleness",
    "log_articles",
    "squad_need",
    "unnamed_only",
)

#: Defaults fitted by `rumourmill backtest` on real news: 1,873 threads read from the
#: 2021-22 BBC gossip column (../shared/data/gossip_bbc_2021_22) and resolved against the
#: transfer history (141 happened, base rate 0.075), rounded. Real rumours mostly fail: a
#: lone hedged report of interest from a tier-3 outlet comes out near 5%, an agreed fee near
#: 40%. Inputs the data could not support were set by hand: `collapsed` (19 threads, fitted
#: with the wrong sign) to a mild -0.5, `squad_need` (17 threads) and `unnamed_only` (1) to 0.
DEFAULT_WEIGHTS = {
    "intercept": -2.33,
    "log_origins": 0.31,
    "tier_strength": 0.31,
    "talks": 0.24,
    "bid": 0.53,
    "agreed": 2.05,
    "completed": 1.58,
    "denied": -0.43,
    "rejected": -0.44,
    "collapsed": -0.5,
    "hedged_share": -0.71,
    "log_competitors": -0.47,
    "staleness": -0.26,
    "log_articles": 0.1,
    "squad_need": 0.0,
    "unnamed_only": 0.0,
}

WEIGHTS_FILE = "model.json"


def inputs(features: dict, days_since: int | None) -> list[float]:
    """The numeric inputs of a thread, in the order of `INPUTS`."""
    tier = features.get("best_tier")
    ended = features.get("ended")
    stage = features.get("stage", "interest")
    return [
        math.log1p(features.get("origins", 0)),
        (3 - tier) if tier else -0.5,  # tier 1 -> 2 … tier 5 -> -2; unknown outlets a little below 3
        float(stage == "talks"),
        float(stage == "bid"),
        float(stage == "agreed"),
        float(stage == "completed"),
        float(ended == "denied"),
        float(ended == "rejected"),
        float(ended == "collapsed"),
        float(features.get("hedged_share", 0.0)),
        math.log1p(features.get("competitors", 0)),
        min((days_since or 0) / 30, 6.0),  # months without news
        math.log1p(max(features.get("articles", 1) - 1, 0)),
        float(min(features.get("squad_facts", 0), 3)),
        float(features.get("origins", 0) == 0 and features.get("unnamed", 0) > 0),
    ]


def load_weights(data_dir: str | os.PathLike | None = None) -> dict[str, float]:
    """Weights saved by `rumourmill backtest --save`, else the defaults."""
    path = settings.data_dir(data_dir) / WEIGHTS_FILE
    if path.is_file():
        saved = json.loads(path.read_text())
        return {**DEFAULT_WEIGHTS, **saved.get("weights", {})}
    return dict(DEFAULT_WEIGHTS)


def save_weights(weights: dict[str, float], data_dir: str | os.PathLike | None, note: str) -> Path:
    path = settings.data_dir(data_dir) / WEIGHTS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"weights": weights, "note": note}, indent=2))
    return path


def probability(values: list[float], weights: dict[str, float]) -> float:
    z = weights["intercept"] + sum(weights[name] * value for name, value in zip(INPUTS, values, strict=True))
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def silence(last_seen: date | None, as_of: date | None, window: str | None) -> int | None:
    """Days without news, counted until `as_of` or until the window shut, whichever is first:
    after the deadline the move has happened or not, and later quiet says nothing more."""
    if as_of and window:
        as_of = min(as_of, windows.window_end(window))
    return max((as_of - last_seen).days, 0) if as_of and last_seen else None


def score(
    features: dict,
    last_seen: date | None,
    as_of: date | None,
    weights: dict[str, float] | None = None,
    window: str | None = None,
) -> tuple[float, list[str]]:
    """Probability and the human-readable reasons behind it."""
    days = silence(last_seen, as_of, window)
    p = probability(inputs(features, days), weights or DEFAULT_WEIGHTS)
    return round(p, 4), reasons(features, days)


def reasons(features: dict, days_since: int | None) -> list[str]:
    out = []
    origins = features.get("origins", 0)
    tier = features.get("best_tier")
    if origins:
        names = ", ".join(features.get("origin_names", [])[:3])
        best = f", best tier {tier}" if tier else ", tiers unknown"
        out.append(f"{origins} independent origin{'s' * (origins > 1)}{best} ({names})")
    elif features.get("unnamed"):
        out.append("only unnamed reports behind it")
    else:
        out.append("no named origin")
    if features.get("relays"):
        out.append(f"relayed by {features['relays']} other outlet{'s' * (features['relays'] > 1)}")
    stage = features.get("stage", "interest")
    out.append(f"furthest stage: {stage}")
    if features.get("ended"):
        by = f" by {features['ended_by']}" if features.get("ended_by") else ""
        on = f" on {features['ended_on']}" if features.get("ended_on") else ""
        out.append(f"{features['ended']}{by}{on}")
    if features.get("hedged_share", 0) >= 0.5:
        out.append(f"hedged in {round(features['hedged_share'] * 100)}% of reports")
    if features.get("competitors"):
        count = features["competitors"]
        out.append(f"{count} rival destination{'s' * (count > 1)} in the same window")
    if days_since is not None and days_since > 30:
        out.append(f"no news for {days_since} days")
    if features.get("squad_facts"):
        out.append(f"{features['squad_facts']} injury/availability fact(s) about the clubs involved")
    return out
