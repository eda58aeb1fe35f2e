"""Dealer files: validation, records, vocabularies, search keys, 统一社会信用代码, phone numbers."""
