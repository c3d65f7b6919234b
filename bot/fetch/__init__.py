"""Links: checked, fetched safely and turned into article text.

Public surface: :class:`bot.fetch.client.Fetcher` (``fetch_article``),
:func:`bot.fetch.urls.find_links`, :func:`bot.fetch.urls.normalise_url`,
:class:`bot.fetch.extract.Article`.
"""
