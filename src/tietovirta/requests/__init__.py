"""Data-subject requests (Art. 12–22): intake, the Art. 12(3) deadline, the search checklist, the answer."""
