-- Migration 4: a cache of sentence-embedding vectors (the optional `semantic` extra), so that
-- re-running reconciliation encodes only the quotations it has not seen before.
CREATE TABLE text_vectors (
    key TEXT PRIMARY KEY,     -- sha1 of the model name and the text
    model TEXT NOT NULL,      -- the model that produced the vector
    vector TEXT NOT NULL      -- base64 of little-endian float32 values (unit length)
);
