-- crosscheck database schema, migration 1.
-- Plain tables that sqlite3, Datasette, DuckDB and PostgreSQL can all read.
-- List and object columns hold JSON text. Dates are ISO 'YYYY-MM-DD' text.
-- Per-document tables (extraction output) are keyed by document_id,
-- cross-document tables (reconciliation output) are rebuilt by `crosscheck reconcile`.

CREATE TABLE documents (
    id TEXT PRIMARY KEY,            -- content hash of the cleaned text
    path TEXT NOT NULL,             -- path or URL it was ingested from
    text TEXT NOT NULL,             -- cleaned text: every offset refers to it
    title TEXT,
    outlet TEXT,
    url TEXT,
    author TEXT,
    published TEXT,                 -- publication date, ISO
    published_from TEXT,            -- metadata | text | user | inferred
    language TEXT,
    words INTEGER NOT NULL DEFAULT 0,
    duplicate_of TEXT,              -- id of the document this one near-copies
    source_format TEXT,             -- txt | md | html | json
    added_at TEXT,
    raw_offsets TEXT,               -- JSON [[clean_offset, raw_offset], ...] runs back into the raw input
    minhash TEXT                    -- JSON list: MinHash signature for near-duplicate detection
);

CREATE TABLE sentences (
    document_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE figures (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    document TEXT NOT NULL,
    sentence TEXT NOT NULL,
    char_start INTEGER,
    char_end INTEGER,
    number_text TEXT,
    value DOUBLE PRECISION,
    low DOUBLE PRECISION,
    high DOUBLE PRECISION,
    qualifier TEXT NOT NULL,
    measure TEXT NOT NULL,
    subject TEXT,
    "group" TEXT,
    location TEXT,                  -- JSON list of place names
    period_start TEXT,
    period_end TEXT,
    period_text TEXT,
    source TEXT,
    source_text TEXT,
    reported_on TEXT,
    hedges TEXT,                    -- JSON list
    sentence_idx INTEGER
);
CREATE INDEX figures_document ON figures (document_id);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    document TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT,
    cue TEXT,
    sentence TEXT,
    char_start INTEGER,
    char_end INTEGER,
    cluster TEXT,
    is_label INTEGER NOT NULL DEFAULT 0,
    sentence_idx INTEGER
);
CREATE INDEX quotes_document ON quotes (document_id);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    document TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    sentence_idx INTEGER
);
CREATE INDEX mentions_document ON mentions (document_id);

CREATE TABLE alias_links (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    document TEXT NOT NULL,
    alias TEXT NOT NULL,
    target TEXT NOT NULL,
    evidence TEXT NOT NULL,         -- acronym | name_variant | title | appositive | descriptor
    sentence TEXT,
    kind TEXT
);
CREATE INDEX alias_links_document ON alias_links (document_id);

CREATE TABLE date_refs (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    document TEXT NOT NULL,
    date_text TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    resolution TEXT NOT NULL,       -- absolute | relative | unresolved
    note TEXT,
    sentence TEXT,
    char_start INTEGER,
    char_end INTEGER,
    sentence_idx INTEGER
);
CREATE INDEX date_refs_document ON date_refs (document_id);

CREATE TABLE labels (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    document TEXT NOT NULL,
    outlet TEXT,
    entity TEXT NOT NULL,
    label TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    markers TEXT,                   -- JSON list
    sentences TEXT                  -- JSON list
);
CREATE INDEX labels_document ON labels (document_id);

CREATE TABLE quantities (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    measure TEXT NOT NULL,
    "group" TEXT,
    location TEXT,                  -- JSON list
    period_start TEXT,
    source TEXT,
    figures TEXT,                   -- JSON list of figure ids
    series TEXT,                    -- JSON list of {date, value, low, high, figure}
    low DOUBLE PRECISION,
    best DOUBLE PRECISION,
    high DOUBLE PRECISION,
    parent TEXT
);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,             -- contradiction | scope_conflict | attribution_conflict
    figures TEXT NOT NULL,          -- JSON list of figure ids
    explanation TEXT NOT NULL
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT,                   -- JSON list
    documents TEXT,                 -- JSON list of paths
    mentions INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,                  -- JSON list of {alias, why, document, sentence}
    suggestions TEXT                -- JSON list of possible merges for a person to confirm
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    date TEXT,
    date_text TEXT NOT NULL,
    description TEXT NOT NULL,
    documents TEXT,                 -- JSON list of paths
    sentences TEXT,                 -- JSON list
    date_end TEXT
);
