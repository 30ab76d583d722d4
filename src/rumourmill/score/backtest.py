"""Checking thread probabilities against what happened, and fitting better weights.

Resolved threads (happened / did not happen) are split into folds; every thread is scored by
models that never saw it. Compared: the shipped default weights; the fitted model (logistic
regression on the same inputs, then Platt-calibrated on inner out-of-fold scores, which keeps
it one logistic model with explainable weights); and two baselines, the constant base rate
and a model that only counts articles. Reported: Brier score, log loss, a calibration table,
and a reliability diagram.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sqlalchemy import Connection, select

from rumourmill.extract import windows
from rumourmill.ledger import schema
from rumourmill.score import model

BINS = 10
FOLDS = 5
MODELS = ("fitted", "defaults", "base rate", "articles only")


@dataclass(frozen=True, slots=True)
class CalibrationBin:
    low: float
    high: float
    threads: int
    mean_predicted: float | None
    observed: float | None


@dataclass
class BacktestReport:
    threads: int
    happened: int
    windows: tuple[str, ...]
    scores: dict[str, dict[str, float]] = field(default_factory=dict)  # model -> brier, log_loss
    calibration: dict[str, list[CalibrationBin]] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # fitted on all resolved threads
    diagram: str | None = None

    @property
    def base_rate(self) -> float:
        return self.happened / self.threads if self.threads else 0.0


class NotEnoughOutcomes(ValueError):
    pass


def resolved_inputs(conn: Connection) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Inputs, outcomes and article counts of every resolved thread.

    Recency is measured when the window shut (or at the last article, if earlier), as a
    reader would have seen the thread then.
    """
    t = schema.threads
    rows = conn.execute(
        select(t.c.player_key, t.c.window, t.c.features, t.c.last_seen, t.c.outcome, t.c.articles).where(
            t.c.articles > 0
        )
    ).all()
    destinations = Counter((r.player_key, r.window) for r in rows)
    xs, ys, counts, seen = [], [], [], []
    for r in rows:
        if r.outcome == "open" or not r.features:
            continue
        feats = {**r.features, "competitors": destinations[(r.player_key, r.window)] - 1}
        shut = windows.window_end(r.window) if r.window else None
        days = max((shut - r.last_seen).days, 0) if shut and r.last_seen else None
        xs.append(model.inputs(feats, days))
        ys.append(int(r.outcome == "happened"))
        counts.append(r.articles)
        seen.append(r.window)
    return (
        np.array(xs, dtype=float),
        np.array(ys),
        np.array(counts, dtype=float),
        sorted(set(filter(None, seen))),
    )


def run(conn: Connection, diagram: Path | None = None, seed: int = 0) -> BacktestReport:
    x, y, articles, seen = resolved_inputs(conn)
    if len(y) < 2 * FOLDS or y.sum() < FOLDS or (len(y) - y.sum()) < FOLDS:
        raise NotEnoughOutcomes(
            f"{len(y)} resolved threads ({int(y.sum()) if len(y) else 0} happened): need at least "
            f"{2 * FOLDS} with {FOLDS} of each outcome; import outcomes with `rumourmill outcomes import`"
        )
    report = BacktestReport(threads=len(y), happened=int(y.sum()), windows=tuple(seen))
    predictions = {name: np.zeros(len(y)) for name in MODELS}
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    defaults = np.array([model.probability(list(row), model.DEFAULT_WEIGHTS) for row in x])
    counts = np.log1p(articles).reshape(-1, 1)
    for train, test in folds.split(x, y):
        weights = fit(x[train], y[train], seed)
        predictions["fitted"][test] = [model.probability(list(row), weights) for row in x[test]]
        predictions["base rate"][test] = y[train].mean()
        baseline = LogisticRegression(max_iter=1000).fit(counts[train], y[train])
        predictions["articles only"][test] = baseline.predict_proba(counts[test])[:, 1]
    predictions["defaults"] = defaults
    for name, p in predictions.items():
        clipped = np.clip(p, 1e-6, 1 - 1e-6)
        report.scores[name] = {
            "brier": round(float(brier_score_loss(y, clipped)), 4),
            "log_loss": round(float(log_loss(y, clipped, labels=[0, 1])), 4),
        }
        report.calibration[name] = calibration_table(p, y)
    report.weights = fit(x, y, seed)
    if diagram is not None:
        report.diagram = str(draw(report, diagram))
    return report


def fit(x: np.ndarray, y: np.ndarray, seed: int = 0) -> dict[str, float]:
    """Logistic weights on the model's inputs, Platt-calibrated on inner out-of-fold scores."""
    regression = LogisticRegression(C=1.0, max_iter=2000)
    regression.fit(x, y)
    inner = min(FOLDS, int(min(y.sum(), len(y) - y.sum())))
    if inner >= 2:
        scores = cross_val_predict(
            LogisticRegression(C=1.0, max_iter=2000),
            x,
            y,
            cv=StratifiedKFold(n_splits=inner, shuffle=True, random_state=seed),
            method="decision_function",
        )
        platt = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), y)
        scale, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
    else:
        scale, shift = 1.0, 0.0
    weights = {"intercept": round(scale * float(regression.intercept_[0]) + shift, 4)}
    weights.update(
        {name: round(scale * float(w), 4) for name, w in zip(model.INPUTS, regression.coef_[0], strict=True)}
    )
    return weights


def calibration_table(p: np.ndarray, y: np.ndarray) -> list[CalibrationBin]:
    out = []
    for b in range(BINS):
        low, high = b / BINS, (b + 1) / BINS
        inside = (p >= low) & ((p < high) if b < BINS - 1 else (p <= high))
        n = int(inside.sum())
        out.append(
            CalibrationBin(
                low=low,
                high=high,
                threads=n,
                mean_predicted=round(float(p[inside].mean()), 3) if n else None,
                observed=round(float(y[inside].mean()), 3) if n else None,
            )
        )
    return out


def draw(report: BacktestReport, path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 6), dpi=110)
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfectly calibrated")
    for name, marker in zip(MODELS, "osD^", strict=True):
        points = [(b.mean_predicted, b.observed) for b in report.calibration[name] if b.threads]
        if not points:
            continue
        xs, ys = zip(*points, strict=True)
        brier = report.scores[name]["brier"]
        axes.plot(xs, ys, marker=marker, label=f"{name} (Brier {brier:.3f})")
    axes.set_xlabel("predicted probability")
    axes.set_ylabel("share that happened")
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.set_title(f"Reliability: {report.threads} resolved threads, {', '.join(report.windows[:4])}")
    axes.legend(loc="upper left", fontsize=8)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path
