"""The Slack wing: everything that knows Slack exists.

The core (``bot`` outside this package) checks copy and knows nothing of Slack; this
package turns Slack commands and events into :class:`~bot.request.CheckRequest` objects
(:mod:`.desk`), answers them in threads (:mod:`.replies`, rendering with :mod:`.blocks`),
and serves them (:mod:`.app`, :mod:`.endpoint`, :mod:`.serve`; :mod:`.queued` for queue
workers). Listeners (:mod:`.listeners`) are one call each into the desk.
"""
