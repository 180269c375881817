"""The five seed documents import as they did before the importer was rebuilt: every labelled field."""

import pytest
from evaluation import CORPUS, Evaluation, evaluate, load_labels

from tietovirta.importer import import_bytes

SEEDS = sorted(name for name in load_labels() if name[:3].isdigit())


@pytest.mark.parametrize("name", SEEDS)
def test_every_field_of_the_seed_is_imported(name):
    scores = Evaluation()
    document = import_bytes((CORPUS / name).read_bytes(), name).document.model_dump(mode="json")
    evaluate(name, load_labels()[name], document, scores)
    assert scores.errors == []
    assert scores.total.right >= 10  # the seed was really read, not skipped
