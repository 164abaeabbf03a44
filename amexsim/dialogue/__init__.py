"""The conversation: the pure turn function, its state, replies and handlers."""
