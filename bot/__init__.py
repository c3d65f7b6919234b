"""Copy-desk assistant: summary, key figures and consistency checks for news copy."""

__version__ = "0.1.0"

#: Part of every cache key: bump it whenever a change alters what reports say.
ANALYSIS_VERSION = "a27"
