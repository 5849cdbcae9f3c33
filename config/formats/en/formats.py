"""The English site keeps the Vietnamese day-first dates (dd/mm/yyyy), as the brief asks."""

from config.formats.vi.formats import *  # noqa: F403
