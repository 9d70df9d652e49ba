-- Migration 5: a quantity's figures grouped per source (one series per counter).
ALTER TABLE quantities ADD COLUMN by_source TEXT;  -- JSON list of {source, figures, latest}: each source's own series, most-cited first
