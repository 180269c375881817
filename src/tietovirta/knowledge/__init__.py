"""What the product knows of the world, kept in the repository and shared by every organisation:
countries (EEA membership, adequacy decisions, names in fi/sv/en) and vendors (services seen in
Finnish registers, their aliases, legal entities, home country, processor role and DPF status)."""
