"""The live-agent contact centre: queueing theory and (later) its simulation.

It imports nothing of the assistant, so staffing questions can be answered on their own.
"""
