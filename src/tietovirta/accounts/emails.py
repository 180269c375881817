"""The one spelling of an e-mail address where it is a key: the username, invitations, the login lock.

`ｅdd@x.fi` (a full-width e), `EDD@x.fi` and `edd@x.fi` are one address: Django's login form
already folds the first into the last (NFKC), so every key must too, or a look-alike spelling
counts as another account.
"""

import unicodedata


def normalize_email(value: str) -> str:
    """NFKC (compatibility characters become their plain forms), case-folded, without surrounding space."""
    folded = unicodedata.normalize("NFKC", value).strip().casefold()
    return unicodedata.normalize("NFKC", folded)  # case-folding can leave a compatibility form behind
