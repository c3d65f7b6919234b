"""Event claims: each incoming delivery is answered once, however often Slack sends it."""

from __future__ import annotations

from bot.store import Store

DEFAULT_TTL = 3600


class EventClaims:
    """Claims in the store, one per delivery identity, each expiring after ``ttl`` seconds."""

    def __init__(self, store: Store, *, prefix: str, ttl: int = DEFAULT_TTL) -> None:
        self.store = store
        self.ttl = ttl
        self._base = f"{prefix}:event"

    def claim(self, *identity: str) -> bool:
        """True for the first caller with this identity (an event id, or channel and ts)."""
        return self.store.claim(f"{self._base}:{':'.join(identity)}", self.ttl)
