"""Bygdeliv Desktop: offline records for rural stores in the Bygdeliv pilot."""


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata (one source: pyproject.toml),
    # on first use: importing importlib.metadata costs ~25 ms the first window need not wait for.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("bygdeliv-desktop")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            version = "0.1.0+source"
        globals()["__version__"] = version
        return version
    raise AttributeError(name)
