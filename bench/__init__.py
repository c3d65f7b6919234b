"""Measurements over ../shared/corpus: detection, summary quality, speed and memory."""
