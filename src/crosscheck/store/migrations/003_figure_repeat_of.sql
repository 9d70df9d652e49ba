-- Migration 3: a figure restating an earlier one of the same document points at it.
ALTER TABLE figures ADD COLUMN repeat_of TEXT;  -- id of the earlier figure of the same document this one restates
