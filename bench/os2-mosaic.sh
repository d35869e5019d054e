# Sourced by the Ki67 benchmarks: a whole Ki67 slide from the OS-2 crop, built once with libvips: a
# 6x6 mosaic (13212 x 13212 px at 0.2271 µm/px, 174 megapixels, 9 mm²) saved as a tiled JPEG
# pyramid. libvips reads the crop's YCbCr JPEG tiles without converting them, so the mosaic is built
# from Precis's RGB of the crop. Sets $mosaic; needs $root, $data and $work.
crop="$data/samples/wsi/OS-2-ndpi.ome.tif"
mosaic="$work/os2-mosaic-6x6.tif"
if [ ! -s "$mosaic" ]; then
  command -v vips >/dev/null 2>&1 || { echo "bench: install libvips-tools first" >&2; exit 1; }
  mkdir -p "$work"
  echo "bench: building $mosaic with libvips" >&2
  "$root/precis" slide region "$crop" --x 0 --y 0 --width 2202 --height 2202 --level 0 -o "$work/os2.png" >/dev/null
  # 0.2271 µm/px, as px/mm
  vips copy "$work/os2.png" "$work/os2.v" --xres 4403.4 --yres 4403.3
  vips arrayjoin "$(printf "$work/os2.v %.0s" $(seq 36))" "$work/mosaic.v" --across 6
  vips tiffsave "$work/mosaic.v" "$mosaic.part" --tile --tile-width 256 --tile-height 256 --pyramid \
    --compression jpeg --Q 85 --strip --resunit cm
  mv "$mosaic.part" "$mosaic"
  rm -f "$work/mosaic.v" "$work/os2.v" "$work/os2.png"
fi
