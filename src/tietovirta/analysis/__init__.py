"""One understanding of a register's text: canonical register + its prose → facts with evidence.

The importer, the checks, the documents and the data-flow diagrams ask their questions about a
register here (which legal bases, which vendors and transfers on what mechanism, whether a processor
agreement is in place, the § 29 ground, whether a DPO is appointed …) and never keep their own
keyword lists, country tables or basis readers. No database; pure functions and cached facts.
"""
