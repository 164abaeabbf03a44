"""The web edge: a JSON API, an event stream and a chat page over the same session layer
the terminal uses (``amexsim serve``). Nothing outside this package imports it, and it is
imported only by ``serve``, so other commands never load Starlette or uvicorn."""
