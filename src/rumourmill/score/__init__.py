"""Thread probabilities: explainable features, a logistic model with documented defaults,
and the backtest that fits and checks it against what really happened."""
