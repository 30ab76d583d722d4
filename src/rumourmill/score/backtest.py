"""Checking thread probabilities against what happened, and fitting better weights.

Resolved threads (happened / did not happen), as they stood when their window shut, are
split into folds (a player's rival destinations in one window stay together), and every
thread is scored by models that never saw it. Compared: the shipped defaults (fitted once on
real news, see `model.DEFAULT_WEIGHTS`, and scored as they are); the fitted model (logistic
regression on the same inputs, then Platt-calibrated on inner out-of-fold scores, which
keeps it one logistic model with explainable weights); and two baselines, the constant base
rate and a model that only counts articles. Reported: Brier score, log loss, a calibration
table, and a reliability diagram.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy import Connection, select

from rumourmill.extract import windows
from rumourmill.ledger import schema, threads
from rumourmill.score import features, model

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


@dataclass
class Resolved:
    """The resolved threads as the model sees them."""

    x: np.ndarray  # inputs, one row per thread
    y: np.ndarray  # 1 if the move happened
    articles: np.ndarray  # articles up to the deadline, for the article-count baseline
    groups: np.ndarray  # (player, window): rival threads of one player share a fold
    windows: list[str]


def resolved_inputs(conn: Connection) -> Resolved:
    """Inputs and outcomes of every resolved thread, as they stood when its window shut.

    Reports published after the deadline (the confirmation of a move, a post-mortem) are
    left out, and silence is measured up to the deadline: the model is judged on what a
    reader could have known then.
    """
    t = schema.threads
    rows = conn.execute(
        select(t.c.id, t.c.player_key, t.c.window, t.c.features, t.c.outcome).where(t.c.articles > 0)
    ).all()
    rivals = threads.destinations(rows)
    resolved = [r for r in rows if r.outcome != "open" and r.features and r.window]
    events = threads.evidence_of(conn, [r.id for r in resolved]) if resolved else {}
    xs, ys, counts, groups, seen = [], [], [], [], []
    for r in resolved:
        shut = windows.window_end(r.window)
        before = [e for e in events.get(r.id, []) if e.published is None or e.published <= shut]
        if not before:
            continue  # nothing was said before the deadline: nothing to judge
        summary = threads.summarise(before)
        feats = {
            **features.from_summary(summary, squad_facts=r.features.get("squad_facts", 0)),
            "competitors": rivals[(r.player_key, r.window)] - 1,
        }
        xs.append(model.inputs(feats, model.silence(summary.last_seen, shut, r.window)))
        ys.append(int(r.outcome == "happened"))
        counts.append(summary.articles)
        groups.append(f"{r.player_key}|{r.window}")
        seen.append(r.window)
    return Resolved(
        x=np.array(xs, dtype=float),
        y=np.array(ys),
        articles=np.array(counts, dtype=float),
        groups=np.array(groups),
        windows=sorted(set(seen)),
    )


def run(conn: Connection, diagram: Path | None = None, seed: int = 0) -> BacktestReport:
    # scikit-learn takes a second to import: only the backtest needs it, not `extract` or `rumours`
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, log_loss
    from sklearn.model_selection import StratifiedGroupKFold

    data = resolved_inputs(conn)
    x, y, articles, seen = data.x, data.y, data.articles, data.windows
    if len(y) < 2 * FOLDS or y.sum() < FOLDS or (len(y) - y.sum()) < FOLDS:
        raise NotEnoughOutcomes(
            f"{len(y)} resolved threads ({int(y.sum()) if len(y) else 0} happened): need at least "
            f"{2 * FOLDS} with {FOLDS} of each outcome; import outcomes with `rumourmill outcomes import`"
        )
    report = BacktestReport(threads=len(y), happened=int(y.sum()), windows=tuple(seen))
    predictions = {name: np.zeros(len(y)) for name in MODELS}
    # a player's rival destinations in one window are one story: they stay in one fold
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    defaults = np.array([model.probability(list(row), model.DEFAULT_WEIGHTS) for row in x])
    counts = np.log1p(articles).reshape(-1, 1)
    for train, test in folds.split(x, y, data.groups):
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
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

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
    span = f"{report.windows[0]} … {report.windows[-1]}" if report.windows else ""
    axes.set_title(f"Reliability: {report.threads:,} resolved threads\n{span}", fontsize=10)
    axes.legend(loc="upper left", fontsize=8)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path
