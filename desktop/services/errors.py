"""The errors services raise (defined in ``desktop.errors`` so the storage layer can raise them too)."""

from desktop.errors import ConflictError, InUseError, NotFoundError, ServiceError, local_time_text

__all__ = ["ConflictError", "InUseError", "NotFoundError", "ServiceError", "local_time_text"]
