"""The interactive terminal chat (prompt_toolkit + rich); nothing here decides an answer."""
