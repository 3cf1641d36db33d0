"""Tư liệu: a desktop archive manager for news articles."""

__version__ = "0.1.0"
