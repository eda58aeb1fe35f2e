"""变更记录 (change history): the history tab of the dealer file, the contract and the policy versions, and
the dealer file as it was on a date."""
