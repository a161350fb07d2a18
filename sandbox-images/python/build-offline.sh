#!/usr/bin/env bash
# Builds the PyPrep sandbox image without any image registry:
#   1. debootstrap a minimal Debian trixie with python3, numpy and pandas (Debian packages),
#   2. `docker import` it as the base image (skipped when that base already exists),
#   3. `docker build` the sandbox Dockerfile on top of it (cheap: Docker caches the layers).
# Usage: sandbox-images/python/build-offline.sh [IMAGE]   (default pyprep-sandbox:latest)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
image=${1:-${PYPREP_SANDBOX_IMAGE:-pyprep-sandbox:latest}}
base=${PYPREP_SANDBOX_BASE:-pyprep/python-base:trixie}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if docker image inspect "$base" >/dev/null 2>&1; then
  echo "base image $base already present"
else
  command -v debootstrap >/dev/null || { echo "debootstrap is not installed (apt-get install -y debootstrap)" >&2; exit 1; }
  root=$(mktemp -d /var/tmp/pyprep-rootfs.XXXXXX)
  trap 'rm -rf "$root"' EXIT
  echo "debootstrap trixie into $root (about a minute)..."
  debootstrap --variant=minbase --include=python3,python3-numpy,python3-pandas trixie "$root" "$mirror" \
    > "$root.log" 2>&1 || { tail -n 30 "$root.log" >&2; exit 1; }
  rm -f "$root.log"
  # Drop package caches and lists: they are not needed at run time.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  echo "importing $base"
  tar -C "$root" -c . | docker import - "$base" >/dev/null
fi

echo "building $image on $base"
docker build --network none --build-arg "BASE_IMAGE=$base" -t "$image" "$here"
docker run --rm --network none --entrypoint python3 "$image" -c "import numpy, pandas, sys; print('sandbox ok:', sys.version.split()[0], 'numpy', numpy.__version__, 'pandas', pandas.__version__)"
