"""我的待办 (My work): assigning steps and meeting tasks, the list of one's own, the daily announcement."""
