"""Understanding a message: normalising, intents, the matcher, entities, lint and evaluation."""
