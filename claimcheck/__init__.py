"""claimcheck: claim provenance and source reliability for news."""

__version__ = "0.1.0"
