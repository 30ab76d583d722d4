"""Extraction: the pipeline that reads one article into entities, claims, facts and stance."""

from rumourmill.extract.pipeline import Pipeline, default_components

__all__ = ["Pipeline", "default_components"]
