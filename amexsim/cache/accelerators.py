"""The C halves of ``pickle`` and ``hashlib.blake2b``, imported without the Python modules around
them, for reading the kept files at start: ``pickle.py`` costs a start about 0.7 ms more than
``_pickle`` (its pure-Python pickler, and a search for Jython's ``org.python.core``), and
``hashlib`` about 2.5 ms more than ``_blake2`` (it loads OpenSSL first). They are the classes and
functions the public modules hand out; an interpreter without them gets the public modules."""

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b

try:
    from _pickle import Pickler, Unpickler, UnpicklingError, loads
except ImportError:  # pragma: no cover - not CPython
    from pickle import Pickler, Unpickler, UnpicklingError, loads

__all__ = ["Pickler", "Unpickler", "UnpicklingError", "blake2b", "loads"]
