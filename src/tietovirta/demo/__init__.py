"""Demo data: five organisations transcribed from the seed documents (`fixtures/`), and register templates.

The fixtures are canonical documents, exactly as `OrganizationDocument.to_json()` writes them, that keep
the seeds' defects on purpose so the checks have real findings to show; `fixtures/README.md` records
every mapping decision. `loader` puts them in the database.
"""
