"""The GUI fixtures of tests/gui, for the entity tests that drive the window."""

from tests.gui.conftest import archive_path, no_modal_questions, open_window  # noqa: F401
