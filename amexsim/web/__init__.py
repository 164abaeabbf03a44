"""The web edge: a JSON API, an event stream and a chat page over the same session layer
the terminal uses (``amexsim serve``). Only ``serve`` imports it (lazily), so other commands
never load Starlette or uvicorn; nothing in the core imports it."""
