"""Errors the extract stage reports to the user, each with a one-line reason."""


class ExtractError(Exception):
    """A PDF could not be read; str(err) is the reason in the user's terms."""
