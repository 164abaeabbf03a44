"""What the chat edges say about the chat itself (not the assistant's words, which live in YAML)."""

LATE_NOTICE = "An earlier line held part of a card number: it has been removed from the screen, your history and the transcript."
WELCOME_HINT = "Type /help for the commands (Tab completes them). Ctrl-D leaves; the transcript is kept."
PLAIN_HINT = "Type /help for the commands; Ctrl-D leaves."
STARTING = "starting…"  # the toolbar while the assistant loads behind the first prompt

__all__ = ["LATE_NOTICE", "PLAIN_HINT", "STARTING", "WELCOME_HINT"]
