"""Copy-desk assistant: summary, key figures and consistency checks for news copy."""

__version__ = "0.1.0"
