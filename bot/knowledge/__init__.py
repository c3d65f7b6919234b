"""Who held which office when: the knowledge the ``office-holder`` check reads.

* :mod:`bot.knowledge.records`: offices, people, holdings and their dates.
* :mod:`bot.knowledge.shipped`: the table shipped in ``bot/knowledge/data/``.
* :mod:`bot.knowledge.store`: the SQLite store imports and updates write.
* :mod:`bot.knowledge.imports`, :mod:`bot.knowledge.reign`: importers of public datasets.
* :mod:`bot.knowledge.wikidata`: the updater from the Wikidata Query Service.
* :mod:`bot.knowledge.index`: everything loaded once per process, indexed for lookups.
* :mod:`bot.knowledge.cli`: ``python -m bot knowledge import|update|stats``.
"""
