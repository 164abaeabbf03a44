"""The simulated bank behind the chat: accounts and the dispute clock."""
