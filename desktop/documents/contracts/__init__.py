"""The contract pack: agreement, annexes, signature page, attachments."""
