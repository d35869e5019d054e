# Sourced by the benchmarks: the sample slides are too small to time well, so a large one is built
# once with libvips: a 6x6 mosaic of CMU-1-Small-Region.svs saved as a tiled JPEG pyramid
# (13320x17802 pixels, the source's µm/px kept). Sets $mosaic; needs $data and $work.
mosaic="$work/cmu1-mosaic-6x6.tif"
if [ ! -s "$mosaic" ]; then
  command -v vips >/dev/null 2>&1 || { echo "bench: install libvips-tools first" >&2; exit 1; }
  mkdir -p "$work"
  echo "bench: building $mosaic with libvips" >&2
  inputs=$(printf "$data/samples/wsi/CMU-1-Small-Region.svs %.0s" $(seq 36))
  vips arrayjoin "$inputs" "$work/mosaic.v" --across 6
  vips tiffsave "$work/mosaic.v" "$mosaic.part" --tile --tile-width 256 --tile-height 256 --pyramid \
    --compression jpeg --Q 85
  mv "$mosaic.part" "$mosaic"
  rm -f "$work/mosaic.v"
fi
