"""Transcripts and scripted conversations: the recorder and the test-facing Conversation."""
