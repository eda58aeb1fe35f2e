"""Windows of the after-signing area: the dealer file's scorecard tab, the branch-wide scorecard,
the rows behind a figure, the renewal contacts announced at start."""
