echo from a source
