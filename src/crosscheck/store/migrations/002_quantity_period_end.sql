-- Migration 2: a quantity's period end (the span a single-day or closed count covers).
ALTER TABLE quantities ADD COLUMN period_end TEXT;  -- end of the span the quantity counts, ISO
