"""Simulated news, written from our own templates around real transfer facts."""

from rumourmill.simulate.writer import Story, write_article

__all__ = ["Story", "write_article"]
