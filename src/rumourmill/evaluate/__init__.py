"""Evaluation: each extraction stage scored against annotated articles."""

from rumourmill.evaluate.gold import GoldArticle, read_gold
from rumourmill.evaluate.scorer import Report, evaluate

__all__ = ["GoldArticle", "Report", "evaluate", "read_gold"]
